import { normalizeKey } from './record-projection.js';
import { parseInstant } from './world-date-ranges.js';
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

/** The noun an id field names (`fax_sid` → fax, `media_sid` → media). */
function idNoun(key: string): string | undefined {
  const match = /^(.+?)[_-]?(id|sid|key|guid|uuid)$/i.exec(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
  const noun = match?.[1]?.toLowerCase().replace(/[^a-z0-9]/g, '');
  return noun === undefined || noun.length < 2 ? undefined : noun;
}

/** The owner an id field names (`fax_sid` → fax, `bookingId` → booking), parts aside. */
function ownerNoun(key: string): string | undefined {
  const noun = idNoun(key);
  return noun === undefined || PART.test(noun) ? undefined : noun;
}

/** The part an id field names (a fax's `media_sid` → media). */
function partNoun(key: string): string | undefined {
  const noun = idNoun(key);
  return noun !== undefined && PART.test(noun) ? noun : undefined;
}

/** The creation stamps of the records of `world` that `accept` picks. */
function stamps(world: WorldTables, accept: (other: string, part: WorldRecord) => boolean): number[] {
  const found: number[] = [];
  for (const other of world.entities()) {
    for (const part of world.table(other).values()) {
      const time = accept(other, part) ? createdAt(part) : undefined;
      if (time !== undefined) found.push(time);
    }
  }
  return found;
}

/** The earliest creation of the parts made under an owner not yet drawn, by owner (`fax\u0000FX…`), kept in the world's facts. */
const PENDING = 'lineage\u0000';

function notePart(world: WorldTables, fields: Record<string, unknown>, entity: string, time: number): void {
  for (const [field, value] of Object.entries(fields)) {
    const noun = ownerNoun(field);
    if (noun === undefined || names(noun, entity) || !idValue(value)) continue;
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

/** Whether `fields` hold, under a field whose noun `pick` accepts and that names `entity`, the id `id`. */
function refers(fields: Record<string, unknown>, entity: string, id: unknown, pick: (key: string) => string | undefined): boolean {
  return Object.entries(fields).some(([field, value]) => {
    const noun = pick(field);
    return noun !== undefined && names(noun, entity) && String(value) === String(id);
  });
}

const idValue = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';

/**
 * The latest creation of the records `record` belongs to: those its id fields (and the call) name,
 * and those that name it as their part (the fax whose `media_sid` is this medium).
 */
function latestOwner(record: WorldRecord, owners: Record<string, unknown>, entity: string, world: WorldTables): number | undefined {
  const found = stamps(world, (other, candidate) => other !== entity && refers(candidate.fields, entity, record.id, partNoun));
  for (const [field, value] of Object.entries(owners)) {
    const noun = ownerNoun(field);
    if (noun === undefined || names(noun, entity) || !idValue(value)) continue;
    for (const other of world.entities().filter((candidate) => names(noun, candidate))) {
      const time = createdAt(world.table(other).get(String(value)));
      if (time !== undefined) found.push(time);
    }
  }
  return found.length === 0 ? undefined : Math.max(...found);
}

/**
 * The earliest creation of the records that belong to `record`: those whose id fields name it (or a
 * call named it for), and those its part fields name (a fax's `media_sid`).
 */
function earliestPart(record: WorldRecord, entity: string, world: WorldTables): number | undefined {
  const pending = world.facts.get(`${PENDING}${normalizeKey(entity)}\u0000${String(record.id)}`)?.['time'];
  const found = stamps(world, (other, part) => {
    if (other === entity) return false;
    if (refers(part.fields, entity, record.id, ownerNoun)) return true;
    return Object.entries(record.fields).some(([field, value]) => {
      const noun = partNoun(field);
      return noun !== undefined && names(noun, other) && idValue(value) && String(part.id) === String(value);
    });
  });
  if (typeof pending === 'number') found.push(pending);
  return found.length === 0 ? undefined : Math.min(...found);
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
  const owner = latestOwner(record, owners, entity, world);
  const part = earliestPart(record, entity, world);
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
