import { isJsonObject } from '@inftool/core';
type Json = Record<string, unknown>;

/** What the session has been shown of each record id (`WorldTables.seen`). */
export type SeenRecords = ReadonlyMap<string, { kind: string; facts: Json }>;

const ID_FIELD = /^(id|key|sid|uuid|guid)$/i;
const scalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * The id of a record in a list item (the item, or a record it holds: an event's `jurisdiction`) that a
 * sent value relabelled: a field the session was shown with another value now holds the value sent.
 */
function relabelled(item: Json, seen: SeenRecords, sent: ReadonlySet<string>, depth = 0): string | undefined {
  const id = Object.entries(item).find(([key, value]) => ID_FIELD.test(key) && scalar(value) && String(value).length >= 3)?.[1];
  const before = id === undefined ? undefined : seen.get(String(id))?.facts;
  for (const [key, value] of Object.entries(before === undefined ? {} : item)) {
    const earlier = before?.[key];
    if (scalar(value) && scalar(earlier) && String(earlier) !== String(value) && sent.has(String(value).toLowerCase())) return String(id);
  }
  if (depth >= 3) return undefined;
  for (const value of Object.values(item)) {
    const inner = (Array.isArray(value) ? value : [value]).filter(isJsonObject);
    for (const record of inner) {
      const found = relabelled(record, seen, sent, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * A list a read filters by a sent value (`get_best_podcasts(language: "cs")`) holds no record the
 * session was shown with another value of that field (the podcast told "en" a turn before): such a
 * record is no match, and is left out rather than relabelled. Returns the ids left out; `value` is
 * changed in place.
 */
export function withoutRelabelled(value: Json, args: Json, seen: SeenRecords): string[] {
  const sent = new Set(
    Object.values(args)
      .filter(scalar)
      .map((entry) => String(entry).toLowerCase()),
  );
  const dropped: string[] = [];
  if (sent.size === 0) return dropped;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index -= 1) {
        const item: unknown = node[index];
        const id = isJsonObject(item) ? relabelled(item, seen, sent) : undefined;
        if (id === undefined) visit(item);
        else {
          node.splice(index, 1);
          dropped.push(id);
        }
      }
    } else if (isJsonObject(node)) Object.values(node).forEach(visit);
  };
  for (const entry of Object.values(value)) visit(entry);
  return dropped;
}
