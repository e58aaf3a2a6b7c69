import { nameWords } from '@inftool/core';
import { isFunctionWord, isNonValueWord, isWordSalad } from './word-salad.js';

/**
 * Does an argument value fit its parameter beyond what the schema enforces? The hints a reviewer reads:
 * the schema's `format` and `pattern`, the parameter's name and description (a hash of the right
 * length, an email, a URL, a UUID, a date in the stated format, a month 1–12, a value "between 0 and
 * 1", ISO currency/country/language codes, an id or a version that is not a phrase), and no word salad.
 * Returns why the value is implausible, or undefined. Pure: no generator, no network.
 */

type Schema = Record<string, unknown>;

const HEX = /^[0-9a-f]+$/i;
const HASHES: Array<[RegExp, number, string]> = [
  [/sha-?512/i, 128, 'SHA-512'],
  [/sha-?256/i, 64, 'SHA-256'],
  [/sha-?1(?!\d)/i, 40, 'SHA-1'],
  [/md5/i, 32, 'MD5'],
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const VERSION_WORDS = /^(latest|stable|beta|alpha|preview|current|dev|master|main|next|canary|nightly|edge|lts)$/i;

const CURRENCIES = new Set<string>(Intl.supportedValuesOf('currency'));
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

function validDate(text: string): boolean {
  return !Number.isNaN(Date.parse(ISO_DATE.test(text) ? `${text}T00:00:00Z` : text));
}

/** A date format stated in a description (`YYYY-MM-DD`, `MM/DD/YYYY`, `dd.mm.yyyy`) as a pattern. */
function statedDateFormat(description: string): RegExp | undefined {
  const match = /\b([YMD]{2,4}([-/. ])[YMD]{2,4}\2[YMD]{2,4})\b/i.exec(description);
  if (!match) return undefined;
  const source = match[1]!.replace(/[YMD]+/gi, (part) => `\\d{${part.length}}`).replace(/[-/.]/g, (separator) => `\\${separator}`);
  return new RegExp(`^${source}`);
}

/** "between 0 and 1", "from 1 to 12", "0-100", "1..12" in a description. */
function statedRange(description: string): [number, number] | undefined {
  const match =
    /\b(?:between|from)\s+(-?\d+(?:\.\d+)?)\s+(?:and|to)\s+(-?\d+(?:\.\d+)?)\b/i.exec(description) ??
    /\brange\s*:?\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|\.\.|to)\s*(-?\d+(?:\.\d+)?)\b/i.exec(description);
  if (!match) return undefined;
  const low = Number(match[1]);
  const high = Number(match[2]);
  return low < high ? [low, high] : undefined;
}

const NAMED_RANGES: Array<[RegExp, number, number]> = [
  [/^month$/, 1, 12],
  [/^(day|day of month|dom)$/, 1, 31],
  [/^(hour|hours|hh)$/, 0, 23],
  [/^(minute|minutes|second|seconds)$/, 0, 59],
  [/^(lat|latitude)$/, -90, 90],
  [/^(lng|lon|long|longitude)$/, -180, 180],
  [/^(year)$/, 1800, 2200],
  [/^(percent|percentage|pct)$/, 0, 100],
];

function numberProblem(words: string[], description: string, value: number): string | undefined {
  const joined = words.join(' ');
  const last = words.at(-1) ?? '';
  for (const [pattern, low, high] of NAMED_RANGES) {
    if ((pattern.test(joined) || pattern.test(last)) && (value < low || value > high)) return `${value} is not a ${last} (${low}–${high})`;
  }
  const range = statedRange(description);
  if (range && (value < range[0] || value > range[1])) return `${value} is outside ${range[0]}–${range[1]}, as the description states`;
  // a span of days, nights, weeks or months is a whole number of them: a forecast over 26.62 days is no request
  if (
    /^((number|num) (of )?)?(days|nights|weeks|months)$/.test(joined) &&
    !Number.isInteger(value) &&
    !/\b(fraction|decimal)/i.test(description)
  )
    return `${value} is not a whole number of ${last}`;
  if (/^(page|limit|count|size|per page|page size|offset|quantity|amount|max results|top)$/.test(joined) && value < 0)
    return `a negative ${joined}`;
  return undefined;
}

function stringProblem(words: string[], description: string, schema: Schema, value: string): string | undefined {
  const joined = words.join(' ');
  const subject: StringValue = {
    words,
    joined,
    last: words.at(-1) ?? '',
    description,
    hint: `${joined} ${description}`,
    schema,
    format: typeof schema['format'] === 'string' ? schema['format'] : undefined,
    value,
    text: value.trim(),
  };
  for (const rule of STRING_RULES) {
    const ruling = rule(subject);
    if (ruling !== undefined) return ruling === FITS ? undefined : ruling;
  }
  return undefined;
}

/** A string argument and what its parameter says of it: name words, description, schema. */
interface StringValue {
  words: string[];
  /** The name's words, joined by spaces. */
  joined: string;
  /** The name's last word. */
  last: string;
  description: string;
  /** The name's words and the description. */
  hint: string;
  schema: Schema;
  format: string | undefined;
  value: string;
  /** The value trimmed. */
  text: string;
}

/** The value fits: no later rule applies. */
const FITS = Symbol('fits');
/** Why the value is implausible, `FITS`, or undefined: the rule does not apply and the next one reads the value. */
type Ruling = string | typeof FITS | undefined;

const fitsUnless = (ok: boolean, problem: string): Ruling => (ok ? FITS : problem);

/** The schema's `pattern`; an `enum` lists the values, so nothing more is read. */
function schemaRule({ schema, value }: StringValue): Ruling {
  if (typeof schema['pattern'] === 'string') {
    try {
      if (!new RegExp(schema['pattern'], 'u').test(value)) return `"${value}" does not match the pattern ${schema['pattern']}`;
    } catch {
      // A pattern JavaScript cannot compile is the schema's problem, not the value's.
    }
  }
  return Array.isArray(schema['enum']) ? FITS : undefined;
}

/** A parameter that takes a JSON document (its examples are JSON, or its description says so): a document fits, prose does not. */
function jsonDocumentRule({ schema, description, value, text }: StringValue): Ruling {
  if (!takesJson(schema, description)) return undefined;
  if (!/^[[{]/.test(text)) return `"${value}" is not the JSON document the parameter takes`;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return `"${value}" is not a valid JSON document`;
  }
  // The spec's example shows the document's fields: one that shares none of them is another document.
  const shown = new Set(
    statedValues(schema).flatMap((stated) =>
      typeof stated === 'string' ? [...stated.matchAll(/"([^"\\]+)"\s*[:=]/g)].map((match) => match[1]!) : [],
    ),
  );
  const fields = typeof document === 'object' && document !== null && !Array.isArray(document) ? Object.keys(document) : [];
  if (shown.size > 0 && fields.length > 0 && !fields.some((field) => shown.has(field)))
    return `"${value}" has none of the fields the parameter's example shows (${[...shown].join(', ')})`;
  return FITS;
}

/** A description that lists the values ("One of: releases, stories, updates or default"). */
function listedValuesRule({ description, value, text }: StringValue): Ruling {
  const listed = /\bone of:?\s+([\w-]+(?:\s*(?:,|\bor\b|\/)\s*[\w-]+)+)/i.exec(description);
  if (!listed) return undefined;
  const options = listed[1]!
    .split(/\s*(?:,|\bor\b|\/)\s*/)
    .map((option) => option.trim().toLowerCase())
    .filter(Boolean);
  return options.length >= 2 && !options.includes(text.toLowerCase())
    ? `"${value}" is none of the values the description lists (${options.join(', ')})`
    : undefined;
}

/** A hash by name or description: hex digits of its length. */
function hashRule({ joined, hint, description, value, text }: StringValue): Ruling {
  for (const [pattern, length, label] of HASHES) {
    if (pattern.test(joined) || (/\bhash\b/i.test(hint) && pattern.test(description)))
      return fitsUnless(HEX.test(text) && text.length === length, `"${value}" is not a ${label} hash (${length} hex digits)`);
  }
  return undefined;
}

/** A UUID, an email address or a URL, by format or name. */
function formatRule({ format, last, joined, description, value, text }: StringValue): Ruling {
  if (format === 'uuid' || /^(uuid|guid)$/.test(last) || (/\b(uuid|guid)\b/i.test(description) && /^(id|uuid|guid)$/.test(last)))
    return fitsUnless(UUID.test(text), `"${value}" is not a UUID`);
  if (format === 'email' || /^(e ?mail|email address)$/.test(joined) || last === 'email')
    return fitsUnless(EMAIL.test(text), `"${value}" is not an email address`);
  if (format === 'uri' || format === 'url' || /^(url|uri|href|link|website|homepage|webhook|callback)$/.test(last))
    return fitsUnless(/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(text) || /^\/\S*$/.test(text), `"${value}" is not a URL`);
  return undefined;
}

/** A date by format, name or a format the description states. */
function dateRule({ format, description, last, joined, words, value, text }: StringValue): Ruling {
  const stated = statedDateFormat(description);
  if (!(
    format === 'date' ||
    format === 'date-time' ||
    stated ||
    /^(date|datetime|timestamp)$/.test(last) ||
    /^(start|end|from|to|since|until|birth|due|expiry|expiration) date$/.test(joined) ||
    (words.length > 1 && last === 'at')
  ))
    return undefined;
  if (stated) return fitsUnless(stated.test(text), `"${value}" is not in the stated date format`);
  if (format === 'date' && !ISO_DATE.test(text)) return `"${value}" is not an ISO date (YYYY-MM-DD)`;
  if (format === 'date-time' && !ISO_DATE_TIME.test(text)) return `"${value}" is not an ISO date-time`;
  return fitsUnless(/\d/.test(text) && validDate(text), `"${value}" is not a date`);
}

/** A currency or a country (ISO codes; a country's name not word salad). */
function placeCodeRule({ joined, last, words, description, hint, value, text }: StringValue): Ruling {
  if (/^(currency|currency code|currencies)$/.test(joined) || (last === 'currency' && words.length <= 2))
    return fitsUnless(CURRENCIES.has(text.toUpperCase()) && /^[A-Za-z]{3}$/.test(text), `"${value}" is not an ISO 4217 currency code`);
  if (!/^(country|country code|country iso|nationality)$/.test(joined) && !/\b(iso[ -]?3166|country code)\b/i.test(description))
    return undefined;
  if (/^[A-Z]{2}$/i.test(text))
    return fitsUnless(Boolean(regionNames.of(text.toUpperCase())), `"${value}" is not an ISO 3166 country code`);
  if (/\b(iso[ -]?3166|code)\b/i.test(hint)) return fitsUnless(/^[A-Z]{3}$/i.test(text), `"${value}" is not an ISO 3166 country code`);
  return fitsUnless(!isWordSalad(text), `"${value}" is not a country`);
}

/** A language (a tag, or a language's name where no code is asked for) or a version. */
function languageVersionRule({ joined, last, description, hint, value, text }: StringValue): Ruling {
  if (
    /^(language|lang|locale|language code|hl|lng code)$/.test(joined) ||
    /\b(iso[ -]?639|bcp[ -]?47|language code)\b/i.test(description)
  ) {
    try {
      const [canonical] = Intl.getCanonicalLocales(text.replace('_', '-'));
      if (canonical && languageNames.of(canonical)) return FITS;
    } catch {
      // not a language tag: a language name may still do ("English")
    }
    return fitsUnless(/^[A-Z][a-z]+$/.test(text) && !/\b(code|iso|bcp)\b/i.test(hint), `"${value}" is not a language code`);
  }
  if (/^(version|api version|apiversion)$/.test(joined) || last === 'version')
    return fitsUnless(/\d/.test(text) || VERSION_WORDS.test(text), `"${value}" is not a version`);
  return undefined;
}

/** An identifier by name (`order_id`, `cursor`) or by description ("An Ensembl gene identifier", "The SID of the fax"), and opaque tokens. */
function identifierRule({ last, words, description, value, text }: StringValue): Ruling {
  const identifier =
    /^(id|ids|key|token|cursor|hash|sku|slug|uid|ref|etag|guid|sid)$/.test(last) ||
    /^\W*(\S+\s+){0,4}?(identifier|identifiers|ID|IDs|SID|key)\b/.test(description);
  if (identifier && /\s/.test(text)) return `"${value}" has spaces, not an identifier`;
  if (identifier && isFunctionWord(text)) return `"${value}" is a function word, not an identifier`;
  // Opaque tokens (a cursor, a page token, an etag) are not plain words.
  const token = last === 'token' && words.length > 1 ? words.slice(-2).join(' ') : last;
  if (/^(cursor|token|etag|nonce|continuation|next page|page token)$/.test(token) && /^[a-z]+$/.test(text) && text.length < 16)
    return `"${value}" is a plain word, not an opaque ${last}`;
  return undefined;
}

/** What the description asks for: a list of values (not one sentence of prose), a number. */
function describedShapeRule({ description, value, text, last }: StringValue): Ruling {
  if (
    /^\W*(an? |the )?(comma[- ]separated )?(list|array|set) of (\w+ )?(strings|values|names|ids|identifiers|keys|terms|keywords|codes|symbols|tags)\b/i.test(
      description,
    ) &&
    /^[A-Z][^,;\n]*\s[^,;\n]*\s[^,;\n]*\s[^,;\n]*[.!?]$/.test(text)
  )
    return `"${value}" is a sentence, not the list of values the description asks for`;
  if (
    /^\W*(how many|number of|the number of|maximum (number|amount)|max(imum)? (number|amount|count)|count of)\b/i.test(description) &&
    !/\d/.test(text)
  )
    return `"${value}" is not a number, as the description asks`;
  // a chess position "in FEN" is eight ranks of pieces and a side to move, never a place's coordinates
  if (/\bFEN\b|Forsyth/.test(description) && !FEN.test(text)) return `"${value}" is not a position in FEN, as the description asks`;
  // "latitude and longitude" / "coordinates" / "lat,lon": a pair of numbers, never one
  if (coordinatesPair(last, description) && /^-?\d+(\.\d+)?$/.test(text))
    return `"${value}" is one number, not the coordinates pair the description asks for`;
  // points the description shows as bracketed pairs (`(35.5, -75.5),(45, 65)`) are sent as such pairs
  if (BRACKETED_PAIR.test(description) && !BRACKETED_PAIR.test(text))
    return `"${value}" is not a list of (latitude, longitude) points, as the description shows`;
  return undefined;
}

/** A parameter that takes both halves of a point ("The coordinates", "lat,lon"), not a latitude or a longitude alone. */
function coordinatesPair(last: string, description: string): boolean {
  if (/^(lat|lon|lng|long|latitude|longitude)$/.test(last)) return false;
  const halves = /\blat(itude)?\b/i.test(description) === /\blon(gitude)?\b|\blng\b/i.test(description);
  return halves && /\bcoordinates\b|\blat(itude)?\s*(,|and|\/)\s*(lon|lng|longitude)\b/i.test(description);
}

const BRACKETED_PAIR = /\(\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*\)/;

/** A chess position in Forsyth–Edwards Notation: eight ranks, the side to move, castling and en passant. */
const FEN = /^([pnbrqkPNBRQK1-8]{1,8}\/){7}[pnbrqkPNBRQK1-8]{1,8} [wb] (-|K?Q?k?q?) (-|[a-h][36])( \d+ \d+)?$/;

/** An ARN, a BIC and an S3 folder have their own shapes: a word (`breaking`) or a person's name is none of them. */
function cloudShapeRule({ last, joined, description, value, text }: StringValue): Ruling {
  if ((last === 'arn' || /\(ARN\)/.test(description)) && !/^arn:[\w-]+:[\w-]*:[\w-]*:\d*:\S+$/.test(text))
    return `"${value}" is not an ARN`;
  if (/\bBIC(FI)?\b/.test(description) && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(text)) return `"${value}" is not a BIC`;
  if (/\bs ?3 ?uri$/.test(joined) && !/^s3:\/\/[a-z0-9][a-z0-9.-]+[a-z0-9](\/[\w./-]*)?$/.test(text))
    return `"${value}" is not an S3 location a person would type`;
  return undefined;
}

/** A phone number by name: six digits at least. */
function phoneRule({ last, joined, value, text }: StringValue): Ruling {
  if (!/^(phone|telephone|mobile|tel|fax)$/.test(last) && joined !== 'phone number') return undefined;
  return fitsUnless((text.match(/\d/g) ?? []).length >= 6, `"${value}" is not a phone number`);
}

/** Any text: no word salad, no lone function word. */
function wordsRule({ value, text }: StringValue): Ruling {
  if (isWordSalad(text)) return `"${value}" is a string of unrelated words`;
  if (isNonValueWord(text)) return `"${value}" is a lone adverb, conjunction or question word, not a value`;
  return FITS;
}

/** The rules in the order a reviewer reads them: the first that applies rules. */
const STRING_RULES: ReadonlyArray<(subject: StringValue) => Ruling> = [
  schemaRule,
  jsonDocumentRule,
  cloudShapeRule,
  listedValuesRule,
  hashRule,
  formatRule,
  dateRule,
  placeCodeRule,
  languageVersionRule,
  identifierRule,
  describedShapeRule,
  phoneRule,
  wordsRule,
];

/** The values the schema itself states: its `default`, `example` and `examples`. */
function statedValues(schema: Schema): unknown[] {
  return [
    ...('default' in schema ? [schema['default']] : []),
    ...('example' in schema ? [schema['example']] : []),
    ...(Array.isArray(schema['examples']) ? schema['examples'] : []),
  ];
}

/** Does the parameter take a JSON document (a request body as text)? Its stated values are JSON, or its description asks for a JSON object, body or document. */
function takesJson(schema: Schema, description: string): boolean {
  return (
    statedValues(schema).some((stated) => typeof stated === 'string' && /^\s*[[{][\s\S]*[\]}]\s*$/.test(stated)) ||
    /\b(a|as|in) JSON\b|\bJSON[- ](object|document|body|array|string|encoded|payload)\b/i.test(description)
  );
}

/** Why `value` does not fit the parameter `name` (schema `schema`), or undefined; nested objects and arrays are read item by item. */
export function implausibleArgument(name: string, schema: Schema | undefined, value: unknown): string | undefined {
  const own = schema ?? {};
  const description = typeof own['description'] === 'string' ? own['description'] : '';
  // The schema's own default or example is what the API documents (a date parameter defaulting to "Today", a kind defaulting to "").
  if ((typeof value === 'string' || typeof value === 'number') && statedValues(own).some((stated) => stated === value)) return undefined;
  if (Array.isArray(value)) {
    const items = (typeof own['items'] === 'object' && own['items'] !== null ? own['items'] : {}) as Schema;
    for (const item of value) {
      const problem = implausibleArgument(name, { description, ...items }, item);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const properties = (own['properties'] ?? {}) as Record<string, Schema>;
    // an empty object (`budget: {}`, `cards: {}`) sends nothing the user asked for
    if (Object.keys(value).length === 0 && !('default' in own)) return 'an empty object: it carries nothing';
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const problem = implausibleArgument(key, properties[key], inner);
      if (problem) return `${key}: ${problem}`;
    }
    return undefined;
  }
  const words = nameWords(name);
  if (typeof value === 'number') return numberProblem(words, description, value);
  if (typeof value === 'string') return stringProblem(words, description, own, value);
  return undefined;
}
