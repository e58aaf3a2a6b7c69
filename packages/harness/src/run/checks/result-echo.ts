import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * Results that do not carry what their call sent (part of `results_plausible`), judged from the call
 * and its result alone, independent of the generator: a field named like a sent value, at the same
 * place in the record (through a sent `body` and the result's `data`/`attributes` wrappers, into
 * `bookingContact` ↔ `contact` and `rooms` ↔ `bookedRooms`), that holds another value (a webhook
 * created with another URL, a booking with another guest); a write's list of records with another
 * count than sent (three rooms for two booked), or a sent field the record has not that each row
 * of its one list holds otherwise (a booking's `notes`, its rooms'); a sent day that a field of its name (a room rate's
 * `start`) or an epoch misses; a trip asked for a day that leaves on another; a list that does not
 * start with its sent first (`start_note: C4`, notes from B4).
 */
type Json = Record<string, unknown>;
const WRITE = /^(create|add|new|post|put|patch|update|edit|book|register|insert|submit|make|reserve|modify|change)(_|[A-Z]|$)/i;
const BODY = /^(body|requestbody|payload|input)$/;
const WRAPPER = /^(data|result|record|response|payload|item|attributes|booking|resource|object)$/;
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}/;
const scalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
const dayOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' && DAY_TEXT.test(value)) return value.slice(0, 10);
  if (typeof value !== 'number' || value < 1e8) return undefined;
  const time = value >= 1e11 ? value : value * 1000;
  return new Date(time).toISOString().slice(0, 10);
};

/** Whether a held value is the sent one: the same text (a sentence that says it), number, day, or a code for a name. */
function agrees(held: unknown, sent: string | number | boolean): boolean {
  if (!scalar(held) || typeof held === 'boolean' || typeof sent === 'boolean') return typeof held !== typeof sent || held === sent;
  const [heldDay, sentDay] = [dayOf(held), typeof sent === 'string' ? dayOf(sent) : undefined];
  if (sentDay !== undefined) {
    if (heldDay === undefined) return true;
    return Math.abs(Date.parse(heldDay) - Date.parse(sentDay)) <= 86_400_000 && (String(sent).length > 10 || heldDay === sentDay);
  }
  if (typeof sent === 'number' || typeof held === 'number') {
    const [a, b] = [Number(held), Number(sent)];
    return Number.isNaN(a) || Number.isNaN(b) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }
  const [a, b] = [held.toLowerCase(), sent.toLowerCase()];
  return a.includes(b) || /^[A-Z]{2,3}$/.test(held) || /^[A-Z]{2,3}$/.test(sent);
}

/** The record's field for a sent key: the same name, else (for an object or a list) one whose name ends with the other's. */
function fieldFor(record: Json, key: string, sent: unknown): string | undefined {
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

/** A write's sent field the record has not, held otherwise by the rows of its one list of records that has it (a booking's `notes`, its rooms'). */
function rowProblems(record: Json, key: string, value: unknown, path: string, depth: number): string[] {
  const lists = Object.entries(record).filter(
    (entry): entry is [string, Json[]] =>
      Array.isArray(entry[1]) &&
      entry[1].length > 0 &&
      entry[1].every((row) => isJsonObject(row) && fieldFor(row, key, value) !== undefined),
  );
  if (lists.length !== 1) return [];
  const [field, rows] = lists[0] as [string, Json[]];
  return rows.flatMap((row, index) => recordProblems(row, { [key]: value }, true, `${path}${field}[${index}].`, depth + 1));
}

function recordProblems(record: Json, sent: Json, write: boolean, path: string, depth = 0): string[] {
  if (depth > 6) return [];
  const problems: string[] = [];
  const matched = new Set<string>();
  for (const [key, value] of Object.entries(sent)) {
    if (BODY.test(squashKey(key)) && isJsonObject(value) && !(key in record)) {
      problems.push(...recordProblems(record, value, write, path, depth + 1));
      continue;
    }
    // a read's numbers count the query and its objects are inputs (a document to translate)
    if (!write && typeof value !== 'string') continue;
    const field = fieldFor(record, key, value);
    if (field === undefined) {
      if (write) problems.push(...rowProblems(record, key, value, path, depth));
      continue;
    }
    matched.add(field);
    const held = record[field];
    if (scalar(value) && !agrees(held, value)) problems.push(`${path}${field} is ${JSON.stringify(held)}, sent ${JSON.stringify(value)}`);
    else if (isJsonObject(value) && isJsonObject(held)) problems.push(...recordProblems(held, value, write, `${path}${field}.`, depth + 1));
    else if (
      write &&
      Array.isArray(value) &&
      Array.isArray(held) &&
      value.length > 0 &&
      value.every(isJsonObject) &&
      held.every(isJsonObject)
    ) {
      if (held.length !== value.length) problems.push(`${path}${field} holds ${held.length}, sent ${value.length}`);
      else
        value.forEach((row, index) =>
          problems.push(...recordProblems(held[index] as Json, row as Json, write, `${path}${field}[${index}].`, depth + 1)),
        );
    }
  }
  for (const [key, inner] of Object.entries(record))
    if (!matched.has(key) && WRAPPER.test(squashKey(key)) && isJsonObject(inner))
      problems.push(...recordProblems(inner, sent, write, `${path}${key}.`, depth + 1));
  return problems;
}

const TRIP_DAY = /^(date|departure_?date|depart_?date|travel_?date|outbound_?date|flight_?date)$/i;
const LEAVES = /^(departure|depart|departs|departure_?(time|at|date|date_?time)|scheduled_?departure)$/i;

/** A trip asked for a day that leaves on another. */
function tripProblems(args: Json, data: unknown): string[] {
  const asked = dayOf(Object.entries(args).find(([key, value]) => TRIP_DAY.test(key) && typeof value === 'string')?.[1]);
  if (asked === undefined) return [];
  const problems: string[] = [];
  eachObject(data, (record) => {
    for (const [key, value] of Object.entries(record))
      if (LEAVES.test(key) && dayOf(value) !== undefined && dayOf(value) !== asked && typeof value === 'string')
        problems.push(`${key} ${value} is not the day asked (${asked})`);
  });
  return problems;
}

/** A list that does not start (end) with the first (last) the call sent: `start_note: C4`, `notes: [B4, …]`. */
function firstProblems(args: Json, data: unknown): string[] {
  const problems: string[] = [];
  for (const [key, sent] of Object.entries(args)) {
    const match = /^(start|starting|first|initial|end|ending|last|final)_?(.+)$/i.exec(key.replace(/([a-z])([A-Z])/g, '$1_$2'));
    if (match === null || (typeof sent !== 'string' && typeof sent !== 'number')) continue;
    const last = /^(end|ending|last|final)$/i.test(match[1] as string);
    const stem = squashKey(match[2] as string);
    eachObject(data, (record) => {
      for (const [field, list] of Object.entries(record)) {
        if (![`${stem}s`, `${stem}es`, stem.replace(/y$/, 'ies')].includes(squashKey(field)) || !Array.isArray(list)) continue;
        const item: unknown = last ? list[list.length - 1] : list[0];
        if (list.every((entry) => typeof entry === typeof sent) && list.length > 0 && String(item) !== String(sent))
          problems.push(`${field} ${last ? 'ends' : 'starts'} with ${String(item)}, sent ${key} ${String(sent)}`);
      }
    });
  }
  return problems;
}

/** A write's sent day (`start: 2025-06-26`, in its body too) missed by a result field of that name, however deep (a room rate's `start`). */
function writtenDayProblems(args: Json, data: unknown): string[] {
  const days = new Map<string, string>();
  const collect = (sent: Json): void => {
    for (const [key, value] of Object.entries(sent))
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) days.set(squashKey(key), value);
      else if (isJsonObject(value) && /^(body|requestbody|payload|data|attributes)$/.test(squashKey(key))) collect(value);
  };
  collect(args);
  const problems: string[] = [];
  eachObject(data, (record) => {
    for (const [key, value] of Object.entries(record)) {
      const day = days.get(squashKey(key));
      if (day !== undefined && typeof value === 'string' && dayOf(value) !== undefined && dayOf(value) !== day)
        problems.push(`${key} ${value} is not the day sent (${day})`);
    }
  });
  return problems;
}

/** A read by one identifier (`category_id`) whose result holds one field of that name outside lists, with another value. */
function identifierProblems(args: Json, data: Json): string[] {
  const problems: string[] = [];
  for (const [key, sent] of Object.entries(args)) {
    if (typeof sent !== 'string' || !/[a-z](_id|Id|ID)$/.test(key)) continue;
    if (Object.keys(args).some((other) => other !== key && squashKey(other) === squashKey(key))) continue;
    const held: unknown[] = [];
    const walk = (node: Json): void => {
      for (const [field, entry] of Object.entries(node))
        if (squashKey(field) === squashKey(key) && typeof entry === 'string') held.push(entry);
        else if (isJsonObject(entry)) walk(entry);
    };
    walk(data);
    if (held.length === 1 && held[0] !== sent) problems.push(`${key} is ${String(held[0])} in the result, sent ${sent}`);
  }
  return problems;
}

/** What in a result does not carry what its call sent (see the file's comment). */
export function sentValueProblems(name: string, args: Json, data: unknown): string[] {
  if (!isJsonObject(data)) return [];
  const write = WRITE.test(name);
  const problems = [
    ...recordProblems(data, args, write, ''),
    ...tripProblems(args, data),
    ...firstProblems(args, data),
    ...identifierProblems(args, data),
  ];
  return [...new Set([...problems, ...(write ? writtenDayProblems(args, data) : [])])];
}
