import type { Persona } from '@inftool/core';
import { PERSONAS, answerText, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const gcd: ToolView = {
  name: 'math_gcd',
  description: 'Calculate the greatest common divisor of two numbers.',
  inputSchema: {
    type: 'object',
    properties: { num1: { type: 'integer' }, num2: { type: 'integer' } },
    required: ['num1', 'num2'],
  },
};
const tTest: ToolView = {
  name: 'stats_t_test',
  description: 'Perform a two-sample t-test for two arrays.',
  inputSchema: {
    type: 'object',
    properties: { array_1: { type: 'array', items: { type: 'integer' } }, array_2: { type: 'array', items: { type: 'integer' } } },
    required: ['array_1', 'array_2'],
  },
};

const say = (tool: ToolView, args: Record<string, unknown>, seed: number, withheld?: string[]) =>
  requestText(terse, [{ tool: tool.name, arguments: args }], new Map([[tool.name, tool]]), { seed, ...(withheld ? { withheld } : {}) });

describe('numbered sibling parameters', () => {
  it('are said together in order ("5 and 20"), never by the numbering ("number 1 = 5")', () => {
    for (const seed of [0, 1, 2, 3]) {
      const text = say(gcd, { num1: 5, num2: 20 }, seed);
      expect(text).toMatch(/\b5 and 20\b/);
      expect(text).not.toMatch(/\bnum(?:ber)? ?[12]\b/i);
    }
  });

  it('follow the two things the request counts without saying the noun again ("the two integers 20 and 50")', () => {
    const integers = { ...gcd, description: 'Calculate the greatest common divisor of the two integers.' };
    expect(say(integers, { num1: 20, num2: 50 }, 3)).toMatch(/of the two integers 20 and 50\b/);
  });

  it('list three in order ("sides 3, 4 and 5")', () => {
    const triangle: ToolView = {
      name: 'triangle_area',
      description: 'Calculate the area of a triangle from its sides.',
      inputSchema: { type: 'object', properties: { side1: { type: 'number' }, side2: { type: 'number' }, side3: { type: 'number' } } },
    };
    expect(say(triangle, { side1: 3, side2: 4, side3: 5 }, 0)).toMatch(/sides 3, 4 and 5\b/);
  });

  it('keep two lists apart ("[99, 9] and [67, 16, 94]")', () => {
    const text = say(tTest, { array_1: [99, 9], array_2: [67, 16, 94] }, 1);
    expect(text).toMatch(/\[99, 9\] and \[67, 16, 94\]/);
    expect(text).not.toMatch(/\barray ?[12]\b/i);
  });

  it('say one whose sibling is withheld by its place ("25 as the second number")', () => {
    const text = say(gcd, { num2: 25 }, 2, ['math_gcd.num1']);
    expect(text).toMatch(/25 as the second number/);
    expect(text).not.toMatch(/\bnumber 2\b/);
  });

  it('vary together across parallel cases ("once for numbers 20 and 50 and once for numbers 20 and 20")', () => {
    const calls = [
      { tool: gcd.name, arguments: { num1: 20, num2: 50 } },
      { tool: gcd.name, arguments: { num1: 20, num2: 20 } },
    ];
    const text = requestText(terse, calls, new Map([[gcd.name, gcd]]), { seed: 3 });
    expect(text).toMatch(/once for numbers 20 and 50 and once for numbers 20 and 20/);
    expect(text).not.toMatch(/\bnum(?:ber)? ?[12]\b/i);
  });

  it('are answered by place when asked for ("The first body is Jupiter.")', () => {
    const answers = [0, 1, 2, 3, 4, 5, 6, 7].map((seed) => answerText({ body1: 'Jupiter' }, 'formal', seed, {}, ['body2', 'unit']));
    for (const answer of answers) expect(answer).not.toMatch(/body ?1/i);
    expect(answers.some((answer) => /first body is Jupiter/i.test(answer))).toBe(true);
  });
});

describe('a JSON:API resource identifier', () => {
  it('is said as the thing it names ("category 6887727"), never its fields ("data ID 6887727 and type categories")', () => {
    const categorize: ToolView = {
      name: 'transactions_categorize',
      description: 'Change the category for a transaction.',
      inputSchema: {
        type: 'object',
        properties: { transactionId: { type: 'string' }, data: { type: 'object' } },
        required: ['transactionId'],
      },
    };
    for (const seed of [0, 1]) {
      const text = say(categorize, { transactionId: 't1', data: { id: '6887727', type: 'categories' } }, seed);
      expect(text).toMatch(/\bcategory 6887727\b/);
      expect(text).not.toMatch(/data|type categories/i);
    }
  });
});
