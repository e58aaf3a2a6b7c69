import type { Filterable, ListQuery, ListResponse, RecordSummary } from './api.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

const SORTS: Record<string, (entry: Filterable) => number | string> = {
  bytes: (entry) => entry.summary.bytes,
  calls: (entry) => entry.summary.calls,
  turns: (entry) => entry.summary.userTurns,
  ms: (entry) => entry.summary.ms ?? -1,
  id: (entry) => entry.summary.id,
};
export const SORT_KEYS = Object.keys(SORTS);

/** A problem with a query parameter, named. (No Node imports: the static report's page filters with this module too.) */
export class QueryError extends Error {}

function integer(value: string | null, name: string, fallback: number, minimum: number, maximum: number): number {
  if (value === null || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum || parsed > maximum)
    throw new QueryError(`${name} must be an integer from ${minimum} to ${maximum}, got "${value}"`);
  return parsed;
}

/** The list query of a URL (`?kind=parallel&outcome=rejected&q=booking&page=2`). */
export function parseListQuery(parameters: URLSearchParams): ListQuery {
  const query: ListQuery = {
    page: integer(parameters.get('page'), 'page', 1, 1, Number.MAX_SAFE_INTEGER),
    size: integer(parameters.get('size'), 'size', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
  for (const key of ['kind', 'outcome', 'check', 'tool', 'server', 'model', 'task', 'q', 'sort'] as const) {
    const value = parameters.get(key);
    if (value !== null && value !== '') query[key] = value;
  }
  for (const key of ['rewardMin', 'rewardMax'] as const) {
    const value = parameters.get(key);
    if (value === null || value === '') continue;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) throw new QueryError(`${key} must be a number, got "${value}"`);
    query[key] = parsed;
  }
  if (query.sort !== undefined && !(query.sort.replace(/^-/, '') in SORTS))
    throw new QueryError(`sort must be one of ${SORT_KEYS.map((key) => `${key}, -${key}`).join(', ')}; got "${query.sort}"`);
  return query;
}

/** Does an entry pass the query's filters? Comma lists are alternatives; free-text words must all occur. */
export function matcher(query: ListQuery): (entry: Filterable) => boolean {
  const anyOf = (value: string | undefined) => (value === undefined ? undefined : new Set(value.split(',')));
  const kinds = anyOf(query.kind);
  const outcomes = anyOf(query.outcome);
  const checks = anyOf(query.check);
  const tools = anyOf(query.tool);
  const servers = anyOf(query.server);
  const models = anyOf(query.model);
  const inRange = (total: number | undefined) =>
    (query.rewardMin === undefined && query.rewardMax === undefined) ||
    (total !== undefined && total >= (query.rewardMin ?? -Infinity) && total <= (query.rewardMax ?? Infinity));
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return ({ summary, text }) =>
    (kinds === undefined || kinds.has(summary.kind)) &&
    (outcomes === undefined || outcomes.has(summary.outcome)) &&
    (checks === undefined || summary.failed.some((id) => checks.has(id))) &&
    (tools === undefined || summary.tools.some((name) => tools.has(name))) &&
    (servers === undefined || summary.servers.some((name) => servers.has(name))) &&
    (models === undefined || Object.values(summary.models).some((name) => models.has(name))) &&
    (query.task === undefined || summary.taskId === query.task) &&
    inRange(summary.reward?.['total']) &&
    words.every((word) => text.includes(word));
}

/** The query's parameters that choose and order the matches (not the page): equal keys select the same entries. */
export function selectionKey(query: ListQuery): string {
  const { page: _page, size: _size, ...rest } = query;
  return JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every entry the query selects, in file order (accepted first) or sorted; the entries themselves when nothing narrows or sorts. */
export function selectRecords<T extends Filterable>(entries: readonly T[], query: ListQuery): readonly T[] {
  const { page: _page, size: _size, sort, ...filters } = query;
  let selected = Object.values(filters).every((value) => value === undefined) ? entries : entries.filter(matcher(query));
  if (sort !== undefined) {
    const descending = sort.startsWith('-');
    const key = SORTS[sort.replace(/^-/, '')]!;
    selected = selected
      .map((entry, position) => ({ entry, position, value: key(entry) }))
      // Ties keep file order either way.
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) * (descending ? -1 : 1) || a.position - b.position)
      .map((item) => item.entry);
  }
  return selected;
}

/** One page of a selection (`selectRecords`), with the selection's size. */
export function pageOf(selected: readonly Filterable[], query: ListQuery): ListResponse {
  const start = (query.page - 1) * query.size;
  const items: RecordSummary[] = selected.slice(start, start + query.size).map((entry) => entry.summary);
  return { total: selected.length, page: query.page, size: query.size, items };
}

/** One page of the entries the query selects, in file order (accepted first) or sorted. */
export function filterRecords(entries: readonly Filterable[], query: ListQuery): ListResponse {
  return pageOf(selectRecords(entries, query), query);
}
