import { sha256Hex, isJsonObject } from '@inftool/core';

type Json = Record<string, unknown>;

const DAY = 86_400_000;
/** A key built on its record's date and a serial (`20250510-648937`, as `serviceId` and news services number releases). */
const DATED_KEY = /^(\d{4})(\d{2})(\d{2})-\d{6}$/;
const OWN_KEY = /^(id|key)$/i;
/** The fields that date a record itself: its timestamp, date, publication or creation (never an update, a due date or a start). */
const RECORD_DATE =
  /^(timestamp|time_?stamp|date|date_?time|publish(ed)?(_?(at|on|date|time))?|publication_?(date|time)|released?(_?(at|on|date))?|release_?date|created(_?(at|on|date|time))?|creation_?(date|time)|issued?(_?(at|on|date))?)$/;

/** The day (UTC midnight, ms) a dated key names, if it names a real one. */
function keyDay(value: unknown): number | undefined {
  const match = typeof value === 'string' ? DATED_KEY.exec(value) : null;
  if (match === null) return undefined;
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(day).getUTCDate() === Number(match[3]) ? day : undefined;
}

/** The record's own dated key (`key`, `id`), if it has one. */
function ownKey(object: Json): string | undefined {
  const found = Object.entries(object).find(([key, value]) => OWN_KEY.test(key) && keyDay(value) !== undefined);
  return found?.[1] as string | undefined;
}

const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** `value` (ISO text, epoch seconds or milliseconds) moved to `day`, keeping its time of day and its format. */
function onDay(value: unknown, day: number): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1e9 && value < 4e12) {
    const ms = value >= 1e12 ? value : value * 1000;
    const moved = day + (((ms % DAY) + DAY) % DAY);
    return value >= 1e12 ? moved : Math.floor(moved / 1000);
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  return new Date(day).toISOString().slice(0, 10) + value.slice(10);
}

/**
 * A key that carries a date fixes its record's date: a record keyed `20250510-648937` is dated
 * 2025-05-10 (its timestamp, date, publication or creation keeps its time of day and format). Parents
 * precede children: a dated key inside a record with an earlier dated key (an edition of a newsletter,
 * an asset of a post) that the call did not send moves to a day after the parent's (no later than
 * `now`), its serial kept. Runs before the world stores the records, so a key shown is the key kept.
 */
export function datedKeys(value: unknown, args: Json, now?: Date): void {
  const sent = new Set<string>();
  const collect = (node: unknown): void => {
    if (typeof node === 'string') {
      sent.add(node);
      if (/^\s*[[{]/.test(node)) collect(parsed(node));
    } else if (Array.isArray(node)) node.forEach(collect);
    else if (isJsonObject(node)) Object.values(node).forEach(collect);
  };
  collect(args);
  const walk = (node: unknown, parentDay: number | undefined): void => {
    if (Array.isArray(node)) return node.forEach((entry) => walk(entry, parentDay));
    if (!isJsonObject(node)) return;
    let key = ownKey(node);
    if (key !== undefined && parentDay !== undefined && !sent.has(key) && (keyDay(key) as number) < parentDay) {
      key = later(key, parentDay, now);
      for (const [name, entry] of Object.entries(node)) if (OWN_KEY.test(name) && keyDay(entry) !== undefined) node[name] = key;
    }
    const day = key === undefined ? undefined : keyDay(key);
    if (day !== undefined)
      for (const [name, entry] of Object.entries(node)) if (RECORD_DATE.test(snake(name))) node[name] = onDay(entry, day);
    for (const entry of Object.values(node)) walk(entry, day ?? parentDay);
  };
  walk(value, undefined);
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `key` re-dated to a day after `parentDay` drawn from its serial (within 90 days, not after `now`), its serial kept. */
function later(key: string, parentDay: number, now?: Date): string {
  const limit = now === undefined ? parentDay + 90 * DAY : Math.max(parentDay, Math.min(parentDay + 90 * DAY, now.getTime()));
  const span = Math.max(1, Math.floor((limit - parentDay) / DAY));
  const offset = parseInt(sha256Hex(key).slice(0, 8), 16) % span;
  const day = new Date(parentDay + Math.min(span, offset + 1) * DAY);
  return `${day.toISOString().slice(0, 10).replace(/-/g, '')}${key.slice(8)}`;
}
