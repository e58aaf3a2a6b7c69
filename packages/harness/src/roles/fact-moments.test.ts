import { describe, expect, it } from 'vitest';
import { momentOf } from './fact-salience.js';

describe('moments in a unit', () => {
  it('a time a thing happened, in milliseconds since 1970, reads as a date without its unit (`added_at_ms`)', () => {
    expect(momentOf('added_at_ms', 1743977700000)).toEqual({ value: '2025-04-06T22:15:00.000Z', words: ['added', 'at'] });
    expect(momentOf('pub_date_ms', 1743977700000)?.value).toBe('2025-04-06T22:15:00.000Z');
  });

  it('the bounds of a span in seconds since 1970 read as dates; a small offset stays a number', () => {
    expect(momentOf('end', 1750129200)?.value).toBe('2025-06-17T03:00:00.000Z');
    expect(momentOf('start', 12)?.value).toBe(12);
  });

  it('a length of time in a unit stays a number (`time_ms`, `uptime_seconds`)', () => {
    expect(momentOf('time_ms', 1743977700000)?.value).toBe(1743977700000);
    expect(momentOf('audio_length_sec', 1291)?.value).toBe(1291);
  });
});
