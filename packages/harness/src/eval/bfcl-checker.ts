/**
 * A BFCL-compatible AST checker: judges decoded calls against BFCL possible answers the way the
 * Berkeley Function-Calling Leaderboard's AST checker does. Rules (each has a test):
 *
 * 1. irrelevance: right only when nothing is called.
 * 2. The number of calls must equal the number of expected calls.
 * 3. Parallel / several calls: matched in any order, each expected call used once.
 * 4. A call matches when the function name is the expected one and its arguments match.
 * 5. Every argument must be a parameter the function doc declares and the answer lists; an
 *    unexpected one fails.
 * 6. A required parameter (doc `required`) that is missing fails; an optional one that is missing
 *    passes only when `""` is among its accepted values.
 * 7. A value must be one of the accepted values, after the doc's type check (`null` passes when the
 *    answer accepts `null`, Python's None): an int is accepted for a float (and compared as a
 *    number); a float is not accepted for an int; booleans, strings, arrays (and their items),
 *    tuples and dicts must be of their type.
 * 8. Strings compare case-insensitively and ignoring spaces and `, . / - _ * ^` (BFCL's
 *    standardisation); single quotes count as double quotes.
 * 9. Lists compare element by element (strings standardised); dicts compare key by key, where the
 *    accepted values of a dict's entries are themselves lists (`""` = the key may be absent).
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface BfclFunctionDoc {
  name: string;
  parameters?: { type?: string; properties?: Record<string, Json>; required?: string[] };
}

/** One decoded call: `{"<function name>": {<arguments>}}`. */
export type DecodedCall = Record<string, Json>;
/** One expected call: `{"<function name>": {"<param>": [accepted values…]}}`. */
export type ExpectedCall = Record<string, Record<string, unknown[]>>;

export type CheckVerdict = { valid: true } | { valid: false; error: string };

const ok: CheckVerdict = { valid: true };
const fail = (error: string): CheckVerdict => ({ valid: false, error });

export function standardizeString(text: string): string {
  return text
    .replace(/[ ,./\-_*^]/g, '')
    .toLowerCase()
    .replace(/'/g, '"');
}

function typeOk(value: unknown, type: string | undefined): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
    case 'number':
      return typeof value === 'number';
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
  if (typeof value === 'number' && typeof accepted === 'number') return value === accepted;
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
export function checkCall(call: DecodedCall, expected: ExpectedCall, docs: ReadonlyMap<string, BfclFunctionDoc>): CheckVerdict {
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
    let value = args[parameter];
    if (value === null && options.includes(null)) continue; // Python's None where the answer accepts it
    const type = typeof schema?.['type'] === 'string' ? (schema['type'] as string) : undefined;
    if (!typeOk(value, type)) return fail(`${name}.${parameter}: expected type ${type}, got ${JSON.stringify(value)}`);
    const itemType =
      isObject(schema?.['items']) && typeof (schema['items'] as Json)['type'] === 'string'
        ? ((schema['items'] as Json)['type'] as string)
        : undefined;
    if (Array.isArray(value) && itemType && !value.every((item) => typeOk(item, itemType)))
      return fail(`${name}.${parameter}: expected type array of ${itemType}, got ${JSON.stringify(value).slice(0, 200)}`);
    if (type === 'float' && typeof value === 'number') value = Number(value); // an int stands for a float
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
export function checkCalls(
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
      const verdict = checkCall(calls[index] as DecodedCall, expected[candidate] as ExpectedCall, docs);
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
