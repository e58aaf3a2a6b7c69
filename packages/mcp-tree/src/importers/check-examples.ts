import { SCALAR_CONSTRAINTS, type SchemaValidator, type ToolSpec } from '@inftool/core';
import { isObject, type Json } from './json.js';
import type { ImportedTool } from './imported.js';

/** Annotations that do not constrain a value: left out of the schema an example is checked against, so equal constraints compile once. */
const ANNOTATIONS = new Set(['examples', 'description', 'title', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment']);
/** What a scalar schema (no subschemas) can constrain: the same few keywords over and over, so most compile once per build. */
const SCALAR_KEYWORDS = new Set([...SCALAR_CONSTRAINTS, 'contentEncoding']);

function constraintsOf(schema: Json): Json {
  const scalar = Object.keys(schema).every((key) => SCALAR_KEYWORDS.has(key) || ANNOTATIONS.has(key));
  return Object.fromEntries(Object.entries(schema).filter(([key]) => (scalar ? SCALAR_KEYWORDS.has(key) : !ANNOTATIONS.has(key))));
}

/**
 * The top level of an output schema: its type and required list, each property's scalar constraints
 * (a nested object or array keeps only its `type`). Compiling whole output schemas (up to 120 nodes
 * each) cost more than the import itself on the APIs.guru corpus; the simulated server checks every
 * result against the whole schema at call time anyway.
 */
function topLevelOf(schema: Json): Json {
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  const shallow: Json = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isObject(property)) continue;
    shallow[name] = Object.fromEntries(
      Object.entries(property).filter(
        ([key]) => SCALAR_KEYWORDS.has(key) && (key === 'type' || !['object', 'array'].includes(String(property['type']))),
      ),
    );
  }
  return { type: 'object', properties: shallow, ...(Array.isArray(schema['required']) ? { required: schema['required'] } : {}) };
}

/** The examples of `schema` that validate against it, or `undefined` when all do (or it has none). */
function validExamples(schema: Json, validator: SchemaValidator, shallow = false): unknown[] | undefined {
  const examples = schema['examples'];
  if (!Array.isArray(examples) || examples.length === 0) return undefined;
  let check: (value: unknown) => boolean;
  try {
    const constraints = shallow ? topLevelOf(schema) : constraintsOf(schema);
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
 * Drops the examples of a tool's input properties (checked against the whole property schema) and of
 * its outputSchema (against its top level) that do not validate against their own schema (specs are sloppy: a date-time without a zone, a string where an integer
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
    const kept = validExamples(tool.outputSchema, validator, true);
    if (kept !== undefined) {
      dropped += (tool.outputSchema['examples'] as unknown[]).length - kept.length;
      tool.outputSchema = without(tool.outputSchema, kept) as NonNullable<ToolSpec['outputSchema']>;
    }
  }
  return dropped;
}
