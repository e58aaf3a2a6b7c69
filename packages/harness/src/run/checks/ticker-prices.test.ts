import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';
import { farTickerPrices } from './ticker-prices.js';

describe('farTickerPrices', () => {
  it('rejects an order whose symbol trades far from its price; passes one near it, and a sent limit', () => {
    const order = { id: 91026, order_type: 'Sell', symbol: 'KO', price: 327.65, amount: 469 };
    expect(farTickerPrices(reviewedCall('get_order_details', { order_id: 91026 }, order))).toEqual([
      'get_order_details: KO price 327.65 USD, far from its price near 70 USD',
    ]);
    const fitted = { ...order, price: 68.42 };
    expect(farTickerPrices(reviewedCall('get_order_details', { order_id: 91026 }, fitted))).toEqual([]);
    const placed = { symbol: 'META', price: 250.71, status: 'Open' };
    expect(farTickerPrices(reviewedCall('place_order', { symbol: 'META', price: 250.71 }, placed))).toEqual([]);
  });
});
