import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * Days and firsts a call sent, honoured where the result names them (docs/sim-server.md, "Results
 * that fit the call"): a trip asked for a day leaves that day (`date: 2025-07-01` → its
 * `departure_time` on 2025-07-01, its arrival moved as much); a write's sent day is the day of every
 * field of that name (a booking's `start` and each room rate's `start`); a sent first (`start_note:
 * C4`) is the first of the list it starts (`notes[0]`). Each function works in place.
 */
type Json = Record<string, unknown>;
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}/;

/** The argument that gives the day a trip leaves on. */
const TRIP_DAY = /^(date|day|departure_?date|depart_?date|departing|travel_?date|outbound_?date|flight_?date|check_?in(_?date)?)$/i;
/** A record's moment of leaving (of checking in). */
const LEAVES = /^(departure|depart|departs|departure_?(time|at|date|date_?time)|scheduled_?departure|check_?in(_?(date|time))?)$/i;
/** A record's moment of arriving (of checking out): it moves as far as the leaving. */
const ARRIVES = /^(arrival|arrive|arrives|arrival_?(time|at|date|date_?time)|scheduled_?arrival|check_?out(_?(date|time))?)$/i;

const dayOf = (text: string): number => Date.parse(`${text.slice(0, 10)}T00:00:00Z`);
const movedBy = (text: string, shift: number): string => `${new Date(dayOf(text) + shift).toISOString().slice(0, 10)}${text.slice(10)}`;

/** A trip asked for a day leaves that day: its leaving moment keeps its time of day, its arrival moves as far. */
export function tripOnAskedDay(value: unknown, args: Json): void {
  const asked = Object.entries(args).find(([key, entry]) => TRIP_DAY.test(key) && typeof entry === 'string' && DAY_TEXT.test(entry))?.[1];
  if (typeof asked !== 'string' || Number.isNaN(dayOf(asked))) return;
  eachObject(value, (record) => {
    const leaves = Object.keys(record).find(
      (key) => LEAVES.test(key) && typeof record[key] === 'string' && DAY_TEXT.test(record[key] as string),
    );
    if (leaves === undefined || Number.isNaN(dayOf(record[leaves] as string))) return;
    const shift = dayOf(asked) - dayOf(record[leaves] as string);
    if (shift === 0) return;
    for (const [key, entry] of Object.entries(record))
      if ((LEAVES.test(key) || ARRIVES.test(key)) && typeof entry === 'string' && DAY_TEXT.test(entry) && !Number.isNaN(dayOf(entry)))
        record[key] = movedBy(entry, shift);
  });
}

/** A write's sent day (`start: 2025-06-26`, inside its body too) is the day of every result field of that name, as deep as it sits. */
export function sentDaysEverywhere(value: unknown, args: Json): void {
  const days = new Map<string, string>();
  const collect = (sent: Json): void => {
    for (const [key, entry] of Object.entries(sent))
      if (typeof entry === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry)) days.set(squashKey(key), entry);
      else if (isJsonObject(entry) && /^(body|requestbody|payload|data|attributes)$/.test(squashKey(key))) collect(entry);
  };
  collect(args);
  if (days.size === 0) return;
  eachObject(value, (record) => {
    for (const [key, entry] of Object.entries(record)) {
      const day = days.get(squashKey(key));
      if (day !== undefined && typeof entry === 'string' && DAY_TEXT.test(entry)) record[key] = `${day}${entry.slice(10)}`;
    }
  });
}

/** A sent first (`start_note: "C4"`, `first_word`) is the first item of the list it starts (`notes`), a sent last the last. */
export function sentFirstsLead(value: unknown, args: Json): void {
  for (const [key, sent] of Object.entries(args)) {
    const match = /^(start|starting|first|initial|begin|end|ending|last|final)_?(.+)$/i.exec(key.replace(/([a-z])([A-Z])/g, '$1_$2'));
    if (match === null || (typeof sent !== 'string' && typeof sent !== 'number')) continue;
    const last = /^(end|ending|last|final)$/i.test(match[1] as string);
    const stem = squashKey(match[2] as string);
    const plurals = new Set([`${stem}s`, `${stem}es`, stem.replace(/y$/, 'ies')]);
    eachObject(value, (record) => {
      for (const [field, entry] of Object.entries(record)) {
        if (!plurals.has(squashKey(field)) || !Array.isArray(entry) || entry.length === 0) continue;
        if (!entry.every((item) => typeof item === typeof sent)) continue;
        entry[last ? entry.length - 1 : 0] = sent;
      }
    });
  }
}

/** A read by one identifier (`category_id`) names the one record outside any list that holds a field of that name (`category.categoryId`). */
export function askedIdentifierHeld(value: unknown, args: Json): void {
  for (const [key, sent] of Object.entries(args)) {
    if (typeof sent !== 'string' || !/[a-z](_id|Id|ID)$/.test(key)) continue;
    const name = squashKey(key);
    // two arguments of one name in two spellings (`drug_id`, `DRUG_ID`) name no one field
    if (Object.keys(args).some((other) => other !== key && squashKey(other) === name)) continue;
    const holders: Json[] = [];
    const walk = (node: unknown): void => {
      if (!isJsonObject(node)) return;
      for (const [field, entry] of Object.entries(node))
        if (squashKey(field) === name && typeof entry === 'string') holders.push(node);
        else if (isJsonObject(entry)) walk(entry);
    };
    walk(value);
    const holder = holders.length === 1 ? holders[0] : undefined;
    const field = holder === undefined ? undefined : Object.keys(holder).find((entry) => squashKey(entry) === name);
    if (holder !== undefined && field !== undefined) holder[field] = sent;
  }
}
