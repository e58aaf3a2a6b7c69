import type { ReviewedCall } from './conversation.js';
import { CITY_COUNTRY, CITY_ZONES, placeUnitProblems } from './result-places.js';
import { cityNamedThings } from './city-named-things.js';
import { otherPlaceProblems } from './result-addresses.js';
import { recordPlaceProblems } from './record-places.js';
import { filterProblems as callFilterProblems } from './result-filters.js';
import { sentValueProblems } from './result-echo.js';
import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * Results that do not fit their call or contradict themselves (`results_plausible`), judged from the
 * call and its result alone with this file's own small tables, independent of the generator: a
 * quote whose bid is above its ask, a star distribution that is not its review count, listed rows
 * outside the call's `min…`/`max…` filter (its dates, sizes, account currency and post code: `result-filters.ts`), rows that differ only by id, a
 * deletion that says the record is still active, a quote for a symbol not asked, a reading measured
 * on another day than asked, a city with another country's code or coordinates (or not in the country
 * asked), a genre of another medium (a jazz film, a romance melody), and another place's time zone,
 * another temperature scale or a stray file path (`result-places.ts`).
 */
type Json = Record<string, unknown>;
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const dayOf = (text: unknown): number =>
  typeof text === 'string' && /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(`${text.slice(0, 10)}T00:00:00Z`) : NaN;

function rowsOf(value: unknown): Json[] {
  const rows: Json[] = [];
  eachObject(value, (object) => {
    for (const entry of Object.values(object)) if (Array.isArray(entry) && entry.every(isJsonObject)) rows.push(...(entry as Json[]));
  });
  return rows;
}

function quoteProblems(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    const side = (name: string): number | undefined =>
      Object.entries(object).find(([key, value]) => new RegExp(`^${name}(price)?$`).test(squashKey(key)) && num(value))?.[1] as
        number | undefined;
    const [bid, ask] = [side('bid'), side('ask')];
    if (bid !== undefined && ask !== undefined && bid > ask) problems.push(`bid ${bid} above ask ${ask}`);
  });
  return problems;
}

const COUNT = /(review|rating|vote)s?(count|total)$|^(count|total|number)(of)?(user|customer)?(reviews|ratings|votes)$/;
function distributionProblems(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    const count = Object.entries(object).find(([key, value]) => COUNT.test(squashKey(key)) && Number.isInteger(value));
    if (count === undefined) return;
    for (const [key, value] of Object.entries(object)) {
      if (!isJsonObject(value) || !/distribution|histogram|breakdown/i.test(key)) continue;
      const parts = Object.values(value);
      if (parts.length < 3 || !parts.every(Number.isInteger)) continue;
      const sum = (parts as number[]).reduce((all, part) => all + part, 0);
      if (sum !== count[1]) problems.push(`${key} adds up to ${sum}, not ${count[0]} ${String(count[1])}`);
    }
  });
  return problems;
}

function filterProblems(args: Json, data: unknown): string[] {
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(args)) {
    const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    const match = /^(min|max)(?:imum)?_?(.+)$/i.exec(key) ?? /^(.+?)_?(min|max)(?:imum)?$/i.exec(key);
    if (!num(limit) || match === null) continue;
    const [bound, stem] = /^(min|max)$/i.test(match[1]!)
      ? [match[1]!.toLowerCase(), squashKey(match[2]!)]
      : [match[2]!.toLowerCase(), squashKey(match[1]!)];
    for (const row of rowsOf(data))
      for (const [field, entry] of Object.entries(row)) {
        const name = squashKey(field);
        if (!num(entry) || name.length < 4 || !(name === stem || stem.endsWith(name) || name.endsWith(stem))) continue;
        if (bound === 'max' ? entry > limit : entry < limit) problems.push(`a row's ${field} ${entry} is outside ${key} ${String(raw)}`);
      }
  }
  return problems;
}

const ID_FIELD = /(^id$|_id$|[a-z]Id$|^uuid$)/;
function duplicateProblems(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    for (const entry of Object.values(object)) {
      if (!Array.isArray(entry) || entry.length < 2 || !entry.every(isJsonObject)) continue;
      const seen = new Set<string>();
      for (const row of entry as Json[]) {
        const rest = Object.entries(row).filter(([field]) => !ID_FIELD.test(field));
        if (rest.length < 3 || rest.length === Object.keys(row).length) continue;
        const text = JSON.stringify(rest);
        if (seen.has(text)) problems.push(`rows differ only by id (${text.slice(0, 60)})`);
        seen.add(text);
      }
    }
  });
  return problems;
}

const LIVE = /^(active|enabled|open|running|live|available|published|created|online)$/i;
function deletionProblems(name: string, data: unknown): string[] {
  if (!/(^|_)(delete|remove|destroy)/i.test(name) || !isJsonObject(data)) return [];
  const status = Object.entries(data).find(([key, value]) => /^(status|state)$/i.test(key) && typeof value === 'string')?.[1] as
    string | undefined;
  return status !== undefined && LIVE.test(status) ? [`a deletion says the record is ${status}`] : [];
}

function subjectProblems(args: Json, data: unknown): string[] {
  const asked = Object.entries(args)
    .filter(([key]) => /^(symbols?|tickers?|stocks?_?ticker|from|to|base|quote)$/i.test(key))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string' && /^[A-Z][A-Z0-9.]{0,9}$/.test(value));
  if (asked.length === 0) return [];
  const problems: string[] = [];
  eachObject(data, (object) => {
    const symbol = object['symbol'] ?? object['ticker'];
    if (typeof symbol === 'string' && !asked.some((value) => symbol.split(/[/:-]/).includes(value)))
      problems.push(`a quote for ${symbol}, asked ${asked.join(', ')}`);
  });
  return problems;
}

const MEASURED = /^(measured|observed|recorded|reported|sampled)_?(at|on|time)$|^as_?of$/i;
function dayProblems(args: Json, data: unknown): string[] {
  const asked = Object.entries(args).find(([key, value]) => /^(date|day|for_?date)$/i.test(key) && !Number.isNaN(dayOf(value)))?.[1];
  if (asked === undefined || !isJsonObject(data)) return [];
  return Object.entries(data)
    .filter(([field, value]) => MEASURED.test(field) && !Number.isNaN(dayOf(value)) && dayOf(value) !== dayOf(asked))
    .map(([field, value]) => `${field} ${String(value)} is not the day asked (${String(asked)})`);
}

/** [country, latitude, longitude] of the cities this check knows (from result-places' tables). */
const CITIES: Record<string, readonly [string, number, number]> = Object.fromEntries(
  'raleigh|seattle|boston|miami|new york|san francisco|los angeles|chicago|london|manchester|paris|lyon|berlin|munich|bangalore|mumbai|tokyo|sydney|singapore'
    .split('|')
    .map((city) => [city, [CITY_COUNTRY[city]![0], CITY_ZONES[city]![1], CITY_ZONES[city]![2]]] as const),
);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const codeOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  if (/^[A-Z]{2}$/.test(value)) return value;
  const text = value.toLowerCase();
  return Object.values(CITIES)
    .map(([code]) => code)
    .find((code) => regionNames.of(code)?.toLowerCase() === text || (code === 'US' && text === 'united states'));
};

function placeProblems(args: Json, data: unknown): string[] {
  const asked = codeOf(Object.entries(args).find(([key]) => /^country(_?code)?$/i.test(key))?.[1]);
  const problems: string[] = [];
  eachObject(data, (object) => {
    const cityKey = Object.keys(object).find((key) => /^(city|city_?name)$/i.test(key) && typeof object[key] === 'string');
    const city = cityKey === undefined ? undefined : CITIES[(object[cityKey] as string).toLowerCase()];
    if (cityKey === undefined || city === undefined) return;
    const name = object[cityKey] as string;
    const country = codeOf(object['country_code'] ?? object['country']);
    if (country !== undefined && country !== city[0])
      problems.push(`${name} is not in ${String(object['country_code'] ?? object['country'])}`);
    else if (asked !== undefined && asked !== city[0]) problems.push(`${name} is not in the country asked (${asked})`);
    const lat = Number(object['lat'] ?? object['latitude']);
    if ((object['lat'] ?? object['latitude']) !== undefined && !Number.isNaN(lat) && Math.abs(lat - city[1]) > 3)
      problems.push(`${name} is not at latitude ${lat}`);
  });
  return problems;
}

const MUSIC_GENRE = /^(jazz|blues|rock|pop|hip hop|classical|country|r&b|electronic|techno|metal|reggae|folk)$/i;
const STORY_GENRE = /^(romance|thriller|documentary|science fiction|drama|comedy|mystery|horror|biography|fantasy|action|animation)$/i;
function genreProblems(name: string, data: unknown): string[] {
  const words = name.toLowerCase();
  const problems: string[] = [];
  eachObject(data, (object) => {
    const genre = object['genre'];
    if (typeof genre !== 'string') return;
    if (/movie|film|book|novel|cinema|theat/.test(words) && MUSIC_GENRE.test(genre)) problems.push(`genre ${genre} for a film or a book`);
    if (/music|melody|song|album|track|chord|progression/.test(words) && STORY_GENRE.test(genre)) problems.push(`genre ${genre} for music`);
  });
  return problems;
}

/** What in one call's result does not fit the call or contradicts itself (unnamed: the caller names the tool). */
export function disagreements(call: ReviewedCall): string[] {
  if (call.rejected || call.isError || call.data === undefined || typeof call.arguments !== 'object') return [];
  const [args, data, name] = [call.arguments, call.data, call.name ?? call.chatName];
  return [
    ...quoteProblems(data),
    ...distributionProblems(data),
    ...filterProblems(args, data),
    // rows outside the dates asked, fewer items than asked, one account in several currencies, a post code's wrong city
    ...callFilterProblems(name, args, data),
    ...duplicateProblems(data),
    ...deletionProblems(name, data),
    ...subjectProblems(args, data),
    ...dayProblems(args, data),
    ...placeProblems(args, data),
    ...genreProblems(name, data),
    // a time zone of another place, temperatures in another scale than asked, a file path where no file is
    ...placeUnitProblems(name, args, data),
    // a parking lot in Mumbai named "Dubai"
    ...cityNamedThings(name, args, data),
    // an address in another city than the one asked, a station's records in another city
    ...otherPlaceProblems(args, data, name),
    // a record's country, post code, point, phone, money, IBAN or world region of another place (a Zurich restaurant on +1)
    ...recordPlaceProblems(data),
    // a sent value, list, day or first the result holds otherwise (a webhook's URL, a booking's guests and rooms, a flight's day)
    ...sentValueProblems(name, args, data),
  ];
}
