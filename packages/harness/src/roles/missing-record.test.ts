import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error.js';
import type { CallOutcome } from './call-outcome.js';

const failed = (tool: string, description: string, args: Record<string, unknown>, result: string): CallOutcome => ({
  tool,
  description,
  arguments: args,
  result,
  isError: true,
});

describe('a 404 said plainly', () => {
  it('names the value by the kind the service gave, never by the call’s result', () => {
    const text = describeError(
      failed(
        'retrieve_account_transactions_v2',
        'Access account transactions.',
        { id: 'b2b5-acc' },
        '404 Not Found: account "b2b5-acc" does not exist',
      ),
    );
    expect(text).toBe('I could not look up account b2b5-acc: there is no such account.');
    expect(text).not.toMatch(/transaction b2b5/);
  });

  it('a change with its own verb (reserve, retweet, accept) is not told as "create the reserve" or "get retweet"', () => {
    const reserve = describeError(
      failed(
        'library_reserve_book',
        'Reserve a book in the library if available.',
        { book_id: '9294777', branch_id: '4619843' },
        '404 Not Found: book "9294777" does not exist',
      ),
    );
    expect(reserve).toBe("I could not go ahead with that: there is no book '9294777'.");
    const retweet = describeError(
      failed('retweet', 'Retweet a tweet for the authenticated user.', { tweet_id: 27777 }, '404 Not Found: tweet "27777" does not exist'),
    );
    expect(retweet).not.toMatch(/could not (get|create)/);
  });

  it('keeps a plain read, update or delete said with its own record', () => {
    expect(describeError(failed('retrieve_payment', 'Retrieve payment.', { id: 'p1' }, '404 Not Found: payment "p1" does not exist'))).toBe(
      'I could not get payment p1: there is no such payment.',
    );
    expect(
      describeError(failed('update_booking', 'Update booking.', { bookingId: '512' }, '404 Not Found: booking "512" does not exist')),
    ).toBe('I could not update booking 512: there is no such booking.');
  });

  it('a lookup sent by POST that timed out is told by what it reads, never "create the inbox"', () => {
    const text = describeError(
      failed(
        'post_messages_inbox',
        'Get unread uncoming messages matching your search criteria.',
        { body: { limit: 10 } },
        '504 Gateway Timeout: the server did not respond in time',
      ),
    );
    expect(text).toMatch(/^I could not get unread uncoming messages/);
    expect(text).not.toMatch(/create/);
  });
});
