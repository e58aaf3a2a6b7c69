/** Keys and values of maps (`additionalProperties`): from patterns, examples, regions and versions. */
import type { Faker } from '@faker-js/faker';
import RandExpModule from 'randexp';
import { literalFits, numberKeyword, resolveRef, type Schema } from './schema-tools.js';
import { oneCaseHex } from './strings.js';
import { dataExample } from './description-hints.js';
import { type CollectionEnvironment, MAX_DEPTH, isSchema } from './collection-environment.js';

type RandExpClass = typeof RandExpModule.default;
const RandExp: RandExpClass =
  (RandExpModule as unknown as { default?: RandExpClass }).default ?? (RandExpModule as unknown as RandExpClass);

/** Keys and string values for maps (`additionalProperties` with no named properties), as tags read. */
export const MAP_ENTRIES: ReadonlyArray<readonly [string, readonly string[]]> = [
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

export const REGIONS = [
  'Europe',
  'North America',
  'Asia Pacific',
  'Latin America',
  'Middle East',
  'Africa',
  'Western Europe',
  'Southeast Asia',
];
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
export function extraKey(
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
export function keyedByName(schema: Schema): boolean {
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
export function exampleKeys(schema: Schema): string[] {
  const examples = Array.isArray(schema['examples']) ? schema['examples'] : [];
  return [...new Set(examples.filter(isSchema).flatMap((example) => Object.keys(example)))];
}

export function mapValue(key: string, valueSchema: unknown, environment: CollectionEnvironment, depth: number): unknown {
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
 * The entries of an open object whose examples are a table of labels (`{"au": "Australia", "us": "United
 * States"}`, regions by code): facts of the API, each key with its label, so the object is never an empty `{}`.
 */
export function lookupTable(schema: Schema): Map<string, string> | undefined {
  if (schema['additionalProperties'] === false || isSchema(schema['additionalProperties'])) return undefined;
  const examples = Array.isArray(schema['examples']) ? schema['examples'].filter(isSchema) : [];
  const entries = examples.flatMap((example) => Object.entries(example));
  const labels = entries.every(([, label]) => typeof label === 'string' && label.trim() !== '' && label.length <= 60);
  return entries.length >= 2 && labels ? new Map(entries as Array<[string, string]>) : undefined;
}
