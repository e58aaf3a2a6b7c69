import { nameWords, type ChatTool } from '@inftool/core';
import { baseVerb, BENCHMARK_PREFIX } from './action-phrase.js';
import { englishWord } from './key-words.js';

/** Words of a description's phrase that carry its particulars, not what the tool does ("based on its part", "under conditions"). */
const WORDY =
  /\b(based on|according to|under|several|its|their|user's|information about|details (?:of|about)|associated with|given|specified|such as|in order to)\b/i;

/** Words a name holds that are no part of what the tool works on (`get_current_weather_v2`, `by`, `all`). */
const NAME_FILLER = /^(by|all|v\d+|api|data|info|details|information|the|a|an|of|for|with|from|to|and|or)$/i;

/** Reads say "look up": a person offers to look a thing up, not to "get" it. */
const READ = /^(get|fetch|retrieve|read|lookup|show|view|return|obtain)$/i;

/** Name words that are no thing: verbs and counts of an operation name (`post_get_one`, `search_people_get`). */
const NO_THING =
  /^(get|post|put|patch|delete|search|list|find|one|ones|latest|first|last|new|current|by|ref|children|parents|items|entries|objects|things|results)$/;
/** Identifiers name which record, not what the tool works on: "look up disease ids" says nothing. */
const IDENTIFIER = /^(ids?|keys?|uris?|urls?|guids?|sids?|refs?|codes?|hash(es)?)$/;

/** Doers a name may end on, and what they do. */
const AGENT: Record<string, string> = {
  converter: 'convert',
  calculator: 'calculate',
  generator: 'generate',
  finder: 'find',
  checker: 'check',
  tracker: 'track',
  translator: 'translate',
  planner: 'plan',
  estimator: 'estimate',
};

/** Verbs that work a value out: their object stays one value. */
const COMPUTES = /^(calculate|compute|convert|estimate|predict|analyze|analyse|translate|count)$/i;

const plural = (word: string) =>
  /(s|x|ch|sh|ren|people|data|media|information|software|equipment)$/.test(word)
    ? word
    : /[^aeiou]y$/.test(word)
      ? `${word.slice(0, -1)}ies`
      : `${word}s`;

/** Whether a phrase read off a description says its particulars ("look up the information about cell functions based on its part"). */
export function wordyOffer(text: string): boolean {
  return text.split(/\s+/).length > 8 || WORDY.test(text);
}

/**
 * What a tool does read off its name, as a verb and the thing it works on ("get_cell_function" → "look up
 * cell functions", "calculate_final_velocity" → "calculate final velocities"): the name's first word is a
 * verb and the rest, at most three words, are English words; else undefined.
 */
export function nameCapability(tool: ChatTool): string | undefined {
  const words = nameWords(tool.name.replace(BENCHMARK_PREFIX, ''))
    .map((word) => word.toLowerCase())
    .filter((word) => !NAME_FILLER.test(word));
  if (words.length < 2) return undefined;
  // A namespace before the verb (`kinematics_calculate_acceleration`) names the API, not the thing.
  const at = baseVerb(words[0] as string) === undefined && words.length >= 3 ? 1 : 0;
  let verb = baseVerb(words[at] as string);
  let object = words.slice(at + 1);
  // A doer's name (`time_converter`, `loan_calculator`) says the verb after the thing.
  const doer = AGENT[words.at(-1) as string];
  if (verb === undefined && doer !== undefined) [verb, object] = [doer, words.slice(0, -1)];
  if (verb === undefined || object.length === 0) return undefined;
  if (object.length > 3 || object.some((word) => englishWord(word) !== word || NO_THING.test(word))) return undefined;
  if (/^(post|put|patch|delete|handle)$/.test(words[at] as string) || IDENTIFIER.test(object.at(-1) as string)) return undefined;
  // The thing is one the description speaks of too: a name says what the tool does only where its words are the description's.
  const description = (tool.description ?? '').toLowerCase();
  if (!object.every((word) => description.includes(word.replace(/(ies|s)$/, '')))) return undefined;
  const said = READ.test(verb) ? 'look up' : verb;
  // A computation names what it works out ("calculate final velocity"); other doings name kinds of records ("cancel bookings").
  const last = object.at(-1) as string;
  const thing = COMPUTES.test(verb) ? last : plural(last);
  return `${said} ${[...object.slice(0, -1), thing].join(' ')}`;
}

/**
 * A wordy phrase with its particulars cut out where the name says nothing plainer ("collect data with several
 * requests for a receipt" → "collect data for a receipt"; "calculate the acceleration of an object under
 * given conditions" → "calculate the acceleration of an object").
 */
export function withoutParticulars(text: string): string {
  return text
    .replace(/\s+(?:with several|under|such as|in order to)\b.*?(?=\s+(?:for|of)\s|$)/i, '')
    .replace(/\s+(?:its|their)\s*$/i, '')
    .trim();
}

/**
 * A description's noun completed by the compound its tool's name holds ("historical quality conditions" of
 * `get_history_airquality_…` → "historical air quality conditions"): the description dropped the word the name keeps.
 */
export function withNameCompounds(text: string, tool: ChatTool): string {
  let said = text;
  for (const word of nameWords(tool.name.replace(BENCHMARK_PREFIX, ''))) {
    const split = englishWord(word.toLowerCase());
    const parts = split?.split(' ');
    if (parts?.length !== 2) continue;
    const [first, second] = parts as [string, string];
    if (new RegExp(`\\b${first}\\s+${second}`, 'i').test(said)) continue;
    said = said.replace(new RegExp(`(?<!${first}\\s)\\b${second}\\b`, 'i'), `${first} ${second}`);
  }
  return said;
}
