/** Results that honour the arguments of their call: the values sent echoed, places and lists asked held, limits kept. */
import { countryCode, countryName } from './country-codes.js';
import { en } from '@faker-js/faker';
import { isJsonObject, eachObject } from '@inftool/core';
import { FAMOUS_GENES, FAMOUS_DISEASES, FAMOUS_DRUGS } from './world-biomedical-facts.js';
import { WRAPPER_KEY } from './world-entities.js';
import { type Json, norm } from './world-fact-basics.js';
import { isDocument, outsideLists } from './world-list-facts.js';

/** A person named `name` (`Lydia Reilly`) has that given and family name in the fields that hold them. */
function namesOfPerson(object: Json, name: string): void {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word))) return;
  const given = Object.keys(object).find((key) => /^(given_?name|first_?name|forename)$/i.test(key) && typeof object[key] === 'string');
  const family = Object.keys(object).find((key) => /^(family_?name|last_?name|surname)$/i.test(key) && typeof object[key] === 'string');
  if (given === undefined || family === undefined) return;
  object[given] = words[0] as string;
  object[family] = words.slice(1).join(' ');
}

const STATE_CODES = new Map(
  (en.location?.state ?? []).map((state, index) => [state.toLowerCase(), String(en.location?.state_abbr?.[index] ?? '').toLowerCase()]),
);
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The id of a thing renamed from `before` to `after`, when the id spells the name: an Open Civic Data
 * id's `state:nc` becomes `state:mn` for Minnesota, a slug `north-carolina` becomes `minnesota`.
 * Undefined when the id does not spell it (an opaque id is left as it is).
 */
export function renamedId(id: string, before: string, after: string): string | undefined {
  const code = STATE_CODES.get(after.toLowerCase());
  if (code !== undefined && code !== '' && /(^|[/:])state:[a-z]{2}(?=$|[/:])/.test(id))
    return id.replace(/state:[a-z]{2}/, `state:${code}`);
  const old = slug(before);
  return old.length >= 3 && id.includes(old) && slug(after) !== '' ? id.replace(old, slug(after)) : undefined;
}

const NAMING_ARGUMENT = /^(region|country|city|state|province|location|place|area|continent|territory)$/i;
const LIMIT = /^(limit|count|max_?results|page_?size|per_?page|size|num_?results|number_?of_?results)$/i;

/**
 * Whether the records of a result list their places in a field named for the argument's plural
 * (`country: PT` → `countries`); each such list then holds the place asked (as a code where it holds codes).
 */
function placesListed(value: unknown, key: string, argument: string): boolean {
  const plurals = [`${norm(key)}s`, `${norm(key)}es`, norm(key).replace(/y$/, 'ies')];
  let listed = false;
  eachObject(value, (object) => {
    const field = Object.keys(object).find((name) => plurals.includes(norm(name)) && Array.isArray(object[name]));
    if (field === undefined) return;
    listed = true;
    const places = (object[field] as unknown[]).filter((entry): entry is string => typeof entry === 'string');
    const codes = places.length > 0 && places.every((entry) => /^[A-Z]{2}$/.test(entry));
    const asked = codes ? (countryCode(argument) ?? argument) : argument.length === 2 ? (countryName(argument) ?? argument) : argument;
    if (!places.some((entry) => entry.toLowerCase() === asked.toLowerCase())) object[field] = [asked, ...places.slice(0, 2)];
  });
  return listed;
}

/** A result that honours its call: fields named like an argument carry its value; a named place is the record's name; at most `limit` items. */
export function honourArguments(value: Json, args: Json): void {
  // a request document (`body: '{"target": [...]}'`) is no value of a field
  const scalars = Object.entries(args).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && entry[1].trim() !== '' && !LIMIT.test(entry[0]) && !isDocument(entry[1]),
  );
  echoArguments(value, args, scalars);
  placeMapHoldsAsked(value, scalars);
  placeNamesRecord(value, scalars);
  placeSeriesOfAsked(value, scalars);
  searchNamesRecord(value, scalars);
  listArgumentsInTurn(value, args);
  atMostLimit(value, args);
}

/** The field a plural argument with one value names in the singular (`locations: "Bangalore"` → `location`), when the record has no plural one. */
function singularField(object: Json, key: string, argument: string): string | undefined {
  const plural = norm(key);
  if (!/[a-z]{3}s$/.test(plural) || /[,;|]/.test(argument)) return undefined;
  const singulars = [plural.slice(0, -1), plural.replace(/ies$/, 'y'), plural.replace(/es$/, '')];
  return Object.keys(object).find((name) => singulars.includes(norm(name)));
}

/** An identifying argument (`key`, `FaxSid`) names the record and its envelopes, not the items listed inside it (a post's assets' keys). */
const identifying = (key: string): boolean =>
  /^(id|sid|uuid|guid|key)$|(_id|_uuid|_guid|_key|_sid|Id|ID|Sid|Uuid|Guid|Key|Keys)$/.test(key);

/**
 * A filter by a thing's name (`jurisdiction: "North Carolina"`) names the thing a record holds under that key; a filter by
 * its number (`jurisdiction: "1825645"`) gives the thing's id, never its name.
 */
function heldThingAsked(held: unknown, argument: string): void {
  if (!isJsonObject(held)) return;
  if (/^\d+$/.test(argument) && typeof held['id'] === 'string') held['id'] = argument;
  else if (typeof held['name'] === 'string' && nameLike(argument) && held['name'] !== argument) {
    // the thing renamed is another thing: an id that spells its name (`ocd-jurisdiction/…/state:nc/…`) spells the new one
    const id = typeof held['id'] === 'string' ? renamedId(held['id'], held['name'], argument) : undefined;
    if (id !== undefined) held['id'] = id;
    held['name'] = argument;
  }
}

/** Fields named like a string argument carry its value (a thing held under its key is renamed); numbers the call sent are the record's. */
function echoArguments(value: Json, args: Json, scalars: Array<[string, string]>): void {
  // Nor a record the named one holds under a key of its own (a brand's `brandFamily`): only the record and the wrappers around it (`data`, `result`).
  const echo = (object: Json, insideList: boolean): void => {
    for (const [key, argument] of scalars) {
      if (insideList && identifying(key)) continue;
      const field =
        Object.keys(object).find((name) => norm(name) === norm(key)) ?? (insideList ? undefined : singularField(object, key, argument));
      if (field !== undefined && typeof object[field] === 'string') {
        object[field] = argument;
        if (norm(field) === 'name') namesOfPerson(object, argument);
      }
      if (field !== undefined && !identifying(key)) heldThingAsked(object[field], argument);
    }
  };
  // A number the call sent (coordinates, `adults: 2`, a new `price`) is the record's, when the record has that field:
  // the record itself and its wrappers, never the items listed inside it.
  const numbers = Object.entries(args).filter(
    (entry): entry is [string, number] =>
      typeof entry[1] === 'number' &&
      Number.isFinite(entry[1]) &&
      !LIMIT.test(entry[0]) &&
      !/^(page|offset|skip|start|top|first|last|max|min|timeframe|hours|days)$/i.test(entry[0]),
  );
  const echoNumbers = (object: Json): void => {
    for (const [key, argument] of numbers) {
      const field = Object.keys(object).find((name) => norm(name) === norm(key));
      if (field === undefined) continue;
      if (typeof object[field] === 'number') object[field] = argument;
      else if (typeof object[field] === 'string' && /^-?\d+(\.\d+)?$/.test(object[field] as string)) object[field] = String(argument);
    }
  };
  // A listed record's own parts (a person's `jurisdiction`, `offices`, `other_names`) are not filtered by the call: `name` names the person only.
  const walk = (node: unknown, insideList: boolean, part = false, item = false): void => {
    if (Array.isArray(node)) node.forEach((entry) => walk(entry, true, part, true));
    else if (isJsonObject(node)) {
      if (!part) echo(node, insideList);
      if (!insideList) echoNumbers(node);
      for (const [key, child] of Object.entries(node))
        walk(child, insideList || (isJsonObject(child) && !WRAPPER_KEY.test(key)), part || (item && !WRAPPER_KEY.test(key)));
    }
  };
  walk(value, false);
}

/** `region: Europe` asks about Europe: a map of records by place holds only Europe's. */
function placeMapHoldsAsked(value: Json, scalars: Array<[string, string]>): void {
  // `region: Europe` asks about Europe: a map of records by place (`{"Europe": {...}, "Asia": {...}}`) holds only Europe's.
  for (const [key, argument] of scalars) {
    if (!NAMING_ARGUMENT.test(key)) continue;
    eachObject(value, (object) => {
      const entries = Object.entries(object);
      let asked = entries.find(([name]) => name.toLowerCase() === argument.toLowerCase());
      // a map whose records are named by their keys, none of them the place asked: its first record is the place's
      const named = entries.filter(([name, entry]) => isJsonObject(entry) && entry['name'] === name);
      if (asked === undefined && named.length >= 1 && named.length === entries.length) {
        const [first, entry] = named[0] as [string, Json];
        delete object[first];
        entry['name'] = argument;
        object[argument] = entry;
        asked = [argument, entry];
      }
      if (asked === undefined || !isJsonObject(asked[1])) return;
      const shape = Object.keys(asked[1]).sort().join();
      for (const [name, entry] of Object.entries(object))
        if (name !== asked[0] && isJsonObject(entry) && Object.keys(entry).sort().join() === shape) delete object[name];
    });
  }
}

/** `region: Europe`: the first record that names itself is Europe, and every record of its shape outside a list. */
function placeNamesRecord(value: Json, scalars: Array<[string, string]>): void {
  // `region: Europe` asks about Europe: the first record that names itself (`name`) and has no field of the argument's name is it,
  // and so is every record of its shape outside a list (a region summary's `change` and `summary` blocks are Europe's too)
  for (const [key, argument] of scalars) {
    if (!NAMING_ARGUMENT.test(key)) continue;
    // records that list their places (`countries`) are in the place asked, not named for it (banks of Portugal)
    if (placesListed(value, key, argument)) continue;
    let shape: string | undefined;
    eachObject(value, (object) => {
      if (shape !== undefined || Object.keys(object).some((name) => norm(name) === norm(key))) return;
      if (typeof object['name'] === 'string') {
        object['name'] = argument;
        shape = Object.keys(object).sort().join('\u0000');
      }
    });
    if (shape !== undefined)
      outsideLists(value, (object) => {
        if (typeof object['name'] === 'string' && Object.keys(object).sort().join('\u0000') === shape) object['name'] = argument;
      });
  }
}

/** `region: Europe` over time: a map keyed by moments is one subject's series. */
function placeSeriesOfAsked(value: Json, scalars: Array<[string, string]>): void {
  // `region: Europe` over time (`{"<moment>": {name: "Europe", …}, "<moment>": {name: "Asia", …}}`): a map keyed by moments
  // is one subject's series, so every record of it is Europe's.
  for (const [key, argument] of scalars) {
    if (!NAMING_ARGUMENT.test(key)) continue;
    eachObject(value, (object) => {
      const entries = Object.entries(object);
      if (
        entries.length < 2 ||
        !entries.every(([name, entry]) => isJsonObject(entry) && !/^\d+(\.\d+)?$/.test(name) && !Number.isNaN(Date.parse(name)))
      )
        return;
      if (!entries.some(([, entry]) => (entry as Json)['name'] === argument)) return;
      for (const [, entry] of entries) if (typeof (entry as Json)['name'] === 'string') (entry as Json)['name'] = argument;
    });
  }
}

/** A search answers with what it was asked for: when no field but the echoed query mentions it, the first record is named for it. */
function searchNamesRecord(value: Json, scalars: Array<[string, string]>): void {
  // A search answers with what it was asked for: when no field but the echoed query mentions it, the first record is named for it.
  const query = scalars.find(([key]) => /^(q|query|search|keyword|keywords|term|search_?term|search_?query)$/i.test(key));
  if (query !== undefined) {
    const wanted = query[1].toLowerCase();
    let mentioned = false;
    let first: [Json, string] | undefined;
    eachObject(value, (object) => {
      for (const [key, entry] of Object.entries(object)) {
        if (typeof entry !== 'string' || norm(key) === norm(query[0])) continue;
        if (entry.toLowerCase().includes(wanted)) mentioned = true;
        // a thing's own name field counts (`categoryName` of a category suggestion), a person's parts of a name do not
        if (
          first === undefined &&
          /^(name|title|label|display_?name|full_?name|(?!first|last|middle|user|file|host|nick|sur)[a-z]+_?name)$/i.test(key)
        )
          first = [object, key];
      }
    });
    if (!mentioned && first !== undefined && nameLike(query[1])) first[0][first[1]] = query[1];
  }
}

/** `subject: [a, b]` asks about a and b: the items of a result list with a field of that name are about them, in turn. */
function listArgumentsInTurn(value: Json, args: Json): void {
  // `subject: [a, b]` (also in a JSON body) asks about a and b: the items of a result list that have a field of that name are about them, in turn.
  const lists = listArguments(args);
  if (lists.length > 0) {
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) {
        if (node.length > 0 && node.every(isJsonObject)) {
          for (const [key, asked] of lists) {
            const wanted = norm(key);
            const single = wanted.endsWith('s') ? wanted.slice(0, -1) : wanted;
            const items = node as Json[];
            const field = Object.keys(items[0] as Json).find((name) => norm(name) === wanted || norm(name) === single);
            if (field === undefined || !items.every((item) => typeof item[field] === typeof asked[0])) continue;
            items.forEach((item, index) => (item[field] = asked[index % asked.length]));
          }
        }
        node.forEach(collect);
      } else if (isJsonObject(node)) Object.values(node).forEach(collect);
    };
    collect(value);
  }
}

/** At most `limit` items in the result's lists. */
function atMostLimit(value: Json, args: Json): void {
  const limit = Object.entries(args).find(
    ([key, n]) => LIMIT.test(key) && (typeof n === 'number' || (typeof n === 'string' && /^\d+$/.test(n))),
  )?.[1];
  const max = limit === undefined ? undefined : Number(limit);
  if (max !== undefined && max > 0) {
    for (const [key, entry] of Object.entries(value)) {
      if (Array.isArray(entry) && entry.length > max) value[key] = entry.slice(0, max);
      else if (isJsonObject(entry) && /^(data|result|results|items|records|response|payload)$/i.test(key)) {
        for (const [inner, list] of Object.entries(entry)) if (Array.isArray(list) && list.length > max) entry[inner] = list.slice(0, max);
      }
    }
  }
}

/** The lists of values a call asks about, by name: array arguments and the arrays of a JSON request body. */
function listArguments(args: Json): Array<[string, Array<string | number>]> {
  const found: Array<[string, Array<string | number>]> = [];
  const visit = (object: Json, depth: number): void => {
    for (const [key, value] of Object.entries(object)) {
      if (Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'string' || typeof entry === 'number'))
        found.push([key, value as Array<string | number>]);
      else if (depth === 0 && typeof value === 'string' && /^\s*\{/.test(value)) {
        try {
          const body: unknown = JSON.parse(value);
          if (isJsonObject(body)) visit(body, 1);
        } catch {
          /* not JSON */
        }
      } else if (depth === 0 && isJsonObject(value)) visit(value, 1);
    }
  };
  visit(args, 0);
  return found;
}

/**
 * Whether a search text could be the name of what it finds (`KRAS`, `asthma`, `rheumatoid arthritis`):
 * one or two words, or a well-known entity's name. A longer free text (`nearby objects enables`) or a
 * request document pasted into a name is no name.
 */
export function nameLike(query: string): boolean {
  const text = query.trim();
  if (text === '' || text.length > 40 || !/^[\p{L}\p{N}][\p{L}\p{N}' .-]*$/u.test(text)) return false;
  const lower = text.toLowerCase();
  if (FAMOUS_DISEASES.has(lower) || FAMOUS_GENES.has(lower) || FAMOUS_DRUGS.has(lower)) return true;
  return text.split(/\s+/).length <= 2;
}
