/**
 * A reservation that came back as a hold (`hold_id`, status "on hold", a place in a queue) is told as a hold on
 * the thing the call named, by the id the call sent: "I placed a hold on book 4429259 (hold H4960753, status: on
 * hold); you are number 2 in the queue …", never "I reserved the book 8738839" with the hold record's own id.
 */
import { formatValue } from './result-facts.js';
import { isRecord, type Json } from './result-record.js';
import type { CallOutcome } from './call-outcome.js';

const HOLD_ID = /^hold_?id$/i;
const HOLD_STATUS = /\b(on[ _-]?hold|hold|wait[ _-]?list(ed)?|queued)\b/i;

/** The value of the first key matching `pattern`, said as a value. */
function valueOf(record: Json, pattern: RegExp): string | undefined {
  const key = Object.keys(record).find((field) => pattern.test(field));
  return key === undefined ? undefined : formatValue(record[key]);
}

/** The thing held, by the noun and id the call sent (`book_id: 4429259` for `library_reserve_book`). */
function heldThing(outcome: CallOutcome): string | undefined {
  const toolWords = outcome.tool.toLowerCase().split(/[^a-z]+/);
  const sent = Object.entries(outcome.arguments).flatMap(([key, value]) => {
    const noun = /^([a-z]+)_?id$/i.exec(key)?.[1]?.toLowerCase();
    return noun !== undefined && (typeof value === 'string' || typeof value === 'number') ? [{ noun, id: String(value) }] : [];
  });
  const held = sent.find((entry) => toolWords.includes(entry.noun)) ?? sent[0];
  return held === undefined ? undefined : `${held.noun} ${held.id}`;
}

/** A hold placed, with its hold id, status, place in the queue and dates, or undefined when the result is no hold. */
export function describeHold(outcome: CallOutcome, parsed: unknown): string | undefined {
  if (!isRecord(parsed)) return undefined;
  const record = parsed as Json;
  const status = typeof record['status'] === 'string' ? record['status'] : undefined;
  const holdId = valueOf(record, HOLD_ID);
  if (holdId === undefined && !(status !== undefined && HOLD_STATUS.test(status))) return undefined;
  const thing = heldThing(outcome);
  if (thing === undefined) return undefined;
  const aside = [holdId !== undefined ? `hold ${holdId}` : undefined, status !== undefined ? `status: ${status}` : undefined]
    .filter((part) => part !== undefined)
    .join(', ');
  const queue = valueOf(record, /^(queue_?position|position_?in_?queue|position)$/i);
  const pickup = valueOf(record, /^pick_?up(_?by|_?until|_?date)?$/i);
  const back = valueOf(record, /^return_?(date|by)$/i);
  const then = [
    queue !== undefined ? `you are number ${queue} in the queue` : undefined,
    pickup !== undefined ? `it is to be picked up by ${pickup}` : undefined,
    back !== undefined ? `returned by ${back}` : undefined,
  ].filter((part) => part !== undefined);
  const tail = then.length > 0 ? `; ${then.join(', ')}` : '';
  return `I placed a hold on ${thing}${aside !== '' ? ` (${aside})` : ''}${tail}.`;
}
