import { InfToolError } from '../errors.js';

/** A call as BFCL writes multi-turn ground truth: `mv(source='a.txt', destination='tmp')`. */
export interface PythonCall {
  name: string;
  /** Positional arguments, in order (`sort('report.pdf')`). */
  args: unknown[];
  kwargs: Record<string, unknown>;
}

type Token = { kind: 'name' | 'string' | 'number' | 'punct'; text: string; value?: unknown };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index] as string;
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === "'" || char === '"') {
      let value = '';
      index += 1;
      while (index < source.length && source[index] !== char) {
        if (source[index] === '\\' && index + 1 < source.length) {
          const next = source[index + 1] as string;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          index += 2;
        } else {
          value += source[index];
          index += 1;
        }
      }
      if (index >= source.length) throw new InfToolError('invalid_input', `unterminated string in ${JSON.stringify(source)}`);
      index += 1;
      tokens.push({ kind: 'string', text: value, value });
    } else if (/[-+\d.]/.test(char) && /[\d.]/.test(source[index + (/[-+]/.test(char) ? 1 : 0)] ?? '')) {
      const match = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(source.slice(index)) as RegExpExecArray;
      tokens.push({ kind: 'number', text: match[0], value: Number(match[0]) });
      index += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][\w.]*/.exec(source.slice(index)) as RegExpExecArray;
      tokens.push({ kind: 'name', text: match[0] });
      index += match[0].length;
    } else if ('()[]{},:='.includes(char)) {
      tokens.push({ kind: 'punct', text: char });
      index += 1;
    } else {
      throw new InfToolError('invalid_input', `unexpected "${char}" at ${index} in ${JSON.stringify(source)}`);
    }
  }
  return tokens;
}

/**
 * Parses one Python call with literal arguments (strings, numbers, True/False/None, lists, tuples,
 * dicts), as BFCL's multi-turn answers are written. Anything else is an error naming the call.
 */
export function parsePythonCall(source: string): PythonCall {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const fail = (what: string): never => {
    throw new InfToolError('invalid_input', `cannot parse ${JSON.stringify(source)}: ${what}`);
  };
  const expect = (text: string): void => {
    if (peek()?.text !== text || peek()?.kind === 'string') fail(`expected "${text}" at token ${position}`);
    position += 1;
  };
  const sequence = (close: string): unknown[] => {
    const items: unknown[] = [];
    while (peek()?.text !== close || peek()?.kind === 'string') {
      items.push(value());
      if (peek()?.text === ',' && peek()?.kind === 'punct') position += 1;
      else if (peek()?.text !== close) fail(`expected "," or "${close}"`);
    }
    position += 1;
    return items;
  };
  const value = (): unknown => {
    const token = peek() ?? fail('unexpected end');
    position += 1;
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'name') {
      if (token.text === 'True') return true;
      if (token.text === 'False') return false;
      if (token.text === 'None') return null;
      return fail(`"${token.text}" is not a literal`);
    }
    if (token.text === '[') return sequence(']');
    if (token.text === '(') return sequence(')');
    if (token.text === '{') {
      const object: Record<string, unknown> = {};
      while (peek()?.text !== '}' || peek()?.kind === 'string') {
        const key = value();
        expect(':');
        object[String(key)] = value();
        if (peek()?.text === ',' && peek()?.kind === 'punct') position += 1;
      }
      position += 1;
      return object;
    }
    return fail(`unexpected "${token.text}"`);
  };
  const name = peek();
  if (name?.kind !== 'name') return fail('a call starts with a function name');
  position += 1;
  expect('(');
  const call: PythonCall = { name: name.text, args: [], kwargs: {} };
  while (peek()?.text !== ')' || peek()?.kind === 'string') {
    const token = peek();
    if (token?.kind === 'name' && tokens[position + 1]?.text === '=' && tokens[position + 1]?.kind === 'punct') {
      position += 2;
      call.kwargs[token.text] = value();
    } else {
      if (Object.keys(call.kwargs).length > 0) fail('a positional argument after a keyword argument');
      call.args.push(value());
    }
    if (peek()?.text === ',' && peek()?.kind === 'punct') position += 1;
    else if (peek()?.text !== ')') fail('expected "," or ")"');
  }
  position += 1;
  if (position !== tokens.length) fail('text after the call');
  return call;
}
