import type { Json } from './result-record.js';

/** Keys that place a record in time (`datetime`, `timestamp_local`, `valid_date`, `ts`, `hour`). */
const MOMENT = /(^|_)(ts|time|date|datetime|timestamp|hour|day)(_|$)|(Time|Date|Timestamp|Hour)(Local|Utc)?$/i;

/** Whether records are one series over time: their map keys or one of their moment fields all differ and read as dates. */
function isSeries(records: readonly Json[], keys: readonly string[] | undefined): boolean {
  if (keys !== undefined && keys.length === records.length && keys.every((key) => /^\d{4}-\d{2}/.test(key))) return true;
  const first = records[0] ?? {};
  return Object.keys(first).some(
    (key) =>
      MOMENT.test(key) &&
      records.every((record) => typeof record[key] === 'string' || typeof record[key] === 'number') &&
      new Set(records.map((record) => record[key])).size === records.length,
  );
}

/**
 * A value all records share that tells the user nothing when said once for all: a zero ("all with snow 0 mm"), or a
 * measurement held flat across three or more moments of a series ("all with DHI 200" hour after hour, a filler).
 * Such a value is said neither for all nor beside each record.
 */
export function sharedValueSaysNothing(key: string, records: readonly Json[], keys?: readonly string[]): boolean {
  const value = records[0]?.[key];
  if (typeof value !== 'number' || MOMENT.test(key)) return false;
  if (value === 0) return true;
  return records.length >= 3 && isSeries(records, keys);
}
