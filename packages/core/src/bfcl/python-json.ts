import { parse, stringify } from 'lossless-json';

/**
 * JSON as Python's `json` module reads it. Python keeps `3.0` a float and `3` an int; JavaScript
 * reads both as 3. BFCL's checker judges by Python types (an int among the items of a float array
 * is wrong, `3.0` is not an integer), so BFCL files are read keeping the difference: a float literal
 * whose value is integral becomes a `PythonFloat`; every other number stays a plain number, an int
 * when it is integral and a float otherwise.
 */
export class PythonFloat {
  constructor(readonly value: number) {}
  /** Plain `JSON.stringify` writes the number (losing the `.0`); `stringifyPythonJson` keeps it. */
  toJSON(): number {
    return this.value;
  }
}

/** The Python type a JSON value has once `json.loads` read it. */
export type PythonType = 'NoneType' | 'bool' | 'int' | 'float' | 'str' | 'list' | 'dict';

export function pythonType(value: unknown): PythonType | undefined {
  if (value === null) return 'NoneType';
  if (value instanceof PythonFloat) return 'float';
  switch (typeof value) {
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'string':
      return 'str';
    case 'object':
      return Array.isArray(value) ? 'list' : 'dict';
    default:
      return undefined;
  }
}

/** A bool, int or float as the number Python compares it as (`True == 1 == 1.0`); undefined otherwise. */
function numeric(value: unknown): number | undefined {
  if (value instanceof PythonFloat) return value.value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** Python's `==` on values read from JSON: numbers and booleans by value, lists item by item, dicts key by key. */
export function pythonEquals(left: unknown, right: unknown): boolean {
  const leftNumber = numeric(left);
  const rightNumber = numeric(right);
  if (leftNumber !== undefined || rightNumber !== undefined) return leftNumber === rightNumber;
  if (typeof left === 'string' || typeof right === 'string' || left === null || right === null) return left === right;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => pythonEquals(item, right[index]));
  }
  if (typeof left !== 'object' || typeof right !== 'object') return false;
  const leftKeys = Object.keys(left);
  const rightRecord = right as Record<string, unknown>;
  if (leftKeys.length !== Object.keys(rightRecord).length) return false;
  return leftKeys.every((key) => Object.hasOwn(rightRecord, key) && pythonEquals((left as Record<string, unknown>)[key], rightRecord[key]));
}

const FLOAT_LITERAL = /[.eE]/;

/** Parses JSON text as Python's `json.loads` types it (see `PythonFloat`); a later duplicate key wins, as in Python. Throws a SyntaxError. */
export function parsePythonJson(text: string): unknown {
  return parse(text, null, {
    parseNumber: (literal) => {
      const value = Number(literal);
      return FLOAT_LITERAL.test(literal) && Number.isInteger(value) ? new PythonFloat(value) : value;
    },
    onDuplicateKey: ({ newValue }) => newValue,
  });
}

/** Python's `repr` of a float with an integral value: `3.0`, `1e+16`. */
function floatLiteral(value: number): string {
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** JSON text that Python reads back with the same types: a `PythonFloat` is written as a float literal (`3.0`). */
export function stringifyPythonJson(value: unknown): string {
  return (
    stringify(value, null, undefined, [
      { test: (candidate) => candidate instanceof PythonFloat, stringify: (candidate) => floatLiteral((candidate as PythonFloat).value) },
    ]) ?? 'null'
  );
}
