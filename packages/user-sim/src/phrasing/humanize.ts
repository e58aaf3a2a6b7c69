/** Names and values as a person would write them: `DRUG_ID` → "drug ID", `indexKind` → "index kind". */
import { nameWords, spelledWords } from '@inftool/core';

/** Single words that read better as two. */
const SPLIT: Record<string, string> = {
  pvalue: 'p-value',
  zipcode: 'ZIP code',
  postcode: 'postcode',
  pagesize: 'page size',
  firstname: 'first name',
  lastname: 'last name',
  username: 'username',
};

/**
 * A parameter name in words, abbreviations spelled out (the shared list in `@inftool/core`):
 * `DRUG_ID` → "drug ID", `indexKind` → "index kind", `api-version` → "API version", `FaxSid` →
 * "fax SID", `lat` → "latitude", `tz` → "time zone", `temp_max` → "maximum temperature", `1.8.0` →
 * "1.8.0" (a name without letters stays as it is).
 */
export function humanizeParameter(name: string): string {
  if (!/[A-Za-z]/.test(name)) return name;
  return spelledWords(name)
    .map((word) => SPLIT[word] ?? unglued(word) ?? word)
    .join(' ');
}

/** A contact word glued to the word before it (`responseemail`, `callbackurl`, `phonenumber`). */
const GLUED = /^([a-z]{3,}?)(email|url|uri|address|phone|number)$/;

/** `responseemail` → "response email", `callbackurl` → "callback URL"; undefined for a word that is no two. */
function unglued(word: string): string | undefined {
  const match = GLUED.exec(word);
  if (match === null) return undefined;
  const [, first, second] = match as unknown as [string, string, string];
  return `${first} ${/^ur[li]$/.test(second) ? second.toUpperCase() : second}`;
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
  // Spelled out first: `messageid` → message ID, `PageNo` → page number.
  const words = /[A-Za-z]/.test(name) ? spelledWords(name) : nameWords(name);
  while (
    words.length > 0 &&
    /^(id|ids|sid|sids|key|keys|guid|guids|uuid|uuids|code|codes|number|numbers|no|ref|refs|reference|references)$/i.test(
      words.at(-1) as string,
    )
  )
    words.pop();
  // `guest_name` names a guest; `first_name`, `file_name` name no thing of their own.
  if (
    words.length > 1 &&
    words.at(-1) === 'name' &&
    !/^(first|last|full|display|user|file|middle|given|family|nick|host|domain|short|long)$/.test(words.at(-2) as string)
  )
    words.pop();
  return words.length > 0 ? words.map((word) => SPLIT[word] ?? word).join(' ') : undefined;
}

/** First letter up. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
