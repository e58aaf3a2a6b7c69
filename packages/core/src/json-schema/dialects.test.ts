import { describe, expect, it } from 'vitest';
import { cleanDescription, normaliseSchema } from './dialects.js';
import { SchemaValidator } from './validator.js';

const validator = new SchemaValidator();

describe('dialect normalisation to JSON Schema 2020-12', () => {
  it('maps OpenAPI 3.0: nullable, boolean exclusive bounds, example, extensions', () => {
    const { schema } = normaliseSchema(
      {
        type: 'object',
        'x-internal': true,
        properties: {
          age: { type: 'integer', format: 'int32', minimum: 0, exclusiveMinimum: true, maximum: 130, nullable: true, example: 42 },
          at: { type: 'string', format: 'dateTime' },
          tag: { type: 'string', enum: ['a', 'b'], nullable: true, discriminator: { propertyName: 'x' } },
        },
      },
      'openapi-3.0',
    );
    expect(schema).toEqual({
      type: 'object',
      properties: {
        age: { type: ['integer', 'null'], format: 'int32', exclusiveMinimum: 0, maximum: 130, examples: [42] },
        at: { type: 'string' },
        tag: { type: ['string', 'null'], enum: ['a', 'b', null] },
      },
    });
    expect(validator.validate(schema, { age: null, tag: null })).toEqual({ valid: true });
    expect(validator.validate(schema, { age: 0 }).valid).toBe(false);
  });

  it('maps Swagger 2.0 file parameters and drops keywords of the wrong shape', () => {
    const { schema } = normaliseSchema(
      { type: 'object', properties: { upload: { type: 'file' }, name: { type: 'string', pattern: '([', minLength: -1, required: true } } },
      'swagger-2.0',
    );
    expect(schema).toEqual({
      type: 'object',
      properties: { upload: { type: 'string', contentEncoding: 'base64' }, name: { type: 'string' } },
    });
    expect(validator.checkSchema(schema)).toEqual({ valid: true });
  });

  it('maps BFCL: dict, float, tuple, any, optional, None defaults, defaults outside their enum', () => {
    const { schema } = normaliseSchema(
      {
        type: 'dict',
        properties: {
          ratio: { type: 'float' },
          pair: { type: 'tuple', items: { type: 'integer' } },
          anything: { type: 'any' },
          mode: { type: 'string', enum: ['fast', 'slow'], default: 'auto', optional: true },
          mod: { type: 'integer', description: 'The modulus. Default is None.' },
          limit: { type: 'integer', default: 'None' },
        },
        required: ['ratio'],
      },
      'bfcl',
    );
    expect(schema).toEqual({
      type: 'object',
      properties: {
        ratio: { type: 'number' },
        pair: { type: 'array', items: { type: 'integer' } },
        anything: {},
        mode: { type: 'string', enum: ['fast', 'slow', 'auto'], default: 'auto' },
        mod: { type: ['integer', 'null'], description: 'The modulus. Default is None.' },
        limit: { type: ['integer', 'null'], default: null },
      },
      required: ['ratio'],
    });
    expect(validator.validate(schema, { ratio: 1, mode: 'auto', mod: null, limit: null, anything: [1] })).toEqual({ valid: true });
  });

  it('cuts recursion and depth, and says so', () => {
    const node: Record<string, unknown> = { type: 'object', properties: {} };
    (node['properties'] as Record<string, unknown>)['child'] = node;
    const recursive = normaliseSchema(node, 'openapi-3.1');
    expect(recursive.notes).toEqual(['recursive schema cut']);
    expect(recursive.schema).toEqual({ type: 'object', properties: { child: { description: '(recursive schema cut)' } } });
    let deep: Record<string, unknown> = { type: 'string' };
    for (let level = 0; level < 12; level += 1) deep = { type: 'array', items: deep };
    const cut = normaliseSchema(deep, 'openapi-3.1', { maxDepth: 4 });
    expect(cut.notes).toEqual(['nested deeper than 4 levels, cut']);
    expect(JSON.stringify(cut.schema).match(/"items"/g)).toHaveLength(5);
  });

  it('cleans descriptions: tags, links, entities, whitespace, bounded length', () => {
    expect(cleanDescription('<p>Get the <b>user</b>.<br/>See [docs](http://x).&nbsp;A &amp; B</p>\n\n  done')).toBe(
      'Get the user. See docs. A & B done',
    );
    const long = cleanDescription(`${'word '.repeat(100)}end.`, 60);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('…')).toBe(true);
  });
});
