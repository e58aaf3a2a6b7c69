import { computeResult } from './compute-result.js';
import { nameWords } from './entity-rules.js';
import { driveFeasibility } from './compute-range.js';

type Json = Record<string, unknown>;

const BENCHMARK_PREFIX = /^(simple_python|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_/;
const numeric = (schema: unknown): boolean =>
  typeof schema === 'object' && schema !== null && ['number', 'integer'].includes(String((schema as Json)['type']));

/**
 * A result of a declared output schema with what the arguments compute written into it: the fields
 * the formula names (`final_amount`), else its one computed number into the schema's one number
 * field (`liter_to_gallon` → `gallon`, `add` → `result`). The value unchanged (the same object) when
 * no formula fits, or the fit is not one to one.
 */
export function computedIntoSchema(value: Json, schema: Json | undefined, toolName: string, args: Json): Json {
  const properties = (schema?.['properties'] ?? {}) as Record<string, unknown>;
  if (Object.keys(properties).length === 0) return value;
  const words = nameWords(toolName.replace(BENCHMARK_PREFIX, ''));
  const computed = computeResult(words, args) ?? driveFeasibility(words, args);
  if (computed === undefined) return value;
  const named = Object.keys(computed).filter((key) => key in properties && !(key in args));
  if (named.length > 0) return { ...value, ...Object.fromEntries(named.map((key) => [key, computed[key]])) };
  const targets = Object.keys(properties).filter((key) => numeric(properties[key]) && !(key in args));
  const results = Object.entries(computed).filter(
    ([key, result]) => typeof result === 'number' && !(key in args) && !/^(value|count|listed)$/.test(key),
  );
  if (targets.length !== 1 || results.length !== 1) return value;
  return { ...value, [targets[0] as string]: (results[0] as [string, number])[1] };
}
