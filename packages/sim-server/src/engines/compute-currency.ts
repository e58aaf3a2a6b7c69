/** Exchange rates against the dollar and the currency conversion they give. */
import { type Json, round, numberArg, textArg } from './compute-args.js';

/**
 * Approximate 2025 rates against the US dollar (units of each currency per dollar): a simulated
 * world's exchange rates, the same in every run, near enough the real ones that any pair converts
 * plausibly (a cross rate is the ratio of two).
 */
export const USD_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.87,
  GBP: 0.74,
  JPY: 146,
  CHF: 0.8,
  CAD: 1.37,
  AUD: 1.53,
  NZD: 1.68,
  CNY: 7.18,
  HKD: 7.85,
  SGD: 1.28,
  TWD: 30,
  KRW: 1370,
  INR: 86,
  PKR: 283,
  BDT: 122,
  LKR: 300,
  NPR: 137,
  BTN: 86,
  MVR: 15.4,
  THB: 32.5,
  MYR: 4.25,
  IDR: 16300,
  PHP: 56.5,
  VND: 26000,
  KHR: 4010,
  LAK: 21600,
  MMK: 2100,
  MNT: 3580,
  BND: 1.28,
  MOP: 8.08,
  MXN: 18.9,
  BRL: 5.5,
  ARS: 1200,
  CLP: 940,
  COP: 4050,
  PEN: 3.55,
  UYU: 40,
  PYG: 7900,
  BOB: 6.91,
  VES: 110,
  GTQ: 7.68,
  HNL: 26.1,
  NIO: 36.8,
  CRC: 505,
  PAB: 1,
  DOP: 60,
  HTG: 131,
  JMD: 160,
  TTD: 6.78,
  BBD: 2,
  BSD: 1,
  BZD: 2,
  BMD: 1,
  KYD: 0.833,
  XCD: 2.7,
  AWG: 1.79,
  ANG: 1.79,
  SRD: 37,
  GYD: 209,
  CUP: 24,
  SEK: 9.6,
  NOK: 10.1,
  DKK: 6.45,
  ISK: 122,
  PLN: 3.7,
  CZK: 21.3,
  HUF: 345,
  RON: 4.4,
  BGN: 1.7,
  RSD: 101,
  MKD: 53.5,
  ALL: 84,
  BAM: 1.7,
  MDL: 17,
  UAH: 41.5,
  BYN: 3,
  RUB: 79,
  TRY: 40,
  GEL: 2.7,
  AMD: 385,
  AZN: 1.7,
  KZT: 520,
  UZS: 12600,
  KGS: 87.4,
  TJS: 9.9,
  TMT: 3.5,
  AFN: 70,
  IRR: 42000,
  IQD: 1310,
  ILS: 3.4,
  JOD: 0.709,
  LBP: 89500,
  SYP: 13000,
  AED: 3.6725,
  SAR: 3.75,
  QAR: 3.64,
  KWD: 0.306,
  BHD: 0.376,
  OMR: 0.385,
  YER: 241,
  EGP: 49.6,
  LYD: 5.4,
  TND: 2.95,
  DZD: 130,
  MAD: 9,
  SDG: 600,
  ETB: 135,
  ERN: 15,
  DJF: 178,
  SOS: 571,
  KES: 129,
  UGX: 3600,
  TZS: 2600,
  RWF: 1440,
  BIF: 2970,
  CDF: 2880,
  NGN: 1530,
  GHS: 10.4,
  XOF: 570,
  XAF: 570,
  GMD: 71,
  GNF: 8650,
  SLE: 22.7,
  LRD: 200,
  CVE: 96,
  STN: 21.3,
  AOA: 915,
  ZMW: 23.5,
  MWK: 1735,
  MZN: 63.9,
  ZAR: 17.8,
  NAD: 17.8,
  BWP: 13.4,
  SZL: 17.8,
  LSL: 17.8,
  MGA: 4450,
  MUR: 45,
  SCR: 14.5,
  KMF: 428,
  FJD: 2.25,
  PGK: 4.1,
  SBD: 8.4,
  VUV: 120,
  WST: 2.75,
  TOP: 2.36,
  XPF: 104,
};

/** Currency names people write for a code. */
const CURRENCY_NAMES: Array<[RegExp, string]> = [
  [/dollars?|usd/i, 'USD'],
  [/euros?/i, 'EUR'],
  [/pounds?|sterling/i, 'GBP'],
  [/yen/i, 'JPY'],
  [/francs?/i, 'CHF'],
  [/yuan|renminbi/i, 'CNY'],
  [/rupees?/i, 'INR'],
  [/pesos?/i, 'MXN'],
  [/won/i, 'KRW'],
];

function currencyCode(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) return upper;
  return CURRENCY_NAMES.find(([pattern]) => pattern.test(value))?.[1];
}

/**
 * A code's rate against the US dollar: the fixed table's, else one derived from the code itself
 * (between 0.2 and 400), so every run and every call of a session quotes the same rate for it.
 */
function usdRate(code: string): number {
  const known = USD_RATES[code];
  if (known !== undefined) return known;
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return round(0.2 * 2000 ** ((hash % 1000) / 1000), 4);
}

/** A call's two currencies, each as a code; undefined unless it names both. */
function currencyPair(args: Json): [from: string, to: string] | undefined {
  const fromText = textArg(
    args,
    /^(from|base|source|from_?currency|base_?currency|source_?currency|currency_?from|have|original_?currency)$/i,
  );
  const toText = textArg(args, /^(to|target|quote|to_?currency|target_?currency|currency_?to|want|desired_?currency)$/i);
  const from = fromText === undefined ? undefined : currencyCode(fromText);
  const to = toText === undefined ? undefined : currencyCode(toText);
  return from === undefined || to === undefined ? undefined : [from, to];
}

/** The rate of a call's currency pair (units of the second per unit of the first) when both are known currencies. */
export function knownExchangeRate(args: Json): { from: string; to: string; rate: number } | undefined {
  const pair = currencyPair(args);
  if (pair === undefined) return undefined;
  const [from, to] = pair;
  const [fromRate, toRate] = [USD_RATES[from], USD_RATES[to]];
  return fromRate === undefined || toRate === undefined ? undefined : { from, to, rate: toRate / fromRate };
}

export function currency(args: Json): Json | undefined {
  const pair = currencyPair(args);
  if (pair === undefined) return undefined;
  const [from, to] = pair;
  // four significant digits: a rate from a weak currency to a strong one (VND to USD) is not rounded to 0
  const rate = Number((usdRate(to) / usdRate(from)).toPrecision(4));
  const amount = numberArg(args, /amount|value|sum|quantity/i);
  return amount === undefined
    ? { from_currency: from, to_currency: to, rate }
    : { amount, from_currency: from, converted_amount: round(amount * rate), to_currency: to, rate };
}
