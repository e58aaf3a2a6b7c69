import { describe, expect, it } from 'vitest';
import { distinctIntegers } from './distinct-integers.js';

describe('unrelated measures of one record hold values of their own', () => {
  it('moves a repeated distinctive integer of an unrelated field, nested too, and leaves related fields, round values and sent ones', () => {
    const value = {
      cape: 55,
      ozone: 55,
      cloud_cover: { high: 43, low: 43, middle: 43 },
      min_temp: 17,
      max_temp: 17,
      a: 30,
      b: 30,
      c: 21,
      d: 21,
    };
    distinctIntegers(value, new Set(['21']));
    expect(value).toEqual({
      cape: 55,
      ozone: 54,
      cloud_cover: { high: 43, low: 42, middle: 41 },
      min_temp: 17,
      max_temp: 17,
      a: 30,
      b: 30,
      c: 21,
      d: 21,
    });
  });
});
