import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';
import { citiesOnTheWay, haversineKm } from './world-text.js';
import { CITIES } from './values/lexicon.js';

type Json = Record<string, unknown>;

describe('text and distances that fit the call', () => {
  it('a keyword search finds records whose text holds the keyword', () => {
    const result: Json = {
      matching_tweets: [
        { id: 1, username: 'kaya50', content: 'Covers the northern sales region only.' },
        { id: 2, username: 'kira75', content: 'Our solar roadmap is out.' },
      ],
    };
    harmonizeResult(result, { keyword: 'solar roadmap' }, new Map());
    const [first, second] = result['matching_tweets'] as Json[];
    expect(String(first?.['content']).toLowerCase()).toContain('solar roadmap');
    // a record that already says it keeps its text
    expect(second?.['content']).toBe('Our solar roadmap is out.');
  });

  it('the distance between two known cities is theirs, and neither end is a city between them', () => {
    const result: Json = { distance: 25, intermediaryCities: ['Mumbai', 'Dubai'] };
    harmonizeResult(result, { cityA: 'Madrid', cityB: 'Mumbai' }, new Map());
    expect(result['distance']).toBeGreaterThan(7400);
    expect(result['distance']).toBeLessThan(7600);
    // the cities between are on the way: neither end, and no long detour
    const between = result['intermediaryCities'] as string[];
    expect(between.length).toBeGreaterThan(0);
    expect(between).not.toContain('Mumbai');
    expect(between).not.toContain('Madrid');
    const miles: Json = { distance_miles: 1 };
    harmonizeResult(miles, { origin: 'New York', destination: 'Boston' }, new Map());
    expect(miles['distance_miles']).toBeCloseTo(haversineKm(40.7128, -74.006, 42.3601, -71.0589) / 1.609344, 1);
    // a city the lexicon does not know leaves the distance as it was
    const unknown: Json = { distance: 25 };
    harmonizeResult(unknown, { cityA: 'Springfield', cityB: 'Madrid' }, new Map());
    expect(unknown['distance']).toBe(25);
  });

  it('the cities between two ends lie on the way, or there are none', () => {
    const city = (name: string) => CITIES.find(([known]) => known === name)!;
    const km = (a: string, b: string) => haversineKm(city(a)[3], city(a)[4], city(b)[3], city(b)[4]);
    for (const [from, to] of [
      ['New York', 'San Francisco'],
      ['Austin', 'Berlin'],
      ['Dublin', 'Osaka'],
    ] as const) {
      const stops = citiesOnTheWay(city(from), city(to), km(from, to), 3);
      for (const stop of stops) expect(km(from, stop) + km(stop, to), `${from} → ${stop} → ${to}`).toBeLessThanOrEqual(km(from, to) * 1.03);
    }
    // Mexico City is no stop between New York and San Francisco, Sydney none between Austin and Berlin
    expect(citiesOnTheWay(city('New York'), city('San Francisco'), km('New York', 'San Francisco'), 3)).not.toContain('Mexico City');
    expect(citiesOnTheWay(city('Austin'), city('Berlin'), km('Austin', 'Berlin'), 3)).not.toContain('Sydney');
    const result: Json = { distance: 25, intermediaryCities: ['Sydney'] };
    harmonizeResult(result, { cityA: 'Austin', cityB: 'Berlin' }, new Map());
    expect(result['intermediaryCities']).not.toContain('Sydney');
  });

  it('a route takes the time its distance takes at its mode, and crosses an ocean by air', () => {
    const ocean: Json = {
      origin: 'Madrid',
      destination: 'Miami',
      distance: 25,
      distance_unit: 'km',
      duration_minutes: 30,
      mode: 'cycling',
    };
    harmonizeResult(ocean, { start: 'Madrid, Spain', end: 'Miami, FL' }, new Map());
    expect(ocean['mode']).toBe('flight');
    // about 7,100 km at 800 km/h plus the airports: near ten hours, never 30 minutes
    expect(ocean['duration_minutes']).toBeGreaterThan(540);
    expect(ocean['duration_minutes']).toBeLessThan(660);
    // "Mexico City" is known by its whole name; a drive of about 1,200 km takes some 19 hours
    const land: Json = { distance: 25, duration_minutes: 5, mode: 'cycling' };
    harmonizeResult(land, { start: 'Mexico City, Mexico', end: 'Austin, TX' }, new Map());
    expect(land['distance']).toBeGreaterThan(1100);
    expect(land['mode']).toBe('driving');
    expect(land['duration_minutes']).toBeGreaterThan(900);
    expect(land['duration_minutes']).toBeLessThan(1300);
    // the mode the call asks for is kept and sets the pace
    const cycled: Json = { distance: 3, travel_time_hours: 1, transport_method: 'Cycling' };
    harmonizeResult(cycled, { start_point: 'Amsterdam', end_point: 'Berlin', transport_method: 'Cycling' }, new Map());
    expect(cycled['travel_time_hours']).toBeCloseTo(((cycled['distance'] as number) * 1.25) / 16, 0);
  });

  it("a flight's record is flown: its time fits the distance, and it lands that long after it leaves", () => {
    const flight: Json = {
      flight_number: 'AF333',
      departure_time: '2025-12-29T21:00:00Z',
      arrival_time: '2026-01-03T23:00:00Z',
      duration_minutes: 200,
      status: 'scheduled',
    };
    harmonizeResult(flight, { departure_city: 'London', destination_city: 'New York', date: '2025-07-01' }, new Map());
    // about 5,570 km at 800 km/h plus the airports, kept though the flight has not left yet
    expect(flight['duration_minutes']).toBeGreaterThan(420);
    expect(flight['duration_minutes']).toBeLessThan(520);
    const minutes = (Date.parse(String(flight['arrival_time'])) - Date.parse(String(flight['departure_time']))) / 60_000;
    expect(minutes).toBe(flight['duration_minutes']);
    // a short hop is flown too, never driven
    const hop: Json = { airline: 'Aer Lingus', duration_minutes: 0 };
    harmonizeResult(hop, { origin: 'Manchester', destination: 'Dublin' }, new Map());
    expect(hop['duration_minutes']).toBeGreaterThan(45);
    expect(hop['duration_minutes']).toBeLessThan(90);
  });
});
