import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { restatedValues } from './restated-values.js';
import { placeholderValues } from './results.js';

describe('restatedValues (results filler)', () => {
  it("rejects an id holding its own noun and a field's words as its value", () => {
    const suggestion = call(
      'get_category_suggestions',
      { q: 'board games' },
      { category: { categoryId: 'category', categoryName: 'board games' } },
    );
    expect(restatedValues(suggestion)).toEqual(['categoryId: "category" (the field\'s own name as its value)']);
    expect(placeholderValues(call('get_user', { id: '7' }, { id: '7', category_id: 'category' }))).toEqual([
      'category_id: "category" (the field\'s own name as its value)',
    ]);
  });

  it('passes a one-word field holding its word, a value the call sent and real ids', () => {
    expect(restatedValues(call('slides_get_one', { id: 's1' }, { justify: 'justify', categoryId: '20081' }))).toEqual([]);
    expect(restatedValues(call('find_type', { type_code: 'type' }, { type_code: 'type' }))).toEqual([]);
  });
});
