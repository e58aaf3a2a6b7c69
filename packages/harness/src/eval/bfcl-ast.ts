/**
 * BFCL's reading: the verdicts of the Berkeley Function-Calling Leaderboard's AST checker (Python
 * language), rule for rule, including the parts that depart from its own docs. Values are judged by
 * the types Python's `json` gives them (`PythonFloat` keeps `3.0` a float) and compared with
 * Python's `==`. docs/eval.md lists the rules and how `--strict` differs.
 */
import { PythonFloat, pythonEquals, pythonType, stringifyPythonJson, type PythonType, isJsonObject } from '@inftool/core';
import type { BfclFunctionDoc, CheckVerdict, DecodedCall, ExpectedCall } from './bfcl-checker.js';

const ok: CheckVerdict = { valid: true };
const fail = (error: string): CheckVerdict => ({ valid: false, error });
const show = (value: unknown): string => (value === undefined ? 'nothing' : stringifyPythonJson(value)).slice(0, 200);

/** BFCL's string standardisation: case-insensitive, without spaces and `, . / - _ * ^`, single quotes as double. */
export function standardizeString(text: string): string {
  return text
    .replace(/[ ,./\-_*^]/g, '')
    .toLowerCase()
    .replace(/'/g, '"');
}
const standardized = (value: unknown): unknown => (typeof value === 'string' ? standardizeString(value) : value);

/** The doc types BFCL's checker knows, as Python types (`any` is read as a string). */
const PYTHON_TYPES = new Map<string, PythonType>([
  ['string', 'str'],
  ['integer', 'int'],
  ['float', 'float'],
  ['boolean', 'bool'],
  ['array', 'list'],
  ['tuple', 'list'],
  ['dict', 'dict'],
  ['any', 'str'],
]);

/** What Python's `for item in container` and `container[i]` see: a list's items, a string's characters, a dict's keys. */
function items(container: unknown): unknown[] {
  if (Array.isArray(container)) return container;
  if (typeof container === 'string') return [...container];
  if (isJsonObject(container)) return Object.keys(container);
  return [];
}

/** Python's `needle in container`. */
function contains(container: unknown, needle: unknown): boolean {
  if (Array.isArray(container)) return container.some((item) => pythonEquals(needle, item));
  if (typeof container === 'string') return typeof needle === 'string' && container.includes(needle);
  if (isJsonObject(container)) return typeof needle === 'string' && Object.hasOwn(container, needle);
  return false;
}

/** The type of the first accepted value other than `""`: when it differs from the doc's, BFCL reads the answer as a variable. */
function answerType(accepted: unknown): PythonType | undefined {
  const first = items(accepted).find((answer) => !pythonEquals(answer, ''));
  return first === undefined ? undefined : pythonType(first);
}

interface TypeVerdict {
  valid: boolean;
  /** The value is judged as a "variable": by the answer's type and compared exactly, without the string, list and dict rules. */
  variable: boolean;
}

/** The doc's type, or the answer's; array items one level deep, against every accepted list until one fits. */
function typeCheck(value: unknown, accepted: unknown, expected: PythonType, itemType: PythonType | undefined): TypeVerdict {
  const fromAnswer = answerType(accepted);
  const variable = fromAnswer !== undefined && fromAnswer !== expected;
  const type = pythonType(value);
  if (type === expected) {
    if (itemType === undefined) return { valid: true, variable };
    const fits = items(accepted).some(
      (answer) => !Array.isArray(answer) || (value as unknown[]).every((item) => typeCheck(item, answer, itemType, undefined).valid),
    );
    return { valid: fits, variable };
  }
  return { valid: fromAnswer !== undefined && type === fromAnswer, variable: true };
}

function stringMatches(value: string, accepted: unknown): boolean {
  const choices = items(accepted).filter((answer): answer is string => typeof answer === 'string');
  return choices.some((answer) => standardizeString(answer) === standardizeString(value));
}

/** Items of an accepted list as `range(len(answer))` sees them; undefined where Python would fail (a number, a non-empty dict). */
function indexable(answer: unknown): unknown[] | undefined {
  if (Array.isArray(answer) || typeof answer === 'string') return items(answer);
  if (isJsonObject(answer) && Object.keys(answer).length === 0) return [];
  return undefined;
}

/** A list equals an accepted list after standardising the strings at its top level (so `""`, as an empty sequence, accepts `[]`). */
function listMatches(value: unknown[], accepted: unknown): boolean {
  const mine = value.map(standardized);
  return items(accepted).some((answer) => {
    const theirs = indexable(answer);
    return theirs !== undefined && pythonEquals(mine, theirs.map(standardized));
  });
}

/** A dict against accepted dicts whose entries list accepted values (strings standardised, `""`: the key may be absent). */
function dictMatches(value: unknown, accepted: unknown): boolean {
  if (!isJsonObject(value)) return false;
  return items(accepted).some((answer) => {
    if (pythonEquals(answer, '') || !isJsonObject(answer)) return false;
    for (const [key, entry] of Object.entries(value)) {
      if (!Object.hasOwn(answer, key)) return false;
      const choices = indexable(answer[key]) ?? [];
      if (!choices.some((choice) => pythonEquals(standardized(entry), standardized(choice)))) return false;
    }
    return Object.entries(answer).every(([key, choices]) => Object.hasOwn(value, key) || contains(choices, ''));
  });
}

/** A list of dicts against accepted lists of dicts, position by position. */
function dictListMatches(value: unknown[], accepted: unknown): boolean {
  return items(accepted).some((answer) => {
    const theirs = indexable(answer);
    if (theirs === undefined || theirs.length !== value.length) return false;
    return value.every((entry, index) => dictMatches(entry, [theirs[index]]));
  });
}

/** One call against one expected call, judged by `doc` (BFCL's simple_function_checker). */
export function bfclCheckCall(call: DecodedCall, expected: ExpectedCall, doc: BfclFunctionDoc | undefined): CheckVerdict {
  const [expectedName, answers = {}] = Object.entries(expected)[0] ?? [];
  if (!doc) return fail(`no function doc for the expected function ${expectedName}`);
  const name = doc.name;
  if (!Object.hasOwn(call, name)) return fail(`wrong function: expected ${name}, got ${Object.keys(call).join(', ') || 'nothing'}`);
  const args = call[name];
  if (!isJsonObject(args)) return fail(`the arguments of ${name} are not a dict: ${show(args)}`);
  const properties = doc.parameters?.properties ?? {};
  for (const parameter of doc.parameters?.required ?? [])
    if (!Object.hasOwn(args, parameter)) return fail(`missing required parameter ${name}.${parameter}`);
  for (const [parameter, raw] of Object.entries(args)) {
    if (!Object.hasOwn(properties, parameter) || !Object.hasOwn(answers, parameter))
      return fail(`unexpected parameter ${name}.${parameter}`);
    const accepted = answers[parameter];
    const schema = properties[parameter] ?? {};
    const docType = String(schema['type']);
    const expectedType = PYTHON_TYPES.get(docType);
    if (!expectedType) return fail(`${name}.${parameter}: the doc type ${show(schema['type'])} is not one BFCL's checker knows`);
    let itemType: PythonType | undefined;
    let itemDocType = '';
    if (docType === 'array' || docType === 'tuple') {
      itemDocType = isJsonObject(schema['items']) ? String(schema['items']['type']) : 'undefined';
      itemType = PYTHON_TYPES.get(itemDocType);
      if (!itemType) return fail(`${name}.${parameter}: the item type ${itemDocType} is not one BFCL's checker knows`);
    }
    // Python turns an int into a float where the doc wants a float (not inside lists or dicts).
    const value = docType === 'float' && pythonType(raw) === 'int' ? new PythonFloat(raw as number) : raw;
    const typed = typeCheck(value, accepted, expectedType, itemType);
    if (!typed.valid)
      return fail(
        `${name}.${parameter}: expected type ${docType}${itemType ? ` of ${itemDocType}` : ''}, got ${pythonType(value)} ${show(value)}`,
      );
    let matches: boolean;
    if (typed.variable) matches = contains(accepted, value);
    else if (expectedType === 'dict') matches = dictMatches(value, accepted);
    else if (expectedType === 'list' && itemType === 'dict') matches = dictListMatches(value as unknown[], accepted);
    else if (expectedType === 'str') matches = stringMatches(value as string, accepted);
    else if (expectedType === 'list') matches = listMatches(value as unknown[], accepted);
    else matches = contains(accepted, value);
    if (!matches) return fail(`${name}.${parameter}: ${show(value)} is not among the accepted values ${show(accepted)}`);
  }
  for (const [parameter, accepted] of Object.entries(answers))
    if (!Object.hasOwn(args, parameter) && !contains(accepted, ''))
      return fail(`optional parameter ${name}.${parameter} not provided, and "" is not among its accepted values`);
  return ok;
}

const docFor = (expected: ExpectedCall | undefined, docs: ReadonlyMap<string, BfclFunctionDoc>) =>
  docs.get(Object.keys(expected ?? {})[0] ?? '');

/**
 * All calls of one question, as BFCL's `ast_checker` dispatches on the category: `parallel…` matches
 * each expected call, in order, with the first unused call that fits (greedy, no backtracking);
 * `multiple…` wants one call, judged against the expected function's doc; any other category wants
 * one call, judged against the question's first function doc.
 */
export function bfclCheckCalls(
  calls: DecodedCall[],
  expected: ExpectedCall[],
  docs: ReadonlyMap<string, BfclFunctionDoc>,
  category: string,
): CheckVerdict {
  if (category.includes('parallel')) {
    if (calls.length !== expected.length) return fail(`wrong number of calls: expected ${expected.length}, got ${calls.length}`);
    const used = new Set<number>();
    for (const [index, expectedCall] of expected.entries()) {
      const doc = docFor(expectedCall, docs);
      let firstError = '';
      const match = calls.findIndex((call, candidate) => {
        if (used.has(candidate)) return false;
        const verdict = bfclCheckCall(call, expectedCall, doc);
        if (!verdict.valid) firstError ||= verdict.error;
        return verdict.valid;
      });
      if (match === -1) return fail(`no unmatched call fits expected call ${index} (e.g. ${firstError})`);
      used.add(match);
    }
    return ok;
  }
  const count = category.includes('multiple') ? expected.length : 1;
  if (calls.length !== count) return fail(`wrong number of calls: expected ${count}, got ${calls.length}`);
  const doc = category.includes('multiple') ? docFor(expected[0], docs) : docs.values().next().value;
  return bfclCheckCall(calls[0] as DecodedCall, expected[0] ?? {}, doc);
}
