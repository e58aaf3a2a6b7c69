import { describe, expect, it } from 'vitest';
import { askedIdentifierHeld, sentDaysEverywhere, sentFirstsLead, tripOnAskedDay } from './world-sent-days.js';

describe('world-sent-days', () => {
  it('a flight booked for a day leaves that day, its arrival moved as far', () => {
    const flight = { departure_time: '2025-12-29T21:00:00Z', arrival_time: '2025-12-30T04:43:00Z', created_at: '2025-05-01T10:00:00Z' };
    tripOnAskedDay(flight, { departure_city: 'London', date: '2025-07-01' });
    expect(flight).toEqual({
      departure_time: '2025-07-01T21:00:00Z',
      arrival_time: '2025-07-02T04:43:00Z',
      created_at: '2025-05-01T10:00:00Z',
    });
  });

  it("a booking's stay is the one sent, in each room's rate too", () => {
    const booking = {
      start: '2026-01-25',
      bookedRooms: [{ rate: { start: '2026-01-25', end: '2026-02-14' } }],
      createdAt: '2025-06-01T00:00:00Z',
    };
    sentDaysEverywhere(booking, { bookingId: '1', body: { start: '2025-06-26', end: '2025-07-31' } });
    expect(booking.start).toBe('2025-06-26');
    expect(booking.bookedRooms[0]?.rate).toEqual({ start: '2025-06-26', end: '2025-07-31' });
    expect(booking.createdAt).toBe('2025-06-01T00:00:00Z');
  });

  it('a melody asked to start on C4 starts on C4', () => {
    const melody = { notes: ['B4', 'D4', 'E4'], length: 3 };
    sentFirstsLead(melody, { key: 'C', start_note: 'C4', length: 3 });
    expect(melody.notes).toEqual(['C4', 'D4', 'E4']);
  });

  it('a read by a category id names that category where the result holds one', () => {
    const subtree = { categorySubtreeNode: { category: { categoryId: '9039742', categoryName: 'general' } }, categoryTreeId: '7980375' };
    askedIdentifierHeld(subtree, { category_id: '8548016', category_tree_id: '7980375' });
    expect(subtree.categorySubtreeNode.category.categoryId).toBe('8548016');
  });
});
