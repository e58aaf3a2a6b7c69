/** What a call computes, by the words of its tool's name: the formulas tried in order. */
import { cookingTime, tripEmissions } from './compute-quantities.js';
import { twoSampleTTest } from './compute-statistics.js';
import { binary, logarithm, polynomialDerivative, roundNumber, winnerOf } from './compute-symbolic.js';
import { type Json, round, numbers, type Formula } from './compute-args.js';
import { currency } from './compute-currency.js';
import { FINANCE_FORMULAS } from './compute-formulas-finance.js';
import { GEOMETRY_FORMULAS } from './compute-formulas-geometry.js';
import { PHYSICS_FORMULAS } from './compute-formulas-physics.js';
import { units } from './compute-units.js';

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
  ...GEOMETRY_FORMULAS,
  ...FINANCE_FORMULAS,
  ...PHYSICS_FORMULAS,
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
