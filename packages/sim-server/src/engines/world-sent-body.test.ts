import { describe, expect, it } from 'vitest';
import { sentValuesEchoed } from './world-sent-body.js';

describe('sentValuesEchoed', () => {
  it('a created webhook carries the URL sent, however deep the body nests it', () => {
    const result = {
      data: { attributes: { url: 'https://api.up.com.au/webhooks/qj8s8n', createdAt: '2025-11-13T21:31:00Z' }, id: 'd8f5' },
    };
    sentValuesEchoed(result, { data: { attributes: { url: 'https://example.com/hooks/wi88e6' } } }, true);
    expect(result.data.attributes.url).toBe('https://example.com/hooks/wi88e6');
    expect(result.data.id).toBe('d8f5');
  });

  it("a booking holds the guest's contact and the rooms sent, one for one", () => {
    const room = (adults: number, guest: string) => ({ adults, notes: { fromGuest: guest }, roomType: { name: 'Suite' } });
    const result = {
      bookedRooms: [room(5, 'Derrick Buckridge'), room(4, 'Hassan Stamm'), room(3, 'Jody Jacobs')],
      contact: { email: 'nat.kerluke@gmail.com', firstName: 'Nat', lastName: 'Kerluke' },
      start: '2026-01-25',
    };
    sentValuesEchoed(
      result,
      {
        body: {
          bookingContact: { email: 'gudrun@example.com', firstName: 'Jocelín', lastName: 'DuBuque' },
          rooms: [{ adults: 2, notes: { fromGuest: 'Abdul Erdman' } }, { adults: 1 }],
          start: '2025-06-26',
        },
      },
      true,
    );
    expect(result.contact).toEqual({ email: 'gudrun@example.com', firstName: 'Jocelín', lastName: 'DuBuque' });
    expect(result.bookedRooms.map((entry) => entry.adults)).toEqual([2, 1]);
    expect(result.bookedRooms[0]?.notes.fromGuest).toBe('Abdul Erdman');
    expect(result.start).toBe('2025-06-26');
  });

  it('a read sent a day gives the day to a field holding an epoch, and leaves its numbers and codes alone', () => {
    const result = { start_date: 1739390400, end_date: 1740066300, page: 3, country: 'JP', data: [{ temp: 20 }] };
    sentValuesEchoed(result, { start_date: '2025-06-29', end_date: '2025-06-30', page: 1, country: 'Japan' }, false);
    expect(result).toEqual({ start_date: 1751155200, end_date: 1751241600, page: 3, country: 'JP', data: [{ temp: 20 }] });
  });

  it("a booking's sent notes are its rooms' where only its rooms hold notes", () => {
    const result = { bookedRooms: [{ adults: 6, notes: { fromGuest: 'Dell Gutkowski' } }], bookingId: '6979486' };
    sentValuesEchoed(result, { notes: { fromGuest: 'Einar Kuphal' }, rooms: [{ adults: 6 }, { adults: 2 }] }, true);
    expect(result.bookedRooms).toEqual([
      { adults: 6, notes: { fromGuest: 'Einar Kuphal' } },
      { adults: 2, notes: { fromGuest: 'Einar Kuphal' } },
    ]);
  });

  it("a read's sent object is an input, not the record: a translation is not the text sent", () => {
    const result = { TranslatedDocument: { Content: 'Bonjour.' }, SourceLanguageCode: 'en' };
    sentValuesEchoed(result, { Document: { Content: 'Hello.' }, body: { SourceLanguageCode: 'de' } }, false);
    expect(result).toEqual({ TranslatedDocument: { Content: 'Bonjour.' }, SourceLanguageCode: 'de' });
  });
});
