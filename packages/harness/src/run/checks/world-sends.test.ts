import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { extraReceipts, partsOffSentDays } from './world-sends.js';

const booking = (end: string, rateEnd: string) => ({
  bookingId: '6336650',
  start: '2025-04-28',
  end,
  bookedRooms: [{ adults: 4, rate: { start: '2025-04-28', end: rateEnd } }],
});

describe('partsOffSentDays (world_consistent (ae))', () => {
  it('rejects a booking read back whose room rate ends on another day than the end the create sent', () => {
    const created = call('create_booking', { end: '2025-07-21', paymentType: 'API' }, booking('2025-07-21', '2025-07-21'));
    const read = call('retrieve_booking', { bookingId: '6336650' }, booking('2025-07-21', '2025-06-05'));
    expect(partsOffSentDays(conversationOf([created, read]))).toEqual([
      'retrieve_booking: a record with the end 2025-07-21 that was sent has parts with end 2025-06-05',
    ]);
  });

  it('passes parts on the sent day, and parts of a record no write sent a day', () => {
    const created = call('create_booking', { end: '2025-07-21' }, booking('2025-07-21', '2025-07-21'));
    const read = call('retrieve_booking', { bookingId: '6336650' }, booking('2025-07-21', '2025-07-21'));
    const other = call('retrieve_booking', { bookingId: '9460689' }, booking('2025-05-12', '2025-06-13'));
    expect(partsOffSentDays(conversationOf([created, read, other]))).toEqual([]);
  });
});

describe('extraReceipts (world_consistent (af))', () => {
  const receipts = (n: number) => ({ items: Array.from({ length: n }, (_, i) => ({ messageid: `m-${i}`, status: 'SCHEDULED' })) });
  it('rejects one SMS to one number answered with three message ids', () => {
    const sent = call('create_message_schedule', { content: 'Hi', destination: '447381950523', sender: 'YourCompany' }, receipts(3));
    expect(extraReceipts(conversationOf([sent]))).toEqual([
      'create_message_schedule: a send to 1 recipient(s) answered with 3 message receipts',
    ]);
  });

  it('passes one receipt per recipient', () => {
    const one = call('create_message_schedule', { content: 'Hi', destination: '447381950523' }, receipts(1));
    const batch = call('create_batch', { body: { destinations: ['447010690752', '447384186801', '447581303713'] } }, receipts(3));
    expect(extraReceipts(conversationOf([one, batch]))).toEqual([]);
  });
});
