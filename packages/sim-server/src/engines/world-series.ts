import { DAY_HOUR, momentValue, isJsonObject } from '@inftool/core';
import { balanceCounts } from './values/collection-record-coherence.js';

type Json = Record<string, unknown>;

const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** `time` written as `like` is (epoch seconds or ms, a date, a day and hour, an ISO instant with or without fractions). */
export function writtenLike(like: unknown, time: number): unknown {
  if (typeof like === 'number') return like >= 1e12 ? time : Math.floor(time / 1000);
  const iso = new Date(time).toISOString();
  const text = String(like);
  if (DAY_HOUR.test(text)) return `${iso.slice(0, 10)}:${iso.slice(11, 13)}`;
  if (text.length === 10) return iso.slice(0, 10);
  const spaced = text.charAt(10) === ' ' ? iso.replace('T', ' ') : iso;
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return spaced.slice(0, text.length);
  return /\.\d+/.test(text) ? spaced : spaced.replace(/\.\d{3}Z$/, 'Z');
}

/** The fields that tell a reading's moment (all of them are rewritten together). */
const POINT_TIME =
  /^(ts|timestamp|timestamp_(utc|local)|epochtime|epoch|time_stamp|datetime|date_time|date|time|valid_date|dt|ob_time|observation_time)$/;
/** The first of them that orders a reading. */
const POINT_ORDER = ['ts', 'timestamp_utc', 'timestamp', 'epochtime', 'epoch', 'time_stamp', 'datetime', 'date_time', 'date', 'time'];

function pointTime(record: Json): number | undefined {
  const keys = Object.keys(record)
    .filter((key) => POINT_ORDER.includes(snake(key)))
    .sort((a, b) => POINT_ORDER.indexOf(snake(a)) - POINT_ORDER.indexOf(snake(b)));
  for (const key of keys) {
    const time = momentValue(record[key]);
    if (time !== undefined) return time;
  }
  return undefined;
}

/** Names that make a list of readings a series: the list's key, or a word of the tool's name. */
const SERIES_KEY =
  /^(forecasts?|hourly|daily|minutely|series|points|bars|candles|history|prices|readings|observations|days|hours|timeline|values)$/;
const SERIES_TOOL =
  /(^|_)(hourly|daily|subhourly|minutely|history|historical|forecast|series|chart|timeline|bars|aggregates|candles|marketdata|prices|spots)(_|$)/;
const FORECAST_TOOL = /(^|_)(forecast|prediction|predict|outlook)(_|$)/;
/** The step a name asks for. */
const STEPS: Array<[RegExp, number]> = [
  [/(^|_)subhourly(_|$)/, 15 * MINUTE],
  [/(^|_)minutely(_|$)/, MINUTE],
  [/(^|_)hourly(_|$)/, HOUR],
  [/(^|_)(daily|days)(_|$)/, DAY],
];
/** A chart of a period (`get_spots_year`): the step between its points. */
const PERIOD_STEPS: Array<[RegExp, number]> = [
  [/(^|_)week$/, DAY],
  [/(^|_)month$/, 7 * DAY],
  [/(^|_)year$/, 30 * DAY],
];

/** The step the tool, the list's key or a forecast's count argument (`hours: 5`, `days: 10`) asks for. */
function stepOf(tool: string, key: string, args: Json): number | undefined {
  const named = STEPS.find(([pattern]) => pattern.test(`${snake(tool)}_${snake(key)}`))?.[1];
  if (named !== undefined) return named;
  // a forecast of `hours: 5` is hourly; a history of the last `days: 3` is a range, not a step
  if (!FORECAST_TOOL.test(snake(tool))) return undefined;
  if (typeof args['hours'] === 'number') return HOUR;
  if (typeof args['days'] === 'number') return DAY;
  return undefined;
}

/** The asked start (`start_date`, `from`, `since`) of a series, if any. */
function askedStart(args: Json): number | undefined {
  const entry = Object.entries(args).find(([key]) => /^(start(_?date|_?time)?|from(_?date)?|since|date_?from|begin)$/.test(snake(key)));
  return entry === undefined ? undefined : momentValue(entry[1]);
}

/** Readings of a series in time order, `step` apart from `first`, every time field of each written alike. */
function respace(records: Json[], first: number, step: number): void {
  records.forEach((record, index) => {
    const time = first + index * step;
    for (const [key, value] of Object.entries(record))
      if (POINT_TIME.test(snake(key)) && momentValue(value) !== undefined) record[key] = writtenLike(value, time);
  });
}

/** A priced interval (`start_timestamp`, `end_timestamp`, `marketprice`): its start and end keys. */
function intervalKeys(record: Json): [string, string] | undefined {
  const keys = Object.keys(record);
  const start = keys.find(
    (key) => /^(start|from|begin)(_?(timestamp|time|date|at))?$/.test(snake(key)) && momentValue(record[key]) !== undefined,
  );
  const end = keys.find(
    (key) => /^(end|to|until)(_?(timestamp|time|date|at))?$/.test(snake(key)) && momentValue(record[key]) !== undefined,
  );
  const measured = keys.some((key) => typeof record[key] === 'number' && !/start|end|from|to$|time|date/.test(snake(key)));
  return start === undefined || end === undefined || !measured ? undefined : [start, end];
}

/** Priced intervals of a series: consecutive, of one length (`step`, an hour unless a name says), from the earliest start. */
function consecutiveIntervals(records: Json[], step: number, first?: number): boolean {
  const keys = records.map(intervalKeys);
  if (records.length === 0 || keys.some((entry) => entry === undefined)) return false;
  const starts = records.map((record, index) => momentValue(record[(keys[index] as [string, string])[0]]) as number);
  const from = first ?? Math.floor(Math.min(...starts) / step) * step;
  records.forEach((record, index) => {
    const [start, end] = keys[index] as [string, string];
    record[start] = writtenLike(record[start], from + index * step);
    record[end] = writtenLike(record[end], from + (index + 1) * step);
  });
  return true;
}

/**
 * A list of readings of a series (a list under a series key, or any list of readings of a series tool:
 * `get_forecast_hourly`, `gsi_marketdata`) is in time order and, when a name or a count argument gives
 * its step (`hourly`, `daily`, `hours: 5`), spaced by it: from the asked start, else the next step after
 * `now` for a forecast, else its earliest reading's. Priced intervals are consecutive hours.
 */
function seriesLists(value: unknown, tool: string, args: Json, now: Date | undefined): void {
  const seriesTool = SERIES_TOOL.test(snake(tool));
  const visit = (node: unknown, key: string): void => {
    if (Array.isArray(node)) {
      const records = node.filter(isJsonObject);
      if (records.length >= 1 && records.length === node.length && (seriesTool || SERIES_KEY.test(snake(key))))
        orderList(node as Json[], tool, key, args, now);
      node.forEach((entry) => visit(entry, key));
    } else if (isJsonObject(node)) for (const [inner, entry] of Object.entries(node)) visit(entry, inner);
  };
  visit(value, '');
}

function orderList(records: Json[], tool: string, key: string, args: Json, now: Date | undefined): void {
  const step = stepOf(tool, key, args);
  const start = askedStart(args);
  const ahead = FORECAST_TOOL.test(snake(tool)) && now !== undefined && start === undefined;
  if (consecutiveIntervals(records, step ?? HOUR, start ?? (ahead ? Math.ceil((now as Date).getTime() / HOUR) * HOUR : undefined))) return;
  const times = records.map(pointTime);
  if (records.length < 2) return;
  // readings of one moment (each country's report of a day) are a cross-section, not a series
  if (times.some((time) => time === undefined) || new Set(times).size !== times.length) return;
  const order = records.map((record, index) => ({ record, time: times[index] as number })).sort((a, b) => a.time - b.time);
  order.forEach((entry, index) => (records[index] = entry.record));
  if (step === undefined) return;
  const earliest = order[0]?.time as number;
  const first = start ?? (ahead ? Math.ceil((now as Date).getTime() / step) * step : Math.floor(earliest / step) * step);
  respace(records, first, step);
}

/** Counts that only grow over time (cumulative cases, deaths, recoveries, tests). */
const CUMULATIVE =
  /^(total_?(cases|deaths|recovered|confirmed|tests|vaccinations|doses)|(cumulative|cum)_?[a-z_]+|confirmed|deaths|recovered)$/;

/**
 * Cumulative counts of one subject (`name`) never fall over time: each such count's values, in time
 * order, are its values sorted; then each reading's total covers its parts and its ratios are its counts'.
 */
export function cumulativeCounts(readings: Json[]): void {
  const bySubject = new Map<string, Json[]>();
  for (const reading of readings) {
    const subject = String(reading['name'] ?? reading['region'] ?? reading['country'] ?? '');
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), reading]);
  }
  for (const group of bySubject.values()) {
    const keys = new Set(group.flatMap((reading) => Object.keys(reading).filter((key) => CUMULATIVE.test(snake(key)))));
    for (const key of keys) {
      const values = group.map((reading) => reading[key]);
      if (!values.every((entry) => typeof entry === 'number')) continue;
      const sorted = (values as number[]).slice().sort((a, b) => a - b);
      group.forEach((reading, index) => (reading[key] = sorted[index]));
    }
    // values sorted apart may meet in one reading (`deaths: 72, recovered: 72`), which reads as a placeholder
    for (const reading of group) for (const key of keys) unshared(reading, key);
    group.forEach((reading) => balanceCounts(reading));
    // a total raised to cover its parts may pass a later one: the running maximum, then ratios again
    for (const key of keys) {
      let highest = -Infinity;
      for (const reading of group) {
        const entry = reading[key];
        if (typeof entry !== 'number') continue;
        highest = Math.max(highest, entry);
        reading[key] = highest;
      }
    }
    group.forEach((reading) => balanceCounts(reading));
  }
}

/** `reading[key]` raised past any other integer field of the reading that holds the same value. */
function unshared(reading: Json, key: string): void {
  const others = new Set(Object.entries(reading).flatMap(([other, value]) => (other !== key && Number.isInteger(value) ? [value] : [])));
  if (typeof reading[key] !== 'number') return;
  while (others.has(reading[key])) reading[key] = (reading[key] as number) + 1;
}

/** A chart of a period: the step between its points (`get_spots_year`: a month). */
function periodStep(tool: string): number | undefined {
  return PERIOD_STEPS.find(([pattern]) => pattern.test(snake(tool)))?.[1];
}

/**
 * A map keyed by moments (`{"2025-06-24T12:20:00Z": {...}, …}`) is a series: its keys in time order,
 * ending where it ended (the asked day, `honourAskedDay`), a period chart's points a step of the period
 * apart (a week's a day, a month's a week, a year's a month), and its cumulative counts never falling.
 */
function momentMaps(value: unknown, tool: string): void {
  const step = periodStep(tool);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isJsonObject(node)) return;
    const keys = Object.keys(node);
    const times = keys.map(momentValue);
    if (keys.length >= 1 && times.every((time) => time !== undefined) && keys.every((key) => isJsonObject(node[key]))) {
      const order = keys.map((key, index) => ({ key, time: times[index] as number })).sort((a, b) => a.time - b.time);
      const last = order.at(-1)?.time as number;
      const moved = order.map((entry, index) => ({
        key: step === undefined ? entry.key : String(writtenLike(entry.key, last - (order.length - 1 - index) * step)),
        record: node[entry.key] as Json,
      }));
      if (new Set(moved.map((entry) => entry.key)).size !== moved.length) return;
      for (const key of keys) delete node[key];
      for (const entry of moved) node[entry.key] = entry.record;
      cumulativeCounts(moved.map((entry) => entry.record));
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(value);
}

/** Keys of a record that is the whole of its siblings, and of one that is a change of it. */
const WHOLE = /^(summary|total|totals|overall|global|world|all)$/i;
const CHANGE = /^(change|changes|delta|diff|difference|new|today|daily_?change)$/i;
const RATIO = /ratio|rate|share|percent|average|avg|mean|median|score/i;

/** The counts of a record (integers that are no ratio, average or score). */
const countKeys = (record: Json): string[] => Object.keys(record).filter((key) => Number.isInteger(record[key]) && !RATIO.test(key));

/** A whole counts at least the sum of its parts, then covers its own parts (`total_cases` ≥ its deaths). */
function coverParts(whole: Json, parts: Json[]): void {
  for (const key of countKeys(whole)) {
    const sum = parts.reduce((total, part) => total + (typeof part[key] === 'number' ? (part[key] as number) : 0), 0);
    if (sum > (whole[key] as number)) whole[key] = sum;
  }
  balanceCounts(whole);
}

/** A change of a whole is a small share of it: scaled by one factor to a tenth of the whole's total at most. */
function smallChange(change: Json, whole: Json): void {
  const counts = countKeys(change).filter((key) => typeof whole[key] === 'number' && (change[key] as number) > 0);
  const totalKey = counts.find((key) => /^total|total$/i.test(key));
  const shares = (totalKey === undefined ? counts : [totalKey]).map((key) => (change[key] as number) / Math.max(1, whole[key] as number));
  const factor = 0.1 / Math.max(0.1, ...shares);
  for (const key of counts) {
    const scaled = Math.max(1, Math.floor((change[key] as number) * factor));
    change[key] = Math.min(scaled, whole[key] as number);
  }
  balanceCounts(change);
}

/**
 * A whole beside its parts (`{summary, regions: {…}, change}`): the summary counts at least what its
 * regions do together, and a change is at most a tenth of it and is the summary's own (its name).
 */
function partsWithinWholes(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(partsWithinWholes);
  if (!isJsonObject(value)) return;
  const wholeKey = Object.keys(value).find((key) => WHOLE.test(key) && isJsonObject(value[key]));
  const whole = wholeKey === undefined ? undefined : (value[wholeKey] as Json);
  if (whole !== undefined) {
    const siblings = Object.entries(value).filter(([key, sibling]) => key !== wholeKey && isJsonObject(sibling)) as Array<[string, Json]>;
    const parts = siblings
      .filter(([key]) => !CHANGE.test(key))
      .flatMap(([, sibling]) =>
        Object.values(sibling).length > 0 && Object.values(sibling).every(isJsonObject) ? (Object.values(sibling) as Json[]) : [sibling],
      );
    coverParts(whole, parts);
    for (const [key, change] of siblings) {
      if (!CHANGE.test(key)) continue;
      smallChange(change, whole);
      if (typeof change['name'] === 'string' && typeof whole['name'] === 'string') change['name'] = whole['name'];
    }
  }
  Object.values(value).forEach(partsWithinWholes);
}

/** An object that names a span of time by its start and end (`timeframe: {start, end}`). */
const TIMEFRAME = /^(timeframe|time_?frame|time_?window|window|period|time_?range|time_?span|interval)$/;

/**
 * A timeframe's start and end are moments (`timeframe: {start: 3, end: 52}` tells no time): numbers
 * that are none (nor hours of a day, both within 0–24) become epoch milliseconds of the next day from
 * the next hour after `now`. Works in place.
 */
function timeframes(value: unknown, now: Date): void {
  if (Array.isArray(value)) return value.forEach((entry) => timeframes(entry, now));
  if (!isJsonObject(value)) return;
  for (const [key, entry] of Object.entries(value)) {
    if (TIMEFRAME.test(snake(key)) && isJsonObject(entry)) {
      const [start, end] = [entry['start'], entry['end']];
      const moments = momentValue(start) !== undefined || momentValue(end) !== undefined;
      const hours = typeof start === 'number' && typeof end === 'number' && start >= 0 && end <= 24 && start < end;
      if (typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) && !moments && !hours) {
        entry['start'] = Math.ceil(now.getTime() / HOUR) * HOUR;
        entry['end'] = (entry['start'] as number) + DAY;
      }
    }
    timeframes(entry, now);
  }
}

/**
 * Series, pages and wholes a reader can check (docs/sim-server.md): readings of a series in time order
 * and spaced by the asked step, maps keyed by moments spaced by their period with cumulative counts that
 * never fall, parts no larger than their whole, and paging that agrees with the page. Works in place.
 */
export function coherentSeries(value: unknown, args: Json, tool: string, now?: Date): void {
  if (now !== undefined) timeframes(value, now);
  momentMaps(value, tool);
  seriesLists(value, tool, args, now);
  partsWithinWholes(value);
}
