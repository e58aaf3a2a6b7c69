/**
 * Answers that give a value the wrong subject or no unit: a number said without the unit its own record gives
 * (`distance_unit: "km"`, `unit: "celsius"` beside a temperature), a unit said as the thing ("the liter is 154.86"),
 * deletions called lookups, a name the user typed re-capitalised or stripped of its hyphens, a local time labelled
 * UTC, a record's status given to the person named in it ("Garrett O'Conner is discovered"), and an identifier's
 * digits grouped like an amount ("order ID 96,384").
 * Plain detectors of their own, independent of the answer writer.
 */
import type { ReviewedCall } from './conversation.js';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records of a result: itself, and the records in its lists and blocks, two levels down. */
function recordsIn(data: unknown, depth = 0, out: Json[] = []): Json[] {
  if (depth > 2) return out;
  if (Array.isArray(data)) data.slice(0, 10).forEach((item) => recordsIn(item, depth + 1, out));
  else if (isRecord(data)) {
    out.push(data);
    Object.values(data).forEach((value) => recordsIn(value, depth + 1, out));
  }
  return out;
}

const letters = (key: string) => key.replace(/[^a-z0-9]/gi, '').toLowerCase();
const SCALES: Array<[RegExp, RegExp]> = [
  [/^(°?c|celsius)$/i, /^\s*(°\s?C|degrees? C|C\b|celsius)/i],
  [/^(°?f|fahrenheit)$/i, /^\s*(°\s?F|degrees? F|F\b|fahrenheit)/i],
  [/^(k|kelvin)$/i, /^\s*(K\b|kelvin)/i],
];

/** How a unit may follow its number in prose, or undefined when the unit is no measure (a currency, a word). */
function unitAfter(unit: string): RegExp | undefined {
  const scale = SCALES.find(([name]) => name.test(unit.trim()));
  if (scale !== undefined) return scale[1];
  if (/^[A-Z]{3}$/.test(unit) || !/^[a-zµ°%/²³\d. ]{1,12}$/i.test(unit)) return undefined;
  return new RegExp(`^\\s*${unit.trim().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'i');
}

/** The numbers of a record with the unit the record keeps for them. */
function unitsOf(record: Json): Array<{ key: string; value: number; unit: RegExp }> {
  const out: Array<{ key: string; value: number; unit: RegExp }> = [];
  const numbers = Object.keys(record).filter((key) => typeof record[key] === 'number');
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string') continue;
    const unit = unitAfter(value);
    const base = /^(.+?)[_-]?(?:unit|Unit|units|Units)$/.exec(key)?.[1];
    if (unit === undefined) continue;
    const targets =
      base !== undefined && numbers.some((other) => letters(other) === letters(base))
        ? numbers.filter((other) => letters(other) === letters(base))
        : /^units?$/i.test(key) && SCALES.some(([name]) => name.test(value.trim()))
          ? numbers.filter((other) => /temp|dew|feels/i.test(other))
          : [];
    for (const target of targets) out.push({ key: target, value: record[target] as number, unit });
  }
  return out;
}

/** A number as an answer may round it. */
function spellings(value: number): string[] {
  const out = new Set([String(value), value.toLocaleString('en-US')]);
  for (const digits of [0, 1, 2]) {
    const rounded = Number(value.toFixed(digits));
    if (Math.abs(rounded - value) <= Math.abs(value) * 0.01) out.add(String(rounded)).add(rounded.toLocaleString('en-US'));
  }
  return [...out];
}

/** A number said after its key's last word with none of the units its record gives, e.g. "distance is 13079.6" for `distance_unit: "km"`. */
function unitLeftOut(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const record of calls.flatMap((call) => recordsIn(call.data))) {
    for (const { key, value, unit } of unitsOf(record)) {
      const word = key
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z]+/)
        .filter((part) => part.length >= 3)
        .at(-1);
      if (word === undefined) continue;
      for (const said of spellings(value)) {
        const escaped = said.replace(/[.,]/g, '\\$&');
        const at = new RegExp(`\\b${word}[a-z]*\\b[^.;:\\d]{0,24}?(?<![\\d.,])${escaped}(?![\\d.,]*\\d)`, 'i').exec(answer);
        if (at !== null && !unit.test(answer.slice(at.index + at[0].length)))
          return `it gives ${key} ${said} without the unit its result gives: "${at[0]}"`;
      }
    }
  }
  return undefined;
}

/** A unit said as the thing measured: "the liter is 154.86", "the gallon is 40.91". */
const UNIT_AS_THING =
  /\bthe (liters?|litres?|gallons?|miles?|kilometers?|kilometres?|meters?|metres?|celsius|fahrenheit|kelvin|pounds?|kilograms?|grams?|ounces?|feet|inch(?:es)?) (?:is|are|of) -?\d/i;

/** An opening that calls every call a lookup when they were deletions, creations or updates. */
function lookupsForWrites(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const said = /\b(?:lookups|searches) (?:succeeded|worked|went through)|\bI got answers to (?:both|all)\b/i.exec(answer);
  if (said === null || calls.length === 0) return undefined;
  const writes = calls.every((call) => /(^|[_\s-])(delete|remove|cancel|create|add|update|post|put|patch|send)/i.test(call.chatName));
  return writes ? `it calls changes lookups: "${said[0]}"` : undefined;
}

/** Keys whose values are settings, not names: their slugs may be said as words. */
const SETTING = /(status|state|type|kind|sort|order|mode|format|level|category|direction|unit)/i;

/** A slug the user sent (`payments-service`, `api-parallel-prod`) said re-capitalised or without its hyphens. */
function slugAltered(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const call of calls) {
    const args = isRecord(call.arguments) ? call.arguments : {};
    for (const [key, value] of Object.entries(args)) {
      if (typeof value !== 'string' || SETTING.test(key) || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(value)) continue;
      if (answer.includes(value)) {
        const capitalised = value.charAt(0).toUpperCase() + value.slice(1);
        if (new RegExp(`(?<![\\w-])${capitalised.replace(/[-]/g, '\\-')}(?![\\w-])`).test(answer))
          return `it re-capitalises the name "${value}" as "${capitalised}"`;
        continue;
      }
      const spaced = value.replace(/-/g, ' ');
      if (answer.toLowerCase().includes(spaced)) return `it drops the hyphens of the name "${value}": "${spaced}"`;
      if (answer.includes(value.charAt(0).toUpperCase() + value.slice(1)))
        return `it re-capitalises the name "${value}" as "${value.charAt(0).toUpperCase() + value.slice(1)}"`;
    }
  }
  return undefined;
}

/** A local time (`timestamp_local`) said as UTC when the record's UTC time differs. */
function localAsUtc(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const records = calls.flatMap((call) => recordsIn(call.data));
  // In a series the local hour of one row can be the UTC hour of another: that one said as UTC is right.
  const utcTimes = new Set(
    records.flatMap((record) =>
      Object.entries(record).flatMap(([key, value]) => {
        const time = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?:[^Z+]*)(Z|\+00:?00)?$/.exec(value) : null;
        return time !== null && (/utc/i.test(key) || (time[3] !== undefined && !/local/i.test(key))) ? [`${time[1]} ${time[2]} UTC`] : [];
      }),
    ),
  );
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (!/local/i.test(key) || typeof value !== 'string') continue;
      const time = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
      if (time === null) continue;
      const said = `${time[1]} ${time[2]} UTC`;
      const utc = Object.entries(record).find(([other, inner]) => /utc/i.test(other) && typeof inner === 'string' && inner !== value);
      if (answer.includes(said) && utc !== undefined && !utcTimes.has(said)) return `it labels the local time ${key} as UTC: "${said}"`;
    }
  }
  return undefined;
}

/** Names of a party to a record (`owner_name`, `sender_name`): whose the record is, not what it is. */
const PARTY =
  /^(owner|author|creator|user|customer|holder|sender|recipient|contact|manager|assignee|member|client)[_ ]?name$|(Owner|Holder|Sender)Name$/i;

/** A record's status given to the party named in it: "Garrett O'Conner is discovered" for an account's `status`. */
function partyStatus(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const record of calls.flatMap((call) => recordsIn(call.data))) {
    const status = record['status'] ?? record['state'];
    const party = Object.entries(record).find(([key, value]) => PARTY.test(key) && typeof value === 'string')?.[1] as string | undefined;
    if (typeof status !== 'string' || party === undefined || Object.keys(record).some((key) => /^(name|title|display_?name)$/i.test(key)))
      continue;
    const word = status.toLowerCase().replace(/[_-]+/g, ' ');
    const escaped = party.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const said = new RegExp(`${escaped} (?:is|was) (?:now )?${word}\\b`, 'i').exec(answer);
    if (said !== null) return `it gives the record's status to ${party}: "${said[0]}"`;
  }
  return undefined;
}

/** Why an answer gives a value the wrong subject or leaves out its unit, or undefined. */
export function subjectAnswer(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const unitThing = UNIT_AS_THING.exec(answer);
  if (unitThing !== null) return `it says a unit as the thing measured: "${unitThing[0]}"`;
  return (
    unitLeftOut(answer, calls) ??
    lookupsForWrites(answer, calls) ??
    slugAltered(answer, calls) ??
    localAsUtc(answer, calls) ??
    partyStatus(answer, calls) ??
    groupedIdentifier(answer, calls)
  );
}

/** Keys whose numbers are identifiers: ids, phone numbers, post codes, order and account numbers. */
const IDENTIFIER_KEY =
  /(^|_)(ids?|numbers?|phones?|msisdn|mobile|destinations?|recipients?|zip|postal|postcode|accounts?|order|invoice|ticket)$|[a-z](Id|Ids|Number|Phone)$/;

/** An identifier said with thousands separators ("order ID 96,384", "447,098,974,970"): copied, it is another number. */
function groupedIdentifier(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const found: Array<{ key: string; value: number }> = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 10_000 && IDENTIFIER_KEY.test(key))
      found.push({ key, value });
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (isRecord(value)) Object.entries(value).forEach(([inner, item]) => walk(item, inner));
  };
  for (const call of calls) {
    walk(call.arguments, '');
    walk(call.data, '');
  }
  const grouped = found.find(({ value }) => answer.includes(value.toLocaleString('en-US')));
  return grouped === undefined
    ? undefined
    : `it groups the digits of the identifier ${grouped.key} ${grouped.value} as "${grouped.value.toLocaleString('en-US')}"`;
}
