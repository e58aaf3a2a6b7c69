import { describe, expect, it } from 'vitest';
import { oneTurnConversation, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import type { Conversation } from './conversation.js';
import { numberedLabels } from './numbered-labels.js';

const numbers = { num1: { type: 'integer' }, num2: { type: 'integer' } };

function conversation(user: string, answer = 'The GCD is 5.', args: Record<string, unknown> = { num1: 5, num2: 20 }): Conversation {
  const base = oneTurnConversation([call('math_gcd', args, { result: 5 })], numbers);
  return { ...base, turns: [{ ...(base.turns[0] as Conversation['turns'][number]), user, answer }] };
}

describe('numberedLabels (user_request)', () => {
  it("rejects a request or clarifying question that names values by the spec's numbering", () => {
    expect(numberedLabels(conversation('Compute the GCD of two numbers for number 1 = 5 and number 2 = 20.'))).toHaveLength(2);
    expect(numberedLabels(conversation('GCD for num1 5 and num2 20, please.'))).toHaveLength(2);
    const asked = conversation(
      'Compute the GCD with 25 as the second number.',
      'What number 1 should I use? I need it to compute the GCD.',
    );
    const question = { ...asked, turns: [{ ...(asked.turns[0] as Conversation['turns'][number]), steps: [] }] };
    expect(numberedLabels(question)).toEqual([
      'turn 1: the clarifying question names a value by the spec\'s numbered parameter "num1": "number 1"',
    ]);
  });

  it('passes values said together or by place, and a number that names no parameter', () => {
    expect(numberedLabels(conversation('Compute the GCD of two numbers 5 and 20.'))).toEqual([]);
    expect(numberedLabels(conversation('Compute the GCD with 25 as the second number.', 'What is the first number?'))).toEqual([]);
    const lone = oneTurnConversation([call('reserve', { book_id: '9' }, {})], { book_id: { type: 'string' } });
    expect(numberedLabels({ ...lone, turns: [{ user: 'I am number 2 in the queue.', steps: [], answer: 'OK.' }] })).toEqual([]);
  });
});
