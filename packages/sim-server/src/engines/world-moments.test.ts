import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';

type Json = Record<string, unknown>;
/** Two forecast hours whose epoch seconds and milliseconds name different instants, out of order. */
const gsiForecast = (): Json => ({
  forecast: [
    { epochtime: 1760078880, gsi: 44, timeStamp: 1758706200000 },
    { epochtime: 1759309980, gsi: 43, timeStamp: 1760785020000 },
  ],
});

describe('one instant, one time', () => {
  it("writes a forecast hour's epoch seconds and milliseconds as the same instant", () => {
    const result = harmonizeResult(gsiForecast(), { zip: '10115' }, new Map());
    for (const hour of result['forecast'] as Json[]) expect(hour['timeStamp']).toBe((hour['epochtime'] as number) * 1000);
  });

  it('writes an ISO instant beside epoch seconds of the same thing in its own format', () => {
    const result = harmonizeResult({ created_at: '2025-04-24T10:00:00Z', created_ts: 1746871200 }, {}, new Map());
    expect(result['created_ts']).toBe(Date.parse('2025-04-24T10:00:00Z') / 1000);
  });

  it('leaves moments of different things alone and keeps an end after its start across encodings', () => {
    const result = harmonizeResult(
      { birth_date: '1980-02-01', timestamp: 1746871200, start_time: '2025-05-10T10:00:00Z', end_timestamp: 1746781200 },
      {},
      new Map(),
    );
    expect(result['birth_date']).toBe('1980-02-01');
    expect(result['timestamp']).toBe(1746871200);
    expect((result['end_timestamp'] as number) * 1000).toBeGreaterThanOrEqual(Date.parse(result['start_time'] as string));
  });

  it("tells a forecast's hours ahead of the world's now and in order, in every encoding", () => {
    const now = new Date('2026-01-23T11:30:00Z');
    const result = harmonizeResult(gsiForecast(), { zip: '10115' }, new Map(), '', now);
    const hours = (result['forecast'] as Json[]).map((hour) => hour['timeStamp'] as number);
    expect(hours).toEqual([Date.parse('2026-01-23T12:00:00Z'), Date.parse('2026-01-23T13:00:00Z')]);
    for (const hour of result['forecast'] as Json[]) expect(hour['epochtime']).toBe((hour['timeStamp'] as number) / 1000);
  });
});
