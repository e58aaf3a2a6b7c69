import { describe, expect, it } from 'vitest';
import { relatedSearches } from './world-searches.js';

describe('relatedSearches', () => {
  it("answers a related-search tool with searches around the query, never the tool's own words", () => {
    const result = { terms: ['popular suggest results', 'evergrande debt crisis'] };
    relatedSearches(result, { q: 'evergrande' }, 'get_related_searches');
    expect(result.terms[0]).toMatch(/^evergrande \w/);
    expect(result.terms[1]).toBe('evergrande debt crisis');
    const groups = { suggestionGroups: [{ searchSuggestions: [{ displayText: 'shared suggestion', url: 'https://x.test' }] }] };
    relatedSearches(groups, { query: 'Lisbon' }, 'autosuggest');
    expect(groups.suggestionGroups[0]?.searchSuggestions[0]?.displayText).toMatch(/^lisbon /);
  });

  it('leaves other tools and calls without a query alone', () => {
    const result = { terms: ['popular suggest results'] };
    relatedSearches(result, { q: 'evergrande' }, 'news_search');
    relatedSearches(result, { limit: 5 }, 'get_related_searches');
    expect(result.terms).toEqual(['popular suggest results']);
  });
});
