import type { Faker } from '@faker-js/faker';
import { dateDirection, dateNear, formatDate, isoDate, isoDateTime } from './dates.js';
import * as lexicon from './lexicon.js';
import type { Topic } from './topic.js';

/** What every string maker gets: the seeded faker, the reference instant, the tool's topic, the property's name. */
export interface ValueRequest {
  faker: Faker;
  reference: number;
  topic: Topic;
  /** The property name split into lower-case words (`idBoard` → `id`, `board`). */
  words: string[];
  /** Those words joined by `_`. */
  snake: string;
}

export type Maker = (request: ValueRequest) => string;

export const hex = (faker: Faker, length: number): string => faker.string.hexadecimal({ length, casing: 'lower', prefix: '' });
export const pick = <T>(faker: Faker, items: readonly T[]): T => faker.helpers.arrayElement(items);
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The noun a property is about, in front of its last word (`player_name` → `player`), else the tool's entity. */
export function subjectNoun(request: ValueRequest, generic: RegExp): string {
  const words = request.words.filter((word) => !generic.test(word) && word !== 'x' && word !== 'ms');
  return words.at(-1) ?? request.topic.entity;
}

function shortPrefix(noun: string): string {
  const clean = noun.toLowerCase().replace(/[^a-z]/g, '');
  if (clean.length <= 5) return clean || 'id';
  return (clean[0] ?? 'x') + clean.slice(1).replace(/[aeiou]/g, '').slice(0, 2);
}

/** An id in a common API style: `ord_8f3k2a91xq` for an order. */
export function prefixedId(request: ValueRequest, noun: string): string {
  return `${shortPrefix(noun)}_${request.faker.string.alphanumeric({ length: 10, casing: 'lower' })}`;
}

export function city(faker: Faker): (typeof lexicon.CITIES)[number] {
  return pick(faker, lexicon.CITIES);
}

/** `Seattle, WA` or `Paris, France`, as people write places. */
export function place(faker: Faker): string {
  const [name, region, country] = city(faker);
  if (country === 'US' || country === 'CA' || country === 'AU') return `${name}, ${region}`;
  return `${name}, ${lexicon.COUNTRIES.find(([, code]) => code === country)?.[0] ?? country}`;
}

export function personName(faker: Faker): string {
  return `${faker.person.firstName()} ${faker.person.lastName()}`;
}

export function sentence(request: ValueRequest): string {
  return pick(request.faker, lexicon.SENTENCES).replace('{thing}', request.topic.entity.replace(/_/g, ' '));
}

/** A name for a thing of kind `noun` that has no lexicon: `Product Launch Board`, `Engineering Checklist`. */
export function thingName(request: ValueRequest, noun: string): string {
  const known = lexicon.THING_NAMES[noun.toLowerCase().replace(/[^a-z]/g, '')];
  if (known !== undefined) return pick(request.faker, known);
  return `${pick(request.faker, lexicon.NAME_QUALIFIERS)} ${capitalise(noun.replace(/_/g, ' '))}`;
}

/** A cloud resource name: `orders-db-02`, `rg-analytics-prod`. */
export function resourceName(request: ValueRequest, noun: string): string {
  const { faker } = request;
  const word = pick(faker, lexicon.RESOURCE_WORDS);
  const kind = noun.toLowerCase().replace(/[^a-z]/g, '');
  const short: Record<string, string> = { group: 'rg', resourcegroup: 'rg', database: 'db', server: 'srv', cluster: 'cluster', account: 'acct', storage: 'st', vault: 'kv', gateway: 'gw', network: 'vnet', bucket: 'bucket', table: 'table', queue: 'queue', function: 'fn', app: 'app' };
  return faker.datatype.boolean() ? `${short[kind] ?? kind}-${word}-${pick(faker, ['prod', 'dev', '01', '02', 'eastus', 'staging'])}` : `${word}-${short[kind] ?? kind}-${faker.number.int({ min: 1, max: 9 }).toString().padStart(2, '0')}`;
}

export function fileName(faker: Faker, extension?: string): string {
  return `${pick(faker, lexicon.FILE_STEMS)}.${extension ?? pick(faker, lexicon.MIME_TYPES)[1]}`;
}

export function sportOf(topic: Topic, faker: Faker): string {
  return topic.sport ?? pick(faker, ['basketball', 'soccer', 'football', 'baseball']);
}

export function fromSport(table: Record<string, readonly string[]>, request: ValueRequest): string {
  return pick(request.faker, table[sportOf(request.topic, request.faker)] ?? table['soccer'] ?? ['']);
}

/** A short search query on the tool's topic: `best espresso machine`, `Italian restaurants in Austin, TX`. */
export function searchQuery(request: ValueRequest, subject?: string): string {
  const { faker, topic } = request;
  const about = subject ?? (topic.words.slice(-2).join(' ') || 'weather');
  switch (faker.number.int({ min: 0, max: 3 })) {
    case 0:
      return about;
    case 1:
      return `${pick(faker, lexicon.SEARCH_QUALIFIERS)} ${about}`;
    case 2:
      return `${about} in ${city(faker)[0]}`;
    default:
      return `${about} ${new Date(request.reference).getUTCFullYear()}`;
  }
}

export function dateString(request: ValueRequest, pattern?: string): string {
  const date = dateNear(request.faker, request.reference, dateDirection(request.snake));
  if (pattern !== undefined) return formatDate(date, pattern);
  return /(^|_)(date|day|dob|birthday)$/.test(request.snake) ? isoDate(date) : isoDateTime(date);
}

/** A version in the style the name suggests: `2023-10-01` for an API version header, `1.4.2` otherwise. */
export function version(request: ValueRequest): string {
  const { faker } = request;
  if (/(^|_)(api_version|ms_version)$/.test(request.snake)) {
    const year = new Date(request.reference).getUTCFullYear() - faker.number.int({ min: 0, max: 3 });
    return `${year}-${pick(faker, ['01-01', '03-01', '04-01', '06-01', '07-01', '09-01', '10-01', '11-01'])}${faker.datatype.boolean(0.15) ? '-preview' : ''}`;
  }
  return pick(faker, [`${faker.number.int({ min: 1, max: 3 })}.${faker.number.int({ min: 0, max: 9 })}`, `${faker.number.int({ min: 1, max: 4 })}.${faker.number.int({ min: 0, max: 12 })}.${faker.number.int({ min: 0, max: 9 })}`, `v${faker.number.int({ min: 1, max: 3 })}`]);
}

export function jwt(faker: Faker): string {
  const part = (length: number): string => faker.string.alphanumeric(length).replace(/^./, 'e');
  return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${part(48)}.${faker.string.alphanumeric(43)}`;
}

export function credentialScope(request: ValueRequest): string {
  const date = formatDate(dateNear(request.faker, request.reference, 'past'), 'YYYYMMDD');
  return `AKIA${request.faker.string.alphanumeric({ length: 16, casing: 'upper' })}/${date}/${pick(request.faker, ['us-east-1', 'us-west-2', 'eu-west-1'])}/${request.topic.words[0] ?? 'execute-api'}/aws4_request`;
}
