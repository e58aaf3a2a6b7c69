import { eachObject, isJsonObject } from '@inftool/core';
import { PRICE_FIELD, tickerOf } from '@inftool/sim-server';
import type { ReviewedCall } from './conversation.js';

/**
 * Share prices of a record far from the real price of the large listed company its own `symbol` names
 * (`results_correct`): an order for KO at 327.65 USD when KO trades near 70. More than twice off either
 * way is wrong; a price the call sent (an order's limit) is the caller's and is not judged.
 */
const TOLERANCE = 2;

/** The prices of one call's result far from the real price of the company each record's symbol names. */
export function farTickerPrices(call: ReviewedCall): string[] {
  if (call.isError || call.data === undefined) return [];
  const sent = isJsonObject(call.arguments) ? call.arguments : {};
  const problems: string[] = [];
  eachObject(call.data, (record) => {
    const share = tickerOf(record);
    if (share === undefined) return;
    for (const [key, value] of Object.entries(record)) {
      if (!PRICE_FIELD.test(key) || typeof value !== 'number' || value <= 0 || sent[key] === value) continue;
      if (value / share.usd > TOLERANCE || share.usd / value > TOLERANCE)
        problems.push(`${call.chatName}: ${share.ticker} ${key} ${value} USD, far from its price near ${share.usd} USD`);
    }
  });
  return problems;
}
