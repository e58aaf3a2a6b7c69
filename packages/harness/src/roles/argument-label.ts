/** A call's arguments said as what it was about: numbered operands together ("20 and 50"), an amount with its unit ("81.63 °C"). */
import { argumentWords, namedArgument, nameable, type CallOutcome } from './call-outcome.js';
import { formatValue, listing } from './format-value.js';
import { quantityArgument, unitAmount } from './record-units.js';
import { sayableKey } from './key-words.js';

/** Paging and size arguments: they set how much came back, not what it is about. */
export const PAGING =
  /^(count|limit|max_?(?:results|items|records|count)|page|per_?page|size|offset|cursor|from|start|facets|format|sort|order|units?|lang|language)$/i;

const NUMBERED = /^([a-z]+?)_?(\d)$/i;

/** Operands sent under one stem and a number (`num1`, `num2`), said together by their values: "20 and 50". */
export function operandsSaid(args: Record<string, unknown>): string | undefined {
  const stemOf = (key: string) => NUMBERED.exec(key)?.[1]?.toLowerCase();
  const stems = Object.keys(args).map(stemOf);
  const stem = stems.find((found) => found !== undefined && stems.filter((other) => other === found).length >= 2);
  if (stem === undefined) return undefined;
  const values = Object.entries(args)
    .filter(([key]) => stemOf(key) === stem)
    .map(([, value]) => value);
  if (!values.every((value) => typeof value === 'number')) return undefined;
  return listing(values.map((value) => formatValue(value) as string));
}

/** One argument as a user names it: "81.63 °C", "a weight of 3", "team Philadelphia Eagles"; undefined for a value with no words. */
export function argumentSaid(key: string, value: unknown): string | undefined {
  if (!nameable(value) || PAGING.test(key) || !/[a-z]{2}/i.test(key)) return undefined;
  const text = formatValue(value) ?? String(value);
  const words = sayableKey(key) ?? argumentWords(key);
  const amount = typeof value === 'number' ? (unitAmount(key, text) ?? quantityArgument(words, text)) : undefined;
  return amount ?? namedArgument(words, text);
}

/**
 * The label of a call of a turn that its sayable inputs do not set apart from the `others`: its numbered operands
 * ("For 20 and 50"), the arguments whose values differ ("For 81.63 °C"), or one it goes without ("Without the team").
 */
export function looseLabel(outcome: CallOutcome, others: CallOutcome[]): string | undefined {
  const operands = operandsSaid(outcome.arguments);
  const twin = others.some((other) => other.tool === outcome.tool && operandsSaid(other.arguments) === operands);
  if (operands !== undefined && !twin) return `For ${operands}`;
  const said = Object.entries(outcome.arguments)
    .filter(([key, value]) => !NUMBERED.test(key) && others.some((other) => JSON.stringify(other.arguments[key]) !== JSON.stringify(value)))
    .map(([key, value]) => argumentSaid(key, value))
    .filter((text): text is string => text !== undefined);
  if (said.length > 0) return `For ${listing(said.slice(0, 2))}`;
  const lacking = others
    .filter((other) => other.tool === outcome.tool)
    .flatMap((other) => Object.keys(other.arguments))
    .find((key) => !(key in outcome.arguments) && !PAGING.test(key) && /^[a-z][a-z_ ]*$/i.test(key));
  return lacking === undefined ? undefined : `Without the ${argumentWords(lacking)}`;
}
