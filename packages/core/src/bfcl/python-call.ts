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

/** A recursive-descent reader over the tokens of one call. */
class CallParser {
  private position = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  /** The next token is this punctuation (a string token with the same text is not). */
  private at(text: string): boolean {
    return this.peek()?.text === text && this.peek()?.kind !== 'string';
  }

  private fail(what: string): never {
    throw new InfToolError('invalid_input', `cannot parse ${JSON.stringify(this.source)}: ${what}`);
  }

  private expect(text: string): void {
    if (!this.at(text)) this.fail(`expected "${text}" at token ${this.position}`);
    this.position += 1;
  }

  private sequence(close: string): unknown[] {
    const items: unknown[] = [];
    while (!this.at(close)) {
      items.push(this.value());
      if (this.peek()?.text === ',' && this.peek()?.kind === 'punct') this.position += 1;
      else if (this.peek()?.text !== close) this.fail(`expected "," or "${close}"`);
    }
    this.position += 1;
    return items;
  }

  private dict(): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    while (!this.at('}')) {
      const key = this.value();
      this.expect(':');
      object[String(key)] = this.value();
      if (this.peek()?.text === ',' && this.peek()?.kind === 'punct') this.position += 1;
    }
    this.position += 1;
    return object;
  }

  private value(): unknown {
    const token = this.peek() ?? this.fail('unexpected end');
    this.position += 1;
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'name') {
      if (token.text === 'True') return true;
      if (token.text === 'False') return false;
      if (token.text === 'None') return null;
      return this.fail(`"${token.text}" is not a literal`);
    }
    if (token.text === '[') return this.sequence(']');
    if (token.text === '(') return this.sequence(')');
    if (token.text === '{') return this.dict();
    return this.fail(`unexpected "${token.text}"`);
  }

  call(): PythonCall {
    const name = this.peek();
    if (name?.kind !== 'name') return this.fail('a call starts with a function name');
    this.position += 1;
    this.expect('(');
    const call: PythonCall = { name: name.text, args: [], kwargs: {} };
    while (!this.at(')')) {
      const token = this.peek();
      const next = this.tokens[this.position + 1];
      if (token?.kind === 'name' && next?.text === '=' && next.kind === 'punct') {
        this.position += 2;
        call.kwargs[token.text] = this.value();
      } else {
        if (Object.keys(call.kwargs).length > 0) this.fail('a positional argument after a keyword argument');
        call.args.push(this.value());
      }
      if (this.peek()?.text === ',' && this.peek()?.kind === 'punct') this.position += 1;
      else if (this.peek()?.text !== ')') this.fail('expected "," or ")"');
    }
    this.position += 1;
    if (this.position !== this.tokens.length) this.fail('text after the call');
    return call;
  }
}

/**
 * Parses one Python call with literal arguments (strings, numbers, True/False/None, lists, tuples,
 * dicts), as BFCL's multi-turn answers are written. Anything else is an error naming the call.
 */
export function parsePythonCall(source: string): PythonCall {
  return new CallParser(source, tokenize(source)).call();
}
