import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { sleep, type RequestThrottle } from '@inftool/core';
import { KEY_PREFIX, type RateLimits } from './queue-keys.js';

/** How long to wait before asking again when Redis itself failed (it is restarting). */
const REDIS_DOWN_WAIT_MS = 500;

/** A token budget: its counter and the points it holds in a window. */
interface TokenWindow {
  limiter: RateLimiterRedis;
  points: number;
}

/**
 * A model endpoint's budget shared by every worker through Redis (rate-limiter-flexible). Each limit
 * holds per minute and, so a minute's budget is not spent in one burst (providers enforce theirs over
 * shorter periods too), per second at a sixtieth of it (rounded up):
 * - `maxRpm` requests, taken before each attempt;
 * - `maxTpm` tokens, counted from the answers: a request waits while the second's or the minute's
 *   tokens are spent (its own size is not known before it is answered, so a window can end over its
 *   budget by the requests in flight).
 * A 429 from the endpoint is still retried by the model client.
 */
export class RedisThrottle implements RequestThrottle {
  private readonly requests: RateLimiterRedis[] = [];
  private readonly tokens: TokenWindow[] = [];

  constructor(
    redis: Redis,
    private readonly key: string,
    limits: RateLimits,
  ) {
    const limiter = (name: string, points: number, duration: number): RateLimiterRedis =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${KEY_PREFIX}:limit:${name}`, points, duration });
    if (limits.maxRpm !== undefined)
      this.requests.push(limiter('rps', Math.ceil(limits.maxRpm / 60), 1), limiter('rpm', limits.maxRpm, 60));
    if (limits.maxTpm !== undefined) {
      const perSecond = Math.ceil(limits.maxTpm / 60);
      this.tokens.push(
        { limiter: limiter('tps', perSecond, 1), points: perSecond },
        { limiter: limiter('tpm', limits.maxTpm, 60), points: limits.maxTpm },
      );
    }
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    for (const window of this.tokens) await this.waitForTokens(window, signal);
    for (const limiter of this.requests) await this.take(limiter, signal);
  }

  async spent(tokens: number): Promise<void> {
    if (tokens <= 0) return;
    // Redis down: these tokens go uncounted.
    for (const { limiter } of this.tokens) await limiter.penalty(this.key, tokens).catch(() => undefined);
  }

  private async take(limiter: RateLimiterRedis, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      try {
        await limiter.consume(this.key, 1);
        return;
      } catch (error) {
        await sleep(error instanceof RateLimiterRes ? error.msBeforeNext + 5 : REDIS_DOWN_WAIT_MS, signal);
      }
    }
  }

  private async waitForTokens({ limiter, points }: TokenWindow, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const state = await limiter.get(this.key).catch(() => undefined);
      if (!state || state.consumedPoints < points) return;
      await sleep(state.msBeforeNext + 5, signal); // a cancelled request does not wait out the minute
    }
  }
}

/** The throttle of each model endpoint (`baseURL model`), or none when the run has no limit. */
export function throttles(redis: Redis, limits: RateLimits): ((model: string, baseURL: string) => RequestThrottle) | undefined {
  if (limits.maxRpm === undefined && limits.maxTpm === undefined) return undefined;
  return (model, baseURL) => new RedisThrottle(redis, `${baseURL} ${model}`, limits);
}
