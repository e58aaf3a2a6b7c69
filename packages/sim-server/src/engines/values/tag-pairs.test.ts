import { faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../value-generator.js';
import { descriptionHints } from './description-hints.js';
import { restatesField } from './strings.js';

const draw = (schema: Record<string, unknown>, tool: string, seed: number): Record<string, unknown> => {
  faker.seed(seed);
  return generateValue(schema, tool, { faker, root: schema, optionalRate: 1, context: { tool } }) as Record<string, unknown>;
};

describe('tags and values that restate their field', () => {
  it('draws a tag as a key and value people use, each key once in a list', () => {
    const schema = {
      type: 'object',
      properties: {
        Tags: { type: 'array', items: { type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } } },
      },
    };
    for (let seed = 1; seed <= 12; seed += 1) {
      const tags = draw(schema, 'tag_resource', seed)['Tags'] as Array<{ Key: string; Value: string }>;
      for (const tag of tags) expect(tag.Key).toMatch(/^[a-z][a-z-]+$/);
      expect(new Set(tags.map((tag) => tag.Key)).size).toBe(tags.length);
    }
  });

  it('never takes "default" as an adjective for a default value, nor fills an id with its own noun', () => {
    const description =
      'The unique identifier of the eBay category within its category tree. Note: The root node of a full default category tree includes the categoryId field.';
    expect(descriptionHints({ description }).examples).not.toContain('category');
    expect(descriptionHints({ description: 'Defaults to json.' }).examples).toContain('json');
    expect(descriptionHints({ description: 'Default 10 results.' }).examples).toContain('10');
    const schema = {
      type: 'object',
      properties: { categoryId: { type: 'string', description: 'The category ID; the default category.' } },
    };
    for (let seed = 1; seed <= 8; seed += 1) expect(draw(schema, 'get_category_suggestions', seed)['categoryId']).not.toBe('category');
  });

  it('knows a restated field name from a value', () => {
    expect(restatesField('category', 'category_id')).toBe(true);
    expect(restatesField('display name', 'display_name')).toBe(true);
    expect(restatesField('justify', 'justify')).toBe(false);
    expect(restatesField('Books', 'category_id')).toBe(false);
  });
});
