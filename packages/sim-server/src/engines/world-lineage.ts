import { normalizeKey } from './record-projection.js';
import { parseInstant } from './world-facts.js';
import type { WorldRecord, WorldTables } from './world-tables.js';

/**
 * A record is made after the records it belongs to and before its own parts: a fax's medium is
 * created after the fax (`fax_sid`), a fax before its media. The creation stamp a record is first
 * given is moved to fit the records of the world that are its owners or its parts; a stamp already
 * shown is never moved (it stays what the first result said).
 */

const CREATED = /^(created|createdat|createdon|createdtime|creationdate|creationtime|datecreated)$/;
const MINUTE = 60_000;

/** The record's creation field (`date_created`, `createdAt`), if it has one. */
export function createdKey(fields: Record<string, unknown>): string | undefined {
  return Object.keys(fields).find((key) => CREATED.test(normalizeKey(key)));
}

/** Parts of a record (a fax's `media_sid` names its medium): never its owner. */
const PART = /^(media|medium|attachment|image|photo|file|document|recording|thumbnail|avatar)s?$/;

/** The noun an id field names (`fax_sid` → fax, `bookingId` → booking), parts aside. */
function ownerNoun(key: string): string | undefined {
  const match = /^(.+?)[_-]?(id|sid|key|guid|uuid)$/i.exec(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
  const noun = match?.[1]?.toLowerCase().replace(/[^a-z0-9]/g, '');
  return noun === undefined || noun.length < 2 || PART.test(noun) ? undefined : noun;
}

/** The earliest creation of the parts made under an owner not yet drawn, by owner (`fax\u0000FX…`), kept in the world's facts. */
const PENDING = 'lineage\u0000';

function notePart(world: WorldTables, fields: Record<string, unknown>, entity: string, time: number): void {
  for (const [field, value] of Object.entries(fields)) {
    const noun = ownerNoun(field);
    if (noun === undefined || names(noun, entity) || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const key = `${PENDING}${singular(noun)}\u0000${String(value)}`;
    const before = world.facts.get(key)?.['time'];
    if (typeof before !== 'number' || time < before) world.facts.set(key, { time });
  }
}

const singular = (noun: string): string =>
  noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !/(ss|us|is)$/.test(noun) ? noun.slice(0, -1) : noun;

const names = (noun: string, entity: string): boolean => {
  const own = normalizeKey(entity);
  return own === noun || own === singular(noun);
};

function createdAt(record: WorldRecord | undefined): number | undefined {
  const key = record === undefined ? undefined : createdKey(record.fields);
  return key === undefined || record === undefined ? undefined : parseInstant(record.fields[key]);
}

/** `time` written like `text` (a day, an instant with or without milliseconds). */
function sameShape(text: string, time: number): string {
  const iso = new Date(time).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return iso.slice(0, 10);
  return /\.\d{3}Z$/.test(text) ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** The latest creation of the records `record` belongs to (by its id fields). */
function latestOwner(fields: Record<string, unknown>, entity: string, world: WorldTables): number | undefined {
  let latest: number | undefined;
  for (const [field, value] of Object.entries(fields)) {
    const noun = ownerNoun(field);
    if (noun === undefined || names(noun, entity) || (typeof value !== 'string' && typeof value !== 'number')) continue;
    for (const other of world.entities().filter((candidate) => names(noun, candidate))) {
      const time = createdAt(world.table(other).get(String(value)));
      if (time !== undefined && (latest === undefined || time > latest)) latest = time;
    }
  }
  return latest;
}

/** The earliest creation of the records that belong to `record` (whose id fields name it, or a call named it for). */
function earliestPart(record: WorldRecord, entity: string, world: WorldTables): number | undefined {
  const pending = world.facts.get(`${PENDING}${normalizeKey(entity)}\u0000${String(record.id)}`)?.['time'];
  let earliest: number | undefined = typeof pending === 'number' ? pending : undefined;
  for (const other of world.entities()) {
    if (other === entity) continue;
    for (const part of world.table(other).values()) {
      const belongs = Object.entries(part.fields).some(([field, value]) => {
        const noun = ownerNoun(field);
        return noun !== undefined && names(noun, entity) && String(value) === String(record.id);
      });
      const time = belongs ? createdAt(part) : undefined;
      if (time !== undefined && (earliest === undefined || time < earliest)) earliest = time;
    }
  }
  return earliest;
}

/** Moves a freshly drawn creation stamp of `record` after its owners' (its id fields, and `named` by the call) and before its parts'. */
export function createdInLineage(
  record: WorldRecord,
  entity: string,
  world: WorldTables,
  fresh: readonly string[],
  named: Record<string, unknown> = {},
): void {
  const key = createdKey(record.fields);
  if (key === undefined || !fresh.includes(key)) return;
  const text = record.fields[key];
  const time = parseInstant(text);
  if (time === undefined || typeof text !== 'string') return;
  const gap = ((world.recordSeed(entity, `${String(record.id)}\u0000lineage`) % 240) + 5) * MINUTE;
  const owners = { ...record.fields, ...named };
  const owner = latestOwner(owners, entity, world);
  const part = owner === undefined ? earliestPart(record, entity, world) : undefined;
  const moved = owner !== undefined && owner >= time ? owner + gap : part !== undefined && part <= time ? part - gap : undefined;
  // an owner drawn later is drawn before its parts
  notePart(world, owners, entity, moved ?? time);
  if (moved === undefined) return;
  record.fields[key] = sameShape(text, moved);
  // a later stamp of the record (`date_updated`) stays after it
  for (const [field, value] of Object.entries(record.fields)) {
    const later = parseInstant(value);
    if (typeof value === 'string' && /updat|modif/i.test(field) && later !== undefined && later < moved)
      record.fields[field] = sameShape(value, moved + gap);
  }
}

/** Fields that make a record a stay or a booking of one; the fields its stay starts on. */
const STAY = /^(bookedrooms|rooms|room|roomtype|hotel|hotelid|nights|numberofnights|accommodation|lodging|reservation)$/;
const STARTS = /^(start|startdate|checkin|checkindate|arrival|arrivaldate)$/;
const DAY = 86_400_000;

/** The day-or-instant values of `fields` (and of the objects a call sends them in, one level down) under a start's name. */
function startsIn(fields: Record<string, unknown>): number[] {
  const found: number[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, held] of Object.entries(value)) {
        const time = STARTS.test(normalizeKey(inner)) ? parseInstant(held) : undefined;
        if (time !== undefined && typeof held === 'string') found.push(time);
      }
    }
    const time = STARTS.test(normalizeKey(key)) && typeof value === 'string' ? parseInstant(value) : undefined;
    if (time !== undefined) found.push(time);
  }
  return found;
}

/**
 * A booking is made before its stay: a freshly drawn creation stamp of a record with rooms or a hotel
 * that falls after its stay's start (its own, or the one the call sends) moves to days before it.
 */
export function createdBeforeStay(
  record: WorldRecord,
  entity: string,
  world: WorldTables,
  fresh: readonly string[],
  sent: Record<string, unknown>,
): void {
  const key = createdKey(record.fields);
  if (key === undefined || !fresh.includes(key) || !Object.keys(record.fields).some((field) => STAY.test(normalizeKey(field)))) return;
  const text = record.fields[key];
  const time = parseInstant(text);
  const starts = [...startsIn(record.fields), ...startsIn(sent)];
  if (time === undefined || typeof text !== 'string' || starts.length === 0) return;
  const start = Math.min(...starts);
  if (time < start) return;
  const days = (world.recordSeed(entity, `${String(record.id)}\u0000stay`) % 40) + 3;
  record.fields[key] = sameShape(text, start - days * DAY + (time % DAY));
  for (const [field, value] of Object.entries(record.fields)) {
    const later = parseInstant(value);
    if (typeof value === 'string' && /updat|modif/i.test(field) && later !== undefined && later < start - days * DAY)
      record.fields[field] = sameShape(value, start - DAY);
  }
}
