import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { forgottenKeys } from './world-keys.js';

const replaced = call('archival_memory_replace', { key: 'marathon', value: 'Training for Berlin' }, { status: 'replaced' });

describe('forgottenKeys (world_consistent (ad))', () => {
  it('rejects a list of keys that leaves out one the session just replaced', () => {
    const listed = call('archival_memory_list_keys', {}, { keys: ['allergies', 'cuisine'] });
    expect(forgottenKeys(conversationOf([replaced, listed]))).toEqual([
      'archival_memory_list_keys lists the keys of archival_memory without marathon, which archival_memory_replace used',
    ]);
  });

  it('passes a list that holds it, one of another store, and one after the key was removed', () => {
    expect(forgottenKeys(conversationOf([replaced, call('archival_memory_list_keys', {}, { keys: ['cuisine', 'marathon'] })]))).toEqual([]);
    expect(forgottenKeys(conversationOf([replaced, call('core_memory_list_keys', {}, { keys: ['cuisine'] })]))).toEqual([]);
    const removed = call('archival_memory_remove', { key: 'marathon' }, { status: 'removed' });
    expect(forgottenKeys(conversationOf([replaced, removed, call('archival_memory_list_keys', {}, { keys: ['cuisine'] })]))).toEqual([]);
  });
});
