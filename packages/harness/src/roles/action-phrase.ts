import { humanKey } from './result-facts.js';
import { ownDescription } from '../tasks/words.js';

/** Verbs a tool's description or name may start with (`Returns` and `Gets` count too). */
const VERBS = new Set(
  'get fetch find locate search list calculate compute convert create add book cancel delete remove update set send check estimate lookup look retrieve analyze analyse predict play order buy sell schedule translate generate reserve return resolve browse query post put patch submit upload download register login logout authenticate finish finalize prepare dispatch track count compare filter validate verify monitor notify display show view read load describe start stop open close lock unlock activate adjust fill press release move rename copy make write edit record rate review subscribe allow access enable disable reset refill transfer withdraw deposit pay charge'.split(
    ' ',
  ),
);

/** The verbs of operations, which win over nouns that are also verbs (`schedule`, `order`) inside a name. */
const CORE_VERBS = /^(get|fetch|find|search|list|create|add|delete|remove|update|cancel|calculate|compute|convert|retrieve|check|lookup)$/;

/** `Returns` → `return`, `Finishs` → `finish`, `Gets` → `get`. */
export function baseVerb(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const candidate of [lower, lower.replace(/es$/, ''), lower.replace(/s$/, '')]) if (VERBS.has(candidate)) return candidate;
  return undefined;
}

/** Verbs joined by "and"/"or" take the base form too: "finish a collection and finalizes receipt" → "… and finalize receipt". */
export function agree(text: string): string {
  // A verb has an object after it: "users and lists" and "lists of groups" stay nouns.
  return text.replace(/\b(and|or|then) ([A-Za-z]+)\b(?= (?!of\b|for\b|in\b|and\b|or\b)\S)/g, (whole, joiner: string, word: string) => {
    const base = /s$/i.test(word) ? baseVerb(word) : undefined;
    return base !== undefined && base !== word.toLowerCase() ? `${joiner} ${base}` : whole;
  });
}

/**
 * What a tool does as a verb phrase ("look up drug interactions"), from its description's first
 * sentence when short, else its name (`flight_schedule_get_timings` → "get flight schedule timings").
 * `verbal` is false when no verb could be found: the text is then a noun phrase ("zugferd receipt").
 */
/** A benchmark's numbered copy of a tool (`parallel_169_calculate_dcf`): the prefix is no word of what the tool does. */
export const BENCHMARK_PREFIX =
  /^(?:simple_python|simple_java|simple_javascript|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_(?=[a-z])/i;

export function actionPhrase(toolName: string, description?: string, maxWords = 12): { verbal: boolean; text: string } {
  const name = toolName.replace(BENCHMARK_PREFIX, '');
  const sentence = ownDescription(description)
    ?.split(/(?<=[.!?])\s/)[0]
    ?.replace(/[.!?:]+$/, '')
    .replace(/`/g, '')
    .trim();
  const candidates = [
    sentence && sentence.split(/\s+/).length <= maxWords && !sentence.includes('(') ? sentence : undefined,
    humanKey(name),
  ].filter((text): text is string => Boolean(text));
  for (const text of candidates) {
    const words = text.split(/\s+/);
    if (text === humanKey(name)) {
      // A name that puts its verb later (`flight_schedule_get_timings`): the verb first.
      const core = words.findIndex((word) => CORE_VERBS.test(word));
      if (core > 0) return { verbal: true, text: [words[core], ...words.slice(0, core), ...words.slice(core + 1)].join(' ') };
    }
    if (baseVerb(words[0] ?? '') !== undefined)
      return { verbal: true, text: agree([baseVerb(words[0] as string), ...words.slice(1)].join(' ')) };
  }
  const noun = (candidates[0] ?? humanKey(name)).replace(/^(get|post|put|patch|delete)\s+/i, '');
  return { verbal: false, text: noun.charAt(0).toLowerCase() + noun.slice(1) };
}

/** "do X" as a clause after "can" / "could not": a verb phrase as is, a noun phrase with "handle". */
export function doPhrase(name: string, description?: string, maxWords?: number): string {
  const phrase = actionPhrase(name, description, maxWords);
  return phrase.verbal ? phrase.text : `handle ${phrase.text}`;
}
