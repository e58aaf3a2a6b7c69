import { describe, expect, it } from 'vitest';
import { harmonizeResult } from '../../packages/sim-server/src/engines/world-facts.js';
import {
  honourAskedDay,
  honourPlaces,
  honourSides,
  mergeSent,
  requestDocument,
} from '../../packages/sim-server/src/engines/world-arguments.js';

describe('world: a record agrees with the arguments of its call', () => {
  it('an update body replaces the fields it sends (objects field by field, lists item by item), and nothing else', () => {
    const booking = {
      start: '2026-02-20',
      end: '2026-02-25',
      contact: { email: 'a@example.com', firstName: 'Jocelín', contactId: 'c1' },
      bookedRooms: [{ adults: 10, roomType: { name: 'Suite' } }],
      status: 'ACCEPTED',
    };
    const body = requestDocument(
      'body',
      JSON.stringify({
        start: '2025-06-09',
        end: '2025-07-24',
        bookingContact: { firstName: 'Bridie', lastName: 'Sanford' },
        rooms: [{ adults: 2 }],
        unknown: 1,
        status: 7,
      }),
    );
    expect(body).toBeDefined();
    mergeSent(booking, body!);
    expect(booking).toEqual({
      start: '2025-06-09',
      end: '2025-07-24',
      contact: { email: 'a@example.com', firstName: 'Bridie', contactId: 'c1' },
      bookedRooms: [{ adults: 2, roomType: { name: 'Suite' } }],
      status: 'ACCEPTED',
    });
    expect(requestDocument('name', { a: 1 })).toBeUndefined();
  });

  it('a conversion asked from USD to EGP answers from USD to EGP, whatever its fields are called', () => {
    const rate = { amount: '1', from: 'USD', rate: 6.41, to: 'EUR' };
    honourSides(rate, { base: 'USD', target: 'EGP', date: '2025-06-24' });
    expect(rate).toEqual({ amount: '1', from: 'USD', rate: 6.41, to: 'EGP' });
    const untouched = { from: 'USD', to: 'EUR' };
    honourSides(untouched, { q: 'EGP' });
    expect(untouched).toEqual({ from: 'USD', to: 'EUR' });
  });

  it('a series asked for a day is keyed by moments of that day, written as before (a JavaScript date as ISO)', () => {
    const series = {
      data: {
        'Thu Apr 09 2020 12:20:00 GMT+0000 (Coordinated Universal Time)': { deaths: 18 },
        'Thu Apr 09 2020 12:40:00 GMT+0000 (Coordinated Universal Time)': { deaths: 32 },
      },
      status: 200,
    };
    honourAskedDay(series, { region: 'Europe', date: '2025-05-25' });
    expect(Object.keys(series.data)).toEqual(['2025-05-25T12:20:00Z', '2025-05-25T12:40:00Z']);
    const today = { 'Sun May 25 2025 12:20:00 GMT+0000 (Coordinated Universal Time)': { deaths: 18 } };
    honourAskedDay(today, { date: '2025-05-25' });
    expect(Object.keys(today)).toEqual(['2025-05-25T12:20:00Z']);
    const daily = { '2020-04-09': 1, '2020-04-10': 2 };
    honourAskedDay(daily, { date: '2025-05-25' });
    expect(Object.keys(daily)).toEqual(['2025-05-25', '2025-05-26']);
    const current = { '2020-04-09': 1 };
    honourAskedDay(current, {}, new Date('2025-03-02T10:00:00Z'));
    expect(Object.keys(current)).toEqual(['2025-03-02']);
    const recent = { '2025-02-20': 1 };
    honourAskedDay(recent, {}, new Date('2025-03-02T10:00:00Z'));
    expect(Object.keys(recent)).toEqual(['2025-02-20']);
  });

  it('a name filter names the listed people, not their parts; a place filter names the place they hold', () => {
    const people = {
      results: [
        {
          id: 'peo_1',
          name: 'Ann Lee',
          jurisdiction: { id: 'ocd-jurisdiction/x', name: 'Ohio' },
          offices: [{ name: 'Capitol office' }],
          other_names: [{ name: 'A. Lee' }],
        },
      ],
    };
    const result = harmonizeResult(structuredClone(people), { jurisdiction: 'Florida', name: 'Hiram Jenkins' }, new Map());
    const person = (result['results'] as Array<Record<string, unknown>>)[0]!;
    expect(person['name']).toBe('Hiram Jenkins');
    expect(person['jurisdiction']).toEqual({ id: 'ocd-jurisdiction/x', name: 'Florida' });
    expect(person['offices']).toEqual([{ name: 'Capitol office' }]);
    expect(person['other_names']).toEqual([{ name: 'A. Lee' }]);
  });
});

describe('a route answers from the places asked', () => {
  it('origin and destination take the start and end asked, whatever either side calls them', () => {
    const result = { origin: 'Melbourne, VIC', destination: 'Lyon, France', distance: 13079.6, mode: 'cycling' };
    honourPlaces(result, { start_location: 'Bangalore, India', end_location: 'Boston, MA' });
    expect(result).toEqual({ origin: 'Bangalore, India', destination: 'Boston, MA', distance: 13079.6, mode: 'cycling' });
    const flight = { booking: { origin: 'SFO', destination: 'FRA', date: '2025-06-29' } };
    honourPlaces(flight, { departure_city: 'Vancouver', destination_city: 'Mumbai', date: '2025-06-29' });
    expect(flight.booking).toEqual({ origin: 'Vancouver', destination: 'Mumbai', date: '2025-06-29' });
  });

  it('leaves results alone when the call names no two places, or names currencies', () => {
    const result = { from: 'USD', to: 'EUR', rate: 0.92 };
    honourPlaces(result, { from: 'USD', to: 'EUR' });
    expect(result).toEqual({ from: 'USD', to: 'EUR', rate: 0.92 });
    const one = { origin: 'Paris, France' };
    honourPlaces(one, { start_location: 'Bangalore, India' });
    expect(one).toEqual({ origin: 'Paris, France' });
  });
});
