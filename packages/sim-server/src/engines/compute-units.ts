/** Unit conversions within a dimension (length, weight, volume, temperature...). */
import { type Json, round, numberArg, textArg } from './compute-args.js';

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

export function units(args: Json, words: string[] = []): Json | undefined {
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
