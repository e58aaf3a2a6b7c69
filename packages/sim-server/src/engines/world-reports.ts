import { momentValue, sha256Hex, isJsonObject } from '@inftool/core';
import { countryCode } from './country-codes.js';
import { balanceCounts } from './values/collection-record-coherence.js';
import { writtenLike } from './world-series.js';

type Json = Record<string, unknown>;

const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The day counting starts from: counts of a subject grow from it. */
const ORIGIN = Date.UTC(2020, 0, 22);

/** The field that tells when a report was made (`generated_on`, `generatedAt`). */
const GENERATED = /^(generated|generated_(on|at|time)|report_?generated(_on|_at)?)$/;
/** An argument that asks for a day of a report. */
const DAY_ARGUMENT = /^(date|day|on|as_?of|for_?date|report_?date|date_?of)$/i;
/** An argument that scopes a report to a place. */
const PLACE_ARGUMENT = /region|country|state|province|place|location|city|iso|continent|area/i;
/** Keys of a record that is the whole of its siblings, and of one that is a change of it. */
const WHOLE = /^(summary|total|totals|overall|global|world|all)$/i;
const CHANGE = /^(change|changes|delta|diff|difference|new|today|daily_?change)$/i;
/** The total count of a reading, and counts that are shares of it. */
const TOTAL = /^(total_?cases|total_?confirmed|confirmed|cases)$/;
const SHARES: Array<[RegExp, number, number]> = [
  [/^(total_?)?deaths$/, 0.01, 0.04],
  [/^(total_?)?recovered$/, 0.7, 0.9],
  [/^(total_?)?(tests|tested)$/, 3, 9],
];
const ACTIVE = /^(active|active_?cases)$/;
/** The name the whole of a report no call scoped to a place is given. */
export const GLOBAL_NAME = 'Global';

/** A number in [low, high) drawn from the world, the subject and a salt: the same for every call of the session. */
function unit(world: string, subject: string, salt: string): number {
  return parseInt(sha256Hex(`${world}\u0000${subject.toLowerCase()}\u0000${salt}`).slice(0, 8), 16) / 0x1_0000_0000;
}
const between = (world: string, subject: string, salt: string, low: number, high: number): number =>
  low + unit(world, subject, salt) * (high - low);

/**
 * The counts of `subject` at `time` in `world`: a total that grows by a steady daily rate from a base
 * (the world's own total many times a region's, a country's a tenth of one), deaths, recoveries and tests fixed shares of it, and
 * the active cases what is left. Every endpoint of a session that reads the subject at a moment agrees.
 */
export function countsAt(world: string, subject: string, time: number): Record<string, number> {
  const scale = subject === GLOBAL_NAME ? 60 : countryCode(subject) !== undefined ? 0.1 : 1;
  const base = between(world, subject, 'base', 1000, 20_000) * scale;
  const rate = between(world, subject, 'rate', 150, 1500) * scale;
  const total = Math.round(base + (rate * Math.max(0, time - ORIGIN)) / DAY);
  const counts: Record<string, number> = { total };
  for (const [pattern, low, high] of SHARES)
    counts[pattern.source] = Math.floor(total * between(world, subject, pattern.source, low, high));
  return counts;
}

/** The counts of `record` (a reading of its `name`) set to the subject's at `time`, or their change over the day before. */
function setCounts(record: Json, world: string, time: number, subject: string, change: boolean): void {
  const now = countsAt(world, subject, time);
  const before = countsAt(world, subject, time - DAY);
  const count = (key: string): number | undefined => {
    const match = TOTAL.test(snake(key)) ? 'total' : SHARES.find(([pattern]) => pattern.test(snake(key)))?.[0].source;
    if (match === undefined) return undefined;
    return change ? Math.max(0, (now[match] as number) - (before[match] as number)) : now[match];
  };
  const keys = Object.keys(record).filter((key) => Number.isInteger(record[key]));
  if (!keys.some((key) => TOTAL.test(snake(key)))) return;
  for (const key of keys) {
    const value = count(key);
    if (value !== undefined) record[key] = value;
  }
  const totalKey = keys.find((key) => TOTAL.test(snake(key))) as string;
  const parts = keys.filter((key) => !TOTAL.test(snake(key)) && count(key) !== undefined);
  const active = keys.find((key) => ACTIVE.test(snake(key)));
  if (active !== undefined)
    record[active] = Math.max(0, (record[totalKey] as number) - parts.reduce((sum, key) => sum + (record[key] as number), 0));
  balanceCounts(record);
}

const subjectOf = (record: Json): string | undefined => {
  const name = record['name'] ?? record['region'] ?? record['country'];
  return typeof name === 'string' && name !== '' ? name : undefined;
};

/** The asked day of a report (`date: "2025-05-09"`), as the epoch ms of its midnight. */
function askedDay(args: Json): number | undefined {
  const asked = Object.entries(args).find(([key, entry]) => DAY_ARGUMENT.test(key) && typeof entry === 'string')?.[1] as string | undefined;
  const day = asked === undefined || !/^\d{4}-\d{2}-\d{2}/.test(asked) ? NaN : Date.parse(asked.slice(0, 10));
  return Number.isNaN(day) ? undefined : day;
}

/** A report of an asked day is generated that evening (18:00–23:59, drawn from the world and the day). */
function generatedTime(report: Json, args: Json, world: string): number | undefined {
  const key = Object.keys(report).find((entry) => GENERATED.test(snake(entry)) && momentValue(report[entry]) !== undefined);
  if (key === undefined) return undefined;
  const day = askedDay(args);
  if (day === undefined) return momentValue(report[key]);
  const minutes = Math.floor(between(world, String(day), 'generated', 0, 6 * 60));
  const time = day + 18 * HOUR + minutes * 60_000;
  report[key] = writtenLike(report[key], time);
  return time;
}

/** A map keyed by moments: each reading of a subject at its moment. */
function momentReadings(node: Json, world: string): boolean {
  const keys = Object.keys(node);
  const times = keys.map((key) => (/^\d{4}-\d{2}-\d{2}/.test(key) ? momentValue(key) : undefined));
  if (keys.length === 0 || times.some((time) => time === undefined) || !keys.every((key) => isJsonObject(node[key]))) return false;
  keys.forEach((key, index) => {
    const record = node[key] as Json;
    const subject = subjectOf(record);
    if (subject !== undefined) setCounts(record, world, times[index] as number, subject, false);
  });
  return true;
}

/** A report (`{summary, regions, change, generated_on}`): its whole named for the world when no place was asked, every reading at its time. */
function reportReadings(report: Json, args: Json, world: string): void {
  const time = generatedTime(report, args, world) ?? (askedDay(args) === undefined ? undefined : (askedDay(args) as number) + DAY - 60_000);
  const wholeKey = Object.keys(report).find((key) => WHOLE.test(key) && isJsonObject(report[key]));
  const scoped = Object.entries(args).some(([key, value]) => PLACE_ARGUMENT.test(key) && value !== undefined && value !== '');
  for (const [key, entry] of Object.entries(report)) {
    if (!isJsonObject(entry)) continue;
    const counted = Object.keys(entry).some((inner) => TOTAL.test(snake(inner)));
    if (!scoped && counted && wholeKey !== undefined && (key === wholeKey || CHANGE.test(key)) && typeof entry['name'] === 'string')
      entry['name'] = GLOBAL_NAME;
    if (time === undefined) continue;
    const records = subjectOf(entry) === undefined ? Object.values(entry).filter(isJsonObject) : [entry];
    for (const record of records) {
      const subject = subjectOf(record);
      if (subject !== undefined) setCounts(record, world, time, subject, CHANGE.test(key));
    }
  }
}

/**
 * One world of reports (docs/sim-server.md): the counts of a subject (a region, a country, the world) at a
 * moment are a function of the session's world, the subject and the moment, so day, week, month and year
 * charts and the reports agree on a shared point and cumulative counts never fall; a change is the last
 * day's growth; the whole of a report asked for no place is the world's (`Global`), not a drawn region;
 * a report of an asked day is generated that evening. Works in place.
 */
export function oneReportWorld(value: unknown, args: Json, world: string): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isJsonObject(node)) return;
    if (momentReadings(node, world)) return;
    const keys = Object.keys(node);
    if (keys.some((key) => WHOLE.test(key) && isJsonObject(node[key])) || keys.some((key) => GENERATED.test(snake(key))))
      return reportReadings(node, args, world);
    Object.values(node).forEach(visit);
  };
  visit(value);
}
