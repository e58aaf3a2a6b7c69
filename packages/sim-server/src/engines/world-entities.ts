/** One entity per id across a session: a record shown again states the facts it was shown with, another thing gets an id of its own. */
import { sha256Hex, isJsonObject } from '@inftool/core';
import { type Json, norm, flatArguments } from './world-fact-basics.js';

/** What a session's results showed of a record that carries an id: what kind of thing it is, and its facts. */
export interface SeenEntity {
  kind: string;
  facts: Json;
}

const ENTITY_ID_KEY = /^(id|key|sid|uuid|guid)$/i;
/** Keys that wrap the record they hold (`{"data": {...}}`): what is under them is of the kind above. */
export const WRAPPER_KEY =
  /^(data|result|results|item|items|record|records|response|payload|attributes|entries|entry|list|content|contents|values|value|node|nodes|edges|hits|objects|rows|details|detail|info)$/i;
const GENERIC_KIND = /^(data|result|item|record|entry|object|node|value|detail|info|other|related|parent|child)$/;

/** The kind of thing held under `key` (`organizations` → organization, `from_organization` → organization, `brandFamily` → family). */
export function kindOfKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const last = words[words.length - 1] ?? '';
  return last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.endsWith('s') && !/(ss|us|is)$/.test(last) ? last.slice(0, -1) : last;
}

/** A prefix that names what an id is of (`ocd-person/…`, `urn:organization:…`): its last word, and where it sits. */
const KIND_PREFIX = /^((?:[a-z]+[-:])*)([a-z]{3,})([/:])/;

/** An id another record of the session already holds, made new: its digits and hex runs redrawn, its shape kept. */
function remint(id: string | number, salt: string): string | number {
  const hash = sha256Hex(`${String(id)}\u0000${salt}`);
  let at = 0;
  const next = (): number => parseInt(hash[at++ % hash.length] as string, 16);
  if (typeof id === 'number')
    return Number.isInteger(id)
      ? Math.max(1, id + 1 + (parseInt(hash.slice(0, 6), 16) % Math.max(1000, Math.abs(id))))
      : id + 1 + (parseInt(hash.slice(0, 4), 16) % 1000);
  const hexRun = /[0-9a-fA-F]{6,}/;
  let changed = false;
  const redrawn = id.replace(/[0-9a-fA-F]{6,}|\d+/g, (run) => {
    if (!/\d/.test(run) && !hexRun.test(run)) return run;
    changed = true;
    const hex = /[a-fA-F]/.test(run) && hexRun.test(run);
    return run.replace(/./g, () => {
      const digit = next();
      if (!hex) return String(digit % 10);
      const drawn = digit.toString(16);
      return /[A-F]/.test(run) && !/[a-f]/.test(run) ? drawn.toUpperCase() : drawn;
    });
  });
  return changed && redrawn !== id ? redrawn : `${id}-${(parseInt(hash.slice(0, 6), 16) % 9000) + 1000}`;
}

/**
 * One entity per id across a session: the first object a result shows with an id (`id`, `key`,
 * `sid`…) binds that id to what it is (by the key it sits under, or the tool's entity at the top)
 * and to its facts. A later object with that id states the same facts; one of another kind, or a
 * second one in the same list, is another entity and gets an id of its own; a prefix that names a
 * kind (`ocd-person/…`) names the kind the object is. The record a call names (its id among the
 * arguments) keeps its id, and a write's result is what the record now is.
 */
export function oneEntityPerId(
  value: Json,
  args: Json,
  memory: Map<string, SeenEntity>,
  entity: string,
  write: boolean,
  valid?: (value: Json) => boolean,
  topId?: string | number,
): void {
  // a change the result's schema does not allow there (a remembered `classification` outside this field's enum) is not made
  const fits = valid !== undefined && valid(value) ? (): boolean => valid(value) : (): boolean => true;
  const pass: EntityPass = { memory, asked: argumentValues(args), thisResult: new Map(), fits, write, topId };
  visitEntity(pass, value, normalizeKind(entity), true, undefined);
}

/** What binding ids to entities works with over one result. */
interface EntityPass {
  memory: Map<string, SeenEntity>;
  /** Every value among the call's arguments, lower-cased: the ids the call names. */
  asked: Set<string>;
  /** The objects this result has shown so far, by id. */
  thisResult: Map<string, Json>;
  /** Whether the result still fits its schema. */
  fits: () => boolean;
  write: boolean;
  topId: string | number | undefined;
}

/** Every string or number among a call's arguments, lower-cased. */
function argumentValues(args: Json): Set<string> {
  const asked = new Set<string>();
  const collect = (entry: unknown): void => {
    if (Array.isArray(entry)) entry.forEach(collect);
    else if (isJsonObject(entry)) Object.values(entry).forEach(collect);
    else if (typeof entry === 'string' || typeof entry === 'number') asked.add(String(entry).toLowerCase());
  };
  collect(flatArguments(args));
  return asked;
}

/** Binds `object`'s id (or the id the read names, at the top) to it, then does the same for the objects it holds. */
function visitEntity(pass: EntityPass, object: Json, kind: string, top: boolean, siblings: Set<string> | undefined): void {
  const idKey = Object.keys(object).find(
    (key) =>
      ENTITY_ID_KEY.test(key) && (typeof object[key] === 'string' || typeof object[key] === 'number') && String(object[key]).length >= 3,
  );
  // the record a read names by its id argument (`place_id`) is that record, though it does not repeat the id
  const readId = idKey === undefined && top && pass.topId !== undefined ? pass.topId : undefined;
  if (readId !== undefined) rememberEntity(pass, object, String(readId), kind, undefined);
  if (idKey !== undefined) bindEntityId(pass, object, idKey, kind, top, siblings);
  for (const [key, child] of Object.entries(object)) {
    const childKind = WRAPPER_KEY.test(key) ? kind : kindOfKey(key);
    const childTop = top && WRAPPER_KEY.test(key) && !Array.isArray(child);
    if (Array.isArray(child)) {
      const ids = new Set<string>();
      for (const entry of child) if (isJsonObject(entry)) visitEntity(pass, entry, childKind, false, ids);
    } else if (isJsonObject(child)) visitEntity(pass, child, childKind, childTop, undefined);
  }
}

/** Gives `object` an id of its own where its id is another entity's, then binds the id to its facts. */
function bindEntityId(pass: EntityPass, object: Json, idKey: string, kind: string, top: boolean, siblings: Set<string> | undefined): void {
  let id = object[idKey] as string | number;
  const named = pass.asked.has(String(id).toLowerCase()) || top;
  if (!named) id = idOfKind(pass, id, kind);
  const clash = !named && idClashes(pass, object, idKey, id, kind, siblings);
  if (clash) id = freshId(pass, id, kind, object, siblings);
  const original = object[idKey];
  object[idKey] = id;
  if (id !== original && !pass.fits()) {
    object[idKey] = original as string | number;
    id = original as string | number;
  }
  siblings?.add(String(id));
  rememberEntity(pass, object, String(id), kind, idKey, clash);
  pass.thisResult.set(String(id), object);
}

/** An id whose prefix names another kind (`ocd-person/…` under `organizations`) renamed to this kind, where the session knows ids of that form. */
function idOfKind(pass: EntityPass, id: string | number, kind: string): string | number {
  if (typeof id !== 'string' || GENERIC_KIND.test(kind) || kind.length < 3) return id;
  const prefix = KIND_PREFIX.exec(id);
  const form = prefix === null ? undefined : `${prefix[1] ?? ''}${kind}${prefix[3] ?? ''}`;
  const known = (text: string): boolean => [...pass.memory.keys(), ...pass.thisResult.keys()].some((other) => other.startsWith(text));
  if (prefix !== null && form !== undefined && prefix[2] !== kind && known(form)) return `${form}${id.slice(prefix[0].length)}`;
  return id;
}

/** Whether `id` is already another entity's: a sibling's in the same list, another kind's, or another object's of this result. */
function idClashes(
  pass: EntityPass,
  object: Json,
  idKey: string,
  id: string | number,
  kind: string,
  siblings: Set<string> | undefined,
): boolean {
  const seen = pass.memory.get(String(id));
  return (
    (siblings?.has(String(id)) ?? false) ||
    (seen !== undefined &&
      seen.kind !== kind &&
      !GENERIC_KIND.test(kind) &&
      !GENERIC_KIND.test(seen.kind) &&
      otherThing(seen, object, idKey, kind)) ||
    (pass.thisResult.has(String(id)) && differs(pass.thisResult.get(String(id)) as Json, object))
  );
}

/** A new id in `id`'s shape that neither the session nor this result holds (five tries at most). */
function freshId(pass: EntityPass, id: string | number, kind: string, object: Json, siblings: Set<string> | undefined): string | number {
  let fresh = id;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    fresh = remint(fresh, `${kind}\u0000${attempt}\u0000${JSON.stringify(object).slice(0, 200)}`);
    if (!pass.memory.has(String(fresh)) && !(siblings?.has(String(fresh)) ?? false) && !pass.thisResult.has(String(fresh))) break;
  }
  return fresh;
}

/** Binds `key` to `object`'s facts, or states the facts the session already knows of it. */
function rememberEntity(pass: EntityPass, object: Json, key: string, kind: string, idKey: string | undefined, clash = false): void {
  const known = clash ? undefined : pass.memory.get(key);
  // scalar facts and lists of plain values (a podcast's `genre_ids`), each told the same by every later result
  const facts = Object.entries(object).filter(
    ([name, entry]) => name !== idKey && entry !== null && (typeof entry !== 'object' || factList(name, entry)),
  );
  if (known === undefined) pass.memory.set(key, { kind, facts: Object.fromEntries(facts) });
  else if (pass.write && pass.asked.has(key.toLowerCase())) for (const [name, entry] of facts) known.facts[name] = entry;
  else for (const [name, entry] of facts) restateFact(pass, object, known, name, entry);
}

/** States the fact `name` the session already knows of a record, unless the call names the new one or the result's schema does not allow it. */
function restateFact(pass: EntityPass, object: Json, known: SeenEntity, name: string, entry: unknown): void {
  const before = known.facts[name];
  if (
    before === undefined ||
    sameFact(before, entry) ||
    typeof before !== typeof entry ||
    Array.isArray(before) !== Array.isArray(entry) ||
    pass.asked.has(String(entry).toLowerCase())
  ) {
    known.facts[name] = entry;
    return;
  }
  object[name] = Array.isArray(before) ? structuredClone(before) : before;
  // what this result may not say otherwise is the latest fact of the record
  if (!pass.fits()) {
    object[name] = entry;
    known.facts[name] = entry;
  }
}

/** Lists a record holds that page or answer a query (a podcast's `episodes`): never a fact of it. */
const PAGED_LIST = /^(items|results|data|hits|entries|records|rows|list|episodes|matches|suggestions|recommendations|podcasts|posts)$/;

/** A list that is a fact of its record: plain values (`genre_ids: [93, 67]`) or its own parts (an organization's `districts`), not a page. */
function factList(name: string, entry: unknown): boolean {
  return (
    Array.isArray(entry) &&
    !PAGED_LIST.test(norm(name)) &&
    entry.every((item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' || isJsonObject(item))
  );
}

function sameFact(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b));
}

function normalizeKind(entity: string): string {
  return kindOfKey(entity) || 'record';
}

/**
 * Whether an object of `kind` is another thing than the one an id was first seen as (held under
 * `sponsor` then `participant` is one person; a person then a committee is two things): its id's
 * prefix names the other kind, or it states other facts (a party, then a classification).
 */
function otherThing(seen: SeenEntity, object: Json, idKey: string, kind: string): boolean {
  const id = String(object[idKey]);
  const prefix = KIND_PREFIX.exec(id)?.[2];
  if (prefix !== undefined && (prefix === seen.kind || prefix === kind)) return prefix !== kind;
  const keys = Object.keys(object)
    .filter((key) => key !== idKey && object[key] !== null && typeof object[key] !== 'object')
    .sort()
    .join();
  const told = Object.keys(seen.facts).filter((key) => !Array.isArray(seen.facts[key]));
  return keys !== told.sort().join();
}

/** Whether two objects with one id say different things (a name, a title) of it. */
function differs(a: Json, b: Json): boolean {
  if (a === b) return false;
  return ['name', 'title', 'full_name', 'display_name', 'label'].some(
    (key) => typeof a[key] === 'string' && typeof b[key] === 'string' && a[key] !== b[key],
  );
}
