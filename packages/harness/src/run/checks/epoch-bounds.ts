/**
 * A bound of numbers sent as an epoch timestamp (`arguments_plausible`): `find_prime_numbers({"end":
 * 1753047000})` for "The end of the number range". A `start`/`end` (`from`, `to`, `min`, `max`…) is a
 * time only when its description, its format or its tool speaks of time; otherwise a value the size of a
 * timestamp (a billion or more) is no number a person asks about.
 */
import type { OfferedTool, ReviewedCall } from './conversation.js';

const BARE_BOUND = /^(start|end|begin|stop|since|until|from|to|min|max|lower|upper)$/i;
const TIME_WORDS =
  /\b(dates?|times?|timestamps?|epoch|unix|posix|moments?|when|days?|hours?|minutes?|seconds?|milli(second)?s?|years?|months?|weeks?|period|datetime|utc|schedule|calendar|events?|logs?|history|historical)\b/i;

/** The bounds of `call` that hold an epoch-sized number where nothing says the bound is a time. */
export function epochBounds(call: ReviewedCall, tool: OfferedTool | undefined): string[] {
  if (typeof call.arguments !== 'object' || tool === undefined) return [];
  const properties = (tool.parameters['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  if (TIME_WORDS.test(tool.description ?? '')) return [];
  return Object.entries(call.arguments).flatMap(([name, value]) => {
    const schema = properties[name] ?? {};
    const said = `${String(schema['description'] ?? '')} ${String(schema['format'] ?? '')}`;
    if (!BARE_BOUND.test(name) || typeof value !== 'number' || Math.abs(value) < 1e9 || TIME_WORDS.test(said)) return [];
    return [`${call.chatName}.${name}: ${value} is an epoch timestamp, but the ${name} bounds no time ("${said.trim()}")`];
  });
}
