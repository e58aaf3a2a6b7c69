import { isJsonObject, squashKey } from '@inftool/core';

/**
 * A send answers with one receipt per recipient it sent to (docs/sim-server.md, "Results that fit the
 * call"): one SMS to one number gives one message id, never three; a batch to three numbers gives at
 * most three. Works in place on a create's result.
 */
type Json = Record<string, unknown>;

const RECIPIENTS = /^(destination|destinations|recipient|recipients|to|tonumber|numbers|phonenumbers|msisdn|msisdns)$/;
const BODY = /^(body|requestbody|payload|data|message|messages)$/;
/** A receipt names what was sent by an id (`messageid`, `sid`, `id`). */
const RECEIPT_ID = /^(id|sid|uuid|messageid|msgid|smsid)$/;

/** How many recipients the call sent to, or undefined when it names none (or sent a list of messages). */
export function recipientCount(args: Json): number | undefined {
  for (const [key, entry] of Object.entries(args)) {
    const name = squashKey(key);
    if (RECIPIENTS.test(name)) {
      if (Array.isArray(entry)) return entry.length > 0 ? entry.length : undefined;
      if (typeof entry === 'string' || typeof entry === 'number')
        return String(entry)
          .split(',')
          .filter((part) => part.trim()).length;
    }
    if (BODY.test(name) && isJsonObject(entry)) {
      const inner = recipientCount(entry);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

const isReceipt = (item: unknown): boolean => isJsonObject(item) && Object.keys(item).some((key) => RECEIPT_ID.test(squashKey(key)));

/** The lists of receipts of a send's result (at its top or one level down) hold no more receipts than it had recipients. */
export function oneReceiptPerRecipient(value: Json, args: Json): void {
  const count = recipientCount(args);
  if (count === undefined) return;
  const lists = [value, ...Object.values(value).filter(isJsonObject)].flatMap((holder) =>
    Object.values(holder).filter((entry): entry is unknown[] => Array.isArray(entry) && entry.length > count && entry.every(isReceipt)),
  );
  for (const list of lists) list.splice(count);
}
