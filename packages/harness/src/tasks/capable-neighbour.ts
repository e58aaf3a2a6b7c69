import { ownDescription } from '@inftool/core';
import type { IndexedTool } from './tool-index.js';

/**
 * What a tool does, read from the first sentence of its description: whether its verb reads, the verb
 * itself, the thing it acts on ("Locate nearby parks based on …" → reads, park), what that thing is of
 * ("the outcome of a specific law case" → outcome, of case), and whether it tells a record's details
 * ("Retrieve case details including …", "Fetches detailed information on a specific case").
 */
export interface ToolJobWords {
  reads: boolean;
  verb: string;
  /** The thing acted on: its head noun and the words before it ("nearby parks" → park, [nearby]). */
  thing: NounWords;
  of?: NounWords;
  details: boolean;
  /** The words after the thing ("based on facilities and location" → facility, location). */
  particulars: string[];
  /** The particulars a tool is given ("given a station ID", "by city id"): what it needs to be told. */
  inputs: string[];
}

export interface NounWords {
  head: string;
  modifiers: string[];
}

/** Verbs that read: "get", "locate", "search for" and "find" all ask for the same thing. */
const READING =
  /^(get|gets|fetch|fetches|find|finds|search|searches|list|lists|retrieve|retrieves|locate|locates|look|looks|lookup|show|shows|return|returns|query|queries|obtain|obtains|browse|display|displays|view|read|discover|provide|provides|give|gives)$/i;
/** Words after which a thing's particulars begin ("parks based on …", "a case from a case id"). */
const PARTICULARS =
  /^(for|by|with|based|from|in|on|at|using|according|including|that|which|who|where|given|to|within|near|like|such|and|via|matching|depending|between|under|over|about|associated|belonging|passed|produced|returned|used)$/i;
/** Words that name no thing of their own. */
const FILLER =
  /^(a|an|the|all|one|some|any|every|each|specific|specified|particular|given|certain|single|its|their|his|her|your|my|our|list|set|most|more|basic|relevant|available|current|several|multiple|various|different|detailed|full|complete|or|of)$/i;
/** Heads that say nothing alone: the thing they tell of is the thing. */
const DETAILS = /^(details?|information|info|data|summary|profile)$/i;

/** Words that name the same thing ("the final velocity" is "the final speed"). */
const SAME_THING: Record<string, string> = { velocity: 'speed', velocities: 'speed', rapidity: 'speed' };
const singular = (word: string) =>
  (SAME_THING[word.toLowerCase()] ?? word)
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=(?:x|ch|sh|ss))es$/, '')
    .replace(/(?<=\w{2}[^su])s$/, '');

/** The head noun of a run of words and the words before it ("nearby parks" → park, [nearby]), fillers aside. */
function nounOf(words: readonly string[]): NounWords | undefined {
  const named = words.filter((word) => !FILLER.test(word) && /^[a-z][a-z'-]*$/i.test(word)).map(singular);
  const head = named.at(-1);
  return head === undefined ? undefined : { head, modifiers: named.slice(0, -1) };
}

/** Where a thing's particulars begin: a preposition, or a participle after a noun ("the artifacts produced by …"). */
function particularsAt(words: readonly string[]): number {
  return words.findIndex(
    (word, index) =>
      index > 0 && (PARTICULARS.test(word) || (/^[a-z]{4,}(ed|ing)$/.test(word) && !FILLER.test(words[index - 1] as string))),
  );
}

/** The thing and its owner in an object ("the outcome of a specific law case …"), undefined when none is named. */
function objectWords(rest: readonly string[]): Omit<ToolJobWords, 'reads' | 'verb'> | undefined {
  const cut = particularsAt(rest);
  const object = cut < 0 ? rest : rest.slice(0, cut);
  const after = cut < 0 ? [] : rest.slice(cut + 1);
  const content = (words: readonly string[]) =>
    words.filter((word) => !FILLER.test(word) && !PARTICULARS.test(word) && /^[a-z]{2,}$/i.test(word)).map(singular);
  // "the final speed of an object that starts from rest": a clause that tells of the thing is no input a request must name.
  const particulars = /^(that|which|who)$/i.test(rest[cut] ?? '') ? [] : content(after);
  const given = rest.findIndex((word) => /^(given|by|using|via|associated)$/i.test(word));
  const inputs = given < 0 ? [] : content(rest.slice(given + 1));
  const at = object.findIndex((word) => /^of$/i.test(word));
  const before = nounOf(at < 0 ? object : object.slice(0, at));
  const owner = at < 0 ? undefined : nounOf(object.slice(at + 1));
  if (before === undefined) return owner === undefined ? undefined : { thing: owner, details: false, particulars, inputs };
  if (!DETAILS.test(before.head)) return { thing: before, ...(owner ? { of: owner } : {}), details: false, particulars, inputs };
  // "case details", "details of court cases", "detailed information on a specific case": the thing told of.
  const end = particularsAt(after);
  const told = /^(on|about|for)$/i.test(rest[cut] ?? '') ? nounOf(end < 0 ? after : after.slice(0, end)) : undefined;
  const modified = before.modifiers.length > 0 ? nounOf(before.modifiers) : undefined;
  const thing = owner ?? modified ?? told;
  return thing === undefined ? undefined : { thing, details: true, particulars, inputs };
}

/** What a tool does, by its description's first sentence; undefined when it does not open with a verb. */
export function toolJobWords(tool: IndexedTool): ToolJobWords | undefined {
  const sentence = (ownDescription(tool.spec.description) ?? '').split(/(?<=[.!?])\s+|\n/)[0] ?? '';
  const words = sentence
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.,;:!?/]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  const [first, ...more] = words;
  if (first === undefined) return undefined;
  // "Search and retrieve law cases": the second verb says the same doing.
  const rest = /^(and|or)$/i.test(more[0] ?? '') && READING.test(more[1] ?? '') ? more.slice(2) : more;
  const verb = first.toLowerCase();
  // "Search for parks", "Look up a case": the preposition belongs to the verb.
  // "Query diagnostic engine for triage level": what is asked for is the thing.
  const asked = /^(query|queries|ask|asks)$/i.test(verb) ? rest.findIndex((word) => /^for$/i.test(word)) : -1;
  const parts = objectWords(asked > 0 ? rest.slice(asked + 1) : /^(for|up)$/i.test(rest[0] ?? '') ? rest.slice(1) : rest);
  return parts === undefined ? undefined : { reads: READING.test(verb), verb, ...parts };
}

/** An identifier parameter of the tool's own records (`key`, `keys`, `post_id`): a lookup by it serves no search by criteria. */
function needsOwnId(tool: IndexedTool, thing: string): boolean {
  // The required ones, else a tool's only parameter.
  const required = (tool.spec.inputSchema.required ?? []) as readonly string[];
  const properties = Object.keys(tool.spec.inputSchema.properties ?? {});
  const names = required.length > 0 ? required : properties.length === 1 ? properties : [];
  return names.some((name) => {
    const folded = name.toLowerCase().replace(/[^a-z]/g, '');
    return /^(id|ids|key|keys|guid|uuid|sid|slug)$/.test(folded) || new RegExp(`^${thing}(id|ids|key|keys)$`).test(folded);
  });
}

/** Parts any record's details tell, and words of one part: a case's details tell its outcome, a museum's its hours. */
const ATTRIBUTES =
  /^(outcome|result|judgement|judgment|verdict|ruling|status|date|year|name|address|hours?|price|rating|owner|author|location|description)$/;

/** Whether a part is told in a record's details: a common part, or one its description names ("including its opening hours"). */
function toldInDetails(part: string, tool: IndexedTool): boolean {
  if (ATTRIBUTES.test(part)) return true;
  return new RegExp(`\\b${part.slice(0, 5)}`, 'i').test(tool.spec.description ?? '');
}

/** Whether `offered` says nothing of a thing that `asked` does not say ("parks" of "nearby parks"; not "UV index" of "happiness index"). */
function saysNoMore(asked: NounWords, offered: NounWords, said: ReadonlySet<string>): boolean {
  // "the latest exchange rate" is what "the exchange rate" asks for, unless the request says another time ("historical").
  const now = (word: string) => NOW.test(word) && ![...said].some((other) => THEN.test(other));
  return asked.head === offered.head && offered.modifiers.every((word) => said.has(word) || now(word));
}

/** Modifiers that say "as it is now": a request that names no time asks for that. */
const NOW = /^(latest|current|live|recent|today|realtime|real-time|up-to-date)$/i;
/** Modifiers of another time. */
const THEN = /^(historical|history|past|previous|forecast|future|archived|old)$/i;
/** Changes whose inputs are the user's to give (a hotel's location, the dates): said or asked for, they do not tell the job apart. */
const CHANGES = /^(book|reserve|order|create|add|make|schedule|submit|register|place)/i;

/**
 * Whether an offered `other` tool could itself do what the `withheld` one is asked for, by what their
 * descriptions say: both read (or share a verb) and act on the same thing, saying nothing of it the
 * request does not ("search for parks based on facilities" for "locate nearby parks"; "find a recipe
 * based on dietary preferences" for "search for a cooking recipe"; not "the happiness index" for "the
 * UV index"), a change or a computation with no particulars of its own ("calculate the area of a
 * triangle"), unless `other` needs the thing's own identifier the withheld tool does without ("look up
 * posts by their keys" serves no "latest posts for an index"); or `other` tells the details of the thing
 * the withheld tool reads a part of ("retrieve case details including the judgement" for "retrieve the
 * outcome of a law case").
 */
export function coversRequest(withheld: IndexedTool, other: IndexedTool): boolean {
  const asked = toolJobWords(withheld);
  const offered = toolJobWords(other);
  if (asked === undefined || offered === undefined) return false;
  const alike = (asked.reads && offered.reads) || asked.verb.slice(0, 5) === offered.verb.slice(0, 5);
  if (!alike) return false;
  // Past records ("historical observations") are not told by a tool of the present, nor the other way round.
  const times = (job: ToolJobWords) =>
    [...job.thing.modifiers, ...job.particulars].filter((word) => THEN.test(word)).map((word) => word.slice(0, 4));
  if (times(asked).some((time) => !times(offered).includes(time))) return false;
  // A booking of the place the asked thing is in ("book a hotel … for the number of nights" for "book a twin room in
  // hotel X"): the same doing, its thing the request's place.
  if (CHANGES.test(asked.verb) && asked.verb.slice(0, 4) === offered.verb.slice(0, 4) && asked.particulars.includes(offered.thing.head))
    return true;
  const said = new Set([asked.thing, ...(asked.of ? [asked.of] : [])].flatMap((noun) => [noun.head, ...noun.modifiers]));
  for (const word of asked.particulars) said.add(word);
  // The details of a kind of the owner ("a criminal case", "a Supreme Court case") tell the part of a "law case" too.
  if (offered.details && asked.reads && asked.of !== undefined && asked.of.head === offered.thing.head)
    return toldInDetails(asked.thing.head, other);
  if (offered.details && asked.reads && saysNoMore(asked.thing, offered.thing, said)) return true;
  // A read of the owner's records ("search and retrieve law cases") tells a part any record tells ("the outcome of a law case").
  if (
    asked.reads &&
    asked.of !== undefined &&
    offered.of === undefined &&
    saysNoMore(asked.of, offered.thing, said) &&
    ATTRIBUTES.test(asked.thing.head)
  )
    return true;
  if (!saysNoMore(asked.thing, offered.thing, said)) return false;
  if (offered.of !== undefined && !(asked.of !== undefined && saysNoMore(asked.of, offered.of, said))) return false;
  // "the conviction status of a criminal": an offer names the same owner ("status for court cases" does not).
  if (asked.of !== undefined && offered.of === undefined && !offered.particulars.includes(asked.of.head)) return false;
  // A read of the same thing given another value ("a current observation given a city ID" for one by postal code)
  // serves the request: the assistant asks for that value rather than refuse.
  // A computation is told by its particulars ("using Heron's formula", "from one currency to another"); a booking's
  // particulars (location, dates) are its inputs, the user's to give.
  const computes = !(asked.reads && offered.reads) && !CHANGES.test(offered.verb);
  if (computes && !offered.particulars.every((word) => said.has(word))) return false;
  return !(needsOwnId(other, offered.thing.head) && !needsOwnId(withheld, asked.thing.head));
}
