import { describe, expect, it } from 'vitest';
import type { Conversation } from './conversation.js';
import { oneTurnConversation, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { repeatedTurnCalls } from './repeated-turns.js';

/** One user turn per call. */
function turnsOf(calls: ReturnType<typeof call>[]): Conversation {
  const base = oneTurnConversation(calls, { key: { type: 'string' } });
  return { ...base, turns: calls.map((entry) => ({ user: 'Go.', steps: [[entry]], answer: 'Done.' })) } as Conversation;
}
const MINISTRY = { key: '1697919', name: 'Ministry of Foreign Affairs' };

describe('repeatedTurnCalls (calls_distinct)', () => {
  it('rejects a later turn that reads the same record again with nothing changed', () => {
    const list = call('ministries_get_all', {}, { items: [MINISTRY] }, 0);
    const read = call('ministries_get_one', { key: '1697919' }, MINISTRY, 1);
    const other = call('services_get_one', { key: '5419873' }, { key: '5419873', name: 'Register a business' }, 2);
    const again = call('ministries_get_one', { key: '1697919' }, MINISTRY, 3);
    expect(repeatedTurnCalls(turnsOf([list, read, other, again]))).toEqual([
      'turn 4: ministries_get_one repeats turn 2 with {"key":"1697919"}',
    ]);
  });

  it('passes a read again after a change, and two reads of different records', () => {
    const read = call('ministries_get_one', { key: '1697919' }, MINISTRY, 0);
    const update = call('update_ministry', { key: '1697919', name: 'Foreign Affairs' }, { ...MINISTRY, name: 'Foreign Affairs' }, 1);
    const after = call('ministries_get_one', { key: '1697919' }, { ...MINISTRY, name: 'Foreign Affairs' }, 2);
    const other = call('ministries_get_one', { key: '8056349' }, { key: '8056349', name: 'Ministry of Health' }, 3);
    expect(repeatedTurnCalls(turnsOf([read, update, after, other]))).toEqual([]);
  });
});

describe('repeatedTurnCalls across changes of other records', () => {
  it('rejects a record read again after only another record was made', () => {
    const read = call('get_webhook', { id: 'ea5bda44' }, { id: 'ea5bda44', url: 'https://example.com/a' }, 0);
    const made = call('create_webhook', { url: 'https://example.com/b' }, { id: 'f00d', url: 'https://example.com/b' }, 1);
    const again = call('get_webhook', { id: 'ea5bda44' }, { id: 'ea5bda44', url: 'https://example.com/a' }, 2);
    expect(repeatedTurnCalls(turnsOf([read, made, again]))).toHaveLength(1);
  });

  it('passes a list again after a record of its kind was made', () => {
    const list = call('list_webhooks', {}, { webhooks: [{ id: 'ea5bda44' }] }, 0);
    const made = call('create_webhook', { url: 'https://example.com/b' }, { id: 'f00d' }, 1);
    const again = call('list_webhooks', {}, { webhooks: [{ id: 'ea5bda44' }, { id: 'f00d' }] }, 2);
    expect(repeatedTurnCalls(turnsOf([list, made, again]))).toEqual([]);
  });
});
