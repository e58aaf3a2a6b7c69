import { jsonSchemaToZod } from 'json-schema-to-zod';
import { z } from 'zod';

type Schema = Record<string, unknown>;
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose value is a map of name → schema, a schema, or a list of schemas. */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_VALUES = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

/**
 * The schema without `default` keywords, which validate nothing. json-schema-to-zod would otherwise
 * write `.default(value)` (the server would send values the client never gave, and a default of the
 * wrong type does not compile) or, without defaults, forget that such a property is optional.
 */
export function withoutDefaults(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDefaults);
  if (!isSchema(schema)) return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'default') continue;
    if (SCHEMA_MAPS.includes(key) && isSchema(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, withoutDefaults(child)]));
    else if (SCHEMA_VALUES.includes(key) || SCHEMA_LISTS.includes(key)) out[key] = withoutDefaults(value);
    else out[key] = value;
  }
  return out;
}

/** zod source for a JSON Schema, by json-schema-to-zod (zod 4 syntax), defaults left out (see `withoutDefaults`). */
export function zodSource(schema: Schema): string {
  return jsonSchemaToZod(withoutDefaults(schema) as Schema, { zodVersion: 4, module: 'none' });
}

/**
 * Runs generated zod source against this installation's zod (the version the generated project
 * pins), so it can be checked before it is written. The source comes from json-schema-to-zod, which
 * writes every string of the schema as a JSON literal.
 */
export function evaluateZodSource(source: string): z.ZodType {
  const schema = new Function('z', `"use strict"; return (${source});`)(z) as unknown;
  if (!(schema instanceof z.ZodType)) throw new Error('the generated source is not a zod schema');
  return schema;
}
