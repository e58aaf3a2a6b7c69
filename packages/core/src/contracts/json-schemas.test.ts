import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '../json-schema/validator.js';
import { contractJsonSchema, publishedSchemas, type PublishedSchemaName } from './json-schemas.js';

const names = Object.keys(publishedSchemas) as PublishedSchemaName[];

describe('published JSON Schemas', () => {
  it('are valid 2020-12 schemas and match the committed files (run `pnpm --filter @inftool/core schemas` after a change)', () => {
    const validator = new SchemaValidator();
    for (const name of names) {
      const schema = contractJsonSchema(name);
      expect(validator.checkSchema(schema)).toEqual({ valid: true });
      const committed = JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
      expect(committed).toEqual(schema);
    }
  });

  it('agree with the zod contracts on a tool', () => {
    const validator = new SchemaValidator();
    const schema = contractJsonSchema('tool-spec');
    const good = {
      name: 'get_weather',
      description: 'x',
      inputSchema: { type: 'object', properties: {} },
      _meta: { 'inftool/source': {} },
    };
    const bad = { name: 'get.weather', inputSchema: { type: 'string' } };
    expect(validator.validate(schema, good).valid).toBe(publishedSchemas['tool-spec'].safeParse(good).success);
    expect(validator.validate(schema, bad).valid).toBe(false);
    expect(publishedSchemas['tool-spec'].safeParse(bad).success).toBe(false);
  });
});
