import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from './conversation.js';
import { unrelatedSuggestions } from './suggestion-results.js';

const call = (chatName: string, args: Record<string, unknown>, data: unknown): ReviewedCall => ({
  id: 'c1',
  chatName,
  arguments: args,
  result: JSON.stringify(data),
  data,
  isError: false,
  rejected: false,
  turn: 0,
  step: 0,
});

describe('unrelatedSuggestions', () => {
  it('rejects related searches that share no word with the query, and passes ones about it', () => {
    expect(unrelatedSuggestions(call('get_related_searches', { q: 'evergrande' }, { terms: ['popular suggest results'] }))).toHaveLength(1);
    expect(
      unrelatedSuggestions(call('get_related_searches', { q: 'evergrande' }, { terms: ['evergrande news', 'china property crisis'] })),
    ).toEqual([]);
    expect(unrelatedSuggestions(call('news_search', { q: 'evergrande' }, { terms: ['popular suggest results'] }))).toEqual([]);
  });
});
