import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { sameShape } from './examples.js';

const faker = new Faker({ locale: [en] });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('sameShape', () => {
  it('keeps a UUID example a UUID (hex digits, not letters of any kind)', () => {
    for (let seed = 1; seed <= 30; seed += 1) {
      faker.seed(seed);
      const value = sameShape('722d30b2-b46f-4ed4-a8cd-16d262180d37', faker);
      expect(value).toMatch(UUID);
      expect(value).not.toBe('722d30b2-b46f-4ed4-a8cd-16d262180d37');
    }
  });

  it('keeps upper-case hex upper-case and ordinary ids in their classes', () => {
    faker.seed(7);
    expect(sameShape('0FCA8C3C-6CBC', faker)).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}$/);
    expect(sameShape('ord-10442', faker)).toMatch(/^ord-\d{5}$/);
    expect(sameShape('4iV5W9uYEdYUVa79Axb7Rh', faker)).toMatch(
      /^\d[a-z][A-Z]\d[A-Z]\d[a-z][A-Z]{2}[a-z][A-Z]{3}[a-z]\d{2}[A-Z][a-z]{2}\d[A-Z][a-z]$/,
    );
  });
});
