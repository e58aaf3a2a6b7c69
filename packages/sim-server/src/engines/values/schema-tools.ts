/** JSON Schema plumbing for the value generator: `$ref`, merging (`allOf`, `if`/`then`), types, cheap checks. */

export type Schema = Record<string, unknown>;

const resolved = new WeakMap<Schema, { root: Schema; schema: Schema }>();

/** What a local `$ref` (`#/components/schemas/Pet`) points at inside `root`, or undefined. */
export function pointer(ref: string, root: Schema): unknown {
  return ref
    .slice(1)
    .split('/')
    .filter(Boolean)
    .reduce<unknown>(
      (node, part) => (node as Schema | undefined)?.[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))],
      root,
    );
}

/**
 * `schema` with its `$ref` chain followed inside `root` (siblings of a `$ref` win), cached per schema
 * object, so the resolved object is stable and per-schema caches (description hints) hold.
 * A `$ref` outside the document resolves to `{}` (any value).
 */
export function resolveRef(schema: Schema, root: Schema): Schema {
  if (typeof schema['$ref'] !== 'string') return schema;
  const cached = resolved.get(schema);
  if (cached !== undefined && cached.root === root) return cached.schema;
  let current = schema;
  for (let hops = 0; typeof current['$ref'] === 'string' && hops < 20; hops += 1) {
    const ref = current['$ref'] as string;
    const { $ref: _ignored, ...rest } = current;
    const target = ref.startsWith('#') ? pointer(ref, root) : undefined;
    current = { ...(typeof target === 'object' && target !== null ? (target as Schema) : {}), ...rest };
  }
  if (typeof current['$ref'] === 'string') {
    const { $ref: _cycle, ...rest } = current;
    current = rest;
  }
  resolved.set(schema, { root, schema: current });
  return current;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function typesOf(schema: Schema): string[] | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return type === 'number' ? ['number', 'integer'] : [type];
  if (Array.isArray(type)) return type.flatMap((entry) => (entry === 'number' ? ['number', 'integer'] : [String(entry)]));
  return undefined;
}

const MERGE_MIN = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const MERGE_MAX = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];

/**
 * One schema that asks for both `a` and `b` (as far as a generator needs: properties merged key by
 * key, `required` united, bounds tightened, `enum` and `type` intersected). Used for `allOf`,
 * `if`/`then` and `dependentSchemas`.
 */
export function mergeSchemas(a: Schema, b: Schema, root: Schema): Schema {
  const left = resolveRef(a, root);
  const right = resolveRef(b, root);
  const merged: Schema = { ...left };
  for (const [key, value] of Object.entries(right)) {
    const existing = merged[key];
    if (existing === undefined) merged[key] = value;
    else if (key === 'properties' || key === 'patternProperties' || key === 'dependentSchemas') {
      const out: Schema = { ...(existing as Schema) };
      for (const [name, sub] of Object.entries(value as Schema)) {
        const previous = out[name];
        out[name] =
          previous !== undefined && typeof previous === 'object' && typeof sub === 'object' && previous !== null && sub !== null
            ? mergeSchemas(previous as Schema, sub as Schema, root)
            : sub;
      }
      merged[key] = out;
    } else if (key === 'required') merged[key] = [...new Set([...(existing as string[]), ...(value as string[])])];
    else if (key === 'enum' && Array.isArray(existing) && Array.isArray(value)) {
      const keep = existing.filter((entry) => value.some((other) => JSON.stringify(other) === JSON.stringify(entry)));
      merged[key] = keep.length > 0 ? keep : value;
    } else if (key === 'type') {
      const leftTypes = typesOf(left) ?? [];
      const rightTypes = typesOf(right) ?? [];
      const both = leftTypes.filter((type) => rightTypes.includes(type));
      merged[key] = both.length === 0 ? value : both.includes('number') ? both.filter((type) => type !== 'integer') : both;
    } else if (MERGE_MIN.includes(key) && numberOr(existing) !== undefined && numberOr(value) !== undefined)
      merged[key] = Math.max(existing as number, value as number);
    else if (MERGE_MAX.includes(key) && numberOr(existing) !== undefined && numberOr(value) !== undefined)
      merged[key] = Math.min(existing as number, value as number);
    else if (
      (key === 'items' || key === 'additionalProperties' || key === 'contains' || key === 'propertyNames') &&
      typeof existing === 'object' &&
      typeof value === 'object' &&
      existing !== null &&
      value !== null
    )
      merged[key] = mergeSchemas(existing as Schema, value as Schema, root);
    else if (key === 'allOf' && Array.isArray(existing) && Array.isArray(value)) merged[key] = [...existing, ...value];
    else merged[key] = value;
  }
  return merged;
}

/** The JSON type to generate: a concrete one from a `type` array (null only when nothing else is allowed). */
export function pickType(schema: Schema, pick: <T>(items: readonly T[]) => T): string | undefined {
  const type = schema['type'];
  if (Array.isArray(type)) {
    const concrete = type.filter((entry) => entry !== 'null');
    return (concrete.length > 0 ? pick(concrete) : 'null') as string;
  }
  if (typeof type === 'string') return type;
  if (
    schema['properties'] !== undefined ||
    schema['additionalProperties'] !== undefined ||
    schema['patternProperties'] !== undefined ||
    schema['required'] !== undefined
  )
    return 'object';
  if (schema['items'] !== undefined || schema['prefixItems'] !== undefined || schema['contains'] !== undefined) return 'array';
  if (schema['minimum'] !== undefined || schema['maximum'] !== undefined || schema['multipleOf'] !== undefined) return 'number';
  return undefined;
}

/** The JSON type of a value, as JSON Schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Cheap shape checks for the formats spec examples most often get wrong. */
const FORMAT_CHECKS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  ipv4: /^\d{1,3}(\.\d{1,3}){3}$/,
};

/**
 * A cheap check that a literal (a spec example, a default, an echoed argument) may stand for
 * `schema`: its type, `enum`/`const`, string length and numeric bounds. The engine validates after.
 */
export function literalFits(value: unknown, schema: Schema): boolean {
  const types = typesOf(schema);
  const type = jsonType(value);
  if (types !== undefined && !types.includes(type) && !(type === 'integer' && types.includes('number'))) return false;
  if ('const' in schema && JSON.stringify(schema['const']) !== JSON.stringify(value)) return false;
  if (Array.isArray(schema['enum']) && !schema['enum'].some((entry) => JSON.stringify(entry) === JSON.stringify(value))) return false;
  if (typeof value === 'string') {
    const format = typeof schema['format'] === 'string' ? FORMAT_CHECKS[schema['format']] : undefined;
    if (format !== undefined && !format.test(value)) return false;
    const length = [...value].length;
    if (length < (numberOr(schema['minLength']) ?? 0) || length > (numberOr(schema['maxLength']) ?? Infinity)) return false;
  }
  if (typeof value === 'number') {
    if (value < (numberOr(schema['minimum']) ?? -Infinity) || value > (numberOr(schema['maximum']) ?? Infinity)) return false;
    if (value <= (numberOr(schema['exclusiveMinimum']) ?? -Infinity) || value >= (numberOr(schema['exclusiveMaximum']) ?? Infinity))
      return false;
  }
  if (type === 'object' && types === undefined) return false;
  return true;
}

export function numberKeyword(schema: Schema, key: string): number | undefined {
  return numberOr(schema[key]);
}
