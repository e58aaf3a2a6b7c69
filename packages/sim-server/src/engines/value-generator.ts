import type { Faker } from '@faker-js/faker';
import RandExpModule from 'randexp';

// randexp is CommonJS: its types put the class on `.default`, its runtime exports the class itself.
type RandExpClass = typeof RandExpModule.default;
const RandExp: RandExpClass = (RandExpModule as unknown as { default?: RandExpClass }).default ?? (RandExpModule as unknown as RandExpClass);

type Schema = Record<string, unknown>;

export interface GenerateOptions {
  faker: Faker;
  /** The schema that `$ref`s point into. */
  root: Schema;
  /** Probability that an optional property is present. Defaults to 0.6. */
  optionalRate?: number;
  /** Scalar values to reuse for properties of the same name (a call's arguments), when they fit. */
  echo?: Record<string, unknown>;
  /** "Now" for generated dates (the world's reference instant); the faker engine also sets it as faker's default reference date. */
  referenceTime?: Date;
}

const MAX_DEPTH = 6;

/** Property-name heuristics: a realistic value for a string field by what it is called. */
const STRING_BY_NAME: Array<[RegExp, (faker: Faker) => string]> = [
  [/e-?mail/i, (f) => f.internet.email()],
  [/^(first_?name|given_?name)$/i, (f) => f.person.firstName()],
  [/^(last_?name|surname|family_?name)$/i, (f) => f.person.lastName()],
  [/(^|_)(user_?name|login|handle)$/i, (f) => f.internet.username()],
  [/(full_?name|^name$|author|owner|customer|contact)/i, (f) => f.person.fullName()],
  [/phone|mobile|tel/i, (f) => f.phone.number()],
  [/(^|_)(url|link|href|website|homepage)$/i, (f) => f.internet.url()],
  [/image|avatar|photo|thumbnail/i, (f) => f.image.url()],
  [/street|address/i, (f) => f.location.streetAddress()],
  [/city|town/i, (f) => f.location.city()],
  [/country_?code/i, (f) => f.location.countryCode()],
  [/country/i, (f) => f.location.country()],
  [/state|province|region/i, (f) => f.location.state()],
  [/zip|postal|postcode/i, (f) => f.location.zipCode()],
  [/currency/i, (f) => f.finance.currencyCode()],
  [/company|organi[sz]ation|employer|brand/i, (f) => f.company.name()],
  [/(^|_)(ip|ip_?address)$/i, (f) => f.internet.ipv4()],
  [/(^|_)(uuid|guid)$/i, (f) => f.string.uuid()],
  [/(^|_)id$|Id$/, (f) => f.string.alphanumeric({ length: 10, casing: 'lower' })],
  [/date|_at$|time/i, (f) => f.date.recent({ days: 60 }).toISOString()],
  [/color|colour/i, (f) => f.color.human()],
  [/(^|_)(lang|language|locale)$/i, () => 'en'],
  [/status|state/i, (f) => f.helpers.arrayElement(['active', 'pending', 'completed'])],
  [/title|headline|subject/i, (f) => f.book.title()],
  [/^(message|status_?message|detail)$/i, (f) => f.helpers.arrayElement(['Request completed successfully.', 'Operation completed.', 'The request was processed.', 'Done.'])],
  [/description|summary|text|body|content|comment|note|review/i, (f) => f.company.catchPhrase()],
  [/token|key|secret|hash/i, (f) => f.string.alphanumeric(24)],
  [/code/i, (f) => f.string.alphanumeric({ length: 6, casing: 'upper' })],
];

const STRING_BY_FORMAT: Record<string, (faker: Faker) => string> = {
  'date-time': (f) => f.date.recent({ days: 60 }).toISOString(),
  date: (f) => f.date.recent({ days: 60 }).toISOString().slice(0, 10),
  time: (f) => f.date.recent().toISOString().slice(11, 19),
  email: (f) => f.internet.email(),
  uri: (f) => f.internet.url(),
  url: (f) => f.internet.url(),
  'uri-reference': (f) => `/${f.lorem.slug()}`,
  uuid: (f) => f.string.uuid(),
  ipv4: (f) => f.internet.ipv4(),
  ipv6: (f) => f.internet.ipv6(),
  hostname: (f) => f.internet.domainName(),
  duration: (f) => `PT${f.number.int({ min: 1, max: 59 })}M`,
};

function resolveRef(schema: Schema, root: Schema): Schema {
  let current = schema;
  for (let hops = 0; typeof current['$ref'] === 'string' && hops < 20; hops += 1) {
    const ref = current['$ref'] as string;
    if (!ref.startsWith('#')) return {};
    const target = ref
      .slice(1)
      .split('/')
      .filter(Boolean)
      .reduce<unknown>((node, part) => (node as Schema | undefined)?.[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))], root);
    const { $ref: _ignored, ...rest } = current;
    current = { ...(target as Schema | undefined), ...rest };
  }
  return current;
}

function pickType(schema: Schema, faker: Faker): string | undefined {
  const type = schema['type'];
  if (Array.isArray(type)) {
    const concrete = type.filter((entry) => entry !== 'null');
    return (concrete.length > 0 ? faker.helpers.arrayElement(concrete) : 'null') as string;
  }
  if (typeof type === 'string') return type;
  if (schema['properties'] !== undefined) return 'object';
  if (schema['items'] !== undefined || schema['prefixItems'] !== undefined) return 'array';
  return undefined;
}

function generateString(schema: Schema, name: string, faker: Faker): string {
  const minLength = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
  const maxLength = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : undefined;
  let value: string | undefined;
  if (typeof schema['pattern'] === 'string') {
    try {
      const generator = new RandExp(schema['pattern']);
      generator.max = 8;
      generator.randInt = (low: number, high: number) => faker.number.int({ min: low, max: high });
      value = generator.gen();
    } catch {
      value = undefined;
    }
  }
  const format = typeof schema['format'] === 'string' ? STRING_BY_FORMAT[schema['format']] : undefined;
  if (value === undefined && format) value = format(faker);
  if (value === undefined) value = STRING_BY_NAME.find(([pattern]) => pattern.test(name))?.[1](faker);
  if (value === undefined) value = faker.word.words({ count: { min: 1, max: 3 } });
  if (value.length < minLength) value = value.padEnd(minLength, faker.string.alpha(minLength));
  if (maxLength !== undefined && value.length > maxLength) value = value.slice(0, maxLength);
  return value;
}

function generateNumber(schema: Schema, name: string, integer: boolean, faker: Faker): number {
  const exclusiveMin = typeof schema['exclusiveMinimum'] === 'number' ? schema['exclusiveMinimum'] : undefined;
  const exclusiveMax = typeof schema['exclusiveMaximum'] === 'number' ? schema['exclusiveMaximum'] : undefined;
  let [low, high] = /price|amount|cost|total|balance|salary/i.test(name)
    ? [1, 1000]
    : /lat/i.test(name)
      ? [-90, 90]
      : /lon|lng/i.test(name)
        ? [-180, 180]
        : /year/i.test(name)
          ? [1990, 2026]
          : /age/i.test(name)
            ? [1, 99]
            : /rating|score/i.test(name)
              ? [0, 5]
              : [0, 1000];
  if (typeof schema['minimum'] === 'number') low = schema['minimum'];
  if (typeof schema['maximum'] === 'number') high = schema['maximum'];
  if (exclusiveMin !== undefined) low = integer ? Math.floor(exclusiveMin) + 1 : exclusiveMin + 1e-6;
  if (exclusiveMax !== undefined) high = integer ? Math.ceil(exclusiveMax) - 1 : exclusiveMax - 1e-6;
  if (high < low) high = low;
  const step = typeof schema['multipleOf'] === 'number' && schema['multipleOf'] > 0 ? schema['multipleOf'] : undefined;
  if (step !== undefined) {
    const first = Math.ceil(low / step);
    const last = Math.floor(high / step);
    return faker.number.int({ min: first, max: Math.max(first, last) }) * step;
  }
  if (integer) return faker.number.int({ min: Math.ceil(low), max: Math.floor(high) });
  return faker.number.float({ min: low, max: high, fractionDigits: 2 });
}

/** Whether a scalar argument may stand in for a property (same JSON type; the result is validated after). */
function fitsType(value: unknown, schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null || (typeof value === 'object' && value !== null)) return false;
  const declared = (schema as Schema)['type'];
  const types = Array.isArray(declared) ? declared : [declared];
  if (typeof value === 'string') return types.includes('string');
  if (typeof value === 'boolean') return types.includes('boolean');
  if (typeof value === 'number') return types.includes('number') || (types.includes('integer') && Number.isInteger(value));
  return false;
}

/**
 * A plausible value for a JSON Schema, drawn from faker (seeded by the caller): honours type, enum,
 * const, format, pattern, bounds, required properties, array sizes, `$ref`, `anyOf`/`oneOf`/`allOf`,
 * and picks realistic strings and numbers from property names.
 */
export function generateValue(input: unknown, name: string, options: GenerateOptions, depth = 0): unknown {
  const { faker } = options;
  if (input === true || input === undefined) return faker.word.noun();
  if (typeof input !== 'object' || input === null) return null;
  const schema = resolveRef(input as Schema, options.root);
  if ('const' in schema) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return faker.helpers.arrayElement(schema['enum']);
  if ('default' in schema && faker.datatype.boolean(0.2)) return schema['default'];
  const choices = (schema['oneOf'] ?? schema['anyOf']) as unknown[] | undefined;
  if (Array.isArray(choices) && choices.length > 0) {
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
    return generateValue({ ...rest, ...(faker.helpers.arrayElement(choices) as Schema) }, name, options, depth);
  }
  if (Array.isArray(schema['allOf'])) {
    const { allOf, ...rest } = schema;
    const merged = (allOf as Schema[]).reduce<Schema>((all, part) => {
      const resolved = resolveRef(part, options.root);
      return { ...all, ...resolved, properties: { ...(all['properties'] as Schema), ...(resolved['properties'] as Schema) }, required: [...((all['required'] as string[]) ?? []), ...((resolved['required'] as string[]) ?? [])] };
    }, rest);
    return generateValue(merged, name, options, depth);
  }
  switch (pickType(schema, faker)) {
    case 'null':
      return null;
    case 'boolean':
      return faker.datatype.boolean();
    case 'integer':
      return generateNumber(schema, name, true, faker);
    case 'number':
      return generateNumber(schema, name, false, faker);
    case 'array': {
      if (depth >= MAX_DEPTH) return [];
      const prefix = Array.isArray(schema['prefixItems']) ? (schema['prefixItems'] as unknown[]) : [];
      const minItems = typeof schema['minItems'] === 'number' ? schema['minItems'] : prefix.length > 0 ? prefix.length : 1;
      const maxItems = typeof schema['maxItems'] === 'number' ? schema['maxItems'] : Math.max(minItems, prefix.length, 3);
      const count = faker.number.int({ min: minItems, max: Math.max(minItems, Math.min(maxItems, minItems + 3)) });
      const singular = name.replace(/s$/, '');
      const items: unknown[] = [];
      const seen = new Set<string>();
      for (let index = 0; index < count && items.length < count; index += 1) {
        const itemSchema = index < prefix.length ? prefix[index] : schema['items'] === false ? undefined : schema['items'];
        if (itemSchema === undefined && index >= prefix.length) break;
        const item = generateValue(itemSchema, singular, options, depth + 1);
        const key = JSON.stringify(item);
        if (schema['uniqueItems'] === true && seen.has(key)) continue;
        seen.add(key);
        items.push(item);
      }
      return items;
    }
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
      const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
      const result: Record<string, unknown> = {};
      for (const [key, propertySchema] of Object.entries(properties)) {
        if (!required.has(key) && (depth >= MAX_DEPTH - 1 || !faker.datatype.boolean(options.optionalRate ?? 0.6))) continue;
        const echoed = options.echo?.[key];
        result[key] = echoed !== undefined && fitsType(echoed, propertySchema) ? echoed : generateValue(propertySchema, key, options, depth + 1);
      }
      for (const key of required) if (!(key in result)) result[key] = generateValue(undefined, key, options, depth + 1);
      return result;
    }
    case 'string':
    default:
      return generateString(schema, name, faker);
  }
}
