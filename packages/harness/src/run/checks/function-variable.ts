/**
 * A function's variable the function does not use (`arguments_plausible`): `find_critical_points({"function":
 * "3*x**3 - 2*x + 1", "variable": "y"})`. A one-letter variable sent beside an expression must occur in it.
 */
import type { ReviewedCall } from './conversation.js';

const VARIABLE = /^(function_)?(variable|var)$/i;
const EXPRESSION = /^(function|func|equation|expression|polynomial|integrand)$/i;
/** Names of functions an expression calls, which are no variables: `sin(x)`, `exp(-x)`. */
const CALLED = /\b(sin|cos|tan|exp|log|ln|sqrt|abs|pi|e)\b/g;

/** The variables of `call` its expression does not use. */
export function unusedVariables(call: ReviewedCall): string[] {
  if (typeof call.arguments !== 'object') return [];
  const args = call.arguments as Record<string, unknown>;
  const expression = Object.entries(args).find(([name, value]) => EXPRESSION.test(name) && typeof value === 'string')?.[1] as
    string | undefined;
  if (expression === undefined) return [];
  const letters = new Set(expression.replace(CALLED, ' ').match(/[a-z]/gi) ?? []);
  return Object.entries(args).flatMap(([name, value]) =>
    VARIABLE.test(name) && typeof value === 'string' && /^[a-z]$/i.test(value) && letters.size > 0 && !letters.has(value)
      ? [`${call.chatName}.${name}: "${value}" is no variable of "${expression}"`]
      : [],
  );
}
