import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import type { Conversation, ReviewedCall } from './conversation.js';
import { writesForReads } from './request-action.js';

const COMMENT = 'This tool belongs to the TwitterAPI. Tool description: Comment on a tweet for the authenticated user.';

/** A conversation of one turn per request, each turn's calls as given. */
function conversationOf(turns: Array<[string, ReviewedCall[]]>, descriptions: Record<string, string> = {}): Conversation {
  const calls = turns.flatMap(([, made], turn) => made.map((entry) => ({ ...entry, turn })));
  return {
    task: { kind: 'multi_turn', expectedCalls: [] },
    tools: new Map(
      calls.map((entry) => [
        entry.chatName,
        { name: entry.chatName, description: descriptions[entry.chatName] ?? '', parameters: { type: 'object', properties: {} } },
      ]),
    ),
    turns: turns.map(([user]) => ({ user, steps: [], answer: 'Done.' })),
    calls,
  } as unknown as Conversation;
}

describe('writesForReads (call_subject)', () => {
  it('rejects a request to pull up a comment answered by posting one', () => {
    const posted = call(
      'comment',
      { tweet_id: 91535, comment_content: 'Fits true to size.' },
      { comment_status: 'Comment added successfully.' },
    );
    const problems = writesForReads(
      conversationOf([['Could you now pull up the comment on that tweet saying "Fits true to size."?', [posted]]], { comment: COMMENT }),
    );
    expect(problems).toEqual(['turn 1 asks to pull up something, and the assistant only writes: comment']);
  });

  it('rejects a request to show a booking answered by creating one', () => {
    const made = call('create_booking', { paymentType: 'card' }, { id: 'b-1' });
    expect(writesForReads(conversationOf([['Show me the booking for the Langham, please.', [made]]]))).toHaveLength(1);
  });

  it('passes a read for a read, a comment asked for, and a read followed by a write the turn asked for', () => {
    const read = call('get_tweet_comments', { tweet_id: 91535 }, { comments: [{ content: 'Nice.' }] });
    const posted = call('comment', { tweet_id: 91535, comment_content: 'Nice.' }, { comment_status: 'Comment added successfully.' });
    const problems = writesForReads(
      conversationOf(
        [
          ['Pull up the comments on that tweet.', [read]],
          ['Comment "Nice." on that tweet.', [posted]],
          ['Show me the tweet and then post a comment on it.', [posted]],
        ],
        { comment: COMMENT },
      ),
    );
    expect(problems).toEqual([]);
  });
});
