/** When and how long to wait before retrying a failed model call. */
export interface RetryPolicy {
  /** Retries after the first attempt. Defaults to 4. */
  maxRetries: number;
  /**
   * Of those, at most this many after an attempt that timed out. Defaults to 1: an endpoint that
   * hung for a whole timeout is likely to hang again, and each try costs the full timeout.
   */
  maxTimeoutRetries: number;
  /** First backoff delay in ms, doubled each retry, with ±25% jitter. Defaults to 500. */
  baseDelayMs: number;
  /** Upper bound on any single wait, including a server's Retry-After. Defaults to 30 000. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxRetries: 4, maxTimeoutRetries: 1, baseDelayMs: 500, maxDelayMs: 30_000 };

/** 408, 409, 429 and every 5xx are worth another try; other 4xx are the request's fault. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500);
}

/**
 * Reads `retry-after-ms` (OpenAI's extension) or `retry-after` (seconds or an HTTP date).
 * Returns undefined when absent or unreadable.
 */
export function retryAfterMs(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (headers === undefined) return undefined;
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && Number.isFinite(Number(milliseconds))) return Math.max(0, Number(milliseconds));
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `retry` (0-based), honouring a server's Retry-After. */
export function backoffDelay(
  policy: RetryPolicy,
  retry: number,
  serverDelayMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (serverDelayMs !== undefined) return Math.min(serverDelayMs, policy.maxDelayMs);
  const exponential = policy.baseDelayMs * 2 ** retry;
  const jitter = 0.75 + random() * 0.5;
  return Math.min(exponential * jitter, policy.maxDelayMs);
}
