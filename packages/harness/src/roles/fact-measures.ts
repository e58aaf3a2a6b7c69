/** Measured values and money as a fact says them, in the system of units the call asks. */
import { humanKey } from './key-words.js';
import { formatValue } from './format-value.js';
import { largeMoney } from './spoken-quantity.js';
import { ADJECTIVE, type Field } from './fact-salience.js';
import type { Fact } from './field-facts.js';
import type { Json } from './result-record.js';

/** A measurement system a call asks for by a `units` argument. */
export type MeasureSystem = 'imperial' | 'metric' | 'standard';

/** The system a call's `units` argument names (`I`, `imperial`, `fahrenheit` → imperial; `M`, `metric` → metric; `S`, `kelvin` → standard). */
export function systemOf(args: Json): MeasureSystem | undefined {
  const key = Object.keys(args).find((name) =>
    /^(units?|unit_?system|unit_?group|measurement|temperature_?unit|temp_?unit|system)$/i.test(name),
  );
  const value = key === undefined ? undefined : args[key];
  if (typeof value !== 'string') return undefined;
  if (/^(i|imperial|f|fahrenheit|us|e|english)$/i.test(value.trim())) return 'imperial';
  if (/^(m|metric|c|celsius|si|ca|uk)$/i.test(value.trim())) return 'metric';
  if (/^(s|standard|k|kelvin|scientific|base)$/i.test(value.trim())) return 'standard';
  return undefined;
}

/** Quantities whose unit the measurement system gives, by the words of their key. */
const MEASURES: Array<{ words: RegExp; units: Record<MeasureSystem, string> }> = [
  {
    words: /\b(temperature|dew point|feels like|heat index|wind chill)\b/,
    units: { imperial: '°F', metric: '°C', standard: 'K' },
  },
  { words: /\b(wind speed|wind gust speed|gust|wind gust)$/, units: { imperial: 'mph', metric: 'm/s', standard: 'm/s' } },
  { words: /^(precipitation|snow|snow depth|rain|snowfall|rainfall)$/, units: { imperial: 'in', metric: 'mm', standard: 'mm' } },
  { words: /^(visibility|distance)$/, units: { imperial: 'mi', metric: 'km', standard: 'km' } },
];
/** Quantities that are always a share: cloud cover, relative humidity, the chance of rain; said with their full name. */
const PERCENTS: Record<string, string> = {
  clouds: 'cloud cover',
  'clouds low': 'low cloud cover',
  'clouds mid': 'mid-level cloud cover',
  'clouds hi': 'high cloud cover',
  'cloud cover': 'cloud cover',
  'relative humidity': 'relative humidity',
  humidity: 'humidity',
  pop: 'chance of precipitation',
  'precipitation probability': 'chance of precipitation',
};

/** A number said with the unit its key and the call's measurement system give ("the temperature is 19.6 °F", "the cloud cover is 97%"). */
export function measuredFact({ key, value, phrase, system, salience }: Field): Fact | undefined {
  if (typeof value !== 'number') return undefined;
  const text = formatValue(value) ?? String(value);
  const spelled = humanKey(key);
  const share = PERCENTS[spelled];
  if (share !== undefined && value >= 0) return { kind: 'property', text: `the ${share} is ${text}%`, score: salience };
  const measure = system === undefined ? undefined : MEASURES.find((entry) => entry.words.test(spelled));
  if (measure === undefined || system === undefined) return undefined;
  return { kind: 'property', text: `the ${phrase} is ${text} ${measure.units[system]}`, score: salience };
}

/**
 * An amount in a currency: two decimals, and a sub-unit price keeps three significant figures (a fax at
 * 0.028 USD is not "0.03 USD"; 0.3 is "0.30").
 */
export function moneyAmount(value: number): string {
  const large = largeMoney(value);
  if (large !== undefined) return large;
  if (value === 0 || Math.abs(value) >= 1) return value.toFixed(2);
  const figures = Number(value.toPrecision(3));
  const decimals = (String(figures).split('.')[1] ?? '').length;
  return figures.toFixed(Math.min(6, Math.max(2, decimals)));
}

/**
 * An amount whose unit closes its key, said by what the key means: `access_valid_for_days` → "the access is valid for
 * 90 days", `max_historical_days` → "the maximum historical period is 3 days", never "the access valid for is 90 days".
 */
export function measuredByKey(name: string[], amount: string, salience: number): Fact | undefined {
  const last = name.at(-1) ?? '';
  if (/^(for|to|in|of|within|after|until|by|per)$/.test(last)) {
    // "<noun> <state> <preposition>": the noun is, the state with its preposition the amount ("valid for 90 days").
    if (name.length < 3) return name.length === 2 ? { kind: 'verb', text: `is ${name.join(' ')} ${amount}`, score: salience } : undefined;
    return { kind: 'property', text: `the ${name.slice(0, -2).join(' ')} is ${name.slice(-2).join(' ')} ${amount}`, score: salience };
  }
  // A key of adjectives alone names no thing: a length of time is a period; anything else is left out.
  if (ADJECTIVE.test(last))
    return /(seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/.test(amount)
      ? { kind: 'property', text: `the ${name.join(' ')} period is ${amount}`, score: salience }
      : undefined;
  return { kind: 'property', text: `the ${name.join(' ')} is ${amount}`, score: salience };
}
