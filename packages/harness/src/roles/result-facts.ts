/** The facts of a result as the offline assistant says them: keys in words, salient values first, one sentence. */
import { ACRONYMS as CAPITALS, indefiniteArticle } from '@inftool/core';
import { humanKey, sayableKey, SPELLED, UNIT_WORDS } from './key-words.js';
import { formatValue, listing, propertyProse } from './format-value.js';
import { recordUnits, unitKeyPhrase } from './record-units.js';
import { largeMoney, measuredAmount, spanWords } from './spoken-quantity.js';
import { requisitionFacts } from './requisition-facts.js';

export { englishWord, humanKey, misspelt, sayableKey } from './key-words.js';
export { enumWords, formatValue, isBlob, listing, propertyProse } from './format-value.js';

export type Json = Record<string, unknown>;
export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const LABELS = ['name', 'title', 'headline', 'display_name', 'displayName', 'full_name', 'label', 'subject'];
export const ID = /(^|_)(id|sid|uuid|guid|key)$|(Id|Sid|Uuid|Guid|Key)$/;
/** Fields that say nothing to the user: bookkeeping, links, echoes of what was asked. */
export const NOISE =
  /^(created_at|updated_at|date_created|date_updated|timestamp|url|uri|links?|href|api[-_ ]?version|etag|_.*|ttl)$|(Url|Uri|_url|_uri)$/;
/**
 * Paging and query plumbing (`has_next`, `next_page_number`, `totalElements`, `cursor`, `filter`): how a list was
 * cut or asked for, never a fact about what it holds ("has next", "the filter is failed", "a page of 1").
 */
const PLUMBING =
  /^(has_(next|more|previous|prev)(_page)?|next|previous|prev|(next|prev|previous)_(page|cursor|token|link|offset)(_(number|no|num|token|url))?|page(_(number|no|num|index|token))?|total_(pages|elements|results|items|records|hits)|per_page|page_size|cursor|filter|filters|continuation(_token)?|more|truncated)$/;
/** Whether a key is paging or query plumbing (camelCase keys too: `totalElements`, `hasNext`). */
export const isPlumbing = (key: string): boolean =>
  PLUMBING.test(
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/[-\s]+/g, '_')
      .toLowerCase(),
  );
const UNIT = /^(unit|currency|price_unit|.*_unit|.*Unit|.*_currency|.*Currency)$/;

/** A name as it reads inside a sentence: no closing full stop, a sentence-like title quoted. */
function cleanLabel(text: string): string {
  const bare = text.trim().replace(/[.;:,!]+$/, '');
  return bare.split(/\s+/).length >= 4 ? `“${bare}”` : bare;
}

/** Keys that name a record without being called `name` (`approved_symbol`, `file_name`, `socialMediaHeadline`). */
const NAME_LIKE = /(^| )(name|title|headline|symbol|label|subject|term)$|^(name|title) original$/;
/**
 * The name of a party to a record (`owner_name`, `account_holder_name`, `sender_name`): whose it is, not what it is
 * called. An account's status is the account's, never its owner's ("Garrett O'Conner is discovered").
 */
const PARTY_NAME =
  /^(?:[a-z]+ )?(owner|author|creator|user|customer|holder|sender|recipient|receiver|contact|manager|assignee|reporter|requester|buyer|seller|agent|driver|patient|doctor|host|organi[sz]er|member|employee|beneficiary|payee|payer|client|vendor|merchant|bank|institution|provider) name$/;
/** A value that is a code, not a name (`pos_8gdpsmbmkz`, a hex digest, `ENSG00000169174`). */
const CODE = /^(?:[a-z]{2,5}_[0-9a-z]{6,}|[0-9a-f]{16,}|[A-Z]{2,6}_?\d{5,}|0x[0-9a-f]+)$/i;
const nameText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 80 && !CODE.test(value.trim()) && !/^https?:/.test(value);

/** A record's name when it has no `name` field: a name-like field, else the headline of its first document (`documents[0].headline`). */
export function nameLike(record: Json): { key: string; text: string } | undefined {
  for (const [key, value] of Object.entries(record))
    if (!ID.test(key) && NAME_LIKE.test(humanKey(key)) && !PARTY_NAME.test(humanKey(key)) && nameText(value)) {
      const pair = pairedName(record, key);
      return { key, text: pair === undefined ? cleanLabel(value) : `${cleanLabel(value)} – ${pair}` };
    }
  // A key and what it stands for (`{key: "pos_…", value: "Highway 5 upgrades begin"}`): the value names the record.
  const rest = Object.entries(record).filter(([key]) => !ID.test(key) && !/^(id|key|sid|uuid|guid)$/i.test(key));
  if (rest.length === 1 && /^(value|text|caption|display_?value)$/i.test(rest[0]![0]) && nameText(rest[0]![1]))
    return { key: rest[0]![0], text: cleanLabel(rest[0]![1]) };
  // A record described by an `info` block (an OpenAPI entry: `info.title` "Twilio Fax V1 API") is named by its title.
  for (const key of ['info', 'metadata', 'meta']) {
    const block = record[key];
    const title = isRecord(block) ? ['title', 'name'].find((field) => nameText(block[field])) : undefined;
    if (isRecord(block) && title !== undefined) {
      // With its version when the block gives one: "Pubsub API 2.1.0".
      const version = typeof block['version'] === 'string' && /^v?\d+(\.\d+)+$/.test(block['version']) ? ` ${block['version']}` : '';
      return { key: title, text: cleanLabel(`${block[title] as string}${version}`) };
    }
  }
  for (const [, value] of Object.entries(record)) {
    const first = Array.isArray(value) && isRecord(value[0]) ? (value[0] as Json) : undefined;
    const title = first ? Object.keys(first).find((key) => /^(headline|title|name)$/i.test(key) && nameText(first[key])) : undefined;
    if (first && title !== undefined) return { key: title, text: cleanLabel(first[title] as string) };
  }
  return undefined;
}

/** Words before `name` or `symbol` that name a part of one thing (a person's first name), not a second thing. */
const NAME_PART =
  /^(first|last|middle|given|family|full|display|nick|user|short|long|official|common|scientific|legal|alt|alternative|other|previous|old|new|file|host|domain|brand|screen)$/;

/**
 * The second thing a relation record names (`target_symbol: "PCSK9"` beside `disease_name: "asthma"`): an association
 * is told by both its sides, "PCSK9 – asthma", never by one alone. Undefined for a record that names one thing.
 */
function pairedName(record: Json, first: string): string | undefined {
  const side = (key: string) => /^([a-z]+) (name|symbol)$/.exec(humanKey(key))?.[1];
  const own = side(first);
  if (own === undefined || NAME_PART.test(own)) return undefined;
  const other = Object.keys(record).find((key) => {
    const word = side(key);
    return (
      key !== first && word !== undefined && word !== own && !NAME_PART.test(word) && nameText(record[key]) && record[key] !== record[first]
    );
  });
  return other === undefined ? undefined : cleanLabel(record[other] as string);
}

/**
 * Whether a label field names the record: a short text, and a `subject` only in words (an email's
 * "Quarterly report"), not a code (`subject: "ENSG00000169174"` is what the record is about, not its name).
 */
function labelField(record: Json, key: string): boolean {
  const value = record[key];
  if (typeof value !== 'string' || value.length > 80 || value.trim() === '') return false;
  return key !== 'subject' || !/^[A-Z][A-Z0-9]*[_:-]?\d+$/.test(value.trim());
}

/**
 * The names of up to three listed records, each by its own name or by that of the one record it holds
 * (a membership by its `person.name`); undefined when one of them has none, or when they are more.
 */
export function memberNames(items: readonly unknown[]): string[] | undefined {
  if (items.length === 0 || items.length > 3) return undefined;
  const names = items.map((item) => {
    if (!isRecord(item)) return undefined;
    const own = nameOf(item);
    if (own !== undefined) return own;
    const inner = Object.values(item).filter(isRecord);
    return inner.length === 1 ? nameOf(inner[0] as Json) : undefined;
  });
  return names.every((name): name is string => name !== undefined) && new Set(names).size === names.length ? names : undefined;
}

/** The record's name (a `name` field or a name-like one), never an id. */
export function nameOf(record: Json): string | undefined {
  for (const key of LABELS) if (labelField(record, key)) return cleanLabel(record[key] as string);
  return nameLike(record)?.text;
}

/** The record's name, else a name-like field, else its own id (`id`, `sid`, `<entity>_id`), never another record's id (`account_sid`). */
export function labelOf(record: Json, entity?: string): string | undefined {
  for (const key of LABELS) if (labelField(record, key)) return cleanLabel(record[key] as string);
  const like = nameLike(record);
  if (like) return like.text;
  const own = (key: string) => {
    if (/^(id|sid|uuid|guid|key)$/i.test(key)) return true;
    if (entity === undefined) return false;
    const words = humanKey(key).split(' ');
    const noun = humanKey(entity).replace(/s$/, '');
    if (words.length === 2 && ID.test(key) && noun === (words[0] as string).replace(/s$/, '')) return true;
    // Glued: `messageid`, `batchid`, `MessageID`.
    const glued = /^([a-z]+?)(id|sid|uuid|guid)$/.exec(key.toLowerCase());
    return glued !== null && noun.replace(/ /g, '') === (glued[1] as string).replace(/s$/, '');
  };
  const id = Object.keys(record).find((key) => own(key) && (typeof record[key] === 'string' || typeof record[key] === 'number'));
  return id === undefined ? undefined : String(record[id]);
}

/** A counted thing as its key says it (`deaths` → "3,339 deaths", `num_pages` → "3 pages"), or undefined when the key is no plural noun. */
function counted(key: string, value: number): string | undefined {
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
const ADJECTIVE =
  /^(?!(?:total|interval|rental|arrival|signal|material|potential|capital|removal|approval|renewal|proposal|referral|retrieval|disposal|withdrawal|terminal|portal|journal|manual|original|animal|hospital|festival|trial|objective|executive|relative|representative|initiative|alternative|archive|directive|incentive|detective|explosive|music|topic|logic|traffic|public|clinic|metric|graphic|picture)$)[a-z]{3,}(ful|less|ical|al|ive|ous|able|ible|ic)$/;

/** Words that hedge a flag (`maybe_audio_invalid`): "is not maybe audio invalid" says nothing a user can act on. */
const HEDGE = /\b(maybe|possibly|probably|likely|perhaps|potentially)\b/;

/** Nouns with no plural ("evidence count" stays a count, never "5 evidences"). */
const UNCOUNTABLE =
  /^(evidence|information|info|data|equipment|feedback|advice|research|software|hardware|traffic|music|news|progress|knowledge|luggage|baggage|furniture|money|weather|content|media|metadata|usage|staff)$/;

/** Keys of a headline total: `numAPIs`, `num_specs`, `numberOfEndpoints`, `total_cases`, `totalRevenue`. */
const HEADLINE = /^(?:num(?:ber)?(?:_?of)?(?:[A-Z_])|total(?:$|[A-Z_]))/;
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
const COUNTED_ADJECTIVE =
  /^(?:in)?(?:valid|active|complete)$|^(?:pending|open|closed|unread|unresolved|resolved|failed|passed|skipped|succeeded|completed|expired|blocked|broken|missing|duplicate|unique|healthy|unhealthy|online|offline|available|unavailable)$/;

const DONE = /^(?:(?:date|time) )?([a-z]+ed)(?: (?:at|on|date|time))?$|^([a-z]+ed) (?:at|on)$/;

/** One thing said about a record: a verb phrase ("has 3 pages", "came from Atlanta") or a property ("the status is delivered"). */
export interface Fact {
  kind: 'verb' | 'property';
  text: string;
  score: number;
  /** What a document says (its summary or description), told before its metadata. */
  content?: boolean;
  /** The key the fact was read from. */
  key?: string;
}

/** Keys whose value says what sort a record is: said bare beside a name ("KRAS (target, score 0.48)"). */
const SORT_KEY = /(type|kind|status|state|category|format|class|classification|genre)$/i;

/**
 * A fact as a short aside for a listed item: "score 0.48", "target", "24 associated targets",
 * "active", "published 2025-03-09", "price 0.25 USD".
 */
export function compactFact(fact: Fact): string {
  const text = fact.text;
  if (fact.kind === 'verb')
    return text
      .replace(/^has /, '')
      .replace(/^does not have /, 'no ')
      .replace(/^is /, '')
      .replace(/^got (no [a-z]+)$/, '$1')
      .replace(/^was ((?:first |last )?[a-z]+) on /, '$1 ')
      .replace(/^came from /, 'from ')
      .replace(/^went to /, 'to ');
  const property = /^the (.+?) (?:is|are) (.+)$/.exec(text);
  if (property === null) return text;
  // A bare value must be words ("target", "protein coding"), not a code ("L0", "G0").
  return fact.key !== undefined &&
    SORT_KEY.test(fact.key) &&
    /^[a-z][a-z /-]*$/i.test(property[2] as string) &&
    !/^[A-Z0-9]{1,4}$/.test(property[2] as string)
    ? (property[2] as string)
    : `${property[1] as string} ${property[2] as string}`;
}

/** A key in words, abbreviations spelled out. */
function keyWords(key: string): string[] {
  return (sayableKey(key) ?? humanKey(key))
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => SPELLED[word] ?? CAPITALS[word] ?? word);
}

/** The words a request uses, for matching against keys. */
function requestWords(request?: string): Set<string> {
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

/** A key's value as one fact, or undefined when it does not read well. */
function factOf(
  key: string,
  value: unknown,
  unit: string | undefined,
  asked: Set<string>,
  context: { fileLike?: boolean; system?: MeasureSystem; ownUnit?: string; label?: string; headlines?: number } = {},
): Fact | undefined {
  if (
    sayableKey(key) === undefined ||
    /^(per|by|of|in|on|at|for|with|is|has|the|a|an|and|or|value|data|info|item|x|y|z|p)$/.test(sayableKey(key) as string)
  )
    return undefined; // "the describtion is …", "the gsi is 88", "the per is 37.72": no words to say it with
  const moment = momentOf(key, value);
  if (moment === undefined) return undefined;
  const field: Field = {
    key,
    value: moment.value,
    words: moment.words,
    phrase: moment.words.join(' '),
    unit,
    asked,
    salience: 0,
    ...context,
  };
  field.salience = salienceOf(field);
  if (typeof field.value === 'boolean') return flagFact(field, field.value);
  // An empty list is what the record lacks ("has no accounts"), never a value ("its accounts are none"); told last.
  if (Array.isArray(field.value) && field.value.length === 0)
    return { kind: 'verb', text: `has no ${field.phrase}`, score: field.salience - 2 };
  if (Array.isArray(field.value) && !field.value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    const count = counted(key, field.value.length);
    const named = memberNames(field.value);
    // Members named as the record itself ("1 edition (Tourism Industry Update)" of that newsletter) tell nothing new.
    const members = named?.some((name) => name === context.label) ? undefined : named;
    // Who the counted records are: "has 2 memberships (Angela Augusta and Emanuel Leuschke)", not a bare count.
    return count === undefined
      ? undefined
      : { kind: 'verb', text: `has ${count}${members === undefined ? '' : ` (${listing(members)})`}`, score: field.salience + 1 };
  }
  return valueFact(field);
}

/** A key and its value as a fact is made of: the key's words, the request's words, how much it matters. */
interface Field {
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

const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/(ies|es|s)$/, '')
    .slice(0, 7);

/**
 * A moment (`sunrise_ts`, `pub_date_ms`), not a length of time (`uptime_seconds`, `time_ms`): a time in seconds or
 * milliseconds since 1970 reads as a date, its key without the unit; undefined when a small number there is no time at all.
 */
function momentOf(key: string, value: unknown): { value: unknown; words: string[] } | undefined {
  const words = keyWords(key);
  const spelled = humanKey(key);
  const inUnit = UNIT_WORDS[spelled.split(' ').at(-1) ?? ''] !== undefined;
  if (
    typeof value !== 'number' ||
    !(/time|epoch|stamp|(ed|_at|At|_on|date|Date)$/.test(key) || /\b(timestamp|date)\b/.test(spelled)) ||
    (inUnit && !/\b(date|timestamp)\b/.test(spelled))
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
const contentWeight = (key: string, value: unknown) =>
  typeof value === 'string' && CONTENT.test(humanKey(key)) ? (humanKey(key).includes(' ') ? 2.5 : 3) : 0;

/**
 * How much a field matters: a key whose head word the request uses ("which product …" → `product`) counts most,
 * another of its words less; what a document says comes before its metadata; verdicts, states and amounts next.
 */
function salienceOf({ key, value, words, asked, headlines }: Field): number {
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

/** A yes/no field as a verb: "was sent", "is not active", "does not have media assets". */
function flagFact({ key, phrase, salience }: Field, value: boolean): Fact | undefined {
  // A success flag (`added_status`, `sent_status`, a bare `status` or `success`) is the change it flags ("it was sent",
  // "it was not added"), said last; a bare flag's true is what the opening already says ("Done."). Never "it is added status".
  const flag = /^(?:([a-z]+ed|sent|set|put|paid|sold|made|done) )?(status|success|ok)$/.exec(humanKey(key));
  if (flag)
    return flag[1] === undefined
      ? value
        ? undefined
        : { kind: 'verb', text: 'did not succeed', score: salience + 2 }
      : { kind: 'verb', text: `was${value ? '' : ' not'} ${flag[1]}`, score: value ? -3 : salience + 2 };
  // A flag named for what happened (`added_status`, `sent_flag`): "was added", never "is added status".
  const happened = /^([a-z]+ed) (status|flag|state)$/.exec(humanKey(key));
  if (happened) return { kind: 'verb', text: `was${value ? '' : ' not'} ${happened[1] as string}`, score: salience };
  if (HEDGE.test(phrase)) return undefined;
  const [verb, ...rest] = phrase.split(' ');
  // A flag named by a noun (`account_selection`, `auto_renewal`) is a setting, on or off: never "it is account selection".
  if (!/^(is|has|can)$/.test(verb ?? '') && /(tion|sion|ment|ness|ity|ance|ence|ship|ure|al)$/.test(phrase) && rest.length > 0)
    return { kind: 'property', text: `the ${phrase} is ${value ? 'on' : 'off'}`, score: salience };
  const text =
    /^(is|has|can)$/.test(verb ?? '') && rest.length > 0
      ? `${verb}${value ? '' : ' not'} ${rest.join(' ')}`.replace(/^has not/, 'does not have').replace(/^can not/, 'cannot')
      : `is${value ? '' : ' not'} ${phrase}`;
  return { kind: 'verb', text, score: salience };
}

/** A measurement system a call asks for by a `units` argument. */
export type MeasureSystem = 'imperial' | 'metric' | 'standard';

/** The system a call's `units` argument names (`I`, `imperial`, `fahrenheit` → imperial; `M`, `metric` → metric; `S`, `kelvin` → standard). */
export function systemOf(args: Json): MeasureSystem | undefined {
  const key = Object.keys(args).find((name) =>
    /^(units?|unit_?system|unit_?group|measurement|temperature_?unit|temp_?unit|system)$/i.test(name),
  );
  const value = key === undefined ? undefined : args[key];
  if (typeof value !== 'string') return undefined;
  if (/^(i|imperial|f|fahrenheit|us|e|english)$/i.test(value.trim())) return 'imperial';
  if (/^(m|metric|c|celsius|si|ca|uk)$/i.test(value.trim())) return 'metric';
  if (/^(s|standard|k|kelvin|scientific|base)$/i.test(value.trim())) return 'standard';
  return undefined;
}

/** Quantities whose unit the measurement system gives, by the words of their key. */
const MEASURES: Array<{ words: RegExp; units: Record<MeasureSystem, string> }> = [
  {
    words: /\b(temperature|dew point|feels like|heat index|wind chill)\b/,
    units: { imperial: '°F', metric: '°C', standard: 'K' },
  },
  { words: /\b(wind speed|wind gust speed|gust|wind gust)$/, units: { imperial: 'mph', metric: 'm/s', standard: 'm/s' } },
  { words: /^(precipitation|snow|snow depth|rain|snowfall|rainfall)$/, units: { imperial: 'in', metric: 'mm', standard: 'mm' } },
  { words: /^(visibility|distance)$/, units: { imperial: 'mi', metric: 'km', standard: 'km' } },
];
/** Quantities that are always a share: cloud cover, relative humidity, the chance of rain; said with their full name. */
const PERCENTS: Record<string, string> = {
  clouds: 'cloud cover',
  'clouds low': 'low cloud cover',
  'clouds mid': 'mid-level cloud cover',
  'clouds hi': 'high cloud cover',
  'cloud cover': 'cloud cover',
  'relative humidity': 'relative humidity',
  humidity: 'humidity',
  pop: 'chance of precipitation',
  'precipitation probability': 'chance of precipitation',
};

/** A number said with the unit its key and the call's measurement system give ("the temperature is 19.6 °F", "the cloud cover is 97%"). */
function measuredFact({ key, value, phrase, system, salience }: Field): Fact | undefined {
  if (typeof value !== 'number') return undefined;
  const text = formatValue(value) ?? String(value);
  const spelled = humanKey(key);
  const share = PERCENTS[spelled];
  if (share !== undefined && value >= 0) return { kind: 'property', text: `the ${share} is ${text}%`, score: salience };
  const measure = system === undefined ? undefined : MEASURES.find((entry) => entry.words.test(spelled));
  if (measure === undefined || system === undefined) return undefined;
  return { kind: 'property', text: `the ${phrase} is ${text} ${measure.units[system]}`, score: salience };
}

/** Keys of things whose size is counted in bytes. */
const BYTE_HOLDER =
  /file|content|body|blob|image|photo|picture|attachment|download|upload|object|media|disk|memory|archive|document|payload|video|audio|backup|snapshot|volume|storage/i;
/** Keys that make a record a file's: its type, its name, its checksum. */
const FILE_KEY = /(mime|content_?type|contentType|file_?name|fileName|media_?type|mediaType|extension|checksum|md5|sha\d*|encoding)$/i;

/**
 * An amount in a currency: two decimals, and a sub-unit price keeps three significant figures (a fax at
 * 0.028 USD is not "0.03 USD"; 0.3 is "0.30").
 */
export function moneyAmount(value: number): string {
  const large = largeMoney(value);
  if (large !== undefined) return large;
  if (value === 0 || Math.abs(value) >= 1) return value.toFixed(2);
  const figures = Number(value.toPrecision(3));
  const decimals = (String(figures).split('.')[1] ?? '').length;
  return figures.toFixed(Math.min(6, Math.max(2, decimals)));
}

/** A number or a text as a fact: a count, an amount with its unit, a moment as a verb, else "the <key> is <value>". */
function valueFact(field: Field): Fact | undefined {
  const { key, value, words, phrase, unit, asked, salience } = field;
  const money =
    typeof value === 'number' &&
    unit !== undefined &&
    /price|amount|cost|total|balance|fee|sum|value|valuation|worth|revenue|income|salary|profit|sales|earned|payment|paid/i.test(key);
  const last = (words.at(-1) ?? '').toLowerCase();
  // A size in a whole number is in bytes (`file_size`, `size`); a unit word closing the key goes with the amount.
  const measured = typeof value === 'number' && words.length >= 2 ? UNIT_WORDS[last] : undefined;
  const bytes =
    typeof value === 'number' &&
    Number.isInteger(value) &&
    measured === undefined &&
    last === 'size' &&
    // Only a file's size is in bytes: a key naming what holds bytes (`file_size`, `content_size`), or a bare `size` in a file's record.
    (words.length >= 2 ? BYTE_HOLDER.test(key) : field.fileLike === true);
  // A count under an adjective (`invalid`: 5) says what is counted: "the invalid count is 5", not "the invalid is 5".
  if (typeof value === 'number' && Number.isInteger(value) && words.length === 1 && COUNTED_ADJECTIVE.test(phrase))
    return { kind: 'property', text: `the ${phrase} count is ${formatValue(value) ?? String(value)}`, score: salience };
  if (typeof value === 'number' && !money && measured === undefined) {
    const amount = formatValue(value) ?? String(value);
    if (field.ownUnit !== undefined)
      return { kind: 'property', text: `the ${phrase} is ${amount}${field.ownUnit === '%' ? '' : ' '}${field.ownUnit}`, score: salience };
    const unitKey = words.length === 1 ? unitKeyPhrase(key, amount) : undefined;
    if (unitKey !== undefined) return { kind: 'property', text: unitKey, score: salience };
  }
  const inSystem = measured === undefined && !money ? measuredFact(field) : undefined;
  if (inSystem !== undefined) return inSystem;
  if (typeof value === 'number' && !money && measured === undefined) {
    const count = counted(key, value);
    if (count !== undefined) return { kind: 'verb', text: `has ${count}`, score: salience + 1 };
  }
  // A link is no fact to tell; a code (`AC6f…`, `pos_8gdp…`) tells less than any word.
  // A link asked for by its key's words ("the latest media URI") is the answer.
  if (typeof value === 'string' && /^https?:\/\//.test(value.trim()))
    return /(url|uri|link|href)$/i.test(key) && words.every((word) => asked.has(stem(word)))
      ? { kind: 'property', text: `the ${phrase} is ${value.trim()}`, score: salience + 4 }
      : undefined;
  const encoded = typeof value === 'string' ? encodedFact(phrase, value.trim(), salience) : undefined;
  if (encoded !== undefined) return encoded;
  const text = valueText(field);
  if (text === undefined) return undefined;
  const state = stateFact(field, text);
  if (state !== undefined) return state;
  // A whole-number duration with no unit in its key or record (a currency is no unit of time) (`duration: 300`) is in seconds, the common API unit.
  if (measured === undefined && (unit === undefined || /^[A-Z]{3}$/.test(unit)) && last === 'duration' && Number.isInteger(value))
    return { kind: 'property', text: `the ${phrase} is ${spanWords(value as number, 'seconds') ?? `${text} seconds`}`, score: salience };
  if (measured !== undefined) return measuredByKey(words.slice(0, -1), measuredAmount(value, text, measured), salience);
  if (bytes) return { kind: 'property', text: `the ${phrase} is ${text} bytes`, score: salience };
  if (money)
    return {
      kind: 'property',
      text: `the ${phrase} is ${/^[A-Z]{3}$/.test(unit) ? moneyAmount(value as number) : text} ${unit}`,
      score: salience + 1,
    };
  const verbal = verbFact(phrase, text, value, salience);
  return verbal === null ? undefined : (verbal ?? propertyFact(field, text));
}

/**
 * An amount whose unit closes its key, said by what the key means: `access_valid_for_days` → "the access is valid for
 * 90 days", `max_historical_days` → "the maximum historical period is 3 days", never "the access valid for is 90 days".
 */
function measuredByKey(name: string[], amount: string, salience: number): Fact | undefined {
  const last = name.at(-1) ?? '';
  if (/^(for|to|in|of|within|after|until|by|per)$/.test(last)) {
    // "<noun> <state> <preposition>": the noun is, the state with its preposition the amount ("valid for 90 days").
    if (name.length < 3) return name.length === 2 ? { kind: 'verb', text: `is ${name.join(' ')} ${amount}`, score: salience } : undefined;
    return { kind: 'property', text: `the ${name.slice(0, -2).join(' ')} is ${name.slice(-2).join(' ')} ${amount}`, score: salience };
  }
  // A key of adjectives alone names no thing: a length of time is a period; anything else is left out.
  if (ADJECTIVE.test(last))
    return /(seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/.test(amount)
      ? { kind: 'property', text: `the ${name.join(' ')} period is ${amount}`, score: salience }
      : undefined;
  return { kind: 'property', text: `the ${name.join(' ')} is ${amount}`, score: salience };
}

/** States a record is in, said after "is" ("is delivered", "is in progress"): participles, gerunds and these adjectives. */
const STATE_WORD =
  /^(?:[a-z]+(?:ed|ing)|in progress|active|inactive|open|closed|pending|busy|complete|incomplete|ready|available|unavailable|online|offline|valid|invalid|enabled|disabled|paused|draft|live|new|due|overdue|done|sent|paid|unpaid|public|private|healthy|unhealthy|up|down)$/i;

/**
 * A record's bare `status` or `state` in words as what the record is ("is delivered", "got no answer", "has failed"),
 * never a field read out ("with delivered as its status"); undefined for a status that is no state word ("ok", a code).
 */
function stateFact({ key, value, salience }: Field, text: string): Fact | undefined {
  if (typeof value !== 'string' || !/^(status|state)$/.test(humanKey(key))) return undefined;
  const said = text.replace(/[“”]/g, '').toLowerCase();
  if (/^no [a-z]+$/.test(said)) return { kind: 'verb', text: `got ${said}`, score: salience };
  if (said === 'ok') return { kind: 'verb', text: 'is OK', score: salience };
  if (/^(failed|succeeded|expired|finished|ended|stopped|started)$/.test(said))
    return { kind: 'verb', text: `has ${said}`, score: salience };
  return STATE_WORD.test(said) ? { kind: 'verb', text: `is ${said}`, score: salience } : undefined;
}

/** A value as it is said: formatted, a handle as written, a small word quoted; undefined when it does not read well. */
function valueText({ value, words, phrase, asked }: Field): string | undefined {
  // A code the user asked for by its name ("the last session" → `lastSession`: "EFnOZ…") is said as it is, when short.
  const askedFor = asked.has(stem(words.at(-1) ?? ''));
  const formatted =
    formatValue(value) ?? (askedFor && typeof value === 'string' && /^[\w.+/=-]{1,40}$/.test(value.trim()) ? value.trim() : undefined);
  if (formatted === undefined) return undefined;
  // A local time (`timestamp_local`, `localTime`) is no UTC time, whatever zone letter it carries: "2025-06-08 07:47 local time".
  if (/\blocal\b/.test(phrase) && / UTC$/.test(formatted)) return `${formatted.slice(0, -4)} local time`;
  // A code that is also a small word (the language code `is`, `it`, `no`) is quoted: not "the language code is is".
  // A handle (`created_by: "hope_wolf"`, `username`) is said as written: "hope wolf" is no one's user name.
  const handle =
    typeof value === 'string' &&
    /(^| )(by|username|user name|user|author|owner|handle|login|sender|receiver|recipient)$/.test(phrase) &&
    /^[\w.@-]{2,40}$/.test(value.trim());
  return handle ? (value as string).trim() : typeof value === 'string' && FUNCTION_WORD.test(formatted) ? `“${formatted}”` : formatted;
}

/**
 * A key that is a preposition or a past participle reads as a verb: "came from Atlanta", "was checked on 2025-01-21".
 * Undefined when the key is a noun; null when it reads as nothing at all ("the created at").
 */
function verbFact(phrase: string, text: string, value: unknown, salience: number): Fact | null | undefined {
  if (/^(from|sender|origin)$/.test(phrase)) return { kind: 'verb', text: `came from ${text}`, score: salience };
  if (/^(to|recipient|destination)$/.test(phrase)) return { kind: 'verb', text: `went to ${text}`, score: salience };
  const seen = /^(first|last) ([a-z]+(?:ed|en|wn))$/.exec(phrase);
  if (seen && /^\d{4}-\d{2}-\d{2}/.test(text)) return { kind: 'verb', text: `was ${phrase} on ${text}`, score: salience - 1 };
  const done = DONE.exec(phrase);
  if (done) {
    // "was added on 2025-03-14"; a participle holding anything but a date ("preferred": "x") reads as nothing.
    if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
    return { kind: 'verb', text: `was ${(done[1] ?? done[2]) as string} on ${text}`, score: salience - 1 };
  }
  // "created by" a person, "assigned to" a team: a participle and its agent read as a verb ("was created by emil_mraz")
  const agent = /^[a-z]+(?:ed|en|wn) (by|to)$/.exec(phrase);
  if (agent && typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(text))
    return { kind: 'verb', text: `was ${phrase} ${text}`, score: salience };
  // A verb and its moment (`expires_at`, `starts_on`): "expires on 2025-05-12 09:15 UTC".
  const when = /^([a-z]{3,}s) (?:at|on)$/.exec(phrase);
  if (when && /^\d{4}-\d{2}-\d{2}/.test(text) && !/(ss|us|is)$/.test(when[1] as string))
    return { kind: 'verb', text: `${when[1] as string} on ${text}`, score: salience - 1 };
  // A phrasal participle and its moment (`carried_out_at`): "was carried out on 2025-06-29 18:44 UTC".
  const phrasal = /^([a-z]+ed) (out|up|off|over|back|through) (?:at|on)$/.exec(phrase);
  if (phrasal && /^\d{4}-\d{2}-\d{2}/.test(text))
    return { kind: 'verb', text: `was ${phrase.replace(/ (at|on)$/, '')} on ${text}`, score: salience - 1 };
  if (/ (by|at|on|from|to|of|in|for)$/.test(phrase)) return null; // "the created at" and the like: no noun to say
  return undefined;
}

/** "The <key> is <value>", the head noun deciding is or are; one text under a plural key is one of them. */
function propertyFact({ key, value, words, phrase, salience }: Field, text: string): Fact {
  // the head noun decides: "the return on assets is", not "are"
  const head = phrase.split(/ (?:on|of|in|per|for|to|from|by) /)[0] ?? phrase;
  const pluralKey = /[a-z]{2}s$/.test(head) && !/(ss|us|is|news|series|status)$/.test(head);
  // One text under a plural key ("stocks": "TSLA") is one of them: "the stock is TSLA", not "the stocks are TSLA".
  if (
    pluralKey &&
    typeof value === 'string' &&
    !/,| and /.test(value) &&
    !/^[\d.,\s-]+$/.test(value) &&
    words.length <= 2 &&
    !/\band\b/.test(phrase)
  )
    return {
      kind: 'property',
      text: `the ${phrase
        .replace(/ies$/, 'y')
        .replace(/(ch|sh|x|ss)es$/, '$1')
        .replace(/s$/, '')} is ${text}`,
      score: salience - (CODE.test(value.trim()) ? 3 : 0),
    };
  const verb = pluralKey ? 'are' : 'is';
  const content = contentWeight(key, value);
  const long = typeof value === 'string' && value.trim().split(/\s+/).length >= 4;
  // A list of ids ("ministry-351, ministry-1799") tells a user little: said last, if at all.
  const ids =
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && /^[\w.]+[-_][\w-]*\d/.test(item));
  const coded = typeof value === 'string' && CODE.test(value.trim());
  return {
    kind: 'property',
    text: `the ${phrase} ${verb} ${text}`,
    score: salience - (long && content === 0 ? 1 : 0) - (ids || coded ? 3 : 0),
    ...(content > 0 ? { content: true } : {}),
  };
}

/**
 * An encoded value said by what it holds, never pasted: a PEM block by its kind ("has a public key"),
 * base64 that decodes to a sentence by that sentence ("the raw text is “Green energy share …”").
 */
function encodedFact(phrase: string, value: string, score: number): Fact | undefined {
  const pem = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(value);
  if (pem) return { kind: 'verb', text: `has ${indefiniteArticle(pem[1] as string)} ${(pem[1] as string).toLowerCase()}`, score };
  // The bytes of an image, a file or a recording are no text to read out, whatever they decode to.
  if (/\b(image|photo|picture|thumbnail|icon|logo|audio|video|bytes|binary|file|attachment|pdf)\b/.test(phrase)) return undefined;
  if (value.length < 16 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8').trim();
  // Readable text: printable, words with spaces between them.
  if (!/^[\x20-\x7E]+$/.test(decoded) || !/^(?:[A-Za-z][a-z'-]*[,.;:!?]?\s+){2,}[A-Za-z][\w'-]*[.!?]?$/.test(decoded)) return undefined;
  return { kind: 'property', text: `the ${phrase} text is “${decoded.replace(/[.!?]$/, '')}”`, score: score + 1 };
}

/** Keys of the day a thing happens: its start, end, due day, departure or arrival. */
const HAPPENS = /\b(start|starts|begin|begins|end|ends|due|deadline|expiry|expires|expiration|departure|arrival|birth)\b/;

/** Small words of a sentence, which a value can also be (a language code `is`). */
const FUNCTION_WORD = /^(is|it|in|on|at|as|or|be|by|no|of|an|a|to|do|so|he|we|me|my|us|am|if|up|and|the|are|was|has)$/i;

/** Keys that say what sort of record it is, not what it says. */
const BOOKKEEPING = /^(kind|type|object|objectType|object_type|resourceType|resource_type)$/i;

/**
 * The salient facts of a record, most telling first: what the request asks about, then verdicts,
 * states and amounts; bookkeeping, echoes of the request and the record's own name left out.
 */

export function facts(
  record: Json,
  skip: ReadonlySet<string>,
  limit: number,
  asked: Json = {},
  entity?: string,
  request?: string,
  least = 1,
  system: MeasureSystem | undefined = systemOf(asked),
): Fact[] {
  // a bank-data requisition is told by its status, institution, accounts and link
  const requisition = requisitionFacts(record);
  if (requisition !== undefined) return requisition;
  const reading = { ...readingOf(record, skip, asked, entity, request), system };
  const found: Found[] = [];
  const texts = new Set<string>();
  for (const [key, value] of Object.entries(record)) {
    // The same text under two keys (`summary`, `socialMediaSummary`) is said once.
    if (typeof value === 'string' && value.length > 20 && texts.has(value.trim())) continue;
    if (typeof value === 'string') texts.add(value.trim());
    if (keptOut(reading, key, value)) continue;
    const shaped = shapedFact(record, key, value);
    if (shaped === null) continue;
    if (shaped !== undefined) {
      found.push({ fact: shaped, order: found.length, bookkeeping: false });
      continue;
    }
    if (!/[a-z]{2}/i.test(key)) continue; // `1.8.0` and the like mean nothing in words
    const fact = plainFact(reading, key, value);
    if (fact) found.push({ fact: { ...fact, key }, order: found.length, bookkeeping: bookkeeping(reading, key) });
  }
  // A record's `kind` or `type` is bookkeeping ("its kind is personal", "with city as the type"): told only when
  // fewer than two other facts are, never to pad a record that already says something.
  const plain = found.filter((entry) => !entry.bookkeeping);
  const told = plain.length >= Math.min(least, 2) ? plain : found;
  if (told.length < least) told.push(...madeOn(record, skip, told, found.length));
  const sorted = told.sort((x, y) => y.fact.score - x.fact.score || x.order - y.order).map((entry) => entry.fact);
  // One text of what the document says is enough: a second summary is left out.
  const firstContent = sorted.findIndex((fact) => fact.content);
  return ownValuesFirst(spanOf(sorted.filter((fact, index) => !fact.content || index === firstContent)), record, limit);
}

/** Whether a key is a record's sort (`kind`, `type`) that the request did not ask about. */
function bookkeeping({ words }: Reading, key: string): boolean {
  return BOOKKEEPING.test(key) && !words.has(stem(key)) && !words.has(stem(`${key}s`));
}

/** A fact found in a record, with its place among the record's keys and whether it is bookkeeping. */
interface Found {
  fact: Fact;
  order: number;
  bookkeeping: boolean;
}

/** What a record's facts are read with: its name, its unit, its one measured number, the request's words, the values sent. */
interface Reading {
  record: Json;
  skip: ReadonlySet<string>;
  asked: Json;
  request: string | undefined;
  label: string | undefined;
  unitKey: string | undefined;
  unit: string | undefined;
  measuredKey: string | undefined;
  words: Set<string>;
  given: Set<string>;
  /** What the call is about (`committee` for `committee_detail`), when known. */
  entity?: string | undefined;
  /** The measurement system the call asked for. */
  system?: MeasureSystem | undefined;
  /** Units the record keeps for its numbers, and the keys that hold them. */
  ownUnits: Map<string, string>;
  unitSources: Set<string>;
}

function readingOf(record: Json, skip: ReadonlySet<string>, asked: Json, entity?: string, request?: string): Reading {
  const unitKey = Object.keys(record).find((key) => UNIT.test(key) && typeof record[key] === 'string');
  const numbers = Object.keys(record).filter((key) => typeof record[key] === 'number' && asked[key] === undefined);
  const words = requestWords(request);
  // The words of the arguments ("the post with key pos_1") say how the record was found, not what the user wants told.
  for (const key of Object.keys(asked))
    for (const word of humanKey(key).split(' ')) words.delete(word.replace(/(ies|es|s)$/, '').slice(0, 7));
  // A value that equals an argument under another key ("credits": 10 beside "ttl": 10) reads as an echo: said last.
  const given = new Set<string>();
  const gather = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(gather);
    else if (isRecord(value)) Object.values(value).forEach(gather);
    else if (typeof value === 'string' || typeof value === 'number') given.add(String(value).toLowerCase());
  };
  gather(asked);
  const { units: ownUnits, sources: unitSources } = recordUnits(record);
  return {
    ownUnits,
    unitSources,
    record,
    skip,
    asked,
    request,
    label: labelOf(record, entity),
    unitKey,
    unit: unitKey ? (record[unitKey] as string) : undefined,
    measuredKey: numbers.length === 1 ? numbers[0] : undefined,
    words,
    given,
    entity,
  };
}

/** Whether a value names the same thing as an entity ("committee" and `committees`, "Committee"). */
function sameNoun(value: string, entity: string): boolean {
  const noun = humanKey(entity).split(' ').at(-1) ?? '';
  return noun.length >= 3 && stem(value.trim()) === stem(noun);
}

/** Whether a field is left out: an echo of what was asked, the name again, a skipped key, a unit, bookkeeping, a label, a null. */
function keptOut({ asked, label, skip, unitKey, request, given, unitSources, entity }: Reading, key: string, value: unknown): boolean {
  if (secretField(key, value, request)) return true;
  // A sort that is the very thing asked about ("its classification is committee" for a committee) tells nothing.
  if (typeof value === 'string' && SORT_KEY.test(key) && entity !== undefined && sameNoun(value, entity)) return true;
  // an echo of what was asked, or the name again (one side of a pair "PCSK9 – asthma" too), tells nothing
  if (asked[key] === value || (label !== undefined && typeof value === 'string' && label.split(' – ').includes(cleanLabel(value))))
    return true;
  // the prefix of a code the call sent (`ontology: "ECO"` for `ECO_0000131`) says what was asked again: "the ontology is ECO"
  if (typeof value === 'string' && /^[A-Za-z]{2,10}$/.test(value) && [...given].some((sent) => sent.startsWith(`${value.toLowerCase()}_`)))
    return true;
  return (
    skip.has(key) ||
    unitSources.has(key) ||
    isPlumbing(key) ||
    (UNIT.test(key) && typeof value === 'string' && /^[A-Z]{3}$/.test(value)) ||
    key === unitKey ||
    (NOISE.test(key) && !(/(url|uri|link|href)$/i.test(key) && namedByRequest(key, request))) ||
    LABELS.includes(key) ||
    value === null ||
    value === undefined
  );
}

/**
 * A field whose shape says how it reads: a map of records counted, a participle naming an entry of a sibling map,
 * an OBIS register, a unit inside the key. Null when the field is a record that reads as nothing; undefined when
 * it is a plain field.
 */
function shapedFact(record: Json, key: string, value: unknown): Fact | null | undefined {
  if (isRecord(value)) {
    // A map of records (`versions: {"v1": {…}, "2.0.0": {…}}`) is counted: "has 2 versions".
    const inner = Object.values(value);
    const count = inner.length > 0 && inner.every(isRecord) ? counted(key, inner.length) : undefined;
    return count !== undefined ? { kind: 'verb', text: `has ${count}`, score: 0, key } : null;
  }
  // A participle naming an entry of a sibling map (`preferred: "v1"` beside `versions`): "the preferred version is v1".
  const chosen =
    typeof value === 'string' && /^[a-z]+ed$/i.test(key)
      ? Object.keys(record).find(
          (other) => isRecord(record[other]) && isRecord((record[other] as Json)[value]) && /[a-z]{3,}s$/i.test(other),
        )
      : undefined;
  if (chosen !== undefined)
    return { kind: 'property', text: `the ${humanKey(key)} ${humanKey(chosen).replace(/s$/, '')} is ${value as string}`, score: 1, key };
  // An OBIS register (`1.8.0`, the meter's total import) is a reading: "the reading on register 1.8.0 is 102".
  if (/^\d+\.\d+\.\d+$/.test(key) && typeof value === 'number')
    return {
      kind: 'property',
      text: `the reading on register ${key} is ${formatValue(value) as string}`,
      score: /\.0$/.test(key) ? 1 : -1,
      key,
    };
  // A unit inside a key (`co2_g_standard`): "the standard CO2 is 48 g".
  const inside = /^([a-z0-9]+)_(g|kg|kwh|wh|mwh)_([a-z]+)$/i.exec(key);
  if (
    inside &&
    typeof value === 'number' &&
    sayableKey(inside[3] as string) !== undefined &&
    sayableKey(inside[1] as string) !== undefined
  ) {
    const what = `${sayableKey(inside[3] as string) as string} ${(CAPITALS[(inside[1] as string).toLowerCase()] ?? inside[1]) as string}`;
    return {
      kind: 'property',
      text: `the ${what} is ${formatValue(value) as string} ${(inside[2] as string).replace(/wh$/i, 'Wh').replace(/^k/, 'k')}`,
      score: 0,
      key,
    };
  }
  return undefined;
}

/** A plain field's fact, in the record's unit (a conversion's in the currency converted to); an echo of a sent value said last. */
function plainFact(reading: Reading, key: string, value: unknown): Fact | undefined {
  const { record, unit, measuredKey, words, given } = reading;
  // A conversion's result is in the currency converted to: "the converted amount is 12,641.32 JPY", not SRD.
  const target = /convert|result|target|quote|^to_|To[A-Z]/.test(key)
    ? Object.keys(record).find(
        (other) => /^(to|target|quote)[_-]?currency$|^(to|target|quote)Currency$/i.test(other) && typeof record[other] === 'string',
      )
    : undefined;
  const fileLike = Object.keys(record).some((other) => FILE_KEY.test(other));
  const system = reading.system;
  const ownUnit = reading.ownUnits.get(key);
  const fact = factOf(key, value, target !== undefined ? (record[target] as string) : unit, words, {
    fileLike,
    headlines: Object.keys(record).filter((other) => typeof record[other] === 'number' && HEADLINE.test(other)).length,
    ...(reading.label !== undefined ? { label: reading.label } : {}),
    ...(system !== undefined ? { system } : {}),
    ...(ownUnit !== undefined ? { ownUnit } : {}),
  });
  // the one number a computation returned goes with the record's unit: "the wave velocity is 4271.01 m/s"
  if (
    fact?.kind === 'property' &&
    key === measuredKey &&
    ownUnit === undefined &&
    unit !== undefined &&
    !/^[A-Z]{3}$/.test(unit) &&
    !fact.text.endsWith(unit)
  )
    fact.text = `${fact.text} ${unit}`;
  if (fact && (typeof value === 'string' || typeof value === 'number') && given.has(String(value).toLowerCase())) fact.score -= 5;
  if (fact?.kind === 'property' && typeof value === 'number' && inPercent(key, value, reading.asked)) fact.text = `${fact.text}%`;
  return fact;
}

/**
 * Whether a ratio came back in percent: its key names a ratio (`return_on_assets`, `profit_margin`) and it is a
 * hundred times the quotient of two numbers sent (137110 / 48981042 = 0.0028 → 0.28), not the quotient itself.
 */
function inPercent(key: string, value: number, asked: Json): boolean {
  if (!/(return|ratio|margin|rate|yield|roa|roe|roi|growth|share|percent|pct)/i.test(key) || /%$/.test(String(value))) return false;
  const numbers = Object.values(asked).filter((item): item is number => typeof item === 'number' && item !== 0);
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.006 + Math.abs(b) * 0.002;
  return numbers.some((a) => numbers.some((b) => a !== b && near(value, (100 * a) / b) && !near(value, a / b)));
}

/** A record with too little else to tell says when it was made ("was created on 2025-02-02"). */
function madeOn(record: Json, skip: ReadonlySet<string>, told: readonly Found[], count: number): Found[] {
  const out: Found[] = [];
  for (const key of Object.keys(record).filter((field) => /^(created_at|date_created|createdAt|published_at|publishedAt)$/.test(field))) {
    const date = formatValue(record[key]);
    if (
      typeof record[key] === 'string' &&
      date !== undefined &&
      /^\d{4}-\d{2}-\d{2}/.test(date) &&
      !skip.has(key) &&
      ![...told, ...out].some((entry) => entry.fact.key === key)
    )
      out.push({
        fact: { kind: 'verb', text: `was ${/publish/i.test(key) ? 'published' : 'created'} on ${date}`, score: -2, key },
        order: count + told.length + out.length,
        bookkeeping: false,
      });
  }
  return out;
}

const START = /^(start|begin|from)(?:[ _]?date|Date)?$/;
const END = /^(end|finish|until|to)(?:[ _]?date|Date)?$/;

/** A start and an end told as one span: "runs from 2025-06-07 to 2025-07-26", not two fields read out. */
function spanOf(found: Fact[]): Fact[] {
  const day = (fact: Fact) => /^the .+ is (\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?: UTC)?)?)$/.exec(fact.text)?.[1];
  const start = found.find((fact) => fact.key !== undefined && START.test(fact.key) && day(fact) !== undefined);
  const end = found.find((fact) => fact.key !== undefined && END.test(fact.key) && day(fact) !== undefined);
  if (start === undefined || end === undefined || (day(start) as string) > (day(end) as string)) return found;
  const span: Fact = {
    kind: 'verb',
    text: `runs from ${day(start) as string} to ${day(end) as string}`,
    score: start.score,
    key: start.key as string,
  };
  return found.flatMap((fact) => (fact === start ? [span] : fact === end ? [] : [fact]));
}

/**
 * The record's own values before counts of what it holds: when counts of its lists and maps would
 * crowd out its plain values ("has 2 abstracts, 2 actions and 1 document" of a bill whose identifier
 * and session go unsaid), the last counts give way to its next plain values, up to half the facts;
 * told at length, a record with values enough of its own tells its counts last. Bookkeeping moments (`first_action_date: "2025-…T…"`), echoes and codes are no such values.
 */
function ownValuesFirst(sorted: Fact[], record: Json, limit: number): Fact[] {
  const plain = (fact: Fact) =>
    fact.key !== undefined &&
    (typeof record[fact.key] === 'string' || typeof record[fact.key] === 'number' || typeof record[fact.key] === 'boolean');
  const counts = (fact: Fact) => fact.key !== undefined && (Array.isArray(record[fact.key]) || isRecord(record[fact.key]));
  const moment = (fact: Fact) => /^\d{4}-\d{2}-\d{2}T/.test(String(record[fact.key as string]));
  const own = (fact: Fact) => plain(fact) && typeof record[fact.key as string] !== 'boolean' && !moment(fact) && fact.score > -2;
  // A record told at length (four facts or more) with as many values of its own (a ministry's minister, display name,
  // feed and weekend number) is told by them and its states: counts of its lists nobody asked for come after them.
  const idle = (fact: Fact) =>
    limit >= 4 && sorted.filter(own).length >= limit && counts(fact) && /^has [\d,]+ /.test(fact.text) && fact.score <= 1;
  const ranked = [...sorted.filter((fact) => !idle(fact)), ...sorted.filter(idle)];
  const chosen = ranked.slice(0, limit);
  const spare = ranked.slice(limit).filter((fact) => plain(fact) && !moment(fact) && fact.score > -2);
  const want = Math.min(Math.ceil(limit / 2), chosen.filter(plain).length + spare.length);
  for (let have = chosen.filter(plain).length; have < want; have += 1) {
    const at = chosen.findLastIndex(counts);
    const next = spare.shift();
    if (at < 0 || next === undefined) break;
    chosen.splice(at, 1);
    chosen.push(next);
  }
  return chosen;
}

/** Two changes at one moment said once: "was added on X and was updated on X" → "was added and last updated on X". */
function sameMoment(verbs: string[]): string[] {
  const out: string[] = [];
  for (const verb of verbs) {
    const [, done, when] = /^was (\w+) on (.+)$/.exec(verb) ?? [];
    const at = out.findIndex((earlier) => when !== undefined && earlier.startsWith('was ') && earlier.endsWith(` on ${when}`));
    if (at < 0 || done === undefined) out.push(verb);
    else
      out[at] =
        `${(out[at] as string).slice(0, -` on ${when as string}`.length)} and ${/^(updated|modified|changed|edited)$/.test(done) ? 'last ' : ''}${done} on ${when as string}`;
  }
  return out;
}

/**
 * An amount a named record has, said as what it has ("has a price of 0.17 USD", "an evidence count of 25"), not a
 * field read out ("its price is 0.17 USD"); a year, a date, a code or a plural key stays a property.
 */
function possessed(fact: Fact): Fact {
  const amount = /^the ([a-z][a-z ]*?) is (-?[\d.,]+(?:%| [A-Za-z/]+)?)$/.exec(fact.text);
  if (fact.kind !== 'property' || amount === null || fact.content === true) return fact;
  const [, key, value] = amount as unknown as [string, string, string];
  if (
    /\b(years?|date|day|time|id|identifier|number|code|version|rank|position|zip|phone)\b/.test(key) ||
    /[a-z]s$|[a-z]ed$| (for|of|to|in|on|at|by|from|per|with)$/.test(key)
  )
    return fact;
  return { ...fact, kind: 'verb', text: `has ${indefiniteArticle(key)} ${key} of ${value}` };
}

/**
 * Facts as one sentence: about a subject ("The fax FX1 has 3 pages and came from Atlanta, GA; its
 * status is delivered.", "For the post P1, the category is business.") or on their own ("The
 * converted amount is 92 and the rate is 0.92.").
 */
export function factSentence(facts: Fact[], subject?: string, seed = ''): string {
  // Amounts are said as what the record has while they lead; a text that leads (a verdict) keeps its place.
  const lead = facts.findIndex((fact) => fact.kind === 'property' && possessed(fact) === fact);
  const found = subject === undefined ? facts : facts.map((fact, index) => (lead < 0 || index < lead ? possessed(fact) : fact));
  const moments = sameMoment(found.filter((fact) => fact.kind === 'verb').map((fact) => fact.text));
  // A state its moment already says ("is finalized" beside "was finalized on …") is said once.
  const said = moments.filter((verb) => !moments.some((other) => other.startsWith(`was ${verb.replace(/^is /, '')} `)));
  // "has 3 pages and has 2 files" → "has 3 pages and 2 files".
  // Counts before amounts: "has 20 pages, a price of 0.17 USD and a duration of 300 seconds".
  const owned = said.filter((verb) => verb.startsWith('has ')).sort((a, b) => Number(/^has an? /.test(a)) - Number(/^has an? /.test(b)));
  // What the record is comes first: "is delivered and has 20 pages, …".
  const states = said.filter((verb) => /^(is|got) /.test(verb));
  const rest = said.filter((verb) => !verb.startsWith('has ') && !states.includes(verb));
  const verbs = [...states, ...(owned.length > 0 ? [`has ${listing(owned.map((verb) => verb.slice(4)))}`] : []), ...rest];
  const properties = found.filter((fact) => fact.kind === 'property').map((fact) => fact.text);
  if (subject === undefined || (subject === 'it' && verbs.length === 0)) {
    const plain =
      properties.length > 2
        ? `${propertyProse(properties)}${verbs.length > 0 ? `; it ${listing(verbs)}` : ''}`
        : properties.length === 0
          ? `it ${listing(verbs)}`
          : listing([...properties, ...verbs.map((verb) => `it ${verb}`)]);
    // Seeded openings, so answers without a subject do not all start "The …"; no seed, no opening (a tail after "I created …").
    // "The service reports that the service is …" says its subject twice: a result about a service opens plainly.
    const opening =
      seed === '' || subject === 'it' || /^the service\b/i.test(plain)
        ? ''
        : mixedPick(
            ['', '', 'The service reports that ', 'According to the service, ', 'Here is what came back: ', 'The result: ', 'It says '],
            seed + plain,
          );
    return `${capital(`${opening}${plain}`)}.`;
  }
  if (verbs.length === 0) {
    const about = subject.replace(/,$/, '');
    const props = propertyProse(properties);
    // "The file banner.jpg: the image type is …" reads as a broken sentence: a noun and an id take no colon heading.
    return pick(
      [
        `For ${about}, ${props}.`,
        /^the /i.test(about) ? `As for ${about}, ${props}.` : `${capital(about)}: ${props}.`,
        `Here is what I have on ${about}: ${props}.`,
        `As for ${about}, ${props}.`,
        `Looking at ${about}: ${props}.`,
        `About ${about}: ${props}.`,
        `What I see for ${about}: ${props}.`,
      ],
      seed + about,
    );
  }
  // A document leads with what it says: "“Headline”: the summary is “…”; it has 3 documents."
  if (found[0]?.content === true && verbs.length > 0)
    return subject === 'it'
      ? `${capital(propertyProse(properties.map((property) => property.replace(/^the /, 'its '))))}; it ${listing(verbs)}.`
      : /^the /i.test(subject)
        ? `As for ${subject}, ${propertyProse(properties)}; it ${listing(verbs)}.`
        : `${capital(subject)}: ${propertyProse(properties)}; it ${listing(verbs)}.`;
  const head = `${capital(subject)} ${listing(verbs)}`;
  return properties.length > 0 ? `${head}; ${propertyProse(properties.map((property) => property.replace(/^the /, 'its ')))}.` : `${head}.`;
}

/**
 * A sentence's first letter in capitals; a name that opens it is kept as it is written (`api-parallel-prod`,
 * `iPhone`, `x_user`): its case is part of the name.
 */
export const capital = (text: string) =>
  /^[a-z][^\s]*(?:[-_./@\d][^\s]*|[a-z][A-Z])/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
export function pick<T>(options: readonly T[], seed: string): T {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return options[hash % options.length] as T;
}

/** Like `pick`, with the hash mixed (FNV-1a and a final avalanche), so seeds that differ in one value still spread over the options. */
export function mixedPick<T>(options: readonly T[], seed: string): T {
  let hash = 0x811c9dc5;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b) >>> 0;
  hash = (hash ^ (hash >>> 16)) >>> 0;
  return options[hash % options.length] as T;
}
