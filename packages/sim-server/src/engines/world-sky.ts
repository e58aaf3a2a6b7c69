import { RAIN, keyOf, type Scale } from './world-weather.js';
import { isJsonObject } from '@inftool/core';

/**
 * A weather reading's words say the sky its numbers do (docs/sim-server.md, "Weather"): a description
 * (`weather: {code, description}`, `conditions: "sunny"`) that calls a dry hour rainy, a wet one clear or
 * sunny, a night sunny, or an observation in a forecast's prose ("becoming sunny later") is replaced by
 * what the rain, snow and cloud cover give, and a weatherbit code says its description. Works in place.
 */
type Json = Record<string, unknown>;
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const squash = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

const SNOWY = /\b(snow|sleet|flurr|blizzard)/i;
const WET = /\b(rain|drizzle|shower|thunder|storm)/i;
const CLEAR = /\b(clear|sunny|fair)\b/i;
const MISTY = /\b(fog|mist|haze|smoke|dust)/i;
const SKY_FIELD = /^(description|conditions|condition|summary|weather)$/;

/** What the numbers say of the sky: [weatherbit code, words]. */
function skyOf(record: Json, scale: Scale): [number, string] | undefined {
  const amount = (names: Set<string>): number | undefined => {
    const key = Object.keys(record).find((entry) => names.has(squash(entry)) && num(record[entry]));
    return key === undefined ? undefined : (record[key] as number) * (scale === 'F' ? 25.4 : 1);
  };
  const [rain, snow] = [amount(RAIN), amount(new Set(['snow', 'snowfall']))];
  const clouds = record[keyOf(record, new Set(['clouds', 'cloudcover', 'cloudiness'])) ?? ''];
  if (snow !== undefined && snow > 0) return snow < 1 ? [600, 'Light snow'] : snow < 3 ? [601, 'Snow'] : [602, 'Heavy snow'];
  if (rain !== undefined && rain > 0) return rain < 2.5 ? [500, 'Light rain'] : rain < 7.6 ? [501, 'Moderate rain'] : [502, 'Heavy rain'];
  if (rain === undefined || !num(clouds)) return undefined;
  if (clouds < 11) return [800, 'Clear sky'];
  if (clouds < 25) return [801, 'Few clouds'];
  if (clouds < 51) return [802, 'Scattered clouds'];
  return clouds < 85 ? [803, 'Broken clouds'] : [804, 'Overcast clouds'];
}

/** Words of a forecast (`becoming sunny later`, `possible after 3 pm`): no reading's present sky. */
const FORECAST_WORDS =
  /\b(later|possible|becoming|clearing|by (morning|afternoon|evening|night)|after \d|in the (morning|afternoon|evening))\b/i;

/** Whether `text` says another sky than `sky` (rain said of a dry hour, sun of a wet or night one, none of a wet one, a forecast's prose). */
function contradicts(text: string, sky: [number, string], night: boolean): boolean {
  const [code] = sky;
  const wet = code < 700;
  if (FORECAST_WORDS.test(text)) return true;
  if ((SNOWY.test(text) || WET.test(text)) && !wet) return true;
  if (CLEAR.test(text) && (wet || code >= 803 || (night && /sunny/i.test(text)))) return true;
  if (/overcast/i.test(text) && code < 803) return true;
  return wet && !SNOWY.test(text) && !WET.test(text) && !MISTY.test(text);
}

/** The weatherbit code of a sky said in words (`Light rain` → 500, `Fog` → 741). */
function codeOfWords(text: string): number {
  const words: Array<[RegExp, number]> = [
    [/heavy snow/i, 602],
    [/light snow|flurr/i, 600],
    [SNOWY, 601],
    [/thunder|storm/i, 201],
    [/drizzle/i, 300],
    [/heavy rain/i, 502],
    [/moderate rain|shower/i, 501],
    [/rain/i, 500],
    [MISTY, 741],
    [/overcast/i, 804],
    [/broken/i, 803],
    [/few clouds/i, 801],
    [/cloud/i, 802],
  ];
  return words.find(([pattern]) => pattern.test(text))?.[1] ?? 800;
}

/** A description (`weather: {code, description}`, `conditions: "sunny"`) that says the sky the numbers do, and a code that says the description. */
export function describedSky(record: Json, scale: Scale): void {
  const sky = skyOf(record, scale);
  if (sky === undefined) return;
  const night = record['pod'] === 'n';
  const holders = [record, ...Object.values(record).filter(isJsonObject)];
  for (const holder of holders)
    for (const [key, value] of Object.entries(holder)) {
      if (typeof value !== 'string' || !SKY_FIELD.test(squash(key))) continue;
      // a one-word condition (`rain`, `cloudy`) stays one lower-case word
      if (contradicts(value, sky, night)) holder[key] = /^[a-z]+$/.test(value) ? plainSky(sky[0]) : sky[1];
      if (holder === record) continue;
      const code = codeOfWords(holder[key] as string);
      if (num(holder['code']) && Math.floor(holder['code'] / 100) !== Math.floor(code / 100)) holder['code'] = code;
      else if (typeof holder['code'] === 'string' && /^\d+$/.test(holder['code']) && holder['code'][0] !== String(code)[0])
        holder['code'] = String(code);
      else if (typeof holder['code'] === 'string' && /^\d{4,}$/.test(holder['code'])) holder['code'] = String(code);
    }
}
const plainSky = (code: number): string =>
  code < 700 ? (code >= 600 ? 'snow' : 'rain') : code === 800 ? 'clear' : code < 803 ? 'partly cloudy' : 'cloudy';
