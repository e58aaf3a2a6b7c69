import { describe, expect, it } from 'vitest';
import { withResultEnums } from './result-enums.js';

const categories = {
  allOf: [
    { properties: { content: { type: 'array', items: {} }, page: { type: 'integer' } } },
    {
      properties: {
        content: {
          type: 'array',
          items: {
            type: 'object',
            properties: { targetGroup: { type: 'string', enum: ['ALL', 'WOMEN', 'MEN', 'KIDS'] }, name: { type: 'string' } },
          },
        },
      },
    },
  ],
};

describe('withResultEnums', () => {
  it('gives a filter the values its result declares for the field', () => {
    const input = {
      type: 'object',
      properties: { targetGroup: { type: 'string', description: 'by target group' }, name: { type: 'string' } },
    };
    const out = withResultEnums(input, categories) as { properties: Record<string, Record<string, unknown>> };
    expect(out.properties['targetGroup']?.['enum']).toEqual(['ALL', 'WOMEN', 'MEN', 'KIDS']);
    expect(out.properties['name']?.['enum']).toBeUndefined();
  });

  it('leaves a parameter with its own values, another type, or a tool without a result schema alone', () => {
    const input = {
      type: 'object',
      properties: { targetGroup: { type: 'string', enum: ['women'] }, page: { type: 'string' } },
    };
    expect(withResultEnums(input, categories)).toBe(input);
    expect(withResultEnums(input, undefined)).toBe(input);
  });
});
