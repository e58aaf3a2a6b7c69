import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';
import { haversineKm } from './world-text.js';

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
    expect(result['intermediaryCities']).toEqual(['Dubai']);
    const miles: Json = { distance_miles: 1 };
    harmonizeResult(miles, { origin: 'New York', destination: 'Boston' }, new Map());
    expect(miles['distance_miles']).toBeCloseTo(haversineKm(40.7128, -74.006, 42.3601, -71.0589) / 1.609344, 1);
    // a city the lexicon does not know leaves the distance as it was
    const unknown: Json = { distance: 25 };
    harmonizeResult(unknown, { cityA: 'Springfield', cityB: 'Madrid' }, new Map());
    expect(unknown['distance']).toBe(25);
  });
});
