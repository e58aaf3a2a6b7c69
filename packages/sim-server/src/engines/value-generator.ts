import type { Faker } from '@faker-js/faker';
import { generateObject } from './values/collections.js';
import { generateArray } from './values/collection-arrays.js';
import { MAX_DEPTH, type CollectionEnvironment } from './values/collection-environment.js';
import { DATE_SHAPE, DEFAULT_REFERENCE_TIME, dateDirection, dateLike, dateNear } from './values/dates.js';
import type { ValueRequest } from './values/entities.js';
import { fromExamples } from './values/examples.js';
import { dataExample } from './values/description-hints.js';
import { jsonDocument } from './values/json-documents.js';
import { filledLink } from './values/link-templates.js';
import { generateNumber } from './values/numbers.js';
import { jsonType, literalFits, mergeSchemas, pickType, resolveRef, type Schema } from './values/schema-tools.js';
import { generateString } from './values/strings.js';
import { isFillerLabel } from './values/products.js';
import { serviceHost, toolTopic, type Topic } from './values/topic.js';
import { nameWords } from './entity-rules.js';
import { finiteCost } from '../catalog/endless-schema.js';

export { DEFAULT_REFERENCE_TIME } from './values/dates.js';

export interface GenerateOptions {
  faker: Faker;
  /** The schema that `$ref`s point into. */
  root: Schema;
  /** Probability that an optional property is present. Defaults to 0.6. */
  optionalRate?: number;
  /** Scalar values to reuse for properties of the same name (a call's arguments), when they fit. */
  echo?: Record<string, unknown>;
  /**
   * The instant generated dates are near, in ms since the epoch (`created_at` in the weeks before it,
   * `due_date` in the weeks after). Defaults to `DEFAULT_REFERENCE_TIME` (2025-06-02T09:30:00Z),
   * never the wall clock.
   */
  referenceTime?: number;
  /**
   * The tool the value is for, so free values fit its topic (a query on a basketball tool asks about
   * basketball, a name on `create_board` names a board). Defaults to `{ tool: name }` of the
   * top-level call (callers pass the tool name there).
   */
  context?: { tool: string; description?: string; host?: string };
  /**
   * Values a string property may take, by its name normalised (`postKind` → `postkind`): what an
   * input parameter of that name allows (its enum, or the values its description lists), so a
   * result field a later call takes as an argument holds one of them.
   */
  allowed?: ReadonlyMap<string, readonly string[]>;
}

interface Environment extends CollectionEnvironment {
  reference: number;
  topic: Topic;
  allowed?: ReadonlyMap<string, readonly string[]>;
  /** How far a sub-schema is from a finite value (`Infinity`: it admits none); see `finiteCost`. */
  cost(schema: unknown): number;
  /** `generate` calls in progress (allOf/anyOf steps included, which do not deepen the value). */
  nesting: number;
}

/**
 * From this depth of the value (or this many nested steps) on, a recursive schema is closed with
 * its cheapest finite value: required members only, a `null` or leaf option where there is one.
 */
const FINITE_FROM_DEPTH = MAX_DEPTH + 2;
const FINITE_FROM_NESTING = 64;
/** Beyond this depth only a schema that admits no finite value can lead (the catalog refuses those): `null` ends it. */
const HARD_DEPTH = FINITE_FROM_DEPTH + 64;

function isObjectSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The option of an `anyOf`/`oneOf` nearest to a finite value: a `null` one, else the cheapest (a leaf before a `$ref`). */
function cheapestOption(choices: unknown[], environment: Environment): unknown {
  const nullOption = choices.find((choice) => isObjectSchema(choice) && choice['type'] === 'null');
  if (nullOption !== undefined) return nullOption;
  let best = choices[0];
  let bestCost = Infinity;
  for (const choice of choices) {
    const cost = environment.cost(choice) + (isObjectSchema(choice) && typeof choice['$ref'] === 'string' ? 0.5 : 0);
    if (cost < bestCost) [best, bestCost] = [choice, cost];
  }
  return best;
}

/**
 * The cheapest finite value of a schema, reached where a recursive schema has nested deep enough:
 * required members only, empty or shortest arrays, `null` where allowed, else a leaf value as the
 * generator makes it. Taking the cheapest option at each step walks down the ranks of `finiteCost`,
 * so it ends for every schema that admits a finite value.
 */
function finiteValue(input: unknown, name: string, environment: Environment, depth: number): unknown {
  if (depth > HARD_DEPTH || !isObjectSchema(input)) return input === true || input === undefined ? null : null;
  let schema = resolveRef(input, environment.root);
  if ('const' in schema) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  if (Array.isArray(schema['allOf']) && schema['allOf'].length > 0) {
    const { allOf, ...rest } = schema;
    schema = (allOf as Schema[]).reduce<Schema>((all, part) => mergeSchemas(all, part, environment.root), rest);
    return finiteValue(schema, name, environment, depth + 1);
  }
  const choices = (schema['oneOf'] ?? schema['anyOf']) as unknown[] | undefined;
  if (Array.isArray(choices) && choices.length > 0) {
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
    const option = cheapestOption(choices, environment);
    return finiteValue(mergeSchemas(rest, isObjectSchema(option) ? option : {}, environment.root), name, environment, depth + 1);
  }
  const declared = schema['type'];
  const types = Array.isArray(declared) ? (declared as string[]) : typeof declared === 'string' ? [declared] : [];
  if (types.includes('null')) return null;
  const scalar = types.find((type) => type !== 'object' && type !== 'array');
  if (scalar !== undefined) return generateTyped({ ...schema, type: scalar }, name, environment, depth);
  const kind =
    types[0] ??
    (schema['properties'] !== undefined || schema['required'] !== undefined
      ? 'object'
      : schema['items'] !== undefined
        ? 'array'
        : undefined);
  if (kind === 'object') {
    const properties = isObjectSchema(schema['properties']) ? schema['properties'] : {};
    const additional = schema['additionalProperties'];
    const result: Record<string, unknown> = {};
    for (const key of Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : [])
      if (typeof key === 'string')
        result[key] = finiteValue(
          key in properties ? properties[key] : isObjectSchema(additional) ? additional : true,
          key,
          environment,
          depth + 1,
        );
    return result;
  }
  if (kind === 'array') {
    const prefix = Array.isArray(schema['prefixItems']) ? (schema['prefixItems'] as unknown[]) : [];
    const minItems = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
    return Array.from({ length: minItems }, (_, index) =>
      finiteValue(index < prefix.length ? prefix[index] : (schema['items'] ?? true), name, environment, depth + 1),
    );
  }
  return generateTyped(schema, name, environment, depth);
}

/** Whether `schema` takes a free string (no enum, format or pattern of its own). */
function freeString(schema: Schema): boolean {
  const type = schema['type'];
  const string = type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
  return string && schema['format'] === undefined && schema['pattern'] === undefined && !Array.isArray(schema['enum']);
}

/** Names of moments (`pub_date_ms` too), whose numeric examples are stale epochs. */
const TIME_NAME =
  /(^|_)(timestamp|time_stamp|stamp|epoch|epochtime|epoch_time|time|date|at|ts|since|until|start|end|started|ended|received|processed|created|updated|modified|expires)(_(ms|millis|milliseconds|sec|secs|seconds))?$|(^|_)(start|end)_timestamp$/;

const FAILED_STATUS = /^(error|errored|fail|failed|failure|fault|denied|forbidden|unauthorized|not[ _-]?found|invalid|rejected)$/i;

const nameCache = new Map<string, { words: string[]; snake: string }>();

function splitName(name: string): { words: string[]; snake: string } {
  let split = nameCache.get(name);
  if (split === undefined) {
    // `team1`, `quantity2`: a trailing number is an index, not part of the name (but `sha256`, `ipv4` keep theirs)
    const words = nameWords(name).map((word) =>
      /^(sha|md|ipv|base|utf|iso|crc|x|v|s|h|mp|rsa|aes|p|e|top|h)\d+$/.test(word) ? word : word.replace(/(?<=[a-z]{3,})\d+$/, ''),
    );
    split = { words, snake: words.join('_') };
    if (nameCache.size > 50_000) nameCache.clear();
    nameCache.set(name, split);
  }
  return split;
}

function request(name: string, environment: Environment): ValueRequest {
  return { faker: environment.faker, reference: environment.reference, topic: environment.topic, ...splitName(name) };
}

/**
 * What a parameter allows for a property of this name (of the tool about the thing that holds it, when
 * tools allow different values under one name); a record's bare `kind` or `type` takes what
 * the tool's `<thing>Kind` parameter allows (a post's `kind` is one of `postKind`'s releases, stories…).
 */
function allowedFor(name: string, environment: Environment): readonly string[] | undefined {
  const path = name.split('.');
  const key = (path.at(-1) ?? name).replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  // the values a tool about this kind of thing allows: an organization's under `organizations`, else the tool's own entity's
  const holder = (path.length > 1 ? path.at(-2) : environment.topic.entity) ?? '';
  const kind = holder
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '');
  const own = environment.allowed?.get(`${kind}:${key}`) ?? environment.allowed?.get(key);
  if (own !== undefined || !/^(kind|type|category|status)$/.test(key)) return own;
  const things = environment.topic.words.map((word) => word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, ''));
  return things.map((thing) => environment.allowed?.get(`${thing}${key}`)).find((values) => values !== undefined && values.length > 0);
}

/** Whether `value` is ruled out by a simple `not` (a `const`, an `enum`, a `type`, `required` keys). */
function excluded(value: unknown, not: Schema): boolean {
  if ('const' in not) return JSON.stringify(not['const']) === JSON.stringify(value);
  if (Array.isArray(not['enum'])) return not['enum'].some((entry) => JSON.stringify(entry) === JSON.stringify(value));
  if (typeof not['type'] === 'string') return jsonType(value) === not['type'] || (not['type'] === 'number' && typeof value === 'number');
  if (Array.isArray(not['required']) && typeof value === 'object' && value !== null)
    return (not['required'] as string[]).every((key) => key in value);
  return false;
}

function generate(input: unknown, name: string, environment: Environment, depth: number): unknown {
  // A recursive schema nests no deeper than this: its value is closed with the cheapest finite one.
  if (depth >= FINITE_FROM_DEPTH || environment.nesting >= FINITE_FROM_NESTING) return finiteValue(input, name, environment, depth);
  environment.nesting += 1;
  try {
    return generateFull(input, name, environment, depth);
  } finally {
    environment.nesting -= 1;
  }
}

function generateFull(input: unknown, name: string, environment: Environment, depth: number): unknown {
  if (input === true || input === undefined) return generateString({}, request(name, environment));
  if (typeof input !== 'object' || input === null) return null;
  let schema = resolveRef(input as Schema, environment.root);
  if ('const' in schema) return schema['const'];
  // where a recursive schema was cut, the recursion ends: no sub-components (`[]`), no further parent (`null`), never a made-up name
  if (
    Object.keys(schema).length === 1 &&
    typeof schema['description'] === 'string' &&
    /^\(recursive schema cut\)$/.test(schema['description'])
  )
    return /(s|list|items|children)$/i.test(name) ? [] : null;
  const not =
    typeof schema['not'] === 'object' && schema['not'] !== null ? resolveRef(schema['not'] as Schema, environment.root) : undefined;
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return enumValue(schema['enum'], not, name, environment);
  if (Array.isArray(schema['allOf']) && schema['allOf'].length > 0) {
    const { allOf, ...rest } = schema;
    return generate(
      (allOf as Schema[]).reduce<Schema>((all, part) => mergeSchemas(all, part, environment.root), rest),
      name,
      environment,
      depth,
    );
  }
  schema = withConditionMet(schema, environment.root);
  const choices = (schema['oneOf'] ?? schema['anyOf']) as unknown[] | undefined;
  if (Array.isArray(choices) && choices.length > 0) return generate(chosenOption(schema, choices, environment), name, environment, depth);
  const given = givenValue(schema, name, environment, depth);
  return given === undefined ? typedValue(schema, not, name, environment, depth) : given.value;
}

/** One of an enumeration's values that `not` leaves; for a status, one that is no failure unless only failures are left. */
function enumValue(values: unknown[], not: Schema | undefined, name: string, environment: Environment): unknown {
  const allowed = not === undefined ? values : values.filter((entry) => !excluded(entry, not));
  let concrete = allowed.filter((entry) => entry !== null);
  // a status is one of success unless the caller asks otherwise: `failed` in a result reads as an error body
  if (/^(status|state|result)$/i.test(name)) {
    const fine = concrete.filter((entry) => typeof entry !== 'string' || !FAILED_STATUS.test(entry));
    if (fine.length > 0) concrete = fine;
  }
  return environment.faker.helpers.arrayElement(concrete.length > 0 ? concrete : allowed.length > 0 ? allowed : values);
}

/** An `if`/`then` schema with its condition and `then` branch merged in (which satisfies the pair whatever the condition says). */
function withConditionMet(schema: Schema, root: Schema): Schema {
  if (typeof schema['if'] !== 'object' || schema['if'] === null) return schema;
  const { if: condition, then, else: _otherwise, ...rest } = schema;
  const branch = mergeSchemas(condition as Schema, typeof then === 'object' && then !== null ? (then as Schema) : {}, root);
  return mergeSchemas(rest, branch, root);
}

/** The schema with one of its `oneOf`/`anyOf` options merged in, drawn among the finite, non-null ones. */
function chosenOption(schema: Schema, choices: unknown[], environment: Environment): Schema {
  const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
  // an option that admits no finite value (a `$ref` whose required members lead back to it) is never taken
  const finite = choices.filter((choice) => environment.cost(choice) < Infinity);
  const open = finite.length > 0 ? finite : choices;
  const concrete = open.filter((choice) => !(typeof choice === 'object' && choice !== null && (choice as Schema)['type'] === 'null'));
  return mergeSchemas(rest, environment.faker.helpers.arrayElement(concrete.length > 0 ? concrete : open) as Schema, environment.root);
}

/**
 * A value the tool or the spec gives rather than one drawn by type: a value a parameter allows, a
 * JSON document, a fresh moment shaped like an example, an example; undefined when none does.
 */
function givenValue(schema: Schema, name: string, environment: Environment, depth: number): { value: unknown } | undefined {
  const { faker } = environment;
  // a record's `name` under its object's name (`sponsor.name`) takes the values a `name` parameter allows
  const allowed = allowedFor(name, environment);
  if (allowed !== undefined && allowed.length > 0 && freeString(schema)) return { value: faker.helpers.arrayElement(allowed) };
  if (freeString(schema)) {
    const document = jsonDocument(schema, (leaf, leafName) => generate(leaf, leafName, environment, depth + 1));
    if (document !== undefined) return { value: document };
  }
  // an example moment gives the shape of a fresh one near the reference, never its digits shuffled or a stale date
  const moment = Array.isArray(schema['examples'])
    ? (schema['examples'] as unknown[]).find((entry): entry is string => typeof entry === 'string' && DATE_SHAPE.test(entry))
    : undefined;
  if (moment !== undefined) {
    const fresh = dateLike(moment, dateNear(faker, environment.reference, dateDirection(request(name, environment).snake)));
    if (fresh !== undefined && literalFits(fresh, schema)) return { value: fresh };
  }
  // a link the spec gives as a template (`…/psd2/start/<uuid>/{$INSTITUTION_ID}`) is filled, never copied
  const link = filledLink(schema, faker, environment.echo);
  if (link !== undefined && literalFits(link, schema)) return { value: link };
  const example = fromExamples(schema, faker, environment.topic.own);
  // an epoch example (`1609293600000`) gives the unit, not the moment: a reading is taken near now
  if (
    example !== undefined &&
    typeof example.value === 'number' &&
    example.value > 1e9 &&
    (TIME_NAME.test(request(name, environment).snake) || /\b(unix|epoch)\b|\btimestamp\b/i.test(String(schema['description'] ?? '')))
  ) {
    return { value: generateNumber({ ...schema, minimum: example.value > 1e11 ? 1e11 + 1 : 1e9 }, request(name, environment), true) };
  }
  return example;
}

/** A value drawn by the schema's type, drawn again while `not` rules it out; the spec's own example before a filler label. */
function typedValue(schema: Schema, not: Schema | undefined, name: string, environment: Environment, depth: number): unknown {
  let value = generateTyped(schema, name, environment, depth);
  for (let attempt = 0; not !== undefined && attempt < 4 && excluded(value, not); attempt += 1)
    value = generateTyped(schema, name, environment, depth);
  // the spec's own example before a label of the noun (`"PWSName": "ARBOR CHRISTIAN HOME"`, never `primary qid`)
  if (isFillerLabel(value)) {
    const stated = (Array.isArray(schema['examples']) ? (schema['examples'] as unknown[]) : []).filter(
      (entry) => typeof entry === 'string' && dataExample(entry) && literalFits(entry, schema),
    );
    if (stated.length > 0) return environment.faker.helpers.arrayElement(stated);
    // a field its description calls a description or a summary (`short` under "A short description…") holds prose
    if (typeof schema['description'] === 'string' && /\b(description|summary)\b/i.test(schema['description']))
      return generateTyped(schema, 'description', environment, depth);
  }
  return value;
}

function generateTyped(schema: Schema, name: string, environment: Environment, depth: number): unknown {
  switch (pickType(schema, (items) => environment.faker.helpers.arrayElement(items))) {
    case 'null':
      return null;
    case 'boolean':
      return environment.faker.datatype.boolean();
    case 'integer':
      return generateNumber(schema, request(name, environment), true);
    case 'number':
      return generateNumber(schema, request(name, environment), false);
    case 'array':
      return generateArray(schema, name, environment, depth);
    case 'object':
      return generateObject(schema, environment, depth, name);
    default:
      return generateString(schema, request(name, environment));
  }
}

/**
 * A plausible value for a JSON Schema, drawn from faker (seeded by the caller). Sources, most
 * trustworthy first: `const`/`enum`, the schema's `examples`/`default`, `format` and `pattern`, the
 * description's hints (date formats, ranges, "e.g." values, allowed lists), the property name
 * (`country_code`, `sha256`, `created_at`...), then realistic entities on the tool's topic; never
 * strings of random words. Honours `$ref`, `allOf`/`anyOf`/`oneOf`, `if`/`then`, simple `not`,
 * `type` arrays, bounds and `multipleOf`, object and array keywords (see `values/collections.ts`).
 * Dates lie near `referenceTime`, never the wall clock.
 */
export function generateValue(input: unknown, name: string, options: GenerateOptions, depth = 0): unknown {
  const context = options.context ?? { tool: name };
  const topic = toolTopic(context.tool, context.description, context.host);
  const environment: Environment = {
    faker: options.faker,
    root: options.root,
    optionalRate: options.optionalRate ?? 0.6,
    reference: options.referenceTime ?? DEFAULT_REFERENCE_TIME,
    topic,
    ...(topic.domain === undefined ? {} : { domain: topic.domain }),
    host: serviceHost(topic),
    ...(options.echo === undefined ? {} : { echo: options.echo }),
    ...(options.allowed === undefined ? {} : { allowed: options.allowed }),
    generate: (schema, childName, childDepth) => generate(schema, childName, environment, childDepth),
    cost: finiteCost(options.root),
    finite: (schema) => environment.cost(schema) < Infinity,
    nesting: 0,
  };
  return generate(input, name, environment, depth);
}
