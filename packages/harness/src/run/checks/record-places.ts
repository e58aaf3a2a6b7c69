import { eachObject, isJsonObject, squashKey } from '@inftool/core';
import { CITY_COUNTRY, CITY_ZONES, CURRENCY_OF, POSTCODE_OF, cityNamed, countryCode } from './result-places.js';

/**
 * A result's record whose place fields disagree with each other (part of `results_plausible`),
 * judged with this file's own tables, independent of the generator: the place is the record's
 * known city (its own or its address's), else the countries its fields name. Two countries in one
 * record (`country: "ARE"`, `countryName: "Spain"`), a city in another country, a post code of
 * another city or of another country's shape (Seattle `88768`), a point far from the city, a phone
 * number on another country's network (a Zurich restaurant on `+1 …`), money of another country, an
 * IBAN of another country or an account typed `IBAN` where banks use none (the US), a world region
 * of another continent.
 */
type Json = Record<string, unknown>;

const ALPHA3: Record<string, string> = {
  USA: 'US',
  CAN: 'CA',
  GBR: 'GB',
  FRA: 'FR',
  DEU: 'DE',
  ESP: 'ES',
  ITA: 'IT',
  NLD: 'NL',
  IRL: 'IE',
  PRT: 'PT',
  AUT: 'AT',
  SWE: 'SE',
  CHE: 'CH',
  JPN: 'JP',
  KOR: 'KR',
  SGP: 'SG',
  AUS: 'AU',
  IND: 'IN',
  BRA: 'BR',
  MEX: 'MX',
  ARG: 'AR',
  ZAF: 'ZA',
  ARE: 'AE',
  NZL: 'NZ',
  NOR: 'NO',
  DNK: 'DK',
  BEL: 'BE',
};
const PHONE_CODES: Record<string, string> = {
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
  AT: '43',
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
  DK: '45',
  BE: '32',
};
/** The post codes of a city's own area (Seattle's start 981, Madrid's 28). */
const CITY_POSTCODES: Record<string, RegExp> = {
  'new york': /^1[01]\d{3}/,
  'san francisco': /^941/,
  seattle: /^981/,
  austin: /^787/,
  chicago: /^606/,
  boston: /^0?2[12]\d{2}/,
  denver: /^802/,
  miami: /^331/,
  'los angeles': /^900/,
  atlanta: /^303/,
  raleigh: /^276/,
  paris: /^75(0[0-2]\d|116)$/,
  lyon: /^6900\d$/,
  berlin: /^1[0-4]\d{3}$/,
  munich: /^8\d{4}$/,
  madrid: /^28\d{3}$/,
  barcelona: /^080\d{2}$/,
  rome: /^00[01]\d{2}$/,
  milan: /^201\d{2}$/,
  amsterdam: /^10\d\d/,
  dublin: /^D\d{2}/i,
  lisbon: /^1\d{3}-/,
  stockholm: /^1\d\d ?\d\d$/,
  zurich: /^80\d\d$/,
  vienna: /^1\d\d0$/,
  sydney: /^2\d{3}$/,
  melbourne: /^3\d{3}$/,
  mumbai: /^400\d{3}$/,
  bangalore: /^560\d{3}$/,
  singapore: /^\d{6}$/,
  london: /^(E|EC|N|NW|SE|SW|W|WC)\d/i,
  manchester: /^M\d/i,
  toronto: /^M/i,
  vancouver: /^V/i,
  tokyo: /^1\d\d-?\d{4}$/,
  osaka: /^5\d\d-?\d{4}$/,
  'cape town': /^[78]\d{3}$/,
  'mexico city': /^(0\d|1[0-6])\d{3}$/,
};
const WORLD_REGIONS: Record<string, RegExp> = {
  'north america': /^(US|CA|MX)$/,
  'latin america': /^(MX|BR|AR)$/,
  'south america': /^(BR|AR)$/,
  'middle east': /^AE$/,
  europe: /^(GB|FR|DE|ES|IT|NL|IE|PT|AT|SE|CH|NO|DK|BE)$/,
  'western europe': /^(GB|FR|DE|ES|IT|NL|IE|PT|AT|CH|BE)$/,
  'asia pacific': /^(JP|KR|SG|AU|NZ|IN)$/,
  'southeast asia': /^SG$/,
  africa: /^ZA$/,
  oceania: /^(AU|NZ)$/,
};
const NO_IBAN = /^(US|CA|AU|NZ|JP|KR|IN|SG|MX|AR|ZA)$/;

const COUNTRY_KEY = /^(country|countrycode|countryname|countryiso|addresscountry|isocountry)$/;
const CITY_KEY = /^(city|cityname|town|locality)$/;
const POSTCODE_KEY = /^(postalcode|postcode|zip|zipcode|addresspostcode)$/;
const PHONE_KEY = /^(phone|phones|phonenumber|phonenumbers|telephone|tel|mobile|mobilephone|fax|contactphone)$/;
const PART_KEY = /^(address|location|geo|geolocation|coordinates|position|point|contact|place)$/;

/** A country by ISO code (alpha-2 or alpha-3) or English name. */
const countryOf = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? ALPHA3[value] : countryCode(value);
const partsOf = (object: Json): Json[] => [
  object,
  ...Object.entries(object)
    .filter(([key, value]) => PART_KEY.test(squashKey(key)) && isJsonObject(value))
    .map(([, value]) => value as Json),
];
const fields = (parts: Json[], pattern: RegExp): Array<[string, unknown]> =>
  parts.flatMap((part) => Object.entries(part).filter(([key]) => pattern.test(squashKey(key))));

/** Two countries in one record, or a known city in another country; the record's country. */
function countryProblems(parts: Json[]): { problems: string[]; city?: string; country?: string } {
  const city = fields(parts, CITY_KEY)
    .map(([, value]) => cityNamed(value))
    .find(Boolean);
  const named = fields(parts, COUNTRY_KEY).flatMap(([key, value]) => {
    const code = countryOf(value);
    return code === undefined ? [] : [[key, value, code] as const];
  });
  const problems: string[] = [];
  const codes = new Set(named.map(([, , code]) => code));
  if (codes.size > 1) problems.push(`one record in ${named.map(([key, value]) => `${key} "${String(value)}"`).join(' and ')}`);
  const home = city === undefined ? undefined : CITY_COUNTRY[city]![0];
  for (const [key, value, code] of named)
    if (home !== undefined && code !== home) problems.push(`${city} is not in ${key} "${String(value)}"`);
  return { problems, city, country: home ?? (codes.size === 1 ? [...codes][0] : undefined) };
}

const degrees = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN);

/** A point of the record more than 1.5° from its known city. */
function pointProblems(parts: Json[], city: string | undefined): string[] {
  if (city === undefined) return [];
  const [, lat0, lon0] = CITY_ZONES[city]!;
  return parts.flatMap((part) => {
    const lat = degrees(fields([part], /^(lat|latitude)$/)[0]?.[1]);
    const lon = degrees(fields([part], /^(lon|lng|long|longitude)$/)[0]?.[1]);
    return Number.isNaN(lat) || Number.isNaN(lon) || Math.hypot(lat - lat0, lon - lon0) <= 1.5 ? [] : [`${city} is not at ${lat}, ${lon}`];
  });
}

/** Whether `phone` is on another network than `code`'s: another `+` prefix, or a US-written number outside North America. */
const foreignPhone = (phone: string, code: string): boolean =>
  phone.trim().startsWith('+')
    ? !phone.replace(/\D/g, '').startsWith(code)
    : code !== '1' && /^(1[-. ]?)?\(?[2-9]\d{2}\)?[-. ]\d{3}[-. ]\d{4}$/.test(phone.trim());

/** Post codes, phones, IBANs, account types and world regions of another place than `country` (and `city`). */
function fieldProblems(parts: Json[], city: string | undefined, country: string): string[] {
  const problems: string[] = [];
  for (const [key, value] of fields(parts, POSTCODE_KEY)) {
    const text = String(value).trim();
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (POSTCODE_OF[country] !== undefined && !POSTCODE_OF[country].test(text))
      problems.push(`${key} "${text}" is no post code of ${country}`);
    else if (city !== undefined && CITY_POSTCODES[city] !== undefined && !CITY_POSTCODES[city].test(text))
      problems.push(`${key} "${text}" is no post code of ${city}`);
  }
  const code = PHONE_CODES[country];
  for (const [key, value] of fields(parts, PHONE_KEY))
    for (const phone of Array.isArray(value) ? value : [value])
      if (code !== undefined && typeof phone === 'string' && foreignPhone(phone, code))
        problems.push(`${key} "${phone}" is no phone of ${country}`);
  for (const [key, value] of fields(parts, /^iban$/))
    if (typeof value === 'string' && /^[A-Z]{2}\d\d/.test(value) && !NO_IBAN.test(country) && !value.startsWith(country))
      problems.push(`${key} "${value}" is no IBAN of ${country}`);
  for (const [key, value] of fields(parts, /^(type|accounttype|scheme|schemename)$/))
    if (value === 'IBAN' && NO_IBAN.test(country)) problems.push(`an account in ${country} has ${key} "IBAN"`);
  for (const [key, value] of fields(parts, /^region$/)) {
    const region = typeof value === 'string' ? WORLD_REGIONS[value.toLowerCase()] : undefined;
    if (region !== undefined && !region.test(country)) problems.push(`${country} is not in ${key} "${String(value)}"`);
  }
  return problems;
}

/** A record's own money of another country than its place's. */
function moneyProblems(object: Json, country: string): string[] {
  const own = CURRENCY_OF[country];
  return Object.entries(object)
    .filter(([key, value]) => /^(currency|currencycode)$/.test(squashKey(key)) && typeof value === 'string' && /^[A-Z]{3}$/.test(value))
    .filter(([, value]) => own !== undefined && value !== own)
    .map(([key, value]) => `${key} "${String(value)}" is not the money of ${country}`);
}

/** The records of a result whose place fields name different places. */
export function recordPlaceProblems(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    const parts = partsOf(object);
    const { problems: countries, city, country } = countryProblems(parts);
    problems.push(...countries, ...pointProblems(parts, city));
    if (country !== undefined) problems.push(...fieldProblems(parts, city, country), ...moneyProblems(object, country));
  });
  return [...new Set(problems)];
}
