import { eachObject, squashKey } from '@inftool/core';

type Json = Record<string, unknown>;

/** A count that is the whole (`InputDocumentsCount`, `total_records`): what went in, all outcomes come out of it. */
const WHOLE = /^(input|total|submitted|requested|received)([a-z]{4,}?)(count)?$/;
/** An outcome of part of the whole (`TranslatedDocumentsCount`, `DocumentsWithErrorsCount`, `failed_records`). */
const OUTCOME =
  /^(translated|processed|succeeded|successful|failed|completed|skipped|errored|imported|exported|converted)|witherrors|failed/;

/** A count's number, written as a number or as digits (AWS writes `"50"`). */
const countOf = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 0
    ? (value as number)
    : typeof value === 'string' && /^\d{1,9}$/.test(value)
      ? Number(value)
      : undefined;

/** The whole count of `object` and the outcome counts of the same things (`documents`), if it has them. */
function partsOfWhole(object: Json): { whole: string; parts: string[] } | undefined {
  const counts = Object.keys(object).filter((key) => countOf(object[key]) !== undefined);
  for (const whole of counts) {
    const noun = WHOLE.exec(squashKey(whole))?.[2];
    if (noun === undefined) continue;
    const parts = counts.filter((key) => key !== whole && squashKey(key).includes(noun) && OUTCOME.test(squashKey(key)));
    if (parts.length > 0) return { whole, parts };
  }
  return undefined;
}

/** A whole count is at least its outcomes (documents in ≥ translated + with errors); raised to their sum, kept in its written form. */
export function countedWholes(value: unknown): void {
  eachObject(value, (object) => {
    const found = partsOfWhole(object);
    if (found === undefined) return;
    const sum = found.parts.reduce((total, key) => total + (countOf(object[key]) as number), 0);
    if (sum <= (countOf(object[found.whole]) as number)) return;
    object[found.whole] = typeof object[found.whole] === 'string' ? String(sum) : sum;
  });
}
