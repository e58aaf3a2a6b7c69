import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { unrelatedSuggestions } from './suggestion-results.js';

describe('unrelatedSuggestions', () => {
  it('rejects related searches that share no word with the query, and passes ones about it', () => {
    expect(unrelatedSuggestions(call('get_related_searches', { q: 'evergrande' }, { terms: ['popular suggest results'] }))).toHaveLength(1);
    expect(
      unrelatedSuggestions(call('get_related_searches', { q: 'evergrande' }, { terms: ['evergrande news', 'china property crisis'] })),
    ).toEqual([]);
    expect(unrelatedSuggestions(call('news_search', { q: 'evergrande' }, { terms: ['popular suggest results'] }))).toEqual([]);
  });
});
