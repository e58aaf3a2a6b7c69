/** One field of a record said as a fact: a verb phrase or a property, with its salience. */
import { indefiniteArticle } from '@inftool/core';
import { humanKey, sayableKey, UNIT_WORDS } from './key-words.js';
import { formatValue, listing } from './format-value.js';
import { unitKeyPhrase } from './record-units.js';
import { measuredAmount, spanWords } from './spoken-quantity.js';
import { type MeasureSystem, measuredFact, moneyAmount, measuredByKey } from './fact-measures.js';
import { counted, HEDGE, COUNTED_ADJECTIVE, DONE, type Field, stem, momentOf, contentWeight, salienceOf } from './fact-salience.js';
import { CODE, memberNames } from './record-names.js';

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
export const SORT_KEY = /(type|kind|status|state|category|format|class|classification|genre)$/i;

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

/** A key's value as one fact, or undefined when it does not read well. */
export function factOf(
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

/** Keys of things whose size is counted in bytes. */
const BYTE_HOLDER =
  /file|content|body|blob|image|photo|picture|attachment|download|upload|object|media|disk|memory|archive|document|payload|video|audio|backup|snapshot|volume|storage/i;
/** Keys that make a record a file's: its type, its name, its checksum. */
export const FILE_KEY =
  /(mime|content_?type|contentType|file_?name|fileName|media_?type|mediaType|extension|checksum|md5|sha\d*|encoding)$/i;

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

/** Nouns said in the plural even of one thing: "opening hours", "earnings", "terms". */
const PLURAL_ONLY = /\b(hours|earnings|savings|goods|terms|lyrics|headquarters|premises|proceeds|directions|instructions|contents)$/;

/** "The <key> is <value>", the head noun deciding is or are; one text under a plural key is one of them. */
function propertyFact({ key, value, words, phrase, salience }: Field, text: string): Fact {
  // the head noun decides: "the return on assets is", not "are"
  const head = phrase.split(/ (?:on|of|in|per|for|to|from|by) /)[0] ?? phrase;
  const pluralKey = /[a-z]{2}s$/.test(head) && !/(ss|us|is|news|series|status)$/.test(head);
  // One text under a plural key ("stocks": "TSLA") is one of them: "the stock is TSLA", not "the stocks are TSLA";
  // a noun said only in the plural stays so ("hours": "10:00-17:00" → "the hours are 10:00-17:00", never "the hour is").
  if (
    pluralKey &&
    !PLURAL_ONLY.test(head) &&
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

/** Small words of a sentence, which a value can also be (a language code `is`). */
const FUNCTION_WORD = /^(is|it|in|on|at|as|or|be|by|no|of|an|a|to|do|so|he|we|me|my|us|am|if|up|and|the|are|was|has)$/i;
