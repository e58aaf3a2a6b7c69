import { canonicalJson, seedFrom } from '@inftool/core';
import {
  askedSubjects,
  countedDistributions,
  deletedStatus,
  distinctRows,
  filteredRows,
  GONE_WORDS,
  localCurrency,
  onePlacePerRecord,
  orderedSides,
  rowsInRange,
} from './world-fit.js';
import { coherentRecords } from './world-coherence.js';
import { coherentFields } from './world-record-fields.js';
import { meaningfulFields } from './world-fit-fillers.js';
import { uvRiskLevels } from './science-levels.js';
import { markedCaseNumbers } from './case-numbers.js';
import { keyedCompositions } from './compositions.js';
import { sentValuesEchoed } from './world-sent-body.js';
import { askedIdentifierHeld, sentDaysEverywhere, sentFirstsLead, tripOnAskedDay } from './world-sent-days.js';
import { sentDaysHeld } from './world-held-days.js';
import { oneReceiptPerRecipient } from './world-receipts.js';

type Json = Record<string, unknown>;

export interface FitOptions {
  args: Json;
  /** What the call does (`delete`, `read`, …). */
  action: string;
  valid: (candidate: Json) => boolean;
  /** `value` changed by `change` on a copy, if the change leaves it valid; else `value`. */
  kept: (value: Json, valid: (candidate: Json) => boolean, change: (copy: Json) => void) => Json;
  /** The scalars the session's earlier creates and updates sent: a sent day read back holds beneath its record too. */
  sent?: ReadonlySet<string>;
}

/**
 * The `world-fit` rules applied to one result, each kept only when the result still fits its
 * schema: the symbol and the place asked, a city's own region and coordinates, sides in order,
 * distributions that add up, rows within the filters and dates asked, no rows that differ only by id,
 * a deletion that says the record is gone, and the values, days and firsts the call sent
 * (`world-sent-body.ts`, `world-sent-days.ts`).
 */
export function fitCall(value: Json, { args, action, valid, kept, sent }: FitOptions): Json {
  const salt = seedFrom(canonicalJson(args));
  const write = action === 'create' || action === 'update';
  const steps: Array<(copy: Json) => void> = [
    (copy) => askedSubjects(copy, args),
    (copy) => onePlacePerRecord(copy, args, salt),
    (copy) => localCurrency(copy, args),
    (copy) => orderedSides(copy),
    (copy) => countedDistributions(copy),
    (copy) => filteredRows(copy, args),
    (copy) => rowsInRange(copy, args),
    (copy) => distinctRows(copy),
    (copy) => coherentRecords(copy, args),
    (copy) => coherentFields(copy, args),
    (copy) => meaningfulFields(copy),
    (copy) => uvRiskLevels(copy),
    (copy) => markedCaseNumbers(copy),
    (copy) => keyedCompositions(copy, args),
    (copy) => sentValuesEchoed(copy, args, write),
    (copy) => (write ? sentDaysEverywhere(copy, args) : undefined),
    (copy) => (sent === undefined ? undefined : sentDaysHeld(copy, sent)),
    (copy) => (action === 'create' ? oneReceiptPerRecipient(copy, args) : undefined),
    (copy) => tripOnAskedDay(copy, args),
    (copy) => sentFirstsLead(copy, args),
    (copy) => askedIdentifierHeld(copy, args),
  ];
  const result = steps.reduce((current, step) => kept(current, valid, step), value);
  if (action !== 'delete') return result;
  for (const word of GONE_WORDS) {
    const next = kept(result, valid, (copy) => void deletedStatus(copy, word));
    if (next !== result) return next;
  }
  return result;
}
