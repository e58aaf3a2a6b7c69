import type { Faker } from '@faker-js/faker';
import RandExpModule from 'randexp';
import { GERMAN_PLACES } from './lexicon.js';
import { mergeSchemas, literalFits, numberKeyword, resolveRef, type Schema } from './schema-tools.js';
import { oneCaseHex } from './strings.js';
import { isFillerLabel } from './products.js';
import { dataExample } from './description-hints.js';
import { pairProviderService } from '../provider-services.js';
import { distinctTagKeys, tagPair } from './tag-pairs.js';
import { alignLinks } from './link-templates.js';

type RandExpClass = typeof RandExpModule.default;
const RandExp: RandExpClass =
  (RandExpModule as unknown as { default?: RandExpClass }).default ?? (RandExpModule as unknown as RandExpClass);

/** What object and array generation needs from the generator that calls it. */
export interface CollectionEnvironment {
  faker: Faker;
  root: Schema;
  optionalRate: number;
  echo?: Record<string, unknown>;
  /** The field the API works in (`genetics`), when known: its hits are real things, not the query restated. */
  domain?: string;
  /** The API's host (its own when known, else one made from the tool's topic): a record's links point there. */
  host: string;
  /** The thing the tool is about (`movie_ratings_get_movie` → movie): a call's argument named for it names its record. */
  topic?: { entity?: string };
  /** Generates a value for a sub-schema (recursion back into the generator). */
  generate(schema: unknown, name: string, depth: number): unknown;
  /** Whether a sub-schema admits a finite value (an optional member that does not is left out). Defaults to always. */
  finite?(schema: unknown): boolean;
}

export const MAX_DEPTH = 6;

/** Keys and string values for maps (`additionalProperties` with no named properties), as tags read. */
const MAP_ENTRIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['environment', ['production', 'staging', 'development']],
  ['team', ['platform', 'billing', 'growth', 'data']],
  ['project', ['apollo', 'atlas', 'website-redesign']],
  ['owner', ['jane.doe', 'ops-team', 'm.garcia']],
  ['cost_center', ['CC-1042', 'CC-2210', 'CC-3305']],
];
const MAP_KEYS = ['primary', 'secondary', 'default', 'backup', 'main'];

const keyGenerators = new Map<string, InstanceType<RandExpClass> | null>();

function keyFromPattern(pattern: string, faker: Faker): string | undefined {
  let generator = keyGenerators.get(pattern);
  if (generator === undefined) {
    try {
      generator = new RandExp(oneCaseHex(pattern));
      generator.max = 4;
    } catch {
      generator = null;
    }
    keyGenerators.set(pattern, generator);
  }
  if (generator === null) return undefined;
  generator.randInt = (low: number, high: number) => faker.number.int({ min: low, max: high });
  return generator.gen();
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REGIONS = ['Europe', 'North America', 'Asia Pacific', 'Latin America', 'Middle East', 'Africa', 'Western Europe', 'Southeast Asia'];
const VERSION_KEYS = ['v1', 'v2', 'v3', '1.0.0', '2.0.0', '2024-01-01', '2025-03-01'];

/** The text a schema's own words give (its title and description, and those of its properties), lower-case. */
function describedAs(schema: Schema): string {
  const properties = isSchema(schema['properties']) ? Object.entries(schema['properties']) : [];
  const own = (entry: unknown): string => (isSchema(entry) ? `${String(entry['title'] ?? '')} ${String(entry['description'] ?? '')}` : '');
  return `${own(schema)} ${properties.map(([key, entry]) => `${key} ${own(entry)}`).join(' ')}`.toLowerCase();
}

/**
 * A key of a map of records, of the map's kind: version strings under `versions`, region names when
 * the records describe regions (the region the call asked for first), else ids named after the map.
 */
function recordKey(name: string, valueSchema: Schema, environment: CollectionEnvironment, index: number): string {
  const { faker } = environment;
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (/(^|_)versions?$/.test(snake))
    return VERSION_KEYS[(faker.number.int({ min: 0, max: 2 }) + index * 3) % VERSION_KEYS.length] as string;
  if (/(^|_)regions?$/.test(snake) || /\bregion/.test(describedAs(valueSchema))) {
    const asked = environment.echo?.['region'];
    if (index === 0 && typeof asked === 'string' && asked !== '') return asked;
    return REGIONS[(faker.number.int({ min: 0, max: REGIONS.length - 1 }) + index) % REGIONS.length] as string;
  }
  const noun = (
    snake
      .split('_')
      .filter((word) => !/^(data|items|results|map|by|all)$/.test(word))
      .at(-1) ?? 'item'
  )
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
  const prefix =
    noun.length <= 5
      ? noun
      : noun[0] +
        noun
          .slice(1)
          .replace(/[aeiou]/g, '')
          .slice(0, 2);
  return `${prefix || 'item'}_${faker.string.alphanumeric({ length: 8, casing: 'lower' })}`;
}

/** A key for an extra property: from `propertyNames`, a `patternProperties` pattern, or a map-like word. */
function extraKey(
  schema: Schema,
  environment: CollectionEnvironment,
  taken: Set<string>,
  index: number,
  name = '',
): { key: string; valueSchema: unknown } | undefined {
  const { faker } = environment;
  const patternProperties = isSchema(schema['patternProperties']) ? Object.entries(schema['patternProperties']) : [];
  const additional = schema['additionalProperties'];
  const names = isSchema(schema['propertyNames']) ? resolveRef(schema['propertyNames'], environment.root) : undefined;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    let key: string | undefined;
    let valueSchema: unknown;
    const known = exampleKeys(schema);
    const shown = known.filter((candidate) => !taken.has(candidate));
    if (known.length > 0 && shown.length === 0 && additional !== false) return undefined;
    if (shown.length > 0 && additional !== false) {
      // the spec's own example keys (`googleapis.com:drive`), never invented words; one the call narrowed names what it asked for
      key = askedKey(shown[0] as string, environment.echo);
      if (taken.has(key)) return undefined;
      const label = lookupTable(schema)?.get(shown[0] as string);
      valueSchema =
        label !== undefined ? { const: label } : additional === undefined || additional === true ? { type: 'string' } : additional;
      // an untyped value (`{}`) whose example is a record or a list is drawn in the example's shape, never a bare number
      const shape = isSchema(valueSchema) && Object.keys(valueSchema).length === 0 ? exampleShape(exampleValue(schema, key)) : undefined;
      if (shape !== undefined) valueSchema = shape;
    } else if (patternProperties.length > 0 && (additional === false || faker.datatype.boolean(0.7))) {
      const [pattern, sub] = patternProperties[(index + attempt) % patternProperties.length] as [string, unknown];
      key = keyFromPattern(pattern, faker);
      valueSchema = sub;
    } else if (additional !== false) {
      if (names !== undefined && (Array.isArray(names['enum']) || typeof names['pattern'] === 'string' || 'const' in names))
        key = String(environment.generate({ type: 'string', ...names }, 'key', MAX_DEPTH));
      else {
        const entry = MAP_ENTRIES[(index + attempt) % MAP_ENTRIES.length];
        const resolved = isSchema(additional) ? resolveRef(additional, environment.root) : undefined;
        const records = resolved !== undefined && (resolved['type'] === 'object' || isSchema(resolved['properties']));
        key = records
          ? recordKey(name, resolved, environment, index + attempt)
          : resolved !== undefined && resolved['type'] !== 'string'
            ? MAP_KEYS[(index + attempt) % MAP_KEYS.length]
            : entry?.[0];
      }
      const label = lookupTable(schema)?.get(shown[0] as string);
      valueSchema =
        label !== undefined ? { const: label } : additional === undefined || additional === true ? { type: 'string' } : additional;
    }
    if (key === undefined || taken.has(key)) continue;
    const limit = names === undefined ? undefined : numberKeyword(names, 'maxLength');
    if (limit !== undefined && key.length > limit) continue;
    return { key, valueSchema };
  }
  return undefined;
}

const DOMAIN_NAME = /^(?=.*[a-z])[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** An example key `googleapis.com:drive` on a call that asked for provider `twilio.com`: `twilio.com:drive`. */
function askedKey(key: string, echo: Record<string, unknown> | undefined): string {
  const prefix = /^([^:\s]+):(.+)$/.exec(key);
  if (prefix === null || !DOMAIN_NAME.test(prefix[1] as string)) return key;
  const asked = Object.values(echo ?? {}).find((value): value is string => typeof value === 'string' && DOMAIN_NAME.test(value));
  return asked === undefined ? key : `${asked}:${prefix[2] as string}`;
}

/** A map whose examples key each record by its `name` (`{"switzerland": {"name": "switzerland", ...}}`). */
function keyedByName(schema: Schema): boolean {
  const examples = Array.isArray(schema['examples']) ? schema['examples'].filter(isSchema) : [];
  const entries = examples.flatMap((example) => Object.entries(example));
  return entries.length > 0 && entries.every(([key, entry]) => isSchema(entry) && entry['name'] === key);
}

/** The value the map's first object example gives `key`. */
function exampleValue(schema: Schema, key: string): unknown {
  const examples = Array.isArray(schema['examples']) ? schema['examples'].filter(isSchema) : [];
  return examples.find((example) => key in example)?.[key];
}

/** Placeholder strings a spec writes for a type (`"string"`, `"date"`, `"float"`). */
const TYPE_WORDS: Record<string, Schema> = {
  string: { type: 'string' },
  date: { type: 'string', format: 'date' },
  'date-time': { type: 'string', format: 'date-time' },
  datetime: { type: 'string', format: 'date-time' },
  float: { type: 'number' },
  number: { type: 'number' },
  integer: { type: 'integer' },
  int: { type: 'integer' },
  boolean: { type: 'boolean' },
};

/** A schema in the shape of an example record or list (every field required), its leaves typed by their example; undefined for a scalar. */
function exampleShape(example: unknown, depth = 0): Schema | undefined {
  if (depth > 5) return undefined;
  if (Array.isArray(example)) {
    const items = example.length > 0 ? (exampleShape(example[0], depth + 1) ?? leafShape(example[0])) : { type: 'string' };
    return { type: 'array', items, minItems: 1 };
  }
  if (!isSchema(example)) return undefined;
  const properties = Object.fromEntries(
    Object.entries(example).map(([field, entry]) => [field, exampleShape(entry, depth + 1) ?? leafShape(entry)]),
  );
  return { type: 'object', properties, required: Object.keys(properties) };
}
const TEMPLATE_SLOT = /^-?\d+(\.\d+)?$|^<.*>$|^\{.*\}$/;
function leafShape(example: unknown): Schema {
  // a figure (`"328.18"`) is one reading of many, and a template slot (`<creditor_account_id>`, `{amount}`) only says a
  // value goes there: the field's name draws it, never the example in every row
  if (typeof example === 'string')
    return (
      TYPE_WORDS[example.toLowerCase()] ??
      (TEMPLATE_SLOT.test(example) || !dataExample(example) ? { type: 'string' } : { type: 'string', examples: [example] })
    );
  if (typeof example === 'number') return { type: Number.isInteger(example) ? 'integer' : 'number' };
  if (typeof example === 'boolean') return { type: 'boolean' };
  return { type: 'string' };
}

/** The keys of a map's object examples (`{"googleapis.com:drive": {...}}`). */
function exampleKeys(schema: Schema): string[] {
  const examples = Array.isArray(schema['examples']) ? schema['examples'] : [];
  return [...new Set(examples.filter(isSchema).flatMap((example) => Object.keys(example)))];
}

function mapValue(key: string, valueSchema: unknown, environment: CollectionEnvironment, depth: number): unknown {
  const resolved = isSchema(valueSchema) ? resolveRef(valueSchema, environment.root) : undefined;
  const entry = MAP_ENTRIES.find(([name]) => name === key);
  if (
    entry !== undefined &&
    resolved !== undefined &&
    resolved['type'] === 'string' &&
    resolved['enum'] === undefined &&
    resolved['pattern'] === undefined &&
    resolved['format'] === undefined
  ) {
    const value = environment.faker.helpers.arrayElement(entry[1]);
    if (literalFits(value, resolved)) return value;
  }
  return environment.generate(valueSchema, key, depth + 1);
}

/**
 * An object for `schema`: every required property, optional ones at `optionalRate` (only required
 * ones near the depth limit), `dependentRequired` and `dependentSchemas` followed, extra keys from
 * `patternProperties`/`additionalProperties`/`propertyNames` for maps and to reach `minProperties`,
 * optional keys dropped to stay within `maxProperties`.
 */
/** Objects whose name says nothing of what they are (`data`, `items`, `result`). */
const BARE_OBJECT =
  /^(data|datum|item|items|result|results|record|records|entry|entries|value|values|object|details|detail|info|attributes|properties|meta|metadata|response|body|payload|node|nodes|edge|edges|hit|hits|root|content|self|links|relationships|included|source)$/;

/**
 * The name a record's own `name` or `title` is generated under: the nested object's name in front
 * (`from_organization.name`, `sponsor.name`), so it names an organisation or a person, not the
 * tool's thing. Other keys, top-level records and objects named `data` or `items` keep the key.
 */
function ownedName(object: string, key: string, depth: number): string {
  // every field of a contact is the contact's (a news post's `contacts[].details` is no story sentence)
  if (depth >= 1 && /(^|[^a-z])contacts?$/i.test(object) && /^(title|details|detail|name|info|description|text)$/i.test(key))
    return `${object}.${key}`;
  // a name, and a kind (`actions[].classification`, `downloads[].data_type`), is its holder's: an action's kind, not a tier word
  if (
    depth < 1 ||
    object === '' ||
    !/^(name|title|label|display_?name|displayName|full_?name|type|kind|classification|data_?type|dataType|entity_?type|entityType|relation_?type|relationType)$/.test(
      key,
    )
  )
    return key;
  const last =
    object
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .at(-1) ?? '';
  return last === '' || BARE_OBJECT.test(last) ? key : `${object}.${key}`;
}

/** A generated value that is only the last-resort label of a noun, or a list of such labels. */
const fillerOnly = (value: unknown): boolean =>
  isFillerLabel(value) || (Array.isArray(value) && value.length > 0 && value.every((item) => isFillerLabel(item)));

/** The title a call gives its record: the two sides it names (`team1`, `team2` → `A vs B`), else a name it sends (`movie_name`). */
function askedTitle(echo: Record<string, unknown> | undefined): string | undefined {
  const sent = Object.entries(echo ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length <= 60 && !isFillerLabel(entry[1]),
  );
  const sides = sent.filter(([key]) => /(^|[^0-9])[12]$|_(one|two)$|^(home|away)(_|$)/i.test(key));
  if (sides.length === 2) return `${sides[0]![1]} vs ${sides[1]![1]}`;
  return sent.find(([key]) => /(^|_)(name|title)$/i.test(key))?.[1];
}

/** A string argument named for the thing the tool is about (`movie_name` on `movie_ratings_get_movie`, `discovery` on `…_get_discovery_details`; not `country` on `country_info_largest_city`). */
function subjectArgument(echo: Record<string, unknown> | undefined, entity: string | undefined): string | undefined {
  if (entity === undefined || entity === '') return undefined;
  const nouns = new Set([entity.replace(/s$/, '')]);
  const entry = Object.entries(echo ?? {}).find(([key, value]) => {
    if (typeof value !== 'string' || value.length > 80 || !/[A-Za-z]/.test(value) || isFillerLabel(value)) return false;
    const words = key
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word !== '' && word !== 'name' && word !== 'title');
    return words.length > 0 && words.every((word) => nouns.has(word.replace(/s$/, '')));
  });
  return entry?.[1] as string | undefined;
}

const NOTE = /\b[A-G][♭#b]?(?= (blues|major|minor|dorian|natural)\b| ?$)/;
/** A music title in the key the call sends (`key: "C"` → `C blues scale`, `I–IV–V in C`), never another. */
function inAskedKey(value: unknown, echo: Record<string, unknown> | undefined): unknown {
  const key = echo?.['key'];
  if (typeof value !== 'string' || typeof key !== 'string' || !/^[A-G][♭#b]?( major| minor)?$/.test(key.trim())) return value;
  const note = key.trim().split(' ')[0] as string;
  return NOTE.test(value) ? value.replace(NOTE, note) : value;
}

/** Whether a schema states its values (an enum, a const, examples): those are the API's own, whatever they read like. */
function statedValues(schema: unknown, root: Schema): boolean {
  if (!isSchema(schema)) return false;
  const resolved = resolveRef(schema, root);
  const items = isSchema(resolved['items']) ? resolveRef(resolved['items'], root) : {};
  return ['enum', 'const', 'examples', 'default'].some((keyword) => keyword in resolved || keyword in items);
}

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

/**
 * The entries of an open object whose examples are a table of labels (`{"au": "Australia", "us": "United
 * States"}`, regions by code): facts of the API, each key with its label, so the object is never an empty `{}`.
 */
function lookupTable(schema: Schema): Map<string, string> | undefined {
  if (schema['additionalProperties'] === false || isSchema(schema['additionalProperties'])) return undefined;
  const examples = Array.isArray(schema['examples']) ? schema['examples'].filter(isSchema) : [];
  const entries = examples.flatMap((example) => Object.entries(example));
  const labels = entries.every(([, label]) => typeof label === 'string' && label.trim() !== '' && label.length <= 60);
  return entries.length >= 2 && labels ? new Map(entries as Array<[string, string]>) : undefined;
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

/** A lower bound is at most its upper bound (`scorevalue_min` 0.58 with `scorevalue_max` 0.16 filters nothing). */
function orderBounds(record: Record<string, unknown>): void {
  for (const key of Object.keys(record)) {
    const low = /^(.*?)(_?)(min|minimum)$/i.exec(key) ?? /^(min|minimum)(_?)(.*)$/i.exec(key);
    if (low === null) continue;
    const candidates = /min(imum)?$/i.test(key)
      ? [key.replace(/min(imum)?$/i, 'max'), key.replace(/min(imum)?$/i, 'maximum'), key.replace(/Min(imum)?$/, 'Max')]
      : [key.replace(/^min(imum)?/i, 'max'), key.replace(/^min(imum)?/i, 'maximum')];
    const high = candidates.find((candidate) => candidate !== key && candidate in record);
    if (high === undefined) continue;
    const [a, b] = [record[key], record[high]];
    if (typeof a === 'number' && typeof b === 'number' && a > b) [record[key], record[high]] = [b, a];
  }
}

const PART_COUNT =
  /^(deaths?|dead|recovered|active|active_cases|confirmed|critical|hospitali[sz]ed|open|closed|pending|completed|failed|succeeded|resolved|new_cases)$/i;

/**
 * Counts of one whole agree: a `total_cases` is at least its parts (`active_cases`, `deaths`,
 * `recovered`), and a `death_ratio` is deaths over the total, not a number of its own.
 */
export function balanceCounts(record: Record<string, unknown>): void {
  const keys = Object.keys(record);
  const totalKey = keys.find((key) => /^total(_[a-z]+)?$|^[a-z]+_total$/i.test(key) && Number.isInteger(record[key]));
  if (totalKey === undefined) return;
  const suffix = totalKey.toLowerCase().replace(/^total_?|_?total$/g, '');
  const clean = (key: string) => key.toLowerCase().replace(/[^a-z_]/g, '');
  const parts = keys.filter(
    (key) =>
      key !== totalKey &&
      Number.isInteger(record[key]) &&
      (record[key] as number) >= 0 &&
      (PART_COUNT.test(clean(key)) || (suffix !== '' && clean(key).endsWith(`_${suffix}`))),
  );
  if (parts.length < 2) return;
  const sum = parts.reduce((total, key) => total + (record[key] as number), 0);
  if ((record[totalKey] as number) < sum) record[totalKey] = sum + Math.round(sum * 0.1);
  const total = record[totalKey] as number;
  for (const key of keys) {
    const ratio = /^([a-z]+)_(ratio|rate|share)$/i.exec(clean(key));
    if (ratio === null || typeof record[key] !== 'number' || total === 0) continue;
    const part = parts.find((candidate) => clean(candidate).slice(0, 5) === (ratio[1] as string).slice(0, 5));
    if (part !== undefined) record[key] = Math.round(((record[part] as number) / total) * 100) / 100;
  }
}

const ZIP_KEY = /^(zip|zip_?code|postal_?code|postcode|plz)$/i;
const CITY_KEY = /^(city|town|city_?name|municipality|ort)$/i;

/**
 * A place names the city of its postal code: the zip the call asked for (an echo) wins over a drawn
 * one, and where the table knows the code, the city is the code's (04109 is Leipzig, never Lisbon).
 */
function placeTheZip(record: Record<string, unknown>, environment: CollectionEnvironment): void {
  const zipKey = Object.keys(record).find((key) => ZIP_KEY.test(key) && typeof record[key] === 'string');
  const cityKey = Object.keys(record).find((key) => CITY_KEY.test(key) && typeof record[key] === 'string');
  if (zipKey === undefined) return;
  const asked = Object.entries(environment.echo ?? {}).find(([key, value]) => ZIP_KEY.test(key) && typeof value === 'string')?.[1] as
    string | undefined;
  if (asked !== undefined && /^\d{4,5}$/.test(String(record[zipKey]))) record[zipKey] = asked;
  const place = GERMAN_PLACES.find(([, code]) => code === record[zipKey]);
  if (place !== undefined && cityKey !== undefined) record[cityKey] = place[0];
}

const QUERY_ARGUMENT = /^(q|query|search|keyword|keywords|term|search_?term|search_?query|query_?string|text)$/i;
const HIT_QUALIFIERS = ['', '', ' (overview)', ' guide', ' statistics', ' news'];

/** A search hit (a record with a score and a name) names what was searched for. */
function nameTheSearch(record: Record<string, unknown>, environment: CollectionEnvironment): void {
  if (typeof record['score'] !== 'number' && typeof record['relevance'] !== 'number') return;
  const field = ['name', 'title', 'label'].find((key) => typeof record[key] === 'string');
  const query = Object.entries(environment.echo ?? {}).find(
    ([key, value]) => QUERY_ARGUMENT.test(key) && typeof value === 'string' && value.trim() !== '',
  )?.[1] as string | undefined;
  if (field === undefined || query === undefined) return;
  // on a domain the top hit is the thing itself (`KRAS`, never `KRAS guide`); the other hits name other things
  record[field] = environment.domain === undefined ? `${query}${environment.faker.helpers.arrayElement(HIT_QUALIFIERS)}` : query;
}

/** A `preferred` (or default, latest, current) version next to a map of `versions` names one of its keys. */
function preferKnownVersion(record: Record<string, unknown>): void {
  const versions = Object.entries(record).find(
    ([key, value]) =>
      /versions$/i.test(key) && typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0,
  )?.[1] as Record<string, unknown> | undefined;
  if (versions === undefined) return;
  for (const key of Object.keys(record))
    if (/^(preferred|default|latest|current)(_?version)?$/i.test(key) && typeof record[key] === 'string')
      record[key] = Object.keys(versions)[0];
}

/** Pairs of moments a record holds in order: what was created is updated later, a stay checks in before it checks out. */
const LIFECYCLE: Array<[RegExp, RegExp]> = [
  [/^(date_?)?created(_?(at|on|date|time))?$/i, /^(date_?)?(updated|modified)(_?(at|on|date|time))?$/i],
  [/^(start|starts|begin|from)(_?(at|date|time|timestamp))?$/i, /^(end|ends|finish|to|until)(_?(at|date|time|timestamp))?$/i],
  [/^check_?in(_?date)?$/i, /^check_?out(_?date)?$/i],
  [/^depart(ure)?(_?(at|time|date))?$/i, /^arriv(al|e)(_?(at|time|date))?$/i],
];

/**
 * Dates drawn one by one can disagree (`date_updated` before `date_created`): where a record holds both
 * moments of a pair in the same form (two ISO strings of one length, or two numbers), the earlier comes first.
 */
function orderLifecycle(record: Record<string, unknown>): void {
  const keys = Object.keys(record);
  for (const [first, second] of LIFECYCLE) {
    const early = keys.find((key) => first.test(key));
    const late = keys.find((key) => second.test(key));
    if (early === undefined || late === undefined) continue;
    const [a, b] = [record[early], record[late]];
    const comparable =
      (typeof a === 'number' && typeof b === 'number') ||
      (typeof a === 'string' && typeof b === 'string' && a.length === b.length && /^\d{4}-\d\d-\d\d/.test(a) && /^\d{4}-\d\d-\d\d/.test(b));
    if (comparable && (a as string | number) > (b as string | number)) [record[early], record[late]] = [b, a];
  }
}

/**
 * An object the schema leaves open (`{"type": "object"}`), filled as its name says: a location has
 * coordinates, links a link, metadata tags. An API sends something there; `{}` reads as a gap.
 */
function byName(name: string, environment: CollectionEnvironment): Record<string, unknown> | undefined {
  const { faker } = environment;
  const key = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/^_+/, '');
  if (/(^|_)(location|geo|geolocation|coordinates|coords|position|point|center|centre|latlng)$/.test(key)) {
    // an API that serves Germany only (energy meters, zip codes) has its places in Germany
    if (environment.domain === 'energy')
      return {
        latitude: faker.number.float({ min: 47.4, max: 54.8, fractionDigits: 4 }),
        longitude: faker.number.float({ min: 6.1, max: 14.9, fractionDigits: 4 }),
      };
    return {
      latitude: faker.number.float({ min: -50, max: 65, fractionDigits: 4 }),
      longitude: faker.number.float({ min: -120, max: 150, fractionDigits: 4 }),
    };
  }
  if (/(^|_)(links|link|urls|hrefs)$/.test(key))
    return { self: `https://${environment.host}/v1/${faker.string.alphanumeric({ length: 10, casing: 'lower' })}` };
  if (/(^|_)(external_docs|docs|documentation)$/.test(key))
    return { url: `https://${environment.host.replace(/^api\./, '')}/docs`, description: 'API documentation' };
  if (/^(api_)?info$/.test(key))
    return {
      title: `${faker.helpers.arrayElement(['Drive', 'Storage', 'Messaging', 'Maps', 'Payments', 'Calendar', 'Translation', 'Analytics'])} API`,
      version: faker.helpers.arrayElement(['1.0.0', '2.1.0', 'v1', 'v2', '3.0']),
    };
  if (/(^|_)(metadata|meta_data|tags|labels|attributes|annotations|custom_fields|extra|extras)$/.test(key)) {
    const entries = faker.helpers.arrayElements(MAP_ENTRIES, { min: 1, max: 2 });
    return Object.fromEntries(entries.map(([entry, values]) => [entry, faker.helpers.arrayElement(values)]));
  }
  if (/(^|_)(settings|options|preferences|config|configuration|features|flags)$/.test(key))
    return { enabled: true, notifications: faker.datatype.boolean() };
  if (/(^|_)(address|billing_address|shipping_address|postal_address)$/.test(key)) {
    return {
      line1: `${faker.number.int({ min: 10, max: 9800 })} ${faker.helpers.arrayElement(['Main St', 'Oak Ave', 'Market St', 'Pine Rd', 'Elm St'])}`,
      city: faker.helpers.arrayElement(['Austin', 'Denver', 'Portland', 'Boston', 'Chicago']),
      postal_code: faker.string.numeric(5),
      country: 'US',
    };
  }
  return undefined;
}

/** Adds the string keys of `keys` to `chosen`; whether any was new. */
function addAll(chosen: Set<string>, keys: unknown[]): boolean {
  let added = false;
  for (const key of keys) {
    if (typeof key === 'string' && !chosen.has(key)) {
      chosen.add(key);
      added = true;
    }
  }
  return added;
}

const testers = new Map<string, RegExp | null>();

function safeTest(pattern: string, key: string): boolean {
  let regex = testers.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = null;
    }
    testers.set(pattern, regex);
  }
  return regex?.test(key) ?? false;
}

/**
 * An array for `schema`: `prefixItems` first, then `items` (none when `items: false`), at least
 * `minContains` (default 1) items of `contains`, sized within `minItems`/`maxItems`, distinct when
 * `uniqueItems` (an enum of items is drawn without replacement).
 */
export function generateArray(schema: Schema, name: string, environment: CollectionEnvironment, depth: number): unknown[] {
  const { faker } = environment;
  if (depth >= MAX_DEPTH) return [];
  // items that admit no finite value: the one finite list is the empty one
  if (schema['items'] !== undefined && !(environment.finite?.(schema['items']) ?? true)) return [];
  const prefix = Array.isArray(schema['prefixItems']) ? (schema['prefixItems'] as unknown[]) : [];
  const itemsSchema = schema['items'] === false ? undefined : (schema['items'] as unknown);
  const closed = schema['items'] === false;
  const contains = isSchema(schema['contains']) ? schema['contains'] : undefined;
  const minContains = contains === undefined ? 0 : (numberKeyword(schema, 'minContains') ?? 1);
  const minItems = Math.max(numberKeyword(schema, 'minItems') ?? 1, minContains);
  const maxItems = Math.min(numberKeyword(schema, 'maxItems') ?? Infinity, closed ? prefix.length : Infinity);
  const upper = Math.max(minItems, Math.min(maxItems, minItems + 2, Math.max(3, prefix.length)));
  let count = Math.min(faker.number.int({ min: minItems, max: Math.max(minItems, upper) }), maxItems);
  const singular = name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '');
  const unique = schema['uniqueItems'] === true;
  const resolvedItems = isSchema(itemsSchema) ? resolveRef(itemsSchema, environment.root) : undefined;
  // A list of choices names each once (`["summer", "winter", "winter"]` reads as a glitch), unique or not.
  const enumerated = resolvedItems !== undefined && Array.isArray(resolvedItems['enum']) ? (resolvedItems['enum'] as unknown[]) : undefined;
  if (enumerated !== undefined && (unique || enumerated.length >= minItems) && prefix.length === 0 && contains === undefined) {
    const choices = enumerated;
    return faker.helpers.arrayElements(choices, Math.min(Math.max(count, Math.min(minItems, choices.length)), choices.length));
  }
  if (itemsSchema === undefined && !closed && prefix.length === 0 && contains === undefined) count = Math.min(count, 3);
  const items: unknown[] = [];
  const seen = new Set<string>();
  // a list of names or numbers repeats none (`["storage", "storage"]`, `[5, 10, 5]` read as a glitch), where the schema allows others
  const distinct =
    unique ||
    (resolvedItems !== undefined &&
      ['string', 'number', 'integer'].includes(String(resolvedItems['type'])) &&
      resolvedItems['const'] === undefined);
  const push = (item: unknown, repeatable = false): boolean => {
    const key = JSON.stringify(item);
    if ((unique || (distinct && !repeatable)) && seen.has(key)) return false;
    seen.add(key);
    items.push(item);
    return true;
  };
  for (let index = 0; index < prefix.length && index < Math.max(count, Math.min(prefix.length, maxItems)); index += 1) {
    for (let attempt = 0; attempt < 5 && !push(environment.generate(prefix[index], singular, depth + 1)); attempt += 1);
  }
  if (closed) return items;
  const containsSchema =
    contains === undefined ? undefined : isSchema(itemsSchema) ? mergeSchemas(itemsSchema, contains, environment.root) : contains;
  // `minContains` may ask for the same item twice (`contains: {const: 7}, minContains: 2`): those repeat.
  for (let made = 0; made < minContains && items.length < maxItems; made += 1) {
    for (let attempt = 0; attempt < 5 && !push(environment.generate(containsSchema, singular, depth + 1), !unique); attempt += 1);
  }
  for (let attempt = 0; items.length < count && attempt < count * 5; attempt += 1)
    push(environment.generate(itemsSchema ?? {}, singular, depth + 1));
  for (let attempt = 0; items.length < minItems && attempt < minItems * 5; attempt += 1)
    push(environment.generate(itemsSchema ?? {}, singular, depth + 1), true);
  distinctNames(items, resolvedItems, environment, depth, singular);
  distinctTagKeys(items, name, faker);
  return items;
}

const NAME_FIELDS = ['name', 'title', 'label', 'display_name', 'displayName', 'full_name', 'fullName'];
const MORE_QUALIFIERS = [' guide', ' statistics', ' news', ' (overview)', ' FAQ', ' history', ' near me', ' reviews', ' latest'];

/**
 * Records of one list name different things: a repeated name (three hits all called `KRAS`) is drawn
 * again from the field's schema; a search hit off a domain keeps to the query with a qualifier of its own.
 */
function distinctNames(
  items: unknown[],
  itemSchema: Schema | undefined,
  environment: CollectionEnvironment,
  depth: number,
  itemName = '',
): void {
  const records = items.filter((item): item is Record<string, unknown> => isSchema(item));
  if (records.length < 2) return;
  const field = NAME_FIELDS.find((key) => records.every((record) => typeof record[key] === 'string'));
  if (field === undefined) return;
  const properties = itemSchema !== undefined && isSchema(itemSchema['properties']) ? itemSchema['properties'] : {};
  const fieldSchema = isSchema(properties[field]) ? resolveRef(properties[field], environment.root) : { type: 'string' };
  if (Array.isArray(fieldSchema['enum']) || 'const' in fieldSchema) return;
  const used = new Set<string>();
  for (const record of records) {
    const name = record[field] as string;
    if (!used.has(name)) {
      used.add(name);
      continue;
    }
    const hit = typeof record['score'] === 'number' || typeof record['relevance'] === 'number';
    let fresh: string | undefined;
    if (!hit || environment.domain !== undefined) {
      for (let attempt = 0; attempt < 6 && fresh === undefined; attempt += 1) {
        // drawn again under the name it was first drawn under (`contact.title` is still a contact's)
        const drawn = environment.generate(fieldSchema, ownedName(itemName, field, depth + 1), depth + 2);
        if (typeof drawn === 'string' && drawn !== '' && !used.has(drawn)) fresh = drawn;
      }
    }
    if (fresh === undefined) {
      const base = name.replace(/( \(overview\)| guide| statistics| news| FAQ| history| near me| reviews| latest)$/, '');
      fresh = MORE_QUALIFIERS.map((qualifier) => `${base}${qualifier}`).find(
        (candidate) => !used.has(candidate) && literalFits(candidate, fieldSchema),
      );
    }
    if (fresh === undefined) continue;
    record[field] = fresh;
    used.add(fresh);
  }
}
