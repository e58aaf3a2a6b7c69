import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../support/reviewed-calls.js';
import type { Task } from '@inftool/core';
import type { Conversation, ReviewedCall } from '../../packages/harness/src/run/checks/conversation.js';
import { deafSearches, searchTermsOf, unansweredSearches } from '../../packages/harness/src/run/checks/search-consistency.js';
import { worldProblems } from '../../packages/harness/src/run/checks/world-consistency.js';

const call = reviewedCall;
const conversation = (calls: ReviewedCall[]): Conversation => ({
  task: { id: 't', kind: 'parallel' } as Task,
  tools: new Map(),
  turns: [{ user: 'please', steps: [calls], answer: 'done' }],
  calls,
});

/** The defect as the demo showed it: three best-hit searches of one turn, one answer, none of the terms in it. */
const deaf = {
  items: [
    { id: 'hit_a4bad4b4eb', name: 'TP53', entity_type: 'disease' },
    { id: 'hit_0100fcf481', name: 'rheumatoid arthritis', entity_type: 'disease' },
    { id: 'hit_d36a974d6b', name: 'psoriasis', entity_type: 'drug' },
  ],
};

describe('world_consistent (i), (j): searches answer their terms', () => {
  it('reads the terms of a query, a list and a JSON body', () => {
    expect(searchTermsOf(call('post_best_hit_search', { body: '["BRCA1","KRAS"]' }, {}))).toEqual(['BRCA1', 'KRAS']);
    expect(searchTermsOf(call('get_search', { q: 'asthma', size: 10 }, {}))).toEqual(['asthma']);
    expect(searchTermsOf(call('post_search', { body: '{"queryTerms":["TP53"]}' }, {}))).toEqual(['TP53']);
  });

  it('(i) flags two searches of a turn with different terms and the same result; passes one answer per term', () => {
    const calls = [
      call('post_best_hit_search', { body: '["BRCA1","KRAS"]' }, deaf),
      call('post_best_hit_search', { body: '["Alzheimer\'s disease","BRCA1"]' }, deaf),
    ];
    expect(deafSearches(conversation(calls))).toEqual([
      'post_best_hit_search: searches for ["BRCA1","KRAS"] and ["Alzheimer\'s disease","BRCA1"] got the same result',
    ]);
    const answered = [
      call(
        'post_best_hit_search',
        { body: '["BRCA1","KRAS"]' },
        {
          items: [
            { id: 'h1', name: 'BRCA1' },
            { id: 'h2', name: 'KRAS' },
          ],
        },
      ),
      call('post_best_hit_search', { body: '["asthma"]' }, { items: [{ id: 'h3', name: 'asthma' }] }),
    ];
    expect(deafSearches(conversation(answered))).toEqual([]);
    // the same search asked again, or in another turn, may get the same answer
    const repeated = [
      call('post_best_hit_search', { body: '["BRCA1"]' }, deaf),
      call('post_best_hit_search', { body: '["KRAS"]' }, deaf, 1),
    ];
    expect(deafSearches(conversation(repeated))).toEqual([]);
  });

  it('(j) flags a search whose records carry none of its terms; passes a match by one word, and an empty answer', () => {
    expect(unansweredSearches(conversation([call('post_best_hit_search', { body: '["BRCA1","KRAS"]' }, deaf)]))).toEqual([
      'post_best_hit_search: searched for ["BRCA1","KRAS"] but none of its 3 records carries it',
    ]);
    // an echo of the query in the records is no answer
    expect(
      unansweredSearches(conversation([call('news_search', { q: 'microsoft' }, { value: [{ q: 'microsoft', provider: 'Bogan Inc' }] })])),
    ).toHaveLength(1);
    expect(
      unansweredSearches(
        conversation([call('get_quick_search', { q: 'rheumatoid arthritis' }, { items: [{ id: 'q1', name: 'Arthritis, rheumatoid' }] })]),
      ),
    ).toEqual([]);
    expect(unansweredSearches(conversation([call('get_quick_search', { q: 'asthma' }, { items: [] })]))).toEqual([]);
    // the term in a smaller list than the largest one (a suggestion, then its ancestors) still answers
    const suggestions = {
      categorySuggestions: [
        {
          category: { categoryName: 'garden tools' },
          ancestors: [{ categoryName: 'home' }, { categoryName: 'garden' }, { categoryName: 'outdoor' }],
        },
      ],
    };
    expect(unansweredSearches(conversation([call('get_category_suggestions', { q: 'garden tools' }, suggestions)]))).toEqual([]);
    expect(
      worldProblems(
        conversation([
          call('post_best_hit_search', { body: '["BRCA1"]' }, { items: [{ id: 'h1', name: 'BRCA1', entity_type: 'target' }] }),
        ]),
      ),
    ).toEqual([]);
  });
});
