import { momentValue, isJsonObject } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { pagingProblems, wholeProblems } from './paging-consistency.js';
import { reportWorldProblems } from './report-world.js';

/**
 * Series, pages and wholes a reviewer would question (docs/harness.md, `series_consistent`):
 * (a) the points of a series (a map keyed by moments; a list of readings of a series tool or key) are
 * out of time order, not spaced by the step a name asks (`hourly`, `daily`), outside the asked range
 * (`start_date`/`end_date`; a period chart, `…_year`, spans at most its period and its points are not
 * minutes apart), or a cumulative count (`total_cases`, `deaths`, `recovered`, `confirmed`) falls;
 * (b) a list of priced intervals (`start_timestamp`/`end_timestamp`) has one that ends before it starts,
 * two that overlap, or intervals of different lengths, and a timeframe (`{start, end}`) that ends before it
 * starts or whose numbers are no moments nor hours of a day (`{start: 3, end: 52}`); (c) paging that contradicts its page: more items
 * than the page size, a next link on a short page or past the total, no next link though more remain,
 * items past the total, a page count that is not the total over the size, a page past the page count,
 * or a later page when the call asked for none; (d) a part exceeds the whole beside it: a region or a
 * change of a `summary` with a larger count than the summary's own; (e) reports of more than one world
 * (`reportWorldProblems`): a region's counts at a moment that differ between results, a report generated
 * outside its asked day, a report asked for no place whose whole is named for a region.
 */

type Json = Record<string, unknown>;
const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The field that tells a reading's moment, in order of preference. */
const POINT_TIME = /^(ts|timestamp|timestamp_utc|epochtime|epoch|time_stamp|datetime|date_time|date|time|valid_date|dt|t|day)$/;

/** A reading's moment: its first point-time field that holds a moment. */
function pointTime(record: Json): number | undefined {
  const keys = Object.keys(record).filter((key) => POINT_TIME.test(snake(key)));
  keys.sort((a, b) => POINT_ORDER.indexOf(snake(a)) - POINT_ORDER.indexOf(snake(b)));
  for (const key of keys) {
    const time = momentValue(record[key]);
    if (time !== undefined) return time;
  }
  return undefined;
}
const POINT_ORDER = ['ts', 'timestamp_utc', 'timestamp', 'epochtime', 'epoch', 'time_stamp', 'datetime', 'date_time', 'date', 'time'];

/** Names that make a list of readings a series: the list's key, or a word of the tool's name. */
const SERIES_KEY =
  /^(forecasts?|hourly|daily|minutely|series|points|bars|candles|history|prices|readings|observations|days|hours|timeline|values)$/;
const SERIES_TOOL =
  /(^|_)(hourly|daily|subhourly|minutely|history|historical|forecast|series|chart|timeline|bars|aggregates|candles|marketdata|prices|spots)(_|$)/;
/** The step a name asks for. */
const STEPS: Array<[RegExp, number]> = [
  [/(^|_)subhourly(_|$)/, 15 * 60_000],
  [/(^|_)minutely(_|$)/, 60_000],
  [/(^|_)hourly(_|$)/, HOUR],
  [/(^|_)daily(_|$)/, DAY],
];
/** A chart of a period (`get_spots_year`): its length. */
const PERIODS: Array<[RegExp, string, number]> = [
  [/(^|_)(day|today)$/, 'day', DAY],
  [/(^|_)week$/, 'week', 7 * DAY],
  [/(^|_)month$/, 'month', 31 * DAY],
  [/(^|_)year$/, 'year', 366 * DAY],
];

/** Counts that only grow over time (cumulative cases, deaths, recoveries, tests). */
const CUMULATIVE =
  /^(total_?(cases|deaths|recovered|confirmed|tests|vaccinations|doses)|(cumulative|cum)_?[a-z_]+|confirmed|deaths|recovered|total_?confirmed|total_?deaths|total_?recovered)$/;

const flatArguments = (call: ReviewedCall): Json => {
  const out: Json = {};
  const walk = (value: unknown) => {
    if (!isJsonObject(value)) return;
    for (const [key, inner] of Object.entries(value))
      if (isJsonObject(inner)) walk(inner);
      else out[key] = inner;
  };
  if (typeof call.arguments === 'object') walk(call.arguments);
  return out;
};

interface Point {
  time: number;
  record: Json;
}

const when = (time: number) => new Date(time).toISOString().slice(0, 16).replace('T', ' ');

/** Points in time order (either way), and no cumulative count that falls, per name. */
function orderProblems(points: Point[], where: string): string[] {
  const problems: string[] = [];
  const times = points.map((point) => point.time);
  const ascending = times.every((time, index) => index === 0 || time >= (times[index - 1] as number));
  const descending = times.every((time, index) => index === 0 || time <= (times[index - 1] as number));
  if (!ascending && !descending) problems.push(`${where}: points out of time order (${times.map(when).join(', ')})`);
  const ordered = [...points].sort((a, b) => a.time - b.time);
  const last = new Map<string, [number, number]>();
  for (const point of ordered)
    for (const [key, value] of Object.entries(point.record)) {
      if (!CUMULATIVE.test(snake(key)) || typeof value !== 'number') continue;
      const subject = `${String(point.record['name'] ?? point.record['region'] ?? '')}/${key}`;
      const before = last.get(subject);
      if (before !== undefined && value < before[1])
        problems.push(`${where}: cumulative ${key} falls from ${before[1]} (${when(before[0])}) to ${value} (${when(point.time)})`);
      last.set(subject, [point.time, value]);
    }
  return problems;
}

/** The asked range (`start_date`…`end_date`, a day asked) and a period chart's span and spacing. */
function rangeProblems(points: Point[], call: ReviewedCall, where: string): string[] {
  const problems: string[] = [];
  const args = flatArguments(call);
  const bound = (pattern: RegExp) =>
    Object.entries(args).flatMap(([key, value]) => (pattern.test(snake(key)) ? (momentValue(value) ?? []) : []))[0];
  const start = bound(/^(start(_?date|_?time)?|from(_?date)?|since|date_?from|begin)$/);
  const end = bound(/^(end(_?date|_?time)?|to(_?date)?|until|date_?to)$/);
  const times = points.map((point) => point.time).sort((a, b) => a - b);
  const [first, latest] = [times[0] as number, times.at(-1) as number];
  if (start !== undefined && first < start - DAY) problems.push(`${where}: a point at ${when(first)} is before the asked start`);
  if (end !== undefined && latest >= end + DAY) problems.push(`${where}: a point at ${when(latest)} is after the asked end`);
  const name = snake(call.name ?? call.chatName);
  const period = PERIODS.find(([pattern]) => pattern.test(name));
  if (period === undefined || times.length < 2) return problems;
  const [, word, length] = period;
  if (latest - first > length) problems.push(`${where}: the ${word} chart spans ${Math.round((latest - first) / DAY)} days`);
  const gap = Math.min(...times.slice(1).map((time, index) => time - (times[index] as number)));
  if (word !== 'day' && gap < length / 400)
    problems.push(`${where}: the ${word} chart has points ${Math.round(gap / 60_000)} minutes apart`);
  return problems;
}

/** Consecutive points spaced by the step the tool's or the list's name asks (`hourly`: one hour). */
function stepProblems(points: Point[], call: ReviewedCall, key: string, where: string): string[] {
  const name = `${snake(call.name ?? call.chatName)}_${snake(key)}`;
  const step = STEPS.find(([pattern]) => pattern.test(name))?.[1];
  if (step === undefined) return [];
  const times = points.map((point) => point.time).sort((a, b) => a - b);
  const gaps = times.slice(1).map((time, index) => time - (times[index] as number));
  const wrong = gaps.find((gap) => Math.abs(gap - step) > step * 0.05);
  return wrong === undefined ? [] : [`${where}: points ${Math.round(wrong / 60_000)} minutes apart, not every ${step / 60_000} minutes`];
}

/** A priced interval list: each ends after it starts, none overlaps the next, all of one length. */
function intervalProblems(records: Json[], where: string): string[] {
  const spans = records.flatMap((record) => {
    const entries = Object.entries(record);
    const start = entries.find(([key]) => /^(start|from|begin)(_?(timestamp|time|date|at))?$/.test(snake(key)));
    const end = entries.find(([key]) => /^(end|to|until)(_?(timestamp|time|date|at))?$/.test(snake(key)));
    const measured = entries.some(([key, value]) => typeof value === 'number' && !/start|end|from|to$|time|date/.test(snake(key)));
    const [a, b] = [momentValue(start?.[1]), momentValue(end?.[1])];
    return a === undefined || b === undefined || !measured ? [] : [{ start: a, end: b }];
  });
  if (spans.length < 2 || spans.length !== records.length) return [];
  const problems: string[] = [];
  const backwards = spans.find((span) => span.end <= span.start);
  if (backwards !== undefined)
    problems.push(`${where}: an interval ends (${when(backwards.end)}) before it starts (${when(backwards.start)})`);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const overlap = sorted.find((span, index) => index > 0 && span.start < (sorted[index - 1] as { end: number }).end);
  if (overlap !== undefined) problems.push(`${where}: intervals overlap (one starts ${when(overlap.start)} before the one before it ends)`);
  const lengths = new Set(spans.map((span) => span.end - span.start));
  if (lengths.size > 1) problems.push(`${where}: intervals of ${lengths.size} different lengths`);
  return problems;
}

const TIMEFRAME = /^(timeframe|time_?frame|time_?window|window|period|time_?range|time_?span|interval)$/;

/** A timeframe (`timeframe: {start, end}`) that ends before it starts, or whose numbers are no moments nor hours of a day. */
function timeframeProblems(key: string, value: Json, where: string): string[] {
  if (!TIMEFRAME.test(snake(key))) return [];
  const [start, end] = [value['start'], value['end']];
  const [from, to] = [momentValue(start), momentValue(end)];
  if (from !== undefined && to !== undefined) return to < from ? [`${where}: the ${key} ends before it starts`] : [];
  const numbers = typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end);
  if (!numbers || from !== undefined || to !== undefined) return [];
  return start >= 0 && end <= 24 && start < end ? [] : [`${where}: the ${key} from ${start} to ${end} is no span of time`];
}

/** A map keyed by moments whose values are records: a series. */
function momentMap(value: Json): Point[] | undefined {
  const entries = Object.entries(value);
  if (entries.length < 2 || !entries.every(([key, entry]) => momentValue(key) !== undefined && isJsonObject(entry))) return undefined;
  return entries.map(([key, entry]) => ({ time: momentValue(key) as number, record: entry as Json }));
}

/** Series problems of one call: maps keyed by moments and lists of readings of a series. */
function seriesProblems(call: ReviewedCall): string[] {
  const problems: string[] = [];
  const seriesTool = SERIES_TOOL.test(snake(call.name ?? call.chatName));
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      const records = value.filter(isJsonObject);
      const where = `${call.chatName} ${key}`;
      if (records.length === value.length) problems.push(...intervalProblems(records, where));
      const times = records.map(pointTime);
      if (records.length >= 2 && records.length === value.length && times.every((time) => time !== undefined))
        // readings of one moment (each country's report of a day) are a cross-section, not a series
        if ((seriesTool || SERIES_KEY.test(snake(key))) && new Set(times).size === times.length) {
          const points = records.map((record, index) => ({ time: times[index] as number, record }));
          problems.push(...orderProblems(points, where), ...stepProblems(points, call, key, where), ...rangeProblems(points, call, where));
        }
      value.forEach((entry) => visit(entry, key));
    } else if (isJsonObject(value)) {
      const points = momentMap(value);
      if (points !== undefined) {
        const where = `${call.chatName} ${key}`;
        problems.push(...orderProblems(points, where), ...rangeProblems(points, call, where));
      }
      for (const [inner, entry] of Object.entries(value)) {
        if (isJsonObject(entry)) problems.push(...timeframeProblems(inner, entry, call.chatName));
        visit(entry, inner);
      }
    }
  };
  visit(call.data, '');
  return problems;
}

/** Every series, paging and part-whole problem of the conversation's successful results. */
export function seriesConsistencyProblems(conversation: Conversation): string[] {
  const calls = conversation.calls
    .filter((call) => !call.rejected && !errorResult(call) && call.data !== undefined)
    .flatMap((call) => [...seriesProblems(call), ...pagingProblems(call), ...wholeProblems(call)]);
  return [...calls, ...reportWorldProblems(conversation)];
}
