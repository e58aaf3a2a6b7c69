import { indefiniteArticle } from '@inftool/core';
/** Values in words: numbers rounded, dates as dates, enums spelled out, lists counted. */
import { englishWord } from './key-words.js';

/** Encoded data, not words: base64 or a long run of hex (`VXBkYXRlZCB0aGUg…`). */
export function isBlob(text: string): boolean {
  return (
    /^[A-Za-z0-9+/_-]{24,}={0,2}$/.test(text) &&
    (/[0-9]/.test(text) || text.length >= 40) &&
    /[a-z]/.test(text) &&
    /[A-Z]/.test(text) &&
    !/^[A-Z]{2}[0-9a-fA-F]{32}$/.test(text)
  );
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return Math.abs(value) >= 10_000 ? value.toLocaleString('en-US') : String(value);
  // Below 1, three significant figures: a p-value of 0.00001 is not "0.000"; a tiny one in exponent form.
  if (Math.abs(value) < 1 && value !== 0) return Math.abs(value) < 1e-6 ? value.toExponential(2) : String(Number(value.toPrecision(3)));
  // From ten thousand, grouped by thousands: "756,111.07", never "756111.07".
  if (Math.abs(value) >= 10_000) return Number(value.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 });
  return value.toFixed(2).replace(/(\.\d*?[1-9])0+$/, '$1');
}

/** A value in words: numbers rounded, booleans yes/no, dates as dates, texts of several words quoted, short lists counted; undefined when it does not read well. */
export function formatValue(value: unknown): string | undefined {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    // HTML is read out as its text (`<p>Crews gain ground.</p>` → “Crews gain ground”)
    const text = (/<[a-z][^>]*>/i.test(value) ? value.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') : value).trim().replace(/[.;:,]+$/, '');
    if (text === '' || text.length > 80 || /[{}[\]"\n]/.test(text) || isBlob(text)) return undefined;
    const date = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
    // a stamp is said as UTC only when it says so (`Z`, `+00:00`); a local one (`timestamp_local`, no zone) is not
    const zone = /(Z|[+-]00:?00)$/.test(text)
      ? ' UTC'
      : /\d[+-]\d{2}:?\d{2}$/.test(text)
        ? ` UTC${text.slice(-6).replace(/^(\d)/, '')}`
        : '';
    if (date) return date[2] === '00:00' ? date[1] : `${date[1]} ${date[2]}${zone}`;
    // an hour written after the date (`2025-05-25:16`, Weatherbit's `datetime`) is said as a time of day
    const hour = /^(\d{4}-\d{2}-\d{2})[: ](\d{2})$/.exec(text);
    if (hour) return `${hour[1]} ${hour[2]}:00`;
    const said = enumWords(text) ?? text;
    return said.split(/\s+/).length >= 4 ? `“${said}”` : said;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    if (value.every((item) => typeof item === 'string' || typeof item === 'number') && value.length <= 4)
      return listing(value.map((item) => formatValue(item) ?? String(item)));
    return `${value.length} entries`;
  }
  return undefined;
}

/** Acronyms said in capitals (`html` → "HTML"). */
const ACRONYMS = new Set(
  'html json xml csv pdf sms mms ip dns ssl tls utc gmt vat iban bic tse rna dna mrna eco efo url uri api id sid uuid md5 sha1 sha256 cpu gpu ram usb gps faq'.split(
    ' ',
  ),
);

/** An enum or slug value in words (`in_progress` → "in progress", `rna_expression` → "RNA expression"), or undefined when it is none. */
export function enumWords(text: string): string | undefined {
  if (!/^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+$/.test(text) || (/-/.test(text) && /_/.test(text))) return undefined;
  const parts = text.split(/[_-]/);
  // snake_case is an enum when its parts are letters and one is a word (`expression_atlas`); a slug needs every part a word.
  const known = parts.filter((part) => ACRONYMS.has(part) || englishWord(part) !== undefined).length;
  if (!parts.every((part) => /^[a-z]+$/.test(part)) || (/_/.test(text) ? known === 0 : known < parts.length)) return undefined;
  return parts
    .map((part) => (ACRONYMS.has(part) || (part.length <= 3 && englishWord(part) === undefined) ? part.toUpperCase() : part))
    .join(' ');
}

/** "a, b and c". */
export function listing(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) as string}`;
}

/** A record's sort: "with city as the type" tells nothing a name does not. */
const SORT = /^(?:type|kind|sort|class)$/i;
/** Keys whose value is a code or a handle: "with weekend contact number 452865", never "452865 as its weekend contact number". */
const CODE_KEY = /\b(?:id|key|code|number|uri|url|username|handle)$/i;

/**
 * A property ("the uptime is 3600 seconds") as what follows "with": "an uptime of 3600 seconds", "7 km/h" as "a wind speed
 * of 7 km/h"; a word or a name "as the genre" ("thriller as its genre"); several values, a number or a code after their
 * key ("tags urgent and internal", "weekend contact number 452865", "rank 5"); undefined for a record's sort ("city as the
 * type"), which is left unsaid.
 */
function withPhrase(property: string): string | undefined {
  const match = /^(the|its) (.+?) (is|are) (.+)$/.exec(property);
  if (!match) return property;
  const [, article, key, verb, value] = match as unknown as [string, string, string, string, string];
  if (SORT.test(key)) return undefined;
  const measured = /^-?[\d.,]+(?:%| [^\s\d]+)?$/i.test(value);
  if (measured && !/\byears?\b|\b(date|day|time|id|number|code|version|rank|position)$/i.test(key))
    // A plural takes no article: "33 credits", never "a credits of 33".
    return verb === 'are'
      ? /^-?[\d.,]+$/.test(value)
        ? `${value} ${key}`
        : `${key} of ${value}`
      : `${indefiniteArticle(key)} ${key} of ${value}`;
  if (verb === 'are' || CODE_KEY.test(key) || !/[A-Za-z]{2}/.test(value) || /\d/.test(value.replace(/“[^”]*”/g, '')))
    return `${key} ${value}`;
  return `${value} as ${article} ${key}`;
}

/**
 * Properties in prose: one or two as they are ("the score is 0.22 and the disease name is breast
 * carcinoma"), the rest after "with" ("…, with a publication year of 2024 and cancer gene census as
 * the data source"), never "the X is …, the Y is … and the Z is …", a list of fields read out.
 */
export function propertyProse(properties: readonly string[]): string {
  if (properties.length <= 2) return listing([...properties]);
  // A status is said as it is ("the status is payment required"), never glued after "with" ("with payment required as the status").
  const state = (property: string) => /^(?:the|its) (?:status|state) is /.test(property);
  const ordered = [...properties.filter(state), ...properties.filter((property) => !state(property))];
  const rest = ordered.slice(2).flatMap((property) => withPhrase(property) ?? []);
  return rest.length === 0 ? listing(ordered.slice(0, 2)) : `${listing(ordered.slice(0, 2))}, with ${listing(rest)}`;
}
