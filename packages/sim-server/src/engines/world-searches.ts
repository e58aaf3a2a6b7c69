import { isJsonObject } from '@inftool/core';
/**
 * A related-search or suggestion tool (`get_related_searches`, `autosuggest`, `typeahead`) answers with
 * searches people run around the query sent ("evergrande news", "evergrande timeline"), never with labels
 * drawn from the tool's own words ("popular suggest results"). Works in place on the result.
 */
type Json = Record<string, unknown>;

export const SUGGESTION_TOOL = /related|suggest|autocomplete|typeahead|completion/i;
const QUERY_ARGUMENT = /^(q|query|search|term|keyword|keywords|text|prefix|input)$/i;
const SUGGESTION_FIELD = /^(query|displaytext|text|term|suggestion|value|phrase)$/i;
/** What people add to a query, in a search engine's related searches. */
const ADDITIONS = ['news', 'latest news', 'today', 'history', 'explained', '2025', 'timeline', 'facts', 'reviews', 'update'];

/** The query a call searched for, or undefined. */
export function searchedQuery(args: Json): string | undefined {
  const entry = Object.entries(args).find(([key, value]) => QUERY_ARGUMENT.test(key) && typeof value === 'string' && value.trim() !== '');
  return entry === undefined ? undefined : (entry[1] as string).trim();
}

export function relatedSearches(value: unknown, args: Json, tool: string): void {
  if (!SUGGESTION_TOOL.test(tool)) return;
  const query = searchedQuery(args);
  if (query === undefined) return;
  const lower = query.toLowerCase();
  let next = query.length;
  const phrase = (): string => `${lower} ${ADDITIONS[next++ % ADDITIONS.length] as string}`;
  const fits = (text: string): boolean => text.toLowerCase().includes(lower);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (typeof item === 'string') {
          if (!fits(item)) node[index] = phrase();
        } else walk(item);
      });
    } else if (isJsonObject(node)) {
      for (const [key, entry] of Object.entries(node)) {
        if (typeof entry === 'string' && SUGGESTION_FIELD.test(key) && !fits(entry)) node[key] = phrase();
        else walk(entry);
      }
    }
  };
  walk(value);
}
