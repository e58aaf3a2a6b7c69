import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';
import { argumentTree, objectsOf, recordId, topRecord } from './world-consistency.js';

/**
 * What a record is given once stays its own (docs/harness.md, `world_consistent` (x)–(z)):
 * (x) its creation stamp (`createdAt`, `created_at`, `creation_date`) is the same in every result, writes
 * or not (an update changes a record, never when it was made);
 * (y) a value a write sent for one of its fields (a booking's contact `email`) reads back as sent until
 * another write sends that field again (a cancel that names the record does not rewrite its contact);
 * (z) a stay (a record with rooms or a hotel, or any `check_in`/`check_out`) ends at least a night after
 * it starts.
 */

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const CREATED = /^(created|createdat|createdon|createdtime|creationdate|creationtime|datecreated)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The scalar fields of a record and of its nested objects (not lists), by path (`contact.email`). */
function leaves(record: Fields, prefix = ''): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' || typeof value === 'number') found.push([`${prefix}${key}`, String(value)]);
    else if (isRecord(value)) found.push(...leaves(value, `${prefix}${key}.`));
  }
  return found;
}

/** The leaf names and values a call sent, nested ones too (`body.bookingContact.email` → email). */
function sentLeaves(call: ReviewedCall): Map<string, string> {
  const sent = new Map<string, string>();
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) return;
    if (isRecord(value)) for (const [inner, entry] of Object.entries(value)) walk(entry, inner);
    else if (typeof value === 'string' || typeof value === 'number') sent.set(normalise(key), String(value));
  };
  walk(argumentTree(call), '');
  return sent;
}

/** A record's id named for what the tool is about (`bookingId` in a result of `cancel_booking`). */
function namedId(record: Fields, tool: string): string | undefined {
  const words = tool.toLowerCase().split(/[^a-z]+/);
  for (const [key, value] of Object.entries(record)) {
    const stem = /^([a-z]+?)[_-]?id$/i.exec(key)?.[1]?.toLowerCase();
    if (
      stem !== undefined &&
      words.some((word) => word === stem || word === `${stem}s`) &&
      (typeof value === 'string' || typeof value === 'number')
    )
      return String(value);
  }
  return undefined;
}

/** The records of a result by id, each with its scalar leaves. */
function recordsOf(call: ReviewedCall, conversation: Conversation): Array<{ id: string; fields: Array<[string, string]> }> {
  const top = topRecord(call.data);
  const found: Array<{ id: string; fields: Array<[string, string]> }> = [];
  const named: Array<{ id: string; fields: Array<[string, string]> }> = [];
  for (const { record } of objectsOf(call.data)) {
    const id = recordId(record, record === top, call, conversation);
    if (id !== undefined) found.push({ id, fields: leaves(record) });
    const own = id === undefined ? namedId(record, call.chatName) : undefined;
    if (own !== undefined) named.push({ id: own, fields: leaves(record) });
  }
  // an id named for the tool that several records of one result share (`articleId` on an article's reviews) is their parent's
  const shared = new Set(named.filter((entry, index) => named.findIndex((other) => other.id === entry.id) !== index).map(({ id }) => id));
  return [...found, ...named.filter(({ id }) => !shared.has(id))];
}

/** (x) and (y): a creation stamp that moves, a sent value that a later result of the record no longer shows. */
export function movedStamps(conversation: Conversation): string[] {
  const problems: string[] = [];
  const created = new Map<string, { value: string; tool: string }>();
  const pinned = new Map<string, Map<string, { value: string; tool: string }>>();
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    const { action } = toolAction(call, conversation);
    const write = action === 'update' || action === 'create';
    const sent = write ? sentLeaves(call) : new Map<string, string>();
    for (const { id, fields } of recordsOf(call, conversation)) {
      const held = pinned.get(id) ?? new Map<string, { value: string; tool: string }>();
      for (const [path, value] of fields) {
        const leaf = normalise(path.split('.').pop() ?? path);
        if (CREATED.test(leaf)) {
          const before = created.get(`${id}\u0000${path}`);
          if (before !== undefined && before.value !== value)
            problems.push(`${call.chatName}: ${id} was created ${value}, ${before.tool} said ${before.value}`);
          created.set(`${id}\u0000${path}`, before ?? { value, tool: call.chatName });
          continue;
        }
        if (sent.has(leaf)) {
          if (sent.get(leaf) === value) held.set(path, { value, tool: call.chatName });
          else held.delete(path);
          continue;
        }
        const before = held.get(path);
        if (before !== undefined && before.value !== value)
          problems.push(`${call.chatName}: ${id} has ${path} ${value}, ${before.tool} set it to ${before.value}`);
      }
      pinned.set(id, held);
    }
  }
  return problems;
}

/** Fields that make a record a stay somewhere. */
const STAY = /^(bookedrooms|rooms|room|roomtype|hotel|hotelid|nights|numberofnights|accommodation|lodging)$/;
const SPANS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(checkin|checkindate)$/, /^(checkout|checkoutdate)$/],
  [/^(start|startdate|arrival|arrivaldate)$/, /^(end|enddate|departure|departuredate)$/],
];

/** (z) A stay whose last day is not after its first: no night at all. */
export function nightlessStays(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    for (const { record } of objectsOf(call.data)) {
      const keys = Object.keys(record);
      const stay = keys.some((key) => STAY.test(normalise(key)));
      for (const [start, end] of SPANS) {
        const from = keys.find((key) => start.test(normalise(key)));
        const to = keys.find((key) => end.test(normalise(key)));
        if (from === undefined || to === undefined || (!stay && !/check/i.test(from))) continue;
        const [first, last] = [record[from], record[to]];
        if (typeof first !== 'string' || typeof last !== 'string' || !DAY.test(first) || !DAY.test(last)) continue;
        if (Date.parse(last) <= Date.parse(first)) problems.push(`${call.chatName}: a stay from ${first} to ${last} has no night`);
      }
    }
  }
  return problems;
}
