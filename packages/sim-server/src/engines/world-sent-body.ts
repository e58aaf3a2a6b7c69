import { isJsonObject, squashKey } from '@inftool/core';

/**
 * A result carries what its call sent (docs/sim-server.md, "Results that fit the call"): a field
 * named like a sent value, at the same place in the record, holds that value, however deep the
 * body nests it (`data.attributes.url` of a webhook, `bookingContact.email` of a booking). A sent
 * body (`body: {...}`) is the record's; a sent object matches the record's field of that name or
 * one ending with it (`bookingContact` ↔ `contact`, `rooms` ↔ `bookedRooms`); a write's sent list of
 * records is the result's, one for one (two rooms booked, two rooms in the booking), and a sent field the
 * record has not is each row's of its one list that has it (a booking's `notes`, its rooms'); a sent day is
 * the day of a field that holds an epoch (`start_date: 1750550400`). Works in place.
 */
type Json = Record<string, unknown>;

/** Arguments that wrap the record sent, not a field of it. */
const BODY = /^(body|requestbody|payload|input)$/;
/** Result keys that wrap the record returned (`{"data": {...}}`). */
const WRAPPER = /^(data|result|record|response|payload|item|attributes|booking|resource|object)$/;
const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const scalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** The result's field for a sent key: the same name, else (for a sent object or list) a longer name ending with it or the reverse. */
export function fieldFor(record: Json, key: string, sent: unknown): string | undefined {
  const name = squashKey(key);
  // the field of the key's own spelling first (`drug_id` and `DRUG_ID` may both be sent)
  const exact = key in record ? key : Object.keys(record).find((field) => squashKey(field) === name);
  if (exact !== undefined || scalar(sent)) return exact;
  return Object.keys(record).find((field) => {
    const other = squashKey(field);
    const [short, long] = other.length < name.length ? [other, name] : [name, other];
    return short.length >= 4 && long.endsWith(short) && Array.isArray(record[field]) === Array.isArray(sent);
  });
}

/** The value a field holding `held` takes for the sent `sent`, or undefined to leave it (another kind, a code for a name). */
function echoed(held: unknown, sent: string | number | boolean): unknown {
  if (typeof sent === 'boolean') return typeof held === 'boolean' ? sent : undefined;
  if (typeof sent === 'number') {
    if (typeof held === 'number') return sent;
    return typeof held === 'string' && /^-?\d+(\.\d+)?$/.test(held) ? String(sent) : undefined;
  }
  if (typeof held === 'number') {
    if (DATE.test(sent)) {
      const time = Date.parse(sent.length === 10 ? `${sent}T00:00:00Z` : sent);
      if (Number.isNaN(time)) return undefined;
      return Math.abs(held) >= 1e11 ? time : Math.floor(time / 1000);
    }
    return /^-?\d+(\.\d+)?$/.test(sent) ? Number(sent) : undefined;
  }
  if (typeof held !== 'string' || held.toLowerCase().includes(sent.toLowerCase())) return undefined;
  // a code the record keeps for a sent name (`JP` for "Japan") is the same thing
  if (/^[A-Z]{2,3}$/.test(held) && sent.length > 3) return undefined;
  return sent;
}

/** A write's list of records as many as were sent, each one carrying its sent fields. */
function echoList(rows: unknown[], sent: Json[], write: boolean): unknown[] {
  if (!rows.every(isJsonObject) || rows.length === 0) return rows;
  const listed = write ? sent.map((_, index) => structuredClone(rows[Math.min(index, rows.length - 1)]) as Json) : (rows as Json[]);
  if (write) listed.forEach((row, index) => echoRecord(row, sent[index] as Json, write));
  return listed;
}

/** A write's sent field the record has not, held by each row of its one list of records that has it (a booking's `notes`, its rooms'). */
function heldByRows(record: Json, key: string, value: unknown): void {
  const lists = Object.values(record).filter(
    (entry): entry is Json[] =>
      Array.isArray(entry) && entry.length > 0 && entry.every((row) => isJsonObject(row) && fieldFor(row, key, value) !== undefined),
  );
  if (lists.length === 1) for (const row of lists[0] as Json[]) echoRecord(row, { [key]: value }, true);
}

/** Every sent field the record holds carries its sent value; wrappers of the record are the record's. */
function echoRecord(record: Json, sent: Json, write: boolean, depth = 0): void {
  if (depth > 6) return;
  const matched = new Set<string>();
  for (const [key, value] of Object.entries(sent)) {
    if (BODY.test(squashKey(key)) && isJsonObject(value) && !(key in record)) {
      echoRecord(record, value, write, depth + 1);
      continue;
    }
    // a read's numbers (`page`, `hours`) count the query, and its objects are inputs (a document to translate), not the record
    if (!write && typeof value !== 'string') continue;
    const field = fieldFor(record, key, value);
    if (field === undefined) {
      if (write) heldByRows(record, key, value);
      continue;
    }
    matched.add(field);
    const held = record[field];
    if (scalar(value)) {
      const next = echoed(held, value);
      if (next !== undefined) record[field] = next;
    } else if (isJsonObject(value) && isJsonObject(held)) echoRecord(held, value, write, depth + 1);
    else if (Array.isArray(value) && Array.isArray(held) && value.length > 0) {
      if (value.every(isJsonObject)) record[field] = echoList(held, value as Json[], write);
      else if (write && value.every(scalar) && held.every((item) => typeof item === typeof value[0])) record[field] = [...value];
    }
  }
  for (const [key, inner] of Object.entries(record))
    if (!matched.has(key) && WRAPPER.test(squashKey(key)) && isJsonObject(inner)) echoRecord(inner, sent, write, depth + 1);
}

/** The result carries the call's sent values where it names them (see the file's comment); `write`: a create or an update. */
export function sentValuesEchoed(value: Json, args: Json, write: boolean): void {
  echoRecord(value, args, write);
}
