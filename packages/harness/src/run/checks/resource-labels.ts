import { nameWords } from '@inftool/core';
import type { Conversation } from './conversation.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** JSON:API resource identifiers of an argument (`{"id": "6887727", "type": "categories"}`, or a list of them). */
function identifiers(value: unknown): Array<{ id: string; type: string }> {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item) || Object.keys(item).length !== 2) return [];
    const { id, type } = item as Record<string, unknown>;
    return (typeof id === 'string' || typeof id === 'number') && typeof type === 'string' ? [{ id: String(id), type }] : [];
  });
}

/**
 * A request that reads a JSON:API body out as its fields (docs/harness.md, `user_request`): "with data ID 6887727
 * and type categories". A person names the thing: "category 6887727".
 */
export function resourceLabels(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (typeof call.arguments !== 'object') continue;
    const text = conversation.turns[call.turn]?.user ?? '';
    for (const [name, value] of Object.entries(call.arguments))
      for (const { id, type } of identifiers(value)) {
        const label = nameWords(name).join(' ');
        const said = new RegExp(
          `\\b(?:${escape(label)} )?ID ${escape(id)}\\b.{0,40}?\\btype ${escape(type)}\\b|\\b${escape(label)} ID ${escape(id)}\\b`,
          'i',
        ).exec(text);
        if (said) problems.push(`turn ${call.turn + 1}: the request reads out the body's fields: "${said[0]}"`);
      }
  }
  return [...new Set(problems)];
}
