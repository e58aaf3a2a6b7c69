import type { SchemaValidator, ToolSpec } from '@inftool/core';
import { isObject, type Json } from './json.js';
import type { ImportedTool } from './imported.js';

/** Annotations that do not constrain a value: left out of the schema an example is checked against, so equal constraints compile once. */
const ANNOTATIONS = new Set(['examples', 'description', 'title', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment']);

function constraintsOf(schema: Json): Json {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !ANNOTATIONS.has(key)));
}

/** The examples of `schema` that validate against it, or `undefined` when all do (or it has none). */
function validExamples(schema: Json, validator: SchemaValidator): unknown[] | undefined {
  const examples = schema['examples'];
  if (!Array.isArray(examples) || examples.length === 0) return undefined;
  let check: (value: unknown) => boolean;
  try {
    const constraints = constraintsOf(schema);
    check = (value) => validator.validate(constraints, value).valid;
  } catch {
    return []; // a schema Ajv cannot compile: no example can be trusted against it
  }
  let kept: unknown[];
  try {
    kept = examples.filter(check);
  } catch {
    kept = [];
  }
  return kept.length === examples.length ? undefined : kept;
}

function without(schema: Json, kept: unknown[]): Json {
  const { examples: _examples, ...rest } = schema;
  return kept.length > 0 ? { ...rest, examples: kept } : rest;
}

/**
 * Drops the examples of a tool's input properties and of its outputSchema that do not validate
 * against their own schema (specs are sloppy: a date-time without a zone, a string where an integer
 * is declared), so whatever reads examples as realistic values only meets valid ones. Schemas are
 * shared between tools, so a changed one is a copy. Returns how many examples were dropped.
 */
export function dropInvalidExamples(tool: ImportedTool, validator: SchemaValidator): number {
  let dropped = 0;
  const properties = tool.inputSchema.properties;
  if (isObject(properties)) {
    let changed: Json | undefined;
    for (const [name, schema] of Object.entries(properties)) {
      if (!isObject(schema)) continue;
      const kept = validExamples(schema, validator);
      if (kept === undefined) continue;
      dropped += (schema['examples'] as unknown[]).length - kept.length;
      changed ??= { ...properties };
      changed[name] = without(schema, kept);
    }
    if (changed) tool.inputSchema = { ...tool.inputSchema, properties: changed };
  }
  if (tool.outputSchema) {
    const kept = validExamples(tool.outputSchema, validator);
    if (kept !== undefined) {
      dropped += (tool.outputSchema['examples'] as unknown[]).length - kept.length;
      tool.outputSchema = without(tool.outputSchema, kept) as NonNullable<ToolSpec['outputSchema']>;
    }
  }
  return dropped;
}
