import { isJsonObject, nameWords } from '@inftool/core';
/**
 * A thing asked by its name answers with that thing alone: `get_latest_country_data_by_name(name:
 * "Germany")` lists Germany's row, never Japan's and the United States' beside it. The field is the
 * one named for a word of the tool's name (`country`); rows with another value there are left out,
 * and where none matched the first row takes the name asked. Works in place.
 */
type Json = Record<string, unknown>;
const lower = (text: string): string => text.trim().toLowerCase();

/** The words of a tool's name (`getLatestCountryDataByName`, `get_latest_country_data_by_name` → get, latest, country, …). */
const toolWords = (tool: string): string[] =>
  nameWords(tool).filter((word) => word.length >= 4 && !/^(name|data|latest|list|info|details?|search|find|fetch|current)$/.test(word));

/** Every list of records in `value`, with the object and key that hold it. */
function recordLists(value: unknown, visit: (holder: Json, key: string, rows: Json[]) => void): void {
  if (Array.isArray(value)) return value.forEach((entry) => recordLists(entry, visit));
  if (!isJsonObject(value)) return;
  for (const [key, entry] of Object.entries(value)) {
    if (Array.isArray(entry) && entry.length > 1 && entry.every(isJsonObject)) visit(value, key, entry as Json[]);
    recordLists(entry, visit);
  }
}

/** Rows of the thing a `name` argument names, only: those of another name are left out (one row at least, taking the name). */
export function rowsOfNamedThing(value: unknown, args: Json, tool: string): void {
  const asked = Object.entries(args).find(([key, entry]) => /^name$/i.test(key) && typeof entry === 'string' && entry.trim() !== '')?.[1];
  if (typeof asked !== 'string') return;
  const words = toolWords(tool);
  recordLists(value, (holder, key, rows) => {
    const field = Object.keys(rows[0]!).find((name) => words.includes(lower(name)) && rows.every((row) => typeof row[name] === 'string'));
    if (field === undefined) return;
    const matching = rows.filter((row) => lower(row[field] as string) === lower(asked));
    holder[key] = matching.length > 0 ? matching : [{ ...rows[0]!, [field]: asked }];
  });
}
