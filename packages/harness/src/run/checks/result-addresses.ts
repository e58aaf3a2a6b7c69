import { CITY_COUNTRY, CITY_ZONES, countryCode } from './result-places.js';
import { eachObject, isJsonObject, nameWords } from '@inftool/core';

/**
 * Results about the place the call named (part of `results_plausible`): a record's address in
 * another city or country than the call's `location` or `city` (a property search for Lyon that
 * lists `13 Church Lane, Manchester M1 1AE`), a station's records in another city than the station's
 * own (`KVNY` answered from Raleigh), one station placed in two cities in one result, and the record
 * answered named after another city (a lease for Stockholm named `Dubai`).
 */
type Json = Record<string, unknown>;
const squash = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CITY_WORDS = Object.keys(CITY_ZONES).map((city) => [city, new RegExp(`(^|[^\\p{L}])${escaped(city)}($|[^\\p{L}])`, 'iu')] as const);
/** The known cities a text names (`13 Church Lane, Manchester M1 1AE` → manchester). */
const citiesIn = (text: string): string[] => CITY_WORDS.filter(([, pattern]) => pattern.test(text)).map(([city]) => city);

const stringArgument = (args: Json, pattern: RegExp): string | undefined =>
  Object.entries(args).find(([key, value]) => pattern.test(squash(key)) && typeof value === 'string')?.[1] as string | undefined;

/** The city (one this file knows) and the country the call asks about, by a `city`/`location` and a `country` argument. */
function askedPlace(args: Json): { city?: string; country?: string } {
  const named = stringArgument(args, /^(city|cityname|location|place|near|area)$/);
  const city = named === undefined ? undefined : citiesIn(named.split(',')[0]!)[0];
  const country =
    countryCode(stringArgument(args, /^(country|countrycode|countryname)$/)) ?? (city === undefined ? undefined : CITY_COUNTRY[city]?.[0]);
  return { city, country };
}

/** A record's own address (not a billing address or an email address). */
const ADDRESS_FIELD = /^(address|streetaddress|fulladdress|formattedaddress|addressline)$/;

/** Addresses in the result in another city (or another country) than the one the call asked about. */
function addressProblems(args: Json, data: unknown): string[] {
  const asked = askedPlace(args);
  if (asked.city === undefined && asked.country === undefined) return [];
  const problems: string[] = [];
  eachObject(data, (object) => {
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string' || !ADDRESS_FIELD.test(squash(key))) continue;
      const cities = citiesIn(value);
      if (cities.length === 0 || (asked.city !== undefined && cities.includes(asked.city))) continue;
      if (asked.city !== undefined) problems.push(`address "${value}" is in ${cities[0]}, not ${asked.city}`);
      else if (cities.every((city) => CITY_COUNTRY[city]?.[0] !== asked.country))
        problems.push(`address "${value}" is in ${cities[0]}, not in ${asked.country}`);
    }
  });
  return problems;
}

/** The city of a few well-known weather stations (ICAO codes). */
const STATION_CITIES: Record<string, string> = {
  KVNY: 'los angeles',
  KLAX: 'los angeles',
  KRDU: 'raleigh',
  KJFK: 'new york',
  KORD: 'chicago',
  KSFO: 'san francisco',
  KSEA: 'seattle',
  KBOS: 'boston',
  KDEN: 'denver',
  EGLL: 'london',
  LFPG: 'paris',
  EDDB: 'berlin',
  RJTT: 'tokyo',
  WSSS: 'singapore',
  YSSY: 'sydney',
};

/** A known station's records in another city; one station's records in two cities. */
function stationProblems(args: Json, data: unknown): string[] {
  const asked = stringArgument(args, /^(station|stations|stationid)$/)
    ?.trim()
    .toUpperCase();
  const home = asked === undefined ? undefined : STATION_CITIES[asked];
  const problems: string[] = [];
  const placed = new Map<string, Set<string>>();
  eachObject(data, (object) => {
    const cityKey = Object.keys(object).find((key) => /^(city|cityname)$/.test(squash(key)));
    const city = cityKey === undefined ? undefined : object[cityKey];
    if (typeof city !== 'string' || city.trim() === '') return;
    const named = citiesIn(city)[0];
    if (home !== undefined && named !== undefined && named !== home) problems.push(`station ${asked} is in ${home}, not ${city}`);
    const station = Object.entries(object).find(([key]) => /^(station|stationid)$/.test(squash(key)))?.[1];
    if (typeof station === 'string') placed.set(station, (placed.get(station) ?? new Set()).add(city.trim().toLowerCase()));
  });
  for (const [station, cities] of placed)
    if (cities.size > 1) problems.push(`station ${station} is placed in ${[...cities].join(' and ')}`);
  return problems;
}

const PLACE_FIELD = /^(lat|latitude|lon|lng|longitude|country|countrycode|population|distance|distancekm|region|state|type|kind|timezone)$/;

/** The record answered (not one of a list) named after another city than the one asked, a city no argument names. */
function nameProblems(args: Json, data: unknown): string[] {
  const asked = askedPlace(args).city;
  if (asked === undefined || !isJsonObject(data)) return [];
  const sent = JSON.stringify(args).toLowerCase();
  const records = [data, ...Object.values(data).filter(isJsonObject)];
  return records.flatMap((record) => {
    const name = typeof record['name'] === 'string' ? record['name'].trim().toLowerCase() : '';
    const other = name in CITY_ZONES && name !== asked && !sent.includes(name) ? name : undefined;
    return other !== undefined && !Object.keys(record).some((key) => PLACE_FIELD.test(squash(key)))
      ? [`the record asked for ${asked} is named ${String(record['name'])}`]
      : [];
  });
}

/** The words of a tool's name that can name a field (`getLatestCountryDataByName` → get, latest, country, …). */
const toolWords = (tool: string): string[] =>
  nameWords(tool).filter((word) => word.length >= 4 && !/^(name|data|latest|list|info|details?|search|find|fetch|current)$/.test(word));

/** Rows of another thing than the one a `name` argument asked (`name: "Germany"` on a country tool listing Japan). */
function namedRowProblems(tool: string, args: Json, data: unknown): string[] {
  const asked = args['name'];
  if (typeof asked !== 'string' || asked.trim() === '') return [];
  const words = toolWords(tool);
  const problems: string[] = [];
  eachObject(data, (object) => {
    for (const rows of Object.values(object)) {
      if (!Array.isArray(rows) || rows.length === 0 || !rows.every(isJsonObject)) continue;
      const field = Object.keys(rows[0] as Json).find((key) => words.includes(key.toLowerCase()));
      if (field === undefined) continue;
      for (const row of rows as Json[])
        if (typeof row[field] === 'string' && row[field].trim().toLowerCase() !== asked.trim().toLowerCase())
          problems.push(`${field} "${row[field]}" listed for ${asked}`);
    }
  });
  return problems;
}

/** What in one call's result is about another place or thing than the call named. */
export function otherPlaceProblems(args: Json, data: unknown, tool = ''): string[] {
  return [
    ...addressProblems(args, data),
    ...stationProblems(args, data),
    ...nameProblems(args, data),
    ...namedRowProblems(tool, args, data),
  ];
}
