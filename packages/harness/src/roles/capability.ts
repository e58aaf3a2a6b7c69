import { mendArticles } from '@inftool/core';
import { baseVerb } from './action-phrase.js';

/**
 * What a tool lets the assistant do, said the way a person says it when offering help: a verb and the
 * kind of thing, in the plural, without the documentation's particulars ("retrieve a metered reading
 * using account" → "look up metered readings"; "get the post associated with the key" → "look up
 * posts"; "delete a specific fax and its associated media" → "delete faxes"). An offer names kinds
 * of things; the particulars (which id, which account) are the user's to give.
 */
export interface Capability {
  verb: string;
  object: string;
}

/** Verbs that read: all said "look up". */
const READS = /^(get|retrieve|fetch|return|show|read|obtain|view|lookup|look up|find information about|find)$/i;
/** Determiners an offer leaves out: it speaks of kinds, not of one given thing. */
const DETERMINER = /^(a|an|the|all|one|specific|specified|given|particular|passed|single|every|each|its|their)$/i;
/** Words after which the documentation's particulars begin. */
const PARTICULARS =
  /^(for|by|with|using|based|associated|belonging|to|in|on|from|about|and|or|via|only|that|which|where|at|within|including|as|between|given|such|like|during)$/i;
/** Heads that name no kind of thing of their own ("a list of faxes", "one version of an API"): what they are of is the thing. */
const GENERIC_HEAD = /^(list|lists|set|sets|version|versions|information|info|details|data|collection|number|kind|type|page|group)$/i;
/** Words that name an instance of a thing, not a thing ("a fax media instance"). */
const INSTANCE = /^(instance|instances)$/i;

const UNCOUNTED = /(data|media|info|information|evidence|content|software|hardware|analysis|XML|JSON|HTML|TSE)$/;
const plural = (word: string) =>
  UNCOUNTED.test(word) || /[^s]s$/.test(word)
    ? word
    : /(x|ch|sh|ss)$/.test(word)
      ? `${word}es`
      : /[^aeiou]y$/.test(word)
        ? `${word.slice(0, -1)}ies`
        : `${word}s`;
const singular = (word: string) => (/ies$/.test(word) ? `${word.slice(0, -3)}y` : /(?<=\w{3}[^s])s$/.test(word) ? word.slice(0, -1) : word);

/** Words up to where the particulars begin (never before the first noun). */
function beforeParticulars(words: readonly string[]): string[] {
  // "and"/"or" end the phrase before another thing or another verb ("a fax and its media"), not inside one ("matching and non-matching hashes").
  const ends = (index: number) =>
    !/^(and|or)$/i.test(words[index] as string) ||
    DETERMINER.test(words[index + 1] ?? '') ||
    baseVerb(words[index + 1] ?? '') !== undefined;
  const cut = words.findIndex(
    (word, index) => index > 0 && PARTICULARS.test(word) && !DETERMINER.test(words[index - 1] as string) && ends(index),
  );
  return cut > 0 ? words.slice(0, cut) : [...words];
}

/** A read's head: "a list of faxes" → "faxes"; "an edition of a newsletter" → "newsletter edition". */
function readHead(head: string[]): string[] {
  const of = head.findIndex((word) => /^of$/i.test(word));
  if (of > 0) {
    const owner = head.slice(of + 1).filter((word) => !DETERMINER.test(word));
    const thing = head.slice(0, of);
    head =
      GENERIC_HEAD.test(thing.at(-1) as string) && owner.length > 0
        ? owner
        : owner.length === 1 && thing.length === 1
          ? [singular(owner[0] as string), ...thing]
          : thing;
  }
  return head.length > 1 && GENERIC_HEAD.test(head[0] as string) ? head.slice(1) : head;
}

/** The capability of a verb phrase ("get the post associated with the key"); undefined when it has no verb. */
export function capabilityOf(phrase: string): Capability | undefined {
  const match = /^(find information about|look up|log in|log out|sign up|\S+)(?:\s+(.*))?$/i.exec(phrase.trim());
  if (!match) return undefined;
  const verb = (match[1] as string).toLowerCase();
  if (match[2] === undefined) return { verb, object: '' };
  // "List of all the projects you're following" (a heading whose noun is "List"): the projects are the thing.
  if (/^of\s+\S/i.test(match[2])) return capabilityOf(`${verb} ${match[2].replace(/^of\s+/i, '')}`);
  const reads = READS.test(verb);
  // "a playlist's info and items": what is told of a thing is the thing ("playlists").
  const told =
    /^(?:(?:a|an|the)\s+)?([A-Za-z]+)'s\s+(?:info|information|details|data|items|contents?)(?:\s+and\s+(?:info|information|details|data|items|contents?))*$/i.exec(
      match[2],
    );
  if (told) return { verb: reads ? 'look up' : verb, object: plural((told[1] as string).toLowerCase()) };
  // "the top 100 of most queried values" → "most queried values".
  const all = match[2].replace(/\b(?:the )?top \d+ of (?=(?:the )?most\b)/i, '').split(/\s+/);
  // One thing named ("a fax", "drug by ID"): an offer speaks of such things.
  const determined = DETERMINER.test(all[0] as string) || /\bby (ID|id|key|URI|uri|name|code)\b/.test(match[2]);
  const bare = all.filter((word, index) => !(DETERMINER.test(word) && all.slice(0, index + 1).every((w) => DETERMINER.test(w))));
  let head = beforeParticulars(bare);
  if (reads) head = readHead(head);
  // "finish a collection of data" is said as it is: a thing of something is not made plural.
  else if (head.includes('of')) head = beforeParticulars(all);
  if (head.length > 1 && INSTANCE.test(head.at(-1) as string)) head = head.slice(0, -1);
  // "the artifacts produced by a build": a participle after the thing is no part of it (never "artifacts produceds").
  while (
    head.length > 1 &&
    /^[a-z]{3,}ed$/i.test(head.at(-1) as string) &&
    !/^(need|seed|feed|speed|breed|embed|hundred|shed)$/i.test(head.at(-1) as string)
  )
    head = head.slice(0, -1);
  if (head.length === 0) return undefined;
  const last = head.at(-1) as string;
  // An offer speaks of kinds: a read of one thing is a read of such things.
  if (determined && /^[A-Za-z-]+$/.test(last) && !head.includes('of')) head = [...head.slice(0, -1), plural(last)];
  return { verb: reads ? 'look up' : verb, object: head.join(' ') };
}

/** Capabilities as one phrase, those of one verb said together: "look up posts and ministers, and delete faxes". */
export function capabilityList(capabilities: readonly Capability[]): string {
  const verbs: string[] = [];
  const objects = new Map<string, string[]>();
  for (const { verb, object } of capabilities) {
    if (!objects.has(verb)) verbs.push(verb);
    const list = objects.get(verb) ?? [];
    // "one version of an API" and "one version of an API with a service name": the thing is said once.
    const said = (other: string) => other === object || object.startsWith(`${other} `);
    if (object !== '' && !list.some(said)) list.push(object);
    objects.set(verb, list);
  }
  const and = (parts: readonly string[]) =>
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) as string}`;
  const groups = verbs.map((verb) => [verb, and(objects.get(verb) ?? [])].filter(Boolean).join(' '));
  if (groups.length <= 1) return groups[0] ?? '';
  return `${groups.slice(0, -1).join(', ')}${groups.length > 2 || / and /.test(groups.join(' ')) ? ',' : ''} and ${groups.at(-1) as string}`;
}

/** Words that name no thing of their own in a head ("a list of all APIs", "one version"). */
const HEAD_FILLER =
  /^(a|an|the|all|one|some|any|your|my|every|each|specific|specified|particular|given|passed|single|its|their|list|set)$/i;
/** Prepositions after which a phrase's particulars begin ("… for index 4014943", "… by its key"). */
const PARTICULAR_START =
  /^(for|by|with|from|in|on|at|to|using|associated|belonging|between|until|within|about|via|since|before|after|under|over|and|or)$/i;
/** Heads that say nothing alone ("the energy tariff information"): the word before them is the thing. */
const VAGUE_HEAD = /^(information|info|details|detail|data)$/i;
const singularWord = (word: string) =>
  word
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=(?:x|ch|sh|ss))es$/, '')
    .replace(/(?<=\w{2}[^s])s$/, '');

/** A phrase's object in parts: its head noun, the words before it, what it is "of", and the particulars after. */
export interface PhraseParts {
  head: string;
  modifiers: string[];
  of: string[];
  particulars: string[];
}

/**
 * The parts of an object ("the latest posts for index 4014943" → head "post", modifiers "latest",
 * particulars "index"; "one version of API 2.0.0" → head "version", of "api"). Values (words with a
 * digit, quoted text) are no parts. Undefined when no head is left.
 */
export function phraseParts(object: string): PhraseParts | undefined {
  const words = object
    .replace(/"[^"]*"/g, ' ')
    .split(/[\s,;]+/)
    .filter((word) => word !== '' && !/\d/.test(word))
    .map((word) => word.replace(/[^A-Za-z'-]/g, ''))
    .filter((word) => word !== '');
  const cut = words.findIndex((word, index) => index > 0 && PARTICULAR_START.test(word));
  const named = (cut < 0 ? words : words.slice(0, cut)).filter((word) => !HEAD_FILLER.test(word) && !/^of$/i.test(word));
  const ofAt = (cut < 0 ? words : words.slice(0, cut)).findIndex((word) => /^of$/i.test(word));
  const before = ofAt < 0 ? named : (cut < 0 ? words : words.slice(0, cut)).slice(0, ofAt).filter((word) => !HEAD_FILLER.test(word));
  const of = ofAt < 0 ? [] : (cut < 0 ? words : words.slice(0, cut)).slice(ofAt + 1).filter((word) => !HEAD_FILLER.test(word));
  // "a list of all APIs": a list is no thing of its own; what it is of is.
  const thing = before.length > 0 ? before : of;
  const rest = before.length > 0 ? of : [];
  let headAt = thing.length - 1;
  if (headAt > 0 && VAGUE_HEAD.test(thing[headAt] as string)) headAt -= 1;
  const head = thing[headAt];
  if (head === undefined) return undefined;
  return {
    head: singularWord(head),
    modifiers: thing.filter((_, index) => index !== headAt).map(singularWord),
    of: rest.map(singularWord),
    particulars: (cut < 0 ? [] : words.slice(cut))
      .filter((word) => !PARTICULAR_START.test(word) && !HEAD_FILLER.test(word) && !/^of$/i.test(word))
      .map(singularWord),
  };
}

/** Verbs that read: "get", "look up", "list" and "find" all ask for the same thing. */
export const READ_VERBS =
  /^(get|find|show|pull up|pull|fetch|look up|look|list|check|retrieve|search|give|see|view|read|display|query|return|filter|obtain|browse|load)$/i;

/**
 * Whether an offered capability does what was asked, by their words: the same head, nothing said of
 * the offer that the request does not say ("look up posts" for "get the latest posts for index 4";
 * not "look up a post by its key", not "look up the latest situation report" for "the report for
 * Latin America"), the verbs alike (both read, or one verb); or the offer's thing is the asked verb
 * made a noun, of the asked thing ("finish a collection of data" for "collect data").
 */
export function doesWhatWasAsked(asked: Capability, offered: Capability): boolean {
  const want = phraseParts(asked.object);
  const have = phraseParts(offered.object);
  if (want === undefined || have === undefined) return false;
  const stem = (word: string) => word.toLowerCase().slice(0, 5);
  if (stem(have.head) === stem(asked.verb) && asked.verb.length >= 5 && have.of.includes(want.head)) return true;
  const alike = (READ_VERBS.test(asked.verb) && READ_VERBS.test(offered.verb)) || stem(asked.verb) === stem(offered.verb);
  if (!alike || have.head !== want.head) return false;
  const said = new Set([want.head, ...want.modifiers, ...want.of, ...want.particulars]);
  return [...have.modifiers, ...have.of, ...have.particulars].every((word) => said.has(word));
}

/** Whether an offer is about the thing asked for (one names the other's head): it is then said with its particulars. */
export function aboutAsked(asked: Capability, offered: Capability): boolean {
  const want = phraseParts(asked.object);
  const have = phraseParts(offered.object);
  if (want === undefined || have === undefined) return false;
  const words = (parts: PhraseParts) => [parts.head, ...parts.modifiers, ...parts.of];
  return words(want).includes(have.head) || words(have).includes(want.head) || doesWhatWasAsked(asked, offered);
}

/**
 * An offer said with its particulars, to tell it apart from what was asked ("get the post associated
 * with the key" → "look up a post by its key"; "list all APIs for a particular provider" → "list all
 * APIs for a provider"). Undefined when it has no verb or says too much.
 */
export function particularOf(phrase: string): Capability | undefined {
  const match = /^(find information about|look up|log in|log out|sign up|\S+)\s+(.+)$/i.exec(phrase.trim());
  if (!match) return undefined;
  const verb = (match[1] as string).toLowerCase();
  let object = (match[2] as string)
    // "a list of podcast genres": the genres are the thing.
    .replace(/^(?:a |the )?list of /i, '')
    .replace(/\bassociated with (?:the |a |an )?(?:passed |given |specified )?(key|id|guid|reference|sid|name|code|uri)\b/i, 'by its $1')
    .replace(/\b(the|a|an) (?:specified|given|particular|passed|single|specific) /gi, 'a ')
    .replace(/\b(?:specified|given|particular|passed) /gi, '')
    .replace(/\s+of [a-z]+ (?:kind|type)\b/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/\bby its\b/.test(object)) object = object.replace(/^the /i, 'a ');
  object = mendArticles(object);
  if (object.split(' ').length > 9) return undefined;
  return { verb: READS.test(verb) ? 'look up' : verb, object };
}
