import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';

/**
 * One collection and one owner per record across the tools of a conversation (docs/harness.md,
 * `world_consistent` (m), (n)):
 * (m) two listings of one collection agree on members: a listing that names its collection by the
 * same scope arguments (`indexKind`, `indexKey`) as a complete earlier or later listing, with as many
 * filters or more, lists only records the complete one lists (one may be a page or a subset of the
 * other, never another set), unless a write came between;
 * (n) a record that is a part of another (a fax's medium) belongs to exactly one owner: the same child
 * id is never listed under two parents (`fax_sid`), never the `media_sid` of two records, and the
 * parts of one owner carry one account;
 * (o) a status agrees with the numbers beside it: a fax or call that was never answered or is still
 * queued lasted 0 (`status: "no-answer"` with `duration: 3600` is rejected).
 */

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const ID_KEY = /^(id|key|sid|uuid|guid)$/;

/** Arguments that page, sort or shape a listing: never part of what it lists. */
const BOOKKEEPING =
  /^(limit|count|page|pagesize|perpage|pagenumber|offset|skip|start|top|size|maxresults|cursor|pagetoken|sort|sortby|order|orderby|format|fields|include|expand|lang|language|locale)$/;
const PAGING = /^(page|pagenumber|offset|skip|start|cursor|pagetoken)$/;
const LIMIT = /^(limit|count|pagesize|perpage|top|size|maxresults)$/;
/** An argument that names the collection (`indexKey`, `FaxSid`, `category_id`). */
const SCOPE = /(id|key|sid|uuid|guid)$/;

const idOf = (record: Fields): string | undefined => {
  const entry = Object.entries(record).find(
    ([key, value]) => ID_KEY.test(normalise(key)) && (typeof value === 'string' || typeof value === 'number') && String(value).length >= 3,
  );
  return entry === undefined ? undefined : String(entry[1]);
};

/** The ids of the records a result lists: the items of its first array of id'd records (at the top or one level down). */
function listedIds(data: unknown): string[] | undefined {
  const arrays: unknown[][] = [];
  if (Array.isArray(data)) arrays.push(data);
  else if (isRecord(data)) {
    for (const value of Object.values(data)) {
      if (Array.isArray(value)) arrays.push(value);
      else if (isRecord(value)) for (const inner of Object.values(value)) if (Array.isArray(inner)) arrays.push(inner);
    }
  }
  for (const array of arrays) {
    const records = array.filter(isRecord);
    if (records.length === 0 || records.length !== array.length) continue;
    const ids = records.map(idOf);
    if (ids.every((id): id is string => id !== undefined)) return ids;
  }
  return undefined;
}

/** Whether a result says more records follow (a `next…` link or cursor, `has_more: true`). */
function morePages(data: unknown): boolean {
  let more = false;
  const walk = (value: unknown, depth: number) => {
    if (!isRecord(value) || depth > 2) return;
    for (const [key, inner] of Object.entries(value)) {
      const name = normalise(key);
      if (
        /^(next|nextpage|nextpageurl|nextcursor|nextpagetoken|nexturi|nextlink)$/.test(name) &&
        inner !== null &&
        inner !== '' &&
        inner !== undefined
      )
        more = true;
      if (/^(hasmore|hasnext|more)$/.test(name) && inner === true) more = true;
      walk(inner, depth + 1);
    }
  };
  walk(data, 0);
  return more;
}

interface Listing {
  call: ReviewedCall;
  index: number;
  entity: string;
  filters: Map<string, string>;
  scope: string[];
  ids: string[];
  complete: boolean;
}

function listingOf(call: ReviewedCall, index: number, conversation: Conversation): Listing | undefined {
  if (call.rejected || errorResult(call) || typeof call.arguments !== 'object') return undefined;
  const { action, entity } = toolAction(call, conversation);
  if (action === 'create' || action === 'update' || action === 'delete') return undefined;
  const ids = listedIds(call.data);
  if (ids === undefined || ids.length === 0) return undefined;
  const filters = new Map<string, string>();
  let paged = false;
  let limit: number | undefined;
  for (const [name, value] of Object.entries(call.arguments)) {
    const key = normalise(name);
    if (PAGING.test(key) && value !== undefined && value !== null && value !== '' && value !== 0 && value !== 1) paged = true;
    if (LIMIT.test(key) && typeof value === 'number') limit = value;
    if (BOOKKEEPING.test(key) || !(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) continue;
    if (String(value) === '') continue;
    filters.set(key, String(value).toLowerCase());
  }
  const scope = [...filters.keys()].filter((key) => SCOPE.test(key));
  if (scope.length === 0) return undefined;
  // all of the collection: no later page, fewer than asked for (or than a default page of 10)
  const complete = !paged && !morePages(call.data) && ids.length < (limit ?? 10);
  return { call, index, entity, filters, scope, ids, complete };
}

/** Whether two listings list records of one entity: the same, or one tool named for the other's (`posts_get_latest` lists posts). */
function sameRecords(one: Listing, other: Listing): boolean {
  if (one.entity === other.entity) return true;
  const named = (listing: Listing, entity: string) =>
    (listing.call.name ?? listing.call.chatName)
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((word) => word === entity || word === `${entity}s`);
  return named(one, other.entity.toLowerCase()) || named(other, one.entity.toLowerCase());
}

/** Whether `narrow` asks for the records of `broad`'s collection, with the same filters or more. */
const within = (narrow: Listing, broad: Listing): boolean =>
  sameRecords(narrow, broad) &&
  broad.scope.every((key) => narrow.filters.get(key) === broad.filters.get(key)) &&
  [...broad.filters].every(([key, value]) => narrow.filters.get(key) === value);

/** (m) A listing of a collection that lists records a complete listing of it (as broad or broader) does not. */
export function disagreeingListings(conversation: Conversation): string[] {
  const problems: string[] = [];
  const calls = conversation.calls;
  const listings = calls.flatMap((call, index) => listingOf(call, index, conversation) ?? []);
  const writeBetween = (a: number, b: number) =>
    calls.slice(Math.min(a, b) + 1, Math.max(a, b)).some((call) => {
      if (call.rejected || errorResult(call)) return false;
      const { action } = toolAction(call, conversation);
      return action === 'create' || action === 'update' || action === 'delete';
    });
  for (const broad of listings) {
    if (!broad.complete) continue;
    const members = new Set(broad.ids.map((id) => id.toLowerCase()));
    for (const narrow of listings) {
      if (narrow === broad || !within(narrow, broad) || writeBetween(narrow.index, broad.index)) continue;
      const strays = narrow.ids.filter((id) => !members.has(id.toLowerCase()));
      if (strays.length === 0) continue;
      const scope = broad.scope.map((key) => `${key}=${broad.filters.get(key)}`).join(', ');
      problems.push(
        `${narrow.call.chatName}: lists ${strays.map((id) => JSON.stringify(id)).join(', ')} of ${scope}, which ${broad.call.chatName} lists in full without ${strays.length === 1 ? 'it' : 'them'}`,
      );
    }
  }
  return problems;
}

/** Entities that are parts of one record (a fax's medium, a message's attachment), never shared by two. */
const PART = /^(media|medium|attachment|image|photo|file|document|recording|thumbnail|avatar)s?$/;
const REFERENCE = /^(.+?)(id|sid|key|uuid)$/;
const ACCOUNT = /^(account|owner|tenant|workspace|organization|org)$/;
const singular = (noun: string) =>
  noun
    .replace(/(ies)$/, 'y')
    .replace(/(xes|ses)$/, (end) => end.slice(0, 1))
    .replace(/s$/, '');

/** The records a result is about: its top object and the items of its lists (not the objects those hold). */
function resultRecords(data: unknown): Fields[] {
  if (Array.isArray(data)) return data.filter(isRecord);
  if (!isRecord(data)) return [];
  const listed = Object.values(data).flatMap((value) => (Array.isArray(value) ? value.filter(isRecord) : []));
  return listed.length > 0 ? listed : [data];
}

/** The first value each key was said to hold, and by which tool: a second value for a key is a contradiction. */
class FirstSaid {
  private readonly said = new Map<string, Map<string, string>>();
  /** Records that `tool` says `key` holds `value`; the value and tool said before, when it was another. */
  say(key: string, value: string, tool: string): [string, string] | undefined {
    const values = this.said.get(key) ?? new Map<string, string>();
    const before = values.has(value) || values.size === 0 ? undefined : [...values][0]!;
    if (!values.has(value)) values.set(value, tool);
    this.said.set(key, values);
    return before;
  }
}

/** The noun of a tool's entity, its last word, singular (`fax_media` → media). */
const entityNoun = (entity: string): string =>
  singular(
    normalise(
      entity
        .split(/[^A-Za-z0-9]+|(?=[A-Z][a-z])/)
        .filter(Boolean)
        .at(-1) ?? entity,
    ),
  );

/** The ids of other records a record holds (`fax_sid`, `media_sid`, `account_sid`), each with the noun of what it names. */
function referencesOf(record: Fields, id: string): Array<{ noun: string; value: string }> {
  return Object.entries(record).flatMap(([key, value]) => {
    const match = REFERENCE.exec(normalise(key));
    return match && !ID_KEY.test(normalise(key)) && typeof value === 'string' && value.length >= 3 && value !== id
      ? [{ noun: singular(match[1]!), value }]
      : [];
  });
}

/** (n) A part that two records own, or the parts of one owner under several accounts. */
export function sharedParts(conversation: Conversation): string[] {
  const problems: string[] = [];
  const owners = new FirstSaid(); // `part id owner-noun` → owner id
  const accounts = new FirstSaid(); // `owner-noun owner-id` → account
  const claim = (part: string, noun: string, owner: string, tool: string) => {
    const before = owners.say(`${part} ${noun}`, owner, tool);
    if (before) problems.push(`${tool}: ${part} belongs to ${noun} ${owner}, but ${before[1]} has it under ${noun} ${before[0]}`);
  };
  // an owner and its parts under one account: `owner` is `fax FX…`, `noun` what said so
  const sameAccount = (owner: string, account: string, tool: string, noun: string) => {
    const before = accounts.say(owner, account, tool);
    if (before) problems.push(`${tool}: a ${noun} of ${owner} is under account ${account}, ${before[1]} put ${owner} under ${before[0]}`);
  };
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    const { action, entity } = toolAction(call, conversation);
    if (action === 'delete') continue;
    const ownNoun = entityNoun(entity);
    for (const record of resultRecords(call.data)) {
      const id = idOf(record);
      if (id === undefined) continue;
      const references = referencesOf(record, id);
      const account = references.find((reference) => ACCOUNT.test(reference.noun));
      if (account !== undefined) sameAccount(`${ownNoun} ${id}`, account.value, call.chatName, ownNoun);
      for (const reference of references) {
        if (ACCOUNT.test(reference.noun)) continue;
        // a record naming its part (a fax's `media_sid`): that part is this record's; a part naming its owner (`fax_sid`): it is that owner's
        if (PART.test(reference.noun) && !PART.test(ownNoun)) claim(reference.value, ownNoun, id, call.chatName);
        else if (PART.test(ownNoun)) {
          claim(id, reference.noun, reference.value, call.chatName);
          if (account !== undefined) sameAccount(`${reference.noun} ${reference.value}`, account.value, call.chatName, ownNoun);
        }
      }
    }
  }
  return problems;
}

/** Statuses of something that never ran, and the fields that say how long it ran. */
const NOT_RUN = /^(no[-_ ]?answer|busy|canceled|cancelled|queued|pending|scheduled|initiated|ringing|not[-_ ]?started)$/i;
const DURATION = /^(call_?)?duration(_?(s|sec|secs|seconds|ms|minutes))?$/i;

/** A trip's record (a flight with its origin or departure): its duration is planned by its timetable before it runs. */
const TRIP = /^(origin|destination|departure_?time|arrival_?time|flight_?number)$/i;

/**
 * (o) A record whose status says it never ran (`no-answer`, `queued`) with a duration above 0; a
 * scheduled trip's planned duration is no such record (a scheduled flight takes its 7 hours when it flies).
 */
export function idleDurations(conversation: Conversation): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, call: ReviewedCall) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, call));
    if (!isRecord(value)) return;
    const status = Object.entries(value).find(([key, entry]) => /^(status|state)$/i.test(key) && typeof entry === 'string')?.[1];
    if (typeof status === 'string' && NOT_RUN.test(status.trim()) && !Object.keys(value).some((key) => TRIP.test(key)))
      for (const [key, entry] of Object.entries(value))
        if (DURATION.test(key) && typeof entry === 'number' && entry > 0)
          problems.push(`${call.chatName}: ${idOf(value) ?? 'a record'} has status ${JSON.stringify(status)} but ${key} ${entry}`);
    Object.values(value).forEach((inner) => walk(inner, call));
  };
  for (const call of conversation.calls) if (!call.rejected && !errorResult(call)) walk(call.data, call);
  return problems;
}
