import { describe, expect, it } from 'vitest';
import { parsePythonCall } from './python-call.js';

describe('parsePythonCall (BFCL multi-turn answers)', () => {
  it('reads keyword and positional literals of every kind', () => {
    expect(parsePythonCall("mv(source='final_report.pdf', destination='temp')")).toEqual({
      name: 'mv',
      args: [],
      kwargs: { source: 'final_report.pdf', destination: 'temp' },
    });
    expect(parsePythonCall("sort('final_report.pdf')")).toEqual({ name: 'sort', args: ['final_report.pdf'], kwargs: {} });
    expect(
      parsePythonCall("post_tweet(content='It\\'s done, \"really\"', tags=['#a','#b'], n=-2.5e1, ok=True, none=None, d={'k': (1, 2)})"),
    ).toEqual({
      name: 'post_tweet',
      args: [],
      kwargs: { content: 'It\'s done, "really"', tags: ['#a', '#b'], n: -25, ok: true, none: null, d: { k: [1, 2] } },
    });
    expect(parsePythonCall('check_tire_pressure()')).toEqual({ name: 'check_tire_pressure', args: [], kwargs: {} });
  });

  it('names what it cannot read', () => {
    expect(() => parsePythonCall("cd(folder='doc'")).toThrow(/cd\(folder='doc'/);
    expect(() => parsePythonCall('f(x=os.getcwd())')).toThrow(/not a literal/);
    expect(() => parsePythonCall("f(x=1, 'y')")).toThrow(/positional argument after a keyword/);
  });
});
