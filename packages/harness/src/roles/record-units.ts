import { indefiniteArticle } from '@inftool/core';
/**
 * Units a number is said with when the call's `units` argument gives none: a unit the record keeps beside it
 * (`distance_unit: "km"`, `wind_speed_unit: "km/h"`, `unit: "celsius"` for its temperatures), a key that is a unit
 * itself (`{"liter": 154.86}`), and the default measurement system the tool's schema names for its `units` parameter.
 */
import type { MeasureSystem } from './fact-measures.js';
import type { Json } from './result-record.js';

/** A unit as it is written after a number: temperature scales as symbols, anything else as the record has it. */
function unitSymbol(text: string): string | undefined {
  const unit = text.trim();
  if (unit === '' || unit.length > 12 || /^[A-Z]{3}$/.test(unit)) return undefined; // a currency goes with prices only
  if (/^(°?c|celsius|degrees? celsius|metric)$/i.test(unit)) return '°C';
  if (/^(°?f|fahrenheit|degrees? fahrenheit|imperial)$/i.test(unit)) return '°F';
  if (/^(k|kelvin)$/i.test(unit)) return 'K';
  return /^[a-zµ°%/²³\d. ]+$/i.test(unit) ? unit : undefined;
}

/** Keys a temperature scale goes with (`temp`, `app_max_temp`, `dewpt`, `feels_like`). */
const WARM = /temp|dew|feels|heat_?index|chill/i;
/** The letters of a key, for matching `wind_speed` to `windSpeedUnit`. */
const letters = (key: string) => key.replace(/[^a-z0-9]/gi, '').toLowerCase();

/** Units a record gives its own numbers, by key, and the keys that gave them (said with the number, not apart). */
export function recordUnits(record: Json): { units: Map<string, string>; sources: Set<string> } {
  const units = new Map<string, string>();
  const sources = new Set<string>();
  const numbers = Object.keys(record).filter((key) => typeof record[key] === 'number');
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string') continue;
    const own = /^(.+?)[_-]?(?:unit|Unit|units|Units)$/.exec(key);
    const symbol = unitSymbol(value);
    if (symbol === undefined) continue;
    if (own !== null) {
      const base = letters(own[1] as string);
      const target = numbers.find((other) => letters(other) === base);
      if (target !== undefined) {
        units.set(target, symbol);
        sources.add(key);
        continue;
      }
    }
    // A record-wide scale (`unit: "celsius"`, `temperature_unit: "F"`) goes with every temperature in it.
    if ((own === null ? /^units?$/i.test(key) : WARM.test(own[1] as string) || /^units?$/i.test(key)) && /^°[CF]$|^K$/.test(symbol)) {
      const warm = numbers.filter((other) => WARM.test(other) && !units.has(other));
      warm.forEach((other) => units.set(other, symbol));
      if (warm.length > 0) sources.add(key);
    }
  }
  // Pollutant concentrations beside an air quality index are in µg/m³ (`pm10`, `pm25`, `no2`, `o3`, `so2`).
  if (Object.keys(record).some((key) => /^(aqi|air_?quality_?index)$/i.test(key)))
    for (const key of numbers) if (/^(pm10|pm2_?5|pm1|no2|o3|so2|co|nh3|no)$/i.test(key) && !units.has(key)) units.set(key, 'µg/m³');
  return { units, sources };
}

/** Keys that are a unit themselves: what the number measures and how the unit is said. */
const UNIT_KEYS: Array<{ key: RegExp; quantity: string; unit: string }> = [
  { key: /^(liters?|litres?|l)$/i, quantity: 'volume', unit: 'liters' },
  { key: /^gallons?$/i, quantity: 'volume', unit: 'gallons' },
  { key: /^(miles?|mi)$/i, quantity: 'distance', unit: 'miles' },
  { key: /^(kilometers?|kilometres?|km)$/i, quantity: 'distance', unit: 'km' },
  { key: /^(meters?|metres?)$/i, quantity: 'length', unit: 'meters' },
  { key: /^(feet|foot|ft)$/i, quantity: 'length', unit: 'feet' },
  { key: /^(inch|inches)$/i, quantity: 'length', unit: 'inches' },
  { key: /^(celsius|centigrade)$/i, quantity: 'temperature', unit: '°C' },
  { key: /^fahrenheit$/i, quantity: 'temperature', unit: '°F' },
  { key: /^kelvin$/i, quantity: 'temperature', unit: 'K' },
  { key: /^(kilograms?|kg)$/i, quantity: 'weight', unit: 'kg' },
  { key: /^(pounds?|lbs?)$/i, quantity: 'weight', unit: 'pounds' },
  { key: /^(grams?)$/i, quantity: 'weight', unit: 'g' },
  { key: /^(ounces?|oz)$/i, quantity: 'weight', unit: 'ounces' },
];

/** A number under a key that is its unit (`{"liter": 154.86}`) as "the volume is 154.86 liters", never "the liter is 154.86". */
export function unitKeyPhrase(key: string, amount: string): string | undefined {
  const found = UNIT_KEYS.find((entry) => entry.key.test(key.trim()));
  return found === undefined ? undefined : `the ${found.quantity} is ${amount} ${found.unit}`;
}

/** Keys that are a span of time (`hours: 17`, `days`): "17 hours". */
const TIME_KEY = /^(?:num_?|number_?of_?|n_?)?(second|minute|hour|day|week|month|year)s$/i;

/** An amount under a key that is its unit, said with it ("154.86 liters" for `liter: 154.86`), else undefined. */
export function unitAmount(key: string, amount: string): string | undefined {
  const found = UNIT_KEYS.find((entry) => entry.key.test(key.trim()));
  if (found !== undefined) return `${amount} ${found.unit}`;
  const time = TIME_KEY.exec(key.trim());
  if (time !== null) return `${amount} ${amount === '1' ? (time[1] as string).toLowerCase() : `${(time[1] as string).toLowerCase()}s`}`;
  // A key that ends in its unit (`weight_kg`, `temp_celsius`, `distance_km`): "22.5 kg", "180 °C".
  const suffix = /[_ -]([a-z]+)$/i.exec(key.trim())?.[1];
  const unit = suffix === undefined ? undefined : UNIT_KEYS.find((entry) => entry.key.test(suffix));
  return unit === undefined || /^l$/i.test(suffix ?? '') ? undefined : `${amount} ${unit.unit}`;
}

/**
 * The measurement system a tool uses when its `units` parameter is left out, from the schema: its `default`
 * (`"M"`, `"imperial"`) or its description ("Convert to units. Default Metric").
 */
export function defaultSystem(parameters: unknown, args: Json): MeasureSystem | undefined {
  const properties = (parameters as { properties?: Record<string, { default?: unknown; description?: unknown }> } | undefined)?.properties;
  if (properties === undefined) return undefined;
  const key = Object.keys(properties).find((name) =>
    /^(units?|unit_?system|unit_?group|measurement|temperature_?unit|temp_?unit)$/i.test(name),
  );
  if (key === undefined || args[key] !== undefined) return undefined;
  const schema = properties[key] ?? {};
  const named =
    typeof schema.default === 'string'
      ? schema.default
      : /\bdefault(?:s to|:| is| value is)?\s*:?\s*["'(]?([a-z]+)/i.exec(String(schema.description ?? ''))?.[1];
  if (named === undefined) return undefined;
  if (/^(i|imperial|f|fahrenheit|us|english)$/i.test(named)) return 'imperial';
  if (/^(m|metric|c|celsius|si|uk)$/i.test(named)) return 'metric';
  if (/^(s|standard|k|kelvin|scientific)$/i.test(named)) return 'standard';
  return undefined;
}

/**
 * The system an API reports in by default: the one default every tool of it with a `units` parameter names. A tool
 * of that API without the parameter (an air quality forecast beside the weather tools) reports in it too.
 */
export function apiSystem(tools: ReadonlyArray<{ parameters?: unknown }>): MeasureSystem | undefined {
  const withUnits = tools.filter((tool) =>
    Object.keys((tool.parameters as { properties?: Json } | undefined)?.properties ?? {}).some((name) =>
      /^(units?|unit_?system|unit_?group|measurement|temperature_?unit|temp_?unit)$/i.test(name),
    ),
  );
  const found = new Set(withUnits.map((tool) => defaultSystem(tool.parameters, {})));
  // Two tools or more make a convention of the API; one tool's default is its own.
  return withUnits.length >= 2 && found.size === 1 ? [...found][0] : undefined;
}

/** Keys whose number is a name or a place in a series ("order 12345", "year 2024", "page 2"), said after their noun. */
const NAMING = /\b(id|ids|code|zip|key|no|number|year|page|user|account|order|item|record|version|room|floor|level|step|day|week|month)$/i;

/** A number sent as a quantity, said as a phrase: "330.38" for `number`, "a principal of 250,000" or "up to 78 results" (never "principal 250,000"). */
export function quantityArgument(words: string, text: string): string | undefined {
  if (/^(number|num|n|x|value|input|amount)$/i.test(words)) return text;
  if (NAMING.test(words) || !/^[a-z][a-z ]*$/i.test(words)) return undefined;
  const bound = /^(max|maximum|min|minimum) ([a-z ]+s)$/i.exec(words);
  if (bound) return `${/^max/i.test(bound[1] as string) ? 'up to' : 'at least'} ${text} ${bound[2] as string}`;
  return `${indefiniteArticle(words)} ${words} of ${text}`;
}
