import { aqiCategory, categoryOf, pollutantOf, usAqi, type Pollutant } from './climate.js';

/**
 * An air-quality reading whose numbers agree (docs/sim-server.md, "Weather"): particles and gases in a
 * city's usual range (a level past one and a half times its top, PM2.5 past 67 µg/m³, is a wildfire's, not a drawn day's), PM10 at
 * least the PM2.5 it holds, and a US AQI (`aqi`) that is the largest EPA sub-index of its pollutants.
 * Concentrations are µg/m³, as weatherbit and Open-Meteo give them; a category beside the AQI is the
 * EPA's for it (`good` to 50, `moderate` to 100…). Works in place on one object.
 */
type Json = Record<string, unknown>;
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const round2 = (value: number): number => Math.round(value * 100) / 100;
const like = (previous: number, next: number): number => (Number.isInteger(previous) ? Math.round(next) : round2(next));
/** The most a drawn city day holds of each, µg/m³ (above it, a value is brought back into the usual range). */
const USUAL: Record<Pollutant, readonly [number, number]> = {
  pm25: [3, 45],
  pm10: [8, 80],
  o3: [20, 120],
  no2: [5, 80],
  so2: [1, 40],
  co: [150, 1200],
};
/** A value out of its range moved into it deterministically. */
const into = (value: number, [low, high]: readonly [number, number]): number => low + ((Math.abs(value) * 37.3) % (high - low));
const US_AQI = /^(aqi|usaqi|aqius|usepaaqi)$/;

export function airQuality(record: Json): void {
  pollutantLevels(record);
  aqiWords(record);
}

/** An AQI's category (`category: "good"` beside `aqi: 85`) is the EPA's for it, written as the record writes it. */
function aqiWords(record: Json): void {
  const index = Object.keys(record).find((key) => US_AQI.test(key.toLowerCase().replace(/[^a-z]/g, '')) && num(record[key]));
  if (index === undefined) return;
  const category = aqiCategory(record[index] as number);
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || !/^(category|level|aqi_?category|health_?concern|aqi_?level)$/i.test(key)) continue;
    const said = categoryOf(value);
    if (said === undefined || said === category) continue;
    const spaced = value.includes('_') ? category.replace(/ /g, '_') : category;
    record[key] = /^[A-Z]/.test(value) ? spaced.charAt(0).toUpperCase() + spaced.slice(1) : spaced;
  }
}

function pollutantLevels(record: Json): void {
  const keys = Object.keys(record).filter((key) => num(record[key]) && pollutantOf(key) !== undefined);
  // one pollutant-like field (`co` of a country) is no reading: a reading names two at least
  if (keys.length < 2) return;
  const levels: Partial<Record<Pollutant, number>> = {};
  // The record's other numbers (its time, its other gases) vary the level a pinned example is moved to, so the
  // hours of a series do not all read one spec example's 150.
  const salt =
    Object.values(record)
      .filter(num)
      .reduce((sum, value) => sum + value, 0) % 9973;
  for (const key of keys) {
    const pollutant = pollutantOf(key) as Pollutant;
    const value = record[key] as number;
    if (value < 0 || value > USUAL[pollutant][1] * 1.5) {
      let moved = like(value, into(value + salt, USUAL[pollutant]));
      // never another field's number (`no2: 25, pm10: 25` reads as one placeholder)
      while (Object.entries(record).some(([other, entry]) => other !== key && entry === moved)) moved += 1;
      record[key] = moved;
    }
    levels[pollutant] = record[key] as number;
  }
  const [fine, coarse] = [keys.find((key) => pollutantOf(key) === 'pm25'), keys.find((key) => pollutantOf(key) === 'pm10')];
  if (fine !== undefined && coarse !== undefined && (record[coarse] as number) < (record[fine] as number)) {
    record[coarse] = like(record[coarse] as number, (record[fine] as number) * 1.4);
    levels.pm10 = record[coarse] as number;
  }
  const index = Object.keys(record).find((key) => US_AQI.test(key.toLowerCase().replace(/[^a-z]/g, '')) && num(record[key]));
  if (index !== undefined) record[index] = usAqi(levels);
}
