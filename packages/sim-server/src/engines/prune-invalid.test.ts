import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '@inftool/core';
import { withoutInvalidParts } from './prune-invalid.js';

const validator = new SchemaValidator();

describe('a generated value keeps what its schema accepts', () => {
  it('cuts the field no branch of a oneOf fits, then the item that needs it, and keeps the rest', () => {
    const branch = { type: 'object', properties: { title: {} } };
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        items: {
          type: 'array',
          items: { type: 'object', properties: { id: { type: 'integer' }, data: { oneOf: [branch, branch] } }, required: ['data'] },
        },
        total: { type: 'integer' },
      },
      required: ['name'],
    };
    const value = {
      name: 'Startup Stories',
      items: [
        { id: 1, data: { title: 'a' } },
        { id: 2, data: { title: 'b' } },
      ],
      total: 2,
    };
    expect(withoutInvalidParts(value, schema, validator)).toEqual({ name: 'Startup Stories', items: [], total: 2 });
    expect(value.items).toHaveLength(2); // the value given is not changed
  });

  it('gives up when the root itself is wrong', () => {
    expect(
      withoutInvalidParts({ name: 3 }, { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] }, validator),
    ).toBe(undefined);
  });
});
