import type { ReviewedCall } from './conversation.js';

/**
 * A related-search or suggestion tool's answer that has nothing to do with the query sent: no suggestion
 * shares a word with it (`get_related_searches(q: "evergrande")` → `["popular suggest results"]`).
 * Its own small rules, independent of the generator.
 */
const SUGGESTION_TOOL = /related|suggest|autocomplete|typeahead|completion/i;
const QUERY_KEY = /^(q|query|search|term|keywords?|text|prefix|input)$/i;
const TEXT_KEY = /^(query|displaytext|text|term|suggestion|phrase)$/i;
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];

function suggestionsIn(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string' && (key === '[]' || TEXT_KEY.test(key))) out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => suggestionsIn(item, '[]', out));
  else if (typeof value === 'object' && value !== null) Object.entries(value).forEach(([inner, item]) => suggestionsIn(item, inner, out));
  return out;
}

export function unrelatedSuggestions(call: ReviewedCall): string[] {
  if (!SUGGESTION_TOOL.test(call.chatName)) return [];
  const query = Object.entries(call.arguments).find(([key, value]) => QUERY_KEY.test(key) && typeof value === 'string')?.[1] as
    string | undefined;
  if (query === undefined || words(query).length === 0) return [];
  const asked = new Set(words(query));
  const found = suggestionsIn(call.data);
  if (found.length === 0 || found.some((text) => words(text).some((word) => asked.has(word)))) return [];
  return [
    `${call.chatName}: no suggestion is about "${query}" (${found
      .slice(0, 2)
      .map((text) => `"${text}"`)
      .join(', ')})`,
  ];
}
