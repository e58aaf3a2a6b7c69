import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { echoedCutoffs } from './echoed-findings.js';
import { borrowedTexts, changedPlainLists, driftingLists, forgottenReads, strayPicks, unechoedParts } from './world-drift.js';

const document = (byline: string) => ({ byline, headline: 'Grants support community climate projects' });
const STAR_WARS = '<p>The Star Wars 7x7 Podcast is Rebel-rousing fun for everyday Jedi, between 7 and 14 minutes a day.</p>';

describe('driftingLists (world_consistent (p))', () => {
  it('rejects a post read with 1 document and later with 3', () => {
    const listed = call(
      'posts_get',
      { postKeys: ['20241214-688958'] },
      { items: [{ key: '20241214-688958', documents: [document('A')] }] },
    );
    const read = call(
      'posts_get_one',
      { key: '20241214-688958' },
      { key: '20241214-688958', documents: [1, 2, 3].map(() => document('A')) },
    );
    expect(driftingLists(conversationOf([listed, read]))).toEqual(['posts_get_one: 20241214-688958 has 3 documents, posts_get gave it 1']);
  });

  it('passes the same lists twice, a list changed by a write, and pages', () => {
    const listed = call('posts_get', { postKeys: ['k-100'] }, { items: [{ key: 'k-100', documents: [document('A')] }] });
    const again = call('posts_get_one', { key: 'k-100' }, { key: 'k-100', documents: [document('A')] });
    const edit = call('update_post', { key: 'k-100', documents: ['x', 'y'] }, { key: 'k-100', documents: [document('A'), document('B')] });
    const after = call('posts_get_one', { key: 'k-100' }, { key: 'k-100', documents: [document('A'), document('B')] });
    const page = call('get_podcast', { id: 'p-100', next_episode_pub_date: 1 }, { id: 'p-100', tags: ['a'] });
    const next = call('get_podcast', { id: 'p-100', next_episode_pub_date: 2 }, { id: 'p-100', tags: ['a', 'b'] });
    expect(driftingLists(conversationOf([listed, again, edit, after, page, next]))).toEqual([]);
  });
});

describe('borrowedTexts (world_consistent (q))', () => {
  it("rejects one podcast's description told of another podcast", () => {
    const first = call('get_podcast_by_id', { id: 'a486' }, { id: 'a486', title: 'Star Wars 7x7', description: STAR_WARS });
    const other = call(
      'get_podcast_recommendations',
      { id: '7d34' },
      { recommendations: [{ id: 'f47b', title: 'Planet Money', description: STAR_WARS }] },
    );
    expect(borrowedTexts(conversationOf([first, other]))).toHaveLength(1);
  });

  it('passes one podcast told twice and short texts shared by two', () => {
    const first = call('get_podcast_by_id', { id: 'a486' }, { id: 'a486', title: 'Star Wars 7x7', description: STAR_WARS });
    const again = call('get_best_podcasts', {}, { podcasts: [{ id: 'a486', title: 'Star Wars 7x7', description: STAR_WARS }] });
    const short = call(
      'list_genres',
      {},
      {
        genres: [
          { id: 'g-1', name: 'Business', description: 'Business' },
          { id: 'g-2', name: 'News', description: 'Business' },
        ],
      },
    );
    expect(borrowedTexts(conversationOf([first, again, short]))).toEqual([]);
  });
});

describe('strayPicks (world_consistent (r))', () => {
  it('rejects a filter of AMZN that returns TSLA', () => {
    const filter = call('filter_stocks_by_price', { stocks: ['AMZN'], min_price: 47.24, max_price: 88.57 }, { filtered_stocks: ['TSLA'] });
    expect(strayPicks(conversationOf([filter]))).toEqual([
      'filter_stocks_by_price: filtered_stocks holds TSLA, which stocks (AMZN) does not',
    ]);
  });

  it('passes a subset of what was sent, and an empty pick', () => {
    const some = call('filter_stocks_by_price', { stocks: ['AMZN', 'NVDA'], min_price: 1, max_price: 900 }, { filtered_stocks: ['NVDA'] });
    const none = call('filter_stocks_by_price', { stocks: ['AMZN'], min_price: 1, max_price: 2 }, { filtered_stocks: [] });
    expect(strayPicks(conversationOf([some, none]))).toEqual([]);
  });
});

describe('unechoedParts (world_consistent (s))', () => {
  const patch = (data: Record<string, unknown>) =>
    call(
      'patch_transactions_transaction_id_relationships_category',
      { transactionId: '692a34c1', data: { id: '1095440', type: 'categories' } },
      {
        id: '3061087',
        transactionId: '692a34c1',
        data,
      },
    );

  it('rejects a category patch that answers with another category', () => {
    expect(unechoedParts(conversationOf([patch({ id: '1802520', type: 'categories' })]))).toEqual([
      'patch_transactions_transaction_id_relationships_category: sent data.id="1095440" but the result has "1802520"',
    ]);
  });

  it('passes a patch that answers with the part it sent', () => {
    expect(unechoedParts(conversationOf([patch({ id: '1095440', type: 'categories' })]))).toEqual([]);
  });
});

describe('echoedCutoffs (results_plausible)', () => {
  const enrichment = (pValue: number) =>
    call(
      'post_enrichment_target',
      { body: JSON.stringify({ target: ['ENSG00000169174'], pvalue: 0.001, size: 20 }) },
      { id: '8732224', pathway: 'Apoptosis', p_value: pValue },
    );

  it('rejects an enrichment whose p-value is the cutoff sent', () => {
    expect(echoedCutoffs(enrichment(0.001))).toEqual([
      'post_enrichment_target: p_value 0.001 is the pvalue cutoff the call sent, not a p-value the analysis found',
    ]);
  });

  it("passes a p-value below the cutoff and a t-test's alpha shown under its own name", () => {
    expect(echoedCutoffs(enrichment(0.00002))).toEqual([]);
    const test = call(
      'stats_t_test',
      { array_1: [99, 9], array_2: [67, 16, 94], alpha: 0.1 },
      { alpha: 0.1, t_statistic: -0.1119, p_value: 0.918 },
    );
    expect(echoedCutoffs(test)).toEqual([]);
  });
});

describe('changedPlainLists (world_consistent (t))', () => {
  it('rejects a watchlist that forgets a removal and an add that shows a stock never added', () => {
    const read = call('get_watchlist', {}, { watchlist: ['JPM'] });
    const remove = call('remove_stock_from_watchlist', { symbol: 'JPM' }, { status: 'Stock removed from the watchlist: symbol JPM.' });
    const add = call('add_to_watchlist', { stock: 'V' }, { watchlist: ['V', 'AMZN'] });
    const again = call('get_watchlist', {}, { watchlist: ['JPM', 'V'] });
    expect(changedPlainLists(conversationOf([read, remove, add, again]))).toEqual([
      'add_to_watchlist: watchlist holds AMZN, V; after remove_stock_from_watchlist it held V',
      'get_watchlist: watchlist holds JPM, V; after add_to_watchlist it held AMZN, V',
    ]);
  });

  it('passes a watchlist that reads back as changed, and searches of it', () => {
    const read = call('get_watchlist', {}, { watchlist: ['JPM', 'KO'] });
    const remove = call('remove_stock_from_watchlist', { symbol: 'JPM' }, { status: 'ok' });
    const add = call('add_to_watchlist', { stock: 'V' }, { watchlist: ['KO', 'V'] });
    const again = call('get_watchlist', {}, { watchlist: ['V', 'KO'] });
    const search = call('search_watchlist', { q: 'chips' }, { watchlist: ['NVDA'] });
    expect(changedPlainLists(conversationOf([read, remove, add, again, search]))).toEqual([]);
  });
});

describe('forgottenReads (world_consistent (u))', () => {
  const theme = (key: string, name: string) => ({ key, name, isActive: true });
  const keyed = { key: { type: 'string' } };

  it('rejects a listing of every theme that leaves out the two themes just read', () => {
    const first = call('themes_get_one', { key: '3636690' }, theme('3636690', 'Economic Recovery'));
    const second = call('themes_get_one', { key: '2986742' }, theme('2986742', 'Digital Services'));
    const all = call('themes_get_all', {}, { items: [theme('4953545', 'Economic Recovery'), theme('4534887', 'Housing')] });
    expect(forgottenReads(conversationOf([first, second, all], keyed))).toEqual([
      'themes_get_all lists every theme but not 3636690, which themes_get_one just read',
      'themes_get_all lists every theme but not 2986742, which themes_get_one just read',
    ]);
  });

  it('passes a listing that holds the themes read, a filtered or full-page listing, and a theme deleted before', () => {
    const first = call('themes_get_one', { key: '3636690' }, theme('3636690', 'Economic Recovery'));
    const all = call('themes_get_all', {}, { items: [theme('3636690', 'Economic Recovery'), theme('4534887', 'Housing')] });
    const filtered = call('themes_get_all', { kind: 'premium' }, { items: [theme('4534887', 'Housing')] });
    const page = call('themes_get_all', {}, { items: [theme('4534887', 'Housing')], total: 40 });
    const gone = call('themes_delete', { key: '3636690' }, { deleted: true });
    const after = call('themes_get_all', {}, { items: [theme('4534887', 'Housing')] });
    expect(forgottenReads(conversationOf([first, all, filtered, page, gone, after], keyed))).toEqual([]);
  });
});
