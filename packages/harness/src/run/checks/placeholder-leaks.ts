import { placeholderText } from '@inftool/core';
import type { ReviewedCall } from './conversation.js';

/**
 * Placeholder text used as data (`packages/core/src/util/placeholder-text.ts`): a spec's sample
 * (`hello@example.com`, "Your super awesome message", `12 Sample Avenue`, "A photo of an object") or a
 * stand-in (`string`, `foo`) in a call's arguments or its result, and coordinates written as a
 * description's example with hemisphere letters (`"lat": "23.5S"`). A value the schema itself allows
 * by name (an `enum` member) is the API's own word and never flagged.
 */

const COORDINATE_FIELD = /^(lat|lon|lng|long|latitude|longitude)$/i;
const HEMISPHERE_COORDINATE = /^\s*\d+(\.\d+)?\s*°?\s*[NSEW]\s*$/i;

/** Why the string `value` under `key` is no data, or undefined. */
function leak(key: string, value: string): string | undefined {
  if (COORDINATE_FIELD.test(key) && HEMISPHERE_COORDINATE.test(value)) return `"${value}" is a spec's example coordinate, not a point`;
  return placeholderText(value);
}

/** Each leak in `value`, as `path: reason` (at most one per distinct text, so a list of copies reads once). */
function leaks(value: unknown, allowed: ReadonlySet<string>): string[] {
  const found = new Map<string, string>();
  const walk = (node: unknown, key: string): void => {
    if (Array.isArray(node)) for (const item of node) walk(item, key);
    else if (typeof node === 'object' && node !== null) for (const [child, item] of Object.entries(node)) walk(item, child);
    else if (typeof node === 'string' && !allowed.has(node) && !found.has(node)) {
      const reason = leak(key, node);
      if (reason !== undefined) found.set(node, `${key || 'value'}: ${reason}`);
    }
  };
  walk(value, '');
  return [...found.values()];
}

/** The `enum` members a parameter schema names, at any depth. */
function enumValues(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) enumValues(item, into);
  else if (typeof schema === 'object' && schema !== null)
    for (const [key, item] of Object.entries(schema))
      if (key === 'enum' && Array.isArray(item)) for (const member of item) into.add(String(member));
      else enumValues(item, into);
  return into;
}

/** Placeholder text in the arguments of `call` (`parameters`: the tool's input schema, whose enum members are exempt). */
export function placeholderArguments(call: ReviewedCall, parameters: unknown): string[] {
  if (call.rejected || typeof call.arguments !== 'object') return [];
  return leaks(call.arguments, enumValues(parameters)).map((problem) => `${call.chatName}.${problem}`);
}

/** Placeholder text in the result of `call`. */
export function placeholderResults(call: ReviewedCall): string[] {
  return leaks(call.data, new Set()).map((problem) => `${call.chatName}: ${problem}`);
}
