/** Dates in order and inside the ranges a call asks (`created_after`, `before`), read by world-walker too. */
import { eachObject } from '@inftool/core';
import { type Json, hashOf, norm, flatArguments } from './world-fact-basics.js';

const DATE_PAIRS: Array<[RegExp, RegExp]> = [
  [
    /^(date_?)?created(_?(at|on|date|time|datetime))?$|^creat(ed?|ion)_?(at|date|time|datetime)$|^added$|^first_?seen$|^published(_?at)?$/i,
    /^(date_?)?(updated?|modified)(_?(at|on|date|time|datetime))?$|^(last_?)?(updated|modified)$|^last_?seen$/i,
  ],
  [
    /^(start|begin|from)(_?(date|time|timestamp|at))?$|^(date|time)_?(start|from)$/i,
    /^(end|finish|to|until)(_?(date|time|timestamp|at))?$|^(date|time)_?(end|to)$/i,
  ],
];

function instant(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * A later date field earlier than its earlier one: an update before the creation becomes the
 * creation (the creation is a fact a read must keep: a tweet posted at 14:00 is read back posted at
 * 14:00); an end before its start swaps with it.
 */
export function orderDates(object: Json): void {
  const keys = Object.keys(object);
  for (const [index, [early, late]] of DATE_PAIRS.entries()) {
    const first = keys.find((key) => early.test(key));
    const second = keys.find((key) => late.test(key));
    if (first === undefined || second === undefined) continue;
    const a = instant(object[first]);
    const b = instant(object[second]);
    if (a === undefined || b === undefined || typeof object[first] !== typeof object[second]) continue;
    // epoch seconds and milliseconds do not compare
    if (typeof object[first] === 'number' && Math.abs(Math.log10(Math.max(1, a)) - Math.log10(Math.max(1, b))) >= 2) continue;
    if (b < a && index === 0) object[second] = object[first];
    else if (b < a) [object[first], object[second]] = [object[second], object[first]];
  }
}

/** Whether a stored date field `value` is inside the range the arguments give (`DateCreatedOnOrBefore`, `created_after`, `since`). */
export function dateRangeOf(args: Json): Array<{ base: string; bound: number; upper: boolean; inclusive: boolean }> {
  const ranges: Array<{ base: string; bound: number; upper: boolean; inclusive: boolean }> = [];
  for (const [key, raw] of Object.entries(args)) {
    const bound = instant(raw);
    if (bound === undefined || typeof raw !== 'string') continue;
    const match =
      /^(.*?)[_-]?(on_?or_?before|on_?or_?after|before|after|since|until|from|to|start|end|min|max|gte|lte|gt|lt)(_?date)?$/i.exec(
        // a bracketed filter (`filter[since]`) is named by its bracket
        key.replace(/^[^[]*\[([^\]]+)\]$/, '$1').replace(/([a-z])([A-Z])/g, '$1_$2'),
      );
    if (match === null) continue;
    const word = (match[2] as string).toLowerCase().replace(/_/g, '');
    const upper = /^(onorbefore|before|until|to|end|max|lte|lt)$/.test(word);
    ranges.push({ base: norm(match[1] as string), bound, upper, inclusive: !/^(before|after|gt|lt)$/.test(word) });
  }
  return ranges;
}

/** The date field of `fields` a range on `base` (`datecreated`, `created`, ``) bounds. */
export function rangedField(fields: Json, base: string): string | undefined {
  const dated = Object.keys(fields).filter((key) => instant(fields[key]) !== undefined && typeof fields[key] === 'string');
  return (
    dated.find((key) => base !== '' && norm(key) === base) ??
    dated.find((key) => base !== '' && norm(key).includes(base)) ??
    dated.find((key) => /creat|^date$/i.test(key)) ??
    (base === '' ? dated[0] : undefined)
  );
}

export function inRange(time: number, range: { bound: number; upper: boolean; inclusive: boolean }): boolean {
  if (range.upper) return range.inclusive ? time <= range.bound : time < range.bound;
  return range.inclusive ? time >= range.bound : time > range.bound;
}

export { instant as parseInstant };

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/;
/** A date field's stem (`created_at` → created, `start_date` → start, `date` → ``). */
const dateStem = (key: string): string =>
  norm(key)
    .replace(/^date/, '')
    .replace(/(date|at|time|on)$/, '');

/** The stems of a record's own lifecycle stamps (`createdAt`, `updated_at`, `creation_date`). */
const LIFECYCLE_STAMP = /^(created|creation|updated|modified|lastmodified|lastupdated)$/;

/**
 * A date-range argument (`created_before`, `updated_since`, a bare `before`/`since`) holds for every
 * object of the result, nested ones too: a date field it names (a bare one names the creation,
 * publication or plain `date`) outside the range moves inside it, in its own format; an update
 * stays no earlier than the creation. A range that holds no day is left alone.
 */
export function honourDateRanges(value: Json, args: Json, write = false): void {
  const ranges = dateRangesAsked(args);
  if (ranges.length === 0) return;
  eachObject(value, (object) => {
    let moved = false;
    for (const [key, entry] of Object.entries(object)) {
      if (typeof entry !== 'string' || !DATE_TEXT.test(entry)) continue;
      // a write's dates (`body: {start, end}` of a stay) are the record's new fields, not a range: its creation and update stamps are the world's
      if (write && LIFECYCLE_STAMP.test(dateStem(key))) continue;
      const placed = dateInRanges(key, entry, ranges);
      if (placed === undefined) continue;
      object[key] = placed;
      moved = true;
    }
    if (moved) updatesAfterCreation(object);
  });
}

/** One bound of a date range asked for: the date field it names (none for a bare `before`), which side, and when. */
interface DateBound {
  field: string | undefined;
  upper: boolean;
  bound: number;
  day: string;
}

/** The date bounds among a call's arguments (`created_before`, `updated_since`, a bare `before`/`since`). */
function dateRangesAsked(args: Json): DateBound[] {
  const ranges: DateBound[] = [];
  for (const [flat, raw] of Object.entries(flatArguments(args))) {
    if (typeof raw !== 'string' || !DATE_TEXT.test(raw)) continue;
    // a bracketed filter (`filter[since]`) is named by its bracket
    const name = flat.replace(/^[^[]*\[([^\]]+)\]$/, '$1');
    // `start_date`/`from_date`/`endDate` (a bare `start`, `from`, `to` with a date too) bound the rows' own dates, as a bare `since`/`until` does
    const spanned = /^(start|from|begin)(date|day|time)?$|^(end|to|till)(date|day|time)?$/.exec(norm(name));
    const match =
      spanned !== null
        ? ['', '', spanned[1] ?? spanned[3]]
        : /^(.*?)(onorbefore|onorafter|before|after|since|until|from|to)$/.exec(norm(name));
    if (match === null) continue;
    const bound = Date.parse(raw);
    if (Number.isNaN(bound)) continue;
    // `date_from`/`date_to` name no field of their own: the rows' dates
    const field = match[1] === '' || match[1] === 'date' ? undefined : dateStem(match[1] as string);
    ranges.push({
      field,
      upper: /before|until|to|end|till/.test(match[2] as string),
      bound,
      day: raw.slice(0, 10),
    });
  }
  return ranges;
}

/** Dates a bare range (`since`, `date_from`, `start_date`) does not bound: a birth, an expiry, a due date, a later update, a span's own ends. */
const NOT_OWN_DATE =
  /birth|dob|expir|due|valid|deadline|next|renew|matur|updated|modified|last|end|start|until|open|close|check|depart|arriv|sunrise|sunset/;

/** The date `entry` of field `key` moved inside the ranges that apply to it, in its own format; none where it is inside already, or the range holds no day. */
function dateInRanges(key: string, entry: string, ranges: DateBound[]): string | undefined {
  const stem = dateStem(key);
  const applicable = ranges.filter((range) => (range.field !== undefined ? stem === range.field : !NOT_OWN_DATE.test(stem)));
  const uppers = applicable.filter((range) => range.upper);
  const lowers = applicable.filter((range) => !range.upper);
  const high = uppers.length === 0 ? undefined : uppers.reduce((a, b) => (a.bound <= b.bound ? a : b));
  const low = lowers.length === 0 ? undefined : lowers.reduce((a, b) => (a.bound >= b.bound ? a : b));
  const day = entry.slice(0, 10);
  if ((high === undefined || day <= high.day) && (low === undefined || day >= low.day)) return undefined;
  if (high !== undefined && low !== undefined && low.day > high.day) return undefined;
  const offset = ((hashOf(`${key}\u0000${entry}`) % (20 * 24)) + 1) * 3_600_000;
  // rows moved into a range spread over it, not onto one day
  let placed =
    high !== undefined && low !== undefined
      ? low.bound + (hashOf(`${key}\u0000${entry}`) % Math.max(1, high.bound - low.bound + 1))
      : high !== undefined
        ? high.bound - offset
        : (low as { bound: number }).bound + offset;
  if (high !== undefined && new Date(placed).toISOString().slice(0, 10) > high.day) placed = Date.parse(`${high.day}T00:00:00Z`);
  if (low !== undefined && new Date(placed).toISOString().slice(0, 10) < low.day) placed = Date.parse(`${low.day}T12:00:00Z`);
  const iso = new Date(placed).toISOString();
  return /^\d{4}-\d{2}-\d{2}$/.test(entry) ? iso.slice(0, 10) : /\.\d+/.test(entry) ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** An update (a settlement) is no earlier than the creation it follows. */
function updatesAfterCreation(object: Json): void {
  for (const [key, entry] of Object.entries(object)) {
    if (typeof entry !== 'string' || !DATE_TEXT.test(entry) || !/updated|modified|settled/i.test(key)) continue;
    const created = Object.keys(object).find((other) => norm(other) === norm(key).replace(/updated|modified|settled/, 'created'));
    const then = created === undefined ? undefined : object[created];
    if (
      typeof then === 'string' &&
      DATE_TEXT.test(then) &&
      Date.parse(entry) < Date.parse(then) &&
      typeof then === typeof entry &&
      then.length === entry.length
    )
      object[key] = then;
  }
}
