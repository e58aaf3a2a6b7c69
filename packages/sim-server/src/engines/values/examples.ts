import type { Faker } from '@faker-js/faker';
import { dataExample, describedAsIdentifier } from './description-hints.js';
import { literalFits, type Schema } from './schema-tools.js';
import { hasServices, PROVIDER_SERVICES } from '../provider-services.js';

/** Defaults that name a moment rather than give a value (`today`, `now`): the server resolves them, a client sends a value. */
const RELATIVE_DEFAULT = /^(today|now|latest|current|yesterday|tomorrow)$/i;

/** An id-like example (never a date: `2025-10-15T13:51:02Z` is a moment, not a shape of characters). */
const ID_LIKE = /^(?!\d{4}-\d{2}-\d{2})(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_.:-]{6,}$/;
/** Hex digits in groups (`722d30b2-b46f-4ed4-a8cd-16d262180d37`, `DEADBEEF`): each stays a hex digit, so a UUID stays a UUID. */
const HEX_GROUPS = /^(?=[^g-z]*[a-f])[0-9a-f]+([-_.:][0-9a-f]+)*$|^(?=[^G-Z]*[A-F])[0-9A-F]+([-_.:][0-9A-F]+)*$/;

/**
 * A fresh value in the shape of an example id (`4iV5W9uYEdYUVa79Axb7Rh` → another 22 characters of
 * the same classes; `ord-10442` → `ord-83107`): letters of a prefix before a separator are kept.
 */
export function sameShape(example: string, faker: Faker): string {
  const cut = example.search(/[_\-:/.]/);
  const keep = cut > 0 && cut <= 6 && /^[A-Za-z]+$/.test(example.slice(0, cut)) ? cut + 1 : 0;
  const hex = HEX_GROUPS.test(example.slice(keep));
  const casing = /[A-F]/.test(example.slice(keep)) ? 'upper' : 'lower';
  let out = example.slice(0, keep);
  for (const character of example.slice(keep)) {
    if (hex && /[0-9a-f]/i.test(character)) out += faker.string.hexadecimal({ length: 1, casing, prefix: '' });
    else if (/[0-9]/.test(character)) out += faker.string.numeric(1);
    else if (/[a-z]/.test(character)) out += faker.string.alpha({ length: 1, casing: 'lower' });
    else if (/[A-Z]/.test(character)) out += faker.string.alpha({ length: 1, casing: 'upper' });
    else out += character;
  }
  return out;
}

const DOMAIN_NAME = /^(?=.*[a-z])[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const FILE_NAME =
  /\.(pdf|png|jpe?g|gif|txt|csv|json|xml|dll|exe|zip|gz|tar|html?|docx?|xlsx?|js|ts|py|md|so|mp[34]|wav|svg|ya?ml|bin|log)$/i;
const VERSION = /^v?\d+(\.\d+){1,2}$/;
const PROVIDER_DOMAINS = [
  'googleapis.com',
  'azure.com',
  'amazonaws.com',
  'github.com',
  'stripe.com',
  'twilio.com',
  'slack.com',
  'atlassian.com',
  'spotify.com',
  'nytimes.com',
];

/** When every string example is a domain name or a version: an example, or another value of that kind. */
function shapedLike(examples: unknown[], schema: Schema, faker: Faker, own: readonly string[] = []): string | undefined {
  if (!examples.every((example) => typeof example === 'string')) return undefined;
  const strings = examples as string[];
  const example = faker.helpers.arrayElement(strings);
  if (strings.every((value) => VERSION.test(value))) {
    if (faker.datatype.boolean(0.6)) return example;
    const parts = example.replace(/^v/, '').split('.');
    const other = `${example.startsWith('v') ? 'v' : ''}${parts.map((part, index) => (index === 0 ? String(faker.number.int({ min: 1, max: 3 })) : String(faker.number.int({ min: 0, max: 9 })))).join('.')}`;
    return literalFits(other, schema) ? other : example;
  }
  if (strings.every((value) => DOMAIN_NAME.test(value) && !FILE_NAME.test(value))) {
    // a tool that lists a provider's services is asked about a provider that has some (a provider of
    // one API, `apis.guru`, lists only the empty service name: a question with nothing to answer)
    // (nor one drawn from the other domains below: `spotify.com` publishes one API too)
    if (own.some((word) => /^services?$/i.test(word))) {
      const other = faker.helpers.arrayElement(Object.keys(PROVIDER_SERVICES));
      if (hasServices(example) && faker.datatype.boolean(0.6)) return example;
      if (literalFits(other, schema)) return other;
    }
    if (faker.datatype.boolean(0.6)) return example;
    const other = faker.helpers.arrayElement(PROVIDER_DOMAINS);
    return literalFits(other, schema) ? other : example;
  }
  return undefined;
}

/** Words of a description that say a number measures something (a reading, a price, an index), so its example is one reading of many. */
const MEASURE_WORDS =
  /\b(between|index|subindex|price|cost|value|level|amount|rate|emission|score|reading|temperature|speed|duration|percent|percentage|share|per|kwh|mwh|g\/kwh|cents?|eur|usd|degrees?)\b|%|\d\s*[-–]\s*\d/i;
/** Words that say a number names something or is fixed by the API (an id, a code, a status, a version, a year, a port). */
const FIXED_WORDS = /\b(id|ids|identifier|code|status|version|year|port|zip|postcode|postal|phone|page|offset|limit)\b/i;

/** Words of a description that say a number is a share of one (a phase, a fraction, a probability). */
const FRACTION_WORDS = /\b(phase|fraction|probability|ratio|illumination|lunation|share)\b/i;

/** A number between 0 and 1 whose description says it is a share of one: a value near it stays at most 1. */
function fractionOfOne(schema: Schema, example: number): boolean {
  return example > 0 && example <= 1 && FRACTION_WORDS.test(String(schema['description'] ?? ''));
}

/** Words that say a percent may pass 100 or fall below 0 (a change, a growth, a return). */
const SIGNED_PERCENT = /\b(change[sd]?|growth|increase|decrease|difference|delta|return|gain|loss|deviation|variance)\b/i;

/**
 * A share given in percent ("Chance of Precipitation as a percentage (%)", "Relative humidity (%)") stays
 * within 0–100: a value drawn near the example past 100 is mirrored back below it (75 × 1.4 gives 95, never 105).
 */
export function withinPercent(schema: Schema, value: number): number {
  const text = String(schema['description'] ?? '');
  if (!/\bper ?cent(age)?\b|%/i.test(text) || SIGNED_PERCENT.test(text)) return value;
  const mirrored = value > 100 ? 200 - value : value < 0 ? -value : value;
  const inside = Math.min(100, Math.max(0, mirrored));
  return Number.isInteger(value) ? Math.round(inside) : Number(inside.toFixed(2));
}

/** An integer whose example is one reading among many: its description speaks of a measure and of nothing that names or fixes it. */
function measuredInteger(schema: Schema): boolean {
  const description = typeof schema['description'] === 'string' ? schema['description'] : '';
  return MEASURE_WORDS.test(description) && !FIXED_WORDS.test(description) && schema['enum'] === undefined && schema['const'] === undefined;
}

/**
 * A value from the schema's own `examples` (the importers keep OpenAPI `example`s there) or
 * `default`, when one fits: verbatim most of the time, an id-like string sometimes in the same
 * shape so calls differ. Object and array examples are not used (a default object is copied).
 */
export function fromExamples(schema: Schema, faker: Faker, own: readonly string[] = []): { value: unknown } | undefined {
  const identifier = describedAsIdentifier(schema);
  // an identifier has no spaces: an example that does (a JSON body under "An Ensembl gene identifier") is the spec's slip
  const examples = Array.isArray(schema['examples'])
    ? (schema['examples'] as unknown[]).filter(
        (example) =>
          example !== null &&
          dataExample(example) &&
          literalFits(example, schema) &&
          !(identifier && typeof example === 'string' && /\s/.test(example.trim())),
      )
    : [];
  // An object or array example is one moment of the API (a spec's sample response, keyed by its own
  // dates and regions): copied, it would ignore what the call asked for, so the schema builds one instead.
  if (examples.length > 0 && typeof examples[0] !== 'object') {
    // a domain name or a version leaves room only for another of its kind (never a company name for `apis.guru`)
    const shaped = shapedLike(examples, schema, faker, own);
    if (shaped !== undefined) return { value: shaped };
    const idLike = typeof examples[0] === 'string' && ID_LIKE.test(examples[0]);
    // an id-like example always gives the shape (an API's ids look alike); prose and objects leave room for other values
    if (idLike || faker.datatype.boolean(0.7)) {
      const example = faker.helpers.arrayElement(examples);
      if (typeof example === 'string' && ID_LIKE.test(example) && faker.datatype.boolean(0.5)) {
        const shaped = sameShape(example, faker);
        return { value: literalFits(shaped, schema) ? shaped : example };
      }
      if (typeof example === 'number' && Number.isInteger(example) && measuredInteger(schema) && Math.abs(example) >= 2) {
        // a measured count or index (`gsi: 43`, "between 0-100"; a price "in EUR per MWh") varies too: the
        // spec's one example in every record, and in every field that shares it, reads as a placeholder
        // (a `number` with a whole example, a price, keeps cents)
        const factor = faker.number.float({ min: 0.6, max: 1.4 });
        const drawn = schema['type'] === 'number' ? Number((example * factor).toFixed(2)) : Math.round(example * factor);
        const near = withinPercent(schema, drawn);
        if (literalFits(near, schema)) return { value: near };
      }
      if (typeof example === 'number' && !Number.isInteger(example)) {
        // a measured value (`0.2345677`) varies from record to record: one near the example, as precise
        const decimals = Math.min(6, (String(example).split('.')[1] ?? '').length);
        const near = Number((example * faker.number.float({ min: 0.6, max: 1.4 })).toFixed(decimals));
        // a phase, fraction or probability (`moon_phase: 0.87`) stays within 0–1
        const bounded = fractionOfOne(schema, example) ? Math.min(1, near) : withinPercent(schema, near);
        if (literalFits(bounded, schema)) return { value: bounded };
      }
      return { value: example };
    }
  }
  if (
    'default' in schema &&
    schema['default'] !== null &&
    schema['default'] !== '' &&
    dataExample(schema['default']) &&
    !(typeof schema['default'] === 'string' && RELATIVE_DEFAULT.test(schema['default'])) &&
    literalFits(schema['default'], schema) &&
    faker.datatype.boolean(0.25)
  ) {
    const fallback = schema['default'];
    return { value: typeof fallback === 'object' ? structuredClone(fallback) : fallback };
  }
  return undefined;
}
