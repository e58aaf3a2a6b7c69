import { eachObject, squashKey } from '@inftool/core';

/**
 * Result fields that hold another kind of thing than their name says (part of `results_plausible`),
 * judged with this file's own small tables, independent of the generator: a moment named with its
 * unit (`earliest_pub_date_ms: 500`, `last_timestamp_ms: 62`) that is no epoch time in that unit, and
 * the currencies of an exchange rate that are places (`from: "Miami, FL"`, `to: "Barcelona, Spain"`), and
 * the track of a train at a stop that is no platform (`track: "Love Shack"`).
 */
type Json = Record<string, unknown>;

/** A moment's name with its unit (`pub_date_ms`, `createdAtSec`), squashed; group 2 is the unit. */
const MOMENT_IN_UNIT =
  /(date|timestamp|stamp|epoch|at|created|updated|modified|since|until|expires)(ms|millis|milliseconds|sec|secs|seconds)$/;
/** The least epoch time (2001-09-09) in each unit: a smaller number is a count or a duration. */
const LEAST = { ms: 1e12, s: 1e9 };

function momentProblems(object: Json): string[] {
  return Object.entries(object).flatMap(([key, value]) => {
    const unit = MOMENT_IN_UNIT.exec(squashKey(key))?.[2];
    if (unit === undefined || typeof value !== 'number' || value === 0) return [];
    const ms = unit.startsWith('m');
    if (Math.abs(value) >= (ms ? LEAST.ms : LEAST.s)) return [];
    return [`${key} ${value} is no epoch time in ${ms ? 'milliseconds' : 'seconds'}`];
  });
}

const RATE = /^(rate|exchangerate|conversionrate|fxrate)$/;
const SIDES = /^(from|to|base|target|source|quote|fromcurrency|tocurrency|basecurrency|targetcurrency|quotecurrency)$/;

/** An exchange rate's sides that hold places (`from: "Miami, FL"`) instead of currencies. */
function currencyProblems(object: Json): string[] {
  if (!Object.keys(object).some((key) => RATE.test(squashKey(key)))) return [];
  return Object.entries(object).flatMap(([key, value]) =>
    SIDES.test(squashKey(key)) && typeof value === 'string' && /^[A-Z][\w .'-]+, [A-Z][\w .'-]+$/.test(value)
      ? [`${key} of an exchange rate is the place "${value}", not a currency`]
      : [],
  );
}

const STOP = /^(stop|stopid|stopname|station|stationname|stationid)$/;
const PLATFORM = /^(track|platform|gleis)$/;

/** A train's track at a stop (a record with a stop or station) that is no platform (`7`, `12a`, `3-4`). */
function trackProblems(object: Json): string[] {
  if (!Object.keys(object).some((key) => STOP.test(squashKey(key)))) return [];
  return Object.entries(object).flatMap(([key, value]) =>
    PLATFORM.test(squashKey(key)) && typeof value === 'string' && !/^\d{1,2}\s?[a-h]?(\s?[-–/]\s?\d{1,2}\s?[a-h]?)?$/i.test(value)
      ? [`${key} "${value}" of a train at a stop is no platform`]
      : [],
  );
}

/** The fields anywhere in `data` that hold another kind of thing than their name says. */
export function wrongKindSlots(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => problems.push(...momentProblems(object), ...currencyProblems(object), ...trackProblems(object)));
  return problems;
}
