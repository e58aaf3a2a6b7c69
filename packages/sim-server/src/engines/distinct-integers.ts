import { fieldWords as wordsOf } from '@inftool/core';

type Json = Record<string, unknown>;

/** An integer that reads as a made-up constant when it repeats: not small, not round, not a year. */
const distinctive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 11 && value % 10 !== 0 && !(value >= 1900 && value <= 2100);

/** Counts, pages, ids and codes: equal values there may be one fact (a total and a count), never moved. */
const KEPT =
  /(page|pages|limit|offset|size|total|count|num|number|length|quantity|year|month|day|hour|minute|second|version|code|status|zip|postcode|plz|id|ids|key|keys|index|rank)$/i;

/**
 * Two unrelated measures of one record drawn alike (`cloud_cover: {high: 43, low: 43}`, `cape: 55,
 * ozone: 55`) read as one placeholder copied: the later one is moved by one, so each field holds a
 * value of its own. Fields that share a word (`min_temp`, `max_temp`), counts, ids and codes, and
 * values the call sent are left alone. Works in place, on every object of the value.
 */
export function distinctIntegers(value: unknown, sent: ReadonlySet<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) distinctIntegers(item, sent);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Json;
  const taken = new Map<number, string>();
  for (const [key, entry] of Object.entries(record)) {
    if (!distinctive(entry) || sent.has(String(entry)) || KEPT.test(key)) {
      distinctIntegers(entry, sent);
      continue;
    }
    const other = taken.get(entry);
    if (other !== undefined && !wordsOf(other).some((word) => wordsOf(key).includes(word))) {
      let moved = entry - 1;
      while (taken.has(moved) || moved % 10 === 0) moved -= 1;
      record[key] = moved;
      taken.set(moved, key);
    } else taken.set(entry, key);
  }
}
