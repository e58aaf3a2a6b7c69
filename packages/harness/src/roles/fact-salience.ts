/** How salient a field of a result is: counted things, secrets never said, words the request used. */
import { ACRONYMS as CAPITALS } from '@inftool/core';
import { humanKey, sayableKey, SPELLED, UNIT_WORDS } from './key-words.js';
import type { MeasureSystem } from './fact-measures.js';

/** A counted thing as its key says it (`deaths` → "3,339 deaths", `num_pages` → "3 pages"), or undefined when the key is no plural noun. */
export function counted(key: string, value: number): string | undefined {
  // "genes in pathway" → "26 genes in the pathway".
  const within = /^(?:number of )?([a-z]{2,}s) (in|on|per|of) ([a-z]+)$/.exec(humanKey(key));
  // "per" and "of" take no article: "3 degrees of freedom", "12 calls per minute", never "degrees of the freedom".
  if (within && Number.isInteger(value) && !/(ss|us|is)$/.test(within[1] as string))
    return `${Math.abs(value) >= 1000 ? value.toLocaleString('en-US') : String(value)} ${Math.abs(value) === 1 ? (within[1] as string).replace(/s$/, '') : (within[1] as string)} ${within[2] as string}${/^(in|on)$/.test(within[2] as string) ? ' the' : ''} ${within[3] as string}`;
  const words = humanKey(key)
    .replace(/^number of /, '')
    .split(' ');
  // "record count" → "3,004,293 records", "word count" → "5 words".
  if (
    words.length === 2 &&
    words[1] === 'count' &&
    /^[a-z]{3,}$/.test(words[0] as string) &&
    !/(s|ss|us|is)$/.test(words[0] as string) &&
    // a participle counts nothing by itself ("received count" is no "50 receiveds")
    !/[a-z]{3}ed$/.test(words[0] as string) &&
    !UNCOUNTABLE.test(words[0] as string) &&
    // an adjective counts nothing by itself ("helpful count" is no "50 helpfuls")
    !ADJECTIVE.test(words[0] as string) &&
    Number.isInteger(value)
  ) {
    const noun = words[0] as string;
    const many = /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : /(x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
    return `${Math.abs(value) >= 1000 ? value.toLocaleString('en-US') : String(value)} ${Math.abs(value) === 1 ? noun : many}`;
  }
  const last = words.at(-1) ?? '';
  // "return on assets" is a ratio of them, no count of assets
  if (words.some((word) => /^(on|of|per|for|to|from|by)$/.test(word))) return undefined;
  // An acronym's plural counts ("10 APIs"), though it ends like "analysis".
  const acronyms = /^[A-Z0-9]{2,}s$/.test(SPELLED[last] ?? '') ? (SPELLED[last] as string) : undefined;
  if (acronyms !== undefined && Number.isInteger(value))
    return `${Math.abs(value) >= 1000 ? value.toLocaleString('en-US') : String(value)} ${Math.abs(value) === 1 ? acronyms.slice(0, -1) : acronyms}`;
  if (!Number.isInteger(value) || words.length > 3 || !/[a-z]{2,}s$/.test(last) || /(ss|us|is|status|series|news)$/.test(last))
    return undefined;
  if (Math.abs(value) === 1)
    words[words.length - 1] = last
      .replace(/ies$/, 'y')
      .replace(/(ch|sh|x)es$/, '$1')
      .replace(/s$/, '');
  return `${Math.abs(value) >= 1000 ? value.toLocaleString('en-US') : String(value)} ${words.join(' ')}`;
}

/** Endings of adjectives: no noun to count or to name a field by ("helpful", "historical", "contractable"). */
export const ADJECTIVE =
  /^(?!(?:total|interval|rental|arrival|signal|material|potential|capital|removal|approval|renewal|proposal|referral|retrieval|disposal|withdrawal|terminal|portal|journal|manual|original|animal|hospital|festival|trial|objective|executive|relative|representative|initiative|alternative|archive|directive|incentive|detective|explosive|music|topic|logic|traffic|public|clinic|metric|graphic|picture)$)[a-z]{3,}(ful|less|ical|al|ive|ous|able|ible|ic)$/;

/** Words that hedge a flag (`maybe_audio_invalid`): "is not maybe audio invalid" says nothing a user can act on. */
export const HEDGE = /\b(maybe|possibly|probably|likely|perhaps|potentially)\b/;

/** Nouns with no plural ("evidence count" stays a count, never "5 evidences"). */
const UNCOUNTABLE =
  /^(evidence|information|info|data|equipment|feedback|advice|research|software|hardware|traffic|music|news|progress|knowledge|luggage|baggage|furniture|money|weather|content|media|metadata|usage|staff)$/;

/** Keys of a headline total: `numAPIs`, `num_specs`, `numberOfEndpoints`, `total_cases`, `totalRevenue`. */
export const HEADLINE = /^(?:num(?:ber)?(?:_?of)?(?:[A-Z_])|total(?:$|[A-Z_]))/;
/** Keys whose value no answer reads out: a person's SSN or tax number, a password, a PIN, a card's number or code. */
const NEVER_SAID =
  /(?:^|_)(?:ssn|social_?security(?:_?number)?|tax_?id|passwd|password|pin|cvv|cvc|card_?number)$|(?:Ssn|SSN|Password|Pin|Cvv|CardNumber)$/;
/** Keys of credentials: said only when the user asked for them by name ("create an API key"). */
const CREDENTIAL =
  /(?:^|_)(?:secret|client_?secret|api_?key|access_?token|refresh_?token|private_?key)$|(?:Secret|ApiKey|AccessToken|RefreshToken|PrivateKey)$/;
/** A social security number, whole or masked (`123-45-6789`, `***-**-8831`). */
const SSN_VALUE = /^(?:\d{3}|\*{3})-(?:\d{2}|\*{2})-\d{4}$/;

/** Whether a field holds a secret the answer must not read out (a credential the request named aside). */
export function secretField(key: string, value: unknown, request?: string): boolean {
  return (
    NEVER_SAID.test(key) ||
    (typeof value === 'string' && SSN_VALUE.test(value.trim())) ||
    (CREDENTIAL.test(key) && !namedByRequest(key, request))
  );
}

/** Keys that say what a user usually asked for: a verdict, a state, an amount, a score. */
export const SALIENT =
  /(verdict|status|state|result|score|risk|malicious|total|amount|price|balance|rate|value|temperature|forecast|available|valid|distance|duration|version|answer|level|count|quantity|cost|fee|rating|conditions?)$/i;
/** Keys that hold what a document says. */
const CONTENT = /(^| )(summary|description|abstract|synopsis|subheadline|excerpt|snippet|content|text|body|caption)$/;
/** Past participles a key may be (`added`, `checked_at`): a date it happened on. */
/** One-word keys that are adjectives: a whole number under them counts the things they describe. */
export const COUNTED_ADJECTIVE =
  /^(?:in)?(?:valid|active|complete)$|^(?:pending|open|closed|unread|unresolved|resolved|failed|passed|skipped|succeeded|completed|expired|blocked|broken|missing|duplicate|unique|healthy|unhealthy|online|offline|available|unavailable)$/;

export const DONE = /^(?:(?:date|time) )?([a-z]+ed)(?: (?:at|on|date|time))?$|^([a-z]+ed) (?:at|on)$/;

/** A key in words, abbreviations spelled out. */
function keyWords(key: string): string[] {
  return (sayableKey(key) ?? humanKey(key))
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => SPELLED[word] ?? CAPITALS[word] ?? word);
}

/** The words a request uses, for matching against keys. */
export function requestWords(request?: string): Set<string> {
  // A word naming the code after it ("with keys pos_1 and pos_2", "ID dru_1") says how to find the record, not what to tell.
  const text = (request ?? '').replace(/\b[A-Za-z]+\s+(?=[\w.-]*\d[\w.-]*[_-]|[\w-]*_[\w-]*\d|[A-Z]{2,}\d{4,}|[0-9a-f]{16,})/g, ' ');
  return new Set(
    text
      .toLowerCase()
      .match(/[a-z]{3,}/g)
      ?.map((word) => word.replace(/(ies|es|s)$/, '').slice(0, 7)) ?? [],
  );
}

/** Whether the user asked for a key by all its words ("create a session key" → `session_key`): an id so named is what they want told. */
export function namedByRequest(key: string, request?: string): boolean {
  const words = humanKey(key)
    .split(' ')
    .filter((word) => word.length >= 3);
  const said = requestWords(request);
  return words.length > 0 && words.every((word) => said.has(word.replace(/(ies|es|s)$/, '').slice(0, 7)));
}

/** A key and its value as a fact is made of: the key's words, the request's words, how much it matters. */
export interface Field {
  key: string;
  value: unknown;
  words: string[];
  phrase: string;
  unit: string | undefined;
  asked: Set<string>;
  salience: number;
  /** Whether the record is a file's (a bare `size` in it is in bytes). */
  fileLike?: boolean;
  /** The measurement system the call asked for (`units: "I"` → imperial), which gives temperatures and speeds their units. */
  system?: MeasureSystem;
  /** How many headline totals the record holds (`numAPIs`, `numSpecs`): two or more make it a summary of counts. */
  headlines?: number;
  /** The unit the record keeps for this number (`distance_unit: "km"`, `unit: "celsius"` for a temperature): it wins over the system. */
  ownUnit?: string;
}

export const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/(ies|es|s)$/, '')
    .slice(0, 7);

/**
 * A moment (`sunrise_ts`, `pub_date_ms`), not a length of time (`uptime_seconds`, `time_ms`): a time in seconds or
 * milliseconds since 1970 reads as a date, its key without the unit; undefined when a small number there is no time at all.
 */
export function momentOf(key: string, value: unknown): { value: unknown; words: string[] } | undefined {
  const words = keyWords(key);
  const spelled = humanKey(key);
  const inUnit = UNIT_WORDS[spelled.split(' ').at(-1) ?? ''] !== undefined;
  // `added_at_ms`: when a thing happened, written in a unit (a moment, not a length of time like `time_ms`).
  const happened =
    (inUnit && /(_at|At|_on)$/.test(key.replace(/_?(ms|millis|milliseconds|secs|seconds)$/i, ''))) ||
    // a span's bounds in seconds or milliseconds since 1970 (`timeframe: {start: 1747985400, end: …}`), never a small offset
    (/^(start|end)$/i.test(key) && typeof value === 'number' && value >= 946684800 && value < 4.1e12);
  if (
    typeof value !== 'number' ||
    !(/time|epoch|stamp|(ed|_at|At|_on|date|Date)$/.test(key) || /\b(timestamp|date)\b/.test(spelled) || happened) ||
    (inUnit && !/\b(date|timestamp)\b/.test(spelled) && !happened)
  )
    return { value, words };
  const ms = value >= 1e11 && value < 1e14 ? value : value >= 1e8 && value < 1e11 ? value * 1000 : undefined;
  // A participle holding a small number is a count (`creditsUsed`: 2), not a time.
  if (ms === undefined) return !/[a-z]ed$/i.test(key) || /time|epoch|stamp|date/i.test(key) ? undefined : { value, words };
  // "the sunrise is 2025-03-14 06:12 UTC": the unit or the word `timestamp` closing the key goes.
  return {
    value: new Date(Math.round(ms)).toISOString(),
    words: words.length > 1 && (inUnit || words.at(-1) === 'timestamp') ? words.slice(0, -1) : words,
  };
}

/** Weight of the content a document says (its summary, its description): the plain `summary` before a `socialMediaSummary`. */
export const contentWeight = (key: string, value: unknown) =>
  typeof value === 'string' && CONTENT.test(humanKey(key)) ? (humanKey(key).includes(' ') ? 2.5 : 3) : 0;

/**
 * How much a field matters: a key whose head word the request uses ("which product …" → `product`) counts most,
 * another of its words less; what a document says comes before its metadata; verdicts, states and amounts next.
 */
export function salienceOf({ key, value, words, asked, headlines }: Field): number {
  return (
    contentWeight(key, value) +
    (SALIENT.test(humanKey(key)) ? 2 : 0) +
    // A headline total (`numAPIs`, `total_cases`, `numberOfSpecs`) comes before the side counts beside it.
    // A lone `num_pages` beside a fax's status is a side value; a `total…`, or one of a summary's counts, is not.
    (typeof value === 'number' && HEADLINE.test(key) && (/^total/.test(key) || (headlines ?? 0) >= 2) ? 2 : 0) +
    (asked.has(stem(words.at(-1) ?? '')) ? 4 : words.some((word) => asked.has(stem(word))) ? 2 : 0) +
    // The day a thing starts, ends or is due (`start_date: "2025-06-07"`) is when it happens, not when it was stamped: it comes before counts.
    (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) && HAPPENS.test(humanKey(key)) ? 1.5 : 0)
  );
}

/** Keys of the day a thing happens: its start, end, due day, departure or arrival. */
const HAPPENS = /\b(start|starts|begin|begins|end|ends|due|deadline|expiry|expires|expiration|departure|arrival|birth)\b/;
