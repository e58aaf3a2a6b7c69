import { isObject, type Json } from './json.js';

/** An example, default, const or enum value larger than this as JSON is a data dump (or an alias bomb), not a value. */
export const MAX_VALUE_CHARS = 8000;
/** … or nested deeper than this. */
export const MAX_VALUE_DEPTH = 12;

/** Keywords whose value is data, not a schema. */
const VALUE_KEYWORDS = new Set(['examples', 'default', 'const', 'enum']);
/** Keywords whose value maps names to schemas (the names may be "default" or "examples"). */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * Why `value` is too large to keep, or `undefined`. Counted as it would be written, shared subtrees
 * (YAML aliases) once per place they appear, and the count stops at the limit: a value that would
 * be gigabytes as JSON costs at most `maxChars` steps.
 */
export function oversize(value: unknown, maxChars = MAX_VALUE_CHARS, maxDepth = MAX_VALUE_DEPTH): string | undefined {
  let chars = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
    if (typeof item === 'string') chars += item.length + 2;
    else if (Array.isArray(item)) {
      chars += 2;
      for (const element of item) stack.push([element, depth + 1]);
    } else if (isObject(item)) {
      chars += 2;
      for (const [key, element] of Object.entries(item)) {
        chars += key.length + 4;
        stack.push([element, depth + 1]);
      }
    } else chars += String(item).length + 1;
    if (chars > maxChars) return `larger than ${maxChars} characters as JSON`;
  }
  return undefined;
}

export interface BoundedSchema {
  schema: Json;
  /** Examples and defaults left out, with where they were and why. */
  dropped: string[];
  /** A const or enum too large to keep: the schema cannot be used without it. */
  unusable?: string;
}

/**
 * `schema` with every oversize example and default left out (a new object where something changed:
 * normalised schemas are shared between tools and never changed in place).
 */
export function boundSchemaValues(schema: Json, path = '$'): BoundedSchema {
  const dropped: string[] = [];
  let unusable: string | undefined;
  const walk = (node: Json, at: string): Json => {
    let copy: Json | undefined;
    const set = (key: string, value: unknown) => {
      copy ??= { ...node };
      if (value === undefined) delete copy[key];
      else copy[key] = value;
    };
    for (const [key, value] of Object.entries(node)) {
      if (VALUE_KEYWORDS.has(key)) {
        if (key === 'examples' && Array.isArray(value)) {
          const kept = value.filter((example, index) => {
            const why = oversize(example);
            if (why) dropped.push(`${at}.examples.${index}: ${why}`);
            return why === undefined;
          });
          if (kept.length !== value.length) set(key, kept.length > 0 ? kept : undefined);
          continue;
        }
        const why = oversize(value);
        if (why === undefined) continue;
        if (key === 'default' || key === 'examples') {
          dropped.push(`${at}.${key}: ${why}`);
          set(key, undefined);
        } else unusable ??= `${at}.${key}: ${why}`;
      } else if (MAP_KEYWORDS.has(key) && isObject(value)) {
        let map: Json | undefined;
        for (const [name, item] of Object.entries(value)) {
          if (!isObject(item)) continue;
          const bounded = walk(item, `${at}.${key}.${name}`);
          if (bounded !== item) (map ??= { ...value })[name] = bounded;
        }
        if (map) set(key, map);
      } else if (Array.isArray(value)) {
        let list: unknown[] | undefined;
        value.forEach((item, index) => {
          if (!isObject(item)) return;
          const bounded = walk(item, `${at}.${key}.${index}`);
          if (bounded !== item) (list ??= [...value])[index] = bounded;
        });
        if (list) set(key, list);
      } else if (isObject(value)) {
        const bounded = walk(value, `${at}.${key}`);
        if (bounded !== value) set(key, bounded);
      }
    }
    return copy ?? node;
  };
  const bounded = walk(schema, path);
  return { schema: bounded, dropped, ...(unusable ? { unusable } : {}) };
}
