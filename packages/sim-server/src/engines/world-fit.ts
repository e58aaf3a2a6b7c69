import { CITIES, COUNTRIES } from './values/lexicon.js';
import { cityOfPostcode } from './values/places.js';
import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * A result that fits its call and agrees with itself (docs/sim-server.md, "Results that fit the
 * call"), judged by field names: a quote's bid at or below its ask (and each low/high, min/max pair in
 * order), a star distribution that adds up to its review count (and the average it gives), listed rows
 * within the call's `min…`/`max…` filters and its start–end dates, no two rows that differ only by
 * id, the symbol the call asked for, and a city with its own region, country and coordinates (the
 * country asked, the point asked). Each function works in place.
 */
type Json = Record<string, unknown>;
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Every list of records in `value` (`data`, `items`, `content`…). */
function rowLists(value: unknown): Json[][] {
  const lists: Json[][] = [];
  eachObject(value, (object) => {
    for (const entry of Object.values(object))
      if (Array.isArray(entry) && entry.length > 0 && entry.every(isJsonObject)) lists.push(entry as Json[]);
  });
  return lists;
}

/** Pairs of fields that name a lower and an upper side of one thing (`bidprice`/`askprice`, `low`/`high`, `min_x`/`max_x`). */
const SIDES: ReadonlyArray<readonly [string, string]> = [
  ['bid', 'ask'],
  ['low', 'high'],
  ['min', 'max'],
];

/** A quote's bid at or below its ask, each low below its high: a pair out of order is swapped. */
export function orderedSides(value: unknown): void {
  eachObject(value, (object) => {
    const keys = Object.keys(object).filter((key) => num(object[key]));
    for (const [low, high] of SIDES)
      for (const key of keys) {
        const name = squashKey(key);
        if (!name.includes(low)) continue;
        const partner = keys.find((other) => squashKey(other) === name.replace(low, high));
        if (partner !== undefined && (object[key] as number) > (object[partner] as number))
          [object[key], object[partner]] = [object[partner], object[key]];
      }
  });
}

const COUNT_FIELD = /(review|rating|vote)s?(count|total)$|^(count|total|number)(of)?(user|customer)?(reviews|ratings|votes)$/;
const AVERAGE_FIELD = /^(average|avg|mean)(star)?rating$|^rating(average|avg|mean)$/;
const DISTRIBUTION_FIELD = /distribution|histogram|breakdown/i;

/** `parts` scaled to add up to `total` (largest remainders), each a whole number. */
function apportion(parts: number[], total: number): number[] {
  const sum = parts.reduce((all, part) => all + Math.max(part, 0), 0);
  const shares = parts.map((part) => (sum === 0 ? total / parts.length : (Math.max(part, 0) * total) / sum));
  const whole = shares.map(Math.floor);
  const order = shares.map((share, index) => [share - Math.floor(share), index] as const).sort((a, b) => b[0] - a[0]);
  for (let left = total - whole.reduce((all, part) => all + part, 0), at = 0; left > 0; left--, at++) {
    const index = order[at % order.length]![1];
    whole[index] = (whole[index] ?? 0) + 1;
  }
  return whole;
}

/** A star distribution adds up to the review count beside it, and the average beside them is the distribution's. */
export function countedDistributions(value: unknown): void {
  eachObject(value, (object) => {
    const countKey = Object.keys(object).find((key) => COUNT_FIELD.test(squashKey(key)) && Number.isInteger(object[key]));
    if (countKey === undefined) return;
    for (const [key, entry] of Object.entries(object)) {
      if (!isJsonObject(entry) || !DISTRIBUTION_FIELD.test(key)) continue;
      const stars = Object.keys(entry);
      if (stars.length < 3 || !stars.every((star) => /^\d+$/.test(star) && Number.isInteger(entry[star]))) continue;
      const parts = apportion(
        stars.map((star) => entry[star] as number),
        object[countKey] as number,
      );
      stars.forEach((star, index) => (entry[star] = parts[index]));
      const averageKey = Object.keys(object).find((field) => AVERAGE_FIELD.test(squashKey(field)) && num(object[field]));
      const total = parts.reduce((all, part) => all + part, 0);
      if (averageKey !== undefined && total > 0)
        object[averageKey] = Math.round((stars.reduce((all, star, index) => all + Number(star) * parts[index]!, 0) / total) * 10) / 10;
    }
  });
}

/** A `min…`/`max…` argument with a number: its bound and the squashed name of what it bounds (`maxStarRating` → max, starrating). */
function numericFilters(args: Json): Array<{ bound: 'min' | 'max'; stem: string; limit: number }> {
  const filters: Array<{ bound: 'min' | 'max'; stem: string; limit: number }> = [];
  for (const [key, raw] of Object.entries(args)) {
    const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (!num(limit)) continue;
    const before = /^(min|max)(?:imum)?_?(.+)$/i.exec(key);
    const after = /^(.+?)_?(min|max)(?:imum)?$/i.exec(key);
    if (before) filters.push({ bound: before[1]!.toLowerCase() as 'min' | 'max', stem: squashKey(before[2]!), limit });
    else if (after) filters.push({ bound: after[2]!.toLowerCase() as 'min' | 'max', stem: squashKey(after[1]!), limit });
  }
  return filters;
}

/** Whether a row's field is what a filter's stem names (`rating` of `starrating`, `price` of `price`). */
const bounds = (stem: string, field: string): boolean => {
  const name = squashKey(field);
  return name.length >= 4 && (name === stem || stem.endsWith(name) || name.endsWith(stem));
};

/** A value moved within a filter's bound, deterministically, whole when it was whole. */
function within(value: number, bound: 'min' | 'max', limit: number): number {
  const [low, high] = bound === 'max' ? [limit > 0 ? limit * 0.6 : limit - 10, limit] : [limit, limit > 0 ? limit * 1.4 : limit + 10];
  const moved = low + ((Math.abs(value) * 37.3) % Math.max(high - low, 1e-9));
  if (!Number.isInteger(value)) return round2(Math.min(high, Math.max(low, moved)));
  return bound === 'max'
    ? Math.min(Math.floor(limit), Math.max(Math.ceil(low), Math.round(moved)))
    : Math.max(Math.ceil(limit), Math.min(Math.floor(high), Math.round(moved)));
}

/** Listed rows honour the call's number filters (`maxStarRating: 1.1` lists no rating of 5). */
export function filteredRows(value: unknown, args: Json): void {
  const filters = numericFilters(args);
  if (filters.length === 0) return;
  for (const rows of rowLists(value))
    for (const row of rows)
      for (const [field, entry] of Object.entries(row))
        for (const { bound, stem, limit } of filters)
          if (num(entry) && bounds(stem, field) && (bound === 'max' ? entry > limit : entry < limit))
            row[field] = within(entry, bound, limit);
}

const START = /^(start|from|since|begin)_?(date|day)?$|^date_?(from|start)$/i;
const END = /^(end|to|until|till)_?(date|day)?$|^date_?(to|end)$/i;
/** A row's own moment (a reading's `datetime`, an entry's `date`), not when it was created or revised. */
const ROW_TIME = /^(date|datetime|date_?time|valid_?date|day|timestamp_?local|timestamp_?utc|observation_?time|ob_?time)$/i;
const DAY = 86_400_000;
const dayOf = (text: unknown): number =>
  typeof text === 'string' && /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(`${text.slice(0, 10)}T00:00:00Z`) : NaN;

/** Rows of a call asked from one date to another fall within them: a row dated outside takes a day of the range, keeping its time and format. */
export function rowsInRange(value: unknown, args: Json): void {
  const start = dayOf(Object.entries(args).find(([key, entry]) => START.test(key) && !Number.isNaN(dayOf(entry)))?.[1]);
  const end = dayOf(Object.entries(args).find(([key, entry]) => END.test(key) && !Number.isNaN(dayOf(entry)))?.[1]);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return;
  const days = Math.round((end - start) / DAY) + 1;
  for (const rows of rowLists(value))
    rows.forEach((row, index) => {
      const day = new Date(start + (index % days) * DAY).toISOString().slice(0, 10);
      for (const [field, entry] of Object.entries(row)) {
        const at = dayOf(entry);
        if (ROW_TIME.test(field) && !Number.isNaN(at) && (at < start || at > end)) row[field] = `${day}${(entry as string).slice(10)}`;
      }
    });
}

const ID_FIELD = /(^id$|_id$|[a-z]Id$|^uuid$)/;
const TOTAL_FIELD = /^(total|count|total_?count|total_?elements|total_?results|num_?results)$/i;

/** No two listed rows that differ only by their ids (one tissue, one expression row): the later ones are dropped and the list's total follows. */
export function distinctRows(value: unknown): void {
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (!Array.isArray(entry) || entry.length < 2 || !entry.every(isJsonObject)) continue;
      const seen = new Set<string>();
      const kept = (entry as Json[]).filter((row) => {
        const rest = Object.entries(row).filter(([field]) => !ID_FIELD.test(field));
        if (rest.length < 3 || rest.length === Object.keys(row).length) return true;
        const text = JSON.stringify(rest);
        return seen.has(text) ? false : (seen.add(text), true);
      });
      if (kept.length === entry.length) continue;
      object[key] = kept;
      for (const [field, total] of Object.entries(object))
        if (TOTAL_FIELD.test(field) && total === entry.length) object[field] = kept.length;
    }
  });
}

/** The status words of a record that is still there. */
const LIVE = /^(active|enabled|open|running|live|available|published|created|in_?use|online|ready)$/i;
/** What a deletion's status may say instead, in order of preference. */
export const GONE_WORDS = [
  'deleted',
  'removed',
  'cancelled',
  'canceled',
  'inactive',
  'disabled',
  'archived',
  'completed',
  'success',
] as const;

/** A deletion's result never says the record is still live: its top `status` says `word` (`deleted`). Returns whether it changed. */
export function deletedStatus(value: Json, word: string): boolean {
  for (const key of Object.keys(value))
    if (/^(status|state)$/i.test(key) && typeof value[key] === 'string' && LIVE.test(value[key] as string)) {
      value[key] = (value[key] as string) === (value[key] as string).toUpperCase() ? word.toUpperCase() : word;
      return true;
    }
  return false;
}

const SYMBOL_ARGUMENT = /^(symbol|ticker|stocks?_?ticker|symbols|tickers)$/i;
const SYMBOL_FIELD = /^(symbol|ticker)$/i;
const SYMBOL = /^[A-Z][A-Z0-9.]{0,9}$/;

/** The symbols a call asks about: its `symbol`/`ticker` (one or a list), else its `from`/`to` pair (`AMZN/V`). */
function askedSymbols(args: Json): string[] {
  const listed = Object.entries(args)
    .filter(([key]) => SYMBOL_ARGUMENT.test(key))
    .flatMap(([, entry]) => (Array.isArray(entry) ? entry : typeof entry === 'string' ? entry.split(',') : []))
    .map((entry) => String(entry).trim())
    .filter((entry) => SYMBOL.test(entry));
  if (listed.length > 0) return listed;
  const side = (pattern: RegExp): string | undefined => {
    const found = Object.entries(args).find(([key, entry]) => pattern.test(key) && typeof entry === 'string' && SYMBOL.test(entry));
    return found?.[1] as string | undefined;
  };
  const [from, to] = [side(/^(from|base)$/i), side(/^(to|quote)$/i)];
  return from !== undefined && to !== undefined ? [`${from}/${to}`] : [];
}

/** A quote or a listing answers for the symbols asked: a record's symbol not asked becomes one that was (rows take them in turn). */
export function askedSubjects(value: unknown, args: Json): void {
  const symbols = askedSymbols(args);
  if (symbols.length === 0) return;
  // a pair asked by its sides (`from: GBP, to: AUD`) is quoted as the pair (`GBP/AUD`), never one side of it
  const sides = Object.keys(args).some((key) => /^(from|base)$/i.test(key));
  const fits = (symbol: string): boolean => symbols.some((asked) => asked === symbol || (!sides && asked.split('/').includes(symbol)));
  let turn = 0;
  eachObject(value, (object) => {
    for (const key of Object.keys(object))
      if (SYMBOL_FIELD.test(key) && typeof object[key] === 'string' && !fits(object[key] as string))
        object[key] = symbols[turn++ % symbols.length];
  });
}

type City = readonly [string, string, string, number, number];
/** The spec examples' cities the lexicon lacks (weatherbit's Raleigh). */
const MORE_CITIES: readonly City[] = [['Raleigh', 'NC', 'US', 35.7796, -78.6382]];
const PLACES: readonly City[] = [...CITIES, ...MORE_CITIES];
const CITY_FIELD = /^(city|city_?name)$/i;
const COUNTRY_ARGUMENT = /^(country|country_?code)$/i;
const CITY_ARGUMENT = /^(city|city_?name|location|place)$/i;

/** A country asked by code or name, as its ISO code (`FR`, `France`). */
function countryCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  return COUNTRIES.find(([name, alpha2, alpha3]) => [name, alpha2, alpha3].some((entry) => entry.toLowerCase() === text))?.[1];
}

/** A coordinate as a number (`23.5S` is -23.5). */
const degrees = (value: unknown): number => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '') return Number.NaN;
  return /^-?[\d.]+[SW]$/i.test(text) ? -Number.parseFloat(text) : /^-?[\d.]+[NE]$/i.test(text) ? Number.parseFloat(text) : Number(text);
};

/** The place a call names: the city asked (`Berlin, DE`), else the city nearest a point asked (within 2°), else a city of the country asked (by the seed). */
function askedPlace(args: Json, salt: number): City | null | undefined {
  const cityAsked = Object.entries(args).find(([key, entry]) => CITY_ARGUMENT.test(key) && typeof entry === 'string')?.[1];
  if (typeof cityAsked === 'string') {
    const name = cityAsked.split(',')[0]!.trim().toLowerCase();
    return PLACES.find((place) => place[0].toLowerCase() === name) ?? null;
  }
  const lat = degrees(Object.entries(args).find(([key]) => /^(lat|latitude)$/i.test(key))?.[1]);
  const lon = degrees(Object.entries(args).find(([key]) => /^(lon|lng|long|longitude)$/i.test(key))?.[1]);
  if (!Number.isNaN(lat) && !Number.isNaN(lon)) {
    const nearest = [...PLACES].sort((a, b) => Math.hypot(a[3] - lat, a[4] - lon) - Math.hypot(b[3] - lat, b[4] - lon))[0]!;
    return Math.hypot(nearest[3] - lat, nearest[4] - lon) <= 2 ? nearest : undefined;
  }
  // a known city's post code names that city, whatever country is sent beside it
  const postcode = Object.entries(args).find(([key]) => /^(zip|zip_?code|post_?code|postal_?code)$/i.test(key))?.[1];
  const sentCountry = countryCode(Object.entries(args).find(([key]) => COUNTRY_ARGUMENT.test(key))?.[1]);
  const coded = typeof postcode === 'string' || typeof postcode === 'number' ? cityOfPostcode(String(postcode), sentCountry) : undefined;
  if (coded !== undefined) return coded;
  const code = countryCode(Object.entries(args).find(([key]) => COUNTRY_ARGUMENT.test(key))?.[1]);
  const ofCountry = PLACES.filter((place) => place[2] === code);
  return ofCountry.length === 0 ? undefined : ofCountry[salt % ofCountry.length];
}

const cityAsked = (args: Json): boolean => Object.keys(args).some((key) => CITY_ARGUMENT.test(key));

/** `next` written like `previous` (a number, a numeric string, a code, a name). */
function writtenLike(previous: unknown, next: number | string): unknown {
  if (typeof next === 'number') return typeof previous === 'string' ? String(next) : next;
  return next;
}

/** A record's coordinate: the one the call asked, as the call wrote it when the record writes text (`23.5S`), else the city's. */
function asWritten(previous: unknown, asked: unknown, own: number): unknown {
  if (asked === undefined || Number.isNaN(degrees(asked))) return writtenLike(previous, own);
  return typeof previous === 'string' ? String(asked) : degrees(asked);
}

/** The city a text names (`Berlin`, `Berlin, DE`), if the table knows it. */
const cityOf = (text: string): City | undefined => {
  const name = text.split(',')[0]!.trim().toLowerCase();
  return PLACES.find((place) => place[0].toLowerCase() === name);
};

/** A record's region, country and coordinates are its city's (`point`: the coordinates the call asked, kept as asked). */
function placed(record: Json, city: City, cityKey: string, point: readonly [unknown, unknown] | undefined): void {
  const [name, region, country, lat, lon] = city;
  // a city written as the call wrote it (`Berlin, DE`) stays so
  if (cityOf(record[cityKey] as string) !== city) record[cityKey] = name;
  for (const [key, entry] of Object.entries(record)) {
    if (entry === undefined || entry === null || isJsonObject(entry) || Array.isArray(entry)) continue;
    if (/^(state_?code|region_?code)$/i.test(key))
      record[key] = region; // a region without a short code by name (`Karnataka`), never a made-up one
    else if (/^(state|region|province)$/i.test(key) && /^[A-Z]/.test(String(entry))) record[key] = region;
    else if (/^country_?code$/i.test(key) || (/^country$/i.test(key) && typeof entry === 'string' && entry.length <= 3))
      record[key] = country;
    else if (/^country(_?name)?$/i.test(key)) record[key] = COUNTRIES.find((entry) => entry[1] === country)?.[0] ?? country;
    else if (/^(lat|latitude)$/i.test(key)) record[key] = asWritten(entry, point?.[0], lat);
    else if (/^(lon|lng|long|longitude)$/i.test(key)) record[key] = asWritten(entry, point?.[1], lon);
  }
}

/**
 * A record that names a city says that city's region, country and coordinates; a call that names a
 * city, a point or a country is answered with a city there (FR's postal code is in France, 12.97, 77.59 is Bangalore).
 */
export function onePlacePerRecord(value: unknown, args: Json, salt = 0): void {
  // a city asked that is not in the table leaves every record's city as it is (null)
  const place = askedPlace(args, salt);
  const asked = place ?? undefined;
  const find = (pattern: RegExp): unknown => Object.entries(args).find(([key]) => pattern.test(key))?.[1];
  const askedPoint = find(/^(lat|latitude)$/i) !== undefined;
  const point = askedPoint ? ([find(/^(lat|latitude)$/i), find(/^(lon|lng|long|longitude)$/i)] as const) : undefined;
  eachObject(value, (record) => {
    // a place record (a `name` beside its point and its country or time zone) names its city by `name`
    const placeRecord = ['lat', 'lon'].every((key) => key in record) && ('country' in record || 'timezone' in record);
    const cityKey = Object.keys(record).find(
      (key) => (CITY_FIELD.test(key) || (placeRecord && key === 'name')) && typeof record[key] === 'string',
    );
    if (cityKey === undefined) return;
    const own = cityOf(record[cityKey] as string);
    const named = place !== null && asked !== undefined && (own === undefined || own[2] !== asked[2] || askedPoint || cityAsked(args));
    const city = named ? asked : own;
    // a point asked is kept on the city near it; a city not near it keeps whatever coordinates it had
    if (city !== undefined)
      placed(
        record,
        city,
        cityKey,
        askedPoint ? (city === asked ? point : [record['lat'] ?? record['latitude'], record['lon'] ?? record['longitude']]) : undefined,
      );
  });
}

/** The currency of each country of the city table, and about how many of it a US dollar buys. */
const CURRENCY: Record<string, readonly [string, number]> = {
  CA: ['CAD', 1.37],
  GB: ['GBP', 0.79],
  FR: ['EUR', 0.92],
  DE: ['EUR', 0.92],
  ES: ['EUR', 0.92],
  IT: ['EUR', 0.92],
  NL: ['EUR', 0.92],
  IE: ['EUR', 0.92],
  PT: ['EUR', 0.92],
  AT: ['EUR', 0.92],
  SE: ['SEK', 10.5],
  CH: ['CHF', 0.88],
  JP: ['JPY', 150],
  KR: ['KRW', 1350],
  SG: ['SGD', 1.34],
  AU: ['AUD', 1.5],
  IN: ['INR', 83],
  BR: ['BRL', 5.2],
  MX: ['MXN', 17.5],
  AR: ['ARS', 900],
  ZA: ['ZAR', 18.5],
  AE: ['AED', 3.67],
};
const PLACE_ARGUMENT = /^(location|city|place|address|destination|area|region)$/i;
const MONEY_FIELD = /(price|amount|value|valuation|cost|total|fee|rent|salary|budget)s?$/i;

/**
 * Money at a place the call names is in that place's currency: a Lyon property is valued in EUR, not
 * USD (the amounts beside the currency, other than those the call sent, converted at about the going rate). Works in place.
 */
export function localCurrency(value: unknown, args: Json): void {
  const named = Object.entries(args).find(([key, entry]) => PLACE_ARGUMENT.test(key) && typeof entry === 'string')?.[1];
  const city = typeof named === 'string' ? cityOf(named) : undefined;
  const local = city === undefined ? undefined : CURRENCY[city[2]];
  if (local === undefined || Object.keys(args).some((key) => /currency/i.test(key))) return;
  const [code, rate] = local;
  eachObject(value, (object) => {
    if (object['currency'] !== 'USD') return;
    object['currency'] = code;
    for (const [key, entry] of Object.entries(object))
      if (num(entry) && MONEY_FIELD.test(key) && !(key in args))
        object[key] = Number.isInteger(entry) ? Math.round(entry * rate) : round2(entry * rate);
  });
}
