import { describe, expect, it } from 'vitest';
import { PythonFloat, parsePythonJson, pythonEquals, pythonType, stringifyPythonJson } from './python-json.js';

describe('JSON as Python reads it', () => {
  it('keeps a float literal with an integral value a float, everything else as JSON.parse reads it', () => {
    const value = parsePythonJson('{"a": 3.0, "b": 3, "c": 2.5, "d": 1e3, "e": [1.0, "x", true, null], "f": {"g": -1.0}}') as Record<
      string,
      unknown
    >;
    expect(value['a']).toEqual(new PythonFloat(3));
    expect(value['b']).toBe(3);
    expect(value['c']).toBe(2.5);
    expect(value['d']).toEqual(new PythonFloat(1000));
    expect(value['e']).toEqual([new PythonFloat(1), 'x', true, null]);
    expect(['a', 'b', 'c', 'd'].map((key) => pythonType(value[key]))).toEqual(['float', 'int', 'float', 'float']);
  });
  it('writes floats back as float literals, so Python reads the same types', () => {
    const text = '{"a":3.0,"b":3,"c":2.5,"d":1000.0,"e":[1.0,"x",true,null],"big":1e+21}';
    expect(stringifyPythonJson(parsePythonJson(text))).toBe(text);
    expect(JSON.stringify({ a: new PythonFloat(3) })).toBe('{"a":3}');
  });
  it('takes the last of duplicate keys, as Python does, and names what is not JSON', () => {
    expect(parsePythonJson('{"a": 1, "a": 2}')).toEqual({ a: 2 });
    expect(() => parsePythonJson('{"a": }')).toThrow(SyntaxError);
  });
  it("compares as Python's == does", () => {
    expect(pythonEquals(1, new PythonFloat(1))).toBe(true);
    expect(pythonEquals(true, 1)).toBe(true);
    expect(pythonEquals(false, new PythonFloat(0))).toBe(true);
    expect(pythonEquals('1', 1)).toBe(false);
    expect(pythonEquals(null, 0)).toBe(false);
    expect(pythonEquals([1, 'a'], [new PythonFloat(1), 'a'])).toBe(true);
    expect(pythonEquals([1], [1, 2])).toBe(false);
    expect(pythonEquals({ a: [1] }, { a: [true] })).toBe(true);
    expect(pythonEquals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(pythonEquals({ a: 1 }, [1])).toBe(false);
  });
});
