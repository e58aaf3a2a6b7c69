import { hasNumberedSibling, naturalList, ordinalLabel, requestClause, toolNoun } from '@inftool/user-sim';
import { nameWords } from '@inftool/core';
import { BENCHMARK_PREFIX, actionPhrase, baseVerb } from './action-phrase.js';
import { plural } from './call-outcome.js';
import { commonNoun } from './key-words.js';

/** "for the forecast": a reason by the thing it serves, only when its last word is a common noun (never "for the nearest", "for the api"). */
const forThe = (phrase: string): string | undefined =>
  commonNoun(phrase.trim().split(/\s+/).at(-1) ?? '') ? `for the ${phrase.trim()}` : undefined;

/** A tool as the assistant was offered it. */
interface Offered {
  name: string;
  description?: string;
  parameters?: unknown;
}

/** A value that names a record rather than describing it: the record's own handle. */
const HANDLE = /^(id|key|sid|uuid|guid|name|title|code|number)$/i;
/** A label that is only a function word (`from`, `to`): it names no value. */
const FUNCTION_WORD = /^(from|to|in|on|at|by|for|of|with|since|until|as)$/i;

/**
 * Why a withheld value is needed, in words: "to look up the fax" (the tool's action), else undefined.
 * `actionPhrase` starts with a verb when it can ("get the post"); a noun phrase is said "for the …".
 */
export function neededFor(tool: Offered): string | undefined {
  const phrase = actionPhrase(tool.name, tool.description, 8);
  if (phrase.text.trim() === '') return undefined;
  // A phrase made of the tool's name alone ("post evidence filter", "get posts latest") is no reason a person gives.
  const named = new Set(nameWords(tool.name.replace(BENCHMARK_PREFIX, '')));
  if (phrase.text.split(/\s+/).every((word) => named.has(word.toLowerCase()))) return undefined;
  // A summary's "by articleModelId" and its Title Case are the spec's, not speech: "to get article reviews summaries".
  const text = phrase.text
    .replace(/\s+(?:by|for|with)\s+\S*(?:[a-z][A-Z]|_)\S*$/, '')
    .replace(/\b([A-Z])([a-z]+)\b/g, (word) => word.toLowerCase());
  if (/[a-z][A-Z]|_/.test(text)) return undefined;
  return phrase.verbal ? `to ${text}` : forThe(text);
}

/** A user's verb for reading ("pull up", "show me") said as the assistant says it. */
const USER_READ = /^(?:pull up|show me|get me|fetch|find|check|look up|retrieve)\b/i;

/**
 * Why a withheld value is needed, in the words the user asked for the call ("to get the current air quality
 * conditions"), else `neededFor`'s: never the spec's summary ("to get history energy latitude longitude",
 * "to return an hourly forecast - given a lat/lon") nor a lookup of the value's own owner ("I need it to look up the city").
 */
export function reasonFor(tool: Offered, offered: readonly Offered[] = [tool]): string | undefined {
  // The offered tools as the user knows them: tools sharing one description are told apart by their names, as the request did.
  const views = new Map(
    [...offered, tool].map((each) => [
      each.name,
      { name: each.name, description: each.description ?? '', inputSchema: each.parameters as Record<string, unknown> | undefined },
    ]),
  );
  const clause = requestClause([{ tool: tool.name, arguments: {} }], views).clause;
  const said = clause
    .replace(USER_READ, 'get')
    .replace(/\b([A-Z])([a-z]+)\b/g, (word) => word.toLowerCase())
    // "the single brand by key": the value asked for is the question's, not the reason's.
    .replace(/\s+by\s+[\w\s]+$/, '');
  // A clause that keeps the spec's spelling or names its plumbing ("the API endpoints") is no reason a person gives.
  if (/[a-z][A-Z]|_|[:'"()]|\bAPI endpoints?\b/.test(said) || said.split(/\s+/).length < 2) return neededFor(tool);
  return `to ${said}`;
}

/**
 * A clarifying question that names the missing value in words and says why it is needed
 * (docs/harness.md, `missing_param`): "Which post do you mean? I need its key to get the post.";
 * a request body's parts by what its example holds ("Which targets and diseases should I send?").
 * Undefined when neither the value's owner nor the body's parts can be named.
 */
export function namedQuestion(
  label: string,
  parameter: string,
  tool: Offered,
  seed: string,
  offered: readonly Offered[] = [tool],
): string | undefined {
  const why = reasonFor(tool, offered);
  const properties = (tool.parameters as { properties?: Record<string, Record<string, unknown>> } | undefined)?.properties ?? {};
  if (/^(body|data|payload|input|request|params)$/i.test(parameter)) {
    const schema = properties[parameter];
    const required = Array.isArray(schema?.['required'])
      ? (schema['required'] as unknown[]).map((name) => nameWords(String(name)).join(' '))
      : [];
    const parts = [...exampleKeys(schema).map((key) => plural(key === 'id' ? 'ID' : key, 2)), ...required];
    if (parts.length === 0) return undefined;
    const nouns = nameWords(tool.name.replace(BENCHMARK_PREFIX, '')).filter((word) => baseVerb(word) === undefined);
    return `Which ${naturalList(parts)} should I send? I need them ${why ?? forThe(nouns.join(' ')) ?? 'for the request'}.`;
  }
  // One of numbered siblings (`num1` beside `num2`) is asked for by its place: "What is the first number?", never "What number 1 should I use?".
  if (hasNumberedSibling(parameter, Object.keys(properties)))
    return `What is the ${ordinalLabel(parameter) as string}?${why === undefined ? '' : ` I need it ${why}.`}`;
  const noun = toolNoun(tool.name.replace(BENCHMARK_PREFIX, ''), tool.description);
  if (noun === undefined) return why === undefined ? undefined : `What ${label} should I use? I need it ${why}.`;
  const words = label.split(' ');
  const handle = words.at(-1) as string;
  const owner = words.length === 1 ? noun : words.slice(0, -1).join(' ');
  const reason = ` ${why ?? `to look up the ${owner}`}`;
  // A label that is a bare preposition ("from") says nothing: the parameter's description names it ("the from symbol of the currency pair").
  const described = String(properties[parameter]?.['description'] ?? '').replace(/[.\s]+$/, '');
  if (FUNCTION_WORD.test(label) && described !== '' && described.split(' ').length <= 10)
    return `What is the ${described.replace(/\b([A-Z])([a-z]+)\b/g, (word) => word.toLowerCase())}?${why === undefined ? '' : ` I need it ${why}.`}`;
  // A record still to be made has no handle to ask for: what it should be called.
  const verb = nameWords(tool.name.replace(BENCHMARK_PREFIX, '')).find((word) => baseVerb(word) !== undefined);
  if (
    /^to (create|add|register|submit|make|open|start|new)\b/.test(why ?? '') ||
    /^(create|add|register|submit|insert|new)$/.test(verb ?? '')
  )
    return `What ${label} should the new ${noun} have?${why === undefined ? '' : ` I need it ${why}.`}`;
  // The record's own handle ("key", "ID"): ask which record is meant; a handle named for another thing ("fax SID") asks for that thing.
  // (a tool named for its handle, `get_latest_country_data_by_name`, names no owner: never "the name of the name")
  if (HANDLE.test(handle) && owner.toLowerCase() === noun.toLowerCase() && !HANDLE.test(noun))
    return seed.length % 2 === 0
      ? `Which ${owner} do you mean? I need its ${handle}${reason}.`
      : `What is the ${handle} of the ${owner} you have in mind? I need it${reason}.`;
  const because = why === undefined ? forThe(noun) : reason.trim();
  return `What ${label} should I use?${because === undefined ? '' : ` I need it ${because}.`}`;
}

/** The field names of a body's example (`{"target": [...], "disease": [...]}` → target, disease). */
function exampleKeys(schema: Record<string, unknown> | undefined): string[] {
  const example = Array.isArray(schema?.['examples']) ? schema['examples'][0] : schema?.['example'];
  const text = typeof example === 'string' ? example : JSON.stringify(example ?? '');
  return [...text.matchAll(/"([A-Za-z][A-Za-z ]*)"\s*:/g)]
    .map((match) => match[1] as string)
    .filter((key) => !/^(facets|size|pvalue)$/i.test(key));
}
