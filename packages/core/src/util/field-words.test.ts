import { describe, expect, it } from 'vitest';
import { COUNTING_FIELD, fieldWords } from './field-words.js';

describe('fieldWords', () => {
  it('splits camelCase and separators, drops one-letter words, keeps acronyms whole', () => {
    expect(fieldWords('maxTemp_c')).toEqual(['max', 'temp']);
    expect(fieldWords('cloud-cover.high')).toEqual(['cloud', 'cover', 'high']);
    expect(fieldWords('userIDs')).toEqual(['user', 'ids']);
  });
  it('knows counting and paging fields by their normalised names only', () => {
    expect(COUNTING_FIELD.test('pagesize')).toBe(true);
    expect(COUNTING_FIELD.test('ozone')).toBe(false);
    expect(COUNTING_FIELD.test('pagesizes')).toBe(false);
  });
});
