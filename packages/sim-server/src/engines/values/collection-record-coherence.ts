/** Fields of one record that agree: bounds in order, part counts, zip and city, a search's hits, lifecycle moments in order. */
import { GERMAN_PLACES } from './lexicon.js';
import type { CollectionEnvironment } from './collection-environment.js';

/** A lower bound is at most its upper bound (`scorevalue_min` 0.58 with `scorevalue_max` 0.16 filters nothing). */
export function orderBounds(record: Record<string, unknown>): void {
  for (const key of Object.keys(record)) {
    const low = /^(.*?)(_?)(min|minimum)$/i.exec(key) ?? /^(min|minimum)(_?)(.*)$/i.exec(key);
    if (low === null) continue;
    const candidates = /min(imum)?$/i.test(key)
      ? [key.replace(/min(imum)?$/i, 'max'), key.replace(/min(imum)?$/i, 'maximum'), key.replace(/Min(imum)?$/, 'Max')]
      : [key.replace(/^min(imum)?/i, 'max'), key.replace(/^min(imum)?/i, 'maximum')];
    const high = candidates.find((candidate) => candidate !== key && candidate in record);
    if (high === undefined) continue;
    const [a, b] = [record[key], record[high]];
    if (typeof a === 'number' && typeof b === 'number' && a > b) [record[key], record[high]] = [b, a];
  }
}

const PART_COUNT =
  /^(deaths?|dead|recovered|active|active_cases|confirmed|critical|hospitali[sz]ed|open|closed|pending|completed|failed|succeeded|resolved|new_cases)$/i;

/**
 * Counts of one whole agree: a `total_cases` is at least its parts (`active_cases`, `deaths`,
 * `recovered`), and a `death_ratio` is deaths over the total, not a number of its own.
 */
export function balanceCounts(record: Record<string, unknown>): void {
  const keys = Object.keys(record);
  const totalKey = keys.find((key) => /^total(_[a-z]+)?$|^[a-z]+_total$/i.test(key) && Number.isInteger(record[key]));
  if (totalKey === undefined) return;
  const suffix = totalKey.toLowerCase().replace(/^total_?|_?total$/g, '');
  const clean = (key: string) => key.toLowerCase().replace(/[^a-z_]/g, '');
  const parts = keys.filter(
    (key) =>
      key !== totalKey &&
      Number.isInteger(record[key]) &&
      (record[key] as number) >= 0 &&
      (PART_COUNT.test(clean(key)) || (suffix !== '' && clean(key).endsWith(`_${suffix}`))),
  );
  if (parts.length < 2) return;
  const sum = parts.reduce((total, key) => total + (record[key] as number), 0);
  if ((record[totalKey] as number) < sum) record[totalKey] = sum + Math.round(sum * 0.1);
  const total = record[totalKey] as number;
  for (const key of keys) {
    const ratio = /^([a-z]+)_(ratio|rate|share)$/i.exec(clean(key));
    if (ratio === null || typeof record[key] !== 'number' || total === 0) continue;
    const part = parts.find((candidate) => clean(candidate).slice(0, 5) === (ratio[1] as string).slice(0, 5));
    if (part !== undefined) record[key] = Math.round(((record[part] as number) / total) * 100) / 100;
  }
}

const ZIP_KEY = /^(zip|zip_?code|postal_?code|postcode|plz)$/i;
const CITY_KEY = /^(city|town|city_?name|municipality|ort)$/i;

/**
 * A place names the city of its postal code: the zip the call asked for (an echo) wins over a drawn
 * one, and where the table knows the code, the city is the code's (04109 is Leipzig, never Lisbon).
 */
export function placeTheZip(record: Record<string, unknown>, environment: CollectionEnvironment): void {
  const zipKey = Object.keys(record).find((key) => ZIP_KEY.test(key) && typeof record[key] === 'string');
  const cityKey = Object.keys(record).find((key) => CITY_KEY.test(key) && typeof record[key] === 'string');
  if (zipKey === undefined) return;
  const asked = Object.entries(environment.echo ?? {}).find(([key, value]) => ZIP_KEY.test(key) && typeof value === 'string')?.[1] as
    string | undefined;
  if (asked !== undefined && /^\d{4,5}$/.test(String(record[zipKey]))) record[zipKey] = asked;
  const place = GERMAN_PLACES.find(([, code]) => code === record[zipKey]);
  if (place !== undefined && cityKey !== undefined) record[cityKey] = place[0];
}

const QUERY_ARGUMENT = /^(q|query|search|keyword|keywords|term|search_?term|search_?query|query_?string|text)$/i;
const HIT_QUALIFIERS = ['', '', ' (overview)', ' guide', ' statistics', ' news'];

/** A search hit (a record with a score and a name) names what was searched for. */
export function nameTheSearch(record: Record<string, unknown>, environment: CollectionEnvironment): void {
  if (typeof record['score'] !== 'number' && typeof record['relevance'] !== 'number') return;
  const field = ['name', 'title', 'label'].find((key) => typeof record[key] === 'string');
  const query = Object.entries(environment.echo ?? {}).find(
    ([key, value]) => QUERY_ARGUMENT.test(key) && typeof value === 'string' && value.trim() !== '',
  )?.[1] as string | undefined;
  if (field === undefined || query === undefined) return;
  // on a domain the top hit is the thing itself (`KRAS`, never `KRAS guide`); the other hits name other things
  record[field] = environment.domain === undefined ? `${query}${environment.faker.helpers.arrayElement(HIT_QUALIFIERS)}` : query;
}

/** A `preferred` (or default, latest, current) version next to a map of `versions` names one of its keys. */
export function preferKnownVersion(record: Record<string, unknown>): void {
  const versions = Object.entries(record).find(
    ([key, value]) =>
      /versions$/i.test(key) && typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0,
  )?.[1] as Record<string, unknown> | undefined;
  if (versions === undefined) return;
  for (const key of Object.keys(record))
    if (/^(preferred|default|latest|current)(_?version)?$/i.test(key) && typeof record[key] === 'string')
      record[key] = Object.keys(versions)[0];
}

/** Pairs of moments a record holds in order: what was created is updated later, a stay checks in before it checks out. */
const LIFECYCLE: Array<[RegExp, RegExp]> = [
  [/^(date_?)?created(_?(at|on|date|time))?$/i, /^(date_?)?(updated|modified)(_?(at|on|date|time))?$/i],
  [/^(start|starts|begin|from)(_?(at|date|time|timestamp))?$/i, /^(end|ends|finish|to|until)(_?(at|date|time|timestamp))?$/i],
  [/^check_?in(_?date)?$/i, /^check_?out(_?date)?$/i],
  [/^depart(ure)?(_?(at|time|date))?$/i, /^arriv(al|e)(_?(at|time|date))?$/i],
];

/**
 * Dates drawn one by one can disagree (`date_updated` before `date_created`): where a record holds both
 * moments of a pair in the same form (two ISO strings of one length, or two numbers), the earlier comes first.
 */
export function orderLifecycle(record: Record<string, unknown>): void {
  const keys = Object.keys(record);
  for (const [first, second] of LIFECYCLE) {
    const early = keys.find((key) => first.test(key));
    const late = keys.find((key) => second.test(key));
    if (early === undefined || late === undefined) continue;
    const [a, b] = [record[early], record[late]];
    const comparable =
      (typeof a === 'number' && typeof b === 'number') ||
      (typeof a === 'string' && typeof b === 'string' && a.length === b.length && /^\d{4}-\d\d-\d\d/.test(a) && /^\d{4}-\d\d-\d\d/.test(b));
    if (comparable && (a as string | number) > (b as string | number)) [record[early], record[late]] = [b, a];
  }
}
