import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';
import { referenceTime, seededEntityIds } from './world.js';

type Json = Record<string, unknown>;
const NOW = new Date('2025-12-01T09:00:00Z');

describe('dated keys', () => {
  it("dates a record by its key, keeping the timestamp's time of day", () => {
    const result = harmonizeResult(
      { key: '20250510-648937', name: 'BC Health Update', timestamp: '2025-04-24T12:58:00Z' },
      {},
      new Map(),
      '',
      NOW,
    );
    expect(result['timestamp']).toBe('2025-05-10T12:58:00Z');
  });

  it('moves an edition dated before its newsletter to after it, and dates the edition by its new key', () => {
    const result = harmonizeResult(
      {
        key: '20250809-371423',
        timestamp: '2025-03-06T12:58:00Z',
        editions: [
          { key: '20250307-294306', value: 'June edition' },
          { key: '20250901-853726', value: 'September edition', timestamp: '2025-01-02T08:00:00Z' },
        ],
      },
      { newsletterKey: '20250809-371423' },
      new Map(),
      '',
      NOW,
    );
    const [early, late] = result['editions'] as Json[];
    expect(String(early?.['key']) > '20250809').toBe(true);
    expect(String(early?.['key'])).toMatch(/^\d{8}-294306$/);
    expect(String(early?.['key']) <= '20251201').toBe(true);
    expect(late?.['key']).toBe('20250901-853726');
    expect(late?.['timestamp']).toBe('2025-09-01T08:00:00Z');
  });

  it('keeps a key the call sent, and seeds every newsletter before any edition and none after the world’s now', () => {
    const result = harmonizeResult(
      { key: '20250809-371423', editions: [{ key: '20250307-294306' }] },
      { editionKey: '20250307-294306' },
      new Map(),
    );
    expect((result['editions'] as Json[])[0]?.['key']).toBe('20250307-294306');
    for (const world of ['a', 'b', 'c']) {
      const newsletters = seededEntityIds(world, 'newsletter').map(String);
      const editions = seededEntityIds(world, 'edition').map(String);
      expect(newsletters.every((newsletter) => editions.every((edition) => newsletter < edition))).toBe(true);
      const now = referenceTime(world).toISOString().slice(0, 10).replace(/-/g, '');
      expect(editions.every((edition) => edition.slice(0, 8) <= now)).toBe(true);
    }
  });
});
