import type { ReviewedCall } from './conversation.js';

/**
 * Values that only say their field's name: an id holding its own noun (`"categoryId": "category"`), a
 * field of several words holding them (`"display_name": "display name"`). A one-word field may hold
 * its word as one of its values (`"justify": "justify"`); a value the call sent is the caller's.
 */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The scalar values a call sent, at any depth, squashed. */
function sentValues(call: ReviewedCall): Set<string> {
  const sent = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    else if (typeof value === 'string' || typeof value === 'number') sent.add(squash(String(value)));
  };
  walk(call.arguments);
  return sent;
}

export function restatedValues(call: ReviewedCall): string[] {
  const sent = sentValues(call);
  const found: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (typeof value === 'object' && value !== null) for (const [child, item] of Object.entries(value)) walk(item, child);
    else if (typeof value === 'string' && key !== '') {
      const said = squash(value);
      const field = squash(key);
      const stem = field.replace(/(id|ids|key|code|name)$/, '');
      const several = /[_\s-]|[a-z][A-Z]/.test(key);
      if (said !== '' && !sent.has(said) && ((said === field && several) || (stem !== field && said === stem)))
        found.push(`${key}: "${value}" (the field's own name as its value)`);
    }
  };
  walk(call.data, '');
  return found;
}
