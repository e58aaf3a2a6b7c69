import { isJsonObject } from '@inftool/core';
type Json = Record<string, unknown>;

const norm = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** Arguments that carry a request document: its fields are the record's new fields. */
const BODY = /^(body|payload|request_?body|data|json|patch|changes|update)$/i;

/** A request document argument, parsed (an object or a JSON object text), else undefined. */
export function requestDocument(key: string, value: unknown): Json | undefined {
  if (!BODY.test(key)) return undefined;
  if (isJsonObject(value)) return value;
  if (typeof value !== 'string' || !/^\s*\{/.test(value)) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The field of `target` a sent `key` sets: the same name, or one that names the same thing more or less fully (`bookingContact` → `contact`, `rooms` → `bookedRooms`). */
export function sentField(target: Json, key: string): string | undefined {
  const wanted = norm(key);
  const names = Object.keys(target);
  return (
    names.find((name) => norm(name) === wanted) ??
    names.find((name) => Math.min(norm(name).length, wanted.length) >= 4 && (norm(name).endsWith(wanted) || wanted.endsWith(norm(name))))
  );
}

/**
 * What a record becomes when a write sends `patch` (an update's or a create's body): each sent field
 * replaces the record's field of that name, objects field by field, lists item by item (the list
 * as long as the one sent). A field the record does not have, or a value of another type, is left
 * out: the record keeps its shape. Works in place on `target` and returns it.
 */
export function mergeSent(target: Json, patch: Json): Json {
  for (const [key, sent] of Object.entries(patch)) {
    const field = sentField(target, key);
    if (field === undefined || sent === undefined || sent === null) continue;
    target[field] = mergeValue(target[field], sent);
  }
  return target;
}

/** A significance cutoff sent with a request (`pvalue: 0.001`, `alpha`): it bounds the p-values found, it is none of them. */
const CUTOFF = /^(p|pval|pvalue|padj|adjp|adjpvalue|qvalue|fdr|alpha|significance|significancelevel)(cutoff|threshold|max)?$/;

/** Whether `key` sends a significance cutoff, never a value of the record it creates. */
export function isCutoff(key: string): boolean {
  return CUTOFF.test(norm(key));
}

/** `document` without the significance cutoffs it sends. */
export function withoutCutoffs(document: Json): Json {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !isCutoff(key)));
}

function mergeValue(current: unknown, sent: unknown): unknown {
  if (isJsonObject(current) && isJsonObject(sent)) return mergeSent(structuredClone(current), sent);
  if (Array.isArray(current) && Array.isArray(sent)) {
    if (current.length === 0 || !current.every(isJsonObject) || !sent.every(isJsonObject))
      return current.length === 0 || typeof current[0] === typeof sent[0] ? sent : current;
    return sent.map((item, index) => mergeSent(structuredClone(current[index % current.length] as Json), item as Json));
  }
  if (current === undefined || current === null || typeof current === typeof sent) return sent;
  return current;
}

/** The sides of a conversion or a pair: where it starts and where it goes. */
const FROM_ROLE = /^(base|from|source|src|sell|have|origin|base_?currency|from_?currency|source_?currency|from_?symbol|base_?symbol)$/i;
const TO_ROLE =
  /^(target|to|dest|destination|buy|want|quote|symbols?|target_?currency|to_?currency|quote_?currency|to_?symbol|quote_?symbol)$/i;
const CODE = /^[A-Z]{3}$/;

/**
 * A conversion asked from USD to EGP answers from USD to EGP, whatever its fields are called
 * (`base`/`target` asked, `from`/`to` answered): each code field of the result on one side takes
 * the code asked for that side. Works in place.
 */
export function honourSides(value: unknown, args: Json): void {
  const flat: Array<[string, unknown]> = [];
  for (const [key, entry] of Object.entries(args)) {
    const document = requestDocument(key, entry);
    if (document !== undefined) flat.push(...Object.entries(document));
    else flat.push([key, entry]);
  }
  const from = flat.find(([key, entry]) => FROM_ROLE.test(key) && typeof entry === 'string' && CODE.test(entry))?.[1] as string | undefined;
  const to = flat.find(([key, entry]) => TO_ROLE.test(key) && typeof entry === 'string' && CODE.test(entry))?.[1] as string | undefined;
  if (from === undefined || to === undefined || from === to) return;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isJsonObject(node)) {
      for (const [key, entry] of Object.entries(node)) {
        if (typeof entry === 'string' && CODE.test(entry)) {
          if (FROM_ROLE.test(key)) node[key] = from;
          else if (TO_ROLE.test(key)) node[key] = to;
        } else walk(entry);
      }
    }
  };
  walk(value);
}

/** Where a trip starts and where it ends, as arguments name them and as results do. */
const START_ARGUMENT =
  /^(start_?location|start_?loc|start_?point|start|origin|from|from_?city|from_?location|departure_?city|departure|travel_?from|start_?city|city_?a|source_?location)$/i;
const END_ARGUMENT =
  /^(end_?location|end_?loc|end_?point|end|destination|to|to_?city|to_?location|destination_?city|arrival_?city|travel_?to|end_?city|city_?b|target_?location)$/i;
const START_FIELD = /^(origin|from|start|start_?location|departure|departure_?city|origin_?city|source|from_?city)$/i;
const END_FIELD = /^(destination|to|end|end_?location|arrival|arrival_?city|destination_?city|to_?city)$/i;
/** A place: a name with a letter, not a code of a currency or a moment. */
const PLACE = /^(?=.*[A-Za-z]{3})[^\d:]{3,}$/;

/**
 * A route asked from Bangalore to Boston answers from Bangalore to Boston, whatever its fields are
 * called (`start_location`/`end_location` asked, `origin`/`destination` answered): each place field of
 * the result on one side takes the place asked for that side. Currency sides are `honourSides`'. Works in place.
 */
export function honourPlaces(value: unknown, args: Json): void {
  const place = (pattern: RegExp): string | undefined =>
    Object.entries(args).find(
      ([key, entry]) => pattern.test(key) && typeof entry === 'string' && PLACE.test(entry) && !CODE.test(entry),
    )?.[1] as string | undefined;
  const start = place(START_ARGUMENT);
  const end = place(END_ARGUMENT);
  if (start === undefined || end === undefined || start === end || !isJsonObject(value)) return;
  const walk = (node: Json): void => {
    for (const [key, entry] of Object.entries(node)) {
      if (typeof entry === 'string' && PLACE.test(entry) && !CODE.test(entry)) {
        if (START_FIELD.test(key)) node[key] = start;
        else if (END_FIELD.test(key)) node[key] = end;
      } else if (typeof entry === 'string' && CODE.test(entry) && (START_FIELD.test(key) || END_FIELD.test(key))) {
        // an airport code answered for a city asked: the city, as the user named it
        node[key] = START_FIELD.test(key) ? start : end;
      } else if (isJsonObject(entry)) walk(entry);
    }
  };
  walk(value);
}

/** Arguments that name the day a call asks about. */
const DAY_ARGUMENT = /^(date|day|on|as_?of|for_?date|report_?date|date_?of)$/i;
const DAY = 86_400_000;
const ISO_KEY = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** `Thu Apr 09 2020 12:20:00 GMT+0000 (Coordinated Universal Time)`: a JavaScript date printed in UTC. */
const JS_KEY = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT\+0000/;

/** `time` written the way `like` is (an ISO date, an ISO instant; a JavaScript date in UTC as an ISO instant). */
function writtenLike(like: string, time: number): string | undefined {
  const date = new Date(time);
  if (ISO_KEY.test(like)) {
    const iso = date.toISOString();
    return like.length <= 10 ? iso.slice(0, 10) : like.endsWith('Z') ? (like.includes('.') ? iso : `${iso.slice(0, 19)}Z`) : undefined;
  }
  // a `Date#toString` key is a spec's example printed by JavaScript, not what an API answers: written as an ISO instant
  if (JS_KEY.test(like)) return `${date.toISOString().slice(0, 19)}Z`;
  return undefined;
}

/**
 * A series asked for a day (`date: "2025-05-25"`) is that day's: a map keyed by moments
 * (`{"Thu Apr 09 2020 12:20:00 …": {...}}`) is moved to the day asked, its moments keeping their
 * time of day and spacing, written as before (a JavaScript date as an ISO instant); a series asked for no day that is a year older than
 * `now` (the spec's example moments) is moved to the world's day. Works in place.
 */
export function honourAskedDay(value: unknown, args: Json, now?: Date): void {
  const asked = Object.entries(args).find(
    ([key, entry]) => DAY_ARGUMENT.test(key) && typeof entry === 'string' && /^\d{4}-\d{2}-\d{2}/.test(entry),
  )?.[1] as string | undefined;
  // asked for no day, a series is the current one: a year-old series (the spec's example moments) is moved to the world's day
  const today = now === undefined ? NaN : Math.floor(now.getTime() / DAY) * DAY;
  const day = asked === undefined ? today : Date.parse(asked.slice(0, 10));
  if (Number.isNaN(day)) return;
  const stale = (first: number): boolean => asked !== undefined || first < day - 365 * DAY;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isJsonObject(node)) return;
    const keys = Object.keys(node);
    const times = keys.map((key) => (ISO_KEY.test(key) || JS_KEY.test(key) ? Date.parse(key.replace(/ \(.*\)$/, '')) : NaN));
    if (keys.length > 0 && times.every((time) => !Number.isNaN(time))) {
      const first = times[0] as number;
      const kept = (first >= day && first < day + DAY) || !stale(first);
      if (kept && !keys.some((key) => JS_KEY.test(key))) return;
      const shift = kept ? 0 : day + (((first % DAY) + DAY) % DAY) - first;
      const moved = keys.map((key, index) => writtenLike(key, (times[index] as number) + shift));
      if (moved.some((key) => key === undefined) || new Set(moved).size !== keys.length) return;
      const entries = keys.map((key, index) => [moved[index] as string, node[key]] as const);
      for (const key of keys) delete node[key];
      for (const [key, entry] of entries) node[key] = entry;
      return entries.forEach(([, entry]) => walk(entry));
    }
    Object.values(node).forEach(walk);
  };
  walk(value);
  if (asked !== undefined) readingsOfDay(value, day);
}

/** The moment field of a reading (`date`, `datetime`, `timestamp`, `measured_at`…), not a creation or an update time. */
const READING_TIME =
  /^(date|datetime|date_?time|time|timestamp|valid_?date|day|observation_?time|(observed|measured|recorded|reported|sampled)_?at|as_?of)$/i;

/**
 * The readings a call asks for a day of (`time_machine(date)`: hourly weather of that day) are dated
 * that day: the top record's and each listed reading's moment keeps its time of day and its format,
 * on the day asked. Works in place.
 */
function readingsOfDay(value: unknown, day: number): void {
  const onDay = (record: Json): void => {
    for (const [key, entry] of Object.entries(record)) {
      if (!READING_TIME.test(key) || typeof entry !== 'string' || !ISO_KEY.test(entry)) continue;
      const time = Date.parse(entry);
      if (Number.isNaN(time) || (time >= day && time < day + DAY)) continue;
      const moved = writtenLike(entry, day + (((time % DAY) + DAY) % DAY));
      if (moved !== undefined) record[key] = moved;
    }
  };
  const walk = (node: unknown, top: boolean): void => {
    if (Array.isArray(node)) return node.forEach((entry) => (isJsonObject(entry) ? onDay(entry) : undefined));
    if (!isJsonObject(node)) return;
    if (top) onDay(node);
    for (const entry of Object.values(node)) if (Array.isArray(entry) || (top && isJsonObject(entry))) walk(entry, false);
  };
  walk(value, true);
}
