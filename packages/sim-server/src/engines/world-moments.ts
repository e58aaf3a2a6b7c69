import { isJsonObject } from '@inftool/core';
type Json = Record<string, unknown>;
type Encoding = 'seconds' | 'milliseconds' | 'text';

/** A name that says its number is a moment (`epochtime`, `timeStamp`, `created_at`, `ts`, `start_date`). */
const MOMENT_NAME = /time|stamp|epoch|date|(^|_)(at|ts|on)$|[a-z]At$/;
const ISO_TEXT = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** What a moment is the moment of: two fields of one role tell one instant; a start and an end, a creation and an update, two. */
const ROLES: Array<[string, RegExp]> = [
  ['start', /start|begin|from|since|open/],
  ['end', /end|finish|until|close|expir|(^|_)to($|_)/],
  ['created', /creat|added|publish|issued|first/],
  ['updated', /updat|modif|edit|last|chang/],
  ['due', /due|deadline/],
];
/** Role pairs in time order. */
const ORDER: Array<[string, string]> = [
  ['start', 'end'],
  ['created', 'updated'],
];

interface Moment {
  key: string;
  encoding: Encoding;
  time: number;
  /** What the moment is of, its name without words of time and encoding (`created_at`, `createdTs` → `created`; `epochtime` → ``). */
  subject: string;
  role: string;
}

const TIME_WORDS = /^(time|times|stamp|timestamp|epoch|date|datetime|unix|utc|iso|ms|s|sec|secs|seconds|millis|milliseconds|at|on|ts|in)$/;

const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** A field's moment: epoch seconds or milliseconds under a moment's name, or an ISO date or date-time. */
function momentOf(key: string, value: unknown): Moment | undefined {
  const name = snake(key);
  const role = ROLES.find(([, pattern]) => pattern.test(name))?.[0] ?? '';
  const subject = name
    .replace(/(time|stamp|epoch)/g, '_$1_')
    .split(/_+/)
    .filter((word) => word !== '' && !TIME_WORDS.test(word))
    .join('_');
  if (typeof value === 'number' && Number.isInteger(value) && MOMENT_NAME.test(name)) {
    if (value >= 1e9 && value < 4e9) return { key, encoding: 'seconds', time: value * 1000, subject, role };
    if (value >= 1e12 && value < 4e12) return { key, encoding: 'milliseconds', time: value, subject, role };
    return undefined;
  }
  if (typeof value !== 'string' || !ISO_TEXT.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : { key, encoding: 'text', time, subject, role };
}

/** `time` written as `previous` was: epoch seconds, milliseconds, a date, or an ISO instant with or without fractions. */
function written(time: number, encoding: Encoding, previous: unknown): unknown {
  if (encoding === 'seconds') return Math.floor(time / 1000);
  if (encoding === 'milliseconds') return time;
  const text = String(previous);
  const iso = new Date(time).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return iso.slice(0, 10);
  const withSpace = text.charAt(10) === ' ' ? iso.replace('T', ' ') : iso;
  return /\.\d+/.test(text) ? withSpace : withSpace.replace(/\.\d{3}Z$/, 'Z');
}

/**
 * One instant, one time: sibling moment fields of a record written in different encodings (epoch
 * seconds, milliseconds, ISO text) that name the same thing (Corrently's `epochtime` and `timeStamp`;
 * `created_at` and `createdTs`) tell the first one's instant; of a start and an end (a creation and an update) in
 * different encodings, the end is no earlier than the start. Same-encoding pairs are `orderDates`'.
 * Works in place on every object of `value`.
 */
export function oneInstantPerRecord(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(oneInstantPerRecord);
    return;
  }
  if (!isJsonObject(value)) return;
  const moments = Object.entries(value).flatMap(([key, entry]) => momentOf(key, entry) ?? []);
  for (const [index, moment] of moments.entries()) {
    const anchor = moments.slice(0, index).find((other) => other.encoding !== moment.encoding && other.subject === moment.subject);
    if (anchor === undefined || anchor.time === moment.time || dayOnly(value, moment, anchor)) continue;
    value[moment.key] = written(anchor.time, moment.encoding, value[moment.key]);
    moment.time = anchor.time;
  }
  for (const [early, late] of ORDER) {
    const first = moments.find((moment) => moment.role === early);
    const second = moments.find((moment) => moment.role === late);
    if (first === undefined || second === undefined || first.encoding === second.encoding || second.time >= first.time) continue;
    const after = early === 'start' ? first.time + (first.time - second.time) : first.time;
    value[second.key] = written(after, second.encoding, value[second.key]);
  }
  Object.values(value).forEach(oneInstantPerRecord);
}

/** Whether a date without a time (`2025-06-02`) already names the day of a timed moment: a day holds many instants. */
function dayOnly(value: Json, moment: Moment, anchor: Moment): boolean {
  const texts = [moment, anchor].filter((entry) => entry.encoding === 'text').map((entry) => String(value[entry.key]));
  return (
    texts.some((text) => /^\d{4}-\d{2}-\d{2}$/.test(text)) &&
    new Date(anchor.time).toISOString().slice(0, 10) === new Date(moment.time).toISOString().slice(0, 10)
  );
}

const HOUR = 3_600_000;
/** A list of what is to come, by its key: a forecast, predictions, hours or days ahead. */
const AHEAD_LIST = /^(forecasts?|predictions?|hourly|daily|outlook|upcoming)$/;

/**
 * A forecast is of the future, in order: each entry of a list under a forecast's key (`forecast`,
 * `hourly`, `daily`) whose moments lie not all ahead of `now` tells the next hour (the next day under
 * `daily`), in list order, in every encoding it carries, unless the call names a day or time (`args`).
 * Works in place on every such list of `value`.
 */
export function forecastsAhead(value: unknown, now: Date | undefined, args: Json = {}): void {
  // a forecast for a day or a time the call names is that day's (`honourAskedDay`), not the next hours
  if (now === undefined || Object.keys(args).some((key) => /date|day|time|start|from|since|until|when|period|hour/i.test(key))) return;
  const visit = (node: unknown, key: string): void => {
    if (Array.isArray(node)) {
      if (AHEAD_LIST.test(snake(key).replace(/_/g, ''))) ahead(node, now.getTime(), /daily/.test(key) ? 24 * HOUR : HOUR);
      node.forEach((entry) => visit(entry, ''));
    } else if (isJsonObject(node)) for (const [inner, entry] of Object.entries(node)) visit(entry, inner);
  };
  visit(value, '');
}

function ahead(entries: unknown[], now: number, step: number): void {
  const records = entries.filter(isJsonObject);
  const dated = records.map((record) => Object.entries(record).flatMap(([key, entry]) => momentOf(key, entry) ?? []));
  if (dated.every((moments) => moments.length === 0)) return;
  const times = dated.flatMap((moments) => moments.map((moment) => moment.time));
  const ordered = dated.every((moments, index) => index === 0 || (moments[0]?.time ?? 0) >= (dated[index - 1]?.[0]?.time ?? 0));
  if (ordered && times.every((time) => time > now)) return;
  const start = Math.ceil(now / HOUR) * HOUR;
  records.forEach((record, index) => {
    for (const moment of dated[index] ?? []) record[moment.key] = written(start + index * step, moment.encoding, record[moment.key]);
  });
}
