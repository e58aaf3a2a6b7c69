import { placeholderText } from '@inftool/core';
import type { Schema } from './schema-tools.js';

/** What a property's description says about its values. */
export interface DescriptionHints {
  /** A date pattern it states (`YYYY-MM-DD`, `yyyyMMdd`, `MM/DD/YYYY`...). */
  dateFormat?: string;
  /** "Unix timestamp" / "epoch": in seconds, or milliseconds when it says so. */
  epoch?: 's' | 'ms';
  /** "ISO 8601" / "RFC 3339" date-times. */
  isoDateTime?: boolean;
  /** A numeric range it states ("between 0 and 1", "1-12", "from 1 to 100", "max 50"). */
  minimum?: number;
  maximum?: number;
  /** Values it gives as examples ("e.g. X", "for example X", "such as X", "like 'X'"). */
  examples: string[];
  /** Values it lists as allowed ("One of: a, b or c", "Options: 'x', 'y'", "possible values: ..."). */
  allowed: string[];
  /** "all or a comma-separated list of: ..." — the value may join several allowed ones with commas. */
  commaList: boolean;
  /** A code standard it names. */
  standard?: 'country' | 'country3' | 'currency' | 'language' | 'locale' | 'phone';
  /** What the value is, as a property name (`The name of the museum` → `museum_name`): name rules apply to it. */
  subject?: string;
  /** A resource-name template it gives (`Format: projects/{project}/topics/{topic}`). */
  template?: string;
  /** It speaks of a probability or a fraction (0–1), or of a count ("number of", "how many"). */
  probability?: boolean;
  count?: boolean;
  /** A unit numbers are in. */
  unit?: 'ms' | 'seconds' | 'minutes' | 'hours' | 'days' | 'years' | 'percent';
}

/** A description that says the value is an identifier ("An Ensembl gene identifier", "The SID of the fax", "VID key of the process"). */
const IDENTIFIER = /^\W*(\S+\s+){0,4}?(identifier|identifiers|ID|IDs|SID|key)\b/;

export function describedAsIdentifier(schema: Schema): boolean {
  return typeof schema['description'] === 'string' && IDENTIFIER.test(schema['description']);
}

/** An identifier in the namespace a description names (`ENSG00000139618` for "An Ensembl gene identifier"), if it names a known one. */
export function namespacedIdentifier(
  description: string,
  digits: (count: number) => string,
  hex: (count: number) => string,
): string | undefined {
  if (/\bensembl\b/i.test(description))
    return `${/transcript/i.test(description) ? 'ENST' : /protein/i.test(description) ? 'ENSP' : 'ENSG'}00000${digits(6)}`;
  if (/\bEFO\b/.test(description)) return `EFO_000${digits(4)}`;
  if (/\bMONDO\b/.test(description)) return `MONDO_000${digits(4)}`;
  if (/\bHPO?\b/.test(description)) return `HP_000${digits(4)}`;
  if (/\bECO\b/.test(description) || /\bevidence code ontology\b/i.test(description)) return `ECO_0000${digits(3)}`;
  // Open Targets' drug index is keyed by ChEMBL ids; a ChEMBL target *class* is a protein class (`Kinase`), no entity id
  if (/\bchembl\b.*\bclass(es)?\b/i.test(description)) return undefined;
  if (/\bchembl\b|\bdrug index\b/i.test(description)) return `CHEMBL${digits(5).replace(/^0+/, '') || '1'}`;
  if (/\buniprot\b/i.test(description)) return `P${digits(5)}`;
  if (/\b(pubmed|pmid)\b/i.test(description)) return digits(8);
  if (/\b(account|wallet|contract)\b.*\baddress\b|\baddress\b.*\b(account|wallet|ethereum)\b|\bstromkonto\b/i.test(description))
    return `0x${hex(40)}`;
  return undefined;
}

/** A coordinate written with its hemisphere (`23.5S`, `15.3E`): the spec's one point of the format, in the ocean for every record. */
const HEMISPHERE_COORDINATE = /^\s*\d+(\.\d+)?\s*°?\s*[NSEW]\s*$/i;

/** A purpose clause an "e.g." leads into ("e.g. to cater to screenreaders"): the spec's reason, not a value. */
const PURPOSE_CLAUSE = /^to [a-z]+ /;

/**
 * An example a spec gives that may stand as data: not placeholder text (`hello@example.com`, "Your
 * super awesome message", `12 Sample Avenue`), a coordinate in hemisphere letters or a purpose
 * clause, which a generator would copy into every record; a field with no usable example takes a
 * value of its kind.
 */
export function dataExample(example: unknown): boolean {
  return (
    typeof example !== 'string' ||
    (placeholderText(example) === undefined && !HEMISPHERE_COORDINATE.test(example) && !PURPOSE_CLAUSE.test(example))
  );
}

const EMPTY: DescriptionHints = { examples: [], allowed: [], commaList: false };
const cache = new WeakMap<Schema, DescriptionHints>();

/** The hints in `schema.description` (and `title`), parsed once per schema object. */
export function descriptionHints(schema: Schema): DescriptionHints {
  let hints = cache.get(schema);
  if (hints === undefined) {
    const text = [schema['description'], schema['title']]
      .filter((part): part is string => typeof part === 'string')
      .join(' ')
      .trim();
    hints = text === '' ? EMPTY : parseHints(text);
    cache.set(schema, hints);
  }
  return hints;
}

const DATE_PATTERN = /\b(?:YYYY|yyyy|MM|mm|DD|dd)(?:[-/.]?(?:YYYY|yyyy|MM|mm|DD|dd))+(?:[ T](?:HH|hh):mm(?::ss)?(?:\.SSS)?Z?)?\b/;
const EPOCH = /\b(unix|epoch|posix)\b/i;
const MILLIS = /\bmilli ?seconds?\b|\bms\b/i;
const ISO_DATE_TIME = /\b(ISO[- ]?8601|RFC[- ]?3339)\b/i;
const BETWEEN = /\bbetween\s+(-?\d+(?:\.\d+)?)\s+(?:and|&)\s+(-?\d+(?:\.\d+)?)/i;
const FROM_TO = /\b(?:from|range(?:s)?(?: is)?|in the range(?: of)?)\s+(-?\d+(?:\.\d+)?)\s*(?:to|-|–|\.\.)\s*(-?\d+(?:\.\d+)?)/i;
const DASH_RANGE = /(?:^|[\s(])(-?\d+(?:\.\d+)?)\s*(?:-|–|\.\.)\s*(\d+(?:\.\d+)?)(?=[\s),.;]|$)/;
const MAX =
  /\b(?:max(?:imum)?|at most|up to|no more than|not more than|cannot exceed|less than or equal to)\s*(?:value\s*)?(?:of|is|:|=)?\s*(-?\d+(?:\.\d+)?)/i;
const MIN = /\b(?:min(?:imum)?|at least|no less than|greater than or equal to)\s*(?:value\s*)?(?:of|is|:|=)?\s*(-?\d+(?:\.\d+)?)/i;
const LENGTH = /\b(length|characters?|chars|digits|items|elements|bytes)\b/i;
const EXAMPLE_LEAD = /\b(?:e\.\s?g\.?|eg\b|ex\b|for example|for instance|such as|example(?:s)?|written as|like|i\.e\.)\s*[:,]?\s*/gi;
const ALLOWED_LEAD =
  /(?:\[enum\]\s*:|\b(?:one of|possible values(?: are| include)?|allowed values(?: are)?|valid values(?: are)?|options(?: are)?|supported values(?: are)?|supports|accepted values(?: are)?|can be(?: one of)?|must be one of|values?:|either|comma-separated list of|any of))\s*[:-]?\s*/gi;
const DEFAULT = /\bdefault(?:s)?(?:\s+value)?(?:\s+(?:is|to|of))?\s*[:=]?\s*(?:'([^']+)'|"([^"]+)"|`([^`]+)`|([A-Za-z0-9_.:/+-]+))/i;
const QUOTED = /'([^'\n]{1,60})'|"([^"\n]{1,60})"|`([^`\n]{1,80})`|‘([^’\n]{1,60})’|“([^”\n]{1,60})”/g;
const STOP_WORDS = new Set(['etc', 'and', 'or', 'the', 'a', 'an', 'so', 'on', 'more', 'others', 'other', 'values', 'value']);

function numbers(match: RegExpMatchArray | null): [number, number] | undefined {
  if (match === null || match[1] === undefined || match[2] === undefined) return undefined;
  const low = Number(match[1]);
  const high = Number(match[2]);
  return Number.isFinite(low) && Number.isFinite(high) && low < high ? [low, high] : undefined;
}

const QUERY_PAIR = /(?:^|[\s&?])([A-Za-z_]\w*)=([^&\s]+)/g;

/**
 * Examples written as query strings (`&city=Raleigh,NC or city=Paris&country=FR`): the values of the
 * key they all set (`Raleigh,NC`, `Paris`), never the pieces of a split or another key's value (`FR`).
 */
function queryValues(clause: string): string[] | undefined {
  const pairs = [...clause.matchAll(QUERY_PAIR)].map((match) => [match[1] ?? '', match[2] ?? ''] as const);
  if (pairs.length === 0) return undefined;
  const key = pairs[0]?.[0];
  return pairs.filter(([name]) => name === key).map(([, value]) => value.replace(/,(?=\S)/, ', '));
}

/** The quoted items right after `start`, else a short comma list of bare words up to the clause's end. */
function valuesAfter(text: string, start: number, bareListOnly: boolean): string[] {
  // points in brackets (`(35.5, -75.5),(45, 65)`) are pairs: the comma inside one splits nothing
  const pairs = /^\s*((\(\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*\)\s*,?\s*)+)/.exec(text.slice(start));
  if (pairs !== null) return [...(pairs[1] ?? '').matchAll(/\([^()]*\)/g)].map((match) => match[0].replace(/\s+/g, ' '));
  // a note in brackets after the list ("or default (releases+stories)") is not one of its values
  const clause = (text.slice(start).split(/[)\]]|\.(?:\s|$)|;|\n/)[0] ?? '').replace(/(?<=\S)\s*[([][^()[\]]*$/, '');
  const query = queryValues(clause);
  if (query !== undefined) return query;
  const quoted = [...clause.matchAll(QUOTED)]
    .map((match) => (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim())
    .filter(Boolean);
  if (quoted.length > 0 && /^\s*['"`‘“]/.test(clause)) return quoted;
  const parts = clause
    .split(/,\s*|\s+or\s+|\s+and\s+|\s*\|\s*|\s*\/\s*/)
    .map((part) =>
      part
        .trim()
        .replace(/^(?:and|or)\s+/i, '')
        .replace(/\s+etc\.?$/i, ''),
    )
    .filter((part) => part !== '' && !STOP_WORDS.has(part.toLowerCase()));
  if (quoted.length > 0) return quoted;
  // `Chicago, IL` is one place, not two values
  if (parts.length === 2 && /^[A-Z]{2}$/.test(parts[1] ?? '') && !bareListOnly) return [`${parts[0]}, ${parts[1]}`];
  const short = parts.every((part) => part.split(/\s+/).length <= 2 && part.length <= 30);
  if (parts.length >= 2 && short) return parts;
  if (bareListOnly) return [];
  const phrase = clause.trim().replace(/[,\s]+etc\.?$/i, '');
  return phrase !== '' && phrase.split(/\s+/).length <= 6 && phrase.length <= 60 ? [phrase] : [];
}

/** A JSON:API resource type stated as the only value: "The type of this resource: `tags`". */
const RESOURCE_TYPE = /\btype of (?:this|the) resource:?\s*[`'"]([\w-]+)[`'"]/i;

/** The hints a description gives, read in steps: formats and ranges, values, standards and units, then the rest. */
function parseHints(text: string): DescriptionHints {
  const hints: DescriptionHints = { examples: [], allowed: [], commaList: /comma[- ]separated|comma[- ]delimited/i.test(text) };
  readFormats(text, hints);
  readValues(text, hints);
  readStandards(text, hints);
  const template = TEMPLATE.exec(text);
  if (template !== null) hints.template = (template[1] ?? template[2] ?? '').replace(/[.,;]$/, '');
  if (/\bprobabilit|\bfraction\b|\bbetween 0(\.0)? and 1(\.0)?\b/i.test(text)) hints.probability = true;
  if (/\bnumber of\b|\bhow many\b|\bmaximum (number|amount) of\b/i.test(text)) hints.count = true;
  const subject = subjectOf(text);
  if (subject !== undefined) hints.subject = subject;
  // A JSON:API resource's `type` names its one kind ("The type of this resource: `tags`"), never "debit".
  const resource = RESOURCE_TYPE.exec(text);
  if (resource !== null) hints.allowed.push(resource[1] as string);
  const bare = BARE_ALTERNATIVES.exec(text.trim());
  if (bare !== null && !/\b(id\w*|name|username|key|[a-z]+[A-Z]\w*)\b/.test(text))
    hints.allowed.push(
      ...text
        .trim()
        .replace(/\.$/, '')
        .split(/\s*,\s*|\s+or\s+/)
        .filter((part) => part !== '' && !/^(a date|null|a number)$/i.test(part)),
    );
  hints.examples = [...new Set(hints.examples.map(clean).filter((example) => example !== '' && dataExample(example)))];
  hints.allowed = [...new Set(hints.allowed.map(clean).filter(Boolean))];
  return hints;
}

/** The date format, epoch, ISO date-times and numeric range a description states. */
function readFormats(text: string, hints: DescriptionHints): void {
  const dateFormat = DATE_PATTERN.exec(text)?.[0];
  // `mm/dd/yyyy`: without hours, `mm` is the month
  if (dateFormat !== undefined) hints.dateFormat = /[Hh]/.test(dateFormat) ? dateFormat : dateFormat.replace(/mm/g, 'MM');
  if (EPOCH.test(text)) hints.epoch = MILLIS.test(text) ? 'ms' : 's';
  if (ISO_DATE_TIME.test(text)) hints.isoDateTime = true;
  if (!LENGTH.test(text)) {
    const range =
      numbers(text.match(BETWEEN)) ??
      numbers(text.match(FROM_TO)) ??
      (dateFormat === undefined ? numbers(text.match(DASH_RANGE)) : undefined);
    if (range !== undefined) [hints.minimum, hints.maximum] = range;
    else {
      const max = text.match(MAX)?.[1];
      const min = text.match(MIN)?.[1];
      if (max !== undefined) hints.maximum = Number(max);
      if (min !== undefined) hints.minimum = Number(min);
    }
  }
}

/**
 * "default" as an adjective ("the root node of a full default category tree"): a bare word after it,
 * with no "is", "to", ":" or "=" between, that another word follows, names no value.
 */
function adjectiveDefault(text: string, match: RegExpExecArray | null): boolean {
  if (match?.[4] === undefined || /^\d/.test(match[4])) return false;
  const joined = /\b(is|to|of)$|[:=]$/i.test(match[0].slice(0, match[0].length - match[4].length).trimEnd());
  const after = text.slice((match.index ?? 0) + match[0].length);
  return !joined && /^\s+[A-Za-z]/.test(after);
}

/** The examples, allowed values and default a description gives. */
function readValues(text: string, hints: DescriptionHints): void {
  for (const match of text.matchAll(EXAMPLE_LEAD))
    hints.examples.push(...valuesAfter(text, (match.index ?? 0) + match[0].length, /\blike\b/i.test(match[0])));
  for (const match of text.matchAll(ALLOWED_LEAD)) hints.allowed.push(...valuesAfter(text, (match.index ?? 0) + match[0].length, true));
  // "home or one of categories": the word before is a value of its own
  const leading = /^\s*([a-z][\w-]*) or one of\b/i.exec(text)?.[1];
  if (leading !== undefined && !STOP_WORDS.has(leading.toLowerCase())) hints.allowed.unshift(leading);
  hints.allowed = hints.allowed.filter((value) => !/^(all|none)$/i.test(value) || !hints.commaList);
  const fallback = DEFAULT.exec(text);
  const defaultValue = fallback?.[1] ?? fallback?.[2] ?? fallback?.[3] ?? (adjectiveDefault(text, fallback) ? undefined : fallback?.[4]);
  if (
    defaultValue !== undefined &&
    !STOP_WORDS.has(defaultValue.toLowerCase()) &&
    !/^(is|to|value|will|if|when|this|it|none|not|null|empty|false|true|used|set|provided|specified|all)$/i.test(defaultValue)
  )
    hints.examples.push(defaultValue);
}

/** The code standard a description names and the unit its numbers are in. */
function readStandards(text: string, hints: DescriptionHints): void {
  // A standard named by number wins over loose words: "A two-letter country code (ISO 639-1)" is a language.
  if (/ISO[- ]?639/i.test(text) && !/ISO[- ]?3166/i.test(text)) hints.standard = 'language';
  else if (/ISO[- ]?3166/i.test(text) || /\bcountry code\b/i.test(text))
    hints.standard = /alpha[- ]?3|three[- ]letter/i.test(text) ? 'country3' : 'country';
  else if (/ISO[- ]?4217|currency code/i.test(text)) hints.standard = 'currency';
  else if (/BCP[- ]?47|IETF language tag|\blocale\b/i.test(text)) hints.standard = 'locale';
  else if (/ISO[- ]?639|language code/i.test(text)) hints.standard = 'language';
  else if (/E\.164/i.test(text)) hints.standard = 'phone';
  if (/\bin milli ?seconds\b|\(ms\)/i.test(text)) hints.unit = 'ms';
  else if (/\bin seconds\b|\(seconds\)|\bseconds\b/i.test(text)) hints.unit = 'seconds';
  else if (/\bin minutes\b|\bminutes\b/i.test(text)) hints.unit = 'minutes';
  else if (/\bin hours\b/i.test(text)) hints.unit = 'hours';
  else if (/\bin days\b|\bnumber of days\b/i.test(text)) hints.unit = 'days';
  else if (/\bin years\b|\bnumber of years\b|\byears\b/i.test(text)) hints.unit = 'years';
  else if (/\bpercent(age)?\b|%/i.test(text)) hints.unit = 'percent';
}

const TEMPLATE =
  /(?:[Ff]ormat(?: is)?|must match|of the form|in the form)\s*:?\s*(?:`([a-z][\w-]*\/[^`\s]*[{[*][^`\s]*)`|([a-z][\w-]*\/[\w\-/]*[{[*][\w{}[\]\-/*]*))/;
const BARE_ALTERNATIVES = /^(?:[\w-]+\s*,\s*)*[\w-]+,?\s+or\s+[\w-]+\s*\.?$/;
const OF_SUBJECT =
  /\b(id|identifier|name|title|code|number|email address|email|url|address|date|symbol|city|location)\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|your\s+)?([a-z]+)\b/i;
const NOUN_SUBJECT = /\b([a-z]+)(?:'s)?\s+(id|identifier|name|code|number|symbol|email|url)\b/i;
const KEY_NOUN =
  /\b(city|country|e-?mail|phone number|url|timestamp|date|language|currency|zip code|postal code|address|search query|keyword|location|file name|file path|file|folder|directory|person|ticker|airport|company|artist|author|player|team|genre|species|ingredient|cuisine|museum|movie|recipe)\b/i;
const NOT_SUBJECT = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'your',
  'unique',
  'optional',
  'required',
  'specified',
  'given',
  'same',
  'new',
  'which',
  'and',
  'or',
  'valid',
  'you',
  'we',
  'they',
  'it',
  'i',
  'user',
  'second',
  'first',
]);

/** What the description says the value is, as a snake-case name for the name rules. */
function subjectOf(text: string): string | undefined {
  // "Username of the ticket creator": a user name, whoever the user is
  if (/^\W*(the\s+)?user\s?name\b/i.test(text)) return 'username';
  // "Telephone number of the recipient": a phone number, never a count of recipients
  if (/\b(tele)?phone\s+number|\b(mobile|cell|fax)\s+numbers?\b|\bmsisdn\b/i.test(text)) return 'phone_number';
  // "the title of the video game": the subject is the game, not a video
  const of = OF_SUBJECT.exec(text.replace(/\bvideo games?\b/gi, 'game'));
  if (of?.[1] !== undefined && of[2] !== undefined && !NOT_SUBJECT.has(of[2].toLowerCase())) {
    const kind = of[1].toLowerCase().replace('identifier', 'id').replace('email address', 'email');
    return kind === 'city' || kind === 'location' || kind === 'date' ? kind : `${of[2].toLowerCase()}_${kind}`;
  }
  const noun = NOUN_SUBJECT.exec(text);
  if (noun?.[1] !== undefined && noun[2] !== undefined && !NOT_SUBJECT.has(noun[1].toLowerCase()))
    return `${noun[1].toLowerCase()}_${noun[2].toLowerCase().replace('identifier', 'id')}`;
  const key = KEY_NOUN.exec(text)?.[1];
  return key === undefined ? undefined : key.toLowerCase().replace(/[\s-]+/g, '_');
}

function clean(value: string): string {
  return value.replace(/^[\s'"`]+|[\s'"`,.:;]+$/g, '').replace(/^[A-Za-z_][\w-]*=(?=\S)/, '');
}
