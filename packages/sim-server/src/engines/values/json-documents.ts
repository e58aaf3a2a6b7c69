import type { Schema } from './schema-tools.js';

/** "list of strings to search for", "an array of gene identifiers": the text is a list of values. */
const LIST_DESCRIPTION =
  /^\W*(an? |the )?(list|array|set) of (\w+ )?(strings|values|names|ids|identifiers|keys|terms|keywords|codes|symbols|tags)\b/i;

/** A string an example holds only to show the shape: `gene1`, `target2`, `id`, `string`, `value`. */
const PLACEHOLDER = /^([a-z]+[_-]?\d+|string|value|example|id|name)$/i;

type Leaf = (schema: Schema, name: string) => unknown;

/** The first example that is a JSON document, read leniently (`"facets" = "true"` is a slip for `:`). */
function exampleDocument(examples: readonly unknown[]): unknown {
  for (const example of examples) {
    if (typeof example !== 'string' || !/^\s*[[{]/.test(example)) continue;
    for (const text of [example, example.replace(/"\s*=\s*/g, '": ')]) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // the next reading
      }
    }
  }
  return undefined;
}

/** A document of the example's shape: its keys kept, its placeholder strings (`gene1`, `id2`) made real by `leaf`. */
function reshape(value: unknown, key: string, leaf: Leaf, description: string): unknown {
  // a placeholder (`gene1`, `id2`, `string`) is made real; a literal setting (`"true"`, `"desc"`) is kept
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? leaf({ type: 'string', description }, key) : value;
  if (Array.isArray(value)) {
    const singular = key.replace(/ies$/, 'y').replace(/s$/, '');
    if (value.length === 0) return [];
    // a batch names each thing once (`["EFO_0000676", "EFO_0000676"]` reads as a slip)
    const items: unknown[] = [];
    const seen = new Set<string>();
    const wanted = Math.min(3, Math.max(2, value.length));
    for (let attempt = 0; items.length < wanted && attempt < wanted * 6; attempt += 1) {
      const item = reshape(value[0], singular, leaf, description);
      const key = JSON.stringify(item);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
    return items;
  }
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, reshape(child, name, leaf, description)]));
  return value;
}

/**
 * A request body carried as a string: where a free string's examples are JSON documents (OpenAPI
 * bodies flattened into one text parameter), a document of the same shape with realistic values; where
 * its description asks for a list of values, a JSON array of them. Undefined for any other string.
 */
export function jsonDocument(schema: Schema, leaf: Leaf): string | undefined {
  const description = typeof schema['description'] === 'string' ? schema['description'] : '';
  // the leaves are single values of what the parameter describes (never a list again)
  const leafDescription = LIST_DESCRIPTION.test(description)
    ? description.replace(LIST_DESCRIPTION, (match) => match.replace(/^(\W*)(an? |the )?(list|array|set) of /i, '$1').replace(/s$/, ''))
    : description;
  const document = Array.isArray(schema['examples']) ? exampleDocument(schema['examples']) : undefined;
  if (document !== undefined && typeof document === 'object' && document !== null)
    return JSON.stringify(reshape(document, 'value', leaf, leafDescription));
  if (LIST_DESCRIPTION.test(description))
    return JSON.stringify(reshape(['value'], /search|query|term|keyword/i.test(description) ? 'queries' : 'values', leaf, leafDescription));
  return undefined;
}
