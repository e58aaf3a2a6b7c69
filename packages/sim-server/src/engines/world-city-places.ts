/** The city, station or place a call names, in its result; places classed as what they are; readings that do not share a number by chance. */
import { en } from '@faker-js/faker';
import { COUNTING_FIELD as AGREEING, fieldWords, sha256Hex, isJsonObject, eachObject } from '@inftool/core';
import { CITIES } from './values/lexicon.js';
import { movedAddress } from './values/addresses.js';
import { cityOfStation } from './values/places.js';
import { WRAPPER_KEY } from './world-entities.js';
import { type Json, norm, flatArguments } from './world-fact-basics.js';
import { LATITUDE } from './world-postcodes.js';

/**
 * A place asked by name or id answers for that place, not the spec's example city (`city_name:
 * "Raleigh"` for any city asked): a `city` argument is the `city`/`city_name` of the record and of
 * the records its wrappers (`data`) list, with a known city's state and country code; a `city_id`
 * names one city per id (the same in every call, another for another id) with its coordinates; a
 * `station` (or `stations`) argument is the `station`/`station_id` of those records.
 */
export function placeByCity(value: Json, args: Json): void {
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
export function nameByArgument(value: Json, args: Json, entity: string | undefined, tool = ''): void {
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
export function placeKinds(value: unknown): void {
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
export function distinctReadings(value: unknown, args: Json): void {
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
