import { eachObject, nameWords, isJsonObject } from '@inftool/core';
import { knownExchangeRate } from './compute-currency.js';

type Json = Record<string, unknown>;

/** A tool about exchanging money, by the words of its name. */
export const EXCHANGE_TOOL = /^(exchange|currency|currencies|forex|fx|conversion|convert)$/;
/** A result field that states an exchange rate (a currency pair's price, ask and bid are its rate). */
export const RATE_FIELD =
  /^(rate|exchange_?rate|conversion_?rate|fx_?rate|rate_?value|price|last_?price|mid|ask|bid|ask_?price|bid_?price)$/i;
/** A result field that states a share price. */
export const PRICE_FIELD =
  /^(price|stock_?price|share_?price|current_?price|last_?price|close|closing_?price|open|high|low|predicted_?price|forecast_?price)$/i;

/** Approximate 2025 share prices in US dollars of large listed companies, by ticker, with the names people call them. */
export const LARGE_CAPS: ReadonlyArray<readonly [ticker: string, names: RegExp, usd: number]> = [
  ['AAPL', /^apple( inc\.?)?$/i, 210],
  ['MSFT', /^microsoft( corp(oration)?)?$/i, 480],
  ['NVDA', /^nvidia( corp(oration)?)?$/i, 170],
  ['AMZN', /^amazon(\.com)?( inc\.?)?$/i, 220],
  ['GOOGL', /^(alphabet|google)( inc\.?)?$/i, 185],
  ['GOOG', /^$/, 185],
  ['META', /^(meta( platforms)?|facebook)( inc\.?)?$/i, 700],
  ['TSLA', /^tesla( inc\.?| motors)?$/i, 320],
  ['JPM', /^jp ?morgan( chase)?$/i, 280],
  ['V', /^visa( inc\.?)?$/i, 350],
  ['MA', /^mastercard$/i, 570],
  ['WMT', /^walmart( inc\.?)?$/i, 98],
  ['KO', /^(the )?coca[- ]cola( company)?$/i, 70],
  ['PEP', /^pepsico?$/i, 140],
  ['JNJ', /^johnson (&|and) johnson$/i, 160],
  ['PG', /^procter (&|and) gamble$/i, 155],
  ['XOM', /^exxon( ?mobil)?$/i, 110],
  ['NFLX', /^netflix$/i, 1200],
  ['DIS', /^(the )?(walt )?disney( company)?$/i, 115],
  ['INTC', /^intel( corp(oration)?)?$/i, 22],
  ['AMD', /^(amd|advanced micro devices)$/i, 140],
  ['IBM', /^ibm$/i, 260],
  ['ORCL', /^oracle$/i, 220],
  ['CSCO', /^cisco( systems)?$/i, 66],
  ['NKE', /^nike$/i, 70],
  ['MCD', /^mcdonald'?s$/i, 300],
  ['BAC', /^bank of america$/i, 47],
  ['COST', /^costco$/i, 980],
  ['HD', /^(the )?home depot$/i, 370],
  ['PFE', /^pfizer$/i, 25],
  ['BA', /^boeing$/i, 210],
  ['GS', /^goldman sachs$/i, 700],
  ['CRM', /^salesforce$/i, 260],
  ['ADBE', /^adobe$/i, 380],
  ['SBUX', /^starbucks$/i, 90],
];

/** A tool about shares, by the words of its name. */
const STOCK_WORD = /^(stock|stocks|share|shares|ticker|equity|equities|trading|market|quote|quotes)$/;

/** The 2025 share price of the large listed company a call names (by ticker or name), if it names one. */
export function knownSharePrice(args: Json, words: string[]): { company: string; usd: number } | undefined {
  const market = words.some((word) => STOCK_WORD.test(word)) || Object.keys(args).some((key) => /^(symbol|ticker|stock)/i.test(key));
  if (!market) return undefined;
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== 'string' || !/symbol|ticker|stock|company|name|firm/i.test(key)) continue;
    const text = value.trim();
    const found = LARGE_CAPS.find(([ticker, names]) => text === ticker || names.test(text));
    if (found !== undefined) return { company: text, usd: found[2] };
  }
  return undefined;
}

/** The objects a rate or a price may sit in: the result and its objects one level down. */
export function rateLevels(value: Json): Json[] {
  return [value, ...Object.values(value).filter(isJsonObject)];
}

/** A number near `target` that stays the same for the same call: within 8% either way. */
function near(target: number, seed: number): number {
  const frac = (Math.abs(Math.sin(seed * 12.9898)) * 43758.5453) % 1;
  return target * (0.92 + 0.16 * frac);
}

/** The large listed company a record names by its `symbol`/`ticker` field (an order for KO), with its 2025 price. */
export function tickerOf(record: Json): { ticker: string; usd: number } | undefined {
  const named = Object.entries(record).find(([key, value]) => /^(symbol|ticker|stock_?symbol)$/i.test(key) && typeof value === 'string');
  const text = typeof named?.[1] === 'string' ? named[1].trim().toUpperCase() : '';
  const found = LARGE_CAPS.find(([ticker]) => ticker === text);
  return found === undefined ? undefined : { ticker: found[0], usd: found[2] };
}

/**
 * A record's share prices near the real price of the large company its own `symbol` names, when they are
 * more than twice off it (an order for KO at 327.65 when KO trades near 70); a price the call sent stays.
 */
function listedPrices(value: unknown, args: Json): void {
  eachObject(value, (record) => {
    const share = tickerOf(record);
    if (share === undefined) return;
    const prices = Object.entries(record).filter(
      (entry): entry is [string, number] =>
        PRICE_FIELD.test(entry[0]) && typeof entry[1] === 'number' && entry[1] > 0 && !(entry[0] in args),
    );
    const first = prices[0]?.[1];
    if (first === undefined || (first / share.usd <= 2 && share.usd / first <= 2)) return;
    const factor = near(share.usd, first) / first;
    for (const [key, entry] of prices) record[key] = Math.round(entry * factor * 100) / 100;
  });
}

/** A call's sent prices near the real price of the large company its own `symbol` names (a limit order for KO near 70); `args` itself when none is far. */
export function listedArguments(args: Json): Json {
  const share = tickerOf(args);
  if (share === undefined) return args;
  const far = Object.entries(args).filter(
    (entry): entry is [string, number] =>
      PRICE_FIELD.test(entry[0]) && typeof entry[1] === 'number' && entry[1] > 0 && (entry[1] / share.usd > 2 || share.usd / entry[1] > 2),
  );
  if (far.length === 0) return args;
  return { ...args, ...Object.fromEntries(far.map(([key, price]) => [key, Math.round(near(share.usd, price) * 100) / 100])) };
}

/**
 * Numbers about the real world that a call decides: an exchange rate between two known currencies
 * is the approximate real one (a converted amount follows it); a large listed company's share price
 * sits near its real one (open, high, low and close scaled together), as do the prices of a record whose
 * own symbol names one.
 */
export function realRates(value: Json, args: Json, tool: string): void {
  const words = nameWords(tool);
  const rate = words.some((word) => EXCHANGE_TOOL.test(word)) ? knownExchangeRate(args) : undefined;
  if (rate !== undefined)
    for (const level of rateLevels(value))
      for (const [key, entry] of Object.entries(level)) {
        if (typeof entry !== 'number' || !RATE_FIELD.test(key)) continue;
        const real = Number(rate.rate.toPrecision(4));
        level[key] = real;
        const amount = typeof level['amount'] === 'number' ? level['amount'] : undefined;
        for (const converted of ['converted_amount', 'result', 'converted'])
          if (amount !== undefined && typeof level[converted] === 'number') level[converted] = Math.round(amount * real * 100) / 100;
      }
  listedPrices(value, args);
  const share = knownSharePrice(args, words);
  if (share === undefined) return;
  for (const level of rateLevels(value)) {
    // a price the call sets (an order's limit) is the caller's, not the market's
    const prices = Object.entries(level).filter(
      ([key, entry]) => PRICE_FIELD.test(key) && typeof entry === 'number' && entry > 0 && !(key in args),
    );
    if (prices.length === 0) continue;
    const first = prices[0]?.[1] as number;
    const factor = near(share.usd, first) / first;
    for (const [key, entry] of prices) level[key] = Math.round((entry as number) * factor * 100) / 100;
  }
}
