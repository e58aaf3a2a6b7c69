import { describe, expect, it } from 'vitest';
import { garbledAnswer } from './answer-garble.js';
import { shapeAnswer } from './answer-shape.js';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';

describe('shapeAnswer', () => {
  it("one record's fields listed as entries; a table of labels by code is entries", () => {
    const category = call(
      'get_categories_id',
      { id: '1455053' },
      { data: { attributes: { name: 'Restaurants & Cafes' }, id: '1455053', type: 'general' } },
    );
    expect(garbledAnswer('There are 2 records: 1455053 (id) and Restaurants & Cafes (name).', [category])).toMatch(/one record's fields/);
    expect(shapeAnswer('Category 1455053 is Restaurants & Cafes.', [category])).toBeUndefined();
    const accounts = call('get_account', { id: 'a1' }, { cashAccountType: 'business', currency: 'EUR', ownerName: 'Ann Lee' });
    expect(shapeAnswer('There are 3 accounts: business (cashAccountType), EUR (currency) and Ann Lee (ownerName).', [accounts])).toMatch(
      /one record's fields/,
    );
    const regions = call('get_regions', {}, { regions: { au: 'Australia', de: 'Germany' } });
    expect(shapeAnswer('There are 2 regions: Australia (au) and Germany (de).', [regions])).toBeUndefined();
  });

  it('a list counted by its container, never by what it holds', () => {
    const watchlist = call('get_watchlist', {}, { watchlist: ['AAPL', 'NVDA', 'MSFT', 'GOOGL'] });
    expect(shapeAnswer('These 4 watch lists came back: AAPL, NVDA, MSFT and GOOGL.', [watchlist])).toMatch(/container/);
    expect(shapeAnswer('These 4 watch list entries came back: AAPL, NVDA, MSFT and GOOGL.', [watchlist])).toBeUndefined();
    const history = call('get_order_history', {}, { order_history: [72, 21, 86] });
    expect(shapeAnswer('Here are the 3 order history records: 72, 21 and 86.', [history])).toMatch(/container/);
    expect(shapeAnswer('Here are the 3 orders: 72, 21 and 86.', [history])).toBeUndefined();
    const inbox = call('post_messages_inbox', { limit: 10 }, { items: [{ id: '5848639', content: 'The report is ready.' }] });
    expect(shapeAnswer('One inbox matches (ID 5848639).', [inbox])).toMatch(/container/);
    expect(shapeAnswer('One message matches (ID 5848639).', [inbox])).toBeUndefined();
  });

  it("the tool's verb counted as a thing", () => {
    const books = call('book_find', { author: 'Margaret Atwood' }, { items: [{ title: "The Handmaid's Tale" }] });
    expect(shapeAnswer('For library requests: there is one book find.', [books])).toMatch(/verb/);
    expect(shapeAnswer('There is one book: The Handmaid’s Tale.', [books])).toBeUndefined();
  });

  it('a field named after its record', () => {
    const structure = call('analyze_structure', { building_id: '30978' }, { building_id: '30978', structure: 55.87 });
    expect(shapeAnswer('The structure 30978 has a structure of 55.87.', [structure])).toMatch(/field after its record/);
    expect(shapeAnswer('The structure analysis of building 30978 gives 55.87.', [structure])).toBeUndefined();
  });

  it("a change of a record's part said of the part by the owner's id", () => {
    const contact = call(
      'update_booking_contact',
      { bookingId: '9361597', bookingContact: { firstName: 'Heloise' } },
      { status: 'ACCEPTED' },
    );
    expect(shapeAnswer('I updated contact 9361597. It is accepted.', [contact])).toMatch(/changed part/);
    expect(shapeAnswer('I updated the contact of booking 9361597. It is accepted.', [contact])).toBeUndefined();
    const category = call(
      'patch_transactions_transaction_id_relationships_category',
      { transactionId: '2f73', data: { id: '8290884' } },
      { id: '4014847', amount: 31.2 },
    );
    expect(shapeAnswer('I updated category 4014847. It is pending.', [category])).toMatch(/changed part/);
    const booking = call('update_booking', { bookingId: '9361597' }, { status: 'ACCEPTED' });
    expect(shapeAnswer('I updated booking 9361597. It is accepted.', [booking])).toBeUndefined();
  });
});

describe('shapeAnswer on lists of containers', () => {
  it('a list of the containers themselves is counted by them', () => {
    const playlists = call('get_playlists', {}, { playlists: [{ id: 'm1', name: 'My podcast playlist' }] });
    const playlist = call('get_playlist_by_id', { id: 'm5' }, { id: 'm5', items: [{ id: 73427, type: 'episode' }] });
    expect(shapeAnswer('I count one playlist. For History Favourites, I got back one episode.', [playlists, playlist])).toBeUndefined();
    expect(shapeAnswer('For History Favourites, I got back one playlist (ID 73427).', [playlist])).toMatch(/container/);
  });
});
