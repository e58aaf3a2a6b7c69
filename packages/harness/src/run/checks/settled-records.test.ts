import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { unsettledRecords } from './settled-records.js';

describe('unsettledRecords (world_consistent (ag))', () => {
  it('rejects a message shown cancelled and then in progress', () => {
    const cancelled = call('delete_batches_schedule_batchid', { batchid: '3533178' }, { messageid: '9db7722c', status: 'CANCELLED' });
    const deleted = call('delete_messages_messageid', { messageid: '9db7722c' }, { messageid: '9db7722c', status: 'in_progress' });
    expect(unsettledRecords(conversationOf([cancelled, deleted]))).toEqual([
      'delete_messages_messageid: 9db7722c is "in_progress" after delete_batches_schedule_batchid showed it "CANCELLED"',
    ]);
  });

  it('passes a record moving forward, siblings of one batch, and a retry', () => {
    const scheduled = call('get_message', { messageid: 'a' }, { messageid: 'a', batchid: 'b', status: 'SCHEDULED' });
    const delivered = call('get_message', { messageid: 'a' }, { messageid: 'a', batchid: 'b', status: 'DELIVERED' });
    const sibling = call('get_message', { messageid: 'c' }, { messageid: 'c', batchid: 'b', status: 'queued' });
    const retry = call('retry_message', { messageid: 'a' }, { messageid: 'a', status: 'queued' });
    expect(unsettledRecords(conversationOf([scheduled, delivered, sibling, retry]))).toEqual([]);
  });
});
