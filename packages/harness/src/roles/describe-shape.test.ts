import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { garbledAnswer } from '../run/checks/answer-garble.js';
import { reviewedCall } from '../../../../test/support/reviewed-calls.js';
import { describeResult } from './describe-result.js';

/** The answer for one call, and what the answer check says of it. */
function answered(tool: string, args: Record<string, unknown>, data: unknown, request?: string) {
  const text = describeResult(outcome(tool, args, data, undefined, request));
  return { text, garbled: garbledAnswer(text, [reviewedCall(tool, args, data)]) };
}

describe('answers describe a result by its shape', () => {
  it('one record of text fields is one record, never a count of its fields', () => {
    const category = answered(
      'get_categories_id',
      { id: '1455053' },
      { data: { attributes: { name: 'Restaurants & Cafes' }, id: '1455053', links: { self: 'https://x.test/c' }, type: 'general' } },
    );
    expect(category.text).toBe('Category 1455053 is Restaurants & Cafes.');
    expect(category.garbled).toBeUndefined();
    const webhook = answered(
      'get_webhooks_id',
      { id: 'ea5b' },
      {
        data: {
          attributes: { createdAt: '2025-12-16T16:25:00Z', description: 'Linked to three other records.', url: 'https://x.test/w' },
          id: 'ea5b',
        },
      },
    );
    expect(webhook.text).not.toMatch(/There are|\((id|createdAt|url)\)/);
    expect(webhook.text).toMatch(/Linked to three other records/);
    // a table of labels by code is still told as its entries
    expect(describeResult(outcome('get_regions', {}, { regions: { au: 'Australia', de: 'Germany' } }))).toBe(
      'There are 2 regions: Australia (au) and Germany (de).',
    );
  });

  it("a list is named by its items' kind, never by its container or the tool's verb", () => {
    const watch = answered('add_to_watchlist', { stock: 'GOOGL' }, { watchlist: ['AAPL', 'NVDA', 'GOOGL'] });
    expect(watch.text).toMatch(/\b3 stocks\b.*: AAPL, NVDA and GOOGL\.$/);
    const plain = answered('get_watchlist', {}, { watchlist: ['AAPL', 'NVDA'] });
    expect(plain.text).toMatch(/2 watch list entries/);
    expect(plain.garbled).toBeUndefined();
    const orders = answered('get_order_history', {}, { order_history: [72, 21, 86] });
    expect(orders.text).toMatch(/3 orders: 72, 21 and 86/);
    expect(orders.garbled).toBeUndefined();
    const inbox = answered(
      'post_messages_inbox',
      { limit: 10 },
      { items: [{ id: '5848639', content: 'The report is ready.', status: 'DELIVERED' }] },
      'Show me the unread uncoming messages for limit 10.',
    );
    expect(inbox.text).toMatch(/one message/i);
    expect(inbox.garbled).toBeUndefined();
    const found = answered(
      'book_find',
      { author: 'Margaret Atwood' },
      { items: [{ id: '1', title: "The Handmaid's Tale", author: 'Margaret Atwood', year: 1985 }] },
    );
    expect(found.text).toMatch(/one book\b/i);
    expect(found.text).not.toMatch(/book find/);
    const episodes = answered(
      'get_playlist_by_id',
      { id: 'm5vm' },
      { id: 'm5vm', name: 'History Favourites', items: [{ id: 73427, notes: 'A good one.', type: 'episode' }] },
    );
    expect(episodes.text).toMatch(/one episode/);
  });

  it("a field under the tool's own noun is what the tool worked out for the thing sent", () => {
    const structure = answered('analyze_structure', { building_id: '30978', floors: [27] }, { building_id: '30978', structure: 55.87 });
    expect(structure.text).toBe('The structure analysis of building 30978 gives 55.87.');
    expect(structure.garbled).toBeUndefined();
  });

  it('a part changed is told on its owner: the contact of a booking, the category of a transaction', () => {
    const contact = answered(
      'update_booking_contact',
      { bookingId: '9361597', bookingContact: { firstName: 'Heloise' } },
      { bookingId: '9361597', status: 'ACCEPTED', hotelConfirmationCode: '04M3995' },
    );
    expect(contact.text).toMatch(/^I updated the contact of booking 9361597\./);
    expect(contact.garbled).toBeUndefined();
    const category = answered(
      'patch_transactions_transaction_id_relationships_category',
      { transactionId: '2f73', data: { id: '8290884', type: 'credit' } },
      { id: '4014847', transactionId: '2f73', amount: 31.2, currency: 'USD', status: 'pending' },
    );
    expect(category.text).toMatch(/^I updated the category of transaction 2f73\./);
    const tags = answered(
      'post_transactions_transaction_id_relationships_tags',
      { transactionId: 'acde' },
      { id: '8299733', amount: 443.8 },
    );
    expect(tags.text).toMatch(/^I added tags to transaction acde\./);
    // a record changed by its own id keeps its noun
    expect(describeResult(outcome('update_booking', { bookingId: '9361597' }, { bookingId: '9361597', status: 'ACCEPTED' }))).toMatch(
      /^I updated booking 9361597\b/,
    );
  });
});

describe('a made thing is named by the whole noun the request gives it', () => {
  it('an end-user agreement, never "the end"', () => {
    const made = describeResult(
      outcome(
        'create_eua_v2',
        { institution_id: '6713606', max_historical_days: 9 },
        { id: '709107fc-69da-4273-8949-40833b694345', institution_id: '6713606', max_historical_days: 9, accepted: '2025-08-29T12:35:00Z' },
        undefined,
        'Can you create an end-user agreement with access valid for 28 days?',
      ),
    );
    expect(made).toMatch(/created the end-user agreement 709107fc/);
    const receipt = describeResult(
      outcome('quittung_create', { amount: 12 }, { id: '2649885', amount: 12 }, undefined, 'Please create a receipt with amount 12.'),
    );
    expect(receipt).toMatch(/created the receipt 2649885/);
  });
});

describe('a record is named by what it is', () => {
  it('an order asked for by its id is that order, never the ticker it trades', () => {
    const order = describeResult(
      outcome(
        'get_order_details',
        { order_id: 93827 },
        { id: 93827, order_type: 'Buy', symbol: 'TSLA', price: 95.18, amount: 61, status: 'Open' },
      ),
    );
    expect(order).toMatch(/order 93827/);
    expect(order).toMatch(/TSLA/);
    expect(order).not.toMatch(/^TSLA is open/);
    // a stock looked up by its symbol is named by it
    expect(describeResult(outcome('get_stock_info', { symbol: 'TSLA' }, { symbol: 'TSLA', price: 95.18, volume: 1.2 }))).toMatch(/TSLA/);
  });
});

describe('a kind the call filtered by', () => {
  it('is no noun of the items', () => {
    const lots = describeResult(
      outcome(
        'parking_lot_find_nearest',
        { location: 'Central Park, NY', type: 'street' },
        {
          items: [
            { id: '7655280', name: 'Amsterdam', type: 'street' },
            { id: '3118411', name: 'Tokyo', type: 'street' },
          ],
        },
      ),
    );
    expect(lots).not.toMatch(/streets/);
  });
});
