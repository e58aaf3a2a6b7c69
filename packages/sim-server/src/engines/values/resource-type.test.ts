import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });

describe('a JSON:API resource identifier', () => {
  it('takes the one type its description states ("The type of this resource: `tags`"), never a random kind', () => {
    const schema = {
      type: 'object',
      properties: {
        id: { type: 'string', description: 'The label of the tag, which also acts as the tag’s unique identifier.' },
        type: { type: 'string', description: 'The type of this resource: `tags`' },
      },
      required: ['type', 'id'],
    };
    for (let seed = 1; seed <= 12; seed += 1) {
      faker.seed(seed);
      const value = generateValue(schema, 'data', {
        faker,
        root: schema,
        context: { tool: 'delete_transactions_transaction_id_relationships_tags' },
      }) as Record<string, unknown>;
      expect(value['type']).toBe('tags');
    }
  });
});
