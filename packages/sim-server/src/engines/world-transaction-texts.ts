import { eachObject, squashKey } from '@inftool/core';
import { FIELD_SENTENCES } from './values/kinds.js';
/**
 * A bank transaction told as one story (docs/sim-server.md, "Results that fit the call"): its texts
 * (`description`, `rawText`, `message`, `holdInfo`) tell one payment, its cashback and round-up are
 * cents beside its amount, and a pending or held one is not settled yet. Works in place.
 */
type Json = Record<string, unknown>;

const STORIES: readonly string[] = FIELD_SENTENCES.banking ?? [];
const TEXT = /^(description|rawtext|message|holdinfo|narrative|memo|reference)$/;

/** The transaction's texts drawn from the story pool tell the story its first one tells. */
function oneText(object: Json): void {
  const texts = Object.keys(object).filter((key) => TEXT.test(squashKey(key)) && STORIES.includes(object[key] as string));
  const story = object['description'] ?? object[texts[0] ?? ''];
  if (typeof story !== 'string' || !STORIES.includes(story)) return;
  for (const key of texts) object[key] = story;
}

const amountOf = (entry: unknown): number | undefined => {
  const number = typeof entry === 'string' ? Number(entry) : entry;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};
const sameKind = (like: unknown, number: number): string | number => (typeof like === 'string' ? number.toFixed(2) : number);

/** Cashback is at most a tenth of the amount, a round-up what lifts it to the next dollar. */
function smallBeside(object: Json): void {
  const amount = amountOf(object['amount']);
  if (amount === undefined || amount === 0) return;
  const whole = Math.abs(amount);
  const cashback = amountOf(object['cashback']);
  if (cashback !== undefined && Math.abs(cashback) > whole / 10)
    object['cashback'] = sameKind(object['cashback'], Math.round(whole * 2) / 100);
  const roundUp = amountOf(object['roundUp']);
  if (roundUp !== undefined && Math.abs(roundUp) >= 1)
    object['roundUp'] = sameKind(object['roundUp'], Math.round((Math.ceil(whole) - whole) * 100) / 100);
}

/** Transactions tell one payment each; a pending or held one has no settlement time. */
export function oneStoryPerTransaction(value: unknown): void {
  eachObject(value, (object) => {
    oneText(object);
    if ('cashback' in object || 'roundUp' in object) smallBeside(object);
    const status = object['status'];
    if (typeof status === 'string' && /^(pending|held|authori[sz]ed)$/i.test(status) && typeof object['settledAt'] === 'string')
      object['settledAt'] = null;
  });
}
