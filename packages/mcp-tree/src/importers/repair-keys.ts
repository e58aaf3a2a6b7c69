import { isObject, type Json } from './json.js';

/** Schema keywords whose values are JSON data (examples of the answer), not sub-schemas. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'const', 'enum', 'x-example']);
/** A character no API puts in a field name: a spec's typo (`"recovered\""`), or a stray escape. */
const STRAY = /["'\\`]/g;
/** `Thu Apr 09 2020 12:20:00 GMT+0000 (Coordinated Universal Time)`: JavaScript's `Date#toString`. */
const JS_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}( \([^)]*\))?$/;

/**
 * A key as an API would write it: a `Date#toString` key becomes its ISO 8601 instant
 * (`2020-04-09T12:20:00Z`), stray quotes, backslashes and edge spaces are dropped. Empty when
 * nothing is left.
 */
export function repairedKey(key: string): string {
  if (JS_DATE.test(key)) {
    const time = Date.parse(key.replace(/ \([^)]*\)$/, ''));
    if (!Number.isNaN(time)) return `${new Date(time).toISOString().slice(0, 19)}Z`;
  }
  return key.replace(STRAY, '').trim();
}

/**
 * `entries` with each key repaired; an entry whose key repairs to nothing, or to a key another
 * entry already has (the spec wrote both `recovered` and `recovered"`), is dropped.
 */
function repairedEntries(entries: Array<[string, unknown]>, repairValue: (value: unknown) => unknown): Array<[string, unknown]> {
  const clean = new Set(entries.map(([key]) => key).filter((key) => repairedKey(key) === key));
  const kept: Array<[string, unknown]> = [];
  const seen = new Set<string>();
  for (const [key, value] of entries) {
    const repaired = repairedKey(key);
    if (repaired === '' || seen.has(repaired) || (repaired !== key && clean.has(repaired))) continue;
    seen.add(repaired);
    kept.push([repaired, repairValue(value)]);
  }
  return kept;
}

/** An example value with its object keys repaired, at every depth. */
export function repairValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(repairValue);
  if (!isObject(value)) return value;
  return Object.fromEntries(repairedEntries(Object.entries(value), repairValue));
}

/**
 * An output schema whose field names and example keys are ones a real API answers with: a property
 * the spec misspelt with a stray quote (`"recovered\""`) is named `recovered` (or dropped when
 * `recovered` is there too, `required` following), and example keys printed by JavaScript's
 * `Date#toString` become ISO instants, so results sampled from the schema and its examples never
 * carry them. A new object; the input is not changed (normalised schemas are shared).
 */
export function repairOutputKeys(schema: Json): Json {
  const repairSchema = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(repairSchema);
    if (!isObject(node)) return node;
    const out: Json = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (DATA_KEYWORDS.has(keyword)) out[keyword] = repairValue(value);
      else if ((keyword === 'properties' || keyword === 'patternProperties') && isObject(value)) {
        out[keyword] = Object.fromEntries(
          keyword === 'properties'
            ? repairedEntries(Object.entries(value), repairSchema)
            : Object.entries(value).map(([pattern, sub]) => [pattern, repairSchema(sub)]),
        );
      } else if (keyword === 'required' && Array.isArray(value)) {
        out[keyword] = [...new Set(value.map((name) => (typeof name === 'string' ? repairedKey(name) : name)))].filter(
          (name) => name !== '',
        );
      } else out[keyword] = repairSchema(value);
    }
    return out;
  };
  return repairSchema(schema) as Json;
}
