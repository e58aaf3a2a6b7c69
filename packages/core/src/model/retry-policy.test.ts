import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultRetryPolicy, isRetryableStatus, retryAfterMs } from './retry-policy.js';

describe('retry policy', () => {
  it('retries 408, 409, 429 and 5xx only', () => {
    expect([408, 409, 429, 500, 503].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 404, 422].some(isRetryableStatus)).toBe(false);
  });

  it('reads Retry-After in seconds, as a date, and retry-after-ms', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '150' }))).toBe(150);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({}))).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped, and prefers the server delay', () => {
    expect(backoffDelay(defaultRetryPolicy, 0, undefined, () => 0.5)).toBe(500);
    expect(backoffDelay(defaultRetryPolicy, 3, undefined, () => 0.5)).toBe(4000);
    expect(backoffDelay(defaultRetryPolicy, 20, undefined, () => 0.5)).toBe(30_000);
    expect(backoffDelay(defaultRetryPolicy, 0, 120_000)).toBe(30_000);
    expect(backoffDelay(defaultRetryPolicy, 0, 1200)).toBe(1200);
  });
});
