import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { movedStamps, nightlessStays } from './world-stamps.js';

const booking = (createdAt: string, email: string, start = '2025-07-01', end = '2025-07-05') => ({
  bookingId: '6336650',
  createdAt,
  contact: { email, firstName: 'Jocelín', lastName: 'Dibbert' },
  start,
  end,
  bookedRooms: [{ adults: 2 }],
});

describe('movedStamps (world_consistent (x), (y))', () => {
  it('rejects a creation time that moves with an update and a contact that a cancel rewrites', () => {
    const made = call('create_booking', { end: '2025-07-21' }, booking('2025-04-23T17:45:00.000Z', 'jocelin.sawayn@outlook.com'));
    const changed = call(
      'update_booking',
      { bookingId: '6336650', body: { bookingContact: { email: 'k.harris@yahoo.com' }, start: '2025-07-01' } },
      booking('2025-07-04T08:54:53.689Z', 'k.harris@yahoo.com'),
    );
    const cancelled = call('cancel_booking', { bookingId: '6336650' }, booking('2025-04-23T17:45:00.000Z', 'jocelin.dibbert@yahoo.com'));
    expect(movedStamps(conversationOf([made, changed, cancelled]))).toEqual([
      'update_booking: 6336650 was created 2025-07-04T08:54:53.689Z, create_booking said 2025-04-23T17:45:00.000Z',
      'cancel_booking: 6336650 has contact.email jocelin.dibbert@yahoo.com, update_booking set it to k.harris@yahoo.com',
    ]);
  });

  it('passes a record whose creation stays and whose contact changes only when a write sends it', () => {
    const made = call('create_booking', { end: '2025-07-21' }, booking('2025-04-23T17:45:00.000Z', 'jocelin.sawayn@outlook.com'));
    const changed = call(
      'update_booking',
      { bookingId: '6336650', body: { bookingContact: { email: 'k.harris@yahoo.com' } } },
      booking('2025-04-23T17:45:00.000Z', 'k.harris@yahoo.com'),
    );
    const cancelled = call('cancel_booking', { bookingId: '6336650' }, booking('2025-04-23T17:45:00.000Z', 'k.harris@yahoo.com'));
    const again = call(
      'update_booking_contact',
      { bookingId: '6336650', bookingContact: { email: 'new@mail.com' } },
      booking('2025-04-23T17:45:00.000Z', 'new@mail.com'),
    );
    expect(movedStamps(conversationOf([made, changed, cancelled, again]))).toEqual([]);
    const reviews = call(
      'get_articles_article_id_reviews',
      { articleId: '9360913' },
      {
        content: [
          { articleId: '9360913', created: '2025-03-17T19:35:00Z' },
          { articleId: '9360913', created: '2024-12-22T22:43:00Z' },
        ],
      },
    );
    expect(movedStamps(conversationOf([reviews]))).toEqual([]);
  });
});

describe('nightlessStays (world_consistent (z))', () => {
  it('rejects a booking that starts and ends on one day, and a check-out before the check-in', () => {
    const same = call(
      'retrieve_booking',
      { bookingId: '6336650' },
      booking('2025-04-23T17:45:00.000Z', 'a@b.com', '2026-01-23', '2026-01-23'),
    );
    const back = call('get_reservation', { id: 'r1' }, { id: 'r1', check_in: '2025-05-02', check_out: '2025-05-01' });
    expect(nightlessStays(conversationOf([same, back]))).toHaveLength(2);
  });

  it('passes a stay of one night and a one-day event', () => {
    const night = call(
      'retrieve_booking',
      { bookingId: '6336650' },
      booking('2025-04-23T17:45:00.000Z', 'a@b.com', '2026-01-23', '2026-01-24'),
    );
    const event = call('get_event', { id: 'e1' }, { id: 'e1', name: 'Fair', start: '2025-06-01', end: '2025-06-01' });
    expect(nightlessStays(conversationOf([night, event]))).toEqual([]);
  });
});
