/**
 * The strict reading (`--strict`): the rules BFCL's docs state, applied the same way wherever they
 * apply. It differs from BFCL's verdicts (bfcl-ast.ts) where BFCL departs from its own docs;
 * docs/eval.md, "--strict", lists where. A float literal with an integral value read from a file
 * (`3.0`, a `PythonFloat`) is a float, not an int.
 *
 * 1. irrelevance: right only when nothing is called.
 * 2. The number of calls must equal the number of expected calls.
 * 3. Parallel / several calls: matched in any order, each expected call used once (a full
 *    assignment is searched for, so an answer that fits is never rejected for its order).
 * 4. A call matches when the function name is the expected one and its arguments match.
 * 5. Every argument must be a parameter the function doc declares and the answer lists; an
 *    unexpected one fails.
 * 6. A required parameter (doc `required`) that is missing fails; an optional one that is missing
 *    passes only when `""` is among its accepted values.
 * 7. A value must be of the doc's type before it is compared (`null` passes when the answer accepts
 *    `null`, Python's None, anywhere among its accepted values): an int is accepted for a float,
 *    also among an array's items (and compared as a number); a float is not accepted for an int;
 *    booleans, strings, arrays (and their items), tuples and dicts must be of their type; `any`
 *    takes any value.
 * 8. Strings compare case-insensitively and ignoring spaces and `, . / - _ * ^` (BFCL's
 *    standardisation) at every depth; single quotes count as double quotes; `""` is never a value.
 * 9. Lists compare element by element; dicts compare key by key, where the accepted values of a
 *    dict's entries are themselves lists (`""` = the key may be absent).
 */
import { PythonFloat } from '@inftool/core';
import { standardizeString } from './bfcl-ast.js';
import type { BfclFunctionDoc, CheckVerdict, DecodedCall, ExpectedCall } from './bfcl-checker.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof PythonFloat);
/** A number, or a float literal with an integral value (`3.0`, read from a BFCL file): its value. */
const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : value instanceof PythonFloat ? value.value : undefined;

const ok: CheckVerdict = { valid: true };
const fail = (error: string): CheckVerdict => ({ valid: false, error });

function typeOk(value: unknown, type: string | undefined): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
    case 'number':
      return numberOf(value) !== undefined;
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
    case 'tuple':
      return Array.isArray(value);
    case 'dict':
    case 'object':
      return isObject(value);
    default:
      return true; // "any" or undeclared
  }
}

/** Does `value` equal one accepted value (rules 7–9)? */
function sameValue(value: unknown, accepted: unknown, schema: Json | undefined): boolean {
  if (typeof value === 'string' && typeof accepted === 'string') return standardizeString(value) === standardizeString(accepted);
  if (numberOf(value) !== undefined && numberOf(accepted) !== undefined) return numberOf(value) === numberOf(accepted);
  if (Array.isArray(value) && Array.isArray(accepted)) {
    if (value.length !== accepted.length) return false;
    const items = isObject(schema?.['items']) ? (schema['items'] as Json) : undefined;
    return value.every((item, index) => sameValue(item, accepted[index], items));
  }
  if (isObject(value) && isObject(accepted)) return dictMatches(value, accepted, schema);
  return JSON.stringify(value) === JSON.stringify(accepted);
}

/** A dict argument against an accepted dict whose entries may be lists of accepted values (rule 9). */
function dictMatches(value: Json, accepted: Json, schema: Json | undefined): boolean {
  const properties = isObject(schema?.['properties']) ? (schema['properties'] as Record<string, Json>) : {};
  for (const key of Object.keys(value)) if (!(key in accepted)) return false;
  for (const [key, choices] of Object.entries(accepted)) {
    const options = Array.isArray(choices) ? choices : [choices];
    if (!(key in value)) {
      if (!options.includes('')) return false;
      continue;
    }
    if (!options.some((option) => option !== '' && sameValue(value[key], option, properties[key]))) return false;
  }
  return true;
}

/** One call against one expected call of the same function (rules 4–9). */
export function strictCheckCall(call: DecodedCall, expected: ExpectedCall, docs: ReadonlyMap<string, BfclFunctionDoc>): CheckVerdict {
  const [name, args] = Object.entries(call)[0] ?? [];
  const [expectedName, answers] = Object.entries(expected)[0] ?? [];
  if (name === undefined || !isObject(args)) return fail('a call must be {"<function name>": {<arguments>}}');
  if (name !== expectedName) return fail(`wrong function: expected ${expectedName}, got ${name}`);
  const doc = docs.get(name);
  const properties = doc?.parameters?.properties ?? {};
  const required = new Set(doc?.parameters?.required ?? []);
  for (const parameter of Object.keys(args)) {
    if (!(parameter in properties) || !(parameter in (answers ?? {}))) return fail(`unexpected parameter ${name}.${parameter}`);
  }
  for (const [parameter, accepted] of Object.entries(answers ?? {})) {
    const options = Array.isArray(accepted) ? accepted : [accepted];
    if (!(parameter in args)) {
      if (required.has(parameter)) return fail(`missing required parameter ${name}.${parameter}`);
      if (!options.includes('')) return fail(`optional parameter ${name}.${parameter} not provided, and it has no default in the answer`);
      continue;
    }
    const schema = properties[parameter];
    const value = args[parameter];
    if (value === null && options.includes(null)) continue; // Python's None where the answer accepts it
    const type = typeof schema?.['type'] === 'string' ? (schema['type'] as string) : undefined;
    if (!typeOk(value, type)) return fail(`${name}.${parameter}: expected type ${type}, got ${JSON.stringify(value)}`);
    const itemType =
      isObject(schema?.['items']) && typeof (schema['items'] as Json)['type'] === 'string'
        ? ((schema['items'] as Json)['type'] as string)
        : undefined;
    if (Array.isArray(value) && itemType && !value.every((item) => typeOk(item, itemType)))
      return fail(`${name}.${parameter}: expected type array of ${itemType}, got ${JSON.stringify(value).slice(0, 200)}`);
    if (!options.some((option) => option !== '' && sameValue(value, option, schema))) {
      return fail(
        `${name}.${parameter}: ${JSON.stringify(value)} is not among the accepted values ${JSON.stringify(options.filter((option) => option !== ''))}`,
      );
    }
  }
  return ok;
}

/**
 * All calls of one question against its expected calls (rules 1–3): same count, matched in any
 * order, each expected call used once (backtracking, as BFCL tries every assignment).
 */
export function strictCheckCalls(
  calls: DecodedCall[],
  expected: ExpectedCall[],
  docs: ReadonlyMap<string, BfclFunctionDoc>,
  category: string,
): CheckVerdict {
  if (category.includes('irrelevance'))
    return calls.length === 0 ? ok : fail(`no tool fits this question, but ${calls.length} call(s) were made`);
  if (calls.length !== expected.length) return fail(`wrong number of calls: expected ${expected.length}, got ${calls.length}`);
  const used = new Array<boolean>(expected.length).fill(false);
  let firstError = '';
  const assign = (index: number): boolean => {
    if (index === calls.length) return true;
    for (let candidate = 0; candidate < expected.length; candidate += 1) {
      if (used[candidate]) continue;
      const verdict = strictCheckCall(calls[index] as DecodedCall, expected[candidate] as ExpectedCall, docs);
      if (!verdict.valid) {
        firstError ||= verdict.error;
        continue;
      }
      used[candidate] = true;
      if (assign(index + 1)) return true;
      used[candidate] = false;
    }
    return false;
  };
  return assign(0)
    ? ok
    : fail(
        calls.length === 1 ? firstError : `no assignment of the ${calls.length} calls to the expected ones matches (e.g. ${firstError})`,
      );
}
