import { describe, expect, it } from 'vitest';
import { realRates } from './world-rates.js';
import { coherentArguments } from './values/known-facts.js';
import { sentimentOf, sentimentOfText } from './world-sentiment.js';

describe('realRates', () => {
  it('an exchange rate between known currencies is the approximate real one, and the converted amount follows it', () => {
    const value: Record<string, unknown> = { exchange_rate: 0.95, source_currency: 'HUF', target_currency: 'MWK' };
    realRates(value, { source_currency: 'HUF', target_currency: 'MWK' }, 'latest_exchange_rate');
    expect(value['exchange_rate']).toBeGreaterThan(4.5);
    expect(value['exchange_rate']).toBeLessThan(5.5);
    const converted: Record<string, unknown> = { amount: 100, rate: 17.7, converted_amount: 1770 };
    realRates(converted, { from: 'USD', to: 'EGP', amount: 100 }, 'convert_currency');
    expect(converted).toEqual({ amount: 100, rate: 49.6, converted_amount: 4960 });
  });

  it("a large company's share prices sit near its real one, scaled together; other prices are left alone", () => {
    const quote: Record<string, unknown> = { open: 300, close: 318.23 };
    realRates(quote, { company: 'Walmart', days: 6 }, 'stock_forecast');
    expect(quote['open']).toBeGreaterThan(85);
    expect(quote['close']).toBeLessThan(115);
    expect((quote['close'] as number) / (quote['open'] as number)).toBeCloseTo(318.23 / 300, 2);
    const grocery: Record<string, unknown> = { price: 3.2 };
    realRates(grocery, { name: 'Apple' }, 'grocery_price');
    expect(grocery).toEqual({ price: 3.2 });
  });
});

describe('sentimentOfText', () => {
  it('a label agrees with the words, the clause after "yet" weighing more', () => {
    expect(sentimentOf('The movie started slowly, yet the ending made the whole evening worth it.')).toBe('positive');
    expect(sentimentOf('The hotel staff were friendly, but the room was smaller than the photos suggested.')).toBe('negative');
    expect(sentimentOf('The meeting is at noon.')).toBe('neutral');
    const value: Record<string, unknown> = { sentiment: 'negative', confidence: 0.87 };
    sentimentOfText(value, { text: 'I absolutely loved the new album; every track is better than the last.' });
    expect(value['sentiment']).toBe('positive');
  });
});

describe('listed prices', () => {
  it("a record's prices sit near the real price of the company its symbol names; near ones and sent ones stay", () => {
    const order: Record<string, unknown> = { id: 91026, order_type: 'Sell', symbol: 'KO', price: 327.65, amount: 469 };
    realRates(order, { order_id: 91026 }, 'get_order_details');
    expect(order['price']).toBeGreaterThan(60);
    expect(order['price']).toBeLessThan(80);
    expect(order['amount']).toBe(469);
    const near: Record<string, unknown> = { symbol: 'AMZN', price: 276.42 };
    realRates(near, { order_id: 93827 }, 'get_order_details');
    expect(near['price']).toBe(276.42);
    const placed: Record<string, unknown> = { symbol: 'META', price: 115.23 };
    realRates(placed, { symbol: 'META', price: 115.23 }, 'place_order');
    expect(placed['price']).toBe(115.23);
  });
});

describe('listed arguments', () => {
  it('a price sent for a large company sits near its real share price; a near one and other calls stay', () => {
    const placed = coherentArguments({ order_type: 'Buy', symbol: 'META', price: 115.23, amount: 382 });
    expect(placed.price).toBeGreaterThan(640);
    expect(placed.price).toBeLessThan(760);
    expect(placed.amount).toBe(382);
    const near = { symbol: 'NVDA', price: 181.5 };
    expect(coherentArguments(near)).toBe(near);
    const other = { item: 'Widget', price: 3.2 };
    expect(coherentArguments(other)).toBe(other);
  });
});
