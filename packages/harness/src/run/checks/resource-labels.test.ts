import { describe, expect, it } from 'vitest';
import { oneTurnConversation, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import type { Conversation } from './conversation.js';
import { resourceLabels } from './resource-labels.js';

function conversation(user: string): Conversation {
  const base = oneTurnConversation([
    call('transactions_categorize', { transactionId: 't1', data: { id: '6887727', type: 'categories' } }, { ok: true }),
  ]);
  return { ...base, turns: [{ ...(base.turns[0] as Conversation['turns'][number]), user }] };
}

describe('resourceLabels (user_request)', () => {
  it("rejects a request that reads a JSON:API body's fields out", () => {
    expect(resourceLabels(conversation('Categorize transaction t1 with data ID 6887727 and type categories.'))).toHaveLength(1);
    expect(resourceLabels(conversation('Categorize transaction t1 with ID 6887727 and type categories.'))).toHaveLength(1);
  });

  it('passes a request that names the thing', () => {
    expect(resourceLabels(conversation('Change the category for transaction t1 to category 6887727.'))).toEqual([]);
  });
});
