import type { Faker } from '@faker-js/faker';

/**
 * The instant generated dates are near when a caller gives none (2025-06-02T09:30:00Z): a constant,
 * never the wall clock, so the same seed gives the same values on every run.
 */
export const DEFAULT_REFERENCE_TIME = Date.UTC(2025, 5, 2, 9, 30, 0);

const DAY = 86_400_000;

/** Which way from the reference instant a date lies, judged from its name and description. */
export type DateDirection = 'past' | 'future' | 'near' | 'birth';

const FUTURE =
  /(^|_)(due|deadline|departure|depart|arrival|arrive|check_?in|check_?out|checkin|checkout|expires?|expiry|expiration|end|ends|until|scheduled|schedule|appointment|event|start|starts|begin|travel|trip|return|valid_until|deliver(y|ed_by)?|renewal|next|reminder|booking|reservation|meeting|pickup|dropoff|launch|release)(_|$)/;
const PAST =
  /(^|_)(created|updated|modified|changed|deleted|last|since|published|posted|submitted|filed|sent|received|completed|finished|closed|opened|joined|registered|signed|paid|issued|started_at|occurred|logged|seen|login|activity|accessed|uploaded|timestamp|if_modified_since|before|after|from|history|transaction)(_|$)/;
const BIRTH = /(^|_)(birth|dob|born|birthday|date_of_birth)(_|$)/;

const directionCache = new Map<string, DateDirection>();

/** `due_date` lies ahead, `created_at` behind, `birth_date` decades back; anything else near. */
export function dateDirection(snakeName: string): DateDirection {
  let direction = directionCache.get(snakeName);
  if (direction === undefined) {
    direction = BIRTH.test(snakeName) ? 'birth' : FUTURE.test(snakeName) ? 'future' : PAST.test(snakeName) ? 'past' : 'near';
    if (directionCache.size > 50_000) directionCache.clear();
    directionCache.set(snakeName, direction);
  }
  return direction;
}

/** A date near `reference` in the given direction, on whole minutes (as people and APIs write them). */
export function dateNear(faker: Faker, reference: number, direction: DateDirection): Date {
  const [low, high] =
    direction === 'past'
      ? [-90 * DAY, -600_000]
      : direction === 'future'
        ? [DAY, 60 * DAY]
        : direction === 'birth'
          ? [-80 * 365 * DAY, -18 * 365 * DAY]
          : [-30 * DAY, 30 * DAY];
  const offset = faker.number.int({ min: Math.round(low / 60_000), max: Math.round(high / 60_000) }) * 60_000;
  const date = new Date(reference + offset);
  if (direction === 'future' || direction === 'birth') date.setUTCMinutes(faker.helpers.arrayElement([0, 0, 15, 30, 45]), 0, 0);
  return date;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function monthName(month: number): string {
  return MONTHS[(month - 1 + 12) % 12] ?? 'June';
}

export function weekdayName(day: number): string {
  return WEEKDAYS[day % 7] ?? 'Monday';
}

export function isoDateTime(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `HH:MM:SS` with an offset, as the `time` format asks. */
export function isoTime(date: Date): string {
  return `${date.toISOString().slice(11, 19)}Z`;
}

/** RFC 7231 date, as HTTP headers (`If-Modified-Since`) carry it. */
export function httpDate(date: Date): string {
  return date.toUTCString();
}

const TOKEN = /YYYY|yyyy|YY|yy|MMMM|MMM|MM|M|DD|dd|D|d|HH|hh|H|mm|ss|SSS|Z/g;

/** Formats `date` by a pattern a description states: `YYYY-MM-DD`, `yyyyMMdd`, `MM/DD/YYYY`, `dd.MM.yyyy HH:mm`... */
export function formatDate(date: Date, pattern: string): string {
  return pattern.replace(TOKEN, (token) => {
    switch (token) {
      case 'YYYY':
      case 'yyyy':
        return String(date.getUTCFullYear());
      case 'YY':
      case 'yy':
        return pad(date.getUTCFullYear() % 100);
      case 'MMMM':
        return monthName(date.getUTCMonth() + 1);
      case 'MMM':
        return monthName(date.getUTCMonth() + 1).slice(0, 3);
      case 'MM':
        return pad(date.getUTCMonth() + 1);
      case 'M':
        return String(date.getUTCMonth() + 1);
      case 'DD':
      case 'dd':
        return pad(date.getUTCDate());
      case 'D':
      case 'd':
        return String(date.getUTCDate());
      case 'HH':
      case 'hh':
        return pad(date.getUTCHours());
      case 'H':
        return String(date.getUTCHours());
      case 'mm':
        return pad(date.getUTCMinutes());
      case 'ss':
        return pad(date.getUTCSeconds());
      case 'SSS':
        return pad(date.getUTCMilliseconds(), 3);
      default:
        return 'Z';
    }
  });
}

/** An example that is a calendar date or a moment (`2025-10-15`, `2025-10-15T13:51:02.678Z`, `2025-10-15 13:51`). */
export const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `date` written the way `example` is (same separator, seconds, fraction digits and zone), so an
 * example moment gives a fresh moment of its shape, never its digits and letters shuffled.
 */
export function dateLike(example: string, date: Date): string | undefined {
  const match = DATE_SHAPE.exec(example);
  if (match === null) return undefined;
  const day = isoDate(date);
  if (match[4] === undefined) return day;
  let out = `${day}${match[4]}${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  if (match[7] !== undefined) out += `:${pad(date.getUTCSeconds())}`;
  if (match[8] !== undefined)
    out += `.${pad(date.getUTCMilliseconds(), 3)
      .padEnd(match[8].length - 1, '0')
      .slice(0, match[8].length - 1)}`;
  if (match[9] !== undefined) out += match[9] === 'Z' ? 'Z' : /:/.test(match[9]) ? '+00:00' : '+0000';
  return out;
}

/** Renderings of a moment a date pattern may ask for, most common first. */
export function dateRenderings(date: Date): string[] {
  const iso = date.toISOString();
  return [
    isoDateTime(date),
    iso,
    isoDate(date),
    iso.replace('.000Z', '+00:00'),
    iso.slice(0, 19),
    iso.slice(0, 19).replace('T', ' '),
    formatDate(date, 'YYYYMMDD'),
    formatDate(date, 'YYYY-MM'),
    String(date.getUTCFullYear()),
  ];
}
