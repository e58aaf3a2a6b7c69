import { nameWords, withOwnPeriod } from '@inftool/core';
import { COPIED_RUN, sharedRun, summaryOf } from './copied-words.js';
import type { Conversation, ReviewedCall, ReviewedTurn } from './conversation.js';
import { garbledAnswer } from './answer-garble.js';
import { errorResult } from './error-result.js';
import { salienceProblem } from './answer-salience.js';
import { spokenNumbers, unreadableQuantity } from './spoken-numbers.js';
import { sharedNothing } from './shared-nothing.js';
import { contentFacts, identifierFacts, recordContent, resultFacts } from './results.js';
import { FIELD_WORDS, plainWord, unreadableWord } from './english.js';
import { recitedField } from './recited-field.js';

/** An answer that tells the user something failed. */
export const REPORTS_FAILURE =
  /\b(could ?n[o']t|can ?n[o']t|can't|unable|failed|fails|error|errors|unavailable|not available|not found|did ?n[o']t work|went wrong|try again|timed? ?out|rate[- ]limit|problem|issue)\b/i;

const STOPWORDS = new Set(
  'a an the and or but if then than to of in on at for from by with about as into onto over under is are was were be been being do does did have has had i me my you your we our they them it its this that these those what which who whom how why when where please can could would should will shall may might must not no yes just also any some all each more most other such only own same so too very there here tell give show find get make let need want like know thanks thank hi hello hey okay ok sure help request tool tools sorry none call calls able unable unfortunately cannot assist handle anything available afraid'.split(
    ' ',
  ),
);

/** Content words of a text, lightly stemmed ("jokes" and "joke" meet). */
export function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [])
      .filter((word) => !STOPWORDS.has(word))
      .map((word) => word.replace(/(ies|es|s|ing|ed)$/, '').slice(0, 8))
      .filter((word) => word.length >= 3),
  );
}

/** Raw JSON in an answer: an object or array literal (empty ones too), or a `"key":` pair. */
export function isRawJson(answer: string): boolean {
  const text = answer.trim();
  return (
    /^[{[]/.test(text) ||
    /(^|\s)(\{\s*\}|\[\s*\])(\s|$|[.,;|])/.test(text) ||
    /[{[]\s*"[^"\n]{1,80}"\s*:/.test(text) ||
    /"[A-Za-z_][\w-]{0,40}"\s*:\s*["{[\d-tfn]/.test(text)
  );
}

/** An answer cut mid-value: open quotes or brackets, or it stops on a separator or an ellipsis. */
export function isCut(answer: string): boolean {
  const text = answer.trim();
  if (text === '') return false;
  const quotes = (text.match(/(?<!\\)"/g) ?? []).length;
  const opened = (text.match(/[{[(]/g) ?? []).length;
  const closed = (text.match(/[}\])]/g) ?? []).length;
  return quotes % 2 === 1 || opened > closed || /[,:;{[(\-–]$/.test(text) || /(\.\.\.|…)$/.test(text);
}

/** Encoded data pasted into prose: a long base64 run (mixed case and digits) or a hex run longer than a SHA-256. */
export function blobIn(answer: string): string | undefined {
  for (const token of answer.match(/[A-Za-z0-9+/_-]{40,}={0,2}/g) ?? []) {
    if (/[a-z]/.test(token) && /[A-Z]/.test(token) && /[0-9]/.test(token)) return token;
    if (/^[0-9a-f]{65,}$/i.test(token)) return token;
  }
  return undefined;
}

/**
 * A field name glued into a sentence as if it were a noun: "the from Atlanta", "the checked at
 * 2025-01-21", "the added 2025-02-06", "I found 1 is".
 */
export function gluedFieldName(answer: string): string | undefined {
  return (
    /\bthe (?:from|to|by|at|on|is|are|has|was)\s+(?=[A-Z0-9+“"'])\S+/.exec(answer)?.[0] ??
    /\bthe [a-z]+ (?:at|on|by)\s+(?:(?:is|was)\s+)?(?=\d{4}-\d{2})\S+/.exec(answer)?.[0] ??
    /\bthe [a-z]+ed\s+(?=\d{4}-\d{2}-\d{2})\S+/.exec(answer)?.[0] ??
    /\b(?:found|are|were) (?:\d+|one) (?:is|are|was|were|has|have)\b[.,;]?/.exec(answer)?.[0]
  );
}

/** The keys of a result, at every depth. */
function resultKeys(data: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const item of data) resultKeys(item, keys);
  else if (typeof data === 'object' && data !== null) {
    for (const [key, inner] of Object.entries(data)) {
      keys.add(key);
      resultKeys(inner, keys);
    }
  }
  return keys;
}

/**
 * A field label read out that is not English ("the describtion is …", "the marketprice is …", "the ap
 * is 58"): a phrase "the/its <label> is" whose label is a result key, with a word `unreadableWord`
 * flags (misspelt, glued, a short non-word). A person never says a misspelt or opaque field name.
 */
export function opaqueLabel(answer: string, data: readonly unknown[]): string | undefined {
  const keys = new Map<string, string>();
  for (const key of resultKeys(data))
    keys.set(
      key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
      key,
    );
  for (const match of answer.matchAll(
    /\b(?:[Tt]he|[Ii]ts|[Tt]heir) ([A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,3}?) (?:is|are|was|were)\b/g,
  )) {
    const label = match[1]!.toLowerCase();
    // The label may end a longer phrase ("the target's mutlityplier"): its last 1–4 words are the key.
    const words = label.split(' ');
    for (let start = 0; start < words.length; start++) {
      const phrase = words.slice(start).join(' ');
      if (!keys.has(phrase)) continue;
      // Judged as written: "RNA" is an acronym, "rna" a field name.
      const written = match[1]!.split(' ').slice(start);
      const opaque = written.find((word) => unreadableWord(word));
      if (opaque !== undefined) return match[0];
      break;
    }
  }
  return undefined;
}

const TIME_UNITS = /^(second|minute|hour|day|week|month|quarter|year|decade)s?$/i;

/**
 * A count whose noun names nothing real: a time unit counting things that are not times ("There are 2
 * months: Asia Pacific and Southeast Asia", the noun taken from `get_spots_month`), or a noun no reader
 * can read ("3 marketdata", "1 tx").
 */
export function wrongCountNoun(answer: string): string | undefined {
  for (const match of answer.matchAll(
    /\b(?:are|were|returned|found|got|has|have) (?:the )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten) ([A-Za-z]+)(?::([^.]*))?/g,
  )) {
    const [said, , noun, items] = match as unknown as [string, string, string, string | undefined];
    if (unreadableWord(noun)) return said.slice(0, 80);
    if (items !== undefined && TIME_UNITS.test(noun) && !/\d/.test(items)) return said.slice(0, 80);
  }
  return undefined;
}

/** The numbers an answer states, as values (`82,883` → 82883, `4.03%` → 0.0403 as well as 4.03), with how many decimals they were given to. */
function statedNumbers(text: string): Array<{ value: number; decimals: number }> {
  const numbers: Array<{ value: number; decimals: number }> = [];
  // In exponent form ("3.13e-7") a number is given to the decimals of its mantissa, shifted by its exponent.
  for (const match of text.matchAll(/(?<![\w.])-?(\d+)(?:\.(\d+))?e([-+]?\d+)\b/g))
    numbers.push({ value: Number(match[0]), decimals: (match[2]?.length ?? 0) - Number(match[3]) });
  for (const match of text.matchAll(/(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])-?\d+(?:\.\d+)?(%?)(?!\d*e[-+]?\d)/g)) {
    const raw = match[0].replace(/[,%]/g, '');
    const decimals = raw.includes('.') ? (raw.split('.')[1] as string).length : 0;
    numbers.push({ value: Number(raw), decimals });
    if (match[1] === '%') numbers.push({ value: Number(raw) / 100, decimals: decimals + 2 });
  }
  // "670 billion", "18 hours 57 minutes": the same values in words of scale and time.
  return [...numbers, ...spokenNumbers(text)];
}

/** A number stated rounded: the fact rounded to the stated decimals, within 5% (0.040285703944 as "0.04"; never 3.7 as "4", nor 0.04 as "0"). */
function roundedTo(fact: number, stated: { value: number; decimals: number }): boolean {
  if (!Number.isFinite(stated.value) || (stated.value === 0 && fact !== 0)) return false;
  const close = Math.abs(stated.value - fact) <= 0.5 * 10 ** -stated.decimals + 1e-12;
  return close && (fact === 0 || Math.abs(stated.value - fact) / Math.abs(fact) <= 0.05);
}

const NEGATION = /\b(not|no|never|non|none|false|without|cannot)\b|n't\b/;

/**
 * A boolean stated in words for one of the keys that hold it: `deleted: true` as "was deleted",
 * `is_active: false` as "it is not active", `verified: false` as "the verified is no". The key's word
 * has to be there; a negation near it (or "no" after it) states false, else it states true.
 */
function statesBoolean(answer: string, key: string, value: boolean): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !/^(is|has|can|was|does|did|should|allow|enable)$/.test(word));
  // A flag named after its change (`added_status`, `sent_flag`) is stated by the change: "was added", "was not sent".
  const named = words.length >= 2 && /^(status|flag|state|success)$/.test(words.at(-1) as string) ? words.at(-2) : words.at(-1);
  // A login flag is stated as being logged in.
  const word = named === 'login' ? 'logged' : named;
  if (word === undefined || word.length < 3) return false;
  const stem = word.replace(/(ed|d|s|ing)$/, '').slice(0, 6);
  const text = answer.toLowerCase();
  for (const match of text.matchAll(new RegExp(`\\b${stem.replace(/[^a-z0-9]/g, '')}[a-z]*`, 'g'))) {
    const before =
      text
        .slice(0, match.index)
        .split(/[.;!?]/)
        .at(-1)
        ?.split(/\s+/)
        .slice(-5)
        .join(' ') ?? '';
    const after =
      text
        .slice((match.index ?? 0) + match[0].length)
        .split(/[.;,!?]/)[0]
        ?.split(/\s+/)
        .slice(0, 4)
        .join(' ') ?? '';
    // "the status: you are not logged in", "the verified is no": a negation right after the key states false
    const said = /\b(yes|true)\b/.test(after) ? true : /\b(no|not|false)\b|n't\b/.test(after) ? false : !NEGATION.test(before);
    if (said === value) return true;
  }
  return false;
}

/** The keys holding a boolean in a result. */
function booleanKeys(data: unknown, value: boolean): string[] {
  const keys: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, inner] of Object.entries(node)) {
        if (inner === value) keys.push(key);
        else walk(inner);
      }
    }
  };
  walk(data);
  return keys;
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function mentions(answer: string, fact: string | number | boolean, data?: unknown): boolean {
  const text = answer.toLowerCase();
  if (typeof fact === 'number')
    return (
      text.includes(String(fact)) ||
      text.includes(fact.toLocaleString('en-US').toLowerCase()) ||
      statedNumbers(text).some((stated) => roundedTo(fact, stated))
    );
  if (typeof fact === 'boolean')
    return text.includes(String(fact)) || booleanKeys(data, fact).some((key) => statesBoolean(answer, key, fact));
  const value = String(fact)
    .toLowerCase()
    .trim()
    .replace(/[.;:,!]+$/, '');
  if (value.length < 2) return false;
  // A timestamp is stated by its date.
  const date = ISO_DATE.exec(value);
  if (date) return text.includes(date[1] as string);
  // A value pasted whole is stated, however long (a 64-digit signature).
  if (text.includes(value)) return true;
  // Base64 of a sentence is stated by that sentence ("the raw text is “Tariff includes …”").
  const decoded = decodedText(String(fact).trim());
  if (decoded !== undefined) return mentions(answer, decoded);
  // Long texts: any distinctive piece of them counts (an answer paraphrases, it does not paste).
  if (value.length > 40) return [...contentWords(value)].some((word) => word.length >= 5 && text.includes(word));
  return false;
}

/** The text base64 stands for, when it decodes to printable words ("VGFyaWZm…" → "Tariff includes grid fees …"). */
function decodedText(value: string): string | undefined {
  if (value.length < 16 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8').trim();
  return /^[\x20-\x7E]+$/.test(decoded) && /[a-z]{3,}\s+[a-z]{3,}/i.test(decoded) ? decoded : undefined;
}

/** Head words of keys too general to tell what a request asked for ("the list", "the data", "the details"). */
const GENERIC_HEAD =
  /^(name|data|info|information|list|type|kind|value|values|result|results|detail|details|record|records|item|items|entry|entries|code|number|page|limit|size|count|response|payload|content|text|description|message|object|format|version|string|field|option|options|next|previous|token|cursor|unit|units|currency|url|link|href)$/;
const stemOf = (word: string) =>
  word
    .toLowerCase()
    .replace(/(ies|es|s)$/, '')
    .slice(0, 7);
const keyWordsOf = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');

/**
 * A value the request asked for by name that the answer leaves out: a result key every word of which
 * the user used before giving any value ("the hourly forecast" → `forecast`, "the last session" →
 * `lastSession`), not an argument's word nor an echo of an argument, none of whose values the answer states.
 */
export function omittedAskedValue(request: string, calls: readonly ReviewedCall[], answer: string): string | undefined {
  const { argKeys, argValues } = argumentsOf(calls);
  const asked = askedStems(request, argKeys, argValues);
  for (const call of calls)
    for (const [key, said] of askedValues(call.data, asked, argValues))
      if (!said.some((value) => mentions(answer, value, call.data))) return key;
  return undefined;
}

/** The arguments, at every depth (a JSON body's fields too): their names and values say how to find the records, not what to tell. */
function argumentsOf(calls: readonly ReviewedCall[]): { argKeys: Set<string>; argValues: Set<string> } {
  const argKeys = new Set<string>();
  const argValues = new Set<string>();
  const gather = (node: unknown): void => {
    if (typeof node === 'string' && /^\s*[{[]/.test(node)) {
      try {
        gather(JSON.parse(node));
      } catch {
        argValues.add(node.toLowerCase());
      }
    } else if (Array.isArray(node)) node.forEach(gather);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, inner] of Object.entries(node)) {
        argKeys.add(key);
        gather(inner);
      }
    } else if (node !== null && node !== undefined) argValues.add(String(node).toLowerCase());
  };
  for (const call of calls) gather(call.arguments);
  return { argKeys, argValues };
}

/** The stems of the words the user asks to be told by, before the first value they give ("What is the weather in Raleigh?", "all keys for index ind_1"), less the arguments' words. */
function askedStems(request: string, argKeys: Set<string>, argValues: Set<string>): Set<string> {
  const lower = request.toLowerCase();
  const cut = Math.min(
    lower.length,
    ...[...argValues]
      .filter((value) => value.length >= 2)
      .map((value) => lower.indexOf(value))
      .filter((at) => at >= 0),
  );
  const asked = new Set((request.slice(0, cut).match(/[A-Za-z]{3,}/g) ?? []).map(stemOf));
  for (const key of argKeys) for (const word of keyWordsOf(key)) asked.delete(stemOf(word));
  return asked;
}

/** Whether every word of a key is the user's ("last session" → `lastSession`, "the weather" → `weather`; not "rate plans" → `includedInRate`). */
function namedByUser(key: string, asked: Set<string>): boolean {
  const words = keyWordsOf(key).filter((word) => !/^(of|in|on|at|by|for|to|the|a|an|is|has)$/.test(word));
  const head = words.at(-1) ?? '';
  return (
    words.length > 0 &&
    words.length <= 3 &&
    head.length >= 3 &&
    !GENERIC_HEAD.test(head) &&
    !/^(from|to|end|start|date|time|before|after|since|until)$/.test(head) &&
    words.every((word) => asked.has(stemOf(word)))
  );
}

/** A result's plain values under keys the user named, by key (echoes of the arguments left out). */
function askedValues(data: unknown, asked: Set<string>, argValues: Set<string>): Map<string, Array<string | number | boolean>> {
  const values = new Map<string, Array<string | number | boolean>>();
  const walk = (node: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(node)) node.slice(0, 10).forEach((item) => walk(item, depth + 1));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, inner] of Object.entries(node)) {
        if (
          (typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean') &&
          namedByUser(key, asked) &&
          !argValues.has(String(inner).toLowerCase())
        )
          values.set(key, [...(values.get(key) ?? []), inner]);
        else walk(inner, depth + 1);
      }
    }
  };
  walk(data, 0);
  return values;
}

/** Words a sentence may say twice in a row ("that that", "had had"). */
const DOUBLE_OK = /^(that|had|very|bye|ha|no|yes|bora|walla|baden|sing|tom|mahi|can|do|go|so|well|dum)$/i;

/** A word written twice in a row ("the UV index index is 2", "the language code is is"), or undefined. */
export function doubledWord(answer: string): string | undefined {
  for (const match of answer.matchAll(/(?<![\w'’-])([A-Za-z]{2,})\s+\1(?![\w'’-])/gi))
    if (!DOUBLE_OK.test(match[1] as string)) return match[0];
  return undefined;
}

/**
 * Fields read out one after another: "the X is Y" three times or more in a row ("the status is ok,
 * the version is 1.2, the uptime is 3600 seconds and …"), a list of fields, not an answer.
 */
export function fieldList(answer: string): string | undefined {
  // A field is named in words: "The unit uni_d6c9… is not available" names a record, not a field.
  const clause = String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir) [A-Za-z '’-]{1,40}? (?:is|are) (?:[^,;.:]|[.:,](?=\d))+?`;
  const match = new RegExp(`${clause}(?:, (?:and )?| and |; )${clause}(?:, (?:and )?| and |; )${clause}(?=[,;.]| and |$)`).exec(answer);
  return match?.[0];
}

/** Units a length of time is said in. */
const TIME_UNIT = String.raw`(?:%|seconds?|secs?|s|ms|milliseconds?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|nights?)\b`;

/**
 * A record read out, not told: field names recited (`recitedField`), a state word glued after "with" as a field ("with delivered as its status",
 * where "it is delivered" says it), or a duration with no unit ("its duration is 300", "duration 60"), a number a
 * user cannot read. Said with the words that show it.
 */
export function readOut(answer: string): string | undefined {
  const status = /\bwith (?:(?!\bwith\b)[^;.])*?\bas (?:its|the|their) (?:status|state)\b/i.exec(answer);
  if (status !== null) return `a status read out as a field: "${status[0]}"`;
  const duration = new RegExp(String.raw`\bduration (?:is |of )?(-?\d[\d,]*(?:\.\d+)?)(?![\d.,]*\s*${TIME_UNIT})`, 'i').exec(answer);
  if (duration !== null) return `a duration without its unit: "${duration[0]}"`;
  return recitedField(answer);
}

/** A number said in bytes that no size, length or bytes field of the results holds ("the count is 5 bytes"). */
export function unitlessBytes(answer: string, data: readonly unknown[]): string | undefined {
  const sizes = new Set<number>();
  const walk = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) node.forEach((item) => walk(item, key));
    else if (typeof node === 'object' && node !== null) for (const [inner, value] of Object.entries(node)) walk(value, inner);
    else if (typeof node === 'number' && /size|bytes|length|memory|disk|storage|capacity|quota|space/i.test(key)) sizes.add(node);
  };
  data.forEach((item) => walk(item));
  for (const match of answer.matchAll(/(\d[\d,]*(?:\.\d+)?) bytes\b/g)) {
    const said = Number((match[1] as string).replace(/,/g, ''));
    if (![...sizes].some((size) => size === said)) return match[0];
  }
  return undefined;
}

/** How many distinct texts of four or more characters, or numbers of two or more digits, a record holds (two levels deep, links aside) that the answer says. */
function toldLeaves(answer: string, data: unknown): number {
  const told = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 2) return;
    if (Array.isArray(node)) return;
    if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node))
        if (!/(^|_)(id|key|uri|url|sid)$|(Id|Key|Uri|Url|Sid)$/.test(key)) walk(value, depth + 1);
    } else if (typeof node === 'string' && node.length >= 4 && !/^https?:/.test(node) && answer.includes(node)) told.add(node);
    else if (typeof node === 'number' && Math.abs(node) >= 10 && mentions(answer, node, data)) told.add(String(node));
  };
  walk(data, 0);
  return told.size;
}

/**
 * A thin answer to a record: of the values one returned record holds (ids, links, bookkeeping, names
 * and echoes aside) it states at most one when there are three or more, or only a yes/no word
 * ("Climate is active.") when there are two or more. Said with the values left out.
 */
export function thinAnswer(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const call of calls) {
    // A value under a key not in plain English (`describtion`, `oekostrom`, a bare `per`) is no value an answer must give.
    const values = recordContent(call)?.filter(({ key }) => {
      const words = key
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word) => word !== '');
      return (
        // `num` is "number of" (`numAPIs`, `num_specs`): a headline count, no opaque word.
        words.every((word) => plainWord(word) || word === 'num' || /^\d+$/.test(word) || /^[a-z]$/.test(word)) &&
        !(words.length === 1 && (words[0] as string).length <= 3 && !FIELD_WORDS.has(words[0] as string))
      );
    });
    if (values === undefined) continue;
    // An answer that tells three or more other things the record holds (its minister's name, its contact's email) is no thin one.
    if (toldLeaves(answer, call.data) >= 3) continue;
    const stated = values.filter(({ value }) => mentions(answer, value, call.data));
    const worded = stated.filter(({ value }) => typeof value !== 'boolean');
    if (
      (values.length >= 3 && stated.length <= 1) ||
      (values.length >= 2 && worded.length === 0 && values.some(({ value }) => typeof value !== 'boolean'))
    ) {
      const left = values.filter((entry) => !stated.includes(entry)).map(({ key }) => key);
      return `it states ${stated.length} of the ${values.length} values the record holds (left out: ${left.slice(0, 4).join(', ')})`;
    }
  }
  return undefined;
}

/** Whether a result is, or holds at its top, an empty list. */
const holdsEmptyList = (data: unknown): boolean =>
  (Array.isArray(data) && data.length === 0) ||
  (typeof data === 'object' && data !== null && Object.values(data).some((value) => Array.isArray(value) && value.length === 0));

/** "As for KRAS, the related name is KRAS": a sentence that gives its own subject as a value. */
export function tautology(answer: string): string | undefined {
  for (const sentence of answer.split(/(?<=[.!?])\s+/)) {
    const about = /^(?:for|as for|about|looking at|what i see for|here is what i have on)?\s*([^:,;]+)[:,]/i.exec(
      sentence.replace(/[“”]/g, ''),
    );
    if (about === null) continue;
    const subject = (about[1] as string).trim().toLowerCase();
    for (const match of sentence.matchAll(/\bthe [a-z ]+? (?:is|are) (“[^”]+”|.+?)(?= and |, |; |\.\s|\.?$)/g))
      if ((match[1] as string).replace(/[“”]/g, '').trim().toLowerCase() === subject) return sentence;
  }
  return undefined;
}

/** Why the answer to a turn with tool calls is not a reviewer's answer, or undefined. */
export function answerProblem(turn: ReviewedTurn, index: number): string | undefined {
  const calls = turn.steps.flat().filter((call) => !call.rejected);
  if (calls.length === 0) return undefined;
  const answer = (turn.answer ?? '').trim();
  const where = `turn ${index + 1}`;
  if (answer === '') return `${where}: no answer after the results`;
  if (isRawJson(answer)) return `${where}: the answer is raw JSON: ${answer.slice(0, 80)}`;
  if (isCut(answer)) return `${where}: the answer is cut mid-value: …${answer.slice(-60)}`;
  if ((answer.match(/[A-Za-z]{2,}/g) ?? []).length < 3) return `${where}: the answer is not prose: ${answer.slice(0, 80)}`;
  const blob = blobIn(answer);
  if (blob !== undefined) return `${where}: the answer pastes encoded data: ${blob.slice(0, 40)}…`;
  const glued = gluedFieldName(answer);
  if (glued !== undefined) return `${where}: the answer reads a field name as a noun: "${glued}"`;
  const doubled = doubledWord(answer);
  if (doubled !== undefined) return `${where}: the answer says a word twice: "${doubled}"`;
  const fields = fieldList(answer);
  if (fields !== undefined) return `${where}: the answer reads out fields one after another, not prose: "${fields.slice(0, 100)}"`;
  const read = readOut(answer);
  if (read !== undefined) return `${where}: the answer reads out a record instead of telling it: ${read}`;
  const succeeded = calls.filter((call) => !errorResult(call));
  if (succeeded.length === 0)
    return REPORTS_FAILURE.test(answer) ? undefined : `${where}: every call failed but the answer does not say so`;
  const counted = wrongCountNoun(answer);
  if (counted !== undefined) return `${where}: the answer counts with a noun that names nothing real: "${counted}"`;
  const garbled = garbledAnswer(answer, succeeded);
  if (garbled !== undefined) return `${where}: the answer is a garbled template: ${garbled}`;
  const nothing = sharedNothing(answer);
  if (nothing !== undefined) return `${where}: the answer says a zero for all items, which tells nothing: "${nothing}"`;
  const unreadable = unreadableQuantity(answer, [turn.user, ...succeeded.map((call) => JSON.stringify(call.data))].join(' '));
  if (unreadable !== undefined) return `${where}: the answer says an amount or a length of time no one reads: "${unreadable}"`;
  const bytes = unitlessBytes(
    answer,
    succeeded.map((call) => call.data),
  );
  if (bytes !== undefined) return `${where}: the answer gives a unit no result states: "${bytes}"`;
  const label = opaqueLabel(
    answer,
    succeeded.map((call) => call.data),
  );
  if (label !== undefined) return `${where}: the answer reads out a field name that is not English: "${label}"`;
  const facts = succeeded.flatMap((call) => resultFacts(call, { newIds: true }).map((fact) => ({ fact, data: call.data })));
  // "There are no articles": an empty list is the answer, whatever else its envelope holds.
  const saysNone = /\b(?:found|are|returned|is) no [a-z]+/i.test(answer) && succeeded.some((call) => holdsEmptyList(call.data));
  if (facts.length > 0 && !saysNone && !facts.some(({ fact, data }) => mentions(answer, fact, data)))
    return `${where}: the answer states none of the results (e.g. ${String(facts[0]?.fact).slice(0, 40)})`;
  const thin = thinAnswer(answer, succeeded);
  if (thin !== undefined) return `${where}: the answer is thin: ${thin}`;
  const circular = tautology(answer);
  if (circular !== undefined) return `${where}: the answer gives its subject as its own value: "${circular}"`;
  const omitted = omittedAskedValue(turn.user, succeeded, answer);
  if (omitted !== undefined) return `${where}: the answer leaves out the ${omitted} the request asked for`;
  const salient = salienceProblem(answer, turn.user, succeeded);
  if (salient !== undefined) return `${where}: ${salient}`;
  // Ids alone tell the user which records, not what they say: when the records carry more, say some of it.
  const content = succeeded.flatMap((call) => contentFacts(call).map((fact) => ({ fact, data: call.data })));
  const ids = succeeded.flatMap((call) => identifierFacts(call));
  if (content.length > 0 && ids.some((id) => mentions(answer, id)) && !content.some(({ fact, data }) => mentions(answer, fact, data)))
    return `${where}: the answer states only ids though the records say more (e.g. ${String(content[0]?.fact).slice(0, 40)})`;
  return undefined;
}

/** Verbs of a request and of a tool's description: what is done, not what it is done to. */
const ACTION_WORDS = new Set(
  [
    ...'get fetch find search list show pull look check retrieve resolve give read return display view obtain provide query lookup load access browse particul specific specifi given passed associat one'.split(
      ' ',
    ),
  ].map((word) => word.slice(0, 8)),
);

/** What an answer claims it did ("I found", "Here are", "I've booked"): no refusal says that. */
const CLAIMS_DONE =
  /\b(I (?:found|fetched|retrieved|created|booked|sent|deleted|updated|renewed|transferred|tracked|ordered|scheduled)|I(?:'ve| have) (?:found|fetched|retrieved|created|booked|sent|deleted|updated|done|renewed|transferred|tracked|ordered|scheduled)|[Hh]ere (?:is|are) (?:the|your)|[Dd]one[.:!])/;

/**
 * An irrelevance answer that contradicts itself: it claims to have done what it refuses ("I can't book
 * a table … I booked it"), or an offered tool does what the user asked (the request's nouns, its
 * values aside, are the very nouns of the tool's name and first sentence): the refusal is false, the request was no irrelevance.
 */
export function contradictoryRefusal(conversation: Conversation, answer: string): string | undefined {
  const claim = CLAIMS_DONE.exec(answer);
  if (claim) return `the refusal claims it was done: "${claim[0]}"`;
  const first = conversation.turns[0]?.user ?? '';
  const values = new Set<string>();
  // The values asked with (an irrelevance request's are those it knows for the withheld tool) are no words of what was asked.
  const given = [
    ...(conversation.task.expectedCalls ?? []).flat().flatMap((call) => Object.values(call.arguments ?? {})),
    ...Object.values(conversation.task.known ?? {}),
  ];
  for (const value of given) if (typeof value === 'string' || typeof value === 'number') values.add(String(value).toLowerCase());
  let request = first.toLowerCase();
  for (const value of values) if (value.length >= 2) request = request.split(value).join(' ');
  // Ids and codes ("pos_7638adb918") are values too.
  request = request.replace(/\S*\d\S*/g, ' ');
  const nouns = [...contentWords(request)].filter((word) => !ACTION_WORDS.has(word) && !/\d/.test(word));
  if (nouns.length < 2) return undefined;
  for (const tool of conversation.tools.values()) {
    const firstSentence = (tool.description ?? '').split(/(?<=[.!?])\s/)[0] ?? '';
    const said = contentWords(`${tool.name.replace(/[_-]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2')} ${firstSentence}`);
    if (!nouns.every((noun) => said.has(noun))) continue;
    const more = [...said].filter((word) => !nouns.includes(word) && !ACTION_WORDS.has(word));
    if (more.length === 0) return `the offered tool ${tool.name} does what the request asks (${nouns.join(', ')})`;
  }
  return offeredAsked(conversation, answer, nouns);
}

/**
 * The refusal offers, as something else it can do, a tool that does what was asked: the tool's first
 * sentence (its period the name's, `get_spots_month` "… for week" → month) names the very things of
 * the request, no more and no fewer, and the refusal names the tool by most of those words ("I can't
 * get the change chart for the week … I can get the change chart for the week"). `nouns` are the
 * request's content words, its values and action verbs aside.
 */
export function offeredAsked(conversation: Conversation, answer: string, nouns: readonly string[]): string | undefined {
  const request = new Set(nouns);
  const refusal = contentWords(answer);
  for (const tool of conversation.tools.values()) {
    const sentence = withOwnPeriod(
      (tool.description ?? '').replace(/\s*\([^)]*\)/g, '').split(/(?<=[.!?])\s/)[0] ?? '',
      nameWords(tool.name),
    );
    const does = [...contentWords(sentence)].filter((word) => !ACTION_WORDS.has(word));
    if (does.length < 2) continue;
    const named = does.filter((word) => refusal.has(word)).length / does.length >= 0.6;
    if (named && does.every((word) => request.has(word)) && nouns.every((word) => does.includes(word)))
      return `the refusal offers ${tool.name}, which does what the request asks (${does.join(', ')})`;
  }
  return undefined;
}

/** Irrelevance: nothing called, and the answer says what the tools cannot do, not a stock refusal. */
export function irrelevanceProblem(conversation: Conversation): string | undefined {
  const first = conversation.turns[0];
  if (!first) return 'no user turn';
  const answer = (first.answer ?? '').trim();
  if (answer === '') return 'no answer to the request';
  const asked = contentWords(first.user);
  const said = contentWords(answer);
  const offered = contentWords(
    [...conversation.tools.values()].map((tool) => `${tool.name.replace(/[_-]/g, ' ')} ${tool.description ?? ''}`).join(' '),
  );
  const aboutRequest = [...said].some((word) => asked.has(word));
  const aboutTools = [...said].some((word) => offered.has(word));
  if (!aboutRequest && !aboutTools) return `a stock refusal that names neither the request nor what the tools do: ${answer.slice(0, 80)}`;
  return quotedDocumentation(conversation, answer) ?? contradictoryRefusal(conversation, answer);
}

/**
 * A refusal that offers the tools in their documentation's words (`COPIED_RUN` words or more of one
 * description in a row, the user's own words aside): what the assistant can do is said in a few words
 * of its own ("I can look up meter readings"), not read out from the specs.
 */
export function quotedDocumentation(conversation: Conversation, answer: string): string | undefined {
  const request = conversation.turns[0]?.user ?? '';
  for (const tool of conversation.tools.values()) {
    const run = sharedRun(answer, summaryOf(tool.description));
    // Saying the user's request back is not quoting the tools.
    if (run.length >= COPIED_RUN && sharedRun(run.join(' '), request).length < run.length)
      return `the refusal quotes the description of ${tool.name}: "${run.join(' ')}"`;
  }
  return undefined;
}
