import { naturalList, toolNoun } from '@inftool/user-sim';
import { actionPhrase } from './action-phrase.js';
import { plural } from './call-outcome.js';

/** A tool as the assistant was offered it. */
interface Offered {
  name: string;
  description?: string;
  parameters?: unknown;
}

/** A value that names a record rather than describing it: the record's own handle. */
const HANDLE = /^(id|key|sid|uuid|guid|name|title|code|number)$/i;

/**
 * Why a withheld value is needed, in words: "to look up the fax" (the tool's action), else undefined.
 * `actionPhrase` starts with a verb when it can ("get the post"); a noun phrase is said "for the …".
 */
export function neededFor(tool: Offered): string | undefined {
  const phrase = actionPhrase(tool.name, tool.description, 8);
  if (phrase.text.trim() === '') return undefined;
  return phrase.verbal ? `to ${phrase.text.charAt(0).toLowerCase()}${phrase.text.slice(1)}` : `for the ${phrase.text}`;
}

/**
 * A clarifying question that names the missing value in words and says why it is needed
 * (docs/harness.md, `missing_param`): "Which post do you mean? I need its key to get the post.";
 * a request body's parts by what its example holds ("Which targets and diseases should I send?").
 * Undefined when neither the value's owner nor the body's parts can be named.
 */
export function namedQuestion(label: string, parameter: string, tool: Offered, seed: string): string | undefined {
  const why = neededFor(tool);
  const properties = (tool.parameters as { properties?: Record<string, Record<string, unknown>> } | undefined)?.properties ?? {};
  if (/^(body|data|payload|input|request|params)$/i.test(parameter)) {
    const parts = exampleKeys(properties[parameter]).map((key) => plural(key === 'id' ? 'ID' : key, 2));
    if (parts.length === 0) return undefined;
    return `Which ${naturalList(parts)} should I send?${why ? ` I need them ${why}.` : ''}`;
  }
  const noun = toolNoun(tool.name, tool.description);
  if (noun === undefined) return why === undefined ? undefined : `What ${label} should I use? I need it ${why}.`;
  const words = label.split(' ');
  // The record's own handle ("key", "ID"): ask which record is meant; a handle named for another thing ("fax SID") asks for that thing.
  if (HANDLE.test(words.at(-1) ?? '') && (words.length === 1 || words.slice(0, -1).join(' ').toLowerCase() === noun.toLowerCase()))
    return seed.length % 2 === 0
      ? `Which ${noun} do you mean? I need its ${words.at(-1) as string}${why ? ` ${why}` : ''}.`
      : `What is the ${words.at(-1) as string} of the ${noun} you have in mind? I need it${why ? ` ${why}` : ''}.`;
  return why === undefined ? undefined : `What ${label} should I use? I need it ${why}.`;
}

/** The field names of a body's example (`{"target": [...], "disease": [...]}` → target, disease). */
function exampleKeys(schema: Record<string, unknown> | undefined): string[] {
  const example = Array.isArray(schema?.['examples']) ? schema['examples'][0] : schema?.['example'];
  const text = typeof example === 'string' ? example : JSON.stringify(example ?? '');
  return [...text.matchAll(/"([A-Za-z][A-Za-z ]*)"\s*:/g)]
    .map((match) => match[1] as string)
    .filter((key) => !/^(facets|size|pvalue)$/i.test(key));
}
