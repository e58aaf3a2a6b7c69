import { relatedSearches } from './world-searches.js';
import { knownFacts } from './particle-facts.js';
import { athletesOfTheCall } from './values/sports-facts.js';
import { athleteStats, realMatchResult } from './values/real-things.js';
import { cityTimeZones } from './values/famous-records.js';
import { statusAgreesWithNumbers } from './world-status.js';
import { countryCode, countryName } from './country-codes.js';
import { en } from '@faker-js/faker';
import { oneDirectory, serviceTitle } from './world-directory.js';
import { COUNTING_FIELD as AGREEING, fieldWords, sha256Hex, isJsonObject, eachObject } from '@inftool/core';
import { CITIES } from './values/lexicon.js';
import { movedAddress } from './values/addresses.js';
import { restaurantsByCuisine } from './world-restaurants.js';
import { textAndDistances } from './world-text.js';
import { SERVICE_ID } from './values/service-ids.js';
import { providerBrand, providerServices } from './provider-services.js';
import { plausibleRelations } from './world-relations.js';
import { plausibleContent } from './world-content.js';
import { forecastsAhead, oneInstantPerRecord } from './world-moments.js';
import { datedKeys } from './world-dated-keys.js';
import { mediaThatFits } from './world-media.js';
import { oneOwnerPerRecord } from './world-accounts.js';
import { oneCurrencyPerHolding } from './world-currencies.js';
import { realRates } from './world-rates.js';
import { sentimentOfText } from './world-sentiment.js';
import { sumsThatHold } from './world-sums.js';
import { cityOfPostcode, cityOfStation } from './values/places.js';
import { truePlaceRecords } from './place-records.js';
import { localThingNames } from './world-local-names.js';
import { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from './known-biomedical.js';
import { rowsOfNamedThing } from './world-named-rows.js';

type Json = Record<string, unknown>;

const GENE_ID = /^ENSG\d{11}$/;
const DISEASE_ID = /^(EFO|MONDO|Orphanet|HP|DOID)_\d+$/;
const DRUG_ID = /^CHEMBL\d+$/;
type Kind = 'gene' | 'disease' | 'drug';
const kindOf = (value: unknown): Kind | undefined =>
  typeof value !== 'string'
    ? undefined
    : GENE_ID.test(value)
      ? 'gene'
      : DISEASE_ID.test(value)
        ? 'disease'
        : DRUG_ID.test(value)
          ? 'drug'
          : undefined;

const FAMOUS_GENES = new Set(Object.values(KNOWN_GENES).map((gene) => gene.symbol.toLowerCase()));
const FAMOUS_DISEASES = new Set(Object.values(KNOWN_DISEASES).map((name) => name.toLowerCase()));
const FAMOUS_DRUGS = new Set(Object.values(KNOWN_DRUGS).map((drug) => drug.name.toLowerCase()));
/** Names an unlisted identifier may carry: unremarkable, so no famous fact is misattributed. */
const PLAIN_DISEASES = [
  'benign familial infantile epilepsy',
  'Bartter syndrome',
  'keratosis pilaris',
  'cutis laxa',
  'Stargardt disease',
  'Kashin-Beck disease',
];

const hashOf = (text: string): number => parseInt(sha256Hex(text).slice(0, 8), 16);
const norm = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** The field a fact goes in and what kind of entity it is about, by the field's name. */
function factField(
  key: string,
  kinds: Set<Kind>,
): { kind: Kind; fact: 'symbol' | 'chromosome' | 'name' | 'type' | 'year' | 'phase' | 'ontology' } | undefined {
  const k = norm(key);
  if (/symbol$/.test(k)) return { kind: 'gene', fact: 'symbol' };
  if (/^chr(omosome)?$/.test(k)) return { kind: 'gene', fact: 'chromosome' };
  if (/^diseasename$|^diseaselabel$/.test(k)) return { kind: 'disease', fact: 'name' };
  if (/^drugname$|^prefname$/.test(k)) return { kind: 'drug', fact: 'name' };
  if (/^(drug|molecule)type$/.test(k)) return { kind: 'drug', fact: 'type' };
  if (/firstapprov|approvalyear|yearapproved/.test(k)) return { kind: 'drug', fact: 'year' };
  if (/^max(imum)?(clinical)?(trial)?phase(fortherapeuticarea|forindication)?$|^clinicalphase$/.test(k))
    return { kind: 'drug', fact: 'phase' };
  const only = kinds.size === 1 ? [...kinds][0] : undefined;
  if (k === 'name' && (only === 'disease' || only === 'drug')) return { kind: only, fact: 'name' };
  if (k === 'type' && only === 'drug') return { kind: 'drug', fact: 'type' };
  if (k === 'ontology' && only === 'disease') return { kind: 'disease', fact: 'ontology' };
  return undefined;
}

/** The fact `fact` of the entity `id`: the real one for a listed identifier, a plain made-up one otherwise (undefined: keep the value). */
function factFor(kind: Kind, id: string, fact: string, current: unknown): unknown {
  if (kind === 'gene') {
    const known = KNOWN_GENES[id];
    if (fact === 'symbol')
      return (
        known?.symbol ??
        (typeof current === 'string' && FAMOUS_GENES.has(current.toLowerCase()) ? `LOC${id.slice(-6).replace(/^0+/, '')}` : undefined)
      );
    if (fact === 'chromosome') return known?.chromosome ?? (typeof current === 'string' || current === undefined ? undefined : undefined);
  }
  if (kind === 'disease') {
    const known = KNOWN_DISEASES[id];
    if (fact === 'name')
      return (
        known ??
        (typeof current === 'string' && FAMOUS_DISEASES.has(current.toLowerCase())
          ? PLAIN_DISEASES[hashOf(id) % PLAIN_DISEASES.length]
          : undefined)
      );
    if (fact === 'ontology') return id.split('_')[0];
  }
  if (kind === 'drug') {
    const known = KNOWN_DRUGS[id];
    if (fact === 'name')
      return (
        known?.name ??
        (typeof current === 'string' && FAMOUS_DRUGS.has(current.toLowerCase()) ? `CHEMBL compound ${id.slice(6)}` : undefined)
      );
    if (fact === 'type') return known?.type;
    if (fact === 'year') return known?.year;
    if (fact === 'phase') return known?.phase;
  }
  return undefined;
}

/** Real-looking identifiers of `args` (also inside JSON-encoded bodies), in order. */
function argumentIds(args: Json): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (kindOf(value) !== undefined) found.push(value);
      else if (/^\s*[[{]/.test(value)) {
        try {
          walk(JSON.parse(value));
        } catch {
          /* not JSON */
        }
      }
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (isJsonObject(value)) Object.values(value).forEach(walk);
  };
  walk(args);
  return found;
}

/** An id the world made up (`4829130`, `ens_60df1c0906` where a schema forbade that): a record found for a real identifier is named by that identifier instead. */
const MADE_UP_ID = { test: (id: string): boolean => SERVICE_ID.test(id) || /^[a-z]{2,4}_[0-9a-f]{10}$/.test(id) };

/** Puts each well-known identifier's real facts (and no famous fact on an unknown one) in the objects that name it; `about` learns which identifier an object that does not name one is about. */
function groundFacts(value: unknown, args: Json, about: WeakMap<object, string>): void {
  const asked = argumentIds(args);
  // an id the call sent is the record's, whatever its shape: only one the world made up gives way to a real identifier
  const sent = new Set(Object.values(flatArguments(args)).map((entry) => String(entry)));
  const generated = (id: string): boolean => MADE_UP_ID.test(id) && !sent.has(id);
  for (const list of listsOfRecords(value)) groundBatch(list, asked, about, generated);
  eachObject(value, (object) => groundRecord(object, asked, about, generated));
}

/** Every list of records in `value`, outer lists before the lists they hold. */
function listsOfRecords(value: unknown): Json[][] {
  const lists: Json[][] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) {
      if (node.length > 0 && node.every(isJsonObject)) lists.push(node as Json[]);
      node.forEach(collect);
    } else if (isJsonObject(node)) Object.values(node).forEach(collect);
  };
  collect(value);
  return lists;
}

/** A batch lookup (`{"target":[id1,id2]}`) answered with records that do not repeat the ids: record i is about id i. */
function groundBatch(list: Json[], asked: string[], about: WeakMap<object, string>, generated: (id: string) => boolean): void {
  const bare = list.filter((item) => !Object.values(item).some((entry) => kindOf(entry) !== undefined));
  if (bare.length !== list.length) return;
  for (const kind of ['gene', 'disease', 'drug'] as Kind[]) {
    const ids = [...new Set(asked.filter((id) => kindOf(id) === kind))];
    if (ids.length === 0 || !list.some((item) => Object.keys(item).some((key) => factField(key, new Set([kind]))?.kind === kind))) continue;
    if (list.length > ids.length) list.splice(ids.length);
    list.forEach((item, index) => {
      const id = ids[index] as string;
      ground(item, new Map([[kind, [['', id]]]]));
      about.set(item, id);
      if (typeof item['id'] === 'string' && generated(item['id'])) item['id'] = id;
    });
  }
}

/** Puts the real facts of the identifiers one record names (or of the drug it names, or of the one identifier asked) in it. */
function groundRecord(object: Json, asked: string[], about: WeakMap<object, string>, generated: (id: string) => boolean): void {
  const byKind = new Map<Kind, Array<[string, string]>>();
  for (const [key, entry] of Object.entries(object)) {
    const kind = kindOf(entry);
    if (kind !== undefined) byKind.set(kind, [...(byKind.get(kind) ?? []), [key, entry as string]]);
  }
  // a record that names a well-known drug (`name: "ADALIMUMAB"`) states that drug's facts
  const chembl = byKind.size === 0 ? famousDrugNamed(object) : undefined;
  if (chembl !== undefined) {
    ground(object, new Map([['drug', [['', chembl]]]]));
    return;
  }
  // a record read by the identifier it was asked for is about that identifier
  if (byKind.size === 0 && asked.length === 1) {
    const kind = kindOf(asked[0]) as Kind;
    if (Object.keys(object).some((key) => factField(key, new Set([kind]))?.kind === kind)) {
      byKind.set(kind, [['', asked[0] as string]]);
      about.set(object, asked[0] as string);
      if (typeof object['id'] === 'string' && generated(object['id'])) object['id'] = asked[0];
    }
  }
  if (byKind.size > 0) ground(object, byKind);
}

/** The ChEMBL id of the well-known drug a record names (`name: "ADALIMUMAB"`), if it names one. */
function famousDrugNamed(object: Json): string | undefined {
  const named = Object.entries(object).find(
    ([key, entry]) =>
      /^(name|drugname|prefname|drug)$/.test(norm(key)) && typeof entry === 'string' && FAMOUS_DRUGS.has(entry.toLowerCase()),
  );
  return named === undefined
    ? undefined
    : Object.keys(KNOWN_DRUGS).find((id) => KNOWN_DRUGS[id]?.name.toLowerCase() === (named[1] as string).toLowerCase());
}

function ground(object: Json, byKind: Map<Kind, Array<[string, string]>>): void {
  const kinds = new Set(byKind.keys());
  for (const [key, current] of Object.entries(object)) {
    if (typeof current === 'object' && current !== null) continue;
    const field = factField(key, kinds);
    const candidates = field === undefined ? undefined : byKind.get(field.kind);
    if (field === undefined || candidates === undefined) continue;
    // `target_symbol` is about the id in `target`; else the one id of that kind
    const prefixed = candidates.find(([idKey]) => idKey !== '' && norm(key).startsWith(norm(idKey)));
    // `{"id": "CHEMBL941", "DRUG_ID": "CHEMBL941"}` names one drug twice: its facts are that drug's
    const named = [...new Set(candidates.map(([, candidate]) => candidate))];
    const id = prefixed?.[1] ?? (named.length === 1 ? named[0] : undefined);
    if (id === undefined) continue;
    const fact = factFor(field.kind, id, field.fact, current);
    if (fact === undefined) continue;
    object[key] =
      typeof current === 'number' && typeof fact === 'string' && /^\d+$/.test(fact)
        ? Number(fact)
        : typeof current === 'string' && typeof fact === 'number'
          ? String(fact)
          : fact;
  }
}

const PART =
  /^(active|activecases|deaths?|recovered|closed|resolved|failed|succeeded|successful|completed|pending|cancelled|canceled)(cases|count)?$/;

/**
 * OBIS registers add up: `1.8.0` is the total of the tariffs `1.8.1`, `1.8.2`, …; a total the call sent
 * stays and the tariffs share it (in their proportions), else the total is their sum.
 */
function obisRegisters(value: unknown, args: Json): void {
  const sent = flatArguments(args);
  eachObject(value, (object) => {
    for (const [key, total] of Object.entries(object)) {
      const stem = /^(\d+\.\d+)\.0$/.exec(key)?.[1];
      if (stem === undefined || typeof total !== 'number') continue;
      const tariffs = Object.keys(object).filter(
        (other) => /^\d+\.\d+\.[1-9]\d?$/.test(other) && other.startsWith(`${stem}.`) && typeof object[other] === 'number',
      );
      if (tariffs.length === 0) continue;
      const sum = tariffs.reduce((acc, other) => acc + (object[other] as number), 0);
      if (typeof sent[key] !== 'number' || tariffs.some((other) => other in sent)) {
        object[key] = Math.round(sum * 1000) / 1000;
        continue;
      }
      // the sent total, shared: each tariff its part, the last one what is left
      const scale = [total, ...tariffs.map((other) => object[other] as number)].every(Number.isInteger) ? 1 : 1000;
      let left = total;
      for (const [index, other] of tariffs.entries()) {
        const share = sum > 0 ? ((object[other] as number) / sum) * total : total / tariffs.length;
        object[other] = index === tariffs.length - 1 ? Math.round(left * scale) / scale : Math.round(share * scale) / scale;
        left -= object[other] as number;
      }
    }
  });
}

/** Counts that add up, ratios computed from their counts, later dates after earlier ones, within each object. */
function coherentNumbers(value: unknown): void {
  eachObject(value, (object) => {
    const numeric = Object.entries(object).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]),
    );
    const total = numeric.find(([key]) => /^total(cases|count|confirmed)?$|^(confirmed|cases)$/.test(norm(key)));
    if (total !== undefined) {
      const parts = numeric.filter(([key]) => PART.test(norm(key)) && key !== total[0]);
      const sum = parts.reduce((acc, [, n]) => acc + Math.max(0, n), 0);
      if (sum > total[1] || (parts.length >= 3 && sum !== total[1])) object[total[0]] = sum;
      const denominator = object[total[0]] as number;
      for (const [key] of numeric) {
        const match = /^(.+?)_?(ratio|rate|percentage|percent|share)$/i.exec(key.replace(/([a-z])([A-Z])/g, '$1_$2'));
        if (match === null) continue;
        const stem = norm(match[1] as string).slice(0, 5);
        const count = parts.find(([part]) => norm(part).startsWith(stem));
        if (count === undefined || denominator <= 0) continue;
        const ratio = (object[count[0]] as number) / denominator;
        object[key] = /percent/i.test(match[2] as string) ? Math.round(ratio * 10_000) / 100 : Math.round(ratio * 10_000) / 10_000;
      }
    }
    for (const [key, n] of numeric) if (/^(num_?pages|page_?count|pages)$/i.test(key) && n <= 0) object[key] = 1;
    orderDates(object);
  });
}

const DATE_PAIRS: Array<[RegExp, RegExp]> = [
  [
    /^(date_?)?created(_?(at|on|date|time|datetime))?$|^creat(ed?|ion)_?(at|date|time|datetime)$|^added$|^first_?seen$|^published(_?at)?$/i,
    /^(date_?)?(updated?|modified)(_?(at|on|date|time|datetime))?$|^(last_?)?(updated|modified)$|^last_?seen$/i,
  ],
  [
    /^(start|begin|from)(_?(date|time|timestamp|at))?$|^(date|time)_?(start|from)$/i,
    /^(end|finish|to|until)(_?(date|time|timestamp|at))?$|^(date|time)_?(end|to)$/i,
  ],
];

function instant(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * A later date field earlier than its earlier one: an update before the creation becomes the
 * creation (the creation is a fact a read must keep: a tweet posted at 14:00 is read back posted at
 * 14:00); an end before its start swaps with it.
 */
function orderDates(object: Json): void {
  const keys = Object.keys(object);
  for (const [index, [early, late]] of DATE_PAIRS.entries()) {
    const first = keys.find((key) => early.test(key));
    const second = keys.find((key) => late.test(key));
    if (first === undefined || second === undefined) continue;
    const a = instant(object[first]);
    const b = instant(object[second]);
    if (a === undefined || b === undefined || typeof object[first] !== typeof object[second]) continue;
    // epoch seconds and milliseconds do not compare
    if (typeof object[first] === 'number' && Math.abs(Math.log10(Math.max(1, a)) - Math.log10(Math.max(1, b))) >= 2) continue;
    if (b < a && index === 0) object[second] = object[first];
    else if (b < a) [object[first], object[second]] = [object[second], object[first]];
  }
}

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
function honourArguments(value: Json, args: Json): void {
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

function isDocument(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  const parsed = safeParse(text);
  return parsed !== null && typeof parsed === 'object';
}

/** A list names each of its records once: a later record named like an earlier one (a second "Ministry of Transport") is left out. */
function distinctRecords(value: Json): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      if (node.length > 1 && node.every(isJsonObject)) {
        const key = Object.keys(node[0] as Json).find(
          (name) => /^(name|title|display_?name|full_?name)$/i.test(name) && typeof (node[0] as Json)[name] === 'string',
        );
        if (key !== undefined) {
          const seen = new Set<string>();
          for (let index = 0; index < node.length;) {
            const name = (node[index] as Json)[key];
            const text = typeof name === 'string' ? name.trim().toLowerCase() : undefined;
            if (text !== undefined && text !== '' && seen.has(text)) node.splice(index, 1);
            else {
              if (text !== undefined) seen.add(text);
              index += 1;
            }
          }
        }
      }
      node.forEach(visit);
    } else if (isJsonObject(node)) Object.values(node).forEach(visit);
  };
  visit(value);
}

/** The length of every list of `value`, to recount them once harmonizing has left records out. */
function listLengths(value: unknown, lengths = new Map<unknown[], number>()): Map<unknown[], number> {
  if (Array.isArray(value)) {
    lengths.set(value, value.length);
    for (const entry of value) listLengths(entry, lengths);
  } else if (isJsonObject(value)) for (const entry of Object.values(value)) listLengths(entry, lengths);
  return lengths;
}

/** A count beside a list (`total: 5`) that counted the records since left out counts what is left. */
function recount(value: unknown, lengths: Map<unknown[], number>): void {
  eachObject(value, (object) => {
    for (const entry of Object.values(object)) {
      const was = Array.isArray(entry) ? lengths.get(entry) : undefined;
      if (!Array.isArray(entry) || was === undefined || entry.length === was) continue;
      for (const key of Object.keys(object))
        if (/^(total|count|total_?count|total_?results|num_?results)$/i.test(key) && object[key] === was) object[key] = entry.length;
    }
  });
}

/**
 * Every object of `value` that sits in no list, no map of records and is no entry of a map keyed by
 * names (`{"Spain": {name: "Spain"}}`): those hold several things; these are parts of one answer.
 */
function outsideLists(value: unknown, visit: (object: Json) => void, key = ''): void {
  if (!isJsonObject(value)) return;
  if (typeof value['name'] !== 'string' || norm(value['name']) !== norm(key)) visit(value);
  // a map of records (`{"ada": {name: "Ada Lovelace"}, "alan": {…}}`: every entry a record of one shape) holds several things
  const entries = Object.values(value);
  const shapes = new Set(entries.map((entry) => (isJsonObject(entry) ? Object.keys(entry).sort().join('\u0000') : '')));
  if (entries.length >= 2 && shapes.size === 1 && !shapes.has('')) return;
  for (const [inner, entry] of Object.entries(value)) outsideLists(entry, visit, inner);
}

/**
 * Relations of the subject the call asks about: a `subject` is the one identifier asked for (when
 * one was, whatever identifier it held), and a related entity's type is what its name is (a disease, a target, a drug).
 */
function relationsOfSubject(value: Json, args: Json): void {
  const asked = [...new Set(argumentIds(args))];
  eachObject(value, (object) => {
    // (another identifier in `subject` is another call's subject: a relation by disease is of that disease)
    if (asked.length === 1 && typeof object['subject'] === 'string') object['subject'] = asked[0];
    const related = Object.keys(object).find((key) => /^related_?(name|label)$/i.test(key));
    const type = Object.keys(object).find((key) => /^related_?(type|kind|entity_?type)$/i.test(key));
    if (related === undefined || type === undefined || typeof object[related] !== 'string' || typeof object[type] !== 'string') return;
    const name = (object[related] as string).toLowerCase();
    const kind =
      FAMOUS_DISEASES.has(name) || PLAIN_DISEASES.some((entry) => entry.toLowerCase() === name)
        ? 'disease'
        : FAMOUS_GENES.has(name)
          ? 'target'
          : FAMOUS_DRUGS.has(name)
            ? 'drug'
            : undefined;
    if (kind !== undefined) object[type] = kind;
  });
}

const MOMENT_FIELD =
  /^(generated|updated|created|modified|published|last_?updated|last_?modified)(_?(on|at|time))?$|^(timestamp|ts)$|_(at|timestamp)$/i;

/** A number in a field that names a moment (`generated_on: 81`) is a time: epoch seconds shortly before the world's now. */
function momentsAsTimes(value: Json, now: Date): void {
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (
        typeof entry !== 'number' ||
        !Number.isInteger(entry) ||
        entry < 0 ||
        entry >= 100_000_000 ||
        !MOMENT_FIELD.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))
      )
        continue;
      object[key] = Math.floor(now.getTime() / 1000) - 60 * (entry % 1440);
    }
  });
}

/** The arguments of a call and of its JSON request body, flat (`{"body": "{\"pvalue\": 0.001}"}` → pvalue). */
function flatArguments(args: Json): Json {
  const flat: Json = {};
  for (const [key, value] of Object.entries(args)) {
    flat[key] = value;
    const body = typeof value === 'string' && /^\s*\{/.test(value) ? safeParse(value) : value;
    if (isJsonObject(body)) for (const [inner, entry] of Object.entries(body)) if (!(inner in flat)) flat[inner] = entry;
  }
  return flat;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const P_VALUE = /^(p|pval|pvalue|adjp|adjpval|adjpvalue|adjustedpvalue|padj|qvalue|fdr)$/;

/** A significance cutoff (`pvalue: 0.001`) holds for every p-value of the result: one at or above it scales below it. */
function honourCutoffs(value: Json, args: Json): void {
  const cutoff = Object.entries(flatArguments(args)).find(
    ([key, entry]) =>
      P_VALUE.test(norm(key).replace(/(cutoff|threshold|max)$/, '')) && typeof entry === 'number' && entry > 0 && entry <= 1,
  )?.[1] as number | undefined;
  if (cutoff === undefined) return;
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (!P_VALUE.test(norm(key)) || typeof entry !== 'number' || entry < cutoff) continue;
      const scaled = cutoff * Math.min(0.99, Math.max(0.01, entry));
      object[key] = Number(scaled.toPrecision(2));
    }
  });
}

/** The main city of a German postcode's leading two digits, and its coordinates. */
const GERMAN_POSTCODE_CITIES: Record<string, [string, number, number]> = {
  '01': ['Dresden', 51.05, 13.74],
  '04': ['Leipzig', 51.34, 12.37],
  '06': ['Halle (Saale)', 51.48, 11.97],
  '07': ['Jena', 50.93, 11.59],
  '08': ['Zwickau', 50.72, 12.5],
  '09': ['Chemnitz', 50.83, 12.92],
  '10': ['Berlin', 52.52, 13.4],
  '12': ['Berlin', 52.52, 13.4],
  '13': ['Berlin', 52.52, 13.4],
  '14': ['Potsdam', 52.39, 13.06],
  '18': ['Rostock', 54.09, 12.1],
  '19': ['Schwerin', 53.63, 11.41],
  '20': ['Hamburg', 53.55, 9.99],
  '21': ['Hamburg', 53.55, 9.99],
  '22': ['Hamburg', 53.55, 9.99],
  '23': ['Lübeck', 53.87, 10.69],
  '24': ['Kiel', 54.32, 10.12],
  '26': ['Oldenburg', 53.14, 8.21],
  '28': ['Bremen', 53.08, 8.8],
  '30': ['Hannover', 52.37, 9.73],
  '33': ['Bielefeld', 52.02, 8.53],
  '34': ['Kassel', 51.31, 9.48],
  '37': ['Göttingen', 51.54, 9.93],
  '38': ['Braunschweig', 52.27, 10.52],
  '39': ['Magdeburg', 52.13, 11.62],
  '40': ['Düsseldorf', 51.23, 6.77],
  '42': ['Wuppertal', 51.26, 7.15],
  '44': ['Dortmund', 51.51, 7.47],
  '45': ['Essen', 51.46, 7.01],
  '47': ['Duisburg', 51.43, 6.76],
  '48': ['Münster', 51.96, 7.63],
  '50': ['Köln', 50.94, 6.96],
  '51': ['Köln', 50.94, 6.96],
  '52': ['Aachen', 50.78, 6.08],
  '53': ['Bonn', 50.74, 7.1],
  '54': ['Trier', 49.75, 6.64],
  '55': ['Mainz', 50.0, 8.27],
  '56': ['Koblenz', 50.36, 7.59],
  '60': ['Frankfurt am Main', 50.11, 8.68],
  '64': ['Darmstadt', 49.87, 8.65],
  '65': ['Wiesbaden', 50.08, 8.24],
  '66': ['Saarbrücken', 49.24, 6.99],
  '68': ['Mannheim', 49.49, 8.47],
  '69': ['Heidelberg', 49.4, 8.67],
  '70': ['Stuttgart', 48.78, 9.18],
  '74': ['Heilbronn', 49.14, 9.22],
  '76': ['Karlsruhe', 49.01, 8.4],
  '79': ['Freiburg im Breisgau', 47.99, 7.84],
  '80': ['München', 48.14, 11.58],
  '81': ['München', 48.14, 11.58],
  '86': ['Augsburg', 48.37, 10.9],
  '89': ['Ulm', 48.4, 9.99],
  '90': ['Nürnberg', 49.45, 11.08],
  '93': ['Regensburg', 49.01, 12.1],
  '94': ['Passau', 48.57, 13.43],
  '95': ['Bayreuth', 49.95, 11.58],
  '96': ['Bamberg', 49.89, 10.89],
  '97': ['Würzburg', 49.79, 9.95],
  '99': ['Erfurt', 50.98, 11.03],
};

/** A German postcode asked about (a tool about Germany, `zip: 10115`) places the result in its city: its `city` fields, and coordinates within about 15 km of it. */
function placeByPostcode(value: Json, args: Json, context: string): void {
  if (!/german|germany|deutschland|postleitzahl|\bplz\b/i.test(context)) return;
  const postcode = Object.entries(flatArguments(args)).find(
    ([key, entry]) => /^(zip|zipcode|zip_?code|postcode|post_?code|postal_?code|plz)$/i.test(key) && /^\d{5}$/.test(String(entry)),
  )?.[1];
  const place = postcode === undefined ? undefined : GERMAN_POSTCODE_CITIES[String(postcode).slice(0, 2)];
  if (place === undefined) return;
  const [city, latitude, longitude] = place;
  // the generated coordinate's fraction keeps points apart, within ±0.12° of the city
  const near = (centre: number, generated: number): number =>
    Math.round((centre + (Math.abs(generated) % 1) * 0.24 - 0.12) * 10_000) / 10_000;
  eachObject(value, (object) => {
    for (const key of Object.keys(object))
      if (/^(city|town|city_?name|ort)$/i.test(key) && typeof object[key] === 'string') object[key] = city;
    const lat = Object.keys(object).find((key) => /^(lat|latitude)$/i.test(key) && typeof object[key] === 'number');
    const lon = Object.keys(object).find((key) => /^(lon|lng|long|longitude)$/i.test(key) && typeof object[key] === 'number');
    if (lat === undefined || lon === undefined) return;
    object[lat] = near(latitude, object[lat] as number);
    object[lon] = near(longitude, object[lon] as number);
  });
}

const LATITUDE = /^(lat|latitude)$/i;
const LONGITUDE = /^(lon|lng|long|longitude)$/i;
const numberIn = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;

/** The known city at a point (within about 5 km), if any. */
export function cityAt(latitude: number, longitude: number): (typeof CITIES)[number] | undefined {
  return CITIES.find((entry) => Math.abs(entry[3] - latitude) < 0.05 && Math.abs(entry[4] - longitude) < 0.05);
}

/**
 * Coordinates asked about that are a known city's (`lat: 40.7128, lon: -74.006`) place the answering
 * record there: its city, state and country-code fields name New York, NY, US, not the spec's example
 * city. Items listed inside the record (stations, sources) keep their own places.
 */
function placeByCoordinates(value: Json, args: Json): void {
  const flat = flatArguments(args);
  const latitude = numberIn(Object.entries(flat).find(([key]) => LATITUDE.test(key))?.[1]);
  const longitude = numberIn(Object.entries(flat).find(([key]) => LONGITUDE.test(key))?.[1]);
  if (latitude === undefined || longitude === undefined) return;
  const known = cityAt(latitude, longitude);
  if (known !== undefined) placeRecordAt(value, known, false);
}

/**
 * A post code asked about that is a known city's (`27601`, `M1 1AE`) places the answering record
 * there, coordinates too: a forecast for Raleigh's post code is Raleigh's, not the spec's example city.
 */
function placeByKnownPostcode(value: Json, args: Json): void {
  const code = Object.entries(flatArguments(args)).find(([key]) => POSTCODE_KEY.test(key))?.[1];
  if (typeof code !== 'string' && typeof code !== 'number') return;
  const country = Object.entries(flatArguments(args)).find(([key]) => /^country(_?code)?$/i.test(key))?.[1];
  const known = cityOfPostcode(String(code), typeof country === 'string' ? countryCode(country) : undefined);
  if (known !== undefined) placeRecordAt(value, known, true);
}
const POSTCODE_KEY = /^(zip|zipcode|zip_?code|postcode|post_?code|postal_?code|postalCode)$/i;

/** The record (and the records it wraps) names `known`'s city, state and country; its own coordinates too with `coordinates`. */
function placeRecordAt(value: Json, known: (typeof CITIES)[number], coordinates: boolean): void {
  const [city, state, country, latitude, longitude] = known;
  const place = (object: Json): void => {
    for (const key of Object.keys(object)) {
      const current = object[key];
      if (typeof current !== 'string') continue;
      if (/^(city|town|city_?name|cityName)$/i.test(key)) object[key] = city;
      else if (/^(country_?code|countryCode)$/i.test(key) || (/^country$/i.test(key) && /^[A-Z]{2}$/.test(current))) object[key] = country;
      else if (
        /^(state|state_?code|stateCode|region|province)$/i.test(key) &&
        (/^[A-Z]{2}$/.test(current) ? /^[A-Z]{2}$/.test(state) : true)
      )
        object[key] = state;
      else if (coordinates && LATITUDE.test(key) && numberIn(current) !== undefined) object[key] = String(latitude);
      else if (coordinates && LONGITUDE.test(key) && numberIn(current) !== undefined) object[key] = String(longitude);
    }
    if (!coordinates) return;
    for (const key of Object.keys(object))
      if (typeof object[key] === 'number' && LATITUDE.test(key)) object[key] = latitude;
      else if (typeof object[key] === 'number' && LONGITUDE.test(key)) object[key] = longitude;
  };
  const walk = (node: unknown, top: boolean): void => {
    if (!isJsonObject(node)) return;
    place(node);
    if (top) for (const [key, child] of Object.entries(node)) if (WRAPPER_KEY.test(key)) walk(child, true);
  };
  walk(value, true);
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

/**
 * The session's memory of facts seen about real identifiers: an object about one identifier
 * (ENSG…, EFO_…, CHEMBL…) states the same fields every time the session meets it, whichever tool shows it.
 */
function rememberFacts(value: unknown, memory: Map<string, Json>, about: WeakMap<object, string>): void {
  eachObject(value, (object) => {
    const ids = new Set(Object.values(object).filter((entry) => kindOf(entry) !== undefined));
    const paired = about.get(object);
    if (paired !== undefined) ids.add(paired);
    // a relation of an identifier (`subject`, `related_name`) is one of many, no fact of it
    if (ids.size !== 1 || Object.keys(object).some((key) => /^(related|relation)/i.test(key))) return;
    const id = [...ids][0] as string;
    let known = memory.get(id);
    if (known === undefined) {
      known = {};
      memory.set(id, known);
    }
    for (const [key, entry] of Object.entries(object)) {
      if (entry === null || typeof entry === 'object' || entry === id || /(^|_)(id|body|created_?at|updated_?at)$|^id$/i.test(key))
        continue;
      const seen = known[norm(key)];
      if (seen !== undefined && typeof seen === typeof entry) object[key] = seen;
      else known[norm(key)] = entry;
    }
  });
}

/**
 * Makes a result consistent with its call, with reality and with what the session showed before:
 * arguments honoured, well-known identifiers' real facts, counts that add up, dates in order, the
 * same facts about an identifier every time. Works in place on a copy the caller validates.
 */
const VERSION = /^v?\d+(\.\d+){0,3}$/;
/** A key of a map of versions: a version number or a dated version (`2024-01-01`). */
const VERSION_KEY = /^(v?\d+(\.\d+){0,3}|\d{4}-\d{2}-\d{2})$/;

/**
 * A version asked for (`api: "2.1.0"`) is in the result: a map keyed by versions (`versions: {"v3": …}`)
 * holds it under its first key, and a `preferred` version beside that map names it.
 */
function honourVersions(value: Json, args: Json): void {
  titleAskedService(value, args);
  directoryEntriesOfTheirService(value);
  holdAskedVersion(value, args);
}

/** A service asked by name (`service: "graph"`) titles the API documents the result holds: never another API's title ("Drive API"). */
function titleAskedService(value: Json, args: Json): void {
  const service = Object.entries(args).find(
    ([name, entry]) => /^(service|service_?name|serviceName)$/i.test(name) && typeof entry === 'string' && /^[\w .-]{2,40}$/.test(entry),
  )?.[1] as string | undefined;
  if (service === undefined) return;
  eachObject(value, (object) => {
    const info = object['info'];
    if (!isJsonObject(info) || typeof info['title'] !== 'string') return;
    const words = service
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (!words.every((word) => (info['title'] as string).toLowerCase().includes(word))) info['title'] = serviceTitle(service);
  });
}

/** A directory's entry keyed `provider:service` documents that service, and each version's document is of its own version. */
function directoryEntriesOfTheirService(value: Json): void {
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (!isJsonObject(entry) || !isJsonObject(entry['versions'])) continue;
      // (a provider's one API, keyed by the provider alone, documents the provider's API: `spotify.com` → "Spotify API")
      const service = /^[\w.-]+:([\w.-]+)$/.exec(key)?.[1];
      const named = service ?? providerBrand(key);
      for (const [version, document] of Object.entries(entry['versions'] as Json)) {
        const info = isJsonObject(document) ? document['info'] : undefined;
        if (!isJsonObject(info)) continue;
        if (typeof info['version'] === 'string' && VERSION.test(version)) info['version'] = version;
        const title = service !== undefined ? serviceTitle(service) : `${named ?? ''} API`;
        if (
          named !== undefined &&
          typeof info['title'] === 'string' &&
          !info['title'].toLowerCase().includes(named.toLowerCase()) &&
          info['title'] !== title
        )
          info['title'] = title;
      }
      const versions = Object.keys(entry['versions'] as Json);
      if (typeof entry['preferred'] === 'string' && versions.length > 0 && !versions.includes(entry['preferred']))
        entry['preferred'] = versions[0];
    }
  });
}

/** A map keyed by versions holds the version asked for (under its first key), and a `preferred` beside it names it. */
function holdAskedVersion(value: Json, args: Json): void {
  const asked = Object.entries(flatArguments(args)).find(
    ([name, entry]) => /version|^api$|^ver$|release/i.test(name) && typeof entry === 'string' && VERSION.test(entry),
  )?.[1] as string | undefined;
  if (asked === undefined) return;
  eachObject(value, (object) => {
    for (const [key, map] of Object.entries(object)) {
      if (!isJsonObject(map)) continue;
      const keys = Object.keys(map);
      if (keys.length === 0 || !keys.every((version) => VERSION_KEY.test(version))) continue;
      const renamed: Json = {};
      if (keys.includes(asked)) Object.assign(renamed, map);
      else for (const [index, version] of keys.entries()) renamed[index === 0 ? asked : version] = map[version];
      object[key] = renamed;
      if (typeof object['preferred'] === 'string' && !(object['preferred'] in renamed)) object['preferred'] = asked;
      oneApiPerVersionMap(renamed, asked);
    }
  });
}

/** Each version's document is of its own version, and all of one API (the asked version's title). */
function oneApiPerVersionMap(versions: Json, asked: string): void {
  const title = ((versions[asked] as Json | undefined)?.['info'] as Json | undefined)?.['title'];
  for (const [version, document] of Object.entries(versions)) {
    const info = isJsonObject(document) ? document['info'] : undefined;
    if (!isJsonObject(info)) continue;
    if (typeof info['version'] === 'string') info['version'] = version;
    if (typeof title === 'string' && typeof info['title'] === 'string') info['title'] = title;
  }
}

/**
 * A place asked by name or id answers for that place, not the spec's example city (`city_name:
 * "Raleigh"` for any city asked): a `city` argument is the `city`/`city_name` of the record and of
 * the records its wrappers (`data`) list, with a known city's state and country code; a `city_id`
 * names one city per id (the same in every call, another for another id) with its coordinates; a
 * `station` (or `stations`) argument is the `station`/`station_id` of those records.
 */
function placeByCity(value: Json, args: Json): void {
  const place = askedPlace(args);
  if (place === undefined) return;
  const walk = (node: unknown, top: boolean, index: number): void => {
    if (Array.isArray(node)) node.forEach((item, at) => walk(item, false, at));
    else if (isJsonObject(node)) {
      placeObject(place, node, top, index);
      for (const [key, child] of Object.entries(node)) if (WRAPPER_KEY.test(key)) walk(child, top && !Array.isArray(child), index);
    }
  };
  walk(value, true, 0);
  namesOfAskedCity(value, args, place.known);
}

/** Fields of a place record (a city listed near the one asked keeps its own name). */
const PLACE_FIELD =
  /^(lat|latitude|lon|lng|longitude|country|country_?code|population|distance|distance_?km|region|state|type|kind|time_?zone)$/i;

/**
 * The record a call answers with (not one of a list), named after another known city than the one
 * asked and no argument names (a lease drawn up for `location: "Stockholm, Sweden"` named `Dubai`),
 * is named after the city asked; a place record keeps its name.
 */
function namesOfAskedCity(value: Json, args: Json, known: (typeof CITIES)[number] | undefined): void {
  if (known === undefined) return;
  const sent = JSON.stringify(args).toLowerCase();
  const records = [
    value,
    ...Object.entries(value)
      .filter(([key, entry]) => WRAPPER_KEY.test(key) && isJsonObject(entry))
      .map(([, entry]) => entry as Json),
  ];
  for (const record of records) {
    const name = record['name'];
    const other = typeof name === 'string' ? cityNamed(name) : undefined;
    if (other === undefined || other === known || sent.includes(other[0].toLowerCase())) continue;
    if (!Object.keys(record).some((key) => PLACE_FIELD.test(key))) record['name'] = known[0];
  }
}

/**
 * A record of a station asked without a city is at that station: its city, state and country codes
 * and its point are the station's own (`KVNY` is Los Angeles, never the spec's Raleigh; an unknown
 * code one city, the same in every record and call).
 */
function stationObject(object: Json, station: string): void {
  const [name, region, country, lat, lon] = cityOfStation(station);
  for (const key of Object.keys(object)) {
    const current = object[key];
    if (typeof current === 'string' && /^(city|town|city_?name|cityName)$/i.test(key)) object[key] = name;
    else if (typeof current === 'string' && /^(country_?code|countryCode)$/i.test(key)) object[key] = country;
    else if (typeof current === 'string' && /^(state_?code|stateCode)$/i.test(key)) object[key] = region;
    else if (/^(lat|latitude)$/i.test(key) && (typeof current === 'number' || typeof current === 'string'))
      object[key] = typeof current === 'string' ? String(lat) : lat;
    else if (/^(lon|lng|longitude)$/i.test(key) && (typeof current === 'number' || typeof current === 'string'))
      object[key] = typeof current === 'string' ? String(lon) : lon;
  }
}

/** The place a call asks for: a city (by name or id, `known` when it is one of ours), a station, a country code. */
interface AskedPlace {
  city: string | undefined;
  known: (typeof CITIES)[number] | undefined;
  /** Whether the city was asked by name (a city asked by id also places the coordinates). */
  named: boolean;
  station: string | undefined;
  code: string | undefined;
}

/** The place `args` ask for, or none. */
function askedPlace(args: Json): AskedPlace | undefined {
  const text = (pattern: RegExp): string | undefined =>
    Object.entries(args).find(([key, argument]) => pattern.test(key) && typeof argument === 'string' && argument.trim() !== '')?.[1] as
      string | undefined;
  // a `location` that names a known city ("Boston, MA") places the records there too
  const cityArgument = text(/^(city|city_?name|cityName)$/i) ?? locatedCity(text(/^(location|near|area|place)$/i));
  const cityId = Object.entries(args).find(
    ([key, argument]) => /^city_?id$/i.test(key) && (typeof argument === 'string' || typeof argument === 'number'),
  )?.[1];
  const station = text(/^(station|stations|station_?id|stationId)$/i);
  // a country asked by its code is the records' country code (`country: "GB"` → `country_code: "GB"`, never "US" or "Netherlands")
  const countryArgument = text(/^(country|country_?code|countryCode)$/i);
  const askedCode =
    countryArgument !== undefined && /^[A-Za-z]{2}$/.test(countryArgument.trim()) ? countryArgument.trim().toUpperCase() : undefined;
  const known =
    cityArgument !== undefined
      ? cityNamed(cityArgument)
      : cityId !== undefined && !Object.keys(args).some((key) => LATITUDE.test(key))
        ? CITIES[Number.parseInt(sha256Hex(`city\u0000${String(cityId)}`).slice(0, 8), 16) % CITIES.length]
        : undefined;
  const city = cityArgument ?? known?.[0];
  if (city === undefined && station === undefined && askedCode === undefined) return undefined;
  return { city, known, named: cityArgument !== undefined, station, code: askedCode ?? known?.[2] };
}

/** One of our cities by its name (`Boston`, `Boston City`). */
function cityNamed(name: string): (typeof CITIES)[number] | undefined {
  return CITIES.find(
    ([known]) =>
      known.toLowerCase() ===
      name
        .trim()
        .replace(/ city$/i, '')
        .toLowerCase(),
  );
}

/** The city a `location` argument names: one of ours by name, or New York for one of its boroughs. */
function locatedCity(location: string | undefined): string | undefined {
  if (location === undefined) return undefined;
  const first = location.split(',')[0] ?? '';
  if (/^(brooklyn|manhattan|queens|the bronx|bronx|staten island)$/i.test(first.trim())) return 'New York';
  return cityNamed(first)?.[0];
}

/** Puts one record in the asked place: its city, address, station, country and state codes, and (at the top, for a city asked by id) its coordinates. */
function placeObject({ city, known, named, station, code }: AskedPlace, object: Json, top: boolean, index: number): void {
  // a list of stations (`KRDU,KJFK`) gives each record its own, in turn
  const stations =
    station
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean) ?? [];
  const own = stations[index % Math.max(stations.length, 1)];
  if (own !== undefined && city === undefined && code === undefined) stationObject(object, own);
  for (const key of Object.keys(object)) {
    const current = object[key];
    if (city !== undefined && typeof current === 'string' && /^(city|town|city_?name|cityName)$/i.test(key)) object[key] = city;
    else if (known !== undefined && typeof current === 'string' && /^(address|street_?address|full_?address)$/i.test(key))
      object[key] = movedAddress(current, known);
    else if (station !== undefined && typeof current === 'string' && /^(station|station_?id|stationId|sources?)$/i.test(key))
      object[key] = own ?? station;
    else if (code !== undefined && typeof current === 'string' && /^(country_?code|countryCode)$/i.test(key)) object[key] = code;
    else if (known !== undefined && typeof current === 'string' && /^(state_?code|stateCode)$/i.test(key) && /^[A-Z]{2}$/.test(known[1]))
      object[key] = known[1];
    else if (known !== undefined && !named && top && /^(lat|latitude)$/i.test(key))
      object[key] = typeof current === 'string' ? String(known[3]) : known[3];
    else if (known !== undefined && !named && top && /^(lon|lng|longitude)$/i.test(key))
      object[key] = typeof current === 'string' ? String(known[4]) : known[4];
  }
}

/**
 * A thing asked by its name (`get_battle_details(battle_name: "Battle of Gettysburg")`) is the record
 * the result answers with: its `name` is the name asked, never another battle's. Only an argument
 * named for the tool's own thing (`battle_name` on a battle tool), and only the top record.
 */
function nameByArgument(value: Json, args: Json, entity: string | undefined, tool = ''): void {
  if (entity === undefined || typeof value['name'] !== 'string') return;
  const thing = entity.toLowerCase().replace(/[^a-z]/g, '');
  // a thing the tool is named for (`get_filters_filter_name(filterName)` reads a filter by its name)
  const toolWords = tool.toLowerCase().split(/[^a-z]+/);
  for (const [key, argument] of Object.entries(args)) {
    const match = /^(.+?)_?name$/i.exec(key);
    const noun = match?.[1]?.toLowerCase().replace(/[^a-z]/g, '');
    if (typeof argument !== 'string' || argument.trim() === '' || noun === undefined || noun.length < 3) continue;
    if (/^(first|last|full|user|display|given|family|file|host|domain|company|city|country|state)$/.test(noun)) continue;
    if (thing.includes(noun) || noun.includes(thing) || toolWords.includes(noun)) {
      value['name'] = argument;
      return;
    }
  }
}

const US_STATES = new Set((en.location?.state ?? []).map((state) => state.toLowerCase()));
const COUNTRIES = new Set((en.location?.country ?? []).map((country) => country.toLowerCase()));
const KNOWN_CITIES = new Set(CITIES.map(([city]) => city.toLowerCase()));
/** The words a classification of places uses (Open States' jurisdictions: `state`, `municipality`, `country`). */
const PLACE_CLASSES = new Set(['state', 'municipality', 'country', 'city']);

/**
 * A place record classed as a kind of place is classed as what its name is: a US state (`North
 * Carolina`) a `state`, a country a `country`, a city a `municipality` (or `city`, in the words the
 * field already uses), never a state called a country. Works in place.
 */
function placeKinds(value: unknown): void {
  eachObject(value, (object) => {
    const name = typeof object['name'] === 'string' ? object['name'].trim().toLowerCase() : undefined;
    if (name === undefined) return;
    const kind = US_STATES.has(name) ? 'state' : COUNTRIES.has(name) ? 'country' : KNOWN_CITIES.has(name) ? 'municipality' : undefined;
    if (kind === undefined) return;
    for (const key of ['classification', 'type', 'kind', 'jurisdiction_type']) {
      const current = object[key];
      if (typeof current !== 'string' || !PLACE_CLASSES.has(current.toLowerCase()) || current.toLowerCase() === kind) continue;
      object[key] = kind === 'municipality' && current.toLowerCase() === 'city' ? current : kind;
    }
  });
}

/**
 * Two unrelated readings of one record never share a distinctive integer by chance (`gsi: 51, sci:
 * 51`; `active_cases: 71, deaths: 71`): such a pair reads as one placeholder copied, so the later one
 * moves by one. Values the call sent, counts and pages, round and small numbers and years stay.
 */
function distinctReadings(value: unknown, args: Json): void {
  const sent = new Set(Object.values(flatArguments(args)).map((entry) => String(entry)));
  eachObject(value, (object) => {
    const taken = new Map<number, string[]>();
    for (const [key, entry] of Object.entries(object)) {
      if (typeof entry !== 'number' || !Number.isInteger(entry) || entry < 11 || entry % 10 === 0 || (entry >= 1900 && entry <= 2100))
        continue;
      if (sent.has(String(entry)) || AGREEING.test(norm(key))) continue;
      const before = taken.get(entry) ?? [];
      const words = fieldWords(key);
      if (before.some((other) => !fieldWords(other).some((word) => words.includes(word)))) {
        let moved = entry + 1;
        while (taken.has(moved) || moved % 10 === 0) moved += 1;
        object[key] = moved;
        taken.set(moved, [key]);
      } else taken.set(entry, [...before, key]);
    }
  });
}

/** The session's entities a result is harmonised with: what was seen, the tool's entity, whether the call writes. */
interface HarmonizeEntities {
  seen: Map<string, SeenEntity>;
  entity: string;
  write: boolean;
  valid?: (value: Json) => boolean;
  topId?: string | number;
  /** Values the session's writes sent (world-tables.ts `sent`): kept as sent. */
  sent?: ReadonlySet<string>;
}

/** The call's own facts: texts and distances, arguments honoured, known and famous facts, moments, one entity per id. */
function callFacts(value: Json, args: Json, now: Date | undefined, entities: HarmonizeEntities | undefined, tool: string): void {
  textAndDistances(value, args);
  honourArguments(value, args);
  knownFacts(value, args);
  athletesOfTheCall(value, args);
  realMatchResult(value, args, now);
  athleteStats(value, args);
  providerServices(value, args, tool);
  if (now !== undefined) momentsAsTimes(value, now);
  datedKeys(value, args, now);
  if (entities !== undefined) oneEntityPerId(value, args, entities.seen, entities.entity, entities.write, entities.valid, entities.topId);
  distinctRecords(value);
  honourCutoffs(value, args);
  pickedFromSent(value, args);
}

/** Places of the call: named rows, post codes, coordinates, cities and their zones, restaurants, versions, one directory. */
function placesOfTheCall(
  value: Json,
  args: Json,
  memory: Map<string, Json>,
  context: string,
  entity: string | undefined,
  tool: string,
): void {
  rowsOfNamedThing(value, args, tool);
  placeByPostcode(value, args, context);
  placeByCoordinates(value, args);
  placeByKnownPostcode(value, args);
  placeByCity(value, args);
  cityTimeZones(value, args);
  truePlaceRecords(value);
  // a thing in Mumbai is not named "Dubai"
  localThingNames(value, args, tool);
  restaurantsByCuisine(value, args);
  nameByArgument(value, args, entity, tool);
  honourVersions(value, args);
  oneDirectory(value, args, tool, memory);
}

/**
 * What a call picks from a list it sent holds only members of that list: `filtered_stocks` of
 * `stocks: ["AMZN", "TSLA"]` (a field named for the sent list, with a word before it) lists AMZN or
 * TSLA, never AAPL; a stranger takes a sent member not listed yet, else is left out.
 */
function pickedFromSent(value: Json, args: Json): void {
  const lists = Object.entries(args).filter(
    (entry): entry is [string, string[]] =>
      Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every((item) => typeof item === 'string' && item !== ''),
  );
  if (lists.length === 0) return;
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (!Array.isArray(entry) || !entry.every((item) => typeof item === 'string')) continue;
      const sent = lists.find(([name]) => norm(key) !== norm(name) && norm(key).endsWith(norm(name)))?.[1];
      if (sent === undefined) continue;
      const spare = sent.filter((item) => !entry.includes(item));
      const picked = entry.flatMap((item) => (sent.includes(item as string) ? [item] : spare.length > 0 ? [spare.shift()] : []));
      object[key] = [...new Set(picked)];
    }
  });
}

export function harmonizeResult(
  value: Json,
  args: Json,
  memory: Map<string, Json>,
  context = '',
  now?: Date,
  entities?: HarmonizeEntities,
  tool = '',
  write = entities?.write === true,
): Json {
  const lengths = listLengths(value);
  callFacts(value, args, now, entities, tool);
  placesOfTheCall(value, args, memory, context, entities?.entity, tool);
  const about = new WeakMap<object, string>();
  groundFacts(value, args, about);
  placeKinds(value);
  distinctReadings(value, args);
  coherentNumbers(value);
  statusAgreesWithNumbers(value);
  obisRegisters(value, args);
  honourDateRanges(value, args, write);
  oneCurrencyPerHolding(value, args, tool);
  realRates(value, args, tool);
  sentimentOfText(value, args);
  sumsThatHold(value, args);
  relatedSearches(value, args, tool);
  oneInstantPerRecord(value);
  forecastsAhead(value, now, args);
  relationsOfSubject(value, args);
  plausibleRelations(value);
  plausibleContent(value, args, entities?.sent);
  mediaThatFits(value);
  oneOwnerPerRecord(value);
  rememberFacts(value, memory, about);
  recount(value, lengths);
  return value;
}

/** Whether a stored date field `value` is inside the range the arguments give (`DateCreatedOnOrBefore`, `created_after`, `since`). */
export function dateRangeOf(args: Json): Array<{ base: string; bound: number; upper: boolean; inclusive: boolean }> {
  const ranges: Array<{ base: string; bound: number; upper: boolean; inclusive: boolean }> = [];
  for (const [key, raw] of Object.entries(args)) {
    const bound = instant(raw);
    if (bound === undefined || typeof raw !== 'string') continue;
    const match =
      /^(.*?)[_-]?(on_?or_?before|on_?or_?after|before|after|since|until|from|to|start|end|min|max|gte|lte|gt|lt)(_?date)?$/i.exec(
        // a bracketed filter (`filter[since]`) is named by its bracket
        key.replace(/^[^[]*\[([^\]]+)\]$/, '$1').replace(/([a-z])([A-Z])/g, '$1_$2'),
      );
    if (match === null) continue;
    const word = (match[2] as string).toLowerCase().replace(/_/g, '');
    const upper = /^(onorbefore|before|until|to|end|max|lte|lt)$/.test(word);
    ranges.push({ base: norm(match[1] as string), bound, upper, inclusive: !/^(before|after|gt|lt)$/.test(word) });
  }
  return ranges;
}

/** The date field of `fields` a range on `base` (`datecreated`, `created`, ``) bounds. */
export function rangedField(fields: Json, base: string): string | undefined {
  const dated = Object.keys(fields).filter((key) => instant(fields[key]) !== undefined && typeof fields[key] === 'string');
  return (
    dated.find((key) => base !== '' && norm(key) === base) ??
    dated.find((key) => base !== '' && norm(key).includes(base)) ??
    dated.find((key) => /creat|^date$/i.test(key)) ??
    (base === '' ? dated[0] : undefined)
  );
}

export function inRange(time: number, range: { bound: number; upper: boolean; inclusive: boolean }): boolean {
  if (range.upper) return range.inclusive ? time <= range.bound : time < range.bound;
  return range.inclusive ? time >= range.bound : time > range.bound;
}

export { instant as parseInstant, orderDates };

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

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/;
/** A date field's stem (`created_at` → created, `start_date` → start, `date` → ``). */
const dateStem = (key: string): string =>
  norm(key)
    .replace(/^date/, '')
    .replace(/(date|at|time|on)$/, '');

/** The stems of a record's own lifecycle stamps (`createdAt`, `updated_at`, `creation_date`). */
const LIFECYCLE_STAMP = /^(created|creation|updated|modified|lastmodified|lastupdated)$/;

/**
 * A date-range argument (`created_before`, `updated_since`, a bare `before`/`since`) holds for every
 * object of the result, nested ones too: a date field it names (a bare one names the creation,
 * publication or plain `date`) outside the range moves inside it, in its own format; an update
 * stays no earlier than the creation. A range that holds no day is left alone.
 */
function honourDateRanges(value: Json, args: Json, write = false): void {
  const ranges = dateRangesAsked(args);
  if (ranges.length === 0) return;
  eachObject(value, (object) => {
    let moved = false;
    for (const [key, entry] of Object.entries(object)) {
      if (typeof entry !== 'string' || !DATE_TEXT.test(entry)) continue;
      // a write's dates (`body: {start, end}` of a stay) are the record's new fields, not a range: its creation and update stamps are the world's
      if (write && LIFECYCLE_STAMP.test(dateStem(key))) continue;
      const placed = dateInRanges(key, entry, ranges);
      if (placed === undefined) continue;
      object[key] = placed;
      moved = true;
    }
    if (moved) updatesAfterCreation(object);
  });
}

/** One bound of a date range asked for: the date field it names (none for a bare `before`), which side, and when. */
interface DateBound {
  field: string | undefined;
  upper: boolean;
  bound: number;
  day: string;
}

/** The date bounds among a call's arguments (`created_before`, `updated_since`, a bare `before`/`since`). */
function dateRangesAsked(args: Json): DateBound[] {
  const ranges: DateBound[] = [];
  for (const [flat, raw] of Object.entries(flatArguments(args))) {
    if (typeof raw !== 'string' || !DATE_TEXT.test(raw)) continue;
    // a bracketed filter (`filter[since]`) is named by its bracket
    const name = flat.replace(/^[^[]*\[([^\]]+)\]$/, '$1');
    // `start_date`/`from_date`/`endDate` (a bare `start`, `from`, `to` with a date too) bound the rows' own dates, as a bare `since`/`until` does
    const spanned = /^(start|from|begin)(date|day|time)?$|^(end|to|till)(date|day|time)?$/.exec(norm(name));
    const match =
      spanned !== null
        ? ['', '', spanned[1] ?? spanned[3]]
        : /^(.*?)(onorbefore|onorafter|before|after|since|until|from|to)$/.exec(norm(name));
    if (match === null) continue;
    const bound = Date.parse(raw);
    if (Number.isNaN(bound)) continue;
    // `date_from`/`date_to` name no field of their own: the rows' dates
    const field = match[1] === '' || match[1] === 'date' ? undefined : dateStem(match[1] as string);
    ranges.push({
      field,
      upper: /before|until|to|end|till/.test(match[2] as string),
      bound,
      day: raw.slice(0, 10),
    });
  }
  return ranges;
}

/** Dates a bare range (`since`, `date_from`, `start_date`) does not bound: a birth, an expiry, a due date, a later update, a span's own ends. */
const NOT_OWN_DATE =
  /birth|dob|expir|due|valid|deadline|next|renew|matur|updated|modified|last|end|start|until|open|close|check|depart|arriv|sunrise|sunset/;

/** The date `entry` of field `key` moved inside the ranges that apply to it, in its own format; none where it is inside already, or the range holds no day. */
function dateInRanges(key: string, entry: string, ranges: DateBound[]): string | undefined {
  const stem = dateStem(key);
  const applicable = ranges.filter((range) => (range.field !== undefined ? stem === range.field : !NOT_OWN_DATE.test(stem)));
  const uppers = applicable.filter((range) => range.upper);
  const lowers = applicable.filter((range) => !range.upper);
  const high = uppers.length === 0 ? undefined : uppers.reduce((a, b) => (a.bound <= b.bound ? a : b));
  const low = lowers.length === 0 ? undefined : lowers.reduce((a, b) => (a.bound >= b.bound ? a : b));
  const day = entry.slice(0, 10);
  if ((high === undefined || day <= high.day) && (low === undefined || day >= low.day)) return undefined;
  if (high !== undefined && low !== undefined && low.day > high.day) return undefined;
  const offset = ((hashOf(`${key}\u0000${entry}`) % (20 * 24)) + 1) * 3_600_000;
  // rows moved into a range spread over it, not onto one day
  let placed =
    high !== undefined && low !== undefined
      ? low.bound + (hashOf(`${key}\u0000${entry}`) % Math.max(1, high.bound - low.bound + 1))
      : high !== undefined
        ? high.bound - offset
        : (low as { bound: number }).bound + offset;
  if (high !== undefined && new Date(placed).toISOString().slice(0, 10) > high.day) placed = Date.parse(`${high.day}T00:00:00Z`);
  if (low !== undefined && new Date(placed).toISOString().slice(0, 10) < low.day) placed = Date.parse(`${low.day}T12:00:00Z`);
  const iso = new Date(placed).toISOString();
  return /^\d{4}-\d{2}-\d{2}$/.test(entry) ? iso.slice(0, 10) : /\.\d+/.test(entry) ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** An update (a settlement) is no earlier than the creation it follows. */
function updatesAfterCreation(object: Json): void {
  for (const [key, entry] of Object.entries(object)) {
    if (typeof entry !== 'string' || !DATE_TEXT.test(entry) || !/updated|modified|settled/i.test(key)) continue;
    const created = Object.keys(object).find((other) => norm(other) === norm(key).replace(/updated|modified|settled/, 'created'));
    const then = created === undefined ? undefined : object[created];
    if (
      typeof then === 'string' &&
      DATE_TEXT.test(then) &&
      Date.parse(entry) < Date.parse(then) &&
      typeof then === typeof entry &&
      then.length === entry.length
    )
      object[key] = then;
  }
}
