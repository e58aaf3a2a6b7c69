import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });
const sample = (schema: Record<string, unknown>, name: string): unknown[] =>
  Array.from({ length: 30 }, (_, seed) => {
    faker.seed(seed + 1);
    return generateValue(schema, name, { faker, root: schema });
  });

describe('a number to round', () => {
  it('has decimals to round away (`round_number(number)`), never a page size', () => {
    const values = sample({ type: 'number', description: 'The number to round.' }, 'number');
    expect(values.every((value) => typeof value === 'number' && !Number.isInteger(value))).toBe(true);
    // a `number` that is a count stays whole
    const counts = sample({ type: 'number', description: 'How many results to return.' }, 'number');
    expect(counts.every((value) => Number.isInteger(value))).toBe(true);
  });
});
