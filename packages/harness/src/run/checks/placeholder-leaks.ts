import { placeholderText } from '@inftool/core';
import type { ReviewedCall } from './conversation.js';

/**
 * Placeholder text used as data (`packages/core/src/util/placeholder-text.ts`): a spec's sample
 * (`hello@example.com`, "Your super awesome message", `12 Sample Avenue`, "A photo of an object") or a
 * stand-in (`string`, `foo`) in a call's arguments or its result, and coordinates written as a
 * description's example with hemisphere letters (`"lat": "23.5S"`), and faker's US addresses given a
 * city abroad (`1697 Hillard Park, Cape Town, Western Cape 56603`). A value the schema itself allows
 * by name (an `enum` member) is the API's own word and never flagged.
 */

const COORDINATE_FIELD = /^(lat|lon|lng|long|latitude|longitude)$/i;
const HEMISPHERE_COORDINATE = /^\s*\d+(\.\d+)?\s*°?\s*[NSEW]\s*$/i;

/** Cities outside the US whose addresses carry no US state and five-digit ZIP. */
const NON_US_CITIES =
  'London|Manchester|Paris|Lyon|Berlin|Munich|Madrid|Barcelona|Rome|Milan|Amsterdam|Dublin|Lisbon|Stockholm|Zurich|Vienna|Tokyo|Osaka|Seoul|Singapore|Sydney|Melbourne|Mumbai|Bangalore|São Paulo|Mexico City|Buenos Aires|Cape Town|Dubai|Toronto|Vancouver';
/** A US-style tail (`, Cape Town, Western Cape 56603`): a faker address with a foreign city's label. */
const US_TAIL_ABROAD = new RegExp(`, (${NON_US_CITIES}), [^,\\d]+ \\d{5}$`);

/** Why the string `value` under `key` is no data, or undefined. */
export function placeholderLeak(key: string, value: string): string | undefined {
  if (COORDINATE_FIELD.test(key) && HEMISPHERE_COORDINATE.test(value)) return `"${value}" is a spec's example coordinate, not a point`;
  const abroad = US_TAIL_ABROAD.exec(value);
  if (abroad !== null) return `"${value}" is a US-style address (state and ZIP) in ${abroad[1]}`;
  return placeholderText(value, key);
}

/** Each leak in `value`, as `path: reason` (at most one per distinct text, so a list of copies reads once). */
function leaks(value: unknown, allowed: ReadonlySet<string>): string[] {
  const found = new Map<string, string>();
  const walk = (node: unknown, key: string): void => {
    if (Array.isArray(node)) for (const item of node) walk(item, key);
    else if (typeof node === 'object' && node !== null) for (const [child, item] of Object.entries(node)) walk(item, child);
    else if (typeof node === 'string' && !allowed.has(node) && !found.has(node)) {
      const reason = placeholderLeak(key, node);
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
