import { describe, expect, it } from 'vitest';
import { SchemaValidator, formatIssues } from './validator.js';

describe('SchemaValidator', () => {
  const validator = new SchemaValidator();
  const schema = {
    type: 'object',
    properties: {
      city: { type: 'string' },
      days: { type: 'integer', minimum: 1 },
      'unit-name': { enum: ['c', 'f'] },
      stops: { type: 'array', items: { type: 'object', properties: { at: { type: 'string', format: 'date-time' } }, required: ['at'] } },
    },
    required: ['city'],
    additionalProperties: false,
  };

  it('names every failing path', () => {
    const result = validator.validate(schema, { days: 0, 'unit-name': 'k', stops: [{ at: 'yesterday' }, {}], extra: 1 });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    const text = formatIssues(result.issues);
    expect(text).toContain('$.city: is required');
    expect(text).toContain('$.days: must be >= 1');
    expect(text).toContain('$["unit-name"]: must be one of ["c","f"]');
    expect(text).toContain('$.stops[0].at: must match format "date-time"');
    expect(text).toContain('$.stops[1].at: is required');
    expect(text).toContain('unknown property "extra"');
  });

  it('compiles a schema once and reuses it', () => {
    expect(validator.compile(schema)).toBe(validator.compile(schema));
    expect(validator.validate(schema, { city: 'Oslo' })).toEqual({ valid: true });
  });

  it('understands 2020-12 ($defs, prefixItems) and rejects invalid schemas', () => {
    const modern = {
      type: 'object',
      $defs: { point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false } },
      properties: { p: { $ref: '#/$defs/point' } },
    };
    expect(validator.validate(modern, { p: [1, 2] }).valid).toBe(true);
    expect(validator.validate(modern, { p: [1, 2, 3] }).valid).toBe(false);
    expect(validator.checkSchema({ type: 'object', properties: { a: { type: 'strng' } } }).valid).toBe(false);
    expect(validator.checkSchema({ type: 'object', required: 'a' }).valid).toBe(false);
  });
});
