/**
 * Schema dialects of real-world tool sources, normalised to JSON Schema 2020-12.
 *
 * - `openapi-3.0`: `nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`, `example`, `x-*`
 *   extensions, `discriminator`/`xml`/`externalDocs` annotations.
 * - `swagger-2.0`: as 3.0 plus `type: "file"` and `x-nullable`.
 * - `openapi-3.1`: already 2020-12 apart from extensions and OpenAPI-only annotations.
 * - `bfcl`: Berkeley Function-Calling Leaderboard docs: `dict`, `float`, `tuple`, `any`, an
 *   `optional` flag, defaults that are `null` or outside their own `enum`.
 *
 * The walk is bounded: cycles (a dereferenced recursive schema) and nesting deeper than `maxDepth`
 * become `{}` plus a note in the description, and a schema larger than `maxNodes` is cut the same
 * way, so one monstrous spec cannot blow up a whole catalog.
 */
import { isJsonObject } from '../util/json-object.js';

export type SchemaDialect = 'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0' | 'bfcl';

export interface NormaliseOptions {
  /** Nesting depth kept below the root. Defaults to 8. */
  maxDepth?: number;
  /** Schema objects kept in one normalised schema. Defaults to 2000. */
  maxNodes?: number;
  /** Longest description kept, in characters. Defaults to 1024. */
  maxDescription?: number;
  /**
   * Reuse across calls: a dereferenced spec shares one schema object among many operations, so
   * converting each once saves most of the work and the memory (converted subtrees are shared, so
   * treat results as read-only). Only for calls with the same dialect and options.
   */
  cache?: NormaliseCache;
}

/** Converted subtrees by input object, with what they cost, for `NormaliseOptions.cache`. */
export class NormaliseCache {
  readonly entries = new WeakMap<object, { output: Json; height: number; nodes: number }>();
}

export interface NormaliseResult {
  schema: Record<string, unknown>;
  /** What was cut (cycles, depth, size); empty when nothing was. */
  notes: string[];
}

type Json = Record<string, unknown>;

/** Keywords whose value is one schema. */
const SCHEMA_KEYWORDS = [
  'items',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'additionalItems',
];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
/** Keywords that constrain a single value (no subschemas): its type, allowed values, format, length and bounds. */
export const SCALAR_CONSTRAINTS: readonly string[] = [
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
];
/** Plain-value keywords of 2020-12 kept as they are (after a type check where one is cheap). */
const VALUE_KEYWORDS = new Set([
  ...SCALAR_CONSTRAINTS,
  'default',
  'title',
  'description',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'required',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  'contentEncoding',
  'contentMediaType',
  'minContains',
  'maxContains',
  'dependentRequired',
  '$comment',
]);
/** Formats Ajv knows (JSON Schema 2020-12 and ajv-formats); others are dropped rather than warned about on every compile. */
const KNOWN_FORMATS = new Set([
  'date',
  'time',
  'date-time',
  'iso-time',
  'iso-date-time',
  'duration',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'uuid',
  'json-pointer',
  'json-pointer-uri-fragment',
  'relative-json-pointer',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'password',
  'binary',
]);
const JSON_TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);
const BFCL_TYPES: Record<string, string | undefined> = {
  dict: 'object',
  float: 'number',
  tuple: 'array',
  any: undefined,
  int: 'integer',
  str: 'string',
  bool: 'boolean',
  list: 'array',
};

interface Walk {
  dialect: SchemaDialect;
  maxDepth: number;
  maxNodes: number;
  maxDescription: number;
  nodes: number;
  notes: Set<string>;
  /** Schemas on the current path (cycle detection on dereferenced graphs). */
  stack: Set<object>;
  cache?: NormaliseCache;
  /** Set when something below was cut: such a subtree depends on where it sits, so it is not cached. */
  cutBelow: boolean;
  /** Height of the subtree just converted. */
  height: number;
}

/** Normalises a root schema of `dialect` to 2020-12; `type: "object"` is forced at the root by the caller where needed. */
export function normaliseSchema(schema: unknown, dialect: SchemaDialect, options: NormaliseOptions = {}): NormaliseResult {
  const walk: Walk = {
    dialect,
    maxDepth: options.maxDepth ?? 8,
    maxNodes: options.maxNodes ?? 2000,
    maxDescription: options.maxDescription ?? 1024,
    nodes: 0,
    notes: new Set(),
    stack: new Set(),
    ...(options.cache ? { cache: options.cache } : {}),
    cutBelow: false,
    height: 0,
  };
  const result = convert(schema, walk, 0);
  return { schema: isJsonObject(result) ? result : {}, notes: [...walk.notes] };
}

function cut(walk: Walk, why: string): Json {
  walk.notes.add(why);
  walk.cutBelow = true;
  return { description: `(${why})` };
}

function convert(input: unknown, walk: Walk, depth: number): Json | boolean {
  walk.height = 0;
  if (typeof input === 'boolean') return input;
  if (!isJsonObject(input)) return {};
  if (walk.stack.has(input)) return cut(walk, 'recursive schema cut');
  if (depth > walk.maxDepth) return cut(walk, `nested deeper than ${walk.maxDepth} levels, cut`);
  const cached = walk.cache?.entries.get(input);
  if (cached && depth + cached.height <= walk.maxDepth && walk.nodes + cached.nodes <= walk.maxNodes) {
    walk.nodes += cached.nodes;
    walk.height = cached.height;
    return cached.output;
  }
  walk.nodes += 1;
  if (walk.nodes > walk.maxNodes) return cut(walk, `schema larger than ${walk.maxNodes} nodes, cut`);
  const nodesBefore = walk.nodes - 1;
  const cutBefore = walk.cutBelow;
  walk.cutBelow = false;
  walk.stack.add(input);
  try {
    const output = convertObject(input, walk, depth);
    if (!walk.cutBelow) walk.cache?.entries.set(input, { output, height: walk.height, nodes: walk.nodes - nodesBefore });
    return output;
  } finally {
    walk.stack.delete(input);
    walk.cutBelow ||= cutBefore;
  }
}

function convertObject(input: Json, walk: Walk, depth: number): Json {
  const output: Json = {};
  let height = 0;
  const child = (value: unknown): Json | boolean => {
    const converted = convert(value, walk, depth + 1);
    height = Math.max(height, walk.height + 1);
    return converted;
  };
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith('x-') || value === undefined) continue;
    if (VALUE_KEYWORDS.has(key)) output[key] = value;
    else if (SCHEMA_KEYWORDS.includes(key)) output[key] = child(value);
    else if (SCHEMA_LIST_KEYWORDS.includes(key) && Array.isArray(value)) output[key] = value.map(child);
    else if (SCHEMA_MAP_KEYWORDS.includes(key) && isJsonObject(value)) {
      const map: Json = {};
      for (const [name, item] of Object.entries(value)) map[name] = child(item);
      output[key] = map;
    } else if (key === 'example') output['examples'] = [value];
    // Everything else (nullable, discriminator, xml, externalDocs, optional, $ref left by a resolver, …) is dropped or folded below.
  }
  fixType(input, output, walk);
  fixKeywords(input, output, walk);
  walk.height = height;
  return output;
}

function fixType(input: Json, output: Json, walk: Walk): void {
  const declared = input['type'];
  const types = (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]).flatMap((type): string[] => {
    if (typeof type !== 'string') return [];
    if (walk.dialect === 'bfcl' && type in BFCL_TYPES) {
      const mapped = BFCL_TYPES[type];
      return mapped === undefined ? ['*'] : [mapped];
    }
    if (type === 'file' && walk.dialect === 'swagger-2.0') {
      output['contentEncoding'] ??= 'base64';
      return ['string'];
    }
    return JSON_TYPES.has(type) ? [type] : ['*'];
  });
  const nullable =
    input['nullable'] === true ||
    input['x-nullable'] === true ||
    (walk.dialect === 'bfcl' && (input['default'] === null || input['default'] === 'None' || defaultsToNone(input['description'])));
  if (types.includes('*') || types.length === 0) {
    delete output['type']; // `any` or an unknown type name: no constraint
    return;
  }
  const unique = [...new Set(types)];
  if (nullable && !unique.includes('null')) unique.push('null');
  output['type'] = unique.length === 1 ? unique[0] : unique;
  if (nullable && Array.isArray(output['enum']) && !output['enum'].includes(null)) output['enum'] = [...output['enum'], null];
}

function fixKeywords(input: Json, output: Json, walk: Walk): void {
  // Draft-04 style boolean exclusive bounds (OpenAPI 3.0, Swagger 2.0) → 2020-12 numbers.
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const value = input[flag];
    if (typeof value === 'boolean') {
      delete output[flag];
      if (value && typeof input[bound] === 'number') {
        output[flag] = input[bound];
        delete output[bound];
      }
    } else if (value !== undefined && typeof value !== 'number') delete output[flag];
  }
  if (output['required'] !== undefined) {
    const required = Array.isArray(output['required'])
      ? [...new Set(output['required'].filter((name): name is string => typeof name === 'string'))]
      : [];
    if (required.length > 0) output['required'] = required;
    else delete output['required'];
  }
  if (output['enum'] !== undefined && (!Array.isArray(output['enum']) || output['enum'].length === 0)) delete output['enum'];
  if (output['examples'] !== undefined && !Array.isArray(output['examples'])) output['examples'] = [output['examples']];
  for (const key of ['pattern', 'format', 'title']) if (output[key] !== undefined && typeof output[key] !== 'string') delete output[key];
  if (typeof output['format'] === 'string' && !KNOWN_FORMATS.has(output['format'])) delete output['format'];
  for (const key of ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minContains', 'maxContains']) {
    const value = output[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) delete output[key];
  }
  for (const key of ['minimum', 'maximum', 'multipleOf'])
    if (output[key] !== undefined && typeof output[key] !== 'number') delete output[key];
  if (typeof output['multipleOf'] === 'number' && output['multipleOf'] <= 0) delete output['multipleOf'];
  if (output['pattern'] !== undefined && !isUsablePattern(output['pattern'] as string)) delete output['pattern'];
  if (output['dependentRequired'] !== undefined && !isJsonObject(output['dependentRequired'])) delete output['dependentRequired'];
  if (typeof output['description'] === 'string') output['description'] = cleanDescription(output['description'], walk.maxDescription);
  else delete output['description'];
  // BFCL: a default outside its own enum is still an accepted value (the function takes it).
  if (
    walk.dialect === 'bfcl' &&
    Array.isArray(output['enum']) &&
    'default' in input &&
    !output['enum'].some((value) => sameJson(value, input['default']))
  ) {
    output['enum'] = [...output['enum'], input['default']];
  }
  if (walk.dialect === 'bfcl' && input['type'] === 'tuple' && output['items'] === undefined) output['items'] = {};
  // BFCL writes Python's None as the string "None": for anything but a string it means null.
  if (walk.dialect === 'bfcl' && input['default'] === 'None' && input['type'] !== 'string') output['default'] = null;
}

/** BFCL docs written from Python often say a parameter defaults to None only in prose. */
function defaultsToNone(description: unknown): boolean {
  return typeof description === 'string' && /\b[Dd]efaults?(?: value)?(?: is| to|:)?\s+None\b/.test(description);
}

function isUsablePattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/** Plain text: HTML tags and markdown links reduced to their text, whitespace collapsed, bounded. */
export function cleanDescription(text: string, maxLength = 1024): string {
  const plain = text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= maxLength) return plain;
  const clipped = plain.slice(0, maxLength - 1);
  const lastStop = clipped.lastIndexOf('. ');
  return lastStop > maxLength * 0.6 ? clipped.slice(0, lastStop + 1) : `${clipped.trimEnd()}…`;
}
