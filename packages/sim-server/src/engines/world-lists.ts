type Json = Record<string, unknown>;

/**
 * Lists of plain values a session keeps (docs/sim-server.md, "A seeded world per session"): a
 * watchlist, a playlist of symbols, a list of tags. The first result that shows one (`watchlist:
 * ["JPM", "KO"]`) sets it; a tool that adds to it (`add_to_watchlist(stock: "V")`) shows it with the
 * value added, one that removes from it (`remove_stock_from_watchlist(symbol: "JPM")`) takes the value
 * out, and every later read shows it as it now is. The list is named by the result's field, or by the
 * tool's last word (after `from`/`to`); a read that sends arguments is a query, not the list. A change
 * the result's schema rejects is not made.
 */
const MEMORY = 'plain-list\u0000';
const ADD = /^(add|append|insert|include|put|push|save|follow|watch)$/;
const REMOVE = /^(remove|delete|drop|unfollow|unwatch|clear|pop|exclude)$/;

interface Kept {
  items?: string[];
  removed: string[];
}

const norm = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const plainList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The value a change of a list sends: its one short string argument (`stock: "V"`). */
function sentValue(args: Json): string | undefined {
  const strings = Object.values(args).filter(
    (value): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= 40,
  );
  return strings.length === 1 ? strings[0] : undefined;
}

/** The list a tool names by its last word, or the word after `from`/`to` (`remove_stock_from_watchlist` → watchlist). */
function namedList(words: string[]): string | undefined {
  const at = words.findIndex((word) => word === 'from' || word === 'to');
  return at >= 0 && at < words.length - 1 ? words.slice(at + 1).join('') : words.at(-1);
}

export function keptLists(value: Json, args: Json, tool: string, memory: Map<string, Json>, valid: (candidate: Json) => boolean): Json {
  const words = tool
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const verb = words[0] ?? '';
  const change = ADD.test(verb) ? 'add' : REMOVE.test(verb) ? 'remove' : undefined;
  const sent = change === undefined ? undefined : sentValue(args);
  // a read that asks for something (a search's `q`) is a query, not the session's list
  const asks = Object.values(args).some((entry) => entry !== undefined && entry !== null && entry !== '');
  if (change === undefined ? asks : sent === undefined) return value;
  const shown = Object.entries(value).filter((entry): entry is [string, string[]] => plainList(entry[1]));
  const names = shown.length > 0 ? shown.map(([key]) => norm(key)) : [namedList(words) ?? ''];
  const result = structuredClone(value);
  for (const name of names) {
    if (name === '' || (shown.length === 0 && change === undefined)) continue;
    const kept = (memory.get(MEMORY + name) as Kept | undefined) ?? { removed: [] };
    const field = shown.find(([key]) => norm(key) === name);
    let items = kept.items ?? field?.[1].filter((item) => !kept.removed.includes(item));
    if (sent !== undefined && change === 'add') items = [...(items ?? []).filter((item) => item !== sent), sent];
    if (sent !== undefined && change === 'remove') {
      items = items?.filter((item) => item !== sent);
      kept.removed = [...kept.removed.filter((item) => item !== sent), sent];
    }
    if (sent !== undefined && change === 'add') kept.removed = kept.removed.filter((item) => item !== sent);
    if (items !== undefined) kept.items = items;
    memory.set(MEMORY + name, kept as unknown as Json);
    if (field !== undefined && items !== undefined) result[field[0]] = [...items];
  }
  return valid(result) ? result : value;
}
