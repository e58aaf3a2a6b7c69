import type { SchemaValidator } from '@inftool/core';
import { pointer } from './values/schema-tools.js';

type Json = Record<string, unknown>;

/** Where the entity's record sits in a result: at the root, under one key (`data`), or as the items of an array. */
export interface RecordLocation {
  /** Keys from the result's root to the record (or to the array of records). */
  path: string[];
  /** The record's object schema. */
  schema: Json;
  many: boolean;
}

const ENVELOPE =
  /^(data|result|results|item|items|record|records|entity|response|payload|body|content|value|values|list|entries|objects|hits|docs)$/i;

/** Field names compared the way APIs vary them: `fax_sid`, `FaxSid` and `faxSid` are one field. */
export function normalizeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

function resolve(schema: unknown, root: Json): Json | undefined {
  let current = schema as Json | undefined;
  for (let hops = 0; current !== undefined && typeof current['$ref'] === 'string' && hops < 20; hops += 1) {
    const ref = current['$ref'] as string;
    if (!ref.startsWith('#')) return undefined;
    current = pointer(ref, root) as Json | undefined;
  }
  return current !== undefined && typeof current === 'object' ? current : undefined;
}

/**
 * A schema's properties, with those of its `allOf` parts at any depth (a record that extends a base
 * that extends one with `key`, `timestamp`, as BC Gov News's themes do).
 */
const properties = (schema: Json | undefined, depth = 0): Record<string, unknown> => {
  const own = (schema?.['properties'] ?? {}) as Record<string, unknown>;
  const parts = Array.isArray(schema?.['allOf']) && depth < 8 ? (schema['allOf'] as unknown[]) : [];
  if (parts.length === 0) return own;
  const merged: Record<string, unknown> = {};
  for (const part of parts) if (part !== null && typeof part === 'object') Object.assign(merged, properties(part as Json, depth + 1));
  return Object.assign(merged, own);
};
const isObjectSchema = (schema: Json | undefined): schema is Json =>
  schema !== undefined &&
  (schema['type'] === 'object' ||
    (Array.isArray(schema['type']) && schema['type'].includes('object')) ||
    schema['properties'] !== undefined ||
    Object.keys(properties(schema)).length > 0);

/**
 * Finds the record in an outputSchema: for a list, the first array of objects (at the root or one
 * envelope down); for one record, the root, or the one envelope object (`data`) when the rest of the
 * root is status and paging.
 */
/** A wrapper named for the record's details (`TextTranslationJobProperties` of a translation job, `TerminologyProperties`). */
function ownDetails(key: string, entity: string): boolean {
  const name = normalizeKey(key);
  const stem = normalizeKey(entity).replace(/s$/, '');
  const core = name.replace(/(properties|details|info|description)$/, '');
  return stem.length > 2 && core !== name && (core.startsWith(stem) || core.endsWith(stem));
}

export function locateRecord(outputSchema: Json, many: boolean, entity: string): RecordLocation | undefined {
  const rootProperties = properties(outputSchema);
  const arrays = (schema: Json, prefix: string[]): RecordLocation | undefined => {
    for (const [key, child] of Object.entries(properties(schema))) {
      const resolved = resolve(child, outputSchema);
      const items = resolve(resolved?.['items'], outputSchema);
      if (resolved !== undefined && (resolved['type'] === 'array' || Array.isArray(resolved['type'])) && isObjectSchema(items))
        return { path: [...prefix, key], schema: items, many: true };
    }
    return undefined;
  };
  if (many) {
    const direct = arrays(outputSchema, []);
    if (direct) return direct;
    for (const [key, child] of Object.entries(rootProperties)) {
      const resolved = resolve(child, outputSchema);
      if (ENVELOPE.test(key) && isObjectSchema(resolved)) {
        const nested = arrays(resolved, [key]);
        if (nested) return nested;
      }
    }
    return undefined;
  }
  const envelope = Object.entries(rootProperties).find(
    ([key, child]) =>
      (ENVELOPE.test(key) || normalizeKey(key) === normalizeKey(entity) || ownDetails(key, entity)) &&
      isObjectSchema(resolve(child, outputSchema)),
  );
  if (envelope && Object.keys(rootProperties).length <= 4)
    return { path: [envelope[0]], schema: resolve(envelope[1], outputSchema) as Json, many: false };
  return isObjectSchema(outputSchema) ? { path: [], schema: outputSchema, many: false } : undefined;
}

export function getAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Json)[key] : undefined), value);
}

export function setAt(value: Json, path: string[], replacement: unknown): void {
  if (path.length === 0) return;
  let node = value;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Json;
  }
  node[path.at(-1) as string] = replacement;
}

/** The field of `record` that `key` names, by normalised name. */
export function fieldOf(record: Json, key: string): [string, unknown] | undefined {
  if (key in record) return [key, record[key]];
  const wanted = normalizeKey(key);
  for (const [name, value] of Object.entries(record)) if (normalizeKey(name) === wanted) return [name, value];
  return undefined;
}

/**
 * `target` (a value generated for `schema`) with every field the record shares with it taken from
 * the record, where the record's value is valid for that field; the record gains the fields it
 * lacked, so the next tool that reads it agrees.
 */
export function overlayRecord(target: Json, schema: Json, root: Json, record: Json, validator: SchemaValidator): Json {
  const props = properties(schema);
  for (const [key, propertySchema] of Object.entries(props)) {
    const shared = fieldOf(record, key);
    if (shared !== undefined && shared[1] !== undefined) {
      const resolved = resolve(propertySchema, root) ?? {};
      if (validator.validate(resolved, shared[1]).valid) target[key] = shared[1];
      else if (key in target) {
        // another tool's shape of the same value (a post's documents with contacts as names, not objects): its items and facts kept
        const fitted = fitShared(shared[1], target[key], resolved, root, validator);
        if (validator.validate(resolved, fitted).valid) target[key] = fitted;
      }
    } else if (key in target) record[key] = target[key];
  }
  return target;
}

/**
 * A stored value fitted to a schema it does not match, over the value this tool drew for it: an
 * object keeps every stored field the schema takes as it is (others fitted in turn), a list keeps
 * the stored list's length and each item fitted over a drawn item; what cannot be kept is the drawn.
 */
function fitShared(stored: unknown, drawn: unknown, schema: Json, root: Json, validator: SchemaValidator): unknown {
  if (validator.validate(schema, stored).valid) return stored;
  if (Array.isArray(stored) && Array.isArray(drawn) && drawn.length > 0) {
    const items = resolve(schema['items'], root) ?? {};
    return stored.map((item, index) => fitShared(item, structuredClone(drawn[index % drawn.length]), items, root, validator));
  }
  if (isPlain(stored) && isPlain(drawn)) {
    const fitted: Json = { ...drawn };
    for (const [key, propertySchema] of Object.entries(properties(schema))) {
      const value =
        stored[key] === undefined ? undefined : fitShared(stored[key], drawn[key], resolve(propertySchema, root) ?? {}, root, validator);
      if (value !== undefined) fitted[key] = value;
    }
    return fitted;
  }
  // a name stored where this tool shows an object (`contacts: ["Ann Lee"]` → `[{title: "…, Press Secretary"}]`) names it
  if (typeof stored === 'string' && isPlain(drawn)) {
    const named = { ...drawn };
    if (typeof named['name'] === 'string') named['name'] = stored;
    else if (typeof named['title'] === 'string' && /^[^,]+, /.test(named['title']))
      named['title'] = named['title'].replace(/^[^,]+/, stored);
    if (validator.validate(schema, named).valid) return named;
  }
  return drawn;
}

const isPlain = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The keys of `schema` that hold the record's id: the id argument's own name (and `key`/`sid`/`guid` for `articleKey`, `Sid`), `id`, `<entity>_id`. */
export function idKeys(schema: Json, idArgument: string | undefined, entity: string): string[] {
  const wanted = new Set(['id', `${normalizeKey(entity)}id`]);
  if (idArgument !== undefined) {
    const argument = normalizeKey(idArgument);
    wanted.add(argument);
    // `articleKey` names the article's `key`, `FaxSid`... `Sid` its `sid`, `imageGuid` its `guid`, `filterName` its `name`.
    const suffix = /(sid|key|guid|uuid|name)$/.exec(argument)?.[1];
    // (a user's `userName` is a login, not the user's `name`)
    const named = suffix !== undefined && (argument === suffix || argument === `${normalizeKey(entity)}${suffix}`);
    if (named && argument !== 'username') wanted.add(suffix);
  }
  return Object.keys(properties(schema)).filter((key) => wanted.has(normalizeKey(key)));
}

/** Sets the record's id in `target` wherever the schema has an id field the id's type fits. */
export function setId(target: Json, schema: Json, root: Json, keys: string[], id: string | number, validator: SchemaValidator): void {
  for (const key of keys) {
    const propertySchema = resolve(properties(schema)[key], root) ?? {};
    if (validator.validate(propertySchema, id).valid) target[key] = id;
    else if (typeof id === 'number' && validator.validate(propertySchema, String(id)).valid) target[key] = String(id);
  }
}
