import {
  canonicalJson,
  createRandom,
  indefiniteArticle,
  periodsOf,
  seedFrom,
  type Persona,
  type PlannedCall,
  type Random,
  withOwnPeriod,
} from '@inftool/core';
import type { ToolView } from '../user-simulator.js';
import { actionOf, spelledInitials, baseVerb, nameAsWords, verbLedText } from './action.js';
import { followUpMessage, openingMessage } from './frames.js';
import { nameWords } from '@inftool/core';
import { entityOf, humanizeParameter, naturalList } from './humanize.js';
import { hasNumberedSibling, numberedName, numberedPhrases } from './numbered.js';
import { withoutParticulars } from './particulars.js';
import { dropStatedSpan } from './stated-span.js';
import { repeatedOperation, singularNoun, withoutGluedId } from './name-nouns.js';
import {
  argumentPhrase,
  GENERIC_NAMES,
  isResultReference,
  SORT_WORDS,
  SPAN_PHRASE,
  isFilterObject,
  spokenArguments,
  valueText,
  type ResultReference,
  type SpokenArgument,
  VERBATIM_LABEL,
} from './values.js';

/** Where a request sits in its task, so it can refer back and follow up. All optional. */
export interface RequestOptions {
  /** Picks the words (same seed, same words). Defaults to a seed drawn from the persona and the calls. */
  seed?: number | string;
  /** The task's whole plan: a value an earlier result holds is named after the call that made it. */
  plan?: readonly PlannedCall[][];
  /** This request's user turn (0-based). Defaults to 0: an opening message; later turns follow up. */
  turn?: number;
  /** Arguments the user does not say (`tool.parameter`, as in `Task.unknown`). */
  withheld?: readonly string[];
}

/** A request before its frame: the clause ("look up drug DB00945") and details said after it. */
export interface RequestClause {
  clause: string;
  details?: string;
}

const PAST: Record<string, string> = {
  create: 'created',
  add: 'added',
  book: 'booked',
  register: 'registered',
  submit: 'submitted',
  upload: 'uploaded',
  open: 'opened',
  make: 'made',
  insert: 'inserted',
  new: 'created',
  place: 'placed',
  prepare: 'prepared',
  generate: 'generated',
  start: 'started',
  schedule: 'scheduled',
  order: 'ordered',
  // A call that ended something: what it returned is of the thing it ended ("the batch you just cancelled", never "scheduled").
  cancel: 'cancelled',
  delete: 'deleted',
  remove: 'removed',
  stop: 'stopped',
};

const singular = (word: string) => word.toLowerCase().replace(/(?<=\w{3})s$/, '');
const plural = (word: string) => (/(x|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);

interface Context {
  random: Random;
  /** How this clause named each earlier result (`turn.call`): named the same way again, two of its fields are said together. */
  referred?: Map<string, string>;
  plan: readonly PlannedCall[][];
  turn: number;
  withheld: ReadonlySet<string>;
  /** The tools the user knows of (the offered ones). */
  tools: ReadonlyMap<string, ToolView>;
  /** The tool of the clause being written. */
  tool?: string;
  /** Arguments said after the clause ("…, once for A and once for B"): values that answer it all the same. */
  saidAfter?: string[];
}

/** Words of a tool name that are not the thing it acts on. */
const NOT_NOUNS =
  /^(get|fetch|list|delete|remove|update|create|add|put|post|set|find|search|query|one|all|any|by|from|for|of|to|latest|new|lookup|retrieve|show|destroy|partial|patch|upsert|cancel)$/;
/** The longest a tool name gets in a tree (`^[a-zA-Z0-9_-]{1,64}$`): a name that long may end in a word cut short. */
const CLIPPED_NAME = 60;

/**
 * The words of a tool name with a last word the name's length limit cut (`…_weatherdata_forec`) made whole
 * from the description ("forecast"), or left out when the description has no word it begins.
 */
function wholeNameWords(tool: string, description: string | undefined): string[] {
  const words = nameWords(tool);
  const last = words.at(-1);
  if (tool.length < CLIPPED_NAME || last === undefined) return words;
  const said: string[] = (description ?? '').toLowerCase().match(/[a-z]+/g) ?? [];
  if (said.includes(last.toLowerCase())) return words;
  const whole = said.find((word) => word.length > last.length && word.startsWith(last.toLowerCase()));
  return whole === undefined ? words.slice(0, -1) : [...words.slice(0, -1), whole];
}

/**
 * The thing a tool acts on, from its name: `fetch_fax` → "fax", `ministries_get_one` → "ministry",
 * `ministries_get_minister` → "minister"; a word the name's length limit cut is made whole from the
 * `description` (`…_weatherdata_forec` → "forecast"), never said cut.
 */
export function toolNoun(tool: string, description?: string): string | undefined {
  // An API version or a copy's number (`retrieve_account_transactions_v2_2`) names no thing.
  const words = wholeNameWords(tool, description)
    .map(withoutGluedId)
    .filter((word) => !NOT_NOUNS.test(word) && !/^(id|ids|key|keys|sid|guid|uuid|reference)$/.test(word) && !/^v?\d+$/i.test(word));
  const operation = repeatedOperation(words);
  if (operation !== undefined) return operation;
  const last = words.at(-1);
  if (last === undefined) return undefined;
  // `get_order_details` → "order": the details of a thing are the thing a person names.
  if (words.length > 1 && /^(info|information|detail|details)$/.test(last)) return singularNoun(words.at(-2) as string);
  // `fetch_fax_media` → "fax media": a word that names no thing of its own keeps the one before.
  if (words.length > 1 && /^(media|instance|item|entry|record|data)$/.test(last)) return `${singularNoun(words.at(-2) as string)} ${last}`;
  return singularNoun(last);
}

const SAME_AS: Record<string, string> = { from: 'sender', to: 'recipient', origin: 'origin', destination: 'destination' };
const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && nameWords(a).join(' ') === nameWords(b).join(' ');

/** What a call did, in the past ("placed", "created"): never the thing's own word (`get_order_details` looked an order up; it ordered nothing). */
function pastOf(tool: string, noun: string, description?: string): string | undefined {
  // "Cancels a scheduled SMS message" by `delete_batches_schedule_batchid`, "Send a collection of SMS messages" by
  // `post_batch_any`: the description's verb says what it did.
  const described = /^\s*(cancel|send)/i.exec(description ?? '')?.[1]?.toLowerCase();
  if (described !== undefined) return described === 'send' ? 'sent' : 'cancelled';
  const nounWords = noun.toLowerCase().split(' ');
  const verb = nameWords(tool).find(
    (word) => PAST[word] !== undefined && !nounWords.includes(word) && !nounWords.includes(singularNoun(word)),
  );
  return verb === undefined ? undefined : PAST[verb];
}

/** The ways to point at an earlier result: "the fax you just looked up", "that post from before". */
function thatPhrases(noun: string, past: string | undefined, recent: boolean): string[] {
  if (recent)
    return [
      ...(past ? [`the ${noun} you just ${past}`] : [`the ${noun} you just looked up`, `the ${noun} you just found`]),
      `that ${noun}`,
    ];
  return [
    ...(past ? [`the ${noun} you ${past} earlier`] : [`the ${noun} you looked up earlier`]),
    `the ${noun} from earlier`,
    `that ${noun} from before`,
  ];
}

/**
 * An earlier result's value in words, by what it was: "the fax you just looked up", "the same index",
 * "the minister of that ministry", "the reference of that post", "the same sender as that fax".
 */
function referTo(reference: ResultReference, parameter: string, context: Context, target?: string): string {
  const source = context.plan[reference.$result.turn]?.[reference.$result.call];
  const field = reference.$result.field;
  const sourceNoun = (source ? toolNoun(source.tool, context.tools.get(source.tool)?.description) : undefined) ?? entityOf(field) ?? 'one';
  const past = source === undefined ? undefined : pastOf(source.tool, sourceNoun, context.tools.get(source.tool)?.description);
  const recent = context.turn - reference.$result.turn <= 1;
  // A value the user gave turns ago is named again: "the same fax" after another fax came up points at the wrong one.
  const given = source === undefined || recent ? undefined : Object.entries(source.arguments).find(([name]) => same(name, field))?.[1];
  if (typeof given === 'string' || typeof given === 'number') return `${entityOf(parameter) ?? sourceNoun} ${String(given)}`;
  const named = source === undefined ? undefined : namedAmongSame(source, sourceNoun, past, context);
  const key = `${reference.$result.turn}.${reference.$result.call}`;
  const that = named ?? context.referred?.get(key) ?? context.random.pick(thatPhrases(sourceNoun, past, recent));
  context.referred?.set(key, that);
  // An item of a listed result (`data.0.bookingId`): the first one that list held, or a field of it.
  const path = field.split('.');
  if (path.length > 1 && path.slice(0, -1).some((part) => /^\d+$/.test(part))) {
    const leaf = path.at(-1) as string;
    const itemNoun = entityOf(parameter) ?? (target ? toolNoun(target, context.tools.get(target)?.description) : undefined) ?? sourceNoun;
    const list = recent
      ? context.random.pick(['in that list', 'you just listed', 'in the list'])
      : context.random.pick(['in the list from earlier', 'you listed earlier']);
    const first = `the first ${itemNoun} ${list}`;
    const leafNoun = entityOf(leaf);
    return /^(id|key|sid|guid|uuid|slug)$/i.test(nameWords(leaf).join(' ')) ||
      (leafNoun !== undefined && leafNoun.toLowerCase() === itemNoun.toLowerCase())
      ? first
      : `the ${leafNoun ?? humanizeParameter(leaf)} of ${first}`;
  }
  const fieldWord = nameWords(field).join(' ');
  // A sender or recipient: "the same sender as that fax".
  if (SAME_AS[fieldWord] !== undefined) return `the same ${SAME_AS[fieldWord]} as ${that}`;
  const echoed = source !== undefined && Object.keys(source.arguments).some((name) => same(name, field));
  const targetNoun = entityOf(parameter) ?? (target ? toolNoun(target, context.tools.get(target)?.description) : undefined);
  const fieldNoun = entityOf(field);
  // The value the earlier call was made with: the same thing again.
  if (echoed)
    return targetNoun === undefined || targetNoun.toLowerCase() === sourceNoun
      ? that
      : entityOf(parameter) !== undefined
        ? `the same ${targetNoun}`
        : `the ${targetNoun} of ${that}`;
  // The item's own identifier: the item itself.
  if (fieldNoun === undefined && /^(id|key|sid|guid|uuid|slug)$/i.test(fieldWord)) return that;
  if (fieldNoun !== undefined && fieldNoun.toLowerCase() === sourceNoun) return that;
  // Something the result held about it: "the reference of that post".
  return `the ${fieldNoun ?? humanizeParameter(field)} of ${that}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const OWN_ID = /^(id|sid|key|uuid|guid)$/;

/**
 * The record a reference points at, named so only it can be meant when the user has had several of its kind
 * (docs/harness.md, multi-turn follow-ups): "the fax FX…" by the id it was asked with, else by its
 * position ("the second order you placed"); undefined when it is the only one.
 */
function namedAmongSame(source: PlannedCall, noun: string, past: string | undefined, context: Context): string | undefined {
  const earlier = context.plan.slice(0, context.turn).flat();
  const same = earlier.filter((call) => call.tool === source.tool);
  // The last one of its kind, looked up just before: "the fax you just looked up" can mean no other.
  if (same.length < 2 || (same.at(-1) === source && context.turn - context.plan.findIndex((calls) => calls.includes(source)) <= 1))
    return undefined;
  const id = Object.entries(source.arguments).find(
    ([name, value]) => OWN_ID.test(nameWords(name).at(-1) ?? '') && (typeof value === 'string' || typeof value === 'number'),
  )?.[1] as string | number | undefined;
  // The id tells it apart only when no other of the same kind was asked for with that very id.
  const unique = id !== undefined && same.filter((call) => Object.values(call.arguments).includes(id)).length === 1;
  if (unique) return `the ${noun} ${String(id)}`;
  const position = ORDINALS[same.indexOf(source)];
  return position === undefined ? undefined : `the ${position} ${noun} you ${past ?? 'looked up'}`;
}

const DETERMINERS = /^(a|an|the|this|that|one|given|specific|specified|particular)$/i;
/** Words after which a noun phrase has ended: a value woven in before them stays with its noun. */
const PHRASE_END = /^(for|from|with|by|and|or|in|on|of|to|at|that|which|as|into|using|based)$/i;
const normal = (word: string) => singular(word.replace(/[^A-Za-z0-9]/g, ''));

/** The clause's words; `woven` marks words that came with a value (never matched again). */
interface Words {
  text: string[];
  woven: boolean[];
}

/** The words that say `argument` in place of `words.text[start..end)` (the words that named it). */
function spokenWords(words: Words, start: number, end: number, candidate: string[], argument: SpokenArgument, context: Context): string[] {
  // An acronym the description wrote in lower case ("the id") is said as the name says it ("ID").
  const named =
    candidate.length === 1 && /^(id|uri|url|guid|uuid|sid)$/.test(candidate[0] as string)
      ? [candidate[0]?.toUpperCase() as string]
      : words.text.slice(start, end);
  // Several cases name several things: "bookings A and B".
  if (argument.several && /^([a-z]+|[A-Z]+)$/.test(named.at(-1) as string) && !/s$/i.test(named.at(-1) as string))
    named.push(/^[A-Z]+$/.test(named.at(-1) as string) ? `${named.pop() as string}s` : plural(named.pop() as string));
  // Several cases that each name a list are said as separate lists: "posts A and B, and separately posts C".
  const groups =
    argument.several && Array.isArray(argument.value) && argument.value.every((value) => Array.isArray(value) && value.length > 0)
      ? (argument.value as unknown[][])
      : undefined;
  const lists = groups?.map((group) => `${group.length === 1 ? singular(named.join(' ')) : named.join(' ')} ${valueText(group)}`);
  const text = lists
    ? `${lists.slice(0, -1).join(', ')}, and separately ${lists.at(-1) as string}`
    : // A number is said as itself: "round a number" + 330.383 → "round 330.383".
      /^numbers?$/i.test(named.join(' ')) && [argument.value].flat().every((value) => typeof value === 'number')
      ? valueText(argument.value)
      : namedBy(valueText(argument.value), named.join(' '));
  return (isResultReference(argument.value) ? referTo(argument.value, argument.name, context, context.tool) : text).split(' ');
}

/**
 * Weaves an identifier or a required value into the words that already name it: "look up SHA-1" +
 * sha1 → "look up SHA-1 abc"; "all APIs for a provider" + provider → "all APIs for provider apis-guru";
 * "get the order" + a reference → "get the order you just created". False when nothing names it.
 */
function weave(words: Words, argument: SpokenArgument, context: Context): boolean {
  // An optional value goes into the words only where they name it after a preposition ("a reading using account" → "using account X").
  const optional = argument.role === 'option' && typeof argument.value !== 'boolean' && !argument.several;
  if (argument.role !== 'id' && argument.role !== 'subject' && !optional) return false;
  if (GENERIC_NAMES.test(argument.name)) return false;
  const source = isResultReference(argument.value) ? context.plan[argument.value.$result.turn]?.[argument.value.$result.call] : undefined;
  // The source's noun stands for the reference only when the reference is that thing (its id), not a field of it
  // (a tweet's `username` is a user: "all tweets from a user" keeps its tweets).
  const field = isResultReference(argument.value) ? (argument.value.$result.field.split('.').at(-1) ?? '') : '';
  const sourceNoun = source === undefined ? undefined : toolNoun(source.tool, context.tools.get(source.tool)?.description);
  const itself =
    /^(id|key|sid|guid|uuid|slug|reference)$/i.test(nameWords(field).join(' ')) ||
    (entityOf(field)?.toLowerCase() ?? '') === (sourceNoun ?? '').toLowerCase();
  // A user's name or handle stands for the user: "follow a user" + username → "follow user jane".
  const person = /^(user|member|account|author|customer)\s*(?:name|handle)$/i.exec(argument.label)?.[1] ?? '';
  const candidates = [argument.label, entityOf(argument.name) ?? '', (itself ? sourceNoun : undefined) ?? '', person]
    .filter(Boolean)
    .map((text) => text.split(' ').map(normal));
  for (const candidate of candidates) {
    for (let stop = words.text.length; stop >= candidate.length; stop -= 1) {
      const start = stop - candidate.length;
      // A reference takes a trailing word that names no thing of its own: "a fax media instance".
      const end = source !== undefined && /^(instance|item|entry|record|object)$/i.test(words.text[stop] ?? '') ? stop + 1 : stop;
      const next = words.text[end];
      if (next !== undefined && !PHRASE_END.test(next)) continue;
      // Not into a count ("a number of decimal places" takes "2 decimal places").
      const counted = /^(number|amount|count)$/i.test(words.text[start - 2] ?? '');
      if (optional && (source !== undefined || counted || !/^(using|by|for|with|from|of|in)$/i.test(words.text[start - 1] ?? ''))) continue;
      // "a number of decimal places" is a count of something else, not the number asked about.
      if (/^(number|amount|count)$/i.test(words.text[end - 1] as string) && /^of$/i.test(next ?? '')) continue;
      if (!candidate.every((word, index) => !words.woven[start + index] && normal(words.text[start + index] as string) === word)) continue;
      let from = start;
      // A reference stands for the whole noun phrase: "the ministry key" → "the same ministry".
      if (source !== undefined) {
        let back = start;
        while (
          back > 0 &&
          !words.woven[back - 1] &&
          !PHRASE_END.test(words.text[back - 1] as string) &&
          !DETERMINERS.test(words.text[back - 1] as string)
        )
          back -= 1;
        // A phrase that opens the object ("payments creditor") is the reference's whole: "the first creditor you listed".
        if (back === 0 || DETERMINERS.test(words.text[back - 1] as string)) from = back;
      }
      while (from > 0 && !words.woven[from - 1] && DETERMINERS.test(words.text[from - 1] as string)) from -= 1;
      const said = spokenWords(words, start, end, candidate, argument, context);
      words.text.splice(from, end - from, ...said);
      words.woven.splice(from, end - from, ...said.map(() => true));
      return true;
    }
  }
  return false;
}

/** A value after the noun that names it ("museum 42"); a value that opens with that noun names itself ("Museum of Modern Art", not "museum Museum of …"). */
function namedBy(value: string, noun: string): string {
  // A choice in snake case is said in words, and a generic noun ("information") gives way to it: "the championships won".
  if (/^[a-z]+(?:_[a-z]+)+$/.test(value) && !VERBATIM_LABEL.test(noun)) {
    const spoken = value.replace(/_/g, ' ');
    return /^(info|information|field|fields|metric|metrics|stat|stats|statistics?|details?|attribute|data)$/i.test(noun)
      ? `the ${spoken}`
      : `${noun} ${spoken}`;
  }
  const last = noun.split(' ').at(-1) ?? '';
  return last !== '' && value.toLowerCase().startsWith(`${last.toLowerCase()} `) ? value : `${noun} ${value}`;
}

/** A participle the documentation puts after a noun ("the distance needed"): it goes when the value is said there. */
const NOUN_PARTICIPLE = /^(needed|required|desired|wanted|specified|given|provided|requested)$/i;

/**
 * A value said as "a timeframe of 24" goes where the clause already names its noun ("the best hour in a
 * timeframe" → "the best hour in a timeframe of 24"), not after it a second time ("… in a timeframe with a
 * timeframe of 24"). False when the clause does not name it.
 */
function foldIntoNoun(words: Words, argument: SpokenArgument, context: Context): boolean {
  if (argument.several || meaningPhrase(argument) !== undefined) return false;
  const phrase = argumentPhrase(argument, (reference) => referTo(reference, argument.name, context, context.tool));
  // A span takes the place of the words that name it: "the best hour in a given timeframe" → "the best hour over the next 24 hours".
  if (SPAN_PHRASE.test(phrase)) {
    dropStatedSpan(words, phrase);
    return foldSpan(words, argument.label, phrase);
  }
  // "2 decimal places" is said where the clause counts them: "to a number of decimal places" → "to 2 decimal places".
  const counted = /^\d+(?:\.\d+)? ([a-z]+(?: [a-z]+){0,2})$/i.exec(phrase);
  if (counted !== null) return foldCount(words, (counted[1] as string).split(' '), phrase);
  // "a timeframe of 24", or an earlier result: "the distance you just found".
  const said = /^(?:a|an|the) ([a-z]+(?: [a-z]+){0,2}) (?:of|you|from|in that) /i.exec(phrase);
  if (said === null) return false;
  const noun = (said[1] as string).split(' ').map(normal);
  for (let start = 0; start + noun.length < words.text.length; start += 1) {
    const determiner = words.text[start] as string;
    if (words.woven[start] || !/^(a|an|the)$/i.test(determiner)) continue;
    if (!noun.every((word, index) => !words.woven[start + 1 + index] && normal(words.text[start + 1 + index] as string) === word)) continue;
    let end = start + 1 + noun.length;
    if (NOUN_PARTICIPLE.test(words.text[end] ?? '')) end += 1;
    const next = words.text[end];
    if (next !== undefined && !PHRASE_END.test(next)) continue;
    const text = phrase.split(' ');
    words.text.splice(start, end - start, ...text);
    words.woven.splice(start, end - start, ...text.map(() => true));
    return true;
  }
  return false;
}

/** "a number of decimal places" in the clause said as the count given ("2 decimal places"); false when the clause counts no such thing. */
function foldCount(words: Words, noun: string[], phrase: string): boolean {
  for (let start = 0; start + 3 + noun.length <= words.text.length; start += 1) {
    if (words.woven[start] || !/^(a|the)$/i.test(words.text[start] as string)) continue;
    if (!/^number$/i.test(words.text[start + 1] as string) || !/^of$/i.test(words.text[start + 2] as string)) continue;
    const from = start + 3;
    if (!noun.every((word, index) => normal(words.text[from + index] as string) === normal(word))) continue;
    const text = phrase.split(' ');
    words.text.splice(start, 3 + noun.length, ...text);
    words.woven.splice(start, 3 + noun.length, ...text.map(() => true));
    return true;
  }
  return false;
}

/**
 * A choice of which kind of a thing the clause names goes before that thing, as a person says it:
 * "the latest posts for index 4014943" + `postKind: stories`, `indexKind: home` → "the latest stories
 * posts for home index 4014943", never "with the home index kind and the stories post kind". False when
 * the clause does not name the thing.
 */
function weaveKind(words: Words, argument: SpokenArgument): boolean {
  const label = argument.label.split(' ');
  const value = argument.value;
  if (argument.several || label.length < 2 || !/^(kind|type|category)$/i.test(label.at(-1) as string)) return false;
  if (typeof value !== 'string' || !/^[a-z][a-z-]+$/i.test(value)) return false;
  const noun = label.slice(0, -1).map(normal);
  for (let start = 0; start + noun.length <= words.text.length; start += 1) {
    if (!noun.every((word, index) => normal(words.text[start + index] as string) === word)) continue;
    // Once: a word already chosen before it ("stories posts") is not chosen again.
    if (
      start > 0 &&
      words.woven[start - 1] &&
      !DETERMINERS.test(words.text[start - 1] as string) &&
      !PHRASE_END.test(words.text[start - 1] as string) &&
      !/^same$/i.test(words.text[start - 1] as string)
    )
      continue;
    // "a"/"an" agrees with the word chosen ("a Buy order", not "an Buy order").
    const before = words.text[start - 1];
    if (before !== undefined && /^an?$/i.test(before)) words.text[start - 1] = indefiniteArticle(value);
    words.text.splice(start, 0, value);
    words.woven.splice(start, 0, true);
    return true;
  }
  return false;
}

/** A span ("over the next 24 hours") said where the clause names its parameter ("in a timeframe"); false when it names none. */
function foldSpan(words: Words, label: string, phrase: string): boolean {
  const noun = label.split(' ').map(normal);
  for (let start = 0; start + 1 + noun.length < words.text.length; start += 1) {
    if (words.woven[start] || !/^(in|within|for|over|during)$/i.test(words.text[start] as string)) continue;
    if (!/^(a|an|the)$/i.test(words.text[start + 1] as string)) continue;
    const from = start + 2;
    if (!noun.every((word, index) => !words.woven[from + index] && normal(words.text[from + index] as string) === word)) continue;
    const end = from + noun.length;
    if (words.text[end] !== undefined && !PHRASE_END.test(words.text[end] as string)) continue;
    const text = phrase.split(' ');
    words.text.splice(start, end - start, ...text);
    words.woven.splice(start, end - start, ...text.map(() => true));
    return true;
  }
  return false;
}

/**
 * A value said by what its name means rather than by its name: a place "in Dublin, Ireland", a date
 * "on 05-30-2025", a ticker symbol "for KO". Undefined when the name means none of these.
 */
export function meaningPhrase(argument: SpokenArgument): string | undefined {
  const value = argument.value;
  if (typeof value !== 'string' || value.trim() === '' || argument.several || argument.role === 'search' || argument.role === 'bound')
    return undefined;
  const words = nameWords(argument.name).map((word) => word.toLowerCase());
  const last = words.at(-1) ?? '';
  // the two ends of a trip by letter or number (`cityA`/`cityB`, `location_1`/`location_2`): "from Dublin", "to Osaka"
  if (
    words.length === 2 &&
    /^(city|location|place|town|point)$/.test(words[0] as string) &&
    /^[ab12]$/.test(last) &&
    /^[A-Za-z]/.test(value)
  )
    return `${/^[a1]$/.test(last) ? 'from' : 'to'} ${value}`;
  if (
    words.length <= 2 &&
    /^(locations?|city|cities|places?|town|country|region|area|state|county|province)$/.test(last) &&
    (words.length === 1 || !/^(id|code|key|type)$/.test(words[0] as string)) &&
    /^[A-Za-z]/.test(value)
  )
    return `in ${value}`;
  if (
    words.length <= 2 &&
    /^(date|day)$/.test(last) &&
    /^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|(mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)$/i.test(value.trim())
  )
    return `on ${value}`;
  if (words.length <= 2 && /^(symbol|ticker)$/.test(last) && /^[A-Z][A-Z0-9.-]{0,9}$/.test(value)) return `for ${value}`;
  return undefined;
}

/** A sentence a person writes into a text field: a message, a post, a note, a description (four words or more, ending as a sentence). */
function writtenText(argument: SpokenArgument): boolean {
  const value = argument.value;
  if (argument.several || argument.role === 'search' || typeof value !== 'string' || value.includes('"')) return false;
  const last = nameWords(argument.name).at(-1)?.toLowerCase() ?? '';
  return (
    /^(message|msg|content|text|body|comment|note|notes|status|description|details)$/.test(last) &&
    /^\S+(\s+\S+){3,}[.!?]$/.test(value.trim())
  );
}

/** Whether `part` is said within `place` as whole words ("DE" in "Berlin, DE"; not "Berlin" in "Berlingo"). */
const placeHolds = (place: string, part: string) =>
  new RegExp(`(?:^|[\\s,])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[\\s,])`, 'i').test(place);

/**
 * A place is said once: a city, its state and its country are one phrase ("in Paris, FR"), and a part
 * the place already says ("Berlin" and "DE" beside "Berlin, DE") is not said again ("in Berlin, DE in Berlin in DE").
 */
function sayPlace(bounds: string[], placeAt: number[], place: string): void {
  const at = placeAt[0];
  if (at === undefined) {
    placeAt.push(bounds.push(`in ${place}`) - 1);
    return;
  }
  const said = (bounds[at] as string).slice(3);
  if (placeHolds(said, place)) return;
  bounds[at] = `in ${placeHolds(place, said) ? place : `${said}, ${place}`}`;
}

function phrases(
  spoken: SpokenArgument[],
  context: Context,
): { forItems: string[]; bounds: string[]; withItems: string[]; togetherNoun?: string } {
  const refer = (parameter: string) => (reference: ResultReference) => referTo(reference, parameter, context, context.tool);
  const forItems: string[] = [];
  const bounds: string[] = [];
  const withItems: string[] = [];
  const filterSaid = new Set<string>();
  const placeAt: number[] = [];
  // Numbered siblings (`num1`/`num2`) are said together or by place: "for 5 and 20", "with 25 as the second number".
  const numbered = numberedPhrases(spoken, context.tool === undefined ? new Set() : withheldOf(context.tool, context));
  forItems.push(...numbered.together);
  withItems.push(...numbered.byPlace);
  for (const argument of numbered.rest) {
    const text = argumentPhrase(argument, refer(argument.name));
    const byMeaning = meaningPhrase(argument);
    // A text the user writes (a message, a ticket's description) is quoted as what it says, never "for Thanks for the notes. and …".
    if (writtenText(argument)) bounds.push(`saying "${argument.value as string}"`);
    // A filter said in words ("whose end is …", "named …", "created after …") stands on its own.
    else if (!argument.several && isFilterObject(argument.value)) {
      // Filters side by side are one condition: "whose end is X and created after Y".
      const last = bounds.at(-1);
      if (last !== undefined && filterSaid.has(last)) bounds[bounds.length - 1] = `${last} and ${text}`;
      else bounds.push(text);
      filterSaid.add(bounds.at(-1) as string);
    } else if (byMeaning !== undefined) {
      if (byMeaning.startsWith('for ')) forItems.push(byMeaning.slice(4));
      else if (byMeaning.startsWith('in ')) sayPlace(bounds, placeAt, byMeaning.slice(3));
      else bounds.push(byMeaning);
    } else if (isResultReference(argument.value) && /^the same (sender|recipient) /.test(text))
      bounds.push(`${text.startsWith('the same sender') ? 'from' : 'to'} ${text}`);
    // "in km", "over the next 24 hours" stand on their own.
    else if ((/^(?:in|into) \S/.test(text) || SPAN_PHRASE.test(text)) && !isResultReference(argument.value)) bounds.push(text);
    // "Shohei Ohtani as player 1", "the home index kind" go with "with", not "for".
    else if (
      argument.role === 'subject' &&
      !isResultReference(argument.value) &&
      (/ as (the )?\S/.test(text) || (/^the /.test(text) && SORT_WORDS.test(argument.label.split(' ').at(-1) ?? '')))
    )
      withItems.push(text);
    else if (argument.role === 'search' || argument.role === 'subject' || isResultReference(argument.value)) forItems.push(text);
    else if (argument.role === 'bound') bounds.push(text);
    else withItems.push(text);
  }
  return { forItems, bounds, withItems, ...(numbered.nouns[0] === undefined ? {} : { togetherNoun: numbered.nouns[0] }) };
}

function assemble(head: string, parts: { forItems: string[]; bounds: string[]; withItems: string[]; togetherNoun?: string }): string {
  // "the GCD of the two integers 5 and 20": siblings said together after the two things the head counts, no noun said twice.
  const first = parts.forItems[0] ?? '';
  const noun = parts.togetherNoun;
  const named = noun !== undefined && /\b(?:two|both) [a-z]+s$/i.test(head) && first.startsWith(`${noun} `);
  const items = named ? [first.slice(noun.length + 1), ...parts.forItems.slice(1)] : parts.forItems;
  return [
    head,
    items.length > 0 ? `${named ? '' : 'for '}${naturalList(items)}` : '',
    ...parts.bounds,
    parts.withItems.length > 0 ? `with ${naturalList(parts.withItems)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function withheldOf(tool: string, context: Context): Set<string> {
  return new Set([...context.withheld].filter((key) => key.startsWith(`${tool}.`)).map((key) => key.slice(tool.length + 1)));
}

/**
 * A description copied across sibling tools, for this one: the word that tells the siblings' names
 * apart, when the text says one of them ("Resolve change chart for week" on `spots_month` → "… for
 * month"; as it is on `spots_week`); undefined (the name speaks) when it says none.
 */
export function ownCopy(
  description: string,
  toolName: string,
  siblingNames: readonly string[],
  parameters: readonly string[] = [],
): string | undefined {
  const own = nameWords(toolName).map((word) => word.toLowerCase());
  const others = siblingNames.map((name) => nameWords(name).map((word) => word.toLowerCase()));
  // A thing is said in either number ("messages" in the name, "a message" in the text).
  const says = (word: string) => new RegExp(`\\b(?:${word}|${singularNoun(word)})\\b`, 'i').test(description);
  const parameterWords = new Set(parameters.flatMap((name) => nameWords(name).map((word) => word.toLowerCase())));
  const unique = own.filter((word) => others.every((other) => !other.includes(word)));
  // A name told apart only by its parameters (`timeline_location`, a hash `timeline_9348b7a4`): the values tell the calls apart, the text stays.
  const mine = unique.filter((word) => !parameterWords.has(word) && !/\d/.test(word));
  if (unique.length > 0 && mine.length === 0) return description;
  const theirs = [...new Set(others.flat().filter((word) => !own.includes(word)))];
  if (mine.length !== 1) return undefined;
  if (says(mine[0] as string)) return description;
  const said = theirs.filter(says);
  const thing = mine[0] as string;
  // A heading that names none of the names' words (or not one alone) is what this tool's thing is of: "Readings of the public …".
  const of = () => `${thing.charAt(0).toUpperCase()}${thing.slice(1)} of the ${description.charAt(0).toLowerCase()}${description.slice(1)}`;
  if (said.length !== 1) return periodsOf(thing).length === 0 && !verbLedText(description) && englishLike(thing) ? of() : undefined;
  const word = said[0] as string;
  // A period is swapped ("… for week" → "… for month"); a thing the text is about stays what it is, and
  // this tool's thing is said of it ("smart meters …" on `om_readings` → "Readings of the smart meters …").
  if (periodsOf(word).length > 0) return description.replace(new RegExp(`\\b${word}\\b`, 'i'), mine[0] as string);
  // "Cancels a scheduled SMS message" on `delete_batches_schedule_batchid` (its sibling's `messages`): "… SMS batch".
  if (
    verbLedText(description) &&
    /^[a-z]{4,}$/.test(thing) &&
    /[aeiouy]/.test(thing) &&
    !new RegExp(`\\b${word}\\b`, 'i').test(description)
  )
    return description.replace(new RegExp(`\\b${singularNoun(word)}\\b`, 'i'), singularNoun(thing));
  if (verbLedText(description)) return undefined;
  return of();
}

/** A word a person could say as a thing: letters only, a vowel, longer than an abbreviation, no verb (`readings`, not `gsi` or `retrieve`). */
const englishLike = (word: string) =>
  /^[a-z]{4,}$/.test(word) && /[aeiouy]/.test(word) && baseVerb(word) === undefined && !/^(list|destroy|retrieve)$/.test(word);

const LIST_GLUE = /^(and|or|the|a|an|its|their|his|her|your|given|based|on|using|with|for|from|by|of|in|to)$/i;
const LEAD = /^(given|based|using|with|for|from|by|of|in|on)$/i;

/**
 * An object whose tail only lists the tool's parameters ("the monthly mortgage payment given the loan
 * amount, loan term and annual interest rate", "a new player profile with character name, class and
 * starting level") loses the list: the values are said instead. A tail that names one thing stays
 * (a value is woven into it); so does an object that is nothing but the list.
 */
export function withoutParameterList(object: string, inputSchema: Record<string, unknown> | undefined): string {
  const properties = Object.keys((inputSchema?.['properties'] ?? {}) as Record<string, unknown>);
  if (properties.length < 2) return object;
  const known = new Set(properties.flatMap((name) => humanizeParameter(name).toLowerCase().split(/\s+/).map(singular)));
  const tokens = object.split(' ');
  for (let start = 1; start < tokens.length - 2; start += 1) {
    const tail = tokens.slice(start);
    // A list begins at a preposition, or right after the head's noun ("the payment the loan amount, …").
    if (!LEAD.test(tail[0] as string) && !/^(the|a|an|its|their)$/i.test(tail[0] as string)) continue;
    const bare = tail.map((token) => token.replace(/[,;]$/, ''));
    const content = bare.filter((token) => !LIST_GLUE.test(token));
    const listed = tail.some((token) => /,$/.test(token)) || bare.some((token) => /^(and|or)$/i.test(token));
    // Every word a parameter's, or all but one beside three that are ("with character name, class and starting level" for `player_name`, `class`, `starting_level`).
    const unknown = content.filter((token) => !known.has(singular(token))).length;
    if (listed && content.length >= 2 && (unknown === 0 || (unknown === 1 && content.length - unknown >= 3)))
      return tokens.slice(0, start).join(' ').replace(/[,;]$/, '');
  }
  return object;
}

/**
 * The description a clause is written from: a description another tool shares word for word (a spec's
 * copy-paste: "Resolve change chart for week" on the month, week and year tools) cannot tell them apart,
 * so the name speaks instead; a period the name says and the text contradicts is the name's.
 */
function describedAs(toolName: string, tool: ToolView | undefined, context: Context): string | undefined {
  // Tools that differ only by an HTTP method (`get_x_qid`, `post_x_qid`) are one operation: the description still speaks.
  // So are copies under a numbered prefix (`simple_python_93_get_theater_movie_releases`, `get_theater_movie_releases`).
  const operation = (name: string) => {
    const words = nameWords(name);
    const numbered = words.findLastIndex((word) => /^\d+$/.test(word));
    return (numbered >= 0 && numbered < words.length - 2 ? words.slice(numbered + 1) : words)
      .filter((word) => !/^(get|post|put|patch)$/.test(word))
      .join(' ');
  };
  // The siblings are the offered tools with the same text, and those of the API the planner names (`namesakes`).
  const siblings =
    tool?.description === undefined || tool.description === ''
      ? []
      : [
          ...new Set([
            ...[...context.tools.values()].filter((other) => other.description === tool.description).map((other) => other.name),
            ...(tool.namesakes ?? []),
          ]),
        ].filter((other) => other !== toolName && operation(other) !== operation(toolName));
  // A period the name says and the text contradicts (`spots_month`, "… for week") is the name's: the call is for a month.
  const periodic = tool?.description === undefined ? undefined : withOwnPeriod(tool.description, nameWords(toolName));
  if (siblings.length === 0 || periodic !== tool?.description) return periodic;
  const copy = ownCopy(
    tool?.description ?? '',
    toolName,
    siblings,
    Object.keys((tool?.inputSchema?.['properties'] ?? {}) as Record<string, unknown>),
  );
  // A name that reads as an operation id (`visual_crossing_weather_api_get_visual_crossing_web_services_res`) never speaks: the shared text does.
  return copy ?? (operationIdName(toolName) ? tool?.description : undefined);
}

/** A tool name that, said as words, is an operation id: four words or more, one an HTTP method. */
function operationIdName(toolName: string): boolean {
  const words = nameAsWords(toolName).split(' ');
  return words.length >= 4 && words.some((word) => /^(get|post|put|patch|delete)$/i.test(word));
}

/**
 * The action's object without the words the values replace: the documentation's particulars, the
 * parameter a place is said for ("the report for region" + Latin America → "the report for Latin
 * America"; that value is then said), the words for the ids, a withheld value's words, a list of the
 * parameters. Returns the object and the values still to say.
 */
function spokenObject(
  actionObject: string,
  toolName: string,
  tool: ToolView | undefined,
  given: SpokenArgument[],
  context: Context,
): { object: string; spoken: SpokenArgument[] } {
  let spoken = given;
  // The documentation's particulars go; words a value is said into ("for index", "for fax") stay.
  let object = withoutParticulars(
    actionObject,
    toolName,
    [...spoken.flatMap((argument) => [argument.name, argument.label, entityOf(argument.name) ?? '']), ...withheldOf(toolName, context)],
    // Values said after the clause ("…, once for departure city Vancouver …") settle it too, but are said there, not into it.
    spoken.length > 0 || (context.saidAfter ?? []).length > 0,
  );
  // A place said by meaning replaces the words that name its parameter: "the report for region" + Latin America → "the report for Latin America".
  const placed = spoken.find((argument) => meaningPhrase(argument)?.startsWith('in ') === true && typeof argument.value === 'string');
  if (placed !== undefined) {
    const label = humanizeParameter(placed.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const tail = new RegExp(`\\s+(?:for|of|by|in)\\s+(?:a\\s+|the\\s+|each\\s+|given\\s+|specified\\s+)?${label}$`, 'i');
    if (tail.test(object)) {
      object = object.replace(tail, ` for ${placed.value as string}`);
      // A part of the place it already says ("DE" beside "Berlin, DE") is not said again.
      spoken = spoken.filter(
        (argument) =>
          argument !== placed &&
          !(
            meaningPhrase(argument)?.startsWith('in ') === true &&
            typeof argument.value === 'string' &&
            placeHolds(placed.value as string, argument.value)
          ),
      );
    }
  }
  // "Get drug by ID" + the drug's id → "get drug DB00945".
  // "Get the posts with the keys in the list" + the posts' keys → "get the posts A and B": the description's words for the ids go.
  if (spoken.some((argument) => argument.role === 'id'))
    object = object.replace(
      /\s+(?:associated\s+)?(?:by|with|for)\s+(?:the\s+|its\s+|their\s+)?(?:given\s+|specified\s+)?(?:id|key|identifier|reference)s?(?:\s+in\s+the\s+list)?(?:\s+passed\s+in)?$/i,
      '',
    );
  // A value the user leaves out (missing_param) is not pointed at either: "show me the post with the key" → "show me the post".
  for (const name of withheldOf(toolName, context)) {
    const label = humanizeParameter(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    object = object.replace(
      new RegExp(
        `\\s+(?:by|with|for|using|of)\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+|given\\s+|specified\\s+)*(?:[A-Za-z]+\\s+)?(?:${label}|id|key|identifier|reference)s?$`,
        'i',
      ),
      '',
    );
  }
  // A clause the documentation went on with after a comma ("the details of a battle, including …") leaves no comma behind.
  return { object: withoutParameterList(object, tool?.inputSchema).replace(/[\s,;:]+$/, ''), spoken };
}

/** One call (or one call's several cases) as a clause, its values woven in. */
/**
 * Arguments the call's earlier result already names: a value the referenced call was made with ("the media of
 * the fax you just looked up" carries its fax; "… with fax SID FX0a…" after it says the fax twice).
 */
function withoutImplied(given: SpokenArgument[], context: Context): SpokenArgument[] {
  const sources = given.flatMap((argument) =>
    isResultReference(argument.value) ? [context.plan[argument.value.$result.turn]?.[argument.value.$result.call]] : [],
  );
  const sent = new Set(sources.flatMap((source) => Object.values(source?.arguments ?? {})));
  return given.filter(
    (argument) =>
      isResultReference(argument.value) ||
      !(typeof argument.value === 'string' || typeof argument.value === 'number') ||
      !sent.has(argument.value),
  );
}

function callClause(toolName: string, tool: ToolView | undefined, all: SpokenArgument[], context: Context): RequestClause {
  context.tool = toolName;
  context.referred = new Map();
  const given = withoutImplied(all, context);
  const action = actionOf(describedAs(toolName, tool, context), toolName, context.random);
  // An abbreviation of the name ("create eua") is said as the tool's text writes it ("create end-user agreement").
  const spelled = spelledInitials(action.object, tool?.description);
  // One thing spelled out takes its article: "create an end-user agreement".
  const said =
    spelled !== action.object && !/^(a|an|the|all|this|that)\b/i.test(spelled) && !/s$/.test(spelled)
      ? `${indefiniteArticle(spelled)} ${spelled}`
      : spelled;
  const { object, spoken } = spokenObject(said, toolName, tool, given, context);
  const words: Words = { text: object ? object.split(' ') : [], woven: object ? object.split(' ').map(() => false) : [] };
  // Identifiers first, so a kind goes before the thing as finally said ("the same home index", never "the home the same index").
  const rest = spoken
    .filter((argument) => !weave(words, argument, context))
    .filter((argument) => !weaveKind(words, argument) && !foldIntoNoun(words, argument, context));
  // "round 330.383 to a number of decimal places" with none given: the documentation's placeholder for a value is no words of a request.
  const placeholder = words.text.findIndex(
    (word, index) =>
      index > 0 &&
      !words.woven[index] &&
      /^(to|with|in|for|by)$/i.test(words.text[index - 1] as string) &&
      /^a$/i.test(word) &&
      /^number$/i.test(words.text[index + 1] ?? '') &&
      /^of$/i.test(words.text[index + 2] ?? ''),
  );
  if (placeholder > 0) {
    let end = placeholder + 3;
    while (end < words.text.length && !words.woven[end] && !PHRASE_END.test(words.text[end] as string)) end += 1;
    words.text.splice(placeholder - 1, end - placeholder + 1);
    words.woven.splice(placeholder - 1, end - placeholder + 1);
  }
  // "the Minister with the minister of that ministry" → "the minister of that ministry".
  const head = [action.verb, ...words.text]
    .join(' ')
    .replace(/\b(?:the|a|an) ([A-Za-z]+) (?:with|for|by|of) (the \1 of )/i, '$2')
    .replace(/\b(?:the|a|an) ([A-Za-z]+) (?:with|for|by|of) (the same \1)\b/i, '$2');
  // Values are said in the clause, never read out by parameter name ("the uniprotkw is BRCA1, the from is 0").
  // "a list of targets for targets A and B" (a body said in words) → "targets A and B".
  return {
    clause: assemble(head, phrases(rest, context))
      .replace(/\b(?:a list of |all |the )?([A-Za-z]+s) for \1\b/g, '$1')
      // "the ministry with the first ministry you listed" → "the first ministry you listed": one record, said once.
      .replace(/\b(?:the|a|an) ([A-Za-z]+) (?:with|for|by) (the (?:first|second|third|fourth|fifth|sixth) \1)\b/i, '$2')
      // Two fields of one earlier result are said together: "the latitude and longitude of that air quality from before".
      .replace(
        /\bthe ([a-z]+(?: [a-z]+)?) of ((?:that|the) [^,]+?) and the ([a-z]+(?: [a-z]+)?) of \2(?=$|[\s,.?])/i,
        'the $1 and $3 of $2',
      )
      // "a fax media instance for the media of that fax" → "the media of that fax": the thing said once.
      .replace(/\b(?:the|a|an) (?:[A-Za-z]+ ){0,2}([A-Za-z]+) instance (?:with|for|by|of) (the \1 of )/i, '$2'),
  };
}

/** Several calls of one tool: what they share said once, what differs as a list ("drug ID A, B and C"). */
function sameToolClause(calls: PlannedCall[], tool: ToolView | undefined, context: Context): string {
  const first = calls[0] as PlannedCall;
  context.tool = first.tool;
  const withheld = withheldOf(first.tool, context);
  const cases = calls.map((call) => spokenArguments(call.arguments, tool?.inputSchema, withheld));
  const names = [...new Set(cases.flatMap((spoken) => spoken.map((argument) => argument.name)))];
  const valueOf = (spoken: SpokenArgument[], name: string) =>
    canonicalJson(spoken.find((argument) => argument.name === name)?.value ?? null);
  const differ = names.filter((name) => new Set(cases.map((spoken) => valueOf(spoken, name))).size > 1);
  // Numbered siblings go together: one of them varies, so do all ("once for numbers 20 and 50 and once for numbers 20 and 20").
  const stems = new Set(differ.flatMap((name) => (hasNumberedSibling(name, names) ? [numberedName(name)?.stem] : [])));
  const varying = names.filter((name) => differ.includes(name) || (hasNumberedSibling(name, names) && stems.has(numberedName(name)?.stem)));
  const shared = (cases[0] ?? []).filter((argument) => !varying.includes(argument.name));
  if (varying.length === 0) return callClause(first.tool, tool, shared, context).clause;
  const present = (name: string) => cases.map((spoken) => spoken.find((argument) => argument.name === name));
  if (varying.length === 1 && present(varying[0] as string).every((argument) => argument !== undefined)) {
    const values = present(varying[0] as string) as SpokenArgument[];
    const list: SpokenArgument = { ...(values[0] as SpokenArgument), value: values.map((argument) => argument.value), several: true };
    return callClause(first.tool, tool, [...shared, list], context).clause;
  }
  context.saidAfter = varying;
  const base = callClause(first.tool, tool, shared, context).clause;
  context.saidAfter = undefined;
  const refer = (parameter: string) => (reference: ResultReference) => referTo(reference, parameter, context, context.tool);
  const described = cases.map((spoken) => {
    const numbered = numberedPhrases(
      spoken.filter((argument) => varying.includes(argument.name)),
      withheld,
    );
    const own = numbered.rest;
    if (own.length === 0 && numbered.together.length + numbered.byPlace.length === 0) return 'without them';
    // A filter said in words stands without "for" ("once for whose end is …" is no English): "once with those whose end is …".
    const filters = own.filter((argument) => isFilterObject(argument.value)).map((argument) => argumentPhrase(argument));
    const others = [
      ...numbered.together,
      ...numbered.byPlace,
      ...own.filter((argument) => !isFilterObject(argument.value)).map((argument) => argumentPhrase(argument, refer(argument.name))),
    ];
    return [others.length > 0 ? `for ${naturalList(others)}` : '', filters.length > 0 ? `for those ${naturalList(filters)}` : '']
      .filter(Boolean)
      .join(' ');
  });
  // Cases said alike are said once, counted: "twice without them".
  const counted = [...new Set(described)].map((text) => {
    const times = described.filter((other) => other === text).length;
    return `${times === 1 ? 'once' : times === 2 ? 'twice' : `${times} times`} ${text}`;
  });
  return `${base.replace(/[\s,;:]+$/, '')}, ${naturalList(counted)}`;
}

/** The calls of one user turn as one request: one clause, or several joined ("…, and also …"). */
export function requestClause(
  calls: readonly PlannedCall[],
  tools: ReadonlyMap<string, ToolView>,
  options: RequestOptions = {},
  random?: Random,
): RequestClause {
  const context: Context = {
    random: random ?? createRandom(seedFrom('request', options.seed ?? [calls], options.turn ?? 0)),
    plan: options.plan ?? [calls as PlannedCall[]],
    turn: options.turn ?? 0,
    withheld: new Set(options.withheld ?? []),
    tools,
  };
  if (calls.length === 0) return { clause: 'help me with something' };
  const single = (call: PlannedCall) =>
    callClause(
      call.tool,
      tools.get(call.tool),
      spokenArguments(call.arguments, tools.get(call.tool)?.inputSchema, withheldOf(call.tool, context)),
      context,
    );
  if (calls.length === 1) {
    return single(calls[0] as PlannedCall);
  }
  const groups = new Map<string, PlannedCall[]>();
  for (const call of calls) groups.set(call.tool, [...(groups.get(call.tool) ?? []), call]);
  const clauses = [...groups.entries()].map(([name, group]) =>
    group.length === 1 ? single(group[0] as PlannedCall).clause : sameToolClause(group, tools.get(name), context),
  );
  return { clause: naturalList(clauses, context.random.pick(['and', 'and also', 'and then'])) };
}

/**
 * One user message from the planned calls of a turn, in the persona's style: the first turn opens
 * the conversation, later turns (`options.turn` > 0) acknowledge and follow up. Deterministic: the
 * same seed, calls and tools give the same words.
 */
export function requestText(
  persona: Persona,
  calls: PlannedCall[],
  tools: ReadonlyMap<string, ToolView>,
  options: RequestOptions = {},
): string {
  const turn = options.turn ?? 0;
  const random = createRandom(seedFrom('request', options.seed ?? [persona.name, calls], turn));
  const written = requestClause(calls, tools, options, random);
  // A small word the pieces put twice in a row ("a tempo of of 38") is said once.
  // A noun the description said and a value woven in said again ("delete the message message 4125255") is said once, before its value.
  const clause = written.clause
    .replace(/\b(of|the|a|an|to|for|with|and|in|on|by)\s+\1\b/gi, '$1')
    .replace(/\b(?:the |a |an )?([A-Za-z]{3,}) \1(?= [\w"“])/gi, '$1');
  const details = written.details;
  if (turn === 0) return openingMessage(persona.style, clause, details, random);
  const last = options.plan !== undefined && turn === options.plan.length - 1;
  // Consecutive follow-ups of a conversation take consecutive sayings, so none repeats the one before.
  const cycle = (seedFrom('follow-up', options.seed ?? persona.name) % 997) + turn;
  return followUpMessage(persona.style, clause, details, random, { last, cycle });
}
