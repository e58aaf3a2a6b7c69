import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RequestThrottle } from '@inftool/core';
import { KEY_PREFIX, sleep, type RateLimits } from './queue-keys.js';

/** How long to wait before asking again when Redis itself failed (it is restarting). */
const REDIS_DOWN_WAIT_MS = 500;

/**
 * A model endpoint's budget shared by every worker through Redis (rate-limiter-flexible): at most
 * `maxRpm` requests a minute and, so a minute's budget is not spent in one burst, ceil(maxRpm / 60)
 * a second; at most `maxTpm` tokens a minute (counted from the answers: a request waits while the
 * minute's tokens are spent). A 429 from the endpoint is still retried by the model client.
 */
export class RedisThrottle implements RequestThrottle {
  private readonly requests: RateLimiterRedis[] = [];
  private readonly tokens: RateLimiterRedis | undefined;

  constructor(
    redis: Redis,
    private readonly key: string,
    private readonly limits: RateLimits,
  ) {
    const limiter = (name: string, points: number, duration: number): RateLimiterRedis =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${KEY_PREFIX}:limit:${name}`, points, duration });
    if (limits.maxRpm !== undefined)
      this.requests.push(limiter('rps', Math.ceil(limits.maxRpm / 60), 1), limiter('rpm', limits.maxRpm, 60));
    this.tokens = limits.maxTpm !== undefined ? limiter('tpm', limits.maxTpm, 60) : undefined;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    if (this.tokens) await this.waitForTokens(this.tokens, signal);
    for (const limiter of this.requests) await this.take(limiter, signal);
  }

  async spent(tokens: number): Promise<void> {
    if (!this.tokens || tokens <= 0) return;
    await this.tokens.penalty(this.key, tokens).catch(() => undefined); // Redis down: these tokens go uncounted
  }

  private async take(limiter: RateLimiterRedis, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      try {
        await limiter.consume(this.key, 1);
        return;
      } catch (error) {
        await sleep(error instanceof RateLimiterRes ? error.msBeforeNext + 5 : REDIS_DOWN_WAIT_MS);
      }
    }
  }

  private async waitForTokens(limiter: RateLimiterRedis, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const state = await limiter.get(this.key).catch(() => undefined);
      if (!state || state.consumedPoints < (this.limits.maxTpm ?? Infinity)) return;
      await sleep(state.msBeforeNext + 5);
    }
  }
}

/** The throttle of each model endpoint (`baseURL model`), or none when the run has no limit. */
export function throttles(redis: Redis, limits: RateLimits): ((model: string, baseURL: string) => RequestThrottle) | undefined {
  if (limits.maxRpm === undefined && limits.maxTpm === undefined) return undefined;
  return (model, baseURL) => new RedisThrottle(redis, `${baseURL} ${model}`, limits);
}
