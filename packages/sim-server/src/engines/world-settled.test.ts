import { describe, expect, it } from 'vitest';
import { rememberSettled, settledStaySettled } from './world-settled.js';

describe('settledStaySettled', () => {
  it('keeps a message shown cancelled from coming back under way', () => {
    const world = {};
    rememberSettled({ messageid: '9db7722c', status: 'CANCELLED' }, world);
    const deleted = { messageid: '9db7722c', status: 'in_progress' };
    settledStaySettled(deleted, world, 'delete_messages_messageid');
    expect(deleted.status).toBe('CANCELLED');
  });

  it('leaves other records, other sessions and a retry alone', () => {
    const world = {};
    rememberSettled({ messageid: 'a', batchid: 'b-1', status: 'DELIVERED' }, world);
    const sibling = { messageid: 'c', batchid: 'b-1', status: 'SCHEDULED' };
    settledStaySettled(sibling, world, 'get_messages_messageid');
    expect(sibling.status).toBe('SCHEDULED');
    const elsewhere = { messageid: 'a', status: 'queued' };
    settledStaySettled(elsewhere, {}, 'get_messages_messageid');
    expect(elsewhere.status).toBe('queued');
    const retried = { messageid: 'a', status: 'queued' };
    settledStaySettled(retried, world, 'retry_message');
    expect(retried.status).toBe('queued');
  });
});
