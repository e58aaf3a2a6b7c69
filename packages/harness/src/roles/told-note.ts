/**
 * A result that says what happened in a sentence of its own (`note`, `message`, `status`, `detail`) beside only
 * the values the call sent: that sentence is the answer ("Sides 35.65, 9.59 and 10.89 make no triangle: …",
 * "No 2022 season statistics of Mohamed Salah are on record."), never "the service accepted the request" nor
 * "the note is “…”".
 */
import type { CallOutcome } from './call-outcome.js';
import { isRecord, type Json } from './result-record.js';

/** Keys a result states its outcome under, in a sentence. */
const NOTE_KEY = /^(note|notes|message|msg|detail|details|status|result|reason|explanation|info|comment|remark)$/i;
/** A sentence: a capital or a digit first, three words or more, a full stop (or a closing quote after it) last. */
const SENTENCE = /^["“]?[A-Z0-9][^]*\s\S+\s[^]*[.!?]["”]?$/;
/** A clause of four words or more with a verb-like word in it ("is", "was", "has", "no"), not a name or a title. */
const CLAUSE = /^(?=(?:\S+\s+){3,}\S)(?=.*\b(?:is|are|was|were|has|have|had|no|not|could|can|cannot|will|did)\b)[^\n]{12,400}$/;
/** A short status word beside the sentence (`"status": "no result on record"`): said by the sentence. */
const STATUS_WORD = /^[a-z][a-z _-]{0,30}$/i;

/** Whether a result's value only repeats what the call sent under the same key. */
function echoes(args: Record<string, unknown>, key: string, value: unknown): boolean {
  return key in args && JSON.stringify(args[key]) === JSON.stringify(value);
}

/** The one sentence a result says beside echoes and short status words, or undefined. */
export function notedSentence(args: Record<string, unknown>, parsed: unknown): string | undefined {
  if (!isRecord(parsed)) return undefined;
  const own = Object.entries(parsed as Json).filter(([key, value]) => value !== null && !echoes(args, key, value));
  const notes = own.filter(
    ([key, value]) =>
      NOTE_KEY.test(key) &&
      typeof value === 'string' &&
      (SENTENCE.test(value.trim()) || (!/^status$/i.test(key) && CLAUSE.test(value.trim()))),
  );
  if (notes.length !== 1) return undefined;
  const [noteKey, note] = notes[0] as [string, string];
  const rest = own.filter(([key]) => key !== noteKey);
  if (!rest.every(([key, value]) => NOTE_KEY.test(key) && typeof value === 'string' && STATUS_WORD.test(value))) return undefined;
  const text = note.trim();
  // a clause the service wrote in lower case or without its full stop ("exp(-x) * x is not a polynomial") is what it says
  if (SENTENCE.test(text)) return text;
  return `The service says ${/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text}${/[.!?]$/.test(text) ? '' : '.'}`;
}

/** The result told by its own sentence, when that is all it says beside the call's values. */
export function describeNote(outcome: CallOutcome, parsed: unknown): string | undefined {
  return notedSentence(outcome.arguments, parsed);
}

/** Status words of a request refused or failed, and of one still waiting. */
const REFUSED =
  /^(rj|er|error|errored|fail|failed|failure|rejected|declined|denied|refused|invalid|unavailable|not[ _-]?found|forbidden|blocked)$/i;
const WAITING =
  /^(pending|queued|processing|in[ _-]?progress|in[ _-]?review|under[ _-]?review|awaiting[ _a-z-]*|on[ _-]?hold|held|scheduled|submitted|received)$/i;
const DONE = /^(ok|okay|success|successful|succeeded|accepted|done|completed?|confirmed|approved|created|applied|sent|delivered)$/i;

/**
 * A result with nothing to tell but its status, told as the status says: refused, waiting, accepted, or, with no
 * status at all, that nothing came back beyond what was sent. `task` is the request in words ("append a text").
 */
export function statusOnly(task: string, status: string | undefined): string {
  const word = status?.trim();
  if (word === undefined || word === '') return `The service returned nothing beyond what was sent to ${task}.`;
  if (REFUSED.test(word)) return `The service refused the request to ${task} (status: ${word}).`;
  if (WAITING.test(word)) return `The request to ${task} is not done yet: its status is ${word}.`;
  if (DONE.test(word)) return `The service accepted the request to ${task} (status: ${word}).`;
  // a status sentence is what the service said; another word is its status, never read as accepted
  return /\s\S+\s/.test(word)
    ? `The service said: “${word.replace(/[.]$/, '')}”.`
    : `The request to ${task} came back with status ${word}.`;
}
