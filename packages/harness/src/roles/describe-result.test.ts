import { describe, expect, it } from 'vitest';
import { describeResult, describeTurn, type CallOutcome } from './describe-result.js';
import { cannotText } from './irrelevance-answer.js';
import type { Task } from '@inftool/core';

const outcome = (tool: string, args: Record<string, unknown>, result: unknown, description?: string): CallOutcome => ({
  tool,
  arguments: args,
  result: typeof result === 'string' ? result : JSON.stringify(result),
  isError: false,
  ...(description ? { description } : {}),
});
/** No raw JSON in prose: no `{"`, `":`, `[{`. */
const noJson = (text: string) => expect(text).not.toMatch(/\{"|":|\[\{/);

describe('describeResult: a result in prose', () => {
  it('a list: the count and the first item by its name, with a salient value', () => {
    const text = describeResult(
      outcome('search_flights', { origin: 'CDG', destination: 'JFK' }, { flights: [{ flight_number: 'AF 22', name: 'AF 22', price: 412.5, currency: 'USD' }, { flight_number: 'DL 405', name: 'DL 405', price: 530, currency: 'USD' }, { flight_number: 'BA 178', name: 'BA 178', price: 610, currency: 'USD' }] }),
    );
    expect(text).toBe('I found 3 flights; the first is AF 22 (the price is 412.50 USD).');
  });

  it('an empty list says nothing was found', () => {
    expect(describeResult(outcome('list_orders', {}, { orders: [] }))).toBe('I found no orders for that request.');
  });

  it('a read: the record by its name, keys in words, units with amounts, bookkeeping and echoes left out', () => {
    const text = describeResult(
      outcome('fetch_fax', { Sid: 'FX0a1b' }, { sid: 'FX0a1b', status: 'delivered', num_pages: 3, price: 0.07, price_unit: 'USD', url: 'https://api.example.com/Faxes/FX0a1b', date_created: '2025-03-01T10:00:00Z', isActive: false }),
    );
    expect(text).toBe('For the fax FX0a1b: the number of pages is 3, the price is 0.07 USD and it is not active.');
    noJson(text);
  });

  it('a computed value', () => {
    expect(describeResult(outcome('convert_currency', { amount: 100, from: 'USD', to: 'EUR' }, { converted_amount: 92, rate: 0.92 }))).toBe('The converted amount is 92 and the rate is 0.92.');
  });

  it('a delete with an empty body names what was removed; a cancel says cancelled', () => {
    expect(describeResult(outcome('delete_fax', { Sid: 'FX0a1b' }, ''))).toBe('Fax FX0a1b was deleted.');
    expect(describeResult(outcome('cancel_order', { order_id: 'ord_8f3k2a91' }, { status: 'cancelled' }))).toBe('Order ord_8f3k2a91 was cancelled (status: cancelled).');
  });

  it('a create names the new record and its status', () => {
    expect(describeResult(outcome('create_order', { product_id: 'p_1', quantity: 2 }, { order_id: 'ord_8f3k2a91', status: 'pending', total: 39.98, currency: 'EUR' }))).toBe('I created the order ord_8f3k2a91 (status: pending). The total is 39.98 EUR.');
  });

  it('an error is said plainly, with a verb phrase from the description', () => {
    const text = describeResult({ tool: 'get_order', description: 'Get an order by its id.', arguments: { order_id: 'x' }, result: '404 Not Found: order "x" does not exist', isError: true });
    expect(text).toBe('I could not get an order by its id: the service answered "404 Not Found: order "x" does not exist".');
  });

  it('never cuts inside a value: long strings are left out, not truncated', () => {
    const long = 'word '.repeat(60).trim();
    const text = describeResult(outcome('get_article', { id: 'a1' }, { title: 'Budget 2025', body: long, word_count: 60 }));
    expect(text).toBe('For the article Budget 2025: the word count is 60.');
  });

  it('plain text results are quoted whole up to a word boundary', () => {
    expect(describeResult(outcome('ping', {}, 'pong'))).toBe('The service says: pong');
  });

  it('several calls are summed up first, one sentence each', () => {
    const text = describeTurn([outcome('get_current_weather', { city: 'Lyon' }, { city: 'Lyon', temperature: 18.5, conditions: 'light rain' }), outcome('get_timezone', { city: 'Lyon' }, { timezone: 'Europe/Paris', utc_offset: '+01:00' })]);
    expect(text).toBe('Both requests went through. The temperature is 18.5 and the conditions is light rain. The timezone is Europe/Paris and the utc offset is +01:00.');
  });
});

describe('cannotText: an irrelevance answer', () => {
  it('says what the offered tools can do and what none of them can', () => {
    const task = { tools: ['check_drug_interactions', 'list_pharmacies'], known: { 'refill_prescription.prescription_id': 'rx_1' } } as unknown as Task;
    const text = cannotText(task, [
      { name: 'check_drug_interactions', description: 'Look up drug interactions.', parameters: {} },
      { name: 'list_pharmacies', description: 'List pharmacies near a location.', parameters: {} },
    ]);
    expect(text).toBe('I can look up drug interactions and list pharmacies near a location, but none of my tools can refill prescription, so I cannot do that for you here.');
  });
});
