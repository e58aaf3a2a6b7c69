import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { disagreeingListings, idleDurations, sharedParts } from './world-collections.js';
import { ignoredFilters } from './world-consistency.js';

const post = (key: string, kind = 'stories') => ({ key, kind, headline: `Post ${key}` });

describe('disagreeingListings (world_consistent (m))', () => {
  it('rejects two listings of one index that list different posts', () => {
    const latest = call(
      'posts_get_latest',
      { indexKind: 'home', indexKey: '6947379', postKind: 'stories', count: 5 },
      { items: [post('20250419-658983'), post('20250824-863862')] },
    );
    const keys = call(
      'posts_get_all_keys',
      { indexKind: 'home', indexKey: '6947379', count: 5 },
      {
        items: [{ key: '20250804-842019', value: 'Consultation opens' }],
      },
    );
    expect(disagreeingListings(conversationOf([latest, keys]))).toEqual([
      'posts_get_latest: lists "20250419-658983", "20250824-863862" of indexkey=6947379, which posts_get_all_keys lists in full without them',
    ]);
  });

  it('passes a filtered subset, another index and two pages of one', () => {
    const all = call(
      'posts_get_all_keys',
      { indexKind: 'home', indexKey: '1' },
      {
        items: [
          { key: 'k-100', value: 'a' },
          { key: 'k-200', value: 'b' },
        ],
      },
    );
    const subset = call('posts_get_latest', { indexKind: 'home', indexKey: '1', postKind: 'stories' }, { items: [post('k-200')] });
    const other = call('posts_get_latest', { indexKind: 'home', indexKey: '2' }, { items: [post('k-300')] });
    const limited = call('posts_get_all_keys', { indexKind: 'home', indexKey: '3', count: 1 }, { items: [{ key: 'k-400', value: 'c' }] });
    const next = call('posts_get_latest', { indexKind: 'home', indexKey: '3', count: 1, skip: 1 }, { items: [post('k-500')] });
    expect(disagreeingListings(conversationOf([all, subset, other, limited, next]))).toEqual([]);
  });

  it('rejects a page holding a record a complete listing of its collection left out', () => {
    const all = call('posts_get_all_keys', { indexKind: 'home', indexKey: '1' }, { items: [{ key: 'k-100', value: 'a' }] });
    const page = call('posts_get_latest', { indexKind: 'home', indexKey: '1', count: 1, skip: 1 }, { items: [post('k-900')] });
    expect(disagreeingListings(conversationOf([all, page]))).toHaveLength(1);
  });
});

describe('sharedParts (world_consistent (n))', () => {
  it('rejects a medium under two faxes and the media of one fax under two accounts', () => {
    const media = call(
      'list_fax_media',
      { FaxSid: 'FX111' },
      {
        media: [
          { sid: 'ME1', fax_sid: 'FX111', account_sid: 'AC1' },
          { sid: 'ME2', fax_sid: 'FX111', account_sid: 'AC2' },
        ],
      },
    );
    const fax = call('fetch_fax', { Sid: 'FX222' }, { sid: 'FX222', media_sid: 'ME1', account_sid: 'AC1' });
    expect(sharedParts(conversationOf([media, fax]))).toEqual([
      'list_fax_media: a media of fax FX111 is under account AC2, list_fax_media put fax FX111 under AC1',
      'fetch_fax: ME1 belongs to fax FX222, but list_fax_media has it under fax FX111',
    ]);
  });

  it('passes the media of one fax under its account, and orders that share a customer', () => {
    const fax = call('fetch_fax', { Sid: 'FX111' }, { sid: 'FX111', media_sid: 'ME1', account_sid: 'AC1' });
    const media = call('list_fax_media', { FaxSid: 'FX111' }, { media: [{ sid: 'ME1', fax_sid: 'FX111', account_sid: 'AC1' }] });
    const orders = call(
      'list_orders',
      {},
      {
        items: [
          { id: 'o-1', customer_id: 'cu-1' },
          { id: 'o-2', customer_id: 'cu-1' },
        ],
      },
    );
    expect(sharedParts(conversationOf([fax, media, orders]))).toEqual([]);
  });
});

describe('ignoredFilters: a kind filter named for the records', () => {
  it('rejects posts of another kind than postKind asks, not an indexKind nor postKind "default"', () => {
    const latest = call(
      'posts_get_latest',
      { indexKind: 'home', indexKey: '1', postKind: 'stories' },
      {
        items: [post('k-1', 'stories'), post('k-2', 'factsheets')],
      },
    );
    const any = call('posts_get_latest', { indexKind: 'home', indexKey: '1', postKind: 'default' }, { items: [post('k-3', 'releases')] });
    expect(ignoredFilters(conversationOf([latest, any]))).toEqual([
      'posts_get_latest: postKind="stories" but a record has postKind "factsheets"',
    ]);
  });
});

describe('ignoredFilters: a filter by a thing named for it', () => {
  it('passes a jurisdiction filter by number met by the id, and rejects a jurisdiction of another number', () => {
    const bill = (id: string, name: string) => ({ id: 'bil_1', title: 'An act', jurisdiction: { id, name, classification: 'state' } });
    const met = call('bills_search', { jurisdiction: '1825645' }, { results: [bill('1825645', 'North Carolina')] });
    const other = call('bills_search', { jurisdiction: '1825645' }, { results: [bill('7325730', 'Missouri')] });
    expect(ignoredFilters(conversationOf([met]))).toEqual([]);
    expect(ignoredFilters(conversationOf([other]))).toEqual([
      'bills_search: jurisdiction="1825645" but a record has jurisdiction name "Missouri"',
    ]);
  });
});

describe('idleDurations (world_consistent (o))', () => {
  it('rejects a fax never answered that lasted an hour, not a delivered one', () => {
    const faxes = call(
      'list_fax',
      {},
      {
        faxes: [
          { sid: 'FX1', status: 'no-answer', duration: 3600 },
          { sid: 'FX2', status: 'delivered', duration: 60 },
          { sid: 'FX3', status: 'queued', duration: 0 },
        ],
      },
    );
    expect(idleDurations(conversationOf([faxes]))).toEqual(['list_fax: FX1 has status "no-answer" but duration 3600']);
  });
  it("keeps a scheduled flight's planned duration", () => {
    const flight = { id: 'F1', flight_number: 'AF333', departure_time: '2025-12-29T21:00:00Z', status: 'scheduled', duration_minutes: 463 };
    expect(idleDurations(conversationOf([call('book_flight', {}, flight)]))).toEqual([]);
    const job = { id: 'J1', status: 'scheduled', duration_minutes: 463 };
    expect(idleDurations(conversationOf([call('run_job', {}, job)]))).toHaveLength(1);
  });
});
