import { describe, expect, it } from 'vitest';
import { pageCounts } from './world-walker.js';

describe('pageCounts', () => {
  it('counts the shown records of a page object beside a list, from the offset asked', () => {
    const result = { data: [{}, {}], pagination: { count: 25, offset: 100, total_count: 20 } };
    pageCounts(result, 2, 20, {});
    expect(result.pagination).toEqual({ count: 2, offset: 0, total_count: 20 });
    const later = { data: [{}], pagination: { count: 25, offset: 75, total_count: 3 } };
    pageCounts(later, 1, 3, { offset: 5 });
    expect(later.pagination).toEqual({ count: 1, offset: 5, total_count: 6 });
  });

  it('leaves fields that are no page object alone', () => {
    const result = { data: [{}], stats: { count: 9 } };
    pageCounts(result, 1, 1, {});
    expect(result.stats.count).toBe(9);
  });
});
