/**
 * Fields of a result that must mean their slot: a meal's label says the meal its type names (a
 * rate component typed `LUNCH` is "Lunch", never "breakfast"), and a percent stays within 0–100 (a
 * weather record's `pop`, a `humidity`, a `…_percent`; a change, a growth or a return may pass 100).
 * Works in place.
 */
import { isJsonObject, squashKey } from '@inftool/core';

type Json = Record<string, unknown>;

const MEAL = /\b(breakfast|brunch|lunch|dinner|supper|snack)\b/i;
const TYPE_KEY = /^(type|mealtype|category|course)$/;
const LABEL_KEY = /^(formatted|name|label|title|meal|mealname|displayname)$/;
const PERCENT =
  /^(percent|percentage|pct|humidity|relativehumidity|rh|cloudcover|cloudiness|chanceofrain|chanceofprecipitation|precipprobability|precipitationprobability)$|percent(age)?$/;
const SIGNED = /(change|growth|increase|decrease|diff|delta|return|gain|loss|deviation|variance)/;
const WEATHER = /^(temp|temperature|maxtemp|mintemp|precip|precipitation|rh|humidity|clouds|dewpt|dewpoint)$/;

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** A label naming another meal than the record's type, said as the type's meal. */
function mealLabels(record: Json): void {
  const typed = Object.entries(record).find(([key, value]) => TYPE_KEY.test(squashKey(key)) && typeof value === 'string');
  const meal = typed === undefined ? undefined : MEAL.exec(typed[1] as string)?.[1];
  if (meal === undefined) return;
  for (const [key, value] of Object.entries(record)) {
    if (!LABEL_KEY.test(squashKey(key)) || typeof value !== 'string') continue;
    const said = MEAL.exec(value)?.[1];
    if (said !== undefined && said.toLowerCase() !== meal.toLowerCase()) record[key] = capitalised(meal);
  }
}

/** A percent past 100 (or below 0) mirrored into 0–100, whole numbers kept whole. */
function percents(record: Json): void {
  const weather = Object.keys(record).some((key) => WEATHER.test(squashKey(key)));
  for (const [key, value] of Object.entries(record)) {
    const name = squashKey(key);
    if (typeof value !== 'number' || !Number.isFinite(value) || (value >= 0 && value <= 100)) continue;
    if (!((PERCENT.test(name) && !SIGNED.test(name)) || (weather && name === 'pop'))) continue;
    const mirrored = Math.min(100, Math.max(0, value > 100 ? 200 - value : -value));
    record[key] = Number.isInteger(value) ? Math.round(mirrored) : Number(mirrored.toFixed(2));
  }
}

/** Every record of `value` with its meals and percents made to mean their slots (see the file's comment). */
export function meaningfulFields(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(meaningfulFields);
  if (!isJsonObject(value)) return;
  mealLabels(value);
  percents(value);
  Object.values(value).forEach(meaningfulFields);
}
