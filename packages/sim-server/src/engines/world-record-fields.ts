import { codesByName, countryCode, countryName } from './country-codes.js';
import { CITIES, COUNTRIES } from './values/lexicon.js';
import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * Fields of one record that must agree with each other, by their names (docs/sim-server.md,
 * "Results that fit the call"): dates in the order their meanings give (created before updated,
 * accepted or closed; a start before its end; a pickup before its return), a `*_code` field that
 * holds a code (`ta`, not `Tamil`), a domain that is its URL's host, a formatted price that shows
 * its own currency and amount, prices of one record in one currency, a brand family that names the
 * brand, and a customer's country that is their city's. A value the call sent is never changed.
 * Each function works in place.
 */
type Json = Record<string, unknown>;

/** The scalar values the call sent, as strings: a record keeps them as they were asked. */
function sentValues(args: Json): Set<string> {
  const sent = new Set<string>();
  eachObject(args, (object) =>
    Object.values(object).forEach((entry) => (typeof entry === 'string' || typeof entry === 'number') && sent.add(String(entry))),
  );
  return sent;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/;
/** A date's name without its `at`/`date`/`time` ending (`created_at` → `created`, `LastUpdatedAt` → `lastupdated`). */
function stem(key: string): string {
  let rest = key;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest
      .replace(/[_\-\s]+(at|on|date|time|timestamp|datetime|by|utc)$/i, '')
      .replace(/(?<=[a-z0-9])(At|On|Date|Time|Timestamp|DateTime|By|Utc)$/, '');
  }
  return squashKey(rest);
}
/** Moments a record has only after it exists. */
const AFTER_CREATION =
  /^(updated|lastupdated|modified|lastmodified|accepted|approved|confirmed|closed|completed|resolved|deleted|cancell?ed|archived|lastaccessed|lastlogin|lastseen|lastactivity|latestupdateattempt|shipped|delivered|paid|sent|returned|ended|finished|expired|revoked|fulfilled|processed|signed)$/;
const CREATED = /^(created|creation|createdtime|registered|opened|submitted|placed|requested|issued)$/;
/** Spans written as a start and an end field (`start_date`/`end_date`, `pickup_by`/`return_date`, `check_in`/`check_out`). */
const SPANS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /^(start|starts|started|begin|begins|from|valid_?from)$/,
    /^(end|ends|ended|finish|until|to|valid_?until|validto|expires|expiry|expiration)$/,
  ],
  [/^(pickup|pickupby|pick_?up)$/, /^(return|returned|dropoff|due)$/],
  [/^(checkin)$/, /^(checkout)$/],
  [/^(departure|depart|departs)$/, /^(arrival|arrive|arrives)$/],
];

/** `ms` written as `like` is (a date alone, or a UTC instant with or without seconds and milliseconds). */
function writtenAs(like: string, ms: number): string {
  const iso = new Date(ms).toISOString();
  if (like.length === 10) return iso.slice(0, 10);
  const zone = like.endsWith('Z') ? 'Z' : '';
  const body = like.replace(/Z$/, '');
  return iso.slice(0, body.length) + zone;
}

/** Moments a booking or a hold plans after it is made (`pickup_by`, `check_in`): its creation comes first. */
const PLANNED = /^(pickup|pickupby|checkin|departure|depart)$/;

/**
 * Puts `later` after `earlier` by the gap they had (at least a day for dates, an hour for instants), moving the one
 * the call did not send; `back` moves `earlier` first (a booking is made before the day it plans).
 */
function ordered(record: Json, earlier: string, later: string, sent: Set<string>, back = false, strict = false): void {
  const [first, second] = [record[earlier] as string, record[later] as string];
  const [a, b] = [Date.parse(first), Date.parse(second)];
  if (Number.isNaN(a) || Number.isNaN(b) || a < b || (a === b && !strict)) return;
  const step = first.length === 10 || second.length === 10 ? 86_400_000 : 3_600_000;
  const gap = Math.max(step, Math.min(a - b, 30 * 86_400_000));
  if (back && !sent.has(first)) record[earlier] = writtenAs(first, b - gap);
  else if (!sent.has(second)) record[later] = writtenAs(second, a + gap);
  else if (!sent.has(first)) record[earlier] = writtenAs(first, b - gap);
}

/** Fields that make a record a stay somewhere (`bookedRooms`, `hotel`, `nights`, `room_type`). */
const STAY_FIELD = /^(booked_?rooms|rooms|room|room_?type|hotel|hotel_?id|property|nights|number_?of_?nights|lodging|accommodation)$/i;
const isStay = (record: Json): boolean => Object.keys(record).some((key) => STAY_FIELD.test(key));

/** A record's dates in the order of their meanings: created before anything that happens to it, each span's start before its end. */
export function orderedDates(value: unknown, args: Json): void {
  const sent = sentValues(args);
  eachObject(value, (record) => {
    const dates = Object.keys(record).filter((key) => typeof record[key] === 'string' && ISO_DATE.test(record[key] as string));
    if (dates.length < 2) return;
    const created = dates.find((key) => CREATED.test(stem(key)));
    if (created !== undefined) for (const key of dates) if (AFTER_CREATION.test(stem(key))) ordered(record, created, key, sent);
    for (const [start, end] of SPANS) {
      const from = dates.find((key) => start.test(stem(key)));
      const to = dates.find((key) => end.test(stem(key)));
      // a stay's days (a hotel booking's `start`/`end`, any `check_in`/`check_out`) span at least one night
      const stay = from !== undefined && (/^checkin$/.test(stem(from)) || isStay(record));
      if (from !== undefined && to !== undefined) ordered(record, from, to, sent, false, stay && (record[from] as string).length === 10);
    }
    const planned = dates.find((key) => PLANNED.test(stem(key)));
    if (created !== undefined && planned !== undefined) ordered(record, created, planned, sent, true);
  });
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
let languageByName: Map<string, string> | undefined;
/** The ISO 639-1 code of an English language name (`Tamil` → `ta`), else undefined. */
export function languageCode(name: string): string | undefined {
  languageByName ??= codesByName('a', (code) => languageNames.of(code));
  return languageByName.get(name.trim().toLowerCase());
}

const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
let currencyByName: Map<string, string> | undefined;
/** The ISO 4217 code of a currency's English name (`Euro` → `EUR`), else undefined. */
export function currencyCode(name: string): string | undefined {
  currencyByName ??= new Map(Intl.supportedValuesOf('currency').map((code) => [currencyNames.of(code)!.toLowerCase(), code]));
  return currencyByName.get(name.trim().toLowerCase());
}

/** Code fields by what they code, with the code of a name (`Tamil` → `ta`) written in the case the field's other codes use. */
const CODED: ReadonlyArray<readonly [RegExp, (name: string) => string | undefined]> = [
  [/(language|lang|locale)codes?$/, languageCode],
  [/currencycodes?$/, currencyCode],
  [/countrycodes?$/, countryCode],
];

/** A `*_code` field (`SourceLanguageCode`, `currency_code`) holds a code, never the name of what it codes (`Tamil`, `Euro`). */
export function codedFields(value: unknown): void {
  eachObject(value, (record) => {
    for (const [key, entry] of Object.entries(record)) {
      const coder = CODED.find(([pattern]) => pattern.test(squashKey(key)))?.[1];
      if (coder === undefined) continue;
      const code = (text: unknown): unknown => (typeof text === 'string' && text.length > 3 ? (coder(text) ?? text) : text);
      record[key] = Array.isArray(entry) ? entry.map(code) : code(entry);
    }
  });
}

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
};
/** A record's `domain` (`source_domain`) is the host of its URL (`source_url`, else its one `url`). */
export function urlDomains(value: unknown, args: Json): void {
  const sent = sentValues(args);
  eachObject(value, (record) => {
    for (const key of Object.keys(record)) {
      const match = /^(.*?)_?domain$/i.exec(key);
      if (match === null || typeof record[key] !== 'string' || sent.has(record[key] as string)) continue;
      const prefix = squashKey(match[1]!);
      const urls = Object.keys(record).filter((other) => typeof record[other] === 'string' && squashKey(other) === `${prefix}url`);
      const host = urls.length === 1 ? hostOf(record[urls[0]!] as string) : undefined;
      if (host !== undefined) record[key] = host;
    }
  });
}

/** An amount in its currency as a shop writes it (`$65.00`, `€12.50`, `JOD 27.23`). */
export function formattedPrice(currency: string, amount: number): string | undefined {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount).replace(/\u00a0/g, ' ');
  } catch {
    return undefined;
  }
}
const AMOUNT = /^(value|amount|price|total)$/;
const isPrice = (entry: unknown): entry is Json =>
  isJsonObject(entry) &&
  typeof entry['currency'] === 'string' &&
  /^[A-Z]{3}$/.test(entry['currency']) &&
  Object.entries(entry).some(([key, amount]) => AMOUNT.test(squashKey(key)) && (typeof amount === 'number' || typeof amount === 'string'));
/** Amounts that may be in another currency than the record's (a transfer's source and target, an exchange). */
const CONVERTED = /source|target|from|to|convert|exchange|settle|local|foreign|base|quote|fx/i;

/** A price before a reduction (`originalPrice`) is at least the price (`price`): their amounts swap when it is below. */
function originalAbove(record: Json): void {
  const [original, current] = [record['originalPrice'] ?? record['original_price'], record['price']];
  if (!isPrice(original) || !isPrice(current)) return;
  const key = Object.keys(current).find((name) => AMOUNT.test(squashKey(name)) && typeof current[name] === 'number');
  if (key === undefined || typeof original[key] !== 'number' || original[key] >= (current[key] as number)) return;
  [original[key], current[key]] = [current[key], original[key]];
  const formatted = [original['formatted'], current['formatted']];
  if (typeof formatted[0] === 'string' && typeof formatted[1] === 'string')
    [original['formatted'], current['formatted']] = [formatted[1], formatted[0]];
}

/** Rows of one list (a shop's units) price in one currency: each row's `price`/`originalPrice` takes the first row's. */
function listedPrices(value: unknown): void {
  if (Array.isArray(value)) {
    const rows = value.filter(isJsonObject);
    const first = rows.flatMap((row) => Object.entries(row).filter(([key, entry]) => /price$/i.test(key) && isPrice(entry)))[0]?.[1] as
      Json | undefined;
    for (const row of first === undefined ? [] : rows)
      for (const [key, entry] of Object.entries(row)) if (/price$/i.test(key) && isPrice(entry)) entry['currency'] = first!['currency'];
    value.forEach(listedPrices);
  } else if (isJsonObject(value)) Object.values(value).forEach(listedPrices);
}

/** Prices of one record share its currency (a price and its original price), and each formatted price shows its own currency and amount. */
export function coherentPrices(value: unknown): void {
  listedPrices(value);
  eachObject(value, (record) => {
    const prices = Object.entries(record)
      .filter(([key, entry]) => isPrice(entry) && !CONVERTED.test(key))
      .map(([, entry]) => entry as Json);
    for (const price of prices.slice(1)) price['currency'] = prices[0]!['currency'];
    originalAbove(record);
    if (!isPrice(record) || typeof record['formatted'] !== 'string') return;
    const [amountKey, amount] =
      Object.entries(record).find(([key, entry]) => AMOUNT.test(squashKey(key)) && typeof entry === 'number') ?? [];
    const written = typeof amount === 'number' ? formattedPrice(record['currency'] as string, amount) : undefined;
    if (written === undefined || amountKey === undefined) return;
    record['formatted'] = written;
    // a currency without cents (`JPY`) has whole amounts: the value is what the formatted text shows
    const digits = new Intl.NumberFormat('en-US', { style: 'currency', currency: record['currency'] as string }).resolvedOptions()
      .maximumFractionDigits;
    record[amountKey] = Number((amount as number).toFixed(digits ?? 2));
  });
}

/** A brand's family (`brandFamily.name`) names the brand or a line it belongs to: `Levi's` for `Levi's Red Tab`, never `Puma`. */
export function brandFamilies(value: unknown): void {
  eachObject(value, (record) => {
    const name = record['name'];
    if (typeof name !== 'string') return;
    for (const [key, family] of Object.entries(record)) {
      if (!/family$/i.test(key) || !isJsonObject(family) || typeof family['name'] !== 'string') continue;
      const [own, theirs] = [name.toLowerCase(), family['name'].toLowerCase()];
      if (!own.startsWith(theirs) && !theirs.startsWith(own)) family['name'] = name;
    }
  });
}

/** A person's country is their city's (`customerCity: Milan` → `customerCountry: Italy`), written as the field writes it. */
export function cityCountries(value: unknown, args: Json): void {
  const sent = sentValues(args);
  eachObject(value, (record) => {
    for (const key of Object.keys(record)) {
      const match = /^(.+?)_?city$/i.exec(key);
      const city = typeof record[key] === 'string' ? CITIES.find((entry) => entry[0] === record[key]) : undefined;
      if (match === null || city === undefined) continue;
      const countryKey = Object.keys(record).find((other) => squashKey(other) === `${squashKey(match[1]!)}country`);
      const country = countryKey === undefined ? undefined : record[countryKey];
      if (countryKey === undefined || typeof country !== 'string' || sent.has(country)) continue;
      const name = COUNTRIES.find((entry) => entry[1] === city[2])?.[0] ?? countryName(city[2]);
      record[countryKey] = country.length <= 3 ? city[2] : (name ?? country);
    }
  });
}

/** The lab section that runs a test, by the test's names (lower case). */
const LAB_SECTION: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(complete blood count|full blood count|cbc|hemoglobin|haemoglobin|platelet count|white blood cell count)$/, 'hematology'],
  [/^(urinalysis|urine test)$/, 'urinalysis'],
  [/^(strep test|throat culture|blood culture|urine culture|covid-19 pcr)$/, 'microbiology'],
  [/^(c-reactive protein|crp|allergy panel|ana test|rheumatoid factor)$/, 'immunology'],
  [
    /^(hemoglobin a1c|hba1c|a1c|lipid panel|lipid profile|cholesterol test|basic metabolic panel|bmp|comprehensive metabolic panel|cmp|thyroid-stimulating hormone|tsh|glucose|liver function test)$/,
    'clinical chemistry',
  ],
];
/** A known lab test's category is the section that runs it (`Urinalysis` → `urinalysis`, `CBC` → `hematology`). */
export function labSections(value: unknown): void {
  eachObject(value, (record) => {
    const name = record['name'];
    const section = typeof name === 'string' ? LAB_SECTION.find(([names]) => names.test(name.toLowerCase()))?.[1] : undefined;
    const key = Object.keys(record).find((field) => /^(category|test_?category|section|department)$/i.test(field));
    if (section !== undefined && key !== undefined && typeof record[key] === 'string') record[key] = section;
  });
}

/** The rules above, in order. */
export function coherentFields(value: unknown, args: Json): void {
  orderedDates(value, args);
  codedFields(value);
  urlDomains(value, args);
  coherentPrices(value);
  brandFamilies(value);
  cityCountries(value, args);
  labSections(value);
}
