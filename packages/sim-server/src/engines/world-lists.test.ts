import { describe, expect, it } from 'vitest';
import { keptLists } from './world-lists.js';

type Json = Record<string, unknown>;
const always = () => true;

describe('keptLists', () => {
  it('a watchlist reads back with what was added and without what was removed', () => {
    const memory = new Map<string, Json>();
    expect(keptLists({ watchlist: ['JPM', 'KO'] }, {}, 'get_watchlist', memory, always)).toEqual({ watchlist: ['JPM', 'KO'] });
    keptLists({ status: 'Stock removed' }, { symbol: 'JPM' }, 'remove_stock_from_watchlist', memory, always);
    expect(keptLists({ watchlist: ['AMZN'] }, { stock: 'V' }, 'add_to_watchlist', memory, always)).toEqual({ watchlist: ['KO', 'V'] });
    expect(keptLists({ watchlist: ['TSLA', 'JPM'] }, {}, 'get_watchlist', memory, always)).toEqual({ watchlist: ['KO', 'V'] });
  });

  it('a removal before any read keeps the value out of the list drawn later; a search is no list of the session', () => {
    const memory = new Map<string, Json>();
    keptLists({ status: 'ok' }, { symbol: 'JPM' }, 'remove_stock_from_watchlist', memory, always);
    expect(keptLists({ watchlist: ['JPM', 'KO'] }, {}, 'get_watchlist', memory, always)).toEqual({ watchlist: ['KO'] });
    const search = { watchlist: ['NVDA'] };
    expect(keptLists(search, { q: 'chips' }, 'search_watchlist', memory, always)).toBe(search);
  });

  it('leaves the result as drawn when the schema rejects the kept list', () => {
    const memory = new Map<string, Json>();
    keptLists({ watchlist: ['JPM', 'KO', 'V'] }, {}, 'get_watchlist', memory, always);
    const drawn = { watchlist: ['A'] };
    expect(keptLists(drawn, {}, 'get_watchlist', memory, (value) => (value['watchlist'] as string[]).length < 2)).toBe(drawn);
  });
});
