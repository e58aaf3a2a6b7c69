import { describe, expect, it } from 'vitest';
import { momentValue } from './moment-value.js';

describe('momentValue', () => {
  it('reads ISO dates and instants, a day and hour, epoch seconds and milliseconds as one moment', () => {
    const noon = Date.parse('2024-03-04T12:00:00Z');
    expect(momentValue('2024-03-04T12:00:00Z')).toBe(noon);
    expect(momentValue('2024-03-04 13:00:00+01:00')).toBe(noon);
    expect(momentValue('2024-03-04:12')).toBe(noon);
    expect(momentValue(noon / 1000)).toBe(noon);
    expect(momentValue(noon)).toBe(noon);
    expect(momentValue('2024-03-04')).toBe(Date.parse('2024-03-04T00:00:00Z'));
  });
  it('is no moment for counts, free text and impossible dates', () => {
    expect(momentValue(42)).toBeUndefined();
    expect(momentValue(1.5e9 + 0.5)).toBeUndefined();
    expect(momentValue('next Tuesday')).toBeUndefined();
    expect(momentValue('2024-13-45')).toBeUndefined();
    expect(momentValue(null)).toBeUndefined();
  });
});
