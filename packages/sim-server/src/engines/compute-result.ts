import { populationGrowth, solarPanels } from './compute-growth.js';
import { celestialDistance } from './compute-celestial.js';
import { chance } from './compute-chance.js';
import { coulombForce, heronArea, pointField } from './compute-physics.js';
import { genotypeFrequency } from './compute-genetics.js';
import { cookingTime, tripEmissions } from './compute-quantities.js';
import { twoSampleTTest } from './compute-statistics.js';
import { binary, logarithm, polynomialDerivative, roundNumber, winnerOf } from './compute-symbolic.js';

type Json = Record<string, unknown>;

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

/** Units a conversion knows, each as a factor to its dimension's base unit. */
const UNITS: Record<string, [dimension: string, factor: number]> = {
  m: ['length', 1],
  meter: ['length', 1],
  meters: ['length', 1],
  metre: ['length', 1],
  km: ['length', 1000],
  kilometer: ['length', 1000],
  kilometers: ['length', 1000],
  cm: ['length', 0.01],
  centimeters: ['length', 0.01],
  mm: ['length', 0.001],
  mi: ['length', 1609.344],
  mile: ['length', 1609.344],
  miles: ['length', 1609.344],
  ft: ['length', 0.3048],
  foot: ['length', 0.3048],
  feet: ['length', 0.3048],
  in: ['length', 0.0254],
  inch: ['length', 0.0254],
  inches: ['length', 0.0254],
  yard: ['length', 0.9144],
  yards: ['length', 0.9144],
  kg: ['mass', 1],
  kilogram: ['mass', 1],
  kilograms: ['mass', 1],
  g: ['mass', 0.001],
  gram: ['mass', 0.001],
  grams: ['mass', 0.001],
  lb: ['mass', 0.45359237],
  lbs: ['mass', 0.45359237],
  pound: ['mass', 0.45359237],
  pounds: ['mass', 0.45359237],
  oz: ['mass', 0.028349523],
  ounce: ['mass', 0.028349523],
  ounces: ['mass', 0.028349523],
  l: ['volume', 1],
  liter: ['volume', 1],
  liters: ['volume', 1],
  litre: ['volume', 1],
  ml: ['volume', 0.001],
  milliliters: ['volume', 0.001],
  gallon: ['volume', 3.785411784],
  gallons: ['volume', 3.785411784],
  cup: ['volume', 0.2365882365],
  cups: ['volume', 0.2365882365],
  tablespoon: ['volume', 0.0147867648],
  tablespoons: ['volume', 0.0147867648],
  teaspoon: ['volume', 0.00492892159],
  teaspoons: ['volume', 0.00492892159],
};

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The first numeric argument whose name matches `pattern`. */
function numberArg(args: Json, pattern: RegExp): number | undefined {
  for (const [key, value] of Object.entries(args)) if (pattern.test(key) && finite(value)) return value;
  return undefined;
}

function textArg(args: Json, pattern: RegExp): string | undefined {
  for (const [key, value] of Object.entries(args)) if (pattern.test(key) && typeof value === 'string') return value;
  return undefined;
}

function numbers(args: Json): number[] {
  const found: number[] = [];
  for (const value of Object.values(args)) {
    if (finite(value)) found.push(value);
    else if (Array.isArray(value)) found.push(...value.filter(finite));
  }
  return found;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** A rate given as 5 (percent) or 0.05 (fraction), as a fraction. */
const fraction = (rate: number): number => (rate > 1 ? rate / 100 : rate);

/** The first numeric argument whose name matches `include` and not `exclude`. */
function numberWhere(args: Json, include: RegExp, exclude?: RegExp): number | undefined {
  for (const [key, value] of Object.entries(args)) if (include.test(key) && !(exclude?.test(key) ?? false) && finite(value)) return value;
  return undefined;
}

const PRINCIPAL = /principal|principle|present_?value|initial|investment|deposit|invested|loan_?amount|^amount$/i;
const TIMES = /compound|frequency|per_?year|^n$|^num_compoundings$/i;
const YEARS = /(^|_)(years?|time|duration|period|term|time_in_years|time_years|number_of_years|period_in_years)(_|$)/i;

/** Periods per year a compounding frequency names in words (`compounding_freq: "quarterly"` → 4). */
const PERIODS_NAMED: Record<string, number> = {
  annually: 1,
  yearly: 1,
  annual: 1,
  semiannually: 2,
  'semi-annually': 2,
  biannually: 2,
  quarterly: 4,
  monthly: 12,
  weekly: 52,
  daily: 365,
};
function periodsNamed(args: Json): number | undefined {
  for (const [key, value] of Object.entries(args))
    if (TIMES.test(key) && typeof value === 'string') {
      const periods = PERIODS_NAMED[value.trim().toLowerCase().replace(/\s+/g, '')];
      if (periods !== undefined) return periods;
    }
  return undefined;
}

/** Compound interest and future value: A = P(1 + r/n)^(nt), with the periods per year and the years told apart. */
function compoundInterest(args: Json): Json | undefined {
  const principal = numberWhere(args, PRINCIPAL);
  const rate = numberWhere(args, /rate|return/i, TIMES);
  const years = numberWhere(args, YEARS, TIMES);
  const times = numberWhere(args, TIMES) ?? periodsNamed(args) ?? 1;
  if (principal === undefined || rate === undefined || years === undefined || times <= 0) return undefined;
  const amount = round(principal * (1 + fraction(rate) / times) ** (times * years));
  return { final_amount: amount, interest_earned: round(amount - principal) };
}

const isPrime = (value: number): boolean => {
  if (!Number.isInteger(value) || value < 2) return false;
  for (let divisor = 2; divisor * divisor <= value; divisor += 1) if (value % divisor === 0) return false;
  return true;
};

function primes(args: Json, words: string[]): Json | undefined {
  if (words.some((word) => /^(factors?|factori[sz]e|factorization)$/.test(word))) {
    let value = numberWhere(args, /^(number|num|n|value)$/i);
    if (value === undefined || !Number.isInteger(value) || value < 2 || value > 1e12) return undefined;
    const factors: number[] = [];
    for (let divisor = 2; divisor * divisor <= value; divisor += 1)
      while (value % divisor === 0) {
        factors.push(divisor);
        value /= divisor;
      }
    if (value > 1) factors.push(value);
    return { prime_factors: factors };
  }
  const start = numberWhere(args, /^(start|from|lower|min|low)/i);
  const end = numberWhere(args, /^(end|to|upper|max|high|limit)/i);
  if (start === undefined || end === undefined || end < start) return undefined;
  // a wide range lists its first primes and says so, never a made-up count
  const found: number[] = [];
  let value = Math.max(2, Math.ceil(start));
  for (; value <= end && found.length < 100; value += 1) if (isPrime(value)) found.push(value);
  return value <= end ? { primes: found, listed: found.length, complete: false } : { primes: found, count: found.length };
}

function quadratic(args: Json): Json | undefined {
  const [a, b, c] = [numberWhere(args, /^a$/i), numberWhere(args, /^b$/i), numberWhere(args, /^c$/i)];
  if (a === undefined || b === undefined || c === undefined || a === 0) return undefined;
  const discriminant = b * b - 4 * a * c;
  if (discriminant >= 0)
    return {
      roots: [round((-b + Math.sqrt(discriminant)) / (2 * a), 4), round((-b - Math.sqrt(discriminant)) / (2 * a), 4)],
      discriminant,
    };
  const real = round(-b / (2 * a), 4);
  const imaginary = round(Math.sqrt(-discriminant) / (2 * Math.abs(a)), 4);
  return { roots: [`${real}+${imaginary}i`, `${real}-${imaginary}i`], discriminant };
}

/** The numbers of a data argument: a list, or the values of a map (`gradeDict`). */
function dataValues(args: Json): number[] {
  for (const value of Object.values(args)) {
    if (Array.isArray(value) && value.length > 0 && value.every(finite)) return value as number[];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const inner = Object.values(value as Json);
      if (inner.length > 0 && inner.every(finite)) return inner as number[];
    }
  }
  return [];
}

type Formula = (args: Json, words: string[]) => Json | undefined;

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

function currency(args: Json): Json | undefined {
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

function units(args: Json, words: string[] = []): Json | undefined {
  // `convert_celsius_to_fahrenheit(celsius=20)`: the units are in the name, the value is the argument named after the first
  const at = words.indexOf('to');
  const named = at > 0 && at < words.length - 1 ? [words[at - 1] as string, words[at + 1] as string] : undefined;
  const from = textArg(args, /^(from|from_?unit|unit_?from|unit_?in|source_?unit|input_?unit)$/i)?.toLowerCase() ?? named?.[0];
  const to = textArg(args, /^(to|to_?unit|unit_?to|unit_?out|target_?unit|output_?unit)$/i)?.toLowerCase() ?? named?.[1];
  const value =
    numberArg(args, /value|quantity|amount|number|distance|weight|length|volume|temperature|degrees/i) ??
    (from === undefined ? undefined : numberArg(args, new RegExp(`^${from}$`, 'i')));
  if (from === undefined || to === undefined || value === undefined) return undefined;
  const celsius = /^(c|celsius)$/;
  const fahrenheit = /^(f|fahrenheit)$/;
  const kelvin = /^(k|kelvin)$/;
  const toCelsius = celsius.test(from)
    ? value
    : fahrenheit.test(from)
      ? ((value - 32) * 5) / 9
      : kelvin.test(from)
        ? value - 273.15
        : undefined;
  if (toCelsius !== undefined) {
    const converted = celsius.test(to)
      ? toCelsius
      : fahrenheit.test(to)
        ? (toCelsius * 9) / 5 + 32
        : kelvin.test(to)
          ? toCelsius + 273.15
          : undefined;
    return converted === undefined ? undefined : { value, from_unit: from, converted_value: round(converted), unit: to };
  }
  const [fromDimension, fromFactor] = UNITS[from] ?? [];
  const [toDimension, toFactor] = UNITS[to] ?? [];
  if (fromDimension === undefined || fromDimension !== toDimension || fromFactor === undefined || toFactor === undefined) return undefined;
  return { value, from_unit: from, converted_value: round((value * fromFactor) / toFactor, 4), unit: to };
}

/** Formulas by the words of the tool's name; each gives undefined when its inputs are missing. */
const FORMULAS: Array<[RegExp, Formula]> = [
  [/^(currency|currencies|exchange|forex)$/, currency],
  [/^(winner|winners)$/, winnerOf],
  [/^(emission|emissions|co2|carbon|footprint)$/, tripEmissions],
  [/^(cooking|cook|roast|roasting|baking|bake)$/, cookingTime],
  [/^(ttest|test)$/, twoSampleTTest],
  [/^(divide|division|quotient)$/, (args) => binary(args, (a, b) => (b === 0 ? undefined : { quotient: round(a / b, 6) }))],
  [/^(subtract|subtraction|difference)$/, (args) => binary(args, (a, b) => ({ difference: round(a - b, 6) }))],
  [/^(round)$/, roundNumber],
  [/^(logarithm|log)$/, logarithm],
  [/^(absolute)$/, (args) => (numbers(args).length === 1 ? { absolute_value: Math.abs(numbers(args)[0] as number) } : undefined)],
  [/^(derivative|differentiate|derive)$/, polynomialDerivative],
  [/^(unit|units|measurement|length|weight|temperature|volume|to)$/, units],
  [
    /^(triangle)$/,
    (args) => {
      const base = numberArg(args, /^base/i);
      const height = numberArg(args, /^height/i);
      return base !== undefined && height !== undefined
        ? { area: round(0.5 * base * height), unit: textArg(args, /unit/i) ?? 'square units' }
        : undefined;
    },
  ],
  [
    /^(circle)$/,
    (args) => {
      const radius = numberArg(args, /^radius/i);
      return radius === undefined
        ? undefined
        : { area: round(Math.PI * radius * radius), circumference: round(2 * Math.PI * radius), unit: textArg(args, /unit/i) ?? 'units' };
    },
  ],
  [
    /^(rectangle)$/,
    (args) => {
      const length = numberArg(args, /^(length|height)/i);
      const width = numberArg(args, /^width/i);
      return length !== undefined && width !== undefined
        ? { area: round(length * width), perimeter: round(2 * (length + width)) }
        : undefined;
    },
  ],
  [
    /^(bmi)$/,
    (args) => {
      const weight = numberArg(args, /weight/i);
      let height = numberArg(args, /height/i);
      if (weight === undefined || height === undefined || height <= 0) return undefined;
      if (height > 3) height /= 100; // centimetres
      const bmi = round(weight / (height * height), 1);
      return { bmi, category: bmi < 18.5 ? 'underweight' : bmi < 25 ? 'normal weight' : bmi < 30 ? 'overweight' : 'obese' };
    },
  ],
  [/^(prime|primes)$/, primes],
  [/^(quadratic)$/, quadratic],
  [
    /^(height)$/,
    (args, words) => {
      // thrown straight up: the highest point is v² / 2g (26 m/s under 9.8 m/s² → 34.49 m)
      const initial = numberWhere(args, /initial_(velocity|speed)|^velocity$|^u$/i);
      const gravity = numberWhere(args, /gravity|acceleration|^g$/i) ?? 9.8;
      return words.includes('maximum') || words.includes('max')
        ? initial !== undefined && gravity > 0
          ? { maximum_height: round((initial * initial) / (2 * gravity)), unit: 'meters' }
          : undefined
        : undefined;
    },
  ],
  [
    /^(displacement|distance|traveled|travelled)$/,
    (args) => {
      const initial = numberWhere(args, /initial_(velocity|speed)|^u$/i);
      const acceleration = numberWhere(args, /acceleration/i);
      const time = numberWhere(args, /^time$|duration/i);
      return initial !== undefined && acceleration !== undefined && time !== undefined
        ? { displacement: round(initial * time + 0.5 * acceleration * time * time), unit: 'm' }
        : undefined;
    },
  ],
  [
    /^(fibonacci)$/,
    (args) => {
      const count = numberWhere(args, /count|limit|position|^n$|terms|length/i);
      if (count === undefined || !Number.isInteger(count) || count < 1 || count > 90) return undefined;
      const sequence = [0, 1];
      while (sequence.length < count) sequence.push((sequence.at(-1) as number) + (sequence.at(-2) as number));
      return { sequence: sequence.slice(0, count), last: sequence[count - 1] };
    },
  ],
  [
    /^(word|words)$/,
    (args, words) => {
      const text = textArg(args, /^(text|content|sentence|document|input|string)$/i);
      return text !== undefined && words.includes('count') ? { word_count: text.split(/\s+/).filter(Boolean).length } : undefined;
    },
  ],
  [
    /^(deviation|std|stdev)$/,
    (args) => {
      const values = dataValues(args);
      if (values.length < 2) return undefined;
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sample = args['population'] === false;
      const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - (sample ? 1 : 0));
      return { standard_deviation: round(Math.sqrt(variance), 4), mean: round(mean, 4) };
    },
  ],
  [
    /^(median)$/,
    (args) => {
      const values = [...dataValues(args)].sort((a, b) => a - b);
      if (values.length === 0) return undefined;
      const middle = Math.floor(values.length / 2);
      return {
        median: values.length % 2 === 1 ? values[middle] : round(((values[middle - 1] as number) + (values[middle] as number)) / 2, 4),
      };
    },
  ],
  [
    /^(circumference)$/,
    (args) => {
      const radius = numberWhere(args, /^radius/i) ?? (numberWhere(args, /^diameter/i) ?? NaN) / 2;
      return Number.isFinite(radius) ? { circumference: round(2 * Math.PI * radius) } : undefined;
    },
  ],
  [
    /^(cone)$/,
    (args) => {
      const radius = numberWhere(args, /^radius/i);
      const height = numberWhere(args, /^height/i);
      return radius !== undefined && height !== undefined ? { volume: round((Math.PI * radius * radius * height) / 3) } : undefined;
    },
  ],
  [/^(heron)$/, heronArea],
  [
    /^(population)$/,
    (args, words) => (words.some((word) => /^(growth|grow|estimate|projection|forecast)$/.test(word)) ? populationGrowth(args) : undefined),
  ],
  [/^(solar)$/, (args, words) => (words.some((word) => /^(panels?|need)$/.test(word)) ? solarPanels(args) : undefined)],
  [
    /^(cagr)$/,
    (args) => {
      const initial = numberWhere(args, /initial|start|begin/i);
      const final = numberWhere(args, /final|end/i);
      const years = numberWhere(args, YEARS);
      return initial !== undefined && final !== undefined && years !== undefined && initial > 0 && years > 0
        ? { compound_annual_growth_rate: round((final / initial) ** (1 / years) - 1, 4) }
        : undefined;
    },
  ],
  [
    /^(roi)$|^(returns?)$/,
    (args) => {
      const purchase = numberWhere(args, /purchase|investment_amount|initial_investment|cost/i);
      const sale = numberWhere(args, /sale|final|ending|end_?value/i);
      const profit = numberWhere(args, /net_profit|gain/i);
      if (purchase === undefined || purchase === 0) return undefined;
      if (sale !== undefined)
        return { return_on_investment: round((sale - purchase + (numberWhere(args, /dividend/i) ?? 0)) / purchase, 4) };
      return profit === undefined ? undefined : { return_on_investment: round(profit / purchase, 4) };
    },
  ],
  [
    /^(tip)$/,
    (args) => {
      const bill = numberWhere(args, /bill|total|amount/i);
      const percent = numberWhere(args, /percent/i);
      const split = numberWhere(args, /split/i) ?? 1;
      if (bill === undefined || percent === undefined || split < 1) return undefined;
      const tip = round(bill * fraction(percent));
      return { tip_amount: tip, total_amount: round(bill + tip), per_person: round((bill + tip) / split) };
    },
  ],
  [
    /^(mortgage|repayment)$/,
    (args) => {
      const loan = numberWhere(args, /loan_?amount|principal|amount/i);
      const rate = numberWhere(args, /rate/i);
      const years = numberWhere(args, /term|years|duration/i);
      if (loan === undefined || rate === undefined || years === undefined || years <= 0) return undefined;
      const monthly = fraction(rate) / 12;
      const months = years * 12;
      const payment = monthly === 0 ? loan / months : (loan * monthly) / (1 - (1 + monthly) ** -months);
      return { monthly_payment: round(payment), total_paid: round(payment * months) };
    },
  ],
  [
    /^(magnetic)$/,
    (args) => {
      const current = numberWhere(args, /current|^i$/i);
      const distance = numberWhere(args, /distance|radius|^r$/i);
      const permeability = numberWhere(args, /permeability/i) ?? 4 * Math.PI * 1e-7;
      return current !== undefined && distance !== undefined && distance > 0
        ? { magnetic_field: Number(((permeability * current) / (2 * Math.PI * distance)).toPrecision(4)), unit: 'T' }
        : undefined;
    },
  ],
  [/^(compound|compounded|future|investment)$/, compoundInterest],
  [
    /^(acceleration)$/,
    (args) => {
      // from the change of speed over a time, else over a distance (v² = u² + 2as)
      const initial = numberWhere(args, /initial_?(velocity|speed)|^u$/i);
      const final = numberWhere(args, /final_?(velocity|speed)|^v$/i);
      const time = numberWhere(args, /^time$|duration/i);
      const distance = numberWhere(args, /distance|displacement/i);
      if (initial === undefined || final === undefined) return undefined;
      const value =
        time !== undefined && time > 0
          ? (final - initial) / time
          : distance !== undefined && distance > 0
            ? (final ** 2 - initial ** 2) / (2 * distance)
            : undefined;
      return value === undefined ? undefined : { acceleration: Number(value.toPrecision(4)), unit: 'm/s²' };
    },
  ],
  [
    /^(simple)$/,
    (args) => {
      const principal = numberArg(args, /principal|amount/i);
      const rate = numberArg(args, /rate/i);
      const years = numberArg(args, /time|years|period|duration/i);
      return principal !== undefined && rate !== undefined && years !== undefined
        ? { interest: round(principal * fraction(rate) * years), final_amount: round(principal * (1 + fraction(rate) * years)) }
        : undefined;
    },
  ],
  [
    /^(gcd|hcf)$/,
    (args) => {
      const [a, b] = numbers(args);
      return a !== undefined && b !== undefined && Number.isInteger(a) && Number.isInteger(b) ? { gcd: gcd(a, b) } : undefined;
    },
  ],
  [
    /^(lcm)$/,
    (args) => {
      const [a, b] = numbers(args);
      return a !== undefined && b !== undefined && Number.isInteger(a) && Number.isInteger(b) && a !== 0 && b !== 0
        ? { lcm: Math.abs(a * b) / gcd(a, b) }
        : undefined;
    },
  ],
  [
    /^(factorial)$/,
    (args) => {
      const [n] = numbers(args);
      if (n === undefined || !Number.isInteger(n) || n < 0 || n > 20) return undefined;
      let product = 1;
      for (let k = 2; k <= n; k += 1) product *= k;
      return { factorial: product };
    },
  ],
  [
    /^(sum|add|addition|total)$/,
    (args) =>
      numbers(args).length >= 2
        ? {
            sum: round(
              numbers(args).reduce((a, b) => a + b, 0),
              4,
            ),
          }
        : undefined,
  ],
  [
    /^(multiply|product|multiplication)$/,
    (args) =>
      numbers(args).length >= 2
        ? {
            product: round(
              numbers(args).reduce((a, b) => a * b, 1),
              4,
            ),
          }
        : undefined,
  ],
  [
    /^(average|mean|avg)$/,
    (args) => {
      const values = numbers(args);
      return values.length >= 2 ? { mean: round(values.reduce((a, b) => a + b, 0) / values.length, 4), count: values.length } : undefined;
    },
  ],
  [
    /^(power|exponent|pow)$/,
    (args) => {
      const base = numberArg(args, /^(base|number|x|a)$/i);
      const exponent = numberArg(args, /^(exponent|power|n|y|b)$/i);
      return base !== undefined && exponent !== undefined ? { result: round(base ** exponent, 6) } : undefined;
    },
  ],
  [
    /^(sqrt|root)$/,
    (args) => {
      const [value] = numbers(args);
      return value !== undefined && value >= 0 ? { square_root: round(Math.sqrt(value), 6) } : undefined;
    },
  ],
  [
    /^(velocity)$/,
    (args) => {
      // a wave's speed is its frequency times its wavelength
      const frequency = numberArg(args, /frequency/i);
      const wavelength = numberArg(args, /wavelength/i);
      if (frequency !== undefined && wavelength !== undefined) return { wave_velocity: round(frequency * wavelength), unit: 'm/s' };
      const initial = numberArg(args, /initial/i) ?? 0;
      const acceleration = numberArg(args, /acceleration/i);
      const time = numberArg(args, /time/i);
      const distance = numberArg(args, /distance/i);
      if (acceleration !== undefined && time === undefined && distance !== undefined && initial ** 2 + 2 * acceleration * distance >= 0)
        return { final_velocity: round(Math.sqrt(initial ** 2 + 2 * acceleration * distance)), unit: 'm/s' };
      return acceleration !== undefined && time !== undefined
        ? { final_velocity: round(initial + acceleration * time), unit: 'm/s' }
        : undefined;
    },
  ],
  [
    /^(roa|roe)$/,
    (args, words) => {
      // a return on assets (or equity) is net income over them, as a percentage
      const income = numberArg(args, /income|profit|earnings/i);
      const base = numberArg(args, words.includes('roa') ? /assets/i : /equity/i);
      if (income === undefined || base === undefined || base === 0) return undefined;
      return words.includes('roa')
        ? { return_on_assets: round((income / base) * 100) }
        : { return_on_equity: round((income / base) * 100) };
    },
  ],
  // Coulomb's law: a point charge's field, in vacuum unless the call names a medium or a permittivity
  [/^(electric)$/, (args, words) => (words.includes('field') ? pointField(args) : undefined)],
  [
    /^(force)$/,
    (args) => {
      const coulomb = coulombForce(args);
      if (coulomb !== undefined) return coulomb;
      const mass = numberArg(args, /mass/i);
      const acceleration = numberArg(args, /acceleration/i);
      return mass !== undefined && acceleration !== undefined ? { force: round(mass * acceleration), unit: 'N' } : undefined;
    },
  ],
  [
    /^(kinetic)$/,
    (args) => {
      const mass = numberArg(args, /mass/i);
      const velocity = numberArg(args, /velocity|speed/i);
      return mass !== undefined && velocity !== undefined
        ? { kinetic_energy: round(0.5 * mass * velocity * velocity), unit: 'J' }
        : undefined;
    },
  ],
  [
    /^(density)$/,
    (args) => {
      const mass = numberArg(args, /mass/i);
      const volume = numberArg(args, /volume/i);
      return mass !== undefined && volume !== undefined && volume !== 0 ? { density: round(mass / volume, 4) } : undefined;
    },
  ],
  [
    /^(speed)$/,
    (args) => {
      const distance = numberArg(args, /distance/i);
      const time = numberArg(args, /time|duration/i);
      return distance !== undefined && time !== undefined && time !== 0 ? { speed: round(distance / time, 4) } : undefined;
    },
  ],
  [
    /^(percentage|percent)$/,
    (args) => {
      const part = numberArg(args, /part|value|amount/i);
      const whole = numberArg(args, /total|whole/i);
      return part !== undefined && whole !== undefined && whole !== 0 ? { percentage: round((100 * part) / whole) } : undefined;
    },
  ],
  [/^(probability|probabilities|prob|odds|chance)$/, chance],
  [/^(genotype|genotypes|hardy)$/, genotypeFrequency],
  [/^(distance|distances)$/, celestialDistance],
  [
    /^(energy)$/,
    (args) => {
      // the energy of an amount of substance is its moles times the energy per mole (glucose: 2,800 kJ/mol)
      const moles = numberArg(args, /^(mols?|moles?|amount)$/i);
      const substance = String(args['substance'] ?? '');
      const perMole = numberArg(args, /per_?mol/i) ?? (/^(glucose|c6h12o6)$/i.test(substance.trim()) ? 2_800_000 : undefined);
      return moles !== undefined && perMole !== undefined ? { energy: round(moles * perMole), unit: 'J' } : undefined;
    },
  ],
];

/**
 * What can be computed from a call's arguments, by the words of the tool's name: a currency or unit
 * conversion, an area, a BMI, interest, a gcd… Undefined when no formula fits the arguments; the
 * caller then generates a plausible value.
 */
export function computeResult(words: string[], args: Json): Json | undefined {
  for (const [pattern, formula] of FORMULAS) {
    if (!words.some((word) => pattern.test(word))) continue;
    const result = formula(args, words);
    if (result !== undefined) return result;
  }
  return undefined;
}
