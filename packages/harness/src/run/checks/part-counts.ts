import { eachObject, squashKey } from '@inftool/core';

type Json = Record<string, unknown>;

/** A count of what went in (`InputDocumentsCount`, `total_records`), and the thing it counts. */
const WHOLE = /^(input|total|submitted|requested|received)([a-z]{4,}?)(count)?$/;
/** A count of one outcome of what went in (`TranslatedDocumentsCount`, `DocumentsWithErrorsCount`). */
const OUTCOME = /^(translated|processed|succeeded|successful|completed|skipped|errored|imported|exported|converted)|witherrors|failed/;

const countOf = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 0
    ? (value as number)
    : typeof value === 'string' && /^\d{1,9}$/.test(value)
      ? Number(value)
      : undefined;

/** One record's outcome counts that add up to more than their whole. */
function overWhole(object: Json): string[] {
  const counts = Object.keys(object).filter((key) => countOf(object[key]) !== undefined);
  for (const whole of counts) {
    const noun = WHOLE.exec(squashKey(whole))?.[2];
    if (noun === undefined) continue;
    const parts = counts.filter((key) => key !== whole && squashKey(key).includes(noun) && OUTCOME.test(squashKey(key)));
    const sum = parts.reduce((total, key) => total + (countOf(object[key]) as number), 0);
    if (sum > (countOf(object[whole]) as number))
      return [`${parts.map((key) => `${key} ${String(object[key])}`).join(' and ')} out of ${whole} ${String(object[whole])}`];
  }
  return [];
}

/** Outcome counts above their whole anywhere in a result (50 documents translated of 5 put in): parts larger than the whole. */
export function partsOverWhole(value: unknown): string[] {
  const problems: string[] = [];
  eachObject(value, (object) => problems.push(...overWhole(object)));
  return problems;
}
