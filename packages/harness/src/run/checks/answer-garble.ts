/**
 * Templated answers that say plumbing or shape instead of what the results mean: paging fields stated
 * as facts ("has next", "the filter is failed"), a result's keys counted as its entries, an empty list
 * said as "none", a share counted as things ("97 clouds"), a quantity without the unit the call asked
 * for ("temperature 19.6" for `units: "I"`), a ratio returned in percent said without "%".
 */
import type { ReviewedCall } from './conversation.js';

/** Paging and query plumbing said as a fact about what came back. */
const PLUMBING_FACT =
  /\b(?:has next|does not have (?:next|previous)|has (?:a )?previous\b|the filter is \w+|a page of \d|\d+ total (?:elements?|pages?)\b|(?:the|its) (?:next|previous) page number is|the cursor is|the page is \d|has more\b)/i;

/** An empty list said as a value: "its accounts are none", "the content is none". */
const SAID_NONE = /\b(?:the|its|their) [a-z][a-z ]{0,40}? (?:is|are) none\b/i;

/** A share counted as things ("97 clouds", "54 clouds"). */
const SHARE_COUNTED = /\b\d+(?:\.\d+)? clouds\b/i;

/** A share said over 100% (relative humidity 132%): an impossible value reported as fact. */
const SHARE_OVER =
  /\b(?:cloud cover|humidity|relative humidity|chance of precipitation)(?: is| of)? (\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)% (?:cloud cover|humidity|relative humidity)/gi;

/** A temperature with a number after it and no unit. */
const BARE_TEMPERATURE = /\btemperature(?: is| of)? (-?\d+(?:\.\d+)?)(?!\d|\.\d)(?!\s*(?:°|K\b|degrees|%))/i;

/** Whether a call asked for a measurement system by a `units` argument (`I`, `metric`, `S`). */
function asksForUnits(call: ReviewedCall): boolean {
  if (typeof call.arguments !== 'object') return false;
  return Object.entries(call.arguments).some(
    ([key, value]) =>
      /^(units?|unit_?system|temperature_?unit|temp_?unit)$/i.test(key) &&
      typeof value === 'string' &&
      /^(i|m|s|imperial|metric|standard|fahrenheit|celsius|kelvin|f|c|k)$/i.test(value.trim()),
  );
}

/** Object keys of a result that read as field names (`DataLocation`, `auxiliary_data_location`), six letters or more. */
function fieldKeys(data: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(node)) node.slice(0, 5).forEach((item) => walk(item, depth + 1));
    else if (typeof node === 'object' && node !== null)
      for (const [key, value] of Object.entries(node)) {
        if (key.length >= 6 && (/[a-z][A-Z]/.test(key) || /_/.test(key))) keys.add(key);
        walk(value, depth + 1);
      }
  };
  walk(data, 0);
  return keys;
}

/** A count whose items are the result's own keys: "4 entries: api-parallel-prod, DataLocation and AuxiliaryDataLocation". */
function keysAsEntries(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const listed = /\b(\d+|two|three|four|five) (?:entries|results|items|records)\b[^.]*?:([^.]+)/i.exec(answer);
  if (listed === null) return undefined;
  const keys = new Set(calls.flatMap((call) => [...fieldKeys(call.data)]));
  const named = [...keys].filter((key) => new RegExp(`(^|[\\s,“(])${key}(?=$|[\\s,.;”)])`).test(listed[2] as string));
  return named.length >= 2 ? `${listed[0].slice(0, 80)}` : undefined;
}

/** A number sent twice (a, b) whose quotient times 100 is a value the result holds under a ratio's key. */
function percentValues(calls: readonly ReviewedCall[]): number[] {
  const found: number[] = [];
  for (const call of calls) {
    if (typeof call.arguments !== 'object' || typeof call.data !== 'object' || call.data === null) continue;
    const sent = Object.values(call.arguments).filter((value): value is number => typeof value === 'number' && value !== 0);
    for (const [key, value] of Object.entries(call.data as Record<string, unknown>)) {
      if (typeof value !== 'number' || !/(return|ratio|margin|rate|yield|roa|roe|roi|growth|percent|pct)/i.test(key)) continue;
      const near = (a: number, b: number) => Math.abs(a - b) <= 0.006 + Math.abs(b) * 0.002;
      if (sent.some((a) => sent.some((b) => a !== b && near(value, (100 * a) / b) && !near(value, a / b)))) found.push(value);
    }
  }
  return found;
}

/** Why an answer reads as a garbled template rather than what the results say, or undefined. */
export function garbledAnswer(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const plumbing = PLUMBING_FACT.exec(answer);
  if (plumbing !== null) return `it states paging plumbing as a fact: "${plumbing[0]}"`;
  const none = SAID_NONE.exec(answer);
  if (none !== null) return `it says an empty list as a value: "${none[0]}"`;
  const keys = keysAsEntries(answer, calls);
  if (keys !== undefined) return `it counts the result's keys as entries: "${keys}"`;
  const share = SHARE_COUNTED.exec(answer);
  if (share !== null) return `it counts a share as things: "${share[0]}"`;
  for (const match of answer.matchAll(SHARE_OVER))
    if (Number(match[1] ?? match[2]) > 100) return `it states an impossible share as fact: "${match[0]}"`;
  // Only when every call that returned temperatures asked for units: a call without them leaves its numbers bare.
  const warm = calls.filter((call) => /"[a-z_]*temp[a-z_]*"\s*:/i.test(JSON.stringify(call.data ?? null)));
  const bare = warm.length > 0 && warm.every(asksForUnits) ? BARE_TEMPERATURE.exec(answer) : null;
  if (bare !== null) return `it gives a temperature without the unit the request asked for: "${bare[0]}"`;
  for (const value of percentValues(calls)) {
    const said = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.]*\\s*(?:%|percent))`).exec(answer);
    if (said !== null) return `it gives a ratio returned in percent without "%": "${value}"`;
  }
  return undefined;
}
