import type { SchemaValidator } from '@inftool/core';
import { pointer } from './values/schema-tools.js';

type Json = Record<string, unknown>;

export interface MinimalValueOptions {
  root: Json;
  validator: SchemaValidator;
  /** A realistic value for a leaf, used when it validates (else the leaf is minimal too). */
  leaf: (schema: Json, name: string) => unknown;
  /** Dates are this instant. */
  referenceTime: Date;
}

const MAX_DEPTH = 8;

function resolve(schema: unknown, root: Json): Json {
  let current = (schema ?? {}) as Json;
  for (let hops = 0; typeof current['$ref'] === 'string' && hops < 20; hops += 1) {
    const ref = current['$ref'] as string;
    const target = ref.startsWith('#') ? pointer(ref, root) : undefined;
    const { $ref: _ref, ...rest } = current;
    current = { ...((target ?? {}) as Json), ...rest };
  }
  const choices = (current['oneOf'] ?? current['anyOf']) as unknown[] | undefined;
  if (Array.isArray(choices) && choices.length > 0) {
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = current;
    return resolve({ ...rest, ...(choices[0] as Json) }, root);
  }
  if (Array.isArray(current['allOf'])) {
    const { allOf, ...rest } = current;
    return (allOf as unknown[]).reduce<Json>((all, part) => {
      const resolved = resolve(part, root);
      return {
        ...all,
        ...resolved,
        properties: { ...(all['properties'] as Json), ...(resolved['properties'] as Json) },
        required: [...((all['required'] as string[]) ?? []), ...((resolved['required'] as string[]) ?? [])],
      };
    }, rest);
  }
  return current;
}

function typeOf(schema: Json): string | undefined {
  const type = schema['type'];
  if (Array.isArray(type)) return (type.find((entry) => entry !== 'null') ?? 'null') as string;
  if (typeof type === 'string') return type;
  if (schema['properties'] !== undefined || schema['additionalProperties'] !== undefined) return 'object';
  if (schema['items'] !== undefined) return 'array';
  return undefined;
}

/**
 * The smallest valid value of a schema, for when generation keeps failing: consts, enums and
 * defaults first; objects with their required fields, topped up to `minProperties` (from
 * `properties`, then `additionalProperties`); arrays of `minItems`; realistic leaves where they
 * validate. The engine answers with it rather than with the validator's complaint.
 */
export function minimalValue(input: unknown, name: string, options: MinimalValueOptions, depth = 0): unknown {
  const schema = resolve(input, options.root);
  if ('const' in schema) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  if ('default' in schema && options.validator.validate(schema, schema['default']).valid) return schema['default'];
  const type = typeOf(schema);
  if (type === 'object') {
    const result: Json = {};
    if (depth >= MAX_DEPTH) return result;
    const props = (schema['properties'] ?? {}) as Record<string, unknown>;
    const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
    for (const key of required) result[key] = minimalValue(props[key] ?? {}, key, options, depth + 1);
    const minProperties = typeof schema['minProperties'] === 'number' ? schema['minProperties'] : 0;
    for (const key of Object.keys(props)) {
      if (Object.keys(result).length >= minProperties) break;
      if (!(key in result)) result[key] = minimalValue(props[key], key, options, depth + 1);
    }
    const extra = schema['additionalProperties'];
    for (let index = 1; Object.keys(result).length < minProperties && index <= minProperties + 1 && extra !== false; index += 1) {
      const key = `${name.replace(/s$/, '') || 'entry'}_${index}`;
      if (!(key in result)) result[key] = minimalValue(typeof extra === 'object' ? extra : {}, key, options, depth + 1);
    }
    return result;
  }
  if (type === 'array') {
    const minItems = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
    return Array.from({ length: depth >= MAX_DEPTH ? 0 : minItems }, (_, index) =>
      minimalValue(schema['items'] ?? {}, `${name}_${index}`, options, depth + 1),
    );
  }
  if (type === 'null') return null;
  const leaf = options.leaf(schema, name);
  if (options.validator.validate(schema, leaf).valid) return leaf;
  if (type === 'boolean') return false;
  if (type === 'integer' || type === 'number') {
    const minimum =
      typeof schema['minimum'] === 'number'
        ? schema['minimum']
        : typeof schema['exclusiveMinimum'] === 'number'
          ? schema['exclusiveMinimum'] + 1
          : 0;
    return type === 'integer' ? Math.ceil(minimum) : minimum;
  }
  const iso = options.referenceTime.toISOString();
  const byFormat: Record<string, string> = {
    'date-time': iso,
    date: iso.slice(0, 10),
    time: iso.slice(11, 19),
    email: 'support@example.com',
    uri: 'https://example.com/',
    url: 'https://example.com/',
    uuid: '00000000-0000-4000-8000-000000000000',
    ipv4: '192.0.2.1',
    hostname: 'example.com',
  };
  const formatted = typeof schema['format'] === 'string' ? byFormat[schema['format']] : undefined;
  if (formatted !== undefined) return formatted;
  const minLength = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
  return 'x'.repeat(minLength);
}
