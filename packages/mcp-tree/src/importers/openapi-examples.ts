import { oversize } from './bound-values.js';
import { isObject, type Json } from './json.js';

/** Examples kept per schema: enough to show the shape, few enough to keep a 100k-tool tree small. */
const MAX_EXAMPLES = 3;

function keep(value: unknown, onDropped?: (why: string) => void): boolean {
  const why = oversize(value);
  if (why !== undefined) onDropped?.(why);
  return why === undefined;
}

/**
 * The example values an OpenAPI object gives for itself, in order: `example`, then the `value` of
 * each entry of an `examples` map (OpenAPI 3 Parameter and Media Type objects; an `externalValue`
 * cannot be read offline and is skipped), then Swagger 2's common `x-example`. An `examples` array
 * (what some specs write) counts as values too.
 */
export function ownExamples(holder: Json, onDropped?: (why: string) => void): unknown[] {
  const values: unknown[] = [];
  if (holder['example'] !== undefined) values.push(holder['example']);
  const examples = holder['examples'];
  if (Array.isArray(examples)) values.push(...examples);
  else if (isObject(examples)) {
    for (const example of Object.values(examples)) if (isObject(example) && example['value'] !== undefined) values.push(example['value']);
  }
  if (holder['x-example'] !== undefined) values.push(holder['x-example']);
  // A value over the bounds is a data dump (or a YAML alias bomb), not an example: measured without writing it out.
  return values.filter((value) => value !== null && value !== '' && keep(value, onDropped));
}

/** Swagger 2 response `examples`: a map from media type to the example body; JSON ones only. */
export function swagger2ResponseExamples(response: Json, onDropped?: (why: string) => void): unknown[] {
  const examples = response['examples'];
  if (!isObject(examples)) return [];
  return Object.entries(examples)
    .filter(([mediaType]) => /json/i.test(mediaType))
    .map(([, value]) => value)
    .filter((value) => value !== null && keep(value, onDropped));
}

/**
 * A query or header example is often written as the string on the wire (`"10"`, `"true"`): read it
 * as the schema's type when that is a number, integer or boolean, else keep it as it is.
 */
export function coerceExample(value: unknown, schema: Json): unknown {
  if (typeof value !== 'string') return value;
  const types = Array.isArray(schema['type']) ? schema['type'] : [schema['type']];
  if (types.includes('string')) return value;
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/**
 * `schema` with `values` added to its `examples` (after its own, without repeats, at most three). A
 * new object: normalised schemas are shared between tools and never changed in place.
 */
export function withExamples(schema: Json, values: unknown[]): Json {
  if (values.length === 0) return schema;
  const existing = Array.isArray(schema['examples']) ? schema['examples'] : [];
  const seen = new Set(existing.map((value) => JSON.stringify(value)));
  const added = values.filter((value) => {
    const text = JSON.stringify(value);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  if (added.length === 0 || existing.length >= MAX_EXAMPLES) return schema;
  return { ...schema, examples: [...existing, ...added].slice(0, MAX_EXAMPLES) };
}
