import { describe, expect, it } from 'vitest';
import type { PlannedCall, Task } from '@inftool/core';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import type { Conversation, ReviewedCall } from './conversation.js';
import { chainProblems } from './chain-references.js';

const ref = (turn: number, field: string) => ({ $result: { turn, call: 0, field } });
/** A multi-turn conversation: one call a turn, played as planned. */
function conversationOf(plan: PlannedCall[], played: ReviewedCall[]): Conversation {
  return {
    task: { kind: 'multi_turn', expectedCalls: plan.map((planned) => [planned]) } as unknown as Task,
    tools: new Map(),
    turns: played.map((entry) => ({ user: 'Go.', steps: [[entry]], answer: 'Done.' })),
    calls: played,
  } as unknown as Conversation;
}

describe('chainProblems (world_consistent (v), (w))', () => {
  it('rejects a key looked up from the reference of the post read by that key', () => {
    const plan = [
      { tool: 'posts_get_one', arguments: { key: '20241122-140666' } },
      { tool: 'posts_get_key_from_reference', arguments: { reference: ref(0, 'reference') } },
    ];
    const played = [
      call('posts_get_one', { key: '20241122-140666' }, { key: '20241122-140666', reference: 'BK-13235' }, 0),
      call('posts_get_key_from_reference', { reference: 'BK-13235' }, { key: '20241122-140666', value: 'Heat pump rebates' }, 1),
    ];
    expect(chainProblems(conversationOf(plan, played))).toHaveLength(1);
  });

  it('rejects a conversion converted back to the amount the user gave', () => {
    const plan = [
      { tool: 'gallon_to_liter', arguments: { gallon: 69.05 } },
      { tool: 'liter_to_gallon', arguments: { liter: ref(0, 'liter') } },
    ];
    const played = [
      call('gallon_to_liter', { gallon: 69.05 }, { liter: 261.38 }, 0),
      call('liter_to_gallon', { liter: 261.38 }, { gallon: 69.0499 }, 1),
    ];
    expect(chainProblems(conversationOf(plan, played))[0]).toMatch(/circular/);
  });

  it('rejects a status text sent as a message and a log-in as a contact just added', () => {
    const plan = [
      { tool: 'add_contact', arguments: { user_name: 'janelle97' } },
      { tool: 'send_message', arguments: { receiver_id: 'u1', message: ref(0, 'message') } },
      { tool: 'message_login', arguments: { user_id: ref(0, 'user_id') } },
    ];
    const played = [
      call('add_contact', { user_name: 'janelle97' }, { added_status: true, user_id: 'u9', message: 'Contact janelle97 added.' }, 0),
      call('send_message', { receiver_id: 'u1', message: 'Contact janelle97 added.' }, { sent_status: true, message_id: 4 }, 1),
      call('message_login', { user_id: 'u9' }, { login_status: true }, 2),
    ];
    const problems = chainProblems(conversationOf(plan, played));
    expect(problems.some((problem) => /status text/.test(problem))).toBe(true);
    expect(problems.some((problem) => /logs in/.test(problem))).toBe(true);
  });

  it('rejects a core memory key read from the archival memory, and passes a key of the same store', () => {
    const plan = [
      { tool: 'core_memory_retrieve_all', arguments: {} },
      { tool: 'archival_memory_retrieve', arguments: { key: ref(0, 'key') } },
      { tool: 'archival_memory_remove', arguments: { key: ref(1, 'key') } },
    ];
    const played = [
      call('core_memory_retrieve_all', {}, { key: 'k-8011180', value: 'likes tea' }, 0),
      call('archival_memory_retrieve', { key: 'k-8011180' }, { key: 'k-8011180', value: 'x' }, 1),
      call('archival_memory_remove', { key: 'k-8011180' }, { status: 'Memory removed.' }, 2),
    ];
    expect(chainProblems(conversationOf(plan, played))).toEqual([
      "archival_memory_retrieve.key: a key of core_memory_retrieve_all's records used on another store",
    ]);
  });

  it('passes a created record read back by its id, a value that means the same thing to the next tool, and a state used as a filter', () => {
    const plan = [
      { tool: 'submit_podcast', arguments: { rss: 'https://feeds.example.org/a', email: 'sam@listennotes.com' } },
      { tool: 'get_podcast_by_id', arguments: { id: ref(0, 'podcast.id') } },
      { tool: 'get_order_details', arguments: { order_id: 72419 } },
      { tool: 'get_stock_info', arguments: { symbol: ref(2, 'symbol') } },
      { tool: 'get_ticket', arguments: { ticket_id: 7 } },
      { tool: 'get_user_tickets', arguments: { status: ref(4, 'status') } },
    ];
    const played = [
      call('submit_podcast', { rss: 'https://feeds.example.org/a', email: 'sam@listennotes.com' }, { podcast: { id: 'p1' } }, 0),
      call('get_podcast_by_id', { id: 'p1' }, { id: 'p1', rss: 'https://feeds.example.org/a', email: 'sam@listennotes.com' }, 1),
      call('get_order_details', { order_id: 72419 }, { order_id: 72419, symbol: 'TSLA' }, 2),
      call('get_stock_info', { symbol: 'TSLA' }, { symbol: 'TSLA', price: 243.1 }, 3),
      call('get_ticket', { ticket_id: 7 }, { ticket_id: 7, status: 'closed' }, 4),
      call('get_user_tickets', { status: 'closed' }, [{ ticket_id: 7, status: 'closed' }], 5),
    ];
    expect(chainProblems(conversationOf(plan, played))).toEqual([]);
  });
});
