import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';
import { deafSearches, unansweredSearches } from './search-consistency.js';
import { disagreeingListings, idleDurations, sharedParts } from './world-collections.js';

/**
 * One world across a conversation, read off the results (docs/harness.md, `world_consistent`):
 * (a) a record (same id) keeps its scalar facts from result to result unless a write named it between;
 * (b) the call's filters hold for the records it returns (a scalar filter and the records' field of the
 * same name; date-range filters for the date field they name); (c) within one record, a part is at most
 * its total (`active_cases` ≤ `total_cases`) and a record is updated no earlier than it was created;
 * (d) one list does not hold two records (distinct ids) of the same name; (e) a lookup by a list of ids
 * (`postKeys`, `ids`, also inside a JSON body) answers with those ids; (f) a list filtered by a place
 * (`region`, `country`, `city`…) holds no sibling record named for another place; (g) a lookup by a
 * field of a record seen in the conversation (`reference`, `slug`, `code`…) answers with that record's id;
 * (h) the record a call answers with (the top record or the one in its `data` wrapper) carries the value
 * the call sent for a field of the same name (coordinates asked for, the `adults` a booking was updated to);
 * (i), (j) searches answer their terms (search-consistency.ts).
 */

const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Fields that change without a write, or only echo the request: never compared across results. */
const VOLATILE =
  /^(timestamp|time|now|date|requestid|traceid|updatedat|modifiedat|lastupdated|lastmodified|datemodified|dateupdated|updated|modified|etag|version|status|state|message|count|total|page|pagesize|limit|offset|cursor|next|nextcursor|score|rank|q|query)$/;
const ID_KEY = /^(id|key|sid|uuid|guid)$/;

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object of a result with the key it sits under (`undefined` at the top) and its depth. */
export function objectsOf(data: unknown): Array<{ record: Fields; under: string | undefined }> {
  const found: Array<{ record: Fields; under: string | undefined }> = [];
  const walk = (value: unknown, under: string | undefined) => {
    if (Array.isArray(value)) for (const item of value) walk(item, under);
    else if (isRecord(value)) {
      found.push({ record: value, under });
      for (const [key, inner] of Object.entries(value)) walk(inner, key);
    }
  };
  walk(data, undefined);
  return found;
}

const scalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

export function argumentStrings(call: ReviewedCall): Set<string> {
  const values = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isRecord(value)) Object.values(value).forEach(walk);
    else if (scalar(value)) values.add(String(value).toLowerCase());
  };
  if (typeof call.arguments === 'object') walk(call.arguments);
  return values;
}

/** The id of a record: its own `id`/`key`/`sid`, or (the top record of a read by id) the id the call asked for. */
export function recordId(record: Fields, top: boolean, call: ReviewedCall, conversation: Conversation): string | undefined {
  for (const [key, value] of Object.entries(record))
    if (ID_KEY.test(normalise(key)) && (typeof value === 'string' || typeof value === 'number') && String(value).length >= 3)
      return String(value);
  if (!top || typeof call.arguments !== 'object') return undefined;
  const { action, idParameter } = toolAction(call, conversation);
  const asked = idParameter === undefined ? undefined : call.arguments[idParameter];
  return (action === 'read' || action === 'update') && (typeof asked === 'string' || typeof asked === 'number') ? String(asked) : undefined;
}

/** The record a result is about: the top object, or the one under a single `data`/`result` wrapper. */
export function topRecord(data: unknown): Fields | undefined {
  if (!isRecord(data)) return undefined;
  const keys = Object.keys(data);
  const inner = keys.length === 1 ? data[keys[0]!] : undefined;
  return keys.length === 1 && /^(data|result|item|record)$/i.test(keys[0]!) && isRecord(inner) ? inner : data;
}

/** (a) The same record with another value for one of its facts, and no write naming it between. */
export function changedFacts(conversation: Conversation): string[] {
  const problems: string[] = [];
  const known = new Map<string, Map<string, { value: string | number | boolean; tool: string }>>();
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    const { action } = toolAction(call, conversation);
    const asked = argumentStrings(call);
    // A write that names a record (by id in its arguments) may change it: forget what was known.
    if (action !== 'read' && action !== 'list') for (const id of [...known.keys()]) if (asked.has(id.toLowerCase())) known.delete(id);
    if (action === 'delete') continue;
    const top = topRecord(call.data);
    for (const { record } of objectsOf(call.data)) {
      const id = recordId(record, record === top, call, conversation);
      if (id === undefined) continue;
      const facts = known.get(id) ?? new Map<string, { value: string | number | boolean; tool: string }>();
      // a value the call sent may be the record's view (`get_article(id, language)`); a record a read lists
      // or holds (a podcast of `get_best_podcasts(language: "cs")` told "en" before) is not relabelled by it
      const named = record === top || asked.has(id.toLowerCase());
      for (const [key, value] of Object.entries(record)) {
        const name = normalise(key);
        if (!scalar(value) || ID_KEY.test(name) || VOLATILE.test(name) || (named && asked.has(String(value).toLowerCase()))) continue;
        const before = facts.get(name);
        if (before !== undefined && before.value !== value && action !== 'update' && action !== 'create')
          problems.push(`${call.chatName}: ${id} has ${key} ${JSON.stringify(value)}, ${before.tool} said ${JSON.stringify(before.value)}`);
        facts.set(name, { value, tool: call.chatName });
      }
      known.set(id, facts);
    }
  }
  return problems;
}

/** A date-range filter's field and side: `DateCreatedOnOrBefore` → created, ≤; `updated_after` → updated, ≥; `since` → any date field, ≥. */
function dateFilter(name: string): { field: string | undefined; side: 'max' | 'min' } | undefined {
  const match = /^(.*?)(onorbefore|onorafter|before|after|since|until|from|to)$/.exec(normalise(name));
  if (!match) return undefined;
  const [, field, word] = match as unknown as [string, string, string];
  if ((word === 'from' || word === 'to') && field === '') return undefined; // `from`/`to` alone are places or numbers as often as dates
  return {
    field: field === '' ? undefined : field.replace(/^date/, '').replace(/(date|at|time|on)$/, ''),
    side: /before|until|to/.test(word) ? 'max' : 'min',
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/;
const dayOf = (text: string) => text.slice(0, 10);

/**
 * The records a call selects: the result's top object, the objects around its lists and the items
 * of those lists — not the objects a listed record holds of its own (a person's offices and
 * jurisdiction), which a filter on the listed records does not select.
 */
function selectedRecords(data: unknown): Set<Fields> {
  const selected = new Set<Fields>();
  const walk = (value: unknown, inList: boolean) => {
    if (Array.isArray(value)) for (const item of value) walk(item, true);
    else if (isRecord(value)) {
      selected.add(value);
      if (!inList) for (const inner of Object.values(value)) walk(inner, false);
    }
  };
  walk(data, false);
  return selected;
}

/** The field a `<noun>Kind`/`<noun>_type`/`<noun>Status` filter names when its noun is what the tool is about (`postKind` on `posts_get_latest` → `kind`). */
function ownKind(name: string, tool: string): string | undefined {
  const match = /^([a-z]+)_?(kind|type|status|category)$/i.exec(name);
  if (!match) return undefined;
  const noun = match[1]!.toLowerCase();
  const words = tool.toLowerCase().split(/[^a-z]+/);
  return words.some((word) => word === noun || word === `${noun}s` || word === `${noun}es`) ? match[2]!.toLowerCase() : undefined;
}

/** (b) The records' own dates that fall outside a date filter of the call (`created_after` → a `createdAt` before it). */
function outsideDates(
  tool: string,
  name: string,
  value: string,
  range: NonNullable<ReturnType<typeof dateFilter>>,
  records: ReturnType<typeof objectsOf>,
): string[] {
  const problems: string[] = [];
  for (const { record } of records) {
    for (const [key, field] of Object.entries(record)) {
      if (typeof field !== 'string' || !DATE.test(field)) continue;
      const stem = normalise(key)
        .replace(/^date/, '')
        .replace(/(date|at|time|on)$/, '');
      if (range.field !== undefined ? stem !== range.field : !/^(created|date|published|timestamp|)$/.test(stem)) continue;
      const outside = range.side === 'max' ? dayOf(field) > dayOf(value) : dayOf(field) < dayOf(value);
      if (outside) problems.push(`${tool}: ${name}=${value} but ${key} is ${field}`);
    }
  }
  return problems;
}

/** (b) Records that contradict a filter the call passed. */
export function ignoredFilters(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || typeof call.arguments !== 'object') continue;
    const { action, idParameter } = toolAction(call, conversation);
    if (action === 'create' || action === 'update' || action === 'delete') continue; // a write's arguments are the new values, not filters
    const records = objectsOf(call.data);
    const selected = selectedRecords(call.data);
    for (const [name, value] of Object.entries(call.arguments)) {
      if (name === idParameter) continue; // state_consistent judges reads by id
      const range = typeof value === 'string' && DATE.test(value) ? dateFilter(name) : undefined;
      if (range) {
        problems.push(...outsideDates(call.chatName, name, value as string, range, records));
        continue;
      }
      const wanted =
        typeof value === 'string'
          ? [value]
          : Array.isArray(value) && value.every((item) => typeof item === 'string')
            ? (value as string[])
            : [];
      // A filter is a word or a name, not a search pattern or free text.
      if (wanted.length === 0 || wanted.some((item) => item.length < 2 || item.length > 40 || /[*%?]/.test(item) || DATE.test(item)))
        continue;
      const key = normalise(name);
      // `postKind` on a tool about posts is the posts' `kind` (`indexKind` on it is not); `default`/`all` selects every kind
      const kindOf = ownKind(name, call.name ?? call.chatName);
      if (kindOf !== undefined && wanted.some((item) => /^(default|all|any)$/i.test(item))) continue;
      for (const { record, under } of records) {
        // the filter selects the records the result lists, not the parts each holds (a person's `offices`, a bill's `jurisdiction`)
        const own = selected.has(record)
          ? (Object.entries(record).find(([field]) => normalise(field) === key)?.[1] ??
            (kindOf === undefined || Object.keys(record).some((field) => normalise(field) === key)
              ? undefined
              : Object.entries(record).find(([field]) => normalise(field) === kindOf)?.[1]))
          : undefined;
        // A record listed under the filter's own noun (`regions: [{name}]`) is named by its `name`.
        const named = own === undefined && under !== undefined && normalise(under).replace(/s$/, '') === key ? record['name'] : undefined;
        const field = own ?? named;
        if (typeof field !== 'string') continue;
        // a filter by the thing's number (`jurisdiction: "1825645"`) is met by its id, whatever its name
        if (named !== undefined && wanted.some((item) => /^\d+$/.test(item) && String(record['id']) === item)) continue;
        const text = field.toLowerCase();
        if (!wanted.some((item) => text === item.toLowerCase() || text.includes(item.toLowerCase()) || sameValue(item, field)))
          problems.push(
            `${call.chatName}: ${name}=${JSON.stringify(value)} but a record has ${own !== undefined ? name : `${under} name`} ${JSON.stringify(field)}`,
          );
      }
    }
  }
  return problems;
}

/** (c) Within one record: a part above its total, an update before the creation. */
export function impossibleRecords(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    for (const { record } of objectsOf(call.data)) {
      const entries = Object.entries(record).map(([key, value]) => [key, normalise(key), value] as const);
      for (const [totalKey, total, totalValue] of entries) {
        const part = /^total(.+)$|^(.+)total$/.exec(total);
        if (!part || typeof totalValue !== 'number') continue;
        const noun = (part[1] ?? part[2])!.replace(/count$/, '');
        for (const [key, name, value] of entries) {
          if (
            key === totalKey ||
            typeof value !== 'number' ||
            !name.endsWith(noun) ||
            /total|percent|ratio|rate|avg|average|mean/.test(name)
          )
            continue;
          if (value > totalValue) problems.push(`${call.chatName}: ${key} ${value} is more than ${totalKey} ${totalValue}`);
        }
      }
      for (const [key, name, value] of entries) {
        if (typeof value !== 'string' || !DATE.test(value) || !/updated|modified/.test(name)) continue;
        const createdName = name.replace(/updated|modified/, 'created');
        const created = entries.find(([, other]) => other === createdName)?.[2];
        if (typeof created === 'string' && DATE.test(created) && Date.parse(value) < Date.parse(created))
          problems.push(`${call.chatName}: ${key} ${value} is before ${createdName} ${created}`);
      }
    }
  }
  return problems;
}

/** (d) One list holding two records (distinct ids) of the same name: "type 2 diabetes mellitus" for two diseases asked by two ids. */
export function twinRecords(conversation: Conversation): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, call: ReviewedCall) => {
    if (Array.isArray(value)) {
      const seen = new Map<string, string>();
      for (const item of value) {
        if (!isRecord(item)) continue;
        const name = item['name'] ?? item['title'];
        const idEntry = Object.entries(item).find(
          ([key, id]) => ID_KEY.test(normalise(key)) && (typeof id === 'string' || typeof id === 'number'),
        );
        if (typeof name !== 'string' || name.trim().length < 3 || idEntry === undefined) continue;
        const id = String(idEntry[1]);
        const other = seen.get(name.toLowerCase());
        if (other !== undefined && other !== id)
          problems.push(`${call.chatName}: ${other} and ${id} are both named ${JSON.stringify(name)}`);
        seen.set(name.toLowerCase(), id);
      }
      value.forEach((item) => walk(item, call));
    } else if (isRecord(value)) Object.values(value).forEach((item) => walk(item, call));
  };
  for (const call of conversation.calls) if (!call.rejected && !errorResult(call)) walk(call.data, call);
  return problems;
}

/** A call's arguments with JSON-object strings (request bodies) parsed, so their fields count as arguments. */
/** A call's arguments with JSON request bodies opened (`body: "{\"target\": [...]}"` → its object). */
export function argumentTree(call: ReviewedCall): Fields {
  if (typeof call.arguments !== 'object') return {};
  const open = (value: unknown): unknown => {
    if (typeof value === 'string' && /^\s*\{/.test(value)) {
      try {
        return open(JSON.parse(value) as unknown);
      } catch {
        return value;
      }
    }
    if (Array.isArray(value)) return value.map(open);
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, open(inner)]));
    return value;
  };
  return open(call.arguments) as Fields;
}

/** Every (name, value) leaf of an argument tree, arrays kept whole. */
function argumentLeaves(tree: Fields): Array<[string, unknown]> {
  const leaves: Array<[string, unknown]> = [];
  const walk = (fields: Fields) => {
    for (const [key, value] of Object.entries(fields)) {
      if (isRecord(value)) walk(value);
      else leaves.push([key, value]);
    }
  };
  walk(tree);
  return leaves;
}

/** Every scalar of a result, lower-cased (map keys too: a map keyed by id names its records by their keys). */
function resultStrings(data: unknown): Set<string> {
  const values = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isRecord(value))
      for (const [key, inner] of Object.entries(value)) {
        values.add(key.toLowerCase());
        walk(inner);
      }
    else if (scalar(value)) values.add(String(value).toLowerCase());
  };
  walk(data);
  return values;
}

/** Whether a result names records by id at all (an `id`/`key`/… field or a `…Id`/`…Key` field holding a string or number). */
function holdsIds(data: unknown): boolean {
  return objectsOf(data).some(({ record }) =>
    Object.entries(record).some(
      ([key, value]) =>
        (ID_KEY.test(normalise(key)) || /(id|key)$/.test(normalise(key))) && (typeof value === 'string' || typeof value === 'number'),
    ),
  );
}

const ID_LIST = /(ids|keys)$/;
const LOOKUP_NAME = /(^|_)(get|fetch|lookup|batch|by_?ids?|by_?keys?)(_|$)/i;

/** (e) A lookup by a list of ids whose result leaves out ids it was asked for. */
export function batchLookups(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || call.data === undefined) continue;
    const { action } = toolAction(call, conversation);
    const lookup = action === 'read' || LOOKUP_NAME.test(call.chatName);
    if (!lookup && action !== 'list') continue;
    if (!holdsIds(call.data)) continue;
    const found = resultStrings(call.data);
    for (const [name, value] of argumentLeaves(argumentTree(call))) {
      if (!ID_LIST.test(normalise(name)) || !Array.isArray(value) || value.length === 0) continue;
      const asked = value
        .filter((item): item is string | number => (typeof item === 'string' && item.length >= 3) || typeof item === 'number')
        .map(String);
      if (asked.length === 0) continue;
      const missing = asked.filter((id) => !found.has(id.toLowerCase()));
      // A list filtered by ids may return a subset; a lookup answers for every id it was asked.
      if (missing.length > 0 && (lookup || missing.length === asked.length))
        problems.push(
          `${call.chatName}: asked ${name} ${JSON.stringify(asked)} but the result has no record for ${missing.map((id) => JSON.stringify(id)).join(', ')}`,
        );
    }
  }
  return problems;
}

const PLACE_FILTER =
  /^(region|regions|country|countries|countrycode|city|state|province|continent|location|place|area|territory)(name|code|key)?$/;
const PLACE_FIELD = /^(name|region|country|city|state|province|continent|location|place|area|territory)(name)?$/;

/** (f) A list filtered by a place whose records (siblings of one that is that place) are other places. */
export function strayPlaces(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || call.data === undefined || typeof call.arguments !== 'object') continue;
    const { action } = toolAction(call, conversation);
    if (action === 'create' || action === 'update' || action === 'delete') continue;
    for (const [name, value] of Object.entries(call.arguments)) {
      if (!PLACE_FILTER.test(normalise(name)) || typeof value !== 'string' || value.length < 2) continue;
      const place = value.toLowerCase();
      // Siblings: the items of one array, or the values of one object that are all records.
      const groups: Fields[][] = [];
      const walk = (node: unknown) => {
        if (Array.isArray(node)) {
          const records = node.filter(isRecord);
          if (records.length > 1) groups.push(records);
          node.forEach(walk);
        } else if (isRecord(node)) {
          const inner = Object.values(node);
          if (inner.length > 1 && inner.every(isRecord)) groups.push(inner as Fields[]);
          inner.forEach(walk);
        }
      };
      walk(call.data);
      for (const group of groups) {
        const placeOf = (record: Fields) =>
          Object.entries(record).find(([key, field]) => PLACE_FIELD.test(normalise(key)) && typeof field === 'string')?.[1] as
            string | undefined;
        const places = group.map(placeOf);
        if (!places.some((other) => other?.toLowerCase() === place)) continue;
        const strays = [...new Set(places.filter((other): other is string => other !== undefined && other.toLowerCase() !== place))];
        if (strays.length > 0)
          problems.push(
            `${call.chatName}: ${name}=${JSON.stringify(value)} but the result also lists ${strays.map((other) => JSON.stringify(other)).join(', ')}`,
          );
      }
    }
  }
  return problems;
}

const LOOKUP_FIELD = /(reference|ref|slug|number|code|serial|handle|sku|isbn|email|username)$/;

/** (g) A lookup by a field value that a record of the conversation carries, answered with another record's id. */
export function lookupsByField(conversation: Conversation): string[] {
  const problems: string[] = [];
  // (field, value) → the id of the record that carries it, and the call that said so.
  const owners = new Map<string, { id: string; call: ReviewedCall }>();
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    for (const { record } of objectsOf(call.data)) {
      const idEntry = Object.entries(record).find(
        ([key, id]) => ID_KEY.test(normalise(key)) && (typeof id === 'string' || typeof id === 'number'),
      );
      if (idEntry === undefined) continue;
      for (const [key, value] of Object.entries(record)) {
        const field = normalise(key);
        if (LOOKUP_FIELD.test(field) && typeof value === 'string' && value.length >= 3)
          owners.set(`${field}\u0000${value.toLowerCase()}`, { id: String(idEntry[1]), call });
      }
    }
  }
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || call.data === undefined || typeof call.arguments !== 'object') continue;
    const { action } = toolAction(call, conversation);
    if (action === 'create' || action === 'update' || action === 'delete') continue;
    if (!holdsIds(call.data)) continue;
    const found = resultStrings(call.data);
    for (const [name, value] of Object.entries(call.arguments)) {
      // Only a lookup named for the field (`posts_get_key_from_reference`, `get_user_by_email`): a list filtered by it may hold many.
      if (typeof value !== 'string' || !normalise(call.chatName).includes(normalise(name))) continue;
      const owner = owners.get(`${normalise(name)}\u0000${value.toLowerCase()}`);
      if (owner === undefined || owner.call === call || found.has(owner.id.toLowerCase())) continue;
      problems.push(
        `${call.chatName}: ${name}=${JSON.stringify(value)} belongs to ${owner.id} (${owner.call.chatName}) but the result names another record`,
      );
    }
  }
  return problems;
}

const BOOKKEEPING_ARGUMENT =
  /^(limit|count|page|pagesize|perpage|offset|skip|start|top|size|cursor|sort|order|orderby|format|fields|include|expand|lang|language|locale|units|q|query|search|term)$/;

/** Fields that hold what an argument of another name asks for. */
const ALIASES: Record<string, string[]> = {
  city: ['cityname'],
  cityname: ['city'],
  stations: ['station'],
  station: ['stationid'],
  country: ['countrycode'],
};

/** (h) The record a call answers with has another value than the call sent, in a field of the same name. */
export function unechoedArguments(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || typeof call.arguments !== 'object') continue;
    const record = topRecord(call.data);
    if (record === undefined) continue;
    const { idParameter } = toolAction(call, conversation);
    for (const [name, sent] of Object.entries(call.arguments)) {
      if (name === idParameter || BOOKKEEPING_ARGUMENT.test(normalise(name))) continue;
      if (!(
        typeof sent === 'number' ||
        (typeof sent === 'string' && sent.length >= 1 && sent.length <= 80 && !DATE.test(sent) && !/[*%?]/.test(sent))
      ))
        continue;
      // a place or station asked by name is the record's `city_name`/`station` too (`city: "Toronto"` → `city_name: "Raleigh"` contradicts it)
      // a thing asked by its name (`battle_name` on `get_battle_details`) is the record's `name`
      const noun = /^(.{3,}?)_?name$/i.exec(name)?.[1]?.toLowerCase();
      const ownName =
        noun !== undefined &&
        (call.name ?? call.chatName)
          .toLowerCase()
          .split(/[^a-z]+/)
          .includes(noun)
          ? ['name']
          : [];
      const aliases = [normalise(name), ...(ALIASES[normalise(name)] ?? []), ...ownName];
      const field = Object.keys(record).find((key) => aliases.includes(normalise(key)));
      const got = field === undefined ? undefined : record[field];
      if (!(typeof got === 'number' || typeof got === 'string') || (typeof got === 'string' && DATE.test(got))) continue;
      if (!sameValue(sent, got))
        problems.push(`${call.chatName}: sent ${name}=${JSON.stringify(sent)} but the result has ${field} ${JSON.stringify(got)}`);
    }
  }
  return problems;
}

/** Arguments of an update that hold the changed fields (`edit_ticket(ticket_id, updates={priority: 1})`). */
const CHANGES = /^(updates?|changes|fields|patch|attributes|modifications|newvalues)$/;

/**
 * (k) A later read of a record by its id that does not show what a write did to it: an update's sent
 * values (also inside an `updates` object), or a cancel's or close's status (a cancelled order read
 * back `pending`). Values compared as in (h); another write of the record between resets what is expected.
 */
export function staleWrites(conversation: Conversation): string[] {
  const problems: string[] = [];
  const expected = new Map<string, { fields: Map<string, unknown>; status?: RegExp; tool: string }>();
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || typeof call.arguments !== 'object') continue;
    const { action, entity, idParameter } = toolAction(call, conversation);
    const asked = idParameter === undefined ? undefined : call.arguments[idParameter];
    if (typeof asked !== 'string' && typeof asked !== 'number') continue;
    const key = `${entity} ${String(asked)}`;
    const tool = call.name ?? call.chatName;
    if (action === 'update') {
      const fields = new Map<string, unknown>();
      for (const [name, value] of Object.entries(call.arguments)) {
        if (name === idParameter || BOOKKEEPING_ARGUMENT.test(normalise(name))) continue;
        if (CHANGES.test(normalise(name)) && isRecord(value)) {
          for (const [field, sent] of Object.entries(value)) if (scalar(sent)) fields.set(normalise(field), sent);
        } else if (scalar(value)) fields.set(normalise(name), value);
      }
      expected.set(key, { fields, tool: call.chatName });
      continue;
    }
    if (action === 'delete') {
      const ends = /(^|_)cancel/i.test(tool) ? /cancel/i : /(^|_)close(_|$)/i.test(tool) ? /clos/i : undefined;
      if (ends === undefined) expected.delete(key);
      else expected.set(key, { fields: new Map(), status: ends, tool: call.chatName });
      continue;
    }
    if (action !== 'read') continue;
    const wrote = expected.get(key);
    const record = topRecord(call.data);
    if (wrote === undefined || record === undefined) continue;
    for (const [field, value] of Object.entries(record)) {
      const name = normalise(field);
      if (wrote.status !== undefined && /^(status|state)$/.test(name) && typeof value === 'string' && !wrote.status.test(value))
        problems.push(`${call.chatName}: ${String(asked)} has ${field} ${JSON.stringify(value)} after ${wrote.tool}`);
      const sent = wrote.fields.get(name);
      if (sent === undefined || !scalar(value)) continue;
      if (!sameValue(sent, value))
        problems.push(
          `${call.chatName}: ${String(asked)} has ${field} ${JSON.stringify(value)}, ${wrote.tool} set ${JSON.stringify(sent)}`,
        );
    }
  }
  return problems;
}

/** Two values the same: numbers as numbers, texts regardless of case, a country's code and its name (`PT`, `Portugal`). */
export function sameValue(a: unknown, b: unknown): boolean {
  const numeric = (value: unknown) =>
    typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
  const [x, y] = [numeric(a), numeric(b)];
  if (x !== undefined && y !== undefined) return Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x));
  const [left, right] = [String(a).toLowerCase(), String(b).toLowerCase()];
  return left === right || countryName(left) === right || countryName(right) === left;
}

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
/** The English name of an ISO 3166 alpha-2 code (`pt` → `portugal`), else undefined. */
function countryName(code: string): string | undefined {
  if (!/^[a-z]{2}$/.test(code)) return undefined;
  try {
    const name = regions.of(code.toUpperCase());
    return name === undefined || name === code.toUpperCase() ? undefined : name.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Every way the results of a conversation contradict one another, the call's filters, or themselves. */
export function worldProblems(conversation: Conversation): string[] {
  return [
    ...changedFacts(conversation),
    ...ignoredFilters(conversation),
    ...impossibleRecords(conversation),
    ...twinRecords(conversation),
    ...batchLookups(conversation),
    ...strayPlaces(conversation),
    ...lookupsByField(conversation),
    ...unechoedArguments(conversation),
    ...staleWrites(conversation),
    ...disagreeingListings(conversation),
    ...sharedParts(conversation),
    ...idleDurations(conversation),
    ...deafSearches(conversation),
    ...unansweredSearches(conversation),
  ];
}
