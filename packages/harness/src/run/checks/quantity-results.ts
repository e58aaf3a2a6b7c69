import type { ReviewedCall } from './conversation.js';
import { implausibleScience } from './science-quantities.js';

type Json = Record<string, unknown>;

/** Kilograms per unit of a stated mass (kg when unsaid). */
const MASS: Array<[RegExp, number]> = [
  [/^(g|grams?)\b/i, 0.001],
  [/^(lbs?|pounds?)\b/i, 0.45359237],
  [/^(t|tonnes?|tons?|metric tons?)\b/i, 1000],
];
/** Minutes per unit of a stated duration (minutes when unsaid). */
const DURATION: Array<[RegExp, number]> = [
  [/^(s|sec|secs|seconds?)$/i, 1 / 60],
  [/^(h|hr|hrs|hours?)$/i, 60],
];
const factor = (unit: unknown, table: Array<[RegExp, number]>): number =>
  typeof unit === 'string' ? (table.find(([pattern]) => pattern.test(unit.trim()))?.[1] ?? 1) : 1;
const numberOf = (values: Json, pattern: RegExp): [string, number] | undefined =>
  Object.entries(values).find((entry): entry is [string, number] => pattern.test(entry[0]) && typeof entry[1] === 'number');

/**
 * Quantities a call's own numbers bound (`results_plausible`), by physics rather than the generator's
 * formulas: a car trip emits 0.05 to 1 kg of CO2 a mile (a 10-mile trip does not emit 85 kg); a roast
 * takes at least 10 minutes a kilogram and at most an hour plus two a kilogram (22.5 kg is not done in 13 seconds);
 * a genotype's frequency is its Hardy–Weinberg share, and a route's time fits its distance and mode (`science-quantities.ts`).
 */
export function implausibleQuantities(call: ReviewedCall): string[] {
  if (typeof call.data !== 'object' || call.data === null || Array.isArray(call.data) || typeof call.arguments !== 'object')
    return implausibleScience(call);
  const data = call.data as Json;
  const args = call.arguments;
  const problems: string[] = [];
  const emissions = numberOf(data, /^(emissions?|co2|co2_?emissions?|carbon_?emissions?)$/i);
  const distance = numberOf(args, /distance|miles/i);
  const fuel = Object.entries(args).find(([key, value]) => /fuel|vehicle/i.test(key) && typeof value === 'string')?.[1];
  if (emissions !== undefined && distance !== undefined && distance[1] > 0 && !/electric/i.test(String(fuel ?? ''))) {
    const miles = /km|kilomet/i.test(distance[0]) ? distance[1] / 1.609344 : distance[1];
    const perMile = (emissions[1] * factor(data['unit'], MASS)) / miles;
    if (perMile < 0.05 || perMile > 1)
      problems.push(
        `${call.chatName}: ${emissions[1]} ${String(data['unit'] ?? 'kg')} of CO2 over ${distance[1]} ${/km/i.test(distance[0]) ? 'km' : 'miles'}`,
      );
  }
  const time = numberOf(data, /^(cooking_?time|cook_?time|roasting_?time|time)$/i);
  const weight = numberOf(args, /^(weight|weight_?kg|mass|kg)$/i);
  if (time !== undefined && weight !== undefined && weight[1] > 0 && /cook|roast|bak/i.test(call.name ?? call.chatName)) {
    const minutes = time[1] * factor(data['unit'], DURATION);
    if (minutes < 10 * weight[1] || minutes > 60 + 120 * weight[1])
      problems.push(`${call.chatName}: ${weight[1]} kg cooked in ${time[1]} ${String(data['unit'] ?? 'minutes')}`);
  }
  return [...problems, ...implausibleScience(call)];
}
