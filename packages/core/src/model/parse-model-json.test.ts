import { describe, expect, it } from 'vitest';
import { parseJsonObject } from './parse-model-json.js';

describe('parseJsonObject', () => {
  it('reads plain, fenced and prose-wrapped objects', () => {
    expect(parseJsonObject('{"a":1}')).toEqual({ success: true, value: { a: 1 } });
    expect(parseJsonObject('Here:\n```json\n{"a": 2}\n```')).toEqual({ success: true, value: { a: 2 } });
    expect(parseJsonObject('Sure! {"a": 3} hope that helps')).toEqual({ success: true, value: { a: 3 } });
  });

  it('says what is wrong otherwise', () => {
    expect(parseJsonObject('')).toEqual({ success: false, error: 'empty output' });
    expect(parseJsonObject('[1,2]')).toMatchObject({ success: false, error: expect.stringContaining('array') });
    expect(parseJsonObject('{"a": ')).toMatchObject({ success: false, error: expect.stringContaining('invalid JSON') });
  });
});
