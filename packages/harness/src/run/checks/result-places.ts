import { eachObject, isJsonObject } from '@inftool/core';
/**
 * A result's place, units and kinds of text against its call (part of `results_plausible`), judged
 * with this file's own small tables, independent of the generator: a record's time zone that is not
 * its city's (London in `America/New_York`; the city a record names, else the city or the point the
 * call asked), temperatures not in the scale the call asked (`units: S` answered with 15.9, a
 * `unit: "celsius"` label under `unitGroup: us`), and a file-system path in a field of a tool that
 * has no files (a wind's `dir: "/home/alex/documents"`, a picture's `source: "/srv/app/uploads"`), and a
 * place hit named after a known city far from its own point.
 */
type Json = Record<string, unknown>;
const squash = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

/** [IANA time zone, latitude, longitude] of cities results often name. */
export const CITY_ZONES: Record<string, readonly [string, number, number]> = {
  'new york': ['America/New_York', 40.71, -74.01],
  boston: ['America/New_York', 42.36, -71.06],
  atlanta: ['America/New_York', 33.75, -84.39],
  raleigh: ['America/New_York', 35.78, -78.64],
  chicago: ['America/Chicago', 41.88, -87.63],
  miami: ['America/New_York', 25.76, -80.19],
  austin: ['America/Chicago', 30.27, -97.74],
  denver: ['America/Denver', 39.74, -104.99],
  seattle: ['America/Los_Angeles', 47.61, -122.33],
  'los angeles': ['America/Los_Angeles', 34.05, -118.24],
  'san francisco': ['America/Los_Angeles', 37.77, -122.42],
  toronto: ['America/Toronto', 43.65, -79.38],
  vancouver: ['America/Vancouver', 49.28, -123.12],
  london: ['Europe/London', 51.51, -0.13],
  dublin: ['Europe/Dublin', 53.35, -6.26],
  paris: ['Europe/Paris', 48.86, 2.35],
  lyon: ['Europe/Paris', 45.76, 4.84],
  berlin: ['Europe/Berlin', 52.52, 13.4],
  madrid: ['Europe/Madrid', 40.42, -3.7],
  rome: ['Europe/Rome', 41.9, 12.5],
  amsterdam: ['Europe/Amsterdam', 52.37, 4.9],
  stockholm: ['Europe/Stockholm', 59.33, 18.07],
  zurich: ['Europe/Zurich', 47.38, 8.54],
  vienna: ['Europe/Vienna', 48.21, 16.37],
  tokyo: ['Asia/Tokyo', 35.68, 139.65],
  singapore: ['Asia/Singapore', 1.35, 103.82],
  mumbai: ['Asia/Kolkata', 19.08, 72.88],
  bangalore: ['Asia/Kolkata', 12.97, 77.59],
  sydney: ['Australia/Sydney', -33.87, 151.21],
  'cape town': ['Africa/Johannesburg', -33.92, 18.42],
  'mexico city': ['America/Mexico_City', 19.43, -99.13],
  manchester: ['Europe/London', 53.48, -2.24],
  munich: ['Europe/Berlin', 48.14, 11.58],
  milan: ['Europe/Rome', 45.46, 9.19],
  barcelona: ['Europe/Madrid', 41.39, 2.17],
  lisbon: ['Europe/Lisbon', 38.72, -9.14],
  osaka: ['Asia/Tokyo', 34.69, 135.5],
  seoul: ['Asia/Seoul', 37.57, 126.98],
  melbourne: ['Australia/Melbourne', -37.81, 144.96],
  dubai: ['Asia/Dubai', 25.2, 55.27],
};
export const cityNamed = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const name = value.split(',')[0]!.trim().toLowerCase();
  return name in CITY_ZONES ? name : undefined;
};
const argument = (args: Json, pattern: RegExp): unknown => Object.entries(args).find(([key]) => pattern.test(key))?.[1];
/** A coordinate as a number (`23.5S` is -23.5). */
const degrees = (value: unknown): number => {
  const text = String(value ?? '').trim();
  return /[SW]$/i.test(text) ? -Number.parseFloat(text) : Number.parseFloat(text);
};

/** The city the call asks of: by name, else the city within 2° of the point asked. */
function askedCity(args: Json): string | undefined {
  const named = cityNamed(argument(args, /^(city|city_?name|location|place|text|q|query)$/i));
  if (named !== undefined) return named;
  const [lat, lon] = [degrees(argument(args, /^(lat|latitude)$/i)), degrees(argument(args, /^(lon|lng|long|longitude)$/i))];
  if (Number.isNaN(lat) || Number.isNaN(lon)) return undefined;
  const distance = (city: string): number => Math.hypot(CITY_ZONES[city]![1] - lat, CITY_ZONES[city]![2] - lon);
  return Object.keys(CITY_ZONES)
    .filter((city) => distance(city) <= 2)
    .sort((a, b) => distance(a) - distance(b))[0];
}

/** Records whose IANA time zone is not their city's (the record's own city or name, else the city asked). */
function zoneProblems(args: Json, data: unknown): string[] {
  const asked = askedCity(args);
  const problems: string[] = [];
  eachObject(data, (object) => {
    const zoneKey = Object.keys(object).find((key) => /^(timezone|timezoneid|tz|tzid)$/.test(squash(key)));
    const zone = zoneKey === undefined ? undefined : object[zoneKey];
    if (typeof zone !== 'string' || !/^[A-Z][a-z]+\/[A-Za-z_/]+$/.test(zone)) return;
    const ownKey = Object.keys(object).find((key) => /^(city|cityname|name)$/.test(squash(key)));
    const city = (ownKey === undefined ? undefined : cityNamed(object[ownKey])) ?? asked;
    if (city !== undefined && CITY_ZONES[city]![0] !== zone) problems.push(`${city} is in ${CITY_ZONES[city]![0]}, not ${zone}`);
  });
  return problems;
}

type Scale = 'C' | 'F' | 'K';
const SCALE_NAMES: Record<Scale, RegExp> = {
  C: /^(c|celsius|metric)$/i,
  F: /^(f|fahrenheit|us|imperial)$/i,
  K: /^(k|kelvin|scientific)$/i,
};
const TEMPERATURE = /^(temp|temperature|airtemp|airtemperature|tempmin|tempmax|mintemp|maxtemp|feelslike|apptemp|dewpt|dewpoint)$/;

/** The scale the call named (`units: I`, `unitGroup: us`, `units: kelvin`), if any. */
function askedScale(args: Json): Scale | undefined {
  const asked = argument(args, /^(units?|unit_?group|temp_?unit|temperature_?unit)$/i);
  if (typeof asked !== 'string') return undefined;
  if (/^i$/i.test(asked)) return 'F';
  if (/^s$/i.test(asked)) return 'K';
  if (/^m$/i.test(asked)) return 'C';
  return (Object.keys(SCALE_NAMES) as Scale[]).find((scale) => SCALE_NAMES[scale].test(asked));
}

/** Temperatures in another scale than the call asked: a label that names another scale, kelvin below 150, °C above 60. */
function unitProblems(args: Json, data: unknown): string[] {
  const scale = askedScale(args);
  if (scale === undefined) return [];
  const problems: string[] = [];
  eachObject(data, (object) => {
    const temperatures = Object.entries(object).filter(([key, value]) => TEMPERATURE.test(squash(key)) && typeof value === 'number');
    if (temperatures.length === 0) return;
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string' || !/^(unit|units|tempunit|temperatureunit|tempscale)$/.test(squash(key))) continue;
      const said = (Object.keys(SCALE_NAMES) as Scale[]).find((other) => SCALE_NAMES[other].test(value));
      if (said !== undefined && said !== scale) problems.push(`${key} "${value}" though the call asked for °${scale}`);
    }
    const [key, value] = temperatures[0] as [string, number];
    if (scale === 'K' && value < 150) problems.push(`${key} ${value} is not in kelvin, as the call asked`);
    if (scale === 'C' && value > 60) problems.push(`${key} ${value} is not in °C, as the call asked`);
  });
  return problems;
}

const FILE_PATH = /^(\/(home|srv|var|usr|tmp|etc|opt|mnt|Users|data)\/|[A-Z]:\\)/;
const PATH_FIELD = /(path|file|folder|director|mount|cwd|workdir|prefix)/;
const FILE_TOOL = /(file|folder|director|path|upload|storage|drive|disk|repo|bucket|backup|sync|ftp|fs|shell|command)/i;

/** File-system paths in the fields of a tool that has no files (`dir`, `source`, `image_source` of a weather or a picture API). */
function pathProblems(name: string, data: unknown): string[] {
  if (FILE_TOOL.test(name)) return [];
  const problems: string[] = [];
  eachObject(data, (object) => {
    for (const [key, value] of Object.entries(object))
      if (typeof value === 'string' && FILE_PATH.test(value) && !PATH_FIELD.test(squash(key)))
        problems.push(`${key} "${value}" is a file path`);
  });
  return problems;
}

/** A place record (a `name` beside its point and its country or time zone) named after a known city far from its point (Austin at 49.28, -23.5). */
function namedPlaceProblems(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    if (!('lat' in object && 'lon' in object && ('country' in object || 'timezone' in object))) return;
    const city = cityNamed(object['name']);
    const [lat, lon] = [degrees(object['lat']), degrees(object['lon'])];
    if (city === undefined || Number.isNaN(lat) || Number.isNaN(lon)) return;
    if (Math.hypot(CITY_ZONES[city]![1] - lat, CITY_ZONES[city]![2] - lon) > 3) problems.push(`${city} is not at ${lat}, ${lon}`);
  });
  return problems;
}

/** What in one call's result has another place's time zone, another temperature scale or a stray file path. */
export function placeUnitProblems(name: string, args: Json, data: unknown): string[] {
  return [
    ...zoneProblems(args, data),
    ...namedPlaceProblems(data),
    ...placeRecordProblems(data),
    ...destinationProblems(name, data),
    ...unitProblems(args, data),
    ...pathProblems(name, data),
  ];
}

/** Whether `text` (or its last comma part: `Amsterdam, Netherlands`) is a country's name, not a code. */
const countryName = (text: string): boolean => {
  const last = text.split(',').at(-1)!.trim();
  return last.length > 2 && countryCode(last) !== undefined;
};
const ADMIN_AREA = /^(admarea\d?|admin\d?|adminarea\d?|state|statename|province|county)$/;
const BRITISH_NATIONS = /^(england|scotland|wales|northern ireland)$/i;

/** Whether `area` cannot be an admin area of `city` (its country's name, another city, a US state or British nation elsewhere). */
function foreignArea(city: string, area: string): boolean {
  const [country, code, name] = CITY_COUNTRY[city]!;
  const other = cityNamed(area);
  if (other !== undefined && other !== city) return true;
  if (countryName(area)) return true;
  if (code !== undefined && US_STATES.test(area)) return ![code, name].some((part) => part?.toLowerCase() === area.toLowerCase());
  return (US_STATES.test(area) && country !== 'US') || (BRITISH_NATIONS.test(area) && country !== 'GB');
}

/** A city's record in another city's admin areas or typed as a country; a country's record with false codes or far from home. */
function placeRecordProblems(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    const city = cityNamed(object['name']);
    const country = city === undefined ? countryCode(object['name']) : undefined;
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string') continue;
      const field = key.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (city !== undefined && ADMIN_AREA.test(field) && foreignArea(city, value)) problems.push(`${city} is not in ${key} "${value}"`);
      if ((city !== undefined || country !== undefined) && /^(type|kind|placetype)$/.test(field) && countryName(value))
        if (countryCode(value) !== country) problems.push(`${String(object['name'])} has the type "${value}", a country`);
      if (country !== undefined && /^(alpha2(code)?|iso2|isoa2|cca2)$/.test(field) && value.toUpperCase() !== country)
        problems.push(`${String(object['name'])}'s alpha-2 code is ${country}, not ${value}`);
      if (country !== undefined && /^(alpha3(code)?|iso3|isoa3|cca3)$/.test(field) && !/^[A-Z]{3}$/.test(value))
        problems.push(`${String(object['name'])}'s alpha-3 code is no "${value}"`);
    }
    if (country !== undefined) problems.push(...farFromHome(object, country));
  });
  return problems;
}

/** A country's record whose point is far from all of its cities this file knows (Canada at -44.9, 1.9). */
function farFromHome(object: Json, country: string): string[] {
  const [lat, lon] = [degrees(partOf(object, /^(lat|latitude)$/)), degrees(partOf(object, /^(lon|lng|long|longitude)$/))];
  const cities = Object.keys(CITY_COUNTRY).filter((city) => CITY_COUNTRY[city]![0] === country);
  if (Number.isNaN(lat) || Number.isNaN(lon) || cities.length === 0) return [];
  const near = cities.some((city) => Math.hypot(CITY_ZONES[city]![1] - lat, CITY_ZONES[city]![2] - lon) <= 30);
  return near ? [] : [`${String(object['name'])} is not at ${lat}, ${lon}`];
}

const MESSAGING_TOOL = /(sms|fax|messag|text)/i;
/** A messaging tool's `destination` that is a place (`Leeds, United Kingdom`), or a file tool's. */
function destinationProblems(name: string, data: unknown): string[] {
  if (!MESSAGING_TOOL.test(name) && !FILE_TOOL.test(name)) return [];
  const problems: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) return value.forEach((entry) => visit(entry, key));
    if (isJsonObject(value)) return Object.entries(value).forEach(([inner, entry]) => visit(entry, inner));
    if (/^destinations?$/i.test(key) && typeof value === 'string' && (cityNamed(value) !== undefined || countryName(value)))
      problems.push(`the destination "${value}" is a place`);
  };
  visit(data, '');
  return problems;
}

/** [country, region code, region name] of the cities above, for a call that names a city and its country or state. */
export const CITY_COUNTRY: Record<string, readonly [string, string?, string?]> = {
  'new york': ['US', 'NY', 'New York'],
  boston: ['US', 'MA', 'Massachusetts'],
  atlanta: ['US', 'GA', 'Georgia'],
  raleigh: ['US', 'NC', 'North Carolina'],
  chicago: ['US', 'IL', 'Illinois'],
  miami: ['US', 'FL', 'Florida'],
  austin: ['US', 'TX', 'Texas'],
  denver: ['US', 'CO', 'Colorado'],
  seattle: ['US', 'WA', 'Washington'],
  'los angeles': ['US', 'CA', 'California'],
  'san francisco': ['US', 'CA', 'California'],
  toronto: ['CA'],
  vancouver: ['CA'],
  london: ['GB'],
  dublin: ['IE'],
  paris: ['FR'],
  lyon: ['FR'],
  berlin: ['DE'],
  madrid: ['ES'],
  rome: ['IT'],
  amsterdam: ['NL'],
  stockholm: ['SE'],
  zurich: ['CH'],
  vienna: ['AT'],
  tokyo: ['JP'],
  singapore: ['SG'],
  mumbai: ['IN'],
  bangalore: ['IN'],
  sydney: ['AU'],
  'cape town': ['ZA'],
  'mexico city': ['MX'],
  manchester: ['GB'],
  munich: ['DE'],
  milan: ['IT'],
  barcelona: ['ES'],
  lisbon: ['PT'],
  osaka: ['JP'],
  seoul: ['KR'],
  melbourne: ['AU', 'VIC', 'Victoria'],
  dubai: ['AE'],
};
const US_STATES =
  /^(alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming)$/i;
const EURO = ['FR', 'DE', 'ES', 'IT', 'NL', 'IE', 'PT', 'AT', 'BE', 'FI', 'GR', 'CY', 'MT', 'LU', 'SK', 'SI', 'EE', 'LV', 'LT', 'HR'];
/** The currency of a country, where this table knows it. */
export const CURRENCY_OF: Record<string, string> = {
  ...Object.fromEntries(EURO.map((code) => [code, 'EUR'])),
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  CH: 'CHF',
  JP: 'JPY',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  ZA: 'ZAR',
  MX: 'MXN',
  BR: 'BRL',
  SG: 'SGD',
};
/** The shape of a country's post codes, where this table knows it. */
export const POSTCODE_OF: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  FR: /^\d{5}$/,
  DE: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  MX: /^\d{5}$/,
  CY: /^\d{4}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  AU: /^\d{4}$/,
  ZA: /^\d{4}$/,
  NZ: /^\d{4}$/,
  BE: /^\d{4}$/,
  DK: /^\d{4}$/,
  NO: /^\d{4}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  SE: /^\d{3} ?\d{2}$/,
  PT: /^\d{4}-\d{3}$/,
  JP: /^\d{3}-?\d{4}$/,
  IN: /^\d{6}$/,
  SG: /^\d{6}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
};
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** A country by ISO code or English name, as its alpha-2 code. */
export function countryCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^[A-Z]{2}$/.test(value)) return regionNames.of(value) === undefined ? undefined : value;
  const text = value.trim().toLowerCase();
  if (text === 'united states' || text === 'usa') return 'US';
  return [...Object.keys(CURRENCY_OF), ...Object.keys(POSTCODE_OF), 'AR', 'KR', 'AE'].find(
    (code) => regionNames.of(code)?.toLowerCase() === text,
  );
}
const partOf = (object: Json, pattern: RegExp): unknown =>
  Object.entries(object).find(([key, value]) => pattern.test(squash(key)) && (typeof value === 'string' || typeof value === 'number'))?.[1];

/** The country of a few big airports (IATA codes), to catch `keyword: MUC` sent with `countryCode: US`. */
const AIRPORT_COUNTRY: Record<string, string> = {
  JFK: 'US',
  LAX: 'US',
  SFO: 'US',
  ORD: 'US',
  ATL: 'US',
  LHR: 'GB',
  MAN: 'GB',
  CDG: 'FR',
  MUC: 'DE',
  FRA: 'DE',
  BER: 'DE',
  MAD: 'ES',
  BCN: 'ES',
  FCO: 'IT',
  MXP: 'IT',
  AMS: 'NL',
  ZRH: 'CH',
  HND: 'JP',
  NRT: 'JP',
  SYD: 'AU',
  SIN: 'SG',
  DXB: 'AE',
  BOM: 'IN',
};
/** The cities of a few city-centre post codes (`10115` is Berlin's, `8001` Zurich's and Cape Town's). */
const POSTCODE_CITIES: Record<string, readonly string[]> = {
  '10001': ['new york'],
  '94103': ['san francisco'],
  '98101': ['seattle'],
  '02108': ['boston'],
  '60601': ['chicago'],
  '27601': ['raleigh'],
  'SW1A 1AA': ['london'],
  'M1 1AE': ['manchester'],
  '75001': ['paris'],
  '10115': ['berlin'],
  '80331': ['munich'],
  '28013': ['madrid'],
  '08002': ['barcelona'],
  '00184': ['rome'],
  '20121': ['milan'],
  '8001': ['zurich', 'cape town'],
  '3000': ['melbourne'],
  '400001': ['mumbai'],
};

/** Parts that name one place twice or two places: a city `Melbourne, AU` beside a country, a post code or airport of another place. */
function repeatedOrForeignParts(object: Json, city: string | undefined, country: string | undefined): string[] {
  const problems: string[] = [];
  const cityText = partOf(object, /^(city|cityname|town)$/);
  const suffix = typeof cityText === 'string' && cityText.includes(',') ? countryCode(cityText.split(',').at(-1)!.trim()) : undefined;
  if (suffix !== undefined && suffix === country)
    problems.push(`city "${String(cityText)}" says its country again beside the country argument`);
  const postcode = partOf(object, /^(postalcode|postcode|zip|zipcode)$/);
  const owners = postcode === undefined ? undefined : POSTCODE_CITIES[String(postcode).trim().toUpperCase()];
  if (city !== undefined && owners !== undefined && !owners.includes(city)) problems.push(`${String(postcode)} is no post code of ${city}`);
  const code = partOf(object, /^(keyword|iata|iatacode|airport|airportcode)$/);
  const home = typeof code === 'string' ? AIRPORT_COUNTRY[code] : undefined;
  if (home !== undefined && country !== undefined && home !== country) problems.push(`airport ${String(code)} is not in ${country}`);
  return problems;
}

/** The parts of one object of arguments that name different places. */
function objectPlaceProblems(object: Json): string[] {
  const city = cityNamed(partOf(object, /^(city|cityname|town|location)$/));
  const country = countryCode(partOf(object, /^(country|countrycode|countryname|addresscountry|countryiso)$/));
  const state = partOf(object, /^(state|statecode|statename|region|province)$/);
  const currency = partOf(object, /^(currency|currencycode)$/);
  const postcode = partOf(object, /^(postalcode|postcode|zip|zipcode|addresspostcode)$/);
  const zone = partOf(object, /^(timezone|tz|tzid)$/);
  const [lat, lon] = [degrees(partOf(object, /^(lat|latitude)$/)), degrees(partOf(object, /^(lon|lng|long|longitude)$/))];
  const problems: string[] = repeatedOrForeignParts(object, city, country);
  const home = city === undefined ? undefined : CITY_COUNTRY[city];
  if (city !== undefined && country !== undefined && home![0] !== country) problems.push(`${city} is not in ${country}`);
  if (city !== undefined && typeof state === 'string') {
    const [, code, name] = home!;
    const own = code !== undefined && [code, name].some((part) => part?.toLowerCase() === state.toLowerCase());
    if (!own && (code !== undefined || US_STATES.test(state) || /^[A-Z]{2}$/.test(state))) problems.push(`${city} is not in ${state}`);
  }
  if (
    city !== undefined &&
    !Number.isNaN(lat) &&
    !Number.isNaN(lon) &&
    Math.hypot(CITY_ZONES[city]![1] - lat, CITY_ZONES[city]![2] - lon) > 2
  )
    problems.push(`${city} is not at ${lat}, ${lon}`);
  if (city !== undefined && typeof zone === 'string' && /\//.test(zone) && CITY_ZONES[city]![0] !== zone)
    problems.push(`${city} is not in ${zone}`);
  const where = country ?? home?.[0];
  if (typeof state === 'string' && US_STATES.test(state) && where !== undefined && where !== 'US')
    problems.push(`${state} is not in ${where}`);
  if (
    typeof currency === 'string' &&
    where !== undefined &&
    CURRENCY_OF[where] !== undefined &&
    CURRENCY_OF[where] !== currency.toUpperCase()
  )
    problems.push(`${currency} is not the currency of ${where}`);
  if (postcode !== undefined && where !== undefined && POSTCODE_OF[where] !== undefined && !POSTCODE_OF[where].test(String(postcode)))
    problems.push(`${String(postcode)} is no post code of ${where}`);
  return problems;
}

/** Arguments of one call that name different places (Paris in SE, Berlin in Illinois, HNL with a Cyprus address). */
export function contradictoryPlaces(args: Json): string[] {
  const problems: string[] = [];
  eachObject(args, (object) => problems.push(...objectPlaceProblems(object)));
  return problems;
}
