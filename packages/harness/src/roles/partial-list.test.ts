import { describe, expect, it } from 'vitest';
import { callOutcome } from '../../../../test/support/call-outcomes.js';
import { reviewedCall } from '../../../../test/support/reviewed-calls.js';
import { answerProblem } from '../run/checks/final-answer.js';
import { describeResult } from './describe-result.js';

const primes = Array.from({ length: 100 }, (_, index) => index * 2 + 3);

describe('a list the result says is cut short', () => {
  it('is told as the first of more, and an answer that counts it as all of them is rejected', () => {
    const args = { start: 0, end: 1_000_000 };
    const result = { start: 0, end: 1_000_000, primes, listed: 100, complete: false };
    const request = 'Find all prime numbers up to 1,000,000.';
    const text = describeResult({ ...callOutcome('find_prime_numbers', args, result, 'Find prime numbers in a range.'), request });
    expect(text).toMatch(/not all of them: the list stops after the first 100/);
    const call = reviewedCall('find_prime_numbers', args, result);
    const turn = (answer: string) => ({ user: request, steps: [[call]], answer });
    expect(answerProblem(turn('I got back 100 primes; the first three are 3, 5 and 7.'), 0)).toMatch(/cut short/);
    expect(answerProblem(turn(text), 0)).toBeUndefined();
  });

  it('a whole list says nothing of the sort', () => {
    const result = { primes: [2, 3, 5, 7], count: 4 };
    const text = describeResult({
      ...callOutcome('find_prime_numbers', { start: 0, end: 10 }, result, 'Find prime numbers in a range.'),
      request: 'Find the primes up to 10.',
    });
    expect(text).not.toMatch(/not all/);
  });
});
