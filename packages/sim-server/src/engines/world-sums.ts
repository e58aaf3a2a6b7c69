import { sha256Hex, eachObject, isJsonObject } from '@inftool/core';
import { companyRevenue } from './company-revenues.js';
import { LARGE_CAPS } from './world-rates.js';

/**
 * Numbers and handles of one result that must obey arithmetic and the world: cases in a critical state
 * are some of the active ones (never a part beside them), the act ids of one list (holds, bookings,
 * orders) are one per act, and a news article has a title. Each works in place on every object of a value.
 */
type Json = Record<string, unknown>;

const norm = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** The whole count of a reading (`confirmed`, `total_cases`) and the counts that close a case. */
const WHOLE = /^(totalcases|totalconfirmed|confirmed|cases|confirmedcases)$/;
const CLOSED = /^(deaths?|totaldeaths|recovered|totalrecovered)$/;
const ACTIVE = /^(active|activecases)$/;
/** Counts that are some of the active cases: a patient in a critical state is still active. */
export const WITHIN_ACTIVE = /^(critical|serious|seriouscritical|criticalcases|icu|hospitali[sz]ed)$/;

const integerField = (object: Json, pattern: RegExp): string | undefined =>
  Object.keys(object).find((key) => pattern.test(norm(key)) && Number.isInteger(object[key]) && (object[key] as number) >= 0);

/**
 * Cases in a critical state are some of the active ones: at most the active count, a small share of
 * it where drawn above it; with no active count, the whole holds the closed cases and more open ones
 * than the critical ones (`confirmed: 95, deaths: 37, recovered: 58, critical: 89` → confirmed 269).
 */
export function criticalWithinActive(value: unknown): void {
  eachObject(value, (object) => {
    const whole = integerField(object, WHOLE);
    if (whole === undefined) return;
    const active = integerField(object, ACTIVE);
    const closed = Object.keys(object).filter((key) => CLOSED.test(norm(key)) && Number.isInteger(object[key]));
    const open =
      active !== undefined
        ? (object[active] as number)
        : Math.max(0, (object[whole] as number) - closed.reduce((sum, key) => sum + (object[key] as number), 0));
    for (const key of Object.keys(object)) {
      if (!WITHIN_ACTIVE.test(norm(key)) || !Number.isInteger(object[key])) continue;
      const critical = object[key] as number;
      if (critical <= open) continue;
      // with no active count, the open cases are the whole less the closed ones: the whole grows to hold them
      if (active === undefined)
        object[whole] = (object[whole] as number) - open + critical + Math.round(critical * (1 + 3 * fraction(key)));
      else object[key] = Math.floor(open * (0.02 + 0.1 * fraction(`${key}:${open}`)));
    }
  });
}

const fraction = (seed: string): number => parseInt(sha256Hex(seed).slice(0, 8), 16) / 0x1_0000_0000;

/** The id of an act a list holds one of per record: a hold, a booking, an order, a payment. */
export const ACT_ID =
  /^(hold|reservation|booking|order|transaction|payment|invoice|ticket|confirmation|receipt|tracking|reference|appointment|shipment|refund|claim)_?(id|number|no|code|ref)$/i;

/** A handle drawn again (`H2813975` → `H2813976`, …): same form, another value, not yet `taken`. */
function another(handle: string | number, taken: Set<string>): string | number {
  const text = String(handle);
  const digits = /(\d+)(?!.*\d)/.exec(text);
  for (let step = 1; step < 1000; step += 1) {
    const next =
      digits === null
        ? `${text}-${step + 1}`
        : `${text.slice(0, digits.index)}${String((Number(digits[1]) + step * 7919) % 10 ** digits[1]!.length).padStart(digits[1]!.length, '0')}${text.slice(digits.index + digits[1]!.length)}`;
    if (!taken.has(next)) return typeof handle === 'number' ? Number(next) : next;
  }
  return handle;
}

/**
 * The records of one list are one act each: a hold id (a booking, an order number) that a sibling
 * already holds is drawn again, unless the call sent it (a read of one hold lists it as sent).
 */
export function distinctActIds(value: unknown, sent: ReadonlySet<string>): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      const rows = node.filter(isJsonObject);
      const keys = new Set(rows.flatMap((row) => Object.keys(row).filter((key) => ACT_ID.test(key))));
      for (const key of keys) {
        const taken = new Set(rows.map((row) => String(row[key])));
        const seen = new Set<string>();
        for (const row of rows) {
          const handle = row[key];
          if (typeof handle !== 'string' && typeof handle !== 'number') continue;
          if (seen.has(String(handle)) && !sent.has(String(handle))) {
            row[key] = another(handle, taken);
            taken.add(String(row[key]));
          }
          seen.add(String(row[key]));
        }
      }
      node.forEach(visit);
    } else if (isJsonObject(node)) Object.values(node).forEach(visit);
  };
  visit(value);
}

/** When a record was published: a record with one and a source or a section is a news article. */
const PUBLISHED = /^(datepublished|publishedat|published|pubdate|publicationdate|publishdate)$/;
const SOURCE = /^(provider|source|publisher|category|section|author|byline|headline)$/;
const TITLE = /^(name|title|headline|heading|webtitle|displaytitle|text|summary|description)$/;
/** Ways a headline tells news of a subject. */
const HEADLINES = [
  '{Topic} announces new plans for the coming year',
  'What the latest {topic} news means for customers',
  'Analysts weigh in on {topic} after a busy week',
  '{Topic} draws attention with its latest move',
  'Five things to know about {topic} this week',
];

/**
 * A news article says what it is: one with a publication date and a source or section but no title
 * (its schema cut before the title) gets a headline about what was searched (`q: "microsoft"`).
 */
export function titledArticles(value: unknown, query: string | undefined): void {
  const topic = query?.trim();
  if (topic === undefined || !/^[\p{L}\p{N}][\p{L}\p{N} .&'-]{1,39}$/u.test(topic)) return;
  let index = parseInt(sha256Hex(topic.toLowerCase()).slice(0, 6), 16);
  eachObject(value, (object) => {
    const keys = Object.keys(object).map(norm);
    if (!keys.some((key) => PUBLISHED.test(key)) || !keys.some((key) => SOURCE.test(key))) return;
    if (Object.entries(object).some(([key, entry]) => TITLE.test(norm(key)) && typeof entry === 'string' && entry.trim() !== '')) return;
    const template = HEADLINES[index % HEADLINES.length] as string;
    index += 1;
    const titled = template.replace('{Topic}', topic.charAt(0).toUpperCase() + topic.slice(1)).replace('{topic}', topic);
    object['datePublished' in object ? 'name' : 'title'] = titled;
  });
}

/** The strings of every value the call sent, at any depth. */
function sentValues(args: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(args)) args.forEach((entry) => sentValues(entry, into));
  else if (isJsonObject(args)) Object.values(args).forEach((entry) => sentValues(entry, into));
  else if (typeof args === 'string' || typeof args === 'number') into.add(String(args));
  return into;
}

const QUERY = /^(q|query|search|search_?term|keywords?|term|topic)$/i;

/** The rules over one result of a call with arguments `args`. */
export function sumsThatHold(value: unknown, args: Json): void {
  criticalWithinActive(value);
  averagesAroundPrice(value);
  const sent = sentValues(args);
  distinctActIds(value, sent);
  ownConfirmationCodes(value, sent);
  largeCompanyEarnings(value, args);
  const query = Object.entries(args).find(([key, entry]) => QUERY.test(key) && typeof entry === 'string')?.[1] as string | undefined;
  titledArticles(value, query);
}

/** The price a quote is at now, and the averages and ranges that must sit around it. */
const PRICE = /^(price|currentprice|lastprice|last|close|regularmarketprice)$/;
const AVERAGE = /^(s|e|w)?ma\(?(\d{1,3})\)?$|^(s|e|w)?ma_?(\d{1,3})$|^movingaverage_?(\d{1,3})?$|^(\d{1,3})daymovingaverage$/i;
const DAILY_CHANGE = /^(percentchange|changepercent|changespercentage|pctchange|percentagechange|dailychange_?percent)$/;

/**
 * A quote's moving averages sit near its price (within a few percent for a short window, more for a
 * long one), a day's move is a few percent (never `percent_change: 26.3` on a plain quote), and a
 * low/high range holds the price. Keys read as written (`MA(5)`, `sma_20`, `fiftyDayMovingAverage`).
 */
export function averagesAroundPrice(value: unknown): void {
  eachObject(value, (object) => {
    const priceKey = Object.keys(object).find((key) => PRICE.test(norm(key)) && typeof object[key] === 'number');
    if (priceKey === undefined) return;
    const price = object[priceKey] as number;
    if (!(price > 0)) return;
    for (const key of Object.keys(object)) {
      if (key === priceKey || typeof object[key] !== 'number') continue;
      const match = AVERAGE.exec(key.replace(/[\s-]/g, ''));
      if (match !== null || /movingaverage/i.test(norm(key))) {
        const window = Number(
          match?.slice(2).find((group) => group !== undefined && /^\d+$/.test(group)) ?? (/fifty/i.test(key) ? 50 : 200),
        );
        const spread = 0.015 * Math.sqrt(Math.max(1, window));
        const average = object[key] as number;
        if (Math.abs(average / price - 1) > spread) object[key] = round2(price * (1 + spread * (2 * fraction(`${key}:${price}`) - 1)));
      } else if (DAILY_CHANGE.test(norm(key)) && Math.abs(object[key] as number) > 10)
        object[key] = round2(Math.sign(object[key] as number) * (0.2 + 3.8 * fraction(`${key}:${price}`)));
    }
    for (const [low, high] of [
      ['low', 'high'],
      ['daylow', 'dayhigh'],
      ['fiftytwoweeklow', 'fiftytwoweekhigh'],
      ['yearlow', 'yearhigh'],
    ] as const) {
      const lowKey = Object.keys(object).find((key) => norm(key) === low && typeof object[key] === 'number');
      const highKey = Object.keys(object).find((key) => norm(key) === high && typeof object[key] === 'number');
      if (lowKey === undefined || highKey === undefined) continue;
      if ((object[lowKey] as number) > price) object[lowKey] = round2(price * (1 - 0.03 * fraction(`${lowKey}:${price}`)));
      if ((object[highKey] as number) < price) object[highKey] = round2(price * (1 + 0.03 * fraction(`${highKey}:${price}`)));
    }
  });
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** A code that confirms one act (`hotelConfirmationCode`, `confirmation_number`, `booking_reference`). */
const CONFIRMATION = /^(hotel|booking|reservation|order)?_?(confirmation_?(code|number|no)?|reference_?(code|number)?|locator|pnr)$/i;
/** The record's own id, most specific first. */
const OWN_ID = [/^(booking|reservation|order)_?id$/i, /^id$/i];

/** `code` redrawn from `seed` in its own shape: digits stay digits, capitals capitals (`04M3995` → `71K0452`), words stay. */
function reshaped(code: string, seed: string): string {
  const hash = sha256Hex(seed);
  // a run of three letters or more is a word or a prefix (`ORDER-1234`, `INV`): kept as it is
  const kept = new Set<number>();
  for (const match of code.matchAll(/[A-Za-z]{3,}/g)) for (let at = match.index; at < match.index + match[0].length; at += 1) kept.add(at);
  return [...code]
    .map((char, index) => {
      const draw = parseInt(hash.slice((index * 2) % 60, ((index * 2) % 60) + 2), 16);
      if (kept.has(index)) return char;
      if (/\d/.test(char)) return String(draw % 10);
      if (/[A-Z]/.test(char)) return String.fromCharCode(65 + (draw % 26));
      if (/[a-z]/.test(char)) return String.fromCharCode(97 + (draw % 26));
      return char;
    })
    .join('');
}

/**
 * A confirmation code names one act: a record with an id of its own carries the code drawn from that
 * id (every read of the booking shows the same one, two bookings never share one), unless the call sent it.
 */
export function ownConfirmationCodes(value: unknown, sent: ReadonlySet<string>): void {
  eachObject(value, (object) => {
    const idKey = OWN_ID.map((pattern) => Object.keys(object).find((key) => pattern.test(key))).find((key) => key !== undefined);
    const id = idKey === undefined ? undefined : object[idKey];
    if (typeof id !== 'string' && typeof id !== 'number') return;
    for (const [key, code] of Object.entries(object))
      if (CONFIRMATION.test(key) && typeof code === 'string' && /^[A-Za-z0-9-]{4,16}$/.test(code) && !sent.has(code))
        object[key] = reshaped(code, `${key}:${String(id)}`);
  });
}

/** Money a company makes over a period: a large listed company's runs to millions at least. */
const EARNINGS =
  /^(corporate_?)?(revenue|revenues|sales|net_?sales|income|net_?income|earnings|profit|gross_?profit)(_?(forecast|estimate|usd))?$/i;

/**
 * A large listed company (Nike, Apple, by name or ticker in the call) earns millions, never `79705`:
 * a revenue, sales or profit below a million is scaled by powers of ten into the tens of millions,
 * and the whole company's revenue over a period is near its real one (`companyRevenue`).
 */
export function largeCompanyEarnings(value: unknown, args: Json): void {
  const named = Object.entries(args)
    .filter(([key, entry]) => /company|ticker|symbol|firm|name/i.test(key) && typeof entry === 'string')
    .map(([, entry]) => LARGE_CAPS.find(([ticker, names]) => (entry as string).trim() === ticker || names.test((entry as string).trim())))
    .find((found) => found !== undefined);
  if (named === undefined) return;
  eachObject(value, (object) => {
    for (const [key, amount] of Object.entries(object))
      if (EARNINGS.test(key) && typeof amount === 'number' && amount > 0 && amount < 1_000_000)
        object[key] = Math.round(amount * 10 ** Math.ceil(Math.log10(10_000_000 / amount)));
    companyRevenue(object, args, named[0]);
  });
}
