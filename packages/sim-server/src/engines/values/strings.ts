import RandExpModule from 'randexp';
import { dateDirection, dateNear, formatDate, isoDate, isoDateTime, isoTime } from './dates.js';
import { descriptionHints, type DescriptionHints } from './description-hints.js';
import * as make from './entities.js';
import type { ValueRequest } from './entities.js';
import * as lexicon from './lexicon.js';
import { nameRule } from './name-rules.js';
import { numberKeyword, type Schema } from './schema-tools.js';

// randexp is CommonJS: its types put the class on `.default`, its runtime exports the class itself.
type RandExpClass = typeof RandExpModule.default;
const RandExp: RandExpClass = (RandExpModule as unknown as { default?: RandExpClass }).default ?? (RandExpModule as unknown as RandExpClass);

const { pick } = make;

/** Strings for a `format`, shaped by the property name where it helps (`created_at` in the past). */
const BY_FORMAT: Record<string, (request: ValueRequest) => string> = {
  'date-time': (r) => isoDateTime(dateNear(r.faker, r.reference, dateDirection(r.snake))),
  'iso-date-time': (r) => isoDateTime(dateNear(r.faker, r.reference, dateDirection(r.snake))),
  date: (r) => isoDate(dateNear(r.faker, r.reference, dateDirection(r.snake))),
  time: (r) => isoTime(dateNear(r.faker, r.reference, 'near')),
  'iso-time': (r) => isoTime(dateNear(r.faker, r.reference, 'near')),
  email: (r) => (nameRule('email') as make.Maker)(r),
  'idn-email': (r) => (nameRule('email') as make.Maker)(r),
  uri: (r) => urlFor(r),
  url: (r) => urlFor(r),
  iri: (r) => urlFor(r),
  'uri-reference': (r) => `/${r.topic.entity}s/${r.faker.string.alphanumeric({ length: 8, casing: 'lower' })}`,
  'uri-template': (r) => `https://api.example.com/${r.topic.entity}s/{id}`,
  'json-pointer': (r) => `/${r.topic.entity}/0/name`,
  'relative-json-pointer': () => '0/name',
  uuid: (r) => r.faker.string.uuid(),
  ipv4: (r) => r.faker.internet.ipv4(),
  ipv6: (r) => r.faker.internet.ipv6(),
  hostname: (r) => (nameRule('hostname') as make.Maker)(r),
  'idn-hostname': (r) => (nameRule('hostname') as make.Maker)(r),
  duration: (r) => pick(r.faker, ['PT30M', 'PT1H', 'P1D', 'PT15M', 'P7D', 'PT2H30M']),
  byte: (r) => Buffer.from(`${make.sentence(r)}`).toString('base64'),
  regex: () => '^[a-z0-9-]+$',
  phone: (r) => (nameRule('phone') as make.Maker)(r),
  'country-code': (r) => pick(r.faker, lexicon.COUNTRIES)[1],
  currency: (r) => r.faker.finance.currencyCode(),
};

function urlFor(request: ValueRequest): string {
  const named = nameRule(request.snake)?.(request);
  return named !== undefined && /^https?:\/\//.test(named) ? named : (nameRule('url') as make.Maker)(request);
}

const patterns = new Map<string, { regex: RegExp; generator: InstanceType<RandExpClass> } | null>();

function compiled(pattern: string): { regex: RegExp; generator: InstanceType<RandExpClass> } | undefined {
  let entry = patterns.get(pattern);
  if (entry === undefined) {
    try {
      const generator = new RandExp(pattern);
      generator.max = 6;
      entry = { regex: new RegExp(pattern, 'u'), generator };
    } catch {
      entry = null;
    }
    if (patterns.size > 20_000) patterns.clear();
    patterns.set(pattern, entry);
  }
  return entry ?? undefined;
}

function fromStandard(standard: NonNullable<DescriptionHints['standard']>, request: ValueRequest): string {
  switch (standard) {
    case 'country':
      return pick(request.faker, lexicon.COUNTRIES)[1];
    case 'country3':
      return pick(request.faker, lexicon.COUNTRIES)[2];
    case 'currency':
      return request.faker.finance.currencyCode();
    case 'language':
      return request.faker.location.language().alpha2;
    case 'locale':
      return pick(request.faker, lexicon.LOCALES);
    default:
      return (nameRule('phone') as make.Maker)(request);
  }
}

/** The value the description asks for, when it says enough. */
function fromDescription(hints: DescriptionHints, request: ValueRequest): string | undefined {
  const { faker } = request;
  if (hints.allowed.length > 0 && faker.datatype.boolean(0.9)) {
    if (hints.commaList && hints.allowed.length > 1) return faker.helpers.arrayElements(hints.allowed, { min: 1, max: Math.min(3, hints.allowed.length) }).join(',');
    return pick(faker, hints.allowed);
  }
  if (hints.examples.length > 0 && faker.datatype.boolean(0.6)) return pick(faker, hints.examples);
  if (hints.standard !== undefined) return fromStandard(hints.standard, request);
  if (hints.dateFormat !== undefined) return formatDate(dateNear(faker, request.reference, dateDirection(request.snake)), hints.dateFormat);
  if (hints.epoch !== undefined) {
    const time = dateNear(faker, request.reference, dateDirection(request.snake)).getTime();
    return String(hints.epoch === 'ms' ? time : Math.floor(time / 1000));
  }
  if (hints.isoDateTime) return isoDateTime(dateNear(faker, request.reference, dateDirection(request.snake)));
  return undefined;
}

/** When nothing is known of a string: a short noun phrase from its name and the tool's topic. */
function fromNameAndTopic(request: ValueRequest): string {
  const words = request.words.filter((word) => !/^(x|val|value|param|str|string|data|input|arg|\d+)$/.test(word));
  const subject = words.length > 0 ? words.join(' ') : request.topic.entity;
  const context = request.topic.words.find((word) => !words.includes(word) && word !== subject);
  if (words.length === 0) return make.thingName(request, request.topic.entity);
  return context !== undefined && request.faker.datatype.boolean(0.6) ? `${context} ${subject}` : `${subject} ${pick(request.faker, ['A', 'B', '1', '2', '3'])}`;
}

function fits(value: string, minLength: number, maxLength: number, regex: RegExp | undefined): boolean {
  const length = [...value].length;
  return length >= minLength && length <= maxLength && (regex === undefined || regex.test(value));
}

/**
 * A string for `schema` named `request.words`: format, then pattern, then the description's hints,
 * then the name rules (on the name, then on what the description says the value is), then a noun
 * phrase from the name and the tool's topic. A candidate that breaks `pattern` or the length bounds
 * gives way to the next source; the pattern itself, then characters of the right length, come last.
 */
export function generateString(schema: Schema, request: ValueRequest): string {
  const minLength = numberKeyword(schema, 'minLength') ?? 0;
  const maxLength = numberKeyword(schema, 'maxLength') ?? Infinity;
  const pattern = typeof schema['pattern'] === 'string' ? compiled(schema['pattern']) : undefined;
  const regex = pattern?.regex;
  const hints = descriptionHints(schema);
  const format = typeof schema['format'] === 'string' ? BY_FORMAT[schema['format']] : undefined;
  const candidates: Array<() => string | undefined> = [
    () => format?.(request),
    () => fromDescription(hints, request),
    () => nameRule(request.snake)?.(request),
    () => {
      if (hints.subject === undefined) return undefined;
      const words = hints.subject.split('_');
      return nameRule(hints.subject)?.({ ...request, words, snake: hints.subject });
    },
    () => fromNameAndTopic(request),
  ];
  for (const candidate of candidates) {
    const value = candidate();
    if (value !== undefined && fits(value, minLength, maxLength, regex)) return value;
    // a long sentence may be cut at a word to fit maxLength
    if (value !== undefined && regex === undefined && value.length > maxLength && maxLength >= 8 && / /.test(value)) {
      const cut = value.slice(0, maxLength).replace(/\s+\S*$/, '').trim();
      if (fits(cut, minLength, maxLength, undefined)) return cut;
    }
  }
  if (pattern !== undefined) {
    pattern.generator.randInt = (low: number, high: number) => request.faker.number.int({ min: low, max: high });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const value = pattern.generator.gen();
      if (fits(value, minLength, maxLength, undefined)) return value;
    }
    const value = pattern.generator.gen();
    if (value.length > maxLength) return value.slice(0, maxLength);
    return value;
  }
  const length = Math.max(minLength, Math.min(maxLength, 12));
  return request.faker.string.alphanumeric({ length, casing: 'lower' });
}
