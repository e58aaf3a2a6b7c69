import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';
import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * What a write sent is what the world holds after it (docs/harness.md, `world_consistent` (ae), (af)):
 * (ae) a day a create or update sent (`end: 2025-07-21`) is the day of the record's parts of that name
 * wherever the record shows that day (a booking whose `end` is 2025-07-21 has no room rate ending
 * 2025-06-05); (af) a send to n recipients answers with at most n receipts (one SMS to one number gives
 * one message id, not three).
 */
type Json = Record<string, unknown>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WRITES = new Set(['create', 'update']);

const isWrite = (call: ReviewedCall, conversation: Conversation): boolean =>
  !call.rejected && !errorResult(call) && WRITES.has(toolAction(call, conversation).action);

/** The days a call sent, by their field's squashed name (inside a body too). */
function sentDays(args: unknown, into: Map<string, Set<string>>): void {
  if (!isJsonObject(args)) return;
  for (const [key, entry] of Object.entries(args))
    if (typeof entry === 'string' && DAY.test(entry)) into.set(squashKey(key), (into.get(squashKey(key)) ?? new Set()).add(entry));
    else if (isJsonObject(entry)) sentDays(entry, into);
}

/** Days beneath `object` in fields named `key` other than `day`. */
function otherDaysBeneath(object: Json, key: string, day: string): string[] {
  const found: string[] = [];
  for (const child of Object.values(object))
    eachObject(child, (inner) => {
      for (const [field, entry] of Object.entries(inner))
        if (squashKey(field) === key && typeof entry === 'string' && /^\d{4}-\d{2}-\d{2}/.test(entry) && entry.slice(0, 10) !== day)
          found.push(entry);
    });
  return found;
}

/** (ae) A record showing a day a write sent whose parts of the same field name hold another day. */
export function partsOffSentDays(conversation: Conversation): string[] {
  const problems: string[] = [];
  const sent = new Map<string, Set<string>>();
  for (const call of conversation.calls) {
    if (isWrite(call, conversation)) sentDays(call.arguments, sent);
    if (call.isError || call.data === undefined || sent.size === 0) continue;
    eachObject(call.data, (object) => {
      for (const [key, entry] of Object.entries(object)) {
        if (typeof entry !== 'string' || !sent.get(squashKey(key))?.has(entry)) continue;
        const others = otherDaysBeneath(object, squashKey(key), entry);
        if (others.length > 0)
          problems.push(`${call.chatName}: a record with the ${key} ${entry} that was sent has parts with ${key} ${others[0]}`);
      }
    });
  }
  return problems;
}

const RECIPIENTS = /^(destination|destinations|recipient|recipients|to|tonumber|numbers|phonenumbers|msisdn|msisdns)$/;
function recipients(args: unknown): number | undefined {
  if (!isJsonObject(args)) return undefined;
  for (const [key, entry] of Object.entries(args)) {
    if (RECIPIENTS.test(squashKey(key)))
      return Array.isArray(entry) ? entry.length || undefined : typeof entry === 'string' ? entry.split(',').length : undefined;
    const inner = isJsonObject(entry) ? recipients(entry) : undefined;
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** (af) A send answered with more receipts (records carrying a message id) than it had recipients. */
export function extraReceipts(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    const count = recipients(call.arguments);
    if (count === undefined || !isJsonObject(call.data) || toolAction(call, conversation).action !== 'create') continue;
    const holders = [call.data, ...Object.values(call.data).filter(isJsonObject)];
    for (const list of holders.flatMap((holder) => Object.values(holder).filter(Array.isArray)))
      if (
        list.length > count &&
        list.every((item) => isJsonObject(item) && Object.keys(item).some((key) => /^(messageid|sid|smsid|msgid)$/.test(squashKey(key))))
      )
        problems.push(`${call.chatName}: a send to ${count} recipient(s) answered with ${list.length} message receipts`);
  }
  return problems;
}
