import type { Conversation } from './conversation.js';
import { errorResult } from './error-result.js';
import { objectsOf } from './world-consistency.js';

/**
 * When records were made agrees with what they belong to (docs/harness.md, `world_consistent` (aa)–(ac)):
 * (aa) a part is not created before its owner (a fax's medium, named by its `fax_sid`, dated before the
 * fax any result of the conversation showed; or named by the fax's `media_sid`);
 * (ab) a booking (a record with rooms or a hotel) is not created after its stay starts;
 * (ac) three records of one list or more are not all created at one instant to the second (three faxes
 * all `2025-03-28T18:55:30Z`).
 */

type Fields = Record<string, unknown>;
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const CREATED = /^(created|createdat|createdon|createdtime|creationdate|creationtime|datecreated)$/;
const OWN_ID = /^(id|sid|uuid|guid)$/;
const STAY = /^(bookedrooms|rooms|room|roomtype|hotel|hotelid|nights|numberofnights|accommodation|lodging)$/;
const STARTS = /^(start|startdate|checkin|checkindate|arrival|arrivaldate)$/;
const DAY = /^\d{4}-\d{2}-\d{2}/;

function createdOf(record: Fields): { key: string; text: string; time: number } | undefined {
  const key = Object.keys(record).find((name) => CREATED.test(normalise(name)));
  const text = key === undefined ? undefined : record[key];
  if (key === undefined || typeof text !== 'string' || !DAY.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : { key, text, time };
}

/** The noun an id field names (`fax_sid` → fax, `bookingId` → booking). */
function ownerNoun(key: string): string | undefined {
  const match = /^(.+?)[_-]?(id|sid)$/i.exec(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
  const noun = match?.[1]?.toLowerCase().replace(/[^a-z0-9]/g, '');
  return noun === undefined || noun.length < 2 || LATER.test(noun) || PART.test(noun) ? undefined : noun;
}

/** Parts a record names (a fax's `media_sid`): its own, made after it, never its owner. */
const PART = /^(media|medium|attachment|image|photo|file|document|recording|thumbnail|avatar)s?$/;

/** Whether an id field names a part of its record (`media_sid`, `attachmentId`). */
function namesPart(key: string): boolean {
  const noun = /^(.+?)[_-]?(id|sid)$/i.exec(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))?.[1];
  return noun !== undefined && PART.test(noun.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** Ids of records that come after this one (`replaced_by_id`, `last_message_id`): no owner. */
const LATER = /^(next|replacedby|successor|latest|last|newest|child|reply|response|followup|new)/;

/** (aa) A part dated before the owner it names, as the conversation showed the owner. */
export function partsBeforeOwners(conversation: Conversation): string[] {
  const made = new Map<string, { text: string; time: number; tool: string }>();
  const calls = conversation.calls.filter((call) => !call.rejected && !errorResult(call));
  for (const call of calls)
    for (const { record } of objectsOf(call.data)) {
      const created = createdOf(record);
      const idKey = Object.keys(record).find((key) => OWN_ID.test(normalise(key)));
      const id = idKey === undefined ? undefined : record[idKey];
      if (created !== undefined && (typeof id === 'string' || typeof id === 'number') && String(id).length >= 3)
        made.set(String(id), { text: created.text, time: created.time, tool: call.chatName });
    }
  const problems: string[] = [];
  for (const call of calls)
    for (const { record } of objectsOf(call.data)) {
      const created = createdOf(record);
      if (created === undefined) continue;
      for (const [key, value] of Object.entries(record)) {
        const owner = ownerNoun(key) === undefined || OWN_ID.test(normalise(key)) ? undefined : made.get(String(value));
        if (owner !== undefined && created.time < owner.time && created.text.slice(0, 10) !== owner.text.slice(0, 10))
          problems.push(
            `${call.chatName}: a record of ${key} ${String(value)} was created ${created.text}, before it (${owner.tool}: ${owner.text})`,
          );
        // the part a record names (a fax's `media_sid`), shown dated before the record
        const part = namesPart(key) ? made.get(String(value)) : undefined;
        if (part !== undefined && part.time < created.time && part.text.slice(0, 10) !== created.text.slice(0, 10))
          problems.push(`${call.chatName}: its ${key} ${String(value)} was created ${part.text}, before it (${created.text})`);
      }
    }
  return problems;
}

/** (ab) A booking created after the day its stay starts. */
export function bookedAfterStay(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    for (const { record } of objectsOf(call.data)) {
      const created = createdOf(record);
      if (created === undefined || !Object.keys(record).some((key) => STAY.test(normalise(key)))) continue;
      const startKey = Object.keys(record).find((key) => STARTS.test(normalise(key)));
      const start = startKey === undefined ? undefined : record[startKey];
      if (typeof start !== 'string' || !DAY.test(start)) continue;
      if (created.text.slice(0, 10) > start.slice(0, 10))
        problems.push(`${call.chatName}: a booking created ${created.text} for a stay from ${start}`);
    }
  }
  return problems;
}

/** (ac) Three records of one list or more, all created at one instant to the second. */
export function sharedCreationInstants(conversation: Conversation): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, tool: string): void => {
    if (Array.isArray(value)) {
      const stamps = value.map((item) => (typeof item === 'object' && item !== null ? createdOf(item as Fields) : undefined));
      const texts = stamps.map((stamp) => stamp?.text);
      const first = texts[0];
      if (value.length >= 3 && first !== undefined && /T\d{2}:\d{2}:\d{2}/.test(first) && texts.every((text) => text === first))
        problems.push(`${tool}: ${value.length} records all created at ${first}`);
    }
    if (typeof value === 'object' && value !== null) for (const inner of Object.values(value)) walk(inner, tool);
  };
  for (const call of conversation.calls) if (!call.rejected && !errorResult(call)) walk(call.data, call.chatName);
  return problems;
}

/** Every way a conversation's records are made out of order. */
export function lineageProblems(conversation: Conversation): string[] {
  return [...partsBeforeOwners(conversation), ...bookedAfterStay(conversation), ...sharedCreationInstants(conversation)];
}
