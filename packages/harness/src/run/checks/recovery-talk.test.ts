import { describe, expect, it } from 'vitest';
import type { PlannedFault, Task } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { recoveryTalkProblems } from './recovery-talk.js';

const call = (name: string, args: Record<string, unknown>, result: string, step: number): ReviewedCall => ({
  id: `${name}-${step}`,
  chatName: name,
  name,
  arguments: args,
  result,
  isError: /^\d{3} /.test(result),
  rejected: false,
  turn: 0,
  step,
});

/** One error_recovery turn: the planned fault on `calls[0]`, the tool described by `description`, the turn's last text `answer`. */
function conversation(
  calls: ReviewedCall[],
  description: string,
  fault: Omit<PlannedFault, 'turn' | 'call'>,
  answer: string,
): Conversation {
  const first = calls[0]!;
  return {
    task: {
      kind: 'error_recovery',
      expectedCalls: [[{ tool: first.chatName, arguments: first.arguments }]],
      faults: [{ turn: 0, call: 0, ...fault }],
    } as unknown as Task,
    tools: new Map([[first.chatName, { name: first.chatName, description, parameters: { type: 'object', properties: {} } }]]),
    turns: [{ user: 'Go.', steps: calls.map((entry) => [entry]), answer }],
    calls,
  } as Conversation;
}

const TIMEOUT = '504 Gateway Timeout: the server did not respond in time';

describe('recovery_talk (results_ok)', () => {
  it('rejects a read that timed out told as a change that may have gone through', () => {
    const analyse = call('game_board_analyser', { game: 'Chess' }, TIMEOUT, 0);
    const told = conversation(
      [analyse],
      'Analyse a given board position of the game and suggest the optimal next move',
      { fault: 'timeout', recovery: 'report' },
      'I could not get the analyser: the service timed out (504). The change may still have gone through before the timeout, so I have not sent it again.',
    );
    expect(recoveryTalkProblems(told)).toEqual([expect.stringMatching(/lookup .* told as a change that may have been made/)]);
    const booking = conversation(
      [call('hotel_booking', { hotel: 'The Savoy' }, TIMEOUT, 0)],
      'Books a hotel room given the location and stay duration.',
      { fault: 'timeout', recovery: 'report' },
      'I could not book the hotel: the service timed out (504). The change may still have gone through before the timeout.',
    );
    expect(recoveryTalkProblems(booking)).toEqual([]);
  });

  it('rejects a retry after a transient error that changes the arguments', () => {
    const failed = call('get_ticket', { ticket_id: 12 }, '503 Service Unavailable: retry after 2 seconds', 0);
    const changed = conversation(
      [failed, call('get_ticket', { ticket_id: 13 }, '{"id":13}', 1)],
      'Get a ticket.',
      { fault: 'server_error', recovery: 'retry' },
      'Ticket 13 is open.',
    );
    expect(recoveryTalkProblems(changed)).toEqual([expect.stringMatching(/retry .* changed the arguments/)]);
    const same = conversation(
      [failed, call('get_ticket', { ticket_id: 12 }, '{"id":12}', 1)],
      'Get a ticket.',
      { fault: 'server_error', recovery: 'retry' },
      'Ticket 12 is open.',
    );
    expect(recoveryTalkProblems(same)).toEqual([]);
  });

  it('rejects a 404 whose value is told as another thing, and a change told as a lookup', () => {
    const notFound = '404 Not Found: account "b2b5" does not exist';
    const misnamed = conversation(
      [call('retrieve_account_transactions', { id: 'b2b5' }, notFound, 0)],
      'Access account transactions.',
      { fault: 'not_found', recovery: 'ask' },
      "I could not get transaction b2b5: there is no account 'b2b5'. Could you check the ID?",
    );
    expect(recoveryTalkProblems(misnamed)).toEqual([expect.stringMatching(/account b2b5 .* told as "transaction b2b5"/)]);
    const plain = conversation(
      [call('retrieve_account_transactions', { id: 'b2b5' }, notFound, 0)],
      'Access account transactions.',
      { fault: 'not_found', recovery: 'ask' },
      'I could not look up account b2b5: there is no such account. Could you check the ID?',
    );
    expect(recoveryTalkProblems(plain)).toEqual([]);
    const accepted = conversation(
      [call('create_ticket', { title: 'x', ticket_id: 'T9' }, '404 Not Found: queue "T9" does not exist', 0)],
      'Create a support ticket.',
      { fault: 'not_found', recovery: 'ask' },
      'I could not get queue T9: there is no such queue. Could you check it?',
    );
    expect(recoveryTalkProblems(accepted)).toEqual([expect.stringMatching(/change that failed is told as a lookup/)]);
  });
});
