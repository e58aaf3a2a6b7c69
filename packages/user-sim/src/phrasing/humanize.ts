/** Names and values as a person would write them: `DRUG_ID` → "drug ID", `indexKind` → "index kind". */
import { nameWords } from '@inftool/core';

/** Words written in capitals whatever case a name uses. */
const ACRONYMS = new Set([
  'api', 'id', 'ids', 'url', 'uri', 'urls', 'uris', 'sha', 'sha1', 'sha256', 'sha512', 'md5', 'efo', 'eco', 'sid', 'guid', 'uuid', 'ip', 'dns', 'http', 'https',
  'json', 'xml', 'csv', 'pdf', 'sms', 'tse', 'vat', 'iban', 'bic', 'isbn', 'ssn', 'zip', 'iso', 'utc', 'gps', 'ocpp', 'vid', 'sku', 'faq', 'html', 'ssl', 'tls',
  'rss', 'ttl', 'gtin', 'ean', 'upc', 'iata', 'icao', 'imei', 'vin',
]);
/** Short forms a name uses that a person writes out: `lat` → "latitude", `lang` → "language". */
const WRITTEN_OUT: Record<string, string> = { lat: 'latitude', lon: 'longitude', lng: 'longitude', lang: 'language', cmd: 'command', qty: 'quantity', desc: 'description', addr: 'address', msg: 'message', dest: 'destination', src: 'source', tz: 'time zone', img: 'image' };
/** Acronyms with their usual spelling. */
const SPELLED: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512', ids: 'IDs', urls: 'URLs', uris: 'URIs', zip: 'ZIP' };
/** Single words that read better as two. */
const SPLIT: Record<string, string> = { pvalue: 'p-value', zipcode: 'ZIP code', postcode: 'postcode', pagesize: 'page size', firstname: 'first name', lastname: 'last name', username: 'username' };


function humanWord(word: string): string {
  if (SPELLED[word]) return SPELLED[word] as string;
  if (SPLIT[word]) return SPLIT[word] as string;
  if (WRITTEN_OUT[word]) return WRITTEN_OUT[word] as string;
  return ACRONYMS.has(word) ? word.toUpperCase() : word;
}

/**
 * A parameter name in words: `DRUG_ID` → "drug ID", `indexKind` → "index kind", `api-version` →
 * "API version", `FaxSid` → "fax SID", `1.8.0` → "1.8.0" (a name without letters stays as it is).
 */
export function humanizeParameter(name: string): string {
  if (!/[A-Za-z]/.test(name)) return name;
  return nameWords(name).map(humanWord).join(' ');
}

/** A tool name in words: `posts_get_all_keys` → "posts get all keys". */
export function humanizeName(name: string): string {
  return humanizeParameter(name);
}

/** "a", "a and b", "a, b and c". */
export function naturalList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) as string}`;
}

/** The noun a name identifies: `order_id` → "order", `FaxSid` → "fax", `guest_name` → "guest"; undefined for a bare `id`. */
export function entityOf(name: string): string | undefined {
  const words = nameWords(name);
  while (words.length > 0 && /^(id|ids|sid|sids|key|keys|guid|guids|uuid|uuids|code|codes|number|numbers|no|ref|refs|reference|references)$/.test(words.at(-1) as string)) words.pop();
  // `guest_name` names a guest; `first_name`, `file_name` name no thing of their own.
  if (words.length > 1 && words.at(-1) === 'name' && !/^(first|last|full|display|user|file|middle|given|family|nick|host|domain|short|long)$/.test(words.at(-2) as string)) words.pop();
  return words.length > 0 ? words.map(humanWord).join(' ') : undefined;
}

/** First letter up. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
