/**
 * A bound named as a moment (`start`, `end`, `begin`, `stop`) that is no time: "The start of the number
 * range" of `find_prime_numbers` is a number in the range its description and tool speak of, never an
 * epoch timestamp (`end: 1753047000`). Only the description, the format or the tool can make it a time.
 */
import type { ValueRequest } from './entities.js';
import type { Schema } from './schema-tools.js';

/** Names a time rule reads as a moment though people also bound numbers with them. */
const BARE_BOUND = /^(start|end|begin|stop|since|until|from|to|min|max|lower|upper)$/;
/** Words that make a bound a time. */
const TIME_WORDS =
  /\b(dates?|times?|timestamps?|epoch|unix|posix|moments?|when|day|days|hours?|minutes?|seconds?|milli(second)?s?|year|years|months?|weeks?|period|datetime|iso ?8601|utc|schedule|calendar|events?|logs?|history|historical)\b/i;
/** Words that make a bound a number: a range of numbers, a position, an index. */
const NUMBER_WORDS =
  /\b(numbers?|numeric|integers?|range of (?:numbers|integers|values)|number range|value range|positions?|index|indices|primes?|fibonacci|sequence|digits?|sum|squares?|factors?|multiples?)\b/i;

/** Whether the bound `request` names is a number, not a moment: its description or tool speaks of numbers, none of time. */
export function numericBound(request: ValueRequest, schema: Schema): boolean {
  if (!BARE_BOUND.test(request.snake)) return false;
  const description = String(schema['description'] ?? '');
  const format = String(schema['format'] ?? '');
  if (TIME_WORDS.test(description) || /date|time|epoch/i.test(format)) return false;
  if (NUMBER_WORDS.test(description)) return true;
  return NUMBER_WORDS.test(request.topic.text) && !TIME_WORDS.test(request.topic.text);
}

/** A lower bound is small and an upper one a few hundred to a few thousand: "primes between 10 and 2000". */
export function boundSense(request: ValueRequest): { typical: readonly number[]; decimals: number } {
  const low = /^(start|begin|since|from|min|lower)$/.test(request.snake);
  return low ? { typical: [0, 1, 2, 10, 50, 100], decimals: 0 } : { typical: [200, 500, 1000, 2000, 5000], decimals: 0 };
}
