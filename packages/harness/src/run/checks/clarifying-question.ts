import { nameWords } from '@inftool/core';
import { isLexiconNoun } from './word-salad.js';

/** A tool as the assistant was offered it. */
interface Offered {
  name: string;
  description?: string;
  parameters: Record<string, unknown>;
}

/** Words that name no particular value: a question made of them asks for nothing in particular. */
const EMPTY =
  /^(the|and|for|with|when|should|which|what|into|will|used|use|you|your|not|one|all|body|data|payload|input|request|params|parameter|string|list|that|this|from|are|its|can|also|object|objects|value|values|given|specific|information|details?)$/;

/** The words that name a withheld value: its parameter's name, its description and its example's field names. */
function valueWords(key: string, offered: readonly Offered[]): Set<string> {
  const tool = key.slice(0, key.indexOf('.'));
  const parameter = key.slice(key.indexOf('.') + 1);
  const properties = (offered.find((entry) => entry.name === tool)?.parameters['properties'] ?? {}) as Record<
    string,
    Record<string, unknown>
  >;
  const schema = properties[parameter] ?? {};
  // An object body is named by the fields it requires (`ServiceCode` → "service code").
  const required = Array.isArray(schema['required']) ? (schema['required'] as unknown[]).map(String) : [];
  const said = [
    parameter,
    String(schema['description'] ?? ''),
    JSON.stringify(schema['examples'] ?? schema['example'] ?? ''),
    ...required,
  ].join(' ');
  const words = new Set<string>();
  for (const word of nameWords(said)) if ((word.length >= 3 || word === 'id') && !EMPTY.test(word)) words.add(word.replace(/s$/, ''));
  return words;
}

/**
 * The assistant's clarifying question names the missing value in words (docs/harness.md,
 * `scenario_missing_param`): a word of the withheld parameter's name, description or example
 * ("Which post do you mean? I need its key", "What should I search for?" for a query); "Which details
 * should I send with the request?" names nothing. Undefined when it does.
 */
export function vagueQuestion(question: string, unknown: readonly string[], offered: readonly Offered[]): string | undefined {
  const said = new Set(nameWords(question).map((word) => word.replace(/s$/, '')));
  const missing = unknown.filter((key) => {
    const words = valueWords(key, offered);
    // A search term is asked for as what to look for.
    if ([...words].some((word) => /^(search|query|keyword|term|q)$/.test(word)) && /\b(search|look for|terms?)\b/i.test(question))
      return false;
    return words.size > 0 && ![...words].some((word) => said.has(word));
  });
  if (missing.length > 0) return `the question "${question}" does not name the missing ${missing.join(', ')}`;
  // A reason that names no thing ("I need it for the nearest", "for the calculate") is a template, not a reason.
  const reason = /\bI need (?:it|them|its [a-z ]+?) for the ([a-z ]+?)[.?]/i.exec(question);
  const thing = reason?.[1]?.trim().split(/\s+/).at(-1);
  if (thing !== undefined && !isLexiconNoun(thing))
    return `the question "${question}" gives a reason that names no thing: "for the ${reason?.[1]}"`;
  return undefined;
}
