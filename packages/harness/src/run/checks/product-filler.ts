import { isProductWord, productText } from '@inftool/sim-server';
import type { Conversation, ReviewedCall } from './conversation.js';

/**
 * What a call's tool is about, as the product test reads it: the tool's names, its description and
 * the conversation's servers (`zalando_shop_api`, `walmart_item_api`) as text, the tool's names apart.
 */
export function toolContext(call: ReviewedCall, conversation: Pick<Conversation, 'tools' | 'task'>): { text: string; name: string } {
  return {
    text: [conversation.tools.get(call.chatName)?.description ?? '', ...conversation.task.servers].join(' '),
    name: `${call.chatName} ${call.name ?? ''}`,
  };
}

/** Fields that name or look up a thing, where a shop's product names stand (`name`, `title`, `query`, a map's keyed entries). */
const NAMING_KEY =
  /(name|title|label|product|item|article|model|query|^q$|term|keyword|search|suggest|text|value|description|category|^\d+$|^$)/i;

/**
 * Product names (`"poster": "yoga mat"`, a water system named `air purifier`) where neither the field
 * nor the tool deals in products, or in a shop's field that names nothing (a price's `formatted`, a
 * size rating's `CHEST`): the mark of a generator that filled a field it knew nothing about. A shop's
 * product names where it names things pass.
 */
export function productFiller(call: ReviewedCall, context: { text: string; name: string }): string[] {
  // in a shop a product may stand where things are named; never as a price's text or a size rating
  const shop = productText(context.text, context.name);
  const found: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (typeof value === 'object' && value !== null) for (const [child, item] of Object.entries(value)) walk(item, child);
    else if (typeof value === 'string' && isProductWord(value) && !productText('', key) && !(shop && NAMING_KEY.test(key)))
      found.push(`${key || 'value'}: "${value}" (a product in a field that is not about products)`);
  };
  walk(call.data, '');
  return found;
}
