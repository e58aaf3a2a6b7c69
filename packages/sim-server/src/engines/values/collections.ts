/** Objects of a schema: drafted, filled and made to agree (arrays, map keys and the rest in the collection-*.ts files). */
import { mergeSchemas, literalFits, numberKeyword, resolveRef, type Schema } from './schema-tools.js';
import { isFillerLabel } from './products.js';
import { pairProviderService } from '../provider-services.js';
import { tagPair } from './tag-pairs.js';
import { alignLinks } from './link-templates.js';
import { addAll, safeTest } from './collection-arrays.js';
import { ownedName, fillerOnly, askedTitle, subjectArgument, inAskedKey, statedValues } from './collection-echo.js';
import { type CollectionEnvironment, MAX_DEPTH, isSchema } from './collection-environment.js';
import { REGIONS, extraKey, keyedByName, exampleKeys, mapValue, lookupTable } from './collection-map-keys.js';
import { byName } from './collection-open-objects.js';
import {
  orderBounds,
  balanceCounts,
  placeTheZip,
  nameTheSearch,
  preferKnownVersion,
  orderLifecycle,
} from './collection-record-coherence.js';

/** An object in the making: its properties (grown by dependent schemas), the keys chosen and the record filled so far. */
interface ObjectDraft {
  schema: Schema;
  environment: CollectionEnvironment;
  depth: number;
  name: string;
  properties: Record<string, unknown>;
  required: Set<string>;
  chosen: Set<string>;
  dependentRequired: Record<string, unknown>;
  /** Near the depth limit: no optional members, no map entries, no records filled by name. */
  deep: boolean;
  minProperties: number;
  maxProperties: number;
  result: Record<string, unknown>;
}

/** The required keys, plus each optional one at the environment's rate (one draw per optional key, in order). */
function draftObject(schema: Schema, environment: CollectionEnvironment, depth: number, name: string): ObjectDraft {
  const { faker } = environment;
  const properties = (isSchema(schema['properties']) ? schema['properties'] : {}) as Record<string, unknown>;
  const required = new Set(
    Array.isArray(schema['required']) ? (schema['required'] as unknown[]).filter((key): key is string => typeof key === 'string') : [],
  );
  const chosen = new Set<string>(required);
  const deep = depth >= MAX_DEPTH - 1;
  for (const key of Object.keys(properties))
    if (!deep && !chosen.has(key) && faker.datatype.boolean(environment.optionalRate) && (environment.finite?.(properties[key]) ?? true))
      chosen.add(key);
  // an object of named members is never sent empty (`budget: {}` says nothing): a small one gets all, a large one one
  const keys = Object.keys(properties);
  if (!deep && chosen.size === 0 && keys.length > 0)
    for (const key of keys.length <= 3 ? keys : [faker.helpers.arrayElement(keys)])
      if (environment.finite?.(properties[key]) ?? true) chosen.add(key);
  return {
    schema,
    environment,
    depth,
    name,
    properties,
    required,
    chosen,
    dependentRequired: isSchema(schema['dependentRequired']) ? (schema['dependentRequired'] as Record<string, unknown>) : {},
    deep,
    minProperties: numberKeyword(schema, 'minProperties') ?? 0,
    maxProperties: numberKeyword(schema, 'maxProperties') ?? Infinity,
    result: {},
  };
}

/** Keys a chosen key brings along (`dependentRequired`, `dependentSchemas`), until nothing more is added. */
function addDependencies(draft: ObjectDraft): void {
  const { schema, chosen, dependentRequired, environment } = draft;
  const dependentSchemas = isSchema(schema['dependentSchemas']) ? (schema['dependentSchemas'] as Record<string, unknown>) : {};
  for (let changed = true, rounds = 0; changed && rounds < 10; rounds += 1) {
    changed = false;
    for (const key of [...chosen]) {
      const needs = dependentRequired[key];
      if (Array.isArray(needs)) changed = addAll(chosen, needs) || changed;
      const extra = dependentSchemas[key];
      if (isSchema(extra)) {
        const resolved = resolveRef(extra, environment.root);
        if (isSchema(resolved['properties']))
          draft.properties = (mergeSchemas({ properties: draft.properties }, { properties: resolved['properties'] }, environment.root)[
            'properties'
          ] ?? draft.properties) as Record<string, unknown>;
        if (Array.isArray(resolved['required'])) changed = addAll(chosen, resolved['required']) || changed;
      }
    }
  }
}

/** Enough keys for `minProperties` (shuffled optional ones), no more than `maxProperties` (never a required one or its needs). */
function boundPropertyCount(draft: ObjectDraft): void {
  const { chosen, required, dependentRequired, minProperties, maxProperties } = draft;
  const optional = draft.environment.faker.helpers.shuffle(Object.keys(draft.properties).filter((key) => !chosen.has(key)));
  while (chosen.size < minProperties && optional.length > 0) chosen.add(optional.pop() as string);
  if (chosen.size > maxProperties) {
    const needed = new Set(required);
    for (const key of required)
      for (const need of Array.isArray(dependentRequired[key]) ? (dependentRequired[key] as string[]) : []) needed.add(need);
    for (const key of [...chosen]) if (chosen.size > maxProperties && !needed.has(key)) chosen.delete(key);
  }
}

/** What the call sent for `key`, when it is a plain value the property's schema accepts. */
function echoedValue(draft: ObjectDraft, key: string): unknown {
  const { environment } = draft;
  const propertySchema = draft.properties[key];
  // a record's `location` is the one place a call sent as `locations` (a forecast for "Sterling, VA, US")
  const plural = key === 'location' ? environment.echo?.['locations'] : undefined;
  const echoed = environment.echo?.[key] ?? (typeof plural === 'string' && !plural.includes('|') ? plural : undefined);
  if (
    echoed !== undefined &&
    isSchema(propertySchema) &&
    (typeof echoed !== 'object' || echoed === null) &&
    literalFits(echoed, resolveRef(propertySchema, environment.root))
  )
    return echoed;
  return undefined;
}

/** A generated value for a described property, titles and names taken from the call where it names them. */
function describedValue(draft: ObjectDraft, key: string): unknown {
  const { environment, depth } = draft;
  // the record a call names by its tool's noun is that one (`movie_ratings_get_movie(movie_name: "Parasite")` → title Parasite)
  const named = depth === 0 && /^(name|title)$/.test(key) ? subjectArgument(environment.echo, environment.topic?.entity) : undefined;
  let value = named ?? environment.generate(draft.properties[key], ownedName(draft.name, key, depth), depth + 1);
  // a record's title nothing knows is what the call names (`Arsenal vs Manchester United`), never `archived result`
  if (isFillerLabel(value) && depth <= 1 && /^(name|title)$/.test(key)) value = askedTitle(environment.echo) ?? value;
  if (/^(name|title)$/.test(key)) value = inAskedKey(value, environment.echo);
  return value;
}

/** The chosen properties the schema describes, in its order: echoed from the call, else generated. */
function fillDescribed(draft: ObjectDraft): void {
  const { chosen, result } = draft;
  for (const key of Object.keys(draft.properties)) {
    if (!chosen.has(key)) continue;
    const echoed = echoedValue(draft, key);
    if (echoed !== undefined) {
      result[key] = echoed;
      continue;
    }
    const value = describedValue(draft, key);
    // an optional field nothing knows a value for is left out, never filled with a label (`"train": "shared train"`)
    if (!draft.required.has(key) && fillerOnly(value) && !statedValues(draft.properties[key], draft.environment.root)) {
      chosen.delete(key);
      continue;
    }
    result[key] = value;
  }
}

/** Required keys the schema does not describe: a pattern or additional schema may, else the name decides. */
function fillUndescribed(draft: ObjectDraft): void {
  const { schema, result } = draft;
  for (const key of draft.chosen) {
    if (key in result) continue;
    const pattern = isSchema(schema['patternProperties'])
      ? Object.entries(schema['patternProperties']).find(([source]) => safeTest(source, key))
      : undefined;
    const additional = schema['additionalProperties'];
    result[key] = draft.environment.generate(pattern?.[1] ?? (isSchema(additional) ? additional : undefined), key, draft.depth + 1);
  }
}

/** A map: no named properties, values described by `additionalProperties` or `patternProperties`. */
function isMapLike(draft: ObjectDraft): boolean {
  const { schema } = draft;
  return (
    Object.keys(draft.properties).length === 0 &&
    (isSchema(schema['additionalProperties']) || isSchema(schema['patternProperties']) || lookupTable(schema) !== undefined)
  );
}

/** An open object the name explains (`info`, `links`, `externalDocs`) holds what such an object holds, not a tag. */
function openObjectByName(draft: ObjectDraft): Record<string, unknown> | undefined {
  const { schema } = draft;
  const open =
    Object.keys(draft.properties).length === 0 &&
    !isMapLike(draft) &&
    schema['additionalProperties'] !== false &&
    schema['propertyNames'] === undefined &&
    exampleKeys(schema).length === 0;
  if (!open || Object.keys(draft.result).length > 0 || draft.deep) return undefined;
  const filled = byName(draft.name, draft.environment);
  if (filled !== undefined && Object.keys(filled).length <= draft.maxProperties && Object.keys(filled).length >= draft.minProperties)
    return filled;
  return undefined;
}

/** Extra entries up to `minProperties` (one or two for a map); a region's record keyed by its name carries that name. */
function addMapEntries(draft: ObjectDraft): void {
  const { schema, environment, depth, result } = draft;
  const mapLike = isMapLike(draft);
  const wanted = Math.max(draft.minProperties, mapLike && !draft.deep ? environment.faker.number.int({ min: 1, max: 2 }) : 0);
  const taken = new Set(Object.keys(result));
  for (let index = 0; Object.keys(result).length < Math.min(wanted, draft.maxProperties) && index < wanted + 6; index += 1) {
    const extra = extraKey(schema, environment, taken, index, draft.name);
    if (extra === undefined) continue;
    taken.add(extra.key);
    result[extra.key] = mapValue(extra.key, extra.valueSchema, environment, depth);
    // a region's record keyed by its name carries that name, as does one of a map the spec's example keys by name
    const entry = result[extra.key];
    if (
      mapLike &&
      (REGIONS.includes(extra.key) || extra.key === environment.echo?.['region'] || keyedByName(schema)) &&
      typeof entry === 'object' &&
      entry !== null &&
      !Array.isArray(entry) &&
      typeof (entry as Record<string, unknown>)['name'] === 'string'
    )
      (entry as Record<string, unknown>)['name'] = extra.key;
  }
}

/** Fields made to agree with one another: versions, a provider's services, counts, a place's zip, a search's name. */
function reconcileFields(draft: ObjectDraft): void {
  const { result, properties, environment } = draft;
  preferKnownVersion(result);
  // a service drawn apart from its provider (`twilio.com` with Microsoft's `graph`) is one of the provider's
  pairProviderService(
    result,
    (list) => (list.length === 0 ? undefined : environment.faker.helpers.arrayElement(list)),
    (key, value) => !isSchema(properties[key]) || literalFits(value, resolveRef(properties[key] as Schema, environment.root)),
  );
  balanceCounts(result);
  placeTheZip(result, environment);
  nameTheSearch(result, environment);
}

/** An object that came out empty, with nothing that describes its members, is filled by its name when that knows how. */
function emptyObjectByName(draft: ObjectDraft): Record<string, unknown> | undefined {
  const { schema } = draft;
  if (
    Object.keys(draft.result).length > 0 ||
    Object.keys(draft.properties).length > 0 ||
    isMapLike(draft) ||
    schema['additionalProperties'] === false ||
    schema['propertyNames'] !== undefined ||
    draft.deep
  )
    return undefined;
  const filled = byName(draft.name, draft.environment);
  return filled !== undefined && Object.keys(filled).length <= draft.maxProperties ? filled : undefined;
}

/**
 * An object for `schema` named `name`: required and drawn optional keys with their dependencies, the
 * count bounds kept, values echoed from the call or generated, map entries added, then the fields
 * reconciled and ordered. An open object the name explains is filled by name instead.
 */
export function generateObject(schema: Schema, environment: CollectionEnvironment, depth: number, name = ''): Record<string, unknown> {
  const draft = draftObject(schema, environment, depth, name);
  addDependencies(draft);
  boundPropertyCount(draft);
  fillDescribed(draft);
  fillUndescribed(draft);
  const open = openObjectByName(draft);
  if (open !== undefined) return open;
  addMapEntries(draft);
  reconcileFields(draft);
  const empty = emptyObjectByName(draft);
  if (empty !== undefined) return empty;
  orderLifecycle(draft.result);
  orderBounds(draft.result);
  tagPair(draft.result, name, environment.faker, environment.echo);
  alignLinks(draft.result, schema, environment.faker, environment.echo);
  return draft.result;
}
