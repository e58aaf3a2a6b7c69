import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { DEFAULT_REFERENCE_TIME, generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });

function sample(schema: Record<string, unknown>, name: string): number[] {
  return Array.from({ length: 20 }, (_, seed) => {
    faker.seed(seed + 1);
    return Number(generateValue(schema, name, { faker, root: schema }));
  });
}

describe('a moment named with its unit', () => {
  it('is epoch milliseconds near the reference instant, never a duration of 500', () => {
    const schema = { type: 'integer', description: 'The published date of the oldest episode. In milliseconds', examples: [1470667902000] };
    for (const name of ['earliest_pub_date_ms', 'latest_pub_date_ms', 'pub_date_ms', 'last_timestamp_ms']) {
      for (const value of sample(schema, name)) {
        expect(value).toBeGreaterThan(DEFAULT_REFERENCE_TIME - 5 * 365 * 86_400_000);
        expect(value).toBeLessThan(DEFAULT_REFERENCE_TIME + 365 * 86_400_000);
      }
    }
  });

  it('is epoch seconds for a `_sec` suffix', () => {
    for (const value of sample({ type: 'integer' }, 'created_at_sec')) expect(value).toBeGreaterThan(1e9);
  });

  it('leaves a duration in milliseconds a duration', () => {
    for (const value of sample({ type: 'integer', description: 'Latency in milliseconds' }, 'latency_ms')) expect(value).toBeLessThan(1e6);
  });
});

describe('the sides of an exchange rate', () => {
  it('are currencies, never places', () => {
    const schema = { type: 'string', examples: ['USD'] };
    for (const name of ['from', 'to']) {
      const values = Array.from({ length: 20 }, (_, seed) => {
        faker.seed(seed + 1);
        return generateValue({ type: 'string' }, name, { faker, root: schema, context: { tool: 'historical_exchange_rate' } });
      });
      for (const value of values) expect(value).toMatch(/^[A-Z]{3}$/);
    }
  });
});

describe('a train board', () => {
  const board = (name: string): unknown[] =>
    Array.from({ length: 20 }, (_, seed) => {
      faker.seed(seed + 1);
      return generateValue({ type: 'string' }, name, { faker, root: { type: 'string' }, context: { tool: 'get_departure_board_id' } });
    });

  it('stops at a numbered track, never a song', () => {
    for (const value of [...board('track'), ...board('platform')]) expect(value).toMatch(/^\d{1,2}$/);
  });

  it('runs from and to German stations', () => {
    for (const value of [...board('origin'), ...board('destination')]) expect(value).toMatch(/ Hbf$/);
  });

  it('leaves a music track a song', () => {
    faker.seed(3);
    expect(
      generateValue({ type: 'string' }, 'track', { faker, root: { type: 'string' }, context: { tool: 'get_album_tracks' } }),
    ).not.toMatch(/^\d+$/);
  });
});
