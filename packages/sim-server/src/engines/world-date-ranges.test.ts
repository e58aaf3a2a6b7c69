import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';

type Json = Record<string, unknown>;
const rows = (...dates: string[]): Json => ({ data: dates.map((date, index) => ({ id: `r${index}`, date, valid_until: '2027-01-01' })) });
const datesOf = (value: Json): string[] => (value['data'] as Json[]).map((row) => row['date'] as string);

describe('harmonizeResult: a date range in any naming bounds the rows', () => {
  it('a bare start, a date_to and an endDate move the rows inside; an expiry stays', () => {
    const started = harmonizeResult(rows('2025-05-10', '2025-06-14', '2025-07-09'), { hotelId: 'h1', start: '2025-07-05' }, new Map());
    expect(datesOf(started).every((date) => date >= '2025-07-05')).toBe(true);
    expect((started['data'] as Json[])[0]!['valid_until']).toBe('2027-01-01');
    const until = harmonizeResult(rows('2025-08-02', '2025-09-01'), { id: 'a1', date_to: '2025-06-06' }, new Map());
    expect(datesOf(until).every((date) => date <= '2025-06-06')).toBe(true);
    const both = harmonizeResult(
      rows('2025-01-01', '2025-12-01', '2025-11-01'),
      { startDate: '2025-03-01', endDate: '2025-03-31' },
      new Map(),
    );
    expect(datesOf(both).every((date) => date >= '2025-03-01' && date <= '2025-03-31')).toBe(true);
  });

  it('a bracketed filter (`filter[since]`, `filter[until]`) bounds a JSON:API row, and its settlement follows its creation', () => {
    const row = { id: 't1', attributes: { createdAt: '2025-08-10T02:58:00Z', settledAt: '2025-08-20T23:55:00Z', amount: '4.50' } };
    const args = { 'filter[since]': '2025-03-25T21:27:00Z', 'filter[until]': '2025-06-20T08:15:00Z' };
    const result = harmonizeResult({ data: [row] }, args, new Map());
    const attributes = (result['data'] as Json[])[0]!['attributes'] as Json;
    expect((attributes['createdAt'] as string) >= '2025-03-25' && (attributes['createdAt'] as string) <= '2025-06-21').toBe(true);
    expect(Date.parse(attributes['settledAt'] as string)).toBeGreaterThanOrEqual(Date.parse(attributes['createdAt'] as string));
  });
});
