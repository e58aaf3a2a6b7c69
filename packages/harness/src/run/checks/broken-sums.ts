import type { ReviewedCall } from './conversation.js';
import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * Numbers and handles of a result that break arithmetic or the world, judged from the result alone
 * with this file's own small patterns, independent of the generator: confirmed cases that are not the
 * active, dead and recovered ones (`totals_add_up`), critical cases beyond the cases still open, one
 * act (a hold, a booking, an order) under one id twice in a list, a news article with no title, a
 * moving average far from its price (`results_plausible`), and a population growth that is not its
 * annual rate compounded (`results_correct`).
 */
type Json = Record<string, unknown>;

const count = (object: Json, pattern: RegExp): [string, number] | undefined =>
  Object.entries(object).find((entry): entry is [string, number] => pattern.test(squashKey(entry[0])) && Number.isInteger(entry[1]));

const WHOLE = /^(totalcases|totalconfirmed|confirmed|cases|confirmedcases)$/;
const ACTIVE = /^(active|activecases)$/;
const DEATHS = /^(deaths?|totaldeaths)$/;
const RECOVERED = /^(recovered|totalrecovered)$/;
const CRITICAL = /^(critical|serious|seriouscritical|criticalcases)$/;

/** Case counts that do not add up: confirmed ≠ active + deaths + recovered, critical above the cases still open. */
export function caseCountProblems(call: ReviewedCall): string[] {
  const problems: string[] = [];
  eachObject(call.data, (object) => {
    const [whole, active, deaths, recovered, critical] = [WHOLE, ACTIVE, DEATHS, RECOVERED, CRITICAL].map((pattern) =>
      count(object, pattern),
    );
    if (whole === undefined) return;
    if (active !== undefined && deaths !== undefined && recovered !== undefined && active[1] + deaths[1] + recovered[1] !== whole[1])
      problems.push(
        `${call.chatName}: ${whole[0]} ${whole[1]} is not ${active[0]} + ${deaths[0]} + ${recovered[0]} (${active[1] + deaths[1] + recovered[1]})`,
      );
    const open = active?.[1] ?? whole[1] - (deaths?.[1] ?? 0) - (recovered?.[1] ?? 0);
    if (critical !== undefined && critical[1] > open)
      problems.push(`${call.chatName}: ${critical[0]} ${critical[1]} is more than the ${open} cases still open`);
  });
  return problems;
}

const ACT_ID = /^(hold|reservation|booking|order|transaction|payment|invoice|ticket|confirmation|receipt)(id|number)$/;

/** One act under one id twice in a list (`hold_id: H2813975` on two holds). */
function repeatedActIds(call: ReviewedCall): string[] {
  const problems: string[] = [];
  eachObject(call.data, (object) => {
    for (const list of Object.values(object)) {
      if (!Array.isArray(list) || list.length < 2 || !list.every(isJsonObject)) continue;
      const keys = new Set(list.flatMap((row) => Object.keys(row).filter((key) => ACT_ID.test(squashKey(key)))));
      for (const key of keys) {
        const handles = list.map((row) => row[key]).filter((value) => typeof value === 'string' || typeof value === 'number');
        const repeated = handles.find((value, index) => handles.indexOf(value) !== index);
        if (repeated !== undefined) problems.push(`${call.chatName}: ${key} ${String(repeated)} on two records of one list`);
      }
    }
  });
  return problems;
}

const PUBLISHED = /^(datepublished|publishedat|pubdate|publicationdate)$/;
const SOURCE = /^(provider|source|publisher|category|author|byline)$/;
const TITLE = /^(name|title|headline|heading|description|summary|text|webtitle)$/;

/** A news article (a publication date and a source) that says nothing of what it reports. */
function untitledArticles(call: ReviewedCall): string[] {
  let untitled = 0;
  eachObject(call.data, (object) => {
    const keys = Object.keys(object).map(squashKey);
    if (!keys.some((key) => PUBLISHED.test(key)) || !keys.some((key) => SOURCE.test(key))) return;
    if (!Object.entries(object).some(([key, value]) => TITLE.test(squashKey(key)) && typeof value === 'string' && value.trim() !== ''))
      untitled += 1;
  });
  return untitled === 0 ? [] : [`${call.chatName}: ${untitled} news article(s) with no title`];
}

/** The `results_plausible` part: repeated act ids, untitled news, averages far from their price. */
export function brokenWorldSums(call: ReviewedCall): string[] {
  return [...repeatedActIds(call), ...untitledArticles(call), ...quoteProblems(call), ...smallEarnings(call)];
}

const near = (value: number, right: number): boolean => Math.abs(value - right) <= Math.max(0.05, Math.abs(right) * 0.01);

/**
 * A population growth over some years at an annual rate (`rate: 5.46, years: 11`) that is not the rate
 * compounded (`+79.5 %`, told as a percent, a fraction or a factor): `population_growth: 6.45` (`results_correct`).
 */
export function wrongGrowth(call: ReviewedCall): string[] {
  const tool = (call.name ?? call.chatName).toLowerCase();
  if (!/population/.test(tool) || !/grow|estimate|project|forecast/.test(tool) || typeof call.arguments !== 'object') return [];
  const sent = Object.entries(call.arguments);
  const rate = sent.find(([key, value]) => /rate/i.test(key) && typeof value === 'number')?.[1] as number | undefined;
  const years = sent.find(([key, value]) => /^(years?|period|time|duration)$/i.test(key) && typeof value === 'number')?.[1] as
    number | undefined;
  if (rate === undefined || years === undefined || years <= 0) return [];
  const factor = (1 + rate / 100) ** years;
  const problems: string[] = [];
  eachObject(call.data, (object) => {
    for (const [key, value] of Object.entries(object)) {
      if (!/growth/i.test(key) || /rate/i.test(key) || typeof value !== 'number') continue;
      if (![(factor - 1) * 100, factor - 1, factor].some((right) => near(value, right)))
        problems.push(
          `${call.chatName}: ${key} ${value} is not ${rate} % a year compounded over ${years} years (${((factor - 1) * 100).toFixed(1)} %)`,
        );
    }
  });
  return problems;
}

const PRICE = /^(price|currentprice|lastprice|last|close|regularmarketprice)$/;
const AVERAGE = /^[sew]?ma\(?(\d{1,3})\)?$|^[sew]?ma_?(\d{1,3})$/i;

/** A quote whose moving average is far from its price (`MA(5): 4.65` at 174.98), or whose day's range leaves the price out. */
function quoteProblems(call: ReviewedCall): string[] {
  const problems: string[] = [];
  eachObject(call.data, (object) => {
    const price = Object.entries(object).find(
      (entry): entry is [string, number] => PRICE.test(squashKey(entry[0])) && typeof entry[1] === 'number' && entry[1] > 0,
    );
    if (price === undefined) return;
    for (const [key, value] of Object.entries(object)) {
      const match = AVERAGE.exec(key.replace(/[\s_-]/g, ''));
      if (match === null || typeof value !== 'number') continue;
      const window = Number(match[1] ?? match[2]);
      if (Math.abs(value / price[1] - 1) > (window >= 50 ? 0.5 : 0.25))
        problems.push(`${call.chatName}: ${key} ${value} is far from the ${price[0]} ${price[1]}`);
    }
    const low = fieldNumber(object, /^(low|daylow)$/);
    const high = fieldNumber(object, /^(high|dayhigh)$/);
    if (low !== undefined && high !== undefined && (price[1] < low[1] || price[1] > high[1]))
      problems.push(`${call.chatName}: ${price[0]} ${price[1]} outside its range ${low[1]}–${high[1]}`);
  });
  return problems;
}

const fieldNumber = (object: Json, pattern: RegExp): [string, number] | undefined =>
  Object.entries(object).find((entry): entry is [string, number] => pattern.test(squashKey(entry[0])) && typeof entry[1] === 'number');

const CONFIRMATION = /^(hotel|booking|reservation|order)?(confirmation(code|number|no)?|reference(code|number)?|locator|pnr)$/;
const OWN_ID = [/^(booking|reservation|order)id$/, /^id$/];

/** One confirmation code on records of different ids anywhere in the conversation (`04M3995` on three bookings). */
export function sharedConfirmationCodes(calls: readonly ReviewedCall[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const call of calls)
    eachObject(call.data, (object) => {
      const idKey = OWN_ID.map((pattern) => Object.keys(object).find((key) => pattern.test(squashKey(key)))).find(
        (key) => key !== undefined,
      );
      const id = idKey === undefined ? undefined : object[idKey];
      if (typeof id !== 'string' && typeof id !== 'number') return;
      for (const [key, code] of Object.entries(object))
        if (CONFIRMATION.test(squashKey(key)) && typeof code === 'string' && code.length >= 4) {
          const ids = owners.get(`${key}\u0000${code}`) ?? new Set<string>();
          ids.add(String(id));
          owners.set(`${key}\u0000${code}`, ids);
        }
    });
  return [...owners.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([slot, ids]) => `${slot.replace('\u0000', ' ')} confirms ${ids.size} different records (${[...ids].slice(0, 3).join(', ')})`);
}

/**
 * Solar panel counts that ignore the house and the sun: of two calls of one panel tool, the one with
 * at least twice the need (square footage over sun hours) gets no more panels (`results_correct`).
 */
export function unscaledPanels(calls: readonly ReviewedCall[]): string[] {
  const readings = calls.flatMap((call) => {
    if (!/solar/i.test(call.chatName) || !/panel/i.test(call.chatName) || typeof call.arguments !== 'object') return [];
    const sent = Object.entries(call.arguments);
    const area = sent.find(([key, value]) => /square|area/i.test(key) && typeof value === 'number')?.[1] as number | undefined;
    const hours = sent.find(([key, value]) => /hours/i.test(key) && typeof value === 'number')?.[1] as number | undefined;
    const panels = isJsonObject(call.data)
      ? (Object.entries(call.data).find(([key, value]) => /number|panels|count/i.test(key) && typeof value === 'number')?.[1] as
          number | undefined)
      : undefined;
    return area !== undefined && hours !== undefined && hours > 0 && panels !== undefined
      ? [{ call, need: area / hours, panels, area, hours }]
      : [];
  });
  const problems: string[] = [];
  for (const more of readings)
    for (const less of readings)
      if (more.need >= 2 * less.need && more.panels <= less.panels)
        problems.push(
          `${more.call.chatName}: ${more.area} sq ft at ${more.hours} h of sun gets ${more.panels} panels, no more than ${less.area} sq ft at ${less.hours} h (${less.panels})`,
        );
  return problems;
}

/** Companies whose yearly revenue runs to billions (this file's own list, lower case). */
const LARGE_COMPANIES = new Set([
  'nike',
  'apple',
  'microsoft',
  'amazon',
  'google',
  'alphabet',
  'meta',
  'facebook',
  'tesla',
  'walmart',
  'coca-cola',
  'pepsico',
  'nvidia',
  'netflix',
  'disney',
  'intel',
  'ibm',
  'oracle',
  'starbucks',
  "mcdonald's",
  'boeing',
  'samsung',
  'toyota',
  'adidas',
  'aapl',
  'msft',
  'amzn',
  'googl',
  'tsla',
  'nke',
  'wmt',
  'nvda',
]);
const EARNINGS = /^(corporate)?(revenue|revenues|sales|netsales|income|netincome|earnings|profit|grossprofit)(forecast|estimate|usd)?$/;

/** A whole company's takings (not its profit), and the arguments that narrow them to one product. */
const COMPANY_REVENUE =
  /^(corporate|total|annual|predicted|projected|forecast)?(revenue|revenues|sales|netsales)(forecast|estimate|usd|prediction)?$/;
const PRODUCT = /product|item|sku|model|game|title|brand|category|segment/i;

/** The share of a year a call's period covers (`days: 30`, "Q3", "next month"); a year when it says none. */
function yearShare(args: Record<string, unknown>): number {
  const days = Object.entries(args).find(([key, value]) => /^(days|num_?days|period_?days)$/i.test(key) && typeof value === 'number')?.[1];
  if (typeof days === 'number' && days > 0) return Math.min(days, 3650) / 365;
  const text = String(
    Object.entries(args).find(([key, value]) => /period|timeframe|horizon|interval/i.test(key) && typeof value === 'string')?.[1] ?? '',
  );
  return /quarter|\bq[1-4]\b/i.test(text) ? 0.25 : /month/i.test(text) ? 1 / 12 : /week/i.test(text) ? 7 / 365 : 1;
}

/**
 * A large company's revenue, sales or profit below a million (`Nike … corporate_revenue: 79705`), and
 * a whole large company's revenue below a billion a year (each of them takes tens of billions: Amazon's
 * next year is not 67.9 million).
 */
export function smallEarnings(call: ReviewedCall): string[] {
  if (typeof call.arguments !== 'object') return [];
  const company = Object.entries(call.arguments).find(
    ([key, value]) =>
      /company|ticker|symbol|firm|name/i.test(key) && typeof value === 'string' && LARGE_COMPANIES.has(value.trim().toLowerCase()),
  )?.[1] as string | undefined;
  if (company === undefined) return [];
  const problems: string[] = [];
  eachObject(call.data, (object) => {
    for (const [key, value] of Object.entries(object))
      if (EARNINGS.test(squashKey(key)) && typeof value === 'number' && value > 0 && value < 1_000_000)
        problems.push(`${call.chatName}: ${company}'s ${key} is ${value}, far below what it earns`);
  });
  if (problems.length > 0 || Object.keys(call.arguments).some((key) => PRODUCT.test(key)) || !isJsonObject(call.data)) return problems;
  const floor = 1e9 * yearShare(call.arguments);
  for (const [key, value] of Object.entries(call.data))
    if (COMPANY_REVENUE.test(squashKey(key)) && typeof value === 'number' && value > 0 && value < floor)
      problems.push(`${call.chatName}: ${company}'s ${key} is ${value}, below a billion a year`);
  return problems;
}
