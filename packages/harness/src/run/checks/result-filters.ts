import { isJsonObject } from '@inftool/core';
/**
 * Results that do not honour the call's filters and sizes (part of `results_plausible`), judged from
 * the call and its result alone with this file's own small tables, independent of the generator:
 * listed rows dated outside the range asked (`date_from`…`date_to`, `start_date`, `since`, `before`),
 * a forecast of `days: 20` or a melody of `length: 10` with fewer items, the amounts of one account in
 * several currencies, and a post code answered with a city it is not the code of.
 */
type Json = Record<string, unknown>;
const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const DAY = 86_400_000;
const dayOf = (text: unknown): number =>
  typeof text === 'string' && /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(`${text.slice(0, 10)}T00:00:00Z`) : NaN;

function objects(value: unknown, visit: (object: Json, key: string) => void, key = ''): void {
  if (Array.isArray(value)) value.forEach((entry) => objects(entry, visit, key));
  else if (isJsonObject(value)) {
    visit(value, key);
    for (const [child, entry] of Object.entries(value)) objects(entry, visit, child);
  }
}
/** The lists of objects a result holds, each with its key. */
function rowLists(value: unknown): Json[][] {
  const lists: Json[][] = [];
  objects(value, (object) => {
    for (const entry of Object.values(object))
      if (Array.isArray(entry) && entry.length > 0 && entry.every(isJsonObject)) lists.push(entry as Json[]);
  });
  if (Array.isArray(value) && value.length > 0 && value.every(isJsonObject)) lists.push(value as Json[]);
  return lists;
}

/** A bound of a date range: `date_from`, `start_date`, `since`, `created_after` (its field: created), `endDate`. */
const LOWER = /^(.*?)_?(start|from|since|after|begin|on_or_after)(_?(date|day|time))?$|^(.*?)_?date_?(from|start)$/;
const UPPER = /^(.*?)_?(end|to|until|till|before|on_or_before)(_?(date|day|time))?$|^(.*?)_?date_?(to|end)$/;
/** A row's dates that are not when it happened: a birth, an expiry, a due date, an update, a span's own ends. */
const NOT_OWN = /birth|dob|expir|due|valid|deadline|next|renew|matur|updat|modif|last|end|start|until|open|close|check|depart|arriv|sun/;
const ROW_TIME = /^(date|datetime|date_?time|day|timestamp|timestamp_?(local|utc)|time|ob_?time|observation_?time|valid_?date)$/;
const OWN_DATE = /(date|_at|_on|_time)$/;

interface DateBound {
  key: string;
  field: string;
  upper: boolean;
  day: number;
}
function dateBounds(args: Json): DateBound[] {
  const bounds: DateBound[] = [];
  for (const [key, raw] of Object.entries(args)) {
    const day = dayOf(raw);
    if (Number.isNaN(day)) continue;
    // a bracketed filter (`filter[since]`) is named by its bracket
    const name = snake(key.replace(/^[^[]*\[([^\]]+)\]$/, '$1'));
    for (const [pattern, upper] of [
      [LOWER, false],
      [UPPER, true],
    ] as const) {
      const match = pattern.exec(name);
      if (match === null) continue;
      const field = (match[1] ?? match[5] ?? '').replace(/_?date$/, '');
      bounds.push({ key, field: field === 'date' ? '' : field, upper, day });
      break;
    }
  }
  return bounds;
}

/** Rows dated outside the range the call asked: a field the bound names (`created_after` → created…), else each of the row's own dates. */
export function rangeProblems(args: Json, data: unknown): string[] {
  const bounds = dateBounds(args);
  if (bounds.length === 0) return [];
  const problems: string[] = [];
  // a JSON:API row keeps its dates in its `attributes`
  const fieldsOf = (row: Json): Json => (isJsonObject(row['attributes']) ? { ...row, ...row['attributes'] } : row);
  for (const row of rowLists(data).flat())
    for (const [field, value] of Object.entries(fieldsOf(row))) {
      const day = dayOf(value);
      const name = snake(field);
      if (Number.isNaN(day)) continue;
      for (const bound of bounds) {
        const own = ROW_TIME.test(name) || (OWN_DATE.test(name) && !NOT_OWN.test(name));
        const applies = bound.field === '' ? own : name.startsWith(bound.field);
        const outside = bound.upper ? day > bound.day + DAY : day < bound.day;
        if (applies && outside) {
          problems.push(`a row's ${field} ${String(value)} is outside ${bound.key} ${String(args[bound.key])}`);
          break;
        }
      }
    }
  return problems;
}

/** A size the call asks for: a forecast's `days`/`hours`, a sequence's `length`. A history's `days` is a range, a `limit` at most. */
export function askedSize(name: string, args: Json): { key: string; size: number } | undefined {
  const tool = snake(name);
  const forecast = /(^|_)(forecast|forecasts|prediction|predict|outlook)(_|$)/.test(tool);
  const sequence = /(^|_)(melody|melodies|sequence|progression|chords?|composition|compose|rhythm|fibonacci)(_|$)/.test(tool);
  for (const [key, raw] of Object.entries(args)) {
    const size = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) continue;
    const word = snake(key);
    if (forecast && /^(days|num_?days|forecast_?days)$/.test(word) && !/(^|_)hourly(_|$)/.test(tool)) return { key, size };
    if (forecast && /^(hours|num_?hours|forecast_?hours)$/.test(word) && !/(^|_)daily(_|$)/.test(tool)) return { key, size };
    if (sequence && /^(length|num_?notes|number_?of_?notes)$/.test(word)) return { key, size };
  }
  return undefined;
}

/** A result that gives fewer items than the call asked for (up to 8, what any spec's cap leaves), or more. */
export function sizeProblems(name: string, args: Json, data: unknown): string[] {
  const asked = askedSize(name, args);
  if (asked === undefined || !isJsonObject(data)) return [];
  const lists: unknown[][] = [];
  objects(data, (object) => {
    for (const entry of Object.values(object)) if (Array.isArray(entry) && entry.length > 0) lists.push(entry);
  });
  if (lists.length !== 1) return [];
  const length = lists[0]!.length;
  if (length < Math.min(asked.size, 8) || length > asked.size)
    return [`${asked.key} ${asked.size} asked, but the result lists ${length} item${length === 1 ? '' : 's'}`];
  return [];
}

const HOLDING =
  /(^|_)(account|accounts|wallet|wallets|portfolio|portfolios|balance|balances|transaction|transactions|statement|statements)(_|$)/;
const EXCHANGE = /exchange|conversion|convert|fx|original|instructed|source|target|foreign/i;
/** The amounts of a call about one account (named by an id or a number) in more than one currency (a currency beside no amount is no amount's). */
export function currencyProblems(name: string, args: Json, data: unknown): string[] {
  const named = Object.keys(args).some((key) => /(^|_)(id|iban|number|account|wallet|portfolio)$/.test(snake(key)));
  if (!named || !(HOLDING.test(snake(name)) || Object.keys(args).some((key) => HOLDING.test(snake(key))))) return [];
  const codes = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isJsonObject(value))
      for (const [key, entry] of Object.entries(value))
        if (/^currency(_?code)?$/i.test(key) && typeof entry === 'string' && /^[A-Z]{3}$/.test(entry)) {
          if (Object.keys(value).some((other) => /amount|balance|^value$|price|total|sum$/i.test(other))) codes.add(entry);
        } else if (!EXCHANGE.test(key)) walk(entry);
  };
  walk(data);
  return codes.size > 1 ? [`one account's amounts are in ${codes.size} currencies (${[...codes].join(', ')})`] : [];
}

/** How the post codes of a few cities begin (a US ZIP's first digits, a Spanish province, a UK area). */
const POSTCODE_STARTS: Record<string, string[]> = {
  raleigh: ['27'],
  seattle: ['98'],
  boston: ['02'],
  'new york': ['10', '11'],
  chicago: ['60'],
  miami: ['33'],
  'los angeles': ['90', '91'],
  'san francisco': ['94'],
  austin: ['787'],
  denver: ['80'],
  atlanta: ['30', '31'],
  madrid: ['28'],
  barcelona: ['08'],
  paris: ['75'],
  lyon: ['69'],
  berlin: ['10', '12', '13', '14'],
  munich: ['80', '81'],
  rome: ['00'],
  milan: ['20'],
  manchester: ['M'],
  london: ['E', 'EC', 'N', 'NW', 'SE', 'SW', 'W', 'WC'],
};
/** A post code asked and a city the result names that it is not the code of (`51271` answered as Raleigh). */
export function postcodeProblems(args: Json, data: unknown): string[] {
  const raw = Object.entries(args).find(([key]) => /^(zip|zip_?code|post_?code|postal_?code)$/i.test(key))?.[1];
  if (typeof raw !== 'string' && typeof raw !== 'number') return [];
  const code = String(raw).trim().toUpperCase();
  const problems: string[] = [];
  const top = isJsonObject(data) ? [data, ...Object.values(data).filter(isJsonObject)] : [];
  for (const object of top)
    for (const [key, value] of Object.entries(object)) {
      if (!/^(city|city_?name|town)$/i.test(key) || typeof value !== 'string') continue;
      const starts = POSTCODE_STARTS[value.split(',')[0]!.trim().toLowerCase()];
      const letters = /^[A-Z]+/.exec(code)?.[0];
      const fits = starts?.some((start) =>
        /^[A-Z]/.test(start) ? letters === start : code.startsWith(start) || `0${code}`.startsWith(start),
      );
      if (starts !== undefined && !fits) problems.push(`post code ${code} answered as ${value}`);
    }
  return problems;
}

/** What in one call's result does not honour the call's filters and sizes. */
export function filterProblems(name: string, args: Json, data: unknown): string[] {
  return [
    ...rangeProblems(args, data),
    ...sizeProblems(name, args, data),
    ...currencyProblems(name, args, data),
    ...postcodeProblems(args, data),
  ];
}
