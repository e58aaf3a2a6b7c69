import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });
const words = new Set([...faker.definitions.word.noun, ...faker.definitions.word.adjective, ...faker.definitions.word.verb]);

describe('a user name', () => {
  it('starts with a name, never a common word (`royal_jaskolski37`, `summer_kling`)', () => {
    const schema = { type: 'string', description: 'Username of the user to add.' };
    for (let seed = 1; seed <= 300; seed += 1) {
      faker.seed(seed);
      const value = generateValue(schema, 'user_name', { faker, root: schema }) as string;
      expect(value).toMatch(/^[a-z0-9_]+$/);
      expect(words.has(value.split(/[_\d]/)[0] ?? ''), value).toBe(false);
    }
  });
});
