import { describe, expect, it } from 'vitest';
import { sentDaysHeld } from './world-held-days.js';
import { oneReceiptPerRecipient, recipientCount } from './world-receipts.js';

describe('sentDaysHeld', () => {
  it('gives the parts of a record read back the day a write sent for it', () => {
    const booking = {
      bookingId: '6336650',
      start: '2025-04-28',
      end: '2025-07-21',
      bookedRooms: [{ adults: 4, rate: { start: '2025-04-28', end: '2025-06-05' } }],
    };
    sentDaysHeld(booking, new Set(['2025-07-21', 'API']));
    expect(booking.bookedRooms[0]!.rate).toEqual({ start: '2025-04-28', end: '2025-07-21' });
  });

  it('leaves the parts alone when no write sent the record its day', () => {
    const project = { start: '2025-04-01', tasks: [{ start: '2025-04-09' }] };
    sentDaysHeld(project, new Set(['2025-07-21']));
    expect(project.tasks[0]!.start).toBe('2025-04-09');
  });
});

describe('oneReceiptPerRecipient', () => {
  const receipts = () => ({
    items: [
      { messageid: 'a', status: 'SCHEDULED' },
      { messageid: 'b', status: 'SCHEDULED' },
      { messageid: 'c', status: 'SCHEDULED' },
    ],
  });
  it('answers one message to one number with one receipt', () => {
    const result = receipts();
    oneReceiptPerRecipient(result, { content: 'Hi', destination: '447381950523', sender: 'YourCompany' });
    expect(result.items).toEqual([{ messageid: 'a', status: 'SCHEDULED' }]);
  });

  it('keeps a receipt per number of a batch, and a list when no recipient is named', () => {
    const batch = receipts();
    oneReceiptPerRecipient(batch, { body: { destinations: ['447010690752', '447384186801', '447581303713'] } });
    expect(batch.items).toHaveLength(3);
    const listing = receipts();
    oneReceiptPerRecipient(listing, { batchid: '7228876' });
    expect(listing.items).toHaveLength(3);
    expect(recipientCount({ to: '+15551230001,+15551230002' })).toBe(2);
  });
});
