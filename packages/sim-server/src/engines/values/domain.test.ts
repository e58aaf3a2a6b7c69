import { Faker, en } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });
const value = (schema: Record<string, unknown>, name: string, tool: string, description: string, seed: number): unknown => {
  faker.seed(seed);
  return generateValue(schema, name, { faker, root: schema, context: { tool, description } });
};

describe('values from the API domain', () => {
  it('a genetics search asks for genes and diseases, an id is a real Ensembl id, never the tool name or a placeholder', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const q = value(
        { type: 'string', description: 'A full text query.' },
        'q',
        'get_autocomplete',
        'Get `autocomplete` objects. open_targets_platform_rest_api',
        seed,
      );
      expect(q).not.toMatch(/autocomplete|weather/);
      expect(
        value(
          { type: 'string', description: 'An Ensembl gene identifier.' },
          'gene',
          'get_target_expression_by_ensgid',
          'Query expression levels. Get `gene-expression` objects.',
          seed,
        ),
      ).toMatch(/^ENSG\d{11}$/);
    }
  });

  it('free text has no office filler and names no campaign', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      const text = `${String(value({ type: 'string' }, 'description', 'get_drug_by_id', 'Get drug by ID. Get `drug` objects.', seed))} ${String(value({ type: 'string' }, 'name', 'get_board', '', seed))}`;
      expect(text).not.toMatch(/meeting|before Friday|quarterly audit|Product Launch|Q3 Planning/);
    }
  });
});
