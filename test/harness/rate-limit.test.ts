/**
 * The model rate limits of a queued run (`--max-rpm`, `--max-tpm`) held across workers: two throttles
 * on two Redis connections stand for two workers; what one spends holds the other back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectQueue } from '../../packages/harness/src/scale/queue-keys.js';
import { RedisThrottle } from '../../packages/harness/src/scale/rate-limit.js';
import { REDIS_MISSING, startRedis, type TestRedis } from '../support/redis-server.js';

describe.skipIf(REDIS_MISSING !== '')(
  `model rate limits shared through Redis${REDIS_MISSING ? ` (skipped: ${REDIS_MISSING})` : ''}`,
  () => {
    let redis: TestRedis;
    let connections: Array<ReturnType<typeof connectQueue>> = [];
    /** Two workers' throttles of one endpoint, each on its own connection. */
    const pair = (limits: { maxRpm?: number; maxTpm?: number }, key: string): [RedisThrottle, RedisThrottle] => {
      const [first, second] = [connectQueue(redis.url), connectQueue(redis.url)];
      connections.push(first, second);
      return [new RedisThrottle(first, key, limits), new RedisThrottle(second, key, limits)];
    };

    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      for (const connection of connections) connection.disconnect();
      connections = [];
      await redis.close();
    });

    it("tokens one worker's answers used hold back the other's requests: the second's share, then the minute's", async () => {
      const [one, other] = pair({ maxTpm: 6000 }, 'http://endpoint/v1 tokens'); // 100 a second
      await other.acquire(); // nothing spent yet: at once
      const spentAt = Date.now();
      await one.spent(100);
      await other.acquire();
      expect(Date.now() - spentAt).toBeGreaterThanOrEqual(950); // the second's 100 tokens were spent: its window ran out first
      await one.spent(5900); // the minute's 6,000 spent (with the 100 before)
      const waited = other.acquire(AbortSignal.timeout(1500));
      await expect(waited).rejects.toThrow(/timed out|aborted/i); // still held once the second's window lapsed
    });

    it("a request one worker sends takes from the other's share", async () => {
      const [one, other] = pair({ maxRpm: 60 }, 'http://endpoint/v1 requests'); // 1 a second
      const sentAt = Date.now();
      await one.acquire();
      await other.acquire();
      expect(Date.now() - sentAt).toBeGreaterThanOrEqual(950);
    });

    it('another endpoint has its own budget', async () => {
      const [one] = pair({ maxTpm: 6000 }, 'http://endpoint/v1 first');
      const [elsewhere] = pair({ maxTpm: 6000 }, 'http://endpoint/v1 second');
      await one.spent(6000);
      const started = Date.now();
      await elsewhere.acquire();
      expect(Date.now() - started).toBeLessThan(500);
    });
  },
);
