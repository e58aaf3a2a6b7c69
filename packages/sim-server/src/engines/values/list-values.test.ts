import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';

/** A list a person types names each thing once: choices and numbers are drawn without repeats. */
const faker = new Faker({ locale: [en] });
function lists(schema: Record<string, unknown>, name: string, seeds = 60): unknown[][] {
  return Array.from({ length: seeds }, (_, seed) => {
    faker.seed(seed + 1);
    return generateValue(schema, name, { faker, root: schema }) as unknown[];
  });
}
const repeats = (list: unknown[]) => new Set(list.map((item) => JSON.stringify(item))).size < list.length;

describe('list values', () => {
  it('draws a list of choices without repeats ("summer, winter and winter" never)', () => {
    const season = { type: 'array', items: { type: 'string', enum: ['summer', 'winter', 'spring', 'autumn'] }, minItems: 1, maxItems: 4 };
    const drawn = lists(season, 'season');
    expect(drawn.some((list) => list.length >= 2)).toBe(true);
    expect(drawn.filter(repeats)).toEqual([]);
  });

  it('repeats no number in a list of numbers ([5, 10, 5] never)', () => {
    const years = { type: 'array', items: { type: 'integer', minimum: 1, maximum: 20 } };
    expect(lists(years, 'year_range').filter(repeats)).toEqual([]);
  });

  it('still fills a list longer than its choices when minItems asks for it', () => {
    const size = { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, minItems: 2 };
    for (const list of lists(size, 'sizes', 10)) expect(list.length).toBe(2);
  });
});

describe('list values within their bounds', () => {
  it('repeats a choice only when minItems asks for more than there are', () => {
    const size = { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, minItems: 3 };
    for (const list of lists(size, 'sizes', 10)) expect(list.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a code standard named by number', () => {
  it('gives a language for "A two-letter country code (ISO 639-1)", never a country code', () => {
    const language = { type: 'string', maxLength: 5, description: 'A two-letter country code (ISO 639-1)' };
    const values = Array.from({ length: 30 }, (_, seed) => {
      faker.seed(seed + 1);
      return generateValue(language, 'user_language', { faker, root: language });
    });
    expect(values.filter((value) => !/^[a-z]{2}$/.test(String(value)))).toEqual([]);
  });
});
