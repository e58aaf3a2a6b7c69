import { countryCode } from './country-codes.js';
import { CITIES, COUNTRIES } from './values/lexicon.js';
import { REGION_NAMES } from './values/places.js';
import { isJsonObject } from '@inftool/core';

/**
 * A place record is true to its place: a city's admin areas are its own region and country (Denver
 * is in Colorado, never "England"), its `type` is a kind of place (never a country's name), and a
 * real country carries its ISO alpha-2/alpha-3 codes and its approximate centre. Works in place.
 */
type Json = Record<string, unknown>;

/** Approximate centre [latitude, longitude] of each country of the lexicon, by alpha-2 code. */
export const COUNTRY_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  US: [39.8, -98.6],
  CA: [56.1, -106.3],
  GB: [54.0, -2.0],
  FR: [46.6, 2.2],
  DE: [51.2, 10.4],
  ES: [40.4, -3.7],
  IT: [42.8, 12.6],
  NL: [52.1, 5.3],
  IE: [53.4, -8.2],
  PT: [39.4, -8.2],
  SE: [62.2, 17.6],
  CH: [46.8, 8.2],
  JP: [36.2, 138.3],
  KR: [36.5, 127.8],
  SG: [1.35, 103.82],
  AU: [-25.3, 133.8],
  IN: [22.4, 78.7],
  BR: [-10.3, -53.1],
  MX: [23.6, -102.6],
  AR: [-34.6, -64.0],
  ZA: [-29.0, 24.7],
  AE: [24.0, 54.0],
  NZ: [-41.5, 172.8],
  NO: [64.6, 17.9],
};

const ADMIN1 = /^(adm_?area_?1|admin_?1|admin_?area_?1|state|province|state_?name)$/i;
const ADMIN2 = /^(adm_?area_?2|admin_?2|admin_?area_?2|county|district)$/i;
const PLACE_TYPE = /^(type|kind|place_?type|feature_?type)$/i;
const ALPHA2 = /^(alpha_?2(_?code)?|iso_?2|iso_?a2|iso_?alpha_?2|cca2|country_?code)$/i;
const ALPHA3 = /^(alpha_?3(_?code)?|iso_?3|iso_?a3|iso_?alpha_?3|cca3)$/i;
const LATITUDE = /^(lat|latitude)$/i;
const LONGITUDE = /^(lon|lng|long|longitude)$/i;
const squashed = (key: string): string => key.replace(/-/g, '_');
const keyLike = (object: Json, pattern: RegExp): string[] => Object.keys(object).filter((key) => pattern.test(squashed(key)));
const lower = (value: unknown): string => (typeof value === 'string' ? value.split(',')[0]!.trim().toLowerCase() : '');
const coordinate = (previous: unknown, next: number): unknown => (typeof previous === 'number' ? next : String(next));

/** Whether `text` names a country (`Norway`, `Germany`) rather than a kind of place. */
const isCountryName = (text: string): boolean =>
  COUNTRIES.some(([name]) => name.toLowerCase() === text.toLowerCase()) || countryCode(text) !== undefined;

/** A record named after a city of the lexicon takes that city's region and kind. */
function cityRecord(object: Json, city: (typeof CITIES)[number]): void {
  const [name, region, country] = city;
  for (const key of keyLike(object, ADMIN1)) if (typeof object[key] === 'string') object[key] = REGION_NAMES[region] ?? region;
  for (const key of keyLike(object, ADMIN2))
    if (typeof object[key] === 'string' && lower(object[key]) !== name.toLowerCase()) object[key] = name;
  for (const key of keyLike(object, PLACE_TYPE)) {
    const current = object[key];
    if (typeof current === 'string' && (isCountryName(current) || CITIES.some(([other]) => other.toLowerCase() === lower(current))))
      object[key] = 'city';
  }
  const countryKey = Object.keys(object).find((key) => /^country(_?name)?$/i.test(key));
  const entry = COUNTRIES.find(([, alpha2]) => alpha2 === country);
  if (countryKey !== undefined && typeof object[countryKey] === 'string' && entry !== undefined)
    object[countryKey] = (object[countryKey] as string).length === 2 ? country : entry[0];
}

/** A record named after a real country carries its codes, its centre and the kind `country`. */
function countryRecord(object: Json, entry: (typeof COUNTRIES)[number]): void {
  const [, alpha2, alpha3] = entry;
  for (const key of keyLike(object, ALPHA2)) if (typeof object[key] === 'string') object[key] = alpha2;
  for (const key of keyLike(object, ALPHA3)) if (typeof object[key] === 'string') object[key] = alpha3;
  const centre = COUNTRY_CENTRES[alpha2];
  if (centre !== undefined) {
    for (const key of keyLike(object, LATITUDE)) object[key] = coordinate(object[key], centre[0]);
    for (const key of keyLike(object, LONGITUDE)) object[key] = coordinate(object[key], centre[1]);
  }
  for (const key of keyLike(object, PLACE_TYPE))
    if (typeof object[key] === 'string' && isCountryName(object[key] as string)) object[key] = 'country';
}

/** The `country` of a record that is about a country alone (no name, city, address or station beside it: a country's figures at its point). */
const countryOnly = (object: Json): unknown =>
  Object.keys(object).some((key) => /^(city|city_?name|town|address|station|station_?id|place|location)$/i.test(key))
    ? undefined
    : object['country'];

/** Every record of `value` that names a known city or country is made true to it. */
export function truePlaceRecords(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(truePlaceRecords);
  if (!isJsonObject(value)) return;
  const name = lower(value['name'] ?? value['country_name'] ?? value['countryName'] ?? countryOnly(value));
  const city = CITIES.find(([own]) => own.toLowerCase() === name);
  const country = COUNTRIES.find(([own]) => own.toLowerCase() === name);
  // a name that is both (Singapore) is the country where the record holds country codes
  const coded = keyLike(value, ALPHA2).length + keyLike(value, ALPHA3).length > 0 && !keyLike(value, /^country$/i).length;
  // a record that is a place (a point or a country beside its name), not a thing that happens to be named like one
  const place = keyLike(value, LATITUDE).length > 0 || keyLike(value, /^country(_?name)?$/i).length > 0;
  if (country !== undefined && (coded || city === undefined)) countryRecord(value, country);
  else if (city !== undefined && place) cityRecord(value, city);
  Object.values(value).forEach(truePlaceRecords);
}
