import { describe, expect, it } from 'vitest';
import { epochBounds } from './epoch-bounds.js';
import { unusedVariables } from './function-variable.js';
import { implausibleArguments } from './reviewer.js';
import { oneTurnConversation, reviewedCall } from '../../../../../test/support/reviewed-calls.js';

const range = {
  start: { type: 'integer', description: 'The start of the number range' },
  end: { type: 'integer', description: 'The end of the number range' },
};
const tool = (description: string, properties: Record<string, Record<string, unknown>>) => ({
  name: 'find_prime_numbers',
  description,
  parameters: { type: 'object', properties },
});

describe('epochBounds', () => {
  it('rejects an epoch timestamp sent as the end of a number range', () => {
    const call = reviewedCall('find_prime_numbers', { start: 0, end: 1753047000 }, { primes: [2, 3] });
    expect(epochBounds(call, tool('Find all prime numbers within a specific number range.', range))[0]).toMatch(/end: 1753047000/);
    expect(implausibleArguments(oneTurnConversation([call], range), call).join(' ')).toMatch(/epoch timestamp/);
  });

  it('passes a number range in numbers and a span of time in timestamps', () => {
    const good = reviewedCall('find_prime_numbers', { start: 10, end: 2000 }, { primes: [11, 13] });
    expect(epochBounds(good, tool('Find all prime numbers within a specific number range.', range))).toEqual([]);
    const logs = reviewedCall('get_logs', { start: 1753000000, end: 1753047000 }, { entries: [] });
    const stamps = { start: { type: 'integer', description: 'Unix timestamp of the first entry' }, end: { type: 'integer' } };
    expect(epochBounds(logs, tool('Get log entries between two moments.', stamps))).toEqual([]);
  });

  it('rejects a variable the function does not use', () => {
    const wrong = reviewedCall('find_critical_points', { function: '3*x**3 - 2*x + 1', variable: 'y' }, { points: [] });
    expect(unusedVariables(wrong)[0]).toMatch(/"y" is no variable/);
    const right = reviewedCall('find_critical_points', { function: 'sin(x) + x/2', variable: 'x' }, { points: [] });
    expect(unusedVariables(right)).toEqual([]);
  });
});
