/**
 * A list the result itself says is cut short (`complete: false`, `truncated: true`, `partial: true`, `has_more: true`
 * with no cursor to page on): the answer says so, never counts it as if it were all ("I got back 100 primes").
 */
import { isJsonObject } from '@inftool/core';

/** Flags that say a list stops before its end: their value when cut short. */
const CUT_FLAGS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [/^(complete|is_?complete|exhaustive|all_?listed)$/i, false],
  [/^(truncated|is_?truncated|partial|is_?partial|incomplete|cut_?short)$/i, true],
];

/** Whether a result record says its list is cut short. */
export function cutShort(result: unknown): boolean {
  if (!isJsonObject(result)) return false;
  return Object.entries(result).some(([key, value]) => CUT_FLAGS.some(([name, cut]) => name.test(key) && value === cut));
}

/** The sentence that says a list stops early: " That is not all of them: the list stops after the first 100." */
export function partialNote(result: unknown, shown: number): string {
  return cutShort(result) ? ` That is not all of them: the list stops after the first ${shown.toLocaleString('en-US')}.` : '';
}
