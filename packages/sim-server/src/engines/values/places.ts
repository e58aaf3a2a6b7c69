import { CITIES, COUNTRIES } from './lexicon.js';
import { sha256Hex } from '@inftool/core';
import { zoneOfCity } from './famous-facts.js';
import { isJsonObject } from '@inftool/core';
import { schemaCountry } from './schema-country.js';

/**
 * One place per call: the arguments of a call that speak of a place (a city, its region, country,
 * post code, currency, time zone and coordinates) all speak of the same city of the lexicon's table,
 * drawn by the seed, each written as the schema wrote it (a code, a name, a number as text).
 */
type Json = Record<string, unknown>;
type City = (typeof CITIES)[number];

/** A real post code of each city's centre (none in the UAE), by city name. */
export const CITY_POSTCODES: Readonly<Record<string, string>> = {
  'New York': '10001',
  'San Francisco': '94103',
  Seattle: '98101',
  Austin: '78701',
  Chicago: '60601',
  Boston: '02108',
  Denver: '80202',
  Miami: '33130',
  'Los Angeles': '90012',
  Portland: '97204',
  Atlanta: '30303',
  Raleigh: '27601',
  Toronto: 'M5H 2N2',
  Vancouver: 'V6B 1A1',
  London: 'SW1A 1AA',
  Manchester: 'M1 1AE',
  Paris: '75001',
  Lyon: '69002',
  Berlin: '10115',
  Munich: '80331',
  Madrid: '28013',
  Barcelona: '08002',
  Rome: '00184',
  Milan: '20121',
  Amsterdam: '1012 JS',
  Dublin: 'D02 X285',
  Lisbon: '1100-148',
  Stockholm: '111 22',
  Zurich: '8001',
  Vienna: '1010',
  Tokyo: '100-0001',
  Osaka: '530-0001',
  Seoul: '04524',
  Singapore: '018956',
  Sydney: '2000',
  Melbourne: '3000',
  Mumbai: '400001',
  Bangalore: '560001',
  'São Paulo': '01310-100',
  'Mexico City': '06000',
  'Buenos Aires': 'C1002',
  'Cape Town': '8001',
};

/** The main airport (IATA code) of each city of the table, by city name. */
export const CITY_AIRPORTS: Readonly<Record<string, string>> = {
  'New York': 'JFK',
  'San Francisco': 'SFO',
  Seattle: 'SEA',
  Austin: 'AUS',
  Chicago: 'ORD',
  Boston: 'BOS',
  Denver: 'DEN',
  Miami: 'MIA',
  'Los Angeles': 'LAX',
  Portland: 'PDX',
  Atlanta: 'ATL',
  Raleigh: 'RDU',
  Toronto: 'YYZ',
  Vancouver: 'YVR',
  London: 'LHR',
  Manchester: 'MAN',
  Paris: 'CDG',
  Lyon: 'LYS',
  Berlin: 'BER',
  Munich: 'MUC',
  Madrid: 'MAD',
  Barcelona: 'BCN',
  Rome: 'FCO',
  Milan: 'MXP',
  Amsterdam: 'AMS',
  Dublin: 'DUB',
  Lisbon: 'LIS',
  Stockholm: 'ARN',
  Zurich: 'ZRH',
  Vienna: 'VIE',
  Tokyo: 'HND',
  Osaka: 'KIX',
  Seoul: 'ICN',
  Singapore: 'SIN',
  Sydney: 'SYD',
  Melbourne: 'MEL',
  Mumbai: 'BOM',
  Bangalore: 'BLR',
  'São Paulo': 'GRU',
  'Mexico City': 'MEX',
  'Buenos Aires': 'EZE',
  'Cape Town': 'CPT',
  Dubai: 'DXB',
};
const AIRPORT_CODES = new Set(Object.values(CITY_AIRPORTS));

/** Raleigh, home of the weather APIs' example station KRDU, beside the lexicon's cities. */
const RALEIGH: City = ['Raleigh', 'NC', 'US', 35.7796, -78.6382];

/** The city of a few well-known weather stations and airports by ICAO code (`KVNY` is Van Nuys, in Los Angeles). */
const ICAO_CITIES: Readonly<Record<string, string>> = {
  KRDU: 'Raleigh',
  KVNY: 'Los Angeles',
  KLAX: 'Los Angeles',
  KJFK: 'New York',
  KLGA: 'New York',
  KNYC: 'New York',
  KSFO: 'San Francisco',
  KSEA: 'Seattle',
  KAUS: 'Austin',
  KORD: 'Chicago',
  KMDW: 'Chicago',
  KBOS: 'Boston',
  KDEN: 'Denver',
  KMIA: 'Miami',
  KPDX: 'Portland',
  KATL: 'Atlanta',
  CYYZ: 'Toronto',
  CYVR: 'Vancouver',
  EGLL: 'London',
  EGLC: 'London',
  EGCC: 'Manchester',
  LFPG: 'Paris',
  LFPO: 'Paris',
  LFLL: 'Lyon',
  EDDB: 'Berlin',
  EDDM: 'Munich',
  LEMD: 'Madrid',
  LEBL: 'Barcelona',
  LIRF: 'Rome',
  LIMC: 'Milan',
  EHAM: 'Amsterdam',
  EIDW: 'Dublin',
  LPPT: 'Lisbon',
  ESSA: 'Stockholm',
  LSZH: 'Zurich',
  LOWW: 'Vienna',
  RJTT: 'Tokyo',
  RJBB: 'Osaka',
  RKSI: 'Seoul',
  WSSS: 'Singapore',
  YSSY: 'Sydney',
  YMML: 'Melbourne',
  VABB: 'Mumbai',
  VOBL: 'Bangalore',
  SBGR: 'São Paulo',
  MMMX: 'Mexico City',
  SAEZ: 'Buenos Aires',
  FACT: 'Cape Town',
  OMDB: 'Dubai',
};
const PLACES: readonly City[] = [...CITIES, RALEIGH];
const placeNamed = (name: string): City | undefined => PLACES.find(([own]) => own === name);

/**
 * The city of a station or airport code: a known ICAO (`KVNY` → Los Angeles) or IATA (`RDU` → Raleigh)
 * code's own city; any other code one city of the table, the same for that code in every call.
 */
export function cityOfStation(code: string): City {
  const wanted = code.trim().toUpperCase();
  const byIata = Object.keys(CITY_AIRPORTS).find((city) => CITY_AIRPORTS[city] === wanted) ?? (wanted === 'RDU' ? 'Raleigh' : undefined);
  const known = placeNamed(ICAO_CITIES[wanted] ?? byIata ?? '');
  return known ?? CITIES[Number.parseInt(sha256Hex(`station\u0000${wanted}`).slice(0, 8), 16) % CITIES.length]!;
}

const postcodeText = (code: string): string => code.replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * The city of the table whose post code `code` is (`27601` → Raleigh, `M1 1AE` → Manchester, `2108` →
 * Boston's `02108`); none when the call names another `country` (alpha-2) beside it.
 */
export function cityOfPostcode(code: string, country?: string): City | undefined {
  const wanted = postcodeText(code);
  const name = Object.keys(CITY_POSTCODES).find((city) => {
    const own = postcodeText(CITY_POSTCODES[city]!);
    return own === wanted || (/^\d+$/.test(wanted) && /^0\d+$/.test(own) && own.replace(/^0+/, '') === wanted);
  });
  const city = name === undefined ? undefined : CITIES.find((entry) => entry[0] === name);
  return city !== undefined && country !== undefined && city[2] !== country ? undefined : city;
}

/** The currency of each country of the city table. */
export const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  FR: 'EUR',
  DE: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  IE: 'EUR',
  PT: 'EUR',
  AT: 'EUR',
  SE: 'SEK',
  CH: 'CHF',
  JP: 'JPY',
  KR: 'KRW',
  SG: 'SGD',
  AU: 'AUD',
  IN: 'INR',
  BR: 'BRL',
  MX: 'MXN',
  AR: 'ARS',
  ZA: 'ZAR',
  AE: 'AED',
};

/** Full names of the short regions of the table (`NC` → North Carolina), for a parameter that took a name. */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  NY: 'New York',
  CA: 'California',
  WA: 'Washington',
  TX: 'Texas',
  IL: 'Illinois',
  MA: 'Massachusetts',
  CO: 'Colorado',
  FL: 'Florida',
  OR: 'Oregon',
  GA: 'Georgia',
  NC: 'North Carolina',
  NSW: 'New South Wales',
  VIC: 'Victoria',
  SP: 'São Paulo',
  CDMX: 'Mexico City',
};

type Aspect = 'city' | 'region' | 'country' | 'postcode' | 'currency' | 'timezone' | 'lat' | 'lon' | 'airport';
const ASPECTS: ReadonlyArray<readonly [Aspect, RegExp]> = [
  ['city', /^(city|city_?name|town|locations?)$/i],
  ['region', /^(state|region|province|state_?code|region_?code|state_?name)$/i],
  ['country', /^(country|country_?code|country_?name|country_?iso|address_?country)$/i],
  ['postcode', /^(postal_?code|post_?code|zip|zip_?code|postcode|address_?post_?code)$/i],
  ['currency', /^(currency|currency_?code)$/i],
  ['timezone', /^(timezone|time_?zone|tz|tzid)$/i],
  ['lat', /^(lat|latitude)$/i],
  ['lon', /^(lon|lng|long|longitude)$/i],
];
/** A key's place aspect; a known airport code under a search or airport key (`keyword: MUC`) is the place's airport. */
const aspectOf = (key: string, value?: unknown): Aspect | undefined =>
  /^(keyword|iata|iata_?code|airport|airport_?code|origin|destination)$/i.test(key) && typeof value === 'string' && AIRPORT_CODES.has(value)
    ? 'airport'
    : ASPECTS.find(([, pattern]) => pattern.test(key))?.[0];

/** The place aspects a value speaks of, in every nested object. */
function aspectsIn(value: unknown, found = new Set<Aspect>()): Set<Aspect> {
  if (Array.isArray(value)) value.forEach((entry) => aspectsIn(entry, found));
  else if (isJsonObject(value))
    for (const [key, entry] of Object.entries(value)) {
      const aspect = aspectOf(key, entry);
      if (aspect !== undefined && (typeof entry === 'string' || typeof entry === 'number')) found.add(aspect);
      else aspectsIn(entry, found);
    }
  return found;
}

/** A coordinate written like the one it replaces: a number, or a numeric string (`23.5S` becomes `-23.5`'s plain number). */
const coordinate = (previous: unknown, next: number): unknown => (typeof previous === 'number' ? next : String(next));

/** `city`'s value for a parameter of `aspect`, written like `previous` (a code stays a code, a name a name). */
function partOf(city: City, aspect: Aspect, previous: unknown, withCountry = false): unknown {
  const [name, region, country, lat, lon] = city;
  const [timezone, postcode] = [zoneOfCity(name), CITY_POSTCODES[name]];
  const entry = COUNTRIES.find(([, alpha2]) => alpha2 === country);
  const text = typeof previous === 'string' ? previous : '';
  switch (aspect) {
    case 'city':
      // `Melbourne, AU` only where no country parameter says the country already
      return text.includes(',') && !withCountry ? `${name}, ${country}` : name;
    case 'region':
      return text.length > 0 && text.length <= 4 ? region : (REGION_NAMES[region] ?? region);
    case 'country':
      return text.length === 2 ? country : text.length === 3 ? (entry?.[2] ?? country) : (entry?.[0] ?? country);
    case 'postcode':
      return typeof previous === 'number' && postcode !== undefined && /^[1-9]\d*$/.test(postcode) ? Number(postcode) : postcode;
    case 'currency':
      return COUNTRY_CURRENCY[country];
    case 'timezone':
      // a zone by name only: `local`/`utc` switches stay
      return /^[A-Z][a-z]+\/[A-Za-z_/]+$/.test(text) ? timezone : undefined;
    case 'lat':
      return coordinate(previous, lat);
    case 'lon':
      return coordinate(previous, lon);
    case 'airport':
      return CITY_AIRPORTS[name];
  }
}

/** `value` with every place parameter (nested ones too) taking its part of `city`; a part the city lacks leaves the value. */
function placedAt(value: unknown, city: City): unknown {
  if (Array.isArray(value)) return value.map((entry) => placedAt(entry, city));
  if (!isJsonObject(value)) return value;
  const withCountry = Object.keys(value).some((key) => aspectOf(key) === 'country');
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => {
      const aspect = aspectOf(key, entry);
      if (aspect === undefined || (typeof entry !== 'string' && typeof entry !== 'number')) return [key, placedAt(entry, city)];
      const part = partOf(city, aspect, entry, withCountry);
      return [key, part === undefined ? entry : part];
    }),
  );
}

/**
 * Arguments that speak of a place in two ways or more (a city and a country, a point, an address's
 * country and currency), or by a post code alone, speak of one city, drawn by `seed`: the first of the table from there whose
 * parts the schema takes (`valid`), else the parts of the seed's city it takes, one by one. Arguments with one
 * place part other than a post code, or none, are returned as they are.
 */
export function onePlace(args: Json, seed: number, valid: (candidate: Json) => boolean, schema?: unknown): Json {
  // a post code alone is a real city's too: a results's city can then be its own
  const aspects = aspectsIn(args);
  if (aspects.size < 2 && !aspects.has('postcode')) return args;
  // a parameter about one country's places ("Zipcode (Postleitzahl) of a city in Germany") takes a city of that country
  const country = schemaCountry(schema);
  const cities = country === undefined ? CITIES : CITIES.filter(([, , own]) => own === country);
  for (let step = 0; step < cities.length; step += 1) {
    const city = cities[(Math.abs(seed) + step) % cities.length]!;
    if (aspects.has('postcode') && CITY_POSTCODES[city[0]] === undefined) continue;
    const candidate = placedAt(args, city) as Json;
    if (valid(candidate)) return candidate;
  }
  // a schema that refuses some part of every city (an enum of countries) takes the parts it accepts of the seed's city
  const city = CITIES[Math.abs(seed) % CITIES.length]!;
  return Object.keys(args).reduce((current, key) => {
    const next = { ...current, [key]: (placedAt({ [key]: args[key] }, city) as Json)[key] };
    return valid(next) ? next : current;
  }, args);
}
