import { parsedJsonText } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';

/**
 * Searches answer what they were asked (docs/harness.md, `world_consistent` (i) and (j)):
 * (i) in one turn, two calls of a search with different terms do not get the same non-empty result;
 * (j) a search for a name-like term (`asthma`, `["BRCA1","KRAS"]`) that answers with a list of records
 * carries it (a word of it, at least) somewhere besides the echo of its arguments.
 */

/** A tool that finds records by what the user typed. */
const SEARCH_NAME = /(^|_)(search|searches|best_?hit|hits?|lookup|find|match|matches|suggest|suggestions|autocomplete)(_|$)/i;
/** Arguments that hold the terms searched for (a list of them too, also inside a JSON body). */
const TERMS_KEY =
  /^(q|query|queries|search|searches|term|terms|keyword|keywords|querystrings?|queryterms|strings|names|body|payload|requestbody)$/;
const STOPWORDS = new Set(['the', 'and', 'for', 'with', 'from', 'of', 'in', 'on', 'disease']);

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const isSearch = (call: ReviewedCall) => SEARCH_NAME.test(call.chatName.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));

/** The terms a search call asks for: a query string, or a list of them (in an argument or a JSON body). */
export function searchTermsOf(call: ReviewedCall): string[] {
  if (typeof call.arguments !== 'object') return [];
  const terms: string[] = [];
  const visit = (fields: Fields, depth: number) => {
    for (const [key, raw] of Object.entries(fields)) {
      const value = parsedJsonText(raw);
      if (TERMS_KEY.test(normalise(key))) {
        if (typeof value === 'string' && value.trim() !== '') terms.push(value.trim());
        else if (Array.isArray(value))
          for (const entry of value) if (typeof entry === 'string' && entry.trim() !== '') terms.push(entry.trim());
      }
      if (isRecord(value) && depth === 0) visit(value, 1);
    }
  };
  visit(call.arguments, 0);
  return terms;
}

/** The records a result lists: the objects of its largest list of objects (none when it lists none). */
function listedRecords(data: unknown): Fields[] {
  let best: Fields[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      if (value.length > best.length && value.every(isRecord)) best = value as Fields[];
      value.forEach(walk);
    } else if (isRecord(value)) Object.values(value).forEach(walk);
  };
  walk(data);
  return best;
}

/** The text of a result, lower-cased, without the fields that only echo the call's arguments. */
function resultText(data: unknown, echoed: Set<string>): string {
  const parts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((entry) => walk(entry, key));
    else if (isRecord(value)) for (const [inner, entry] of Object.entries(value)) walk(entry, inner);
    else if ((typeof value === 'string' || typeof value === 'number') && !echoed.has(normalise(key)))
      parts.push(String(value).toLowerCase());
  };
  walk(data, '');
  return parts.join('\n');
}

/** Whether a term reads as a name (`KRAS`, `rheumatoid arthritis`), not a free-text question or an expression. */
const nameLike = (term: string) => term.length <= 40 && term.split(/\s+/).length <= 3 && /^[\p{L}\p{N}][\p{L}\p{N}' .-]*$/u.test(term);

/** (j) A search for name-like terms whose records carry none of them. */
export function unansweredSearches(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || !isSearch(call)) continue;
    const terms = searchTermsOf(call).filter(nameLike);
    const records = listedRecords(call.data);
    if (terms.length === 0 || records.length === 0) continue;
    const echoed = new Set(typeof call.arguments === 'object' ? Object.keys(call.arguments).map(normalise) : []);
    const text = resultText(call.data, echoed);
    const carried = (term: string) =>
      term
        .toLowerCase()
        .split(/[\s-]+/)
        .some((word) => word.length >= 3 && !STOPWORDS.has(word) && text.includes(word.replace(/'s$/, '')));
    if (!terms.some(carried))
      problems.push(`${call.chatName}: searched for ${JSON.stringify(terms)} but none of its ${records.length} records carries it`);
  }
  return problems;
}

/** (i) Two searches of one turn with different terms and the same non-empty result. */
export function deafSearches(conversation: Conversation): string[] {
  const problems: string[] = [];
  const byTurn = new Map<string, ReviewedCall>();
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || !isSearch(call) || listedRecords(call.data).length === 0) continue;
    const terms = searchTermsOf(call);
    if (terms.length === 0) continue;
    const key = `${call.turn}\u0000${call.chatName}\u0000${call.result}`;
    const earlier = byTurn.get(key);
    if (earlier !== undefined && JSON.stringify(searchTermsOf(earlier)) !== JSON.stringify(terms)) {
      problems.push(
        `${call.chatName}: searches for ${JSON.stringify(searchTermsOf(earlier))} and ${JSON.stringify(terms)} got the same result`,
      );
    } else byTurn.set(key, call);
  }
  return problems;
}
