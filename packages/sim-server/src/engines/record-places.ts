import { eachObject, isJsonObject, sha256Hex } from '@inftool/core';
import { CITIES, COUNTRIES } from './values/lexicon.js';
import { CITY_POSTCODES, COUNTRY_CURRENCY } from './values/places.js';

/**
 * A record's place fields follow its place (docs/sim-server.md, "Results that fit the call"): the
 * city it names (its own or its address's, else the known city its `name` carries) or, with no known
 * city, its first country code. Its other country fields, post code, point, phone numbers, money,
 * IBAN and world region are that place's: no Zurich restaurant on +1 numbers, no Dublin record at a
 * German point, no Sydney account in UAH. Works in place.
 */
type Json = Record<string, unknown>;
type City = (typeof CITIES)[number];
type Country = (typeof COUNTRIES)[number];

/** International calling codes of the lexicon's countries. */
export const CALLING_CODES: Readonly<Record<string, string>> = {
  US: '1',
  CA: '1',
  GB: '44',
  FR: '33',
  DE: '49',
  ES: '34',
  IT: '39',
  NL: '31',
  IE: '353',
  PT: '351',
  SE: '46',
  CH: '41',
  JP: '81',
  KR: '82',
  SG: '65',
  AU: '61',
  IN: '91',
  BR: '55',
  MX: '52',
  AR: '54',
  ZA: '27',
  AE: '971',
  NZ: '64',
  NO: '47',
};
/** The world region of each country, for a record's `region` that names one (`North America` for a Swedish hotel, no). */
const WORLD_REGIONS: Readonly<Record<string, string>> = {
  US: 'North America',
  CA: 'North America',
  MX: 'Latin America',
  BR: 'Latin America',
  AR: 'Latin America',
  GB: 'Europe',
  FR: 'Europe',
  DE: 'Europe',
  ES: 'Europe',
  IT: 'Europe',
  NL: 'Europe',
  IE: 'Europe',
  PT: 'Europe',
  SE: 'Europe',
  CH: 'Europe',
  NO: 'Europe',
  JP: 'Asia Pacific',
  KR: 'Asia Pacific',
  SG: 'Asia Pacific',
  AU: 'Asia Pacific',
  NZ: 'Asia Pacific',
  IN: 'Asia Pacific',
  ZA: 'Africa',
  AE: 'Middle East',
};
const WORLD_REGION =
  /^(north america|latin america|south america|central america|europe|western europe|eastern europe|middle east|asia|asia pacific|southeast asia|africa|oceania|emea|apac)$/i;
/** Countries whose banks use IBANs, by alpha-2 code. */
const IBAN_COUNTRIES = new Set(['GB', 'FR', 'DE', 'ES', 'IT', 'NL', 'IE', 'PT', 'SE', 'CH', 'NO', 'AE', 'BR']);

const CITY_KEY = /^(city|city_?name|town|locality)$/i;
const CODE_KEY = /^(country|country_?code|country_?iso|address_?country|alpha_?2|alpha_?3|iso_?country)$/i;
const COUNTRY_KEY = /^(country|country_?code|country_?name|country_?iso|address_?country)$/i;
const POSTCODE_KEY = /^(postal_?code|post_?code|zip|zip_?code|postcode|address_?post_?code)$/i;
const PHONE_KEY = /^(phone|phones|phone_?numbers?|telephone|tel|mobile|mobile_?phone|fax|contact_?phone)$/i;
const CURRENCY_KEY = /^(currency|currency_?code)$/i;
const LAT_KEY = /^(lat|latitude)$/i;
const LON_KEY = /^(lon|lng|long|longitude)$/i;
const PART_KEY = /^(address|location|geo|geo_?location|coordinates|position|point|contact|place)$/i;

const cityNamed = (value: unknown): City | undefined =>
  typeof value === 'string' ? CITIES.find(([name]) => name.toLowerCase() === value.split(',')[0]!.trim().toLowerCase()) : undefined;
const countryOf = (value: unknown): Country | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  return COUNTRIES.find((entry) => entry.some((part) => part.toLowerCase() === text));
};
/** A stable small number from a value, so a record moves the same way each time. */
const hashed = (value: unknown, modulo: number): number => Number.parseInt(sha256Hex(String(value)).slice(0, 8), 16) % modulo;

/** The object and its place parts (`address`, `location`…), the object first. */
const partsOf = (object: Json): Json[] => [
  object,
  ...Object.entries(object)
    .filter(([key, value]) => PART_KEY.test(key) && isJsonObject(value))
    .map(([, value]) => value as Json),
];
const scalarsOf = (parts: Json[], pattern: RegExp): unknown[] =>
  parts.flatMap((part) =>
    Object.entries(part)
      .filter(([key, value]) => pattern.test(key) && typeof value === 'string')
      .map(([, value]) => value),
  );

/** The known city a record's `name` carries as a word (`Raffles Hotel Singapore`), where its own city is no known one. */
function namedCity(object: Json, parts: Json[]): City | undefined {
  if (typeof object['name'] !== 'string' || scalarsOf(parts, CITY_KEY).length === 0) return undefined;
  const words = object['name'].toLowerCase();
  return CITIES.find(([name]) => new RegExp(`(^|[^\\p{L}])${name.toLowerCase()}($|[^\\p{L}])`, 'u').test(words));
}

/** The record's place: its known city, else the first country its code fields (then its name fields) give. */
export function placeOfRecord(object: Json): { city?: City; country: Country } | undefined {
  const parts = partsOf(object);
  const city = scalarsOf(parts, CITY_KEY).map(cityNamed).find(Boolean) ?? namedCity(object, parts);
  const country =
    (city === undefined ? undefined : COUNTRIES.find(([, alpha2]) => alpha2 === city[2])) ??
    [...scalarsOf(parts, CODE_KEY), ...scalarsOf(parts, COUNTRY_KEY)].map(countryOf).find(Boolean);
  return country === undefined ? undefined : { city, country };
}

/** A country written like `previous`: a code as a code of its length, a name as a name. */
const countryLike = (previous: string, [name, alpha2, alpha3]: Country): string =>
  /^[A-Z]{2}$/i.test(previous) ? alpha2 : /^[A-Z]{3}$/i.test(previous) ? alpha3 : name;

/** A phone number on `code`'s network, its own digits kept where they fit (`+14151798051` in Singapore → `+6514151798`). */
export function phoneIn(previous: string, code: string): string {
  const digits = previous.replace(/\D/g, '');
  const national = (digits.startsWith('1') && digits.length === 11 ? digits.slice(1) : digits).padStart(8, '7');
  const length = code === '1' ? 10 : code === '65' ? 8 : 9;
  const body = national.slice(-length).replace(/^0/, '2');
  return previous.includes(' ') ? `+${code} ${body}` : `+${code}${body}`;
}
/** Whether `phone` is on another network than `code`'s: another `+` prefix, or a US-written number outside North America. */
export function foreignPhone(phone: string, code: string): boolean {
  const text = phone.trim();
  if (text.startsWith('+')) return !text.replace(/\D/g, '').startsWith(code);
  return code !== '1' && /^(1[-. ]?)?\(?[2-9]\d{2}\)?[-. ]\d{3}[-. ]\d{4}$/.test(text);
}

/** An IBAN of `country` built from `previous`'s account digits, with true check digits. */
export function ibanIn(previous: string, country: string): string {
  const account = previous
    .replace(/[^0-9A-Z]/gi, '')
    .slice(4)
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) % 10));
  const body = account.padEnd(18, '0').slice(0, country === 'NO' ? 11 : 18);
  const numeric = `${body}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const remainder = [...numeric].reduce((sum, digit) => (sum * 10 + Number(digit)) % 97, 0);
  return `${country}${String(98 - remainder).padStart(2, '0')}${body}`;
}

/** A point near `city`'s centre (within a few kilometres, by the old value), written like `previous`. */
const nearCity = (previous: unknown, centre: number): unknown => {
  const moved = Math.round((centre + (hashed(previous, 61) - 30) / 1000) * 10000) / 10000;
  return typeof previous === 'string' ? String(moved) : moved;
};
const degrees = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN);

/** The point of a part: moved to its city where it lies more than a degree away, or to its country's first city where far from all of them. */
function placePoint(part: Json, city: City | undefined, alpha2: string, unknownCity: boolean): void {
  // a city the table does not know (`Raleigh`) keeps its own point
  const latKey = Object.keys(part).find((key) => LAT_KEY.test(key));
  const lonKey = Object.keys(part).find((key) => LON_KEY.test(key));
  if (latKey === undefined || lonKey === undefined || (city === undefined && unknownCity)) return;
  const [lat, lon] = [degrees(part[latKey]), degrees(part[lonKey])];
  if (Number.isNaN(lat) || Number.isNaN(lon)) return;
  const homes = city === undefined ? CITIES.filter(([, , country]) => country === alpha2) : [city];
  const near = homes.some(([, , , cityLat, cityLon]) => Math.hypot(cityLat - lat, cityLon - lon) <= (city === undefined ? 6 : 1));
  const home = homes[0];
  if (near || home === undefined) return;
  part[latKey] = nearCity(part[latKey], home[3]);
  part[lonKey] = nearCity(part[lonKey], home[4]);
}

/** The post code of a part: its city's (or its country's first city's), where it is another city's or of another country's shape. */
function placePostcode(part: Json, key: string, city: City | undefined, alpha2: string): void {
  const current = part[key];
  const home = city ?? CITIES.find(([name, , country]) => country === alpha2 && CITY_POSTCODES[name] !== undefined);
  const own = home === undefined ? undefined : CITY_POSTCODES[home[0]];
  if (own === undefined || (typeof current !== 'string' && typeof current !== 'number')) return;
  const shaped = POSTCODE_SHAPES[alpha2];
  const fits =
    city === undefined ? shaped === undefined || shaped.test(String(current)) : String(current).toUpperCase() === own.toUpperCase();
  if (fits) return;
  part[key] = typeof current === 'number' && /^[1-9]\d*$/.test(own) ? Number(own) : own;
}
/** The shape of each country's post codes. */
export const POSTCODE_SHAPES: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(-\d{4})?$/,
  FR: /^\d{5}$/,
  DE: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  MX: /^\d{5}$/,
  KR: /^\d{5}$/,
  CH: /^\d{4}$/,
  AU: /^\d{4}$/,
  ZA: /^\d{4}$/,
  NZ: /^\d{4}$/,
  NO: /^\d{4}$/,
  IN: /^\d{6}$/,
  SG: /^\d{6}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  SE: /^\d{3} ?\d{2}$/,
  PT: /^\d{4}-\d{3}$/,
  JP: /^\d{3}-?\d{4}$/,
  BR: /^\d{5}-?\d{3}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
  IE: /^[A-Z]\d{2}[ ]?[A-Z\d]{4}$/i,
};

/** One scalar field of a part made true to the place (a country, region, post code, phone, IBAN). */
function placeField(part: Json, key: string, city: City | undefined, country: Country): void {
  const current = part[key];
  const alpha2 = country[1];
  const code = CALLING_CODES[alpha2];
  if (typeof current === 'string' && COUNTRY_KEY.test(key) && countryOf(current) !== undefined && countryOf(current) !== country)
    part[key] = countryLike(current, country);
  else if (typeof current === 'string' && city !== undefined && CITY_KEY.test(key) && cityNamed(current) === undefined) part[key] = city[0];
  else if (typeof current === 'string' && /^region$/i.test(key) && WORLD_REGION.test(current) && WORLD_REGIONS[alpha2] !== undefined)
    part[key] = WORLD_REGIONS[alpha2];
  else if (POSTCODE_KEY.test(key)) placePostcode(part, key, city, alpha2);
  else if (PHONE_KEY.test(key) && code !== undefined)
    part[key] = Array.isArray(current)
      ? current.map((phone) => (typeof phone === 'string' && foreignPhone(phone, code) ? phoneIn(phone, code) : phone))
      : typeof current === 'string' && foreignPhone(current, code)
        ? phoneIn(current, code)
        : current;
  else if (typeof current === 'string' && /^iban$/i.test(key) && IBAN_COUNTRIES.has(alpha2) && !current.toUpperCase().startsWith(alpha2))
    part[key] = ibanIn(current, alpha2);
}

/** Money of each country beyond the lexicon's, by alpha-2 code. */
const MORE_MONEY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['AT', 'BE', 'FI', 'GR', 'CY', 'MT', 'LU', 'SK', 'SI', 'EE', 'LV', 'LT', 'HR'].map((code) => [code, 'EUR'])),
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  TR: 'TRY',
  CN: 'CNY',
  HK: 'HKD',
  IL: 'ILS',
  TH: 'THB',
  PH: 'PHP',
  ID: 'IDR',
  MY: 'MYR',
  PK: 'PKR',
  VN: 'VND',
  EG: 'EGP',
  NG: 'NGN',
  KE: 'KES',
  CL: 'CLP',
  CO: 'COP',
  PE: 'PEN',
  SA: 'SAR',
  NO: 'NOK',
  NZ: 'NZD',
  QA: 'QAR',
  UA: 'UAH',
  IS: 'ISK',
  ...COUNTRY_CURRENCY,
};
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** The alpha-2 code of a country value (a code of either length, or a name). */
const alpha2Of = (value: unknown): string | undefined =>
  countryOf(value)?.[1] ?? (typeof value === 'string' && /^[A-Z]{2}$/.test(value) && MORE_MONEY[value] !== undefined ? value : undefined);

/**
 * A record's own money is its country's: a currency the call sent stays, and the record's country
 * moves to that currency's (a creditor asked in `PKR` lives in Pakistan); any other currency becomes the country's.
 */
function moneyOfPlace(object: Json, sent: ReadonlySet<string>): void {
  const moneyKey = Object.keys(object).find(
    (key) => CURRENCY_KEY.test(key) && typeof object[key] === 'string' && /^[A-Z]{3}$/.test(object[key]),
  );
  const countryKeys = Object.keys(object).filter((key) => COUNTRY_KEY.test(key) && alpha2Of(object[key]) !== undefined);
  const alpha2 = countryKeys.length === 0 ? undefined : alpha2Of(object[countryKeys[0]!]);
  if (moneyKey === undefined || alpha2 === undefined) return;
  const money = object[moneyKey] as string;
  const own = MORE_MONEY[alpha2];
  if (own === undefined || own === money) return;
  if (!sent.has(money)) return void (object[moneyKey] = own);
  // a country the call sent stays too: the check tells such a call apart
  if (countryKeys.some((key) => sent.has(object[key] as string))) return;
  const home = Object.keys(MORE_MONEY).find((code) => MORE_MONEY[code] === money);
  if (home === undefined) return;
  for (const key of countryKeys) {
    const current = object[key] as string;
    const entry = COUNTRIES.find(([, code]) => code === home);
    object[key] = entry !== undefined ? countryLike(current, entry) : current.length === 2 ? home : (regionNames.of(home) ?? current);
  }
}

/** The string values a call sent, at any depth. */
function sentValues(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') found.add(value);
  else if (Array.isArray(value)) value.forEach((entry) => sentValues(entry, found));
  else if (isJsonObject(value)) Object.values(value).forEach((entry) => sentValues(entry, found));
  return found;
}

/** Every record of `value` whose place is known holds that place's fields and money; a currency `args` sent stays. */
export function recordsTrueToPlace(value: unknown, args: Json = {}): void {
  const sent = sentValues(args);
  eachObject(value, (object) => {
    moneyOfPlace(object, sent);
    const place = placeOfRecord(object);
    if (place === undefined) return;
    const { city, country } = place;
    const unknownCity = scalarsOf(partsOf(object), CITY_KEY).length > 0;
    for (const part of partsOf(object)) {
      for (const key of Object.keys(part)) placeField(part, key, city, country);
      placePoint(part, city, country[1], unknownCity);
    }
  });
}
