import { eachObject, squashKey } from '@inftool/core';

/**
 * A bank transaction that tells two payments at once (`results_plausible`), judged with this file's own
 * small table: texts of different kinds of payment (a description "Salary…" with rawText "Monthly rent
 * payment"), cashback or a round-up above the amount, a pending or held transaction already settled.
 */
type Json = Record<string, unknown>;

const TEXT = /^(description|rawtext|message|holdinfo|narrative|memo)$/;
const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['salary', /\b(salary|payroll|wages)\b/i],
  ['rent', /\brent\b/i],
  ['refund', /\brefund/i],
  ['savings transfer', /\btransfer to savings\b/i],
  ['card purchase', /\b(card purchase|purchase at)\b/i],
  ['bill', /\b(direct debit|bill)\b/i],
];
const kindOf = (text: string): string | undefined => KINDS.find(([, pattern]) => pattern.test(text))?.[0];

function textProblems(object: Json): string[] {
  const kinds = new Map<string, string>();
  for (const [key, entry] of Object.entries(object)) {
    const kind = typeof entry === 'string' && TEXT.test(squashKey(key)) ? kindOf(entry) : undefined;
    if (kind !== undefined && !kinds.has(kind)) kinds.set(kind, key);
  }
  return kinds.size > 1 ? [`one transaction told as ${[...kinds].map(([kind, key]) => `${kind} (${key})`).join(' and ')}`] : [];
}

const numberOf = (entry: unknown): number | undefined => {
  const number = typeof entry === 'string' && entry.trim() !== '' ? Number(entry) : entry;
  return typeof number === 'number' && Number.isFinite(number) ? Math.abs(number) : undefined;
};
function amountProblems(object: Json): string[] {
  const amount = numberOf(object['amount']);
  if (amount === undefined) return [];
  return ['cashback', 'roundUp'].flatMap((key) => {
    const part = numberOf(object[key]);
    return part !== undefined && part > amount ? [`${key} ${String(object[key])} above the amount ${String(object['amount'])}`] : [];
  });
}

/** The transactions in `data` that tell two payments, pay back more than they cost, or settled while pending. */
export function twoStoryTransactions(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    if (!('amount' in object)) return;
    problems.push(...textProblems(object), ...amountProblems(object));
    const status = object['status'];
    if (typeof status === 'string' && /^(pending|held)$/i.test(status) && typeof object['settledAt'] === 'string')
      problems.push(`a ${status} transaction settled at ${object['settledAt']}`);
  });
  return problems;
}
