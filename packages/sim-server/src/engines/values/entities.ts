import type { Faker } from '@faker-js/faker';
import { dateDirection, dateNear, formatDate, isoDate, isoDateTime } from './dates.js';
import { byMeaning, fieldOf, fieldSentence, fieldTitle, kindName } from './kinds.js';
import * as lexicon from './lexicon.js';
import { BOOKS } from './famous-facts.js';
import { regionalCity } from './regions.js';
import { serviceId } from './service-ids.js';
import { agentNoun, neutralName } from './products.js';
import type { Topic } from './topic.js';
import { authoredText } from './authored-texts.js';
import { nounThing } from './noun-things.js';

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

/** The noun a property is about, in front of its last word (`player_name` → `player`), else the tool's entity. */
export function subjectNoun(request: ValueRequest, generic: RegExp): string {
  const words = request.words.filter((word) => !generic.test(word) && word !== 'x' && word !== 'ms');
  return words.at(-1) ?? request.topic.entity;
}

/** An id where the schema shows no shape: one a real service would give (`serviceId`: `4829130`, a news post's `20250412-000318`). */
export function prefixedId(request: ValueRequest, noun: string): string {
  return serviceId(
    noun,
    () => request.faker.number.float({ min: 0, max: 1 - Number.EPSILON }),
    new Date(request.reference).getUTCFullYear(),
    request.reference,
  );
}

/** A city: one of the API's own area when its topic names one (`regionalCity`), else one of the world's. */
export function city(faker: Faker, topic?: Pick<Topic, 'text' | 'host'>): (typeof lexicon.CITIES)[number] {
  return regionalCity(faker, topic) ?? pick(faker, lexicon.CITIES);
}

/** `Seattle, WA` or `Paris, France`, as people write places; `Kamloops, BC` for a British Columbia API. */
export function place(faker: Faker, topic?: Pick<Topic, 'text' | 'host'>): string {
  const [name, region, country] = city(faker, topic);
  if (country === 'US' || country === 'CA' || country === 'AU') return `${name}, ${region}`;
  return `${name}, ${lexicon.COUNTRIES.find(([, code]) => code === country)?.[0] ?? country}`;
}

export function personName(faker: Faker): string {
  return `${faker.person.firstName()} ${faker.person.lastName()}`;
}

/** The noun a field is about (`drug_description` → drug), else the tool's entity. */
function aboutNoun(request: ValueRequest): string {
  const own = request.words.filter(
    (word) =>
      !/^(description|summary|details|notes|note|comment|comments|body|content|message|text|name|title|label|display|short|long|full|approved|x)$/.test(
        word,
      ),
  );
  return (own.at(-1) ?? request.topic.entity).toLowerCase().replace(/[^a-z]/g, '');
}

/** From a domain table: the noun's own list, else (with `fallback`) the domain's general one. */
function fromDomain(
  table: Record<string, Record<string, readonly string[]>>,
  request: ValueRequest,
  noun: string,
  fallback: boolean,
): string | undefined {
  const domain = request.topic.domain === undefined ? undefined : table[request.topic.domain];
  if (domain === undefined) return undefined;
  const singular = noun.replace(/ies$/, 'y').replace(/s$/, '');
  const list = domain[singular] ?? domain[request.topic.entity] ?? (fallback ? domain[''] : undefined);
  return list === undefined || list.length === 0 ? undefined : pick(request.faker, list);
}

/** A sentence for a free-text field: about the domain's thing where the tool's field is known, else a plain remark on the record. */
export function sentence(request: ValueRequest): string {
  return (
    fromDomain(lexicon.DOMAIN_SENTENCES, request, aboutNoun(request), true) ??
    fieldSentence(request.faker, request.topic, request.snake) ??
    authoredText(request) ??
    pick(request.faker, lexicon.SENTENCES)
  );
}

const PERSON_NOUNS = /^(minister|author|owner|person|contact|manager|member|editor|reporter|spokesperson|premier|mp|mla)$/;

const TOOL_GENERIC = /^(name|names|key|keys|id|ids|value|values|item|items|detail|details|list|by|get|all|username|user|project)$/;

/** What the tool is about: its entity, or the last of its words that names a thing (`get_brands_key` → brand, `…_envvar_name` → envvar). */
function toolNoun(request: ValueRequest): string {
  if (!TOOL_GENERIC.test(request.topic.entity)) return request.topic.entity;
  const word = [...(request.topic.own ?? request.topic.words)]
    .reverse()
    .find((candidate) => !TOOL_GENERIC.test(candidate) && !/^\d/.test(candidate));
  return (word ?? request.topic.entity).replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/**
 * A name for a thing of kind `noun`: a real one where the domain, the lexicon or a kind rule knows
 * the kind (a hotel's, a committee's, a station's), else a real entity chosen by what the noun means
 * (`byMeaning`); never `Riverside Board` or `Board 42`.
 */
export function thingName(request: ValueRequest, noun: string): string {
  const kind = noun.toLowerCase().replace(/[^a-z]/g, '');
  const own = toolNoun(request);
  // the value of an environment variable is masked as CI services show it
  if (request.words.at(-1) === 'value' && /^env/.test(own))
    return `xxxx${request.faker.string.alphanumeric({ length: 4, casing: 'lower' })}`;
  if (PERSON_NOUNS.test(kind)) return personName(request.faker);
  // someone who acts (`poster`, `uploader`) is a person or an account, whatever the API's field
  if (agentNoun(kind)) return neutralName(request.faker, request.topic, kind);
  const domain = fromDomain(lexicon.DOMAIN_NAMES, request, kind, false);
  if (domain !== undefined) return domain;
  const known = lexicon.THING_NAMES[kind];
  if (known !== undefined) return pick(request.faker, known);
  const real = kindName(request.faker, request.topic, noun);
  if (real !== undefined) return real;
  // a domain's own things before a made-up name
  const generic =
    /^(value|name|title|label|hit|match|result|item|entry|record|relation|related|subject|reference|key|object|entity|top|stattop|suggestion|autocomplete)$/.test(
      kind,
    ) || /^(name|value|title|label)$/.test(request.words.at(-1) ?? '');
  const things = request.topic.domain === undefined || !generic ? undefined : lexicon.DOMAIN_THINGS[request.topic.domain];
  if (things !== undefined) return pick(request.faker, things);
  // `case_name` on a law tool is a case's name ("Roe v. Wade"), not the tool's thing (`personal outcome`)
  const qualifier = request.words.length >= 2 ? request.words.at(-2) : undefined;
  const qualified = generic && qualifier !== undefined ? nounThing(request.faker, request.topic, qualifier) : undefined;
  if (qualified !== undefined) return qualified;
  // a bare `name` or `value` names the tool's own thing
  if (generic && kind !== own) return kindName(request.faker, request.topic, own) ?? byMeaning(request.faker, request.topic, own);
  return byMeaning(request.faker, request.topic, noun, generic || /^(name|title|label|display)$/.test(request.words.at(-1) ?? ''));
}

/** A cloud resource name: `orders-db-02`, `rg-analytics-prod`. */
export function resourceName(request: ValueRequest, noun: string): string {
  const { faker } = request;
  const word = pick(faker, lexicon.RESOURCE_WORDS);
  const kind = noun.toLowerCase().replace(/[^a-z]/g, '');
  const short: Record<string, string> = {
    group: 'rg',
    resourcegroup: 'rg',
    database: 'db',
    server: 'srv',
    cluster: 'cluster',
    account: 'acct',
    storage: 'st',
    vault: 'kv',
    gateway: 'gw',
    network: 'vnet',
    bucket: 'bucket',
    table: 'table',
    queue: 'queue',
    function: 'fn',
    app: 'app',
  };
  return faker.datatype.boolean()
    ? `${short[kind] ?? kind}-${word}-${pick(faker, ['prod', 'dev', '01', '02', 'eastus', 'staging'])}`
    : `${word}-${short[kind] ?? kind}-${faker.number.int({ min: 1, max: 9 }).toString().padStart(2, '0')}`;
}

/** Media a thing carries, by what the field or the tool is about: a fax is a PDF or a TIFF, a photo an image, a recording audio. */
const MEDIA_OF: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bfax(es)?\b/, ['application/pdf', 'image/tiff']],
  [/\b(images?|photos?|pictures?|avatars?|logos?|thumbnails?|gifs?|stickers?)\b/, ['image/jpeg', 'image/png', 'image/gif']],
  [/\b(recordings?|audio|voice|podcasts?|episodes?|songs?|tracks?)\b/, ['audio/mpeg', 'audio/wav']],
  [/\b(videos?|movies?|films?|clips?)\b/, ['video/mp4']],
  [
    /\b(documents?|attachments?|invoices?|reports?|receipts?|contracts?|pdfs?)\b/,
    ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/csv'],
  ],
];

/** A MIME type that fits the thing it describes (fax media → `application/pdf` or `image/tiff`, never `video/mp4`), else a common one. */
export function mimeType(request: ValueRequest): string {
  const own = request.words.join(' ');
  // what a client accepts back from an API is its wire format, whatever the API is about
  if (request.snake === 'accept') return pick(request.faker, ['application/json', 'application/json', 'application/xml', 'text/csv']);
  const media = MEDIA_OF.find(([pattern]) => pattern.test(own))?.[1] ?? MEDIA_OF.find(([pattern]) => pattern.test(request.topic.text))?.[1];
  return media === undefined ? pick(request.faker, lexicon.MIME_TYPES)[0] : pick(request.faker, media);
}

export function fileName(faker: Faker, extension?: string): string {
  return `${pick(faker, lexicon.FILE_STEMS)}.${extension ?? pick(faker, lexicon.MIME_TYPES)[1]}`;
}

/** The sport a tool is about: the one it names, else the one taken for it (so every argument of a tool is of one sport). */
export function sportOf(topic: Topic): string {
  return topic.sport ?? topic.sportTaken ?? 'soccer';
}

export function fromSport(table: Record<string, readonly string[]>, request: ValueRequest): string {
  return pick(request.faker, table[sportOf(request.topic)] ?? table['soccer'] ?? ['']);
}

/** A short search query on the tool's topic: `best espresso machine`, `Italian restaurants in Austin, TX`. */
/** A tool about posts on a social network or a workspace's chat (tweets, a feed, a timeline, messages). */
const SOCIAL_POSTS = /\b(tweets?|twitter|retweets?|hashtags?|timeline|social media|mastodon|toots?|chat messages?|messages? api)\b/;

export function searchQuery(request: ValueRequest, subject?: string): string {
  const { faker, topic } = request;
  // a genetics API is searched for genes and diseases, a news service for news topics, never for the tool's own name
  const domain = topic.domain === undefined ? undefined : lexicon.DOMAIN_QUERIES[topic.domain];
  if (domain !== undefined && subject === undefined) return pick(faker, domain);
  // posts on a social network are searched for what people talk about, never the words of the API's own description
  if (subject === undefined && SOCIAL_POSTS.test(topic.text)) return pick(faker, lexicon.SOCIAL_QUERIES);
  // a search of a field people search in (symptoms, stickers, goods) is for one of its things, never the API's own words
  const field = subject === undefined ? lexicon.FIELD_QUERIES.find(([pattern]) => pattern.test(topic.text))?.[1] : undefined;
  if (field !== undefined) return pick(faker, field);
  const about = subject ?? (topic.words.slice(-2).join(' ') || 'weather');
  const variant = faker.number.int({ min: 0, max: 3 });
  switch (variant === 2 && !lexicon.PLACE_SEARCH.test(topic.text) ? 0 : variant) {
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
  return pick(faker, [
    `${faker.number.int({ min: 1, max: 3 })}.${faker.number.int({ min: 0, max: 9 })}`,
    `${faker.number.int({ min: 1, max: 4 })}.${faker.number.int({ min: 0, max: 12 })}.${faker.number.int({ min: 0, max: 9 })}`,
    `v${faker.number.int({ min: 1, max: 3 })}`,
  ]);
}

export function jwt(faker: Faker): string {
  const part = (length: number): string => faker.string.alphanumeric(length).replace(/^./, 'e');
  return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${part(48)}.${faker.string.alphanumeric(43)}`;
}

export function credentialScope(request: ValueRequest): string {
  const date = formatDate(dateNear(request.faker, request.reference, 'past'), 'YYYYMMDD');
  return `AKIA${request.faker.string.alphanumeric({ length: 16, casing: 'upper' })}/${date}/${pick(request.faker, ['us-east-1', 'us-west-2', 'eu-west-1'])}/${request.topic.words[0] ?? 'execute-api'}/aws4_request`;
}

/**
 * A value a domain fixes for a parameter: a real Ensembl, EFO or ChEMBL id on a genetics API (never
 * `target-19` or `dru_8cd8…`), a German zip code on an energy API. `text` is the parameter's name and description.
 */
export function domainValue(request: ValueRequest, text: string): string | undefined {
  const lower = text.toLowerCase().replace(/_/g, ' ');
  if (request.topic.domain === 'genetics') {
    if (/\b(q|query|search|strings?|terms?)\b/.test(lower) && !/\bid/.test(lower)) return undefined;
    // an identifier, or a bare `target`/`disease` parameter; a disease's name stays a name
    const bare = request.words.length === 1 && /^(targets?|genes?|diseases?|drugs?)$/.test(request.words[0] ?? '');
    if (
      !bare &&
      !/\b(ids?|identifiers?|code|ensgid|efoid|ensembl|efo|chembl|eco|data ?sources?|data ?types?|therapeutic|uniprot ?(kw|keywords?))\b/.test(
        lower,
      )
    )
      return undefined;
    // the parameter's own name first: `disease` described as "An EFO gene identifier" is a disease, `pathway` "(all the targets of that pathway)" a pathway
    const own = request.words.join(' ');
    const ids = (lexicon.GENETICS_IDS.find(([pattern]) => pattern.test(own)) ??
      lexicon.GENETICS_IDS.find(([pattern]) => pattern.test(lower)))?.[1];
    if (ids === undefined) return undefined;
    // "An EFO code": only ids of that namespace (no MONDO id)
    const named = ids.filter((id) => new RegExp(`\\b${(id.match(/^[A-Za-z]+/)?.[0] ?? '').toLowerCase()}\\b`).test(lower));
    const pool = named.length > 0 ? named : ids;
    // what the description calls an identifier has no spaces (`Kinase`, never `Ion channel`)
    const spaceless = /\b(ids?|identifiers?)\b/.test(lower) ? pool.filter((id) => !/\s/.test(id)) : pool;
    return pick(request.faker, spaceless.length > 0 ? spaceless : pool);
  }
  if (/(^|_)(currency|currency_code|price_unit|price_currency)$/.test(request.snake) || /\biso 4217\b/.test(lower)) {
    const currency = domainCurrency(request);
    if (currency !== undefined) return currency;
  }
  if (request.topic.domain === 'energy' && /\b(zip|zipcode|plz|postleitzahl|postcode)\b/.test(lower))
    return pick(request.faker, lexicon.GERMAN_PLACES)[1];
  if (request.topic.domain === 'energy') {
    const hex = (): string => request.faker.string.hexadecimal({ length: 40, casing: 'lower', prefix: '0x' });
    // a receipt's serial number, not a bank account
    const receiptTool = /\b(quittung|receipt)\b/.test(request.topic.text) && request.snake === 'account';
    if (receiptTool || (/\b(quittung|receipt)\b/.test(lower) && /\b(serial ?numbers?|identifier)\b/.test(lower)))
      return `Q-${new Date(request.reference).getUTCFullYear()}-${request.faker.string.numeric({ length: 6, allowLeadingZeros: true })}`;
    // a Stromkonto is an Ethereum-style address (`0x` and 40 hex digits), never `checking-0386`
    if (
      (/\b(stromkont\w*|ethereum)\b/.test(lower) && !/(signature|secret|password|e_?mail|name)/.test(request.snake)) ||
      /^(account|from|to|sender|receiver|address)$/.test(request.snake)
    )
      return hex();
  }
  return undefined;
}

const PERSON_TITLED = /^(person|people|legislator|member|employee|contact|user|staff|official|representative|senator|author|speaker)$/;
/** Tools on work items, whose titles are the general ones (`Quarterly planning review`). */
const WORK_TOPIC =
  /\b(tasks?|projects?|issues?|tickets?|notes?|documents?|meetings?|todos?|cards?|boards?|pages?|reports?|agendas?|events?|calendars?)\b/;

/** A title: a headline on a news service, a book title on a book tool, else a plain title. */
export function title(request: ValueRequest): string {
  if (/\b(book|novel)/.test(request.topic.text)) return pick(request.faker, BOOKS).title;
  const about = aboutNoun(request);
  const domain = fromDomain(lexicon.DOMAIN_NAMES, request, request.topic.domain === 'news' ? 'post' : about, false);
  if (domain !== undefined) return domain;
  // a person's title is a role (`Senator`), not a name
  if (PERSON_TITLED.test(about))
    return fieldOf(request.topic) === 'legislature'
      ? pick(request.faker, ['Senator', 'Representative', 'Assembly Member', 'Delegate'])
      : request.faker.person.jobTitle();
  return (
    fieldTitle(request.faker, request.topic, about) ??
    (WORK_TOPIC.test(request.topic.text) ? pick(request.faker, lexicon.TITLES) : thingName(request, about))
  );
}

/** The plural of a noun in a path (`fax` → `faxes`, `policy` → `policies`). */
export function plural(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** A handle as services take it: letters, digits and underscores (many forbid dots: `jane.doe` is no X handle). */
export function handle(request: ValueRequest): string {
  const draw = () =>
    request.faker.internet
      .username()
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '');
  // a first name that is also a common word (Royal, Summer, Major) reads as a word, not a person: `royal_jaskolski37` is drawn again
  let drawn = draw();
  for (let attempt = 0; attempt < 5 && wordLike(request, drawn.split(/[_\d]/)[0] ?? ''); attempt += 1) drawn = draw();
  return drawn;
}

/** Whether a word is in the generator's own English word lists (nouns, adjectives, verbs, adverbs). */
function wordLike(request: ValueRequest, word: string): boolean {
  const words = request.faker.definitions.word;
  const lower = word.toLowerCase();
  return [words.noun, words.adjective, words.verb, words.adverb].some((list) => list?.includes(lower) === true);
}

/** A place's latitude and longitude: in Germany on an API that serves Germany only (energy meters, zip codes), else a city's. */
export function coordinates(request: ValueRequest): [number, number] {
  if (request.topic.domain === 'energy')
    return [
      request.faker.number.float({ min: 47.4, max: 54.8, fractionDigits: 4 }),
      request.faker.number.float({ min: 6.1, max: 14.9, fractionDigits: 4 }),
    ];
  const place = city(request.faker);
  return [Number(place[3]), Number(place[4])];
}

/** The currency an API bills in, when its domain fixes one: USD for a US telecom API, EUR for a German energy API. */
export function domainCurrency(request: ValueRequest): string | undefined {
  return request.topic.domain === 'telecom' ? 'USD' : request.topic.domain === 'energy' ? 'EUR' : undefined;
}
