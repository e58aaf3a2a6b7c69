/**
 * Standing fuzz of the reward server: seeded broken rollouts (a member replaced by junk, deep values,
 * arguments that are deep JSON text) on every route. Any bad request is a 4xx naming the problem,
 * never a 500, and the server goes on computing rewards. `FUZZ_SEED=n` explores other seeds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRandom, type Random } from '@inftool/core';
import { serveReward } from '@inftool/harness';
import { weatherConversation, weatherTask, weatherTools } from '../support/weather-rollout.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261206);

const good = {
  task: weatherTask('single', [[{ tool: 'get_weather', arguments: { city: 'Oslo' } }]]),
  tools: weatherTools,
  messages: weatherConversation('{"city":"Oslo"}', 'It is cold and clear in Oslo.'),
};

const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

function junk(random: Random): unknown {
  return random.pick<() => unknown>([
    () => null,
    () => 42,
    () => '',
    () => 'x'.repeat(random.int(1, 3000)),
    () => [],
    () => ({}),
    () => [null, 1, 'a'],
    () => JSON.parse(deepJson(random.int(100, 1500))) as unknown,
    () => deepJson(random.int(100, 5000)),
    () => ({ type: random.pick(['town', 'object', 5]), properties: random.pick([[], 'x', { a: { $ref: '#/nowhere' } }]) }),
    () => ({ $ref: '#' }),
    () => Number.MAX_VALUE,
  ])();
}

/** The paths of every member of `value`, to pick one to break. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function broken(random: Random): unknown {
  const copy = structuredClone(good) as Record<string, unknown>;
  const all = paths(copy).filter((path) => path.length > 0);
  for (let edits = random.int(1, 3); edits > 0; edits -= 1) {
    const path = random.pick(all);
    let holder: any = copy;
    for (const key of path.slice(0, -1)) holder = holder?.[key];
    if (typeof holder === 'object' && holder !== null) {
      if (random.chance(0.2)) delete holder[path[path.length - 1] as string];
      else holder[path[path.length - 1] as string] = junk(random);
    }
  }
  // Arguments that are deep JSON text reach the reward's own parsing.
  const call = (copy['messages'] as any)?.[1]?.tool_calls?.[0]?.function;
  if (random.chance(0.15) && typeof call === 'object' && call !== null) call.arguments = deepJson(random.int(100, 10_000));
  return copy;
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe(`reward server fuzz (seed ${SEED})`, () => {
  it('answers 600 broken requests with 4xx and the reason, never a 500, and still computes rewards', async () => {
    const running = await serveReward({ port: 0, maxBodyBytes: 256 * 1024 });
    close = running.close;
    const random = createRandom(SEED);
    const problems: string[] = [];
    for (let index = 0; index < 600; index += 1) {
      const route = random.pick(['/reward', '/reward', '/group', '/advantages', '/nope']);
      const payload =
        route === '/group'
          ? { rollouts: [good, broken(random)] }
          : route === '/advantages'
            ? { rewards: random.pick([[1, 'x'], [], junk(random), [Number.NaN]]) }
            : broken(random);
      const body = random.chance(0.05) ? JSON.stringify(payload).slice(0, random.int(1, 100)) : JSON.stringify(payload);
      const response = await fetch(`${running.url}${route}`, { method: random.chance(0.97) ? 'POST' : 'PUT', body });
      const text = await response.text();
      if (response.status >= 500) problems.push(`${route} → ${response.status} ${text.slice(0, 200)}`);
      else if (response.status !== 200 && !/"error":"\S/.test(text))
        problems.push(`${route} → ${response.status} without a reason: ${text.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
    const after = await fetch(`${running.url}/reward`, { method: 'POST', body: JSON.stringify(good) });
    expect(await after.json()).toMatchObject({ total: 1 });
  }, 120_000);
});
