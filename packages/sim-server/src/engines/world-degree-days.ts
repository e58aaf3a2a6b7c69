import { keyOf, TEMP } from './world-weather.js';
import type { Scale } from './world-weather.js';

type Json = Record<string, unknown>;
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A reading's heating and cooling degree days (`hdd`, `cdd`, an energy API's) are the ones its air
 * temperature gives over the days asked: how far it sits below (heating) or above (cooling) the 18 °C
 * (65 °F) base, times the days, so a 28 °C Mumbai day has cooling degree days and no heating ones.
 * Works in place; a reading without both a temperature and a degree-day field is left alone.
 */
export function degreeDays(record: Json, scale: Scale, days: number): void {
  const temp = keyOf(record, TEMP);
  if (temp === undefined || !num(record[temp])) return;
  const base = scale === 'F' ? 65 : scale === 'K' ? 291.15 : 18;
  const air = record[temp];
  const spans: Record<string, number> = { hdd: Math.max(0, base - air), cdd: Math.max(0, air - base) };
  for (const [key, value] of Object.entries(record)) {
    const span = spans[key.toLowerCase().replace(/[^a-z]/g, '')];
    if (span !== undefined && num(value)) record[key] = Math.round(span * days * 100) / 100;
  }
}
