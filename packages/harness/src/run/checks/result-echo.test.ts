import { describe, expect, it } from 'vitest';
import { sentValueProblems } from './result-echo.js';

describe('results that carry what their call sent', () => {
  it('rejects a created webhook with another URL, passes the URL sent', () => {
    const sent = { data: { attributes: { url: 'https://example.com/hooks/wi88e6' } } };
    const result = (url: string) => ({ data: { attributes: { url, createdAt: '2025-11-13T21:31:00Z' }, id: 'd8f5' } });
    expect(sentValueProblems('post_webhooks', sent, result('https://api.up.com.au/webhooks/qj8s8n'))).toHaveLength(1);
    expect(sentValueProblems('post_webhooks', sent, result('https://example.com/hooks/wi88e6'))).toEqual([]);
  });

  it('rejects a booking with other guests, rooms or days, passes the booking sent', () => {
    const sent = {
      body: {
        bookingContact: { email: 'gudrun@example.com', lastName: 'DuBuque' },
        rooms: [{ adults: 2 }, { adults: 1 }],
        start: '2025-06-26',
      },
    };
    const bad = {
      bookedRooms: [{ adults: 5, rate: { start: '2026-01-25' } }],
      contact: { email: 'nat.kerluke@gmail.com', lastName: 'Kerluke' },
      start: '2025-06-26',
    };
    expect(sentValueProblems('create_booking', sent, bad)).toEqual([
      'contact.email is "nat.kerluke@gmail.com", sent "gudrun@example.com"',
      'contact.lastName is "Kerluke", sent "DuBuque"',
      'bookedRooms holds 1, sent 2',
      'start 2026-01-25 is not the day sent (2025-06-26)',
    ]);
    const good = {
      bookedRooms: [
        { adults: 2, rate: { start: '2025-06-26' } },
        { adults: 1, rate: { start: '2025-06-26' } },
      ],
      contact: { email: 'gudrun@example.com', lastName: 'DuBuque' },
      start: '2025-06-26',
    };
    expect(sentValueProblems('create_booking', sent, good)).toEqual([]);
  });

  it('rejects a range echoed as other days, a flight on another day and a melody from another note', () => {
    const range = { start_date: '2025-06-29', end_date: '2025-06-30' };
    expect(sentValueProblems('get_history_energy', range, { start_date: 1739390400, end_date: 1751241600 })).toHaveLength(1);
    expect(sentValueProblems('get_history_energy', range, { start_date: 1751155200, end_date: 1751241600 })).toEqual([]);
    const trip = { departure_city: 'London', date: '2025-07-01' };
    expect(sentValueProblems('book_flight', trip, { departure_time: '2025-12-29T21:00:00Z' })).toHaveLength(1);
    expect(sentValueProblems('book_flight', trip, { departure_time: '2025-07-01T21:00:00Z' })).toEqual([]);
    const melody = { key: 'C', start_note: 'C4', length: 3 };
    expect(sentValueProblems('generate_melody', melody, { notes: ['B4', 'D4', 'E4'] })).toHaveLength(1);
    expect(sentValueProblems('generate_melody', melody, { notes: ['C4', 'D4', 'E4'] })).toEqual([]);
  });

  it("rejects a read naming another record than the id asked; passes a read's own numbers, a code for a name, a status sentence", () => {
    const subtree = (id: string) => ({ node: { category: { categoryId: id } }, categoryTreeId: '7980375' });
    expect(sentValueProblems('get_category_subtree', { category_id: '8548016' }, subtree('9039742'))).toHaveLength(1);
    expect(sentValueProblems('get_category_subtree', { category_id: '8548016' }, subtree('8548016'))).toEqual([]);
    expect(sentValueProblems('list_items', { page: 1, country: 'Japan' }, { page: 3, country: 'JP' })).toEqual([]);
    expect(sentValueProblems('edit_ticket', { status: 'open' }, { status: 'Ticket 7 updated: status set to open.' })).toEqual([]);
  });

  it("rejects a booking whose rooms hold other notes than the booking's sent ones", () => {
    const sent = { notes: { fromGuest: 'Einar Kuphal' }, rooms: [{ adults: 6 }] };
    const result = (guest: string) => ({ bookedRooms: [{ adults: 6, notes: { fromGuest: guest } }], bookingId: '1' });
    expect(sentValueProblems('create_booking', sent, result('Dell Gutkowski'))).toEqual([
      'bookedRooms[0].notes.fromGuest is "Dell Gutkowski", sent "Einar Kuphal"',
    ]);
    expect(sentValueProblems('create_booking', sent, result('Einar Kuphal'))).toEqual([]);
  });

  it("passes a translation of the document a read sent, rejects another language code than its body's", () => {
    const sent = { Document: { Content: 'Hello.' }, body: { SourceLanguageCode: 'de' } };
    expect(
      sentValueProblems('translate_document', sent, { TranslatedDocument: { Content: 'Bonjour.' }, SourceLanguageCode: 'de' }),
    ).toEqual([]);
    expect(
      sentValueProblems('translate_document', sent, { TranslatedDocument: { Content: 'Bonjour.' }, SourceLanguageCode: 'it' }),
    ).toHaveLength(1);
  });
});
