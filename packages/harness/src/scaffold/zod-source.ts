import { jsonSchemaToZod } from 'json-schema-to-zod';
import { z } from 'zod';

/**
 * zod source for a JSON Schema, by json-schema-to-zod (zod 4 syntax). Defaults are left out so a
 * server passes on exactly the arguments the client sent.
 */
export function zodSource(schema: Record<string, unknown>): string {
  return jsonSchemaToZod(schema, { zodVersion: 4, module: 'none', withoutDefaults: true });
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
