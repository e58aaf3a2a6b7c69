type Json = Record<string, unknown>;

/**
 * The keys of a store a session uses (docs/sim-server.md, "A seeded world per session"): a key a call
 * of the store added, replaced, updated or read (`archival_memory_replace(key: "marathon")`) is in the
 * store until a remove takes it out, so the store's listing with no arguments (`archival_memory_list_keys`
 * → `{keys: […]}`) shows it, and shows the same keys call after call. Stores are told apart by the words
 * before the tool's verb: `archival_memory` and `core_memory` keep keys of their own.
 */
const VERB =
  /^(add|append|insert|create|put|save|store|set|replace|update|edit|modify|retrieve|get|read|fetch|remove|delete|drop|list|search|find|key|keys|all)$/;
const REMOVE = /^(remove|delete|drop)$/;
const KEY_ARGUMENT = /^(key|name|id|memory_?key)$/i;
const MEMORY = 'store-keys\u0000';

interface StoreKeys {
  items?: string[];
  used: string[];
  removed: string[];
}

function storeOf(tool: string): { store: string; verb: string } | undefined {
  const words = tool
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const at = words.findIndex((word) => VERB.test(word));
  return at <= 0 ? undefined : { store: words.slice(0, at).join('_'), verb: words[at] ?? '' };
}

function sentKey(args: Json): string | undefined {
  const value = Object.entries(args).find(([name]) => KEY_ARGUMENT.test(name))?.[1];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

const plainList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Notes the key a call of a store used, and shows a listing of the store's keys as the session left them. */
export function storeKeys(value: Json, args: Json, tool: string, memory: Map<string, Json>, valid: (candidate: Json) => boolean): Json {
  const of = storeOf(tool);
  if (of === undefined) return value;
  const kept = (memory.get(MEMORY + of.store) as StoreKeys | undefined) ?? { used: [], removed: [] };
  memory.set(MEMORY + of.store, kept as unknown as Json);
  const key = sentKey(args);
  if (key !== undefined && REMOVE.test(of.verb)) {
    kept.used = kept.used.filter((item) => item !== key);
    kept.removed = [...kept.removed.filter((item) => item !== key), key];
    if (kept.items !== undefined) kept.items = kept.items.filter((item) => item !== key);
  } else if (key !== undefined && !/^(list|search|find)$/.test(of.verb)) {
    kept.used = [...kept.used.filter((item) => item !== key), key];
    kept.removed = kept.removed.filter((item) => item !== key);
  }
  const asks = Object.values(args).some((entry) => entry !== undefined && entry !== null && entry !== '');
  if (of.verb !== 'list' || asks || !plainList(value['keys'])) return value;
  const base = (kept.items ?? value['keys']).filter((item) => !kept.removed.includes(item));
  const items = [...base, ...kept.used.filter((item) => !base.includes(item))];
  const result = { ...value, keys: items };
  if (!valid(result)) return value;
  kept.items = items;
  return result;
}
