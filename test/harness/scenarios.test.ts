import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, SchemaValidator, type Task, type ToolSpec, type ToolTree, type Trajectory } from '@inftool/core';
import { seededEntityIds } from '@inftool/sim-server';
import { selectRoles, synthesize, TaskSampler, ToolIndex } from '@inftool/harness';
import { demoTree } from '../support/sim-client.js';
import { isOutOfReachRequest } from '@inftool/user-sim';
import { contentWords } from '../../packages/harness/src/tasks/words.js';
import { readJsonLines } from '../support/json-lines.js';

const validator = new SchemaValidator();
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object' as const, properties, required });
const tool = (
  name: string,
  description: string,
  inputSchema: ToolSpec['inputSchema'],
  outputSchema?: ToolSpec['outputSchema'],
): ToolSpec => ({ name, description, inputSchema, ...(outputSchema ? { outputSchema } : {}) });
const city = { type: 'string', examples: ['Lyon', 'Osaka'] };

/** A shop (orders), a weather service, and a pharmacy: stories, neighbours and parallel partners. */
const tree: ToolTree = {
  schemaVersion: 1,
  domains: [
    {
      name: 'Commerce',
      categories: [
        {
          name: 'Orders',
          servers: [
            {
              name: 'shop',
              tools: [
                tool(
                  'create_order',
                  'Create an order for a product.',
                  object({ product_id: { type: 'string' }, quantity: { type: 'integer', minimum: 1 } }, ['product_id', 'quantity']),
                ),
                tool('get_order', 'Get an order by its id.', object({ order_id: { type: 'string' } }, ['order_id'])),
                tool(
                  'update_order',
                  'Change the quantity of an order.',
                  object({ order_id: { type: 'string' }, quantity: { type: 'integer', minimum: 1 } }, ['order_id', 'quantity']),
                ),
                tool('cancel_order', 'Cancel an order.', object({ order_id: { type: 'string' } }, ['order_id'])),
                tool(
                  'list_orders',
                  'List the orders of the account.',
                  object({ status: { type: 'string', enum: ['pending', 'shipped'] } }),
                  object({ orders: { type: 'array', items: object({ order_id: { type: 'string' }, total: { type: 'number' } }) } }),
                ),
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'Weather',
      categories: [
        {
          name: 'Forecast',
          servers: [
            {
              name: 'weather',
              tools: [
                tool(
                  'get_current_weather',
                  'Get the current weather in a city.',
                  object({ city, units: { type: 'string', enum: ['metric', 'imperial'] } }, ['city']),
                ),
                tool('get_timezone', 'Get the time zone of a city.', object({ city }, ['city'])),
                tool(
                  'get_forecast',
                  'Get the weather forecast of a city for the next days.',
                  object({ city, days: { type: 'integer', minimum: 1, maximum: 7 } }, ['city', 'days']),
                ),
                tool('get_air_quality', 'Get the air quality index of a city.', object({ city }, ['city'])),
              ],
            },
          ],
        },
      ],
    },
  ],
};

const plan = async (kind: Task['kind'], count: number, seed = 'scenarios'): Promise<Task[]> => {
  const sampler = new TaskSampler(new ToolIndex(tree), validator);
  return Promise.all(Array.from({ length: count }, (_, index) => sampler.task(index, { kinds: [kind], count, seed })));
};
const refsOf = (task: Task) => JSON.stringify(task.expectedCalls ?? []).match(/"\$result"/g)?.length ?? 0;

describe('TaskSampler scenarios', () => {
  it('is deterministic: the same seed plans byte-identical tasks', async () => {
    const kinds = ['parallel', 'irrelevance', 'multi_turn', 'error_recovery'] as const;
    for (const kind of kinds) expect(canonicalJson(await plan(kind, 6, 'same'))).toBe(canonicalJson(await plan(kind, 6, 'same')));
  });

  it('parallel: often several different tools in one turn, never the same call twice, every call valid', async () => {
    const tasks = await plan('parallel', 40);
    const multiTool = tasks.filter((task) => new Set(task.expectedCalls![0]!.map((call) => call.tool)).size >= 2);
    expect(multiTool.length / tasks.length).toBeGreaterThanOrEqual(0.3);
    for (const task of tasks) {
      const calls = task.expectedCalls![0]!;
      expect(calls.length).toBeGreaterThanOrEqual(2);
      expect(new Set(calls.map((call) => `${call.tool} ${canonicalJson(call.arguments)}`)).size).toBe(calls.length);
      for (const call of calls) expect(task.tools).toContain(call.tool);
    }
  });

  it('parallel: different tools serve one need (one city, one entity), else one tool for several cases; no case without arguments', async () => {
    const tasks = await plan('parallel', 40);
    for (const task of tasks) {
      const calls = task.expectedCalls![0]!;
      for (const call of calls) expect(Object.keys(call.arguments).length).toBeGreaterThan(0);
      const tools = new Set(calls.map((call) => call.tool));
      if (tools.size < 2) continue;
      const weather = calls.filter((call) => 'city' in call.arguments);
      // The weather and the time zone of one city, not of two.
      if (weather.length === calls.length && !calls.some((call) => call.tool === calls[0]!.tool && call !== calls[0]))
        expect(new Set(weather.map((call) => call.arguments['city'])).size).toBe(1);
      // Never a shop call with a weather call: nothing links them.
      expect(calls.every((call) => 'city' in call.arguments) || calls.every((call) => !('city' in call.arguments))).toBe(true);
    }
  });

  it('irrelevance: the request is written for a withheld tool; its nearest neighbours are offered, it is not', async () => {
    const all = await plan('irrelevance', 20);
    expect(new Set(all.map((task) => task.goal)).size).toBeGreaterThanOrEqual(18);
    // About one in four is out of reach: a request for a live service no offered tool shares a word with.
    const index = new ToolIndex(tree);
    const outOfReach = all.filter((task) => isOutOfReachRequest(task.goal));
    expect(outOfReach.length).toBeGreaterThan(0);
    expect(outOfReach.length).toBeLessThanOrEqual(all.length / 2);
    for (const task of outOfReach) {
      expect(task.goal).not.toMatch(/[{}]/);
      const offered = new Set(task.tools.flatMap((name) => index.words(index.byName.get(name)!)));
      expect(contentWords(task.goal).filter((word) => offered.has(word))).toEqual([]);
      expect(task.expectedCalls).toEqual([[]]);
    }
    const tasks = all.filter((task) => !isOutOfReachRequest(task.goal));
    for (const task of tasks) {
      // A tool whose only parameter is a flag (`get_version(verbose)`) is asked for without it: nothing known to name it by.
      const key = Object.keys(task.known)[0];
      if (key === undefined) continue;
      const withheld = key.split('.')[0]!;
      expect(task.tools).not.toContain(withheld);
      expect(task.tools.length).toBeGreaterThanOrEqual(2);
      expect(task.expectedCalls).toEqual([[]]);
    }
    // A weather tool withheld: its siblings on the weather server are offered, not the shop.
    const weather = tasks.find((task) => Object.keys(task.known)[0]!.startsWith('get_timezone'));
    if (weather) expect(weather.tools.filter((name) => name.startsWith('get_')).length).toBeGreaterThan(0);
  });

  it('irrelevance: out-of-reach requests are drawn by the offered servers, so two trees planned with one seed ask different things', async () => {
    // The same tools under other server names: the plan draws alike up to the out-of-reach request.
    const renamed = JSON.parse(JSON.stringify(tree).replace(/"name":"(shop|weather)"/g, '"name":"$1-eu"')) as ToolTree;
    const sampler = new TaskSampler(new ToolIndex(renamed), validator);
    const theirs = await Promise.all(
      Array.from({ length: 40 }, (_, index) => sampler.task(index, { kinds: ['irrelevance'], count: 40, seed: 'scenarios' })),
    );
    const ours = await plan('irrelevance', 40);
    const both = ours
      .map((task, index) => [task.goal, theirs[index]!.goal] as const)
      .filter(([a, b]) => isOutOfReachRequest(a) && isOutOfReachRequest(b));
    expect(both.length).toBeGreaterThan(2);
    expect(both.filter(([a, b]) => a === b).length).toBeLessThanOrEqual(Math.floor(both.length / 4));
  });

  it('irrelevance: no offered tool could do the job (one record or a list of the same entity, another search), most negatives hard', async () => {
    const lookups: ToolTree = {
      schemaVersion: 1,
      domains: [
        {
          name: 'Bio',
          categories: [
            {
              name: 'Targets',
              servers: [
                {
                  name: 'targets',
                  tools: [
                    tool('get_evidence_by_id', 'Get evidence by its ID.', object({ id: { type: 'string' } }, ['id'])),
                    tool(
                      'post_evidence_by_id',
                      'Get evidence for a list of IDs.',
                      object({ body: { type: 'object', properties: { id: { type: 'array', items: { type: 'string' } } } } }, ['body']),
                    ),
                    tool('get_autocomplete', 'Autocomplete search terms.', object({ q: { type: 'string' } }, ['q'])),
                    tool('get_quick_search', 'Quick search of targets and diseases.', object({ q: { type: 'string' } }, ['q'])),
                    tool('get_disease_by_id', 'Get a disease by its EFO id.', object({ disease: { type: 'string' } }, ['disease'])),
                    tool('get_drug_by_id', 'Get a drug by its ChEMBL id.', object({ drug_id: { type: 'string' } }, ['drug_id'])),
                    tool('get_version', 'The API version.', object({ verbose: { type: 'boolean' } })),
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const index = new ToolIndex(lookups);
    const sampler = new TaskSampler(index, validator);
    const serves: Record<string, string[]> = {
      get_evidence_by_id: ['post_evidence_by_id'],
      post_evidence_by_id: ['get_evidence_by_id'],
      get_autocomplete: ['get_quick_search'],
      get_quick_search: ['get_autocomplete'],
    };
    let hard = 0;
    const tasks = await Promise.all(
      Array.from({ length: 30 }, (_, number) => sampler.task(number, { kinds: ['irrelevance'], count: 30, seed: 'negatives' })),
    );
    for (const task of tasks) {
      // A tool whose only parameter is a flag (`get_version(verbose)`) is asked for without it: nothing known to name it by.
      const key = Object.keys(task.known)[0];
      if (key === undefined) continue;
      const withheld = key.split('.')[0]!;
      for (const other of serves[withheld] ?? []) expect(task.tools).not.toContain(other);
      if (task.tools.some((name) => index.byName.get(name)!.server === 'targets')) hard += 1;
    }
    expect(hard / tasks.length).toBeGreaterThanOrEqual(0.5);
    // The shop: a withheld order lookup never comes with the order list.
    for (const task of await plan('irrelevance', 30))
      if (Object.keys(task.known)[0]?.startsWith('get_order.')) expect(task.tools).not.toContain('list_orders');
  });

  it('multi_turn: stories carry an earlier result into a later call, 6+ turns on average, at most 15', async () => {
    const tasks = await plan('multi_turn', 30);
    const turns = tasks.map((task) => task.expectedCalls!.length);
    expect(turns.reduce((sum, count) => sum + count, 0) / turns.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...turns)).toBeLessThanOrEqual(15);
    expect(tasks.filter((task) => refsOf(task) > 0).length / tasks.length).toBeGreaterThanOrEqual(0.5);
    for (const task of tasks) {
      task.expectedCalls!.forEach((step, turn) => {
        for (const call of step)
          for (const value of Object.values(call.arguments))
            if (typeof value === 'object' && value !== null && '$result' in value)
              expect((value as { $result: { turn: number } }).$result.turn).toBeLessThan(turn);
      });
    }
  });

  it('multi_turn: one story, not a chain of unrelated requests: the weather of one city, no call repeated', async () => {
    const tasks = await plan('multi_turn', 30, 'story');
    for (const task of tasks) {
      const calls = task.expectedCalls!.flat();
      expect(new Set(calls.map((call) => `${call.tool} ${canonicalJson(call.arguments)}`)).size).toBe(calls.length);
      const cities = new Set(calls.flatMap((call) => ('city' in call.arguments ? [call.arguments['city']] : [])));
      expect(cities.size).toBeLessThanOrEqual(1);
    }
  });

  it('plans reads of existing records with ids the session world starts with', async () => {
    const tasks = await plan('single', 60);
    const reads = tasks.flatMap((task) =>
      task
        .expectedCalls!.flat()
        .filter((call) => call.tool === 'get_order')
        .map((call) => ({ task, call })),
    );
    expect(reads.length).toBeGreaterThan(0);
    for (const { task, call } of reads)
      expect(seededEntityIds(task.seed, 'order', { type: 'string' })).toContain(call.arguments['order_id']);
  });

  it('error_recovery: one planned fault a task, from the world or the user, never the assistant’s own mistake', async () => {
    const tasks = await plan('error_recovery', 40);
    const reactions = tasks.map((task) => `${task.faults![0]!.fault}/${task.faults![0]!.recovery}`);
    for (const reaction of ['rate_limited/retry', 'server_error/retry', 'not_found/ask', 'wrong_id/ask'])
      expect(reactions).toContain(reaction);
    for (const reaction of reactions)
      expect([
        'rate_limited/retry',
        'server_error/retry',
        'unavailable/retry',
        'timeout/retry',
        'timeout/report',
        'not_found/ask',
        'wrong_id/ask',
        'out_of_range/ask',
        'bad_format/ask',
      ]).toContain(reaction);
    // The user's wrong value is a large share (about half where the tree has values to get wrong).
    expect(reactions.filter((reaction) => reaction.endsWith('/ask')).length).toBeGreaterThanOrEqual(10);
    for (const task of tasks) {
      const [fault] = task.faults!;
      expect(task.expectedCalls![fault!.turn]![fault!.call]).toBeDefined();
      if (fault!.fault === 'not_found') {
        // The mistyped id, then the same call with the right one (two neighbouring characters swapped back).
        const wrong = task.expectedCalls![fault!.turn]![0]!;
        const right = task.expectedCalls![fault!.turn + 1]![0]!;
        expect(right.tool).toBe(wrong.tool);
        const changed = Object.keys(right.arguments).filter((name) => right.arguments[name] !== wrong.arguments[name]);
        expect(changed.length).toBeGreaterThan(0);
        for (const name of changed)
          expect([...String(wrong.arguments[name])].sort().join('')).toBe([...String(right.arguments[name])].sort().join(''));
      }
    }
  });

  it('writes goals from the plan, not from a raw description prefix', async () => {
    for (const task of await plan('single', 10)) expect(task.goal).not.toMatch(/^Get this done/);
  });
});

const read = (file: string): Trajectory[] => readJsonLines<Trajectory>(file);

describe('error_recovery and prose answers over real MCP (offline roles)', () => {
  it('the server fails the planned first attempt; the assistant retries, corrects or reports, and answers in prose', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'inftool-recovery-')), 'run');
    await synthesize({
      tree: demoTree,
      kinds: ['error_recovery'],
      count: 24,
      out,
      seed: 'recover',
      concurrency: 4,
      resume: false,
      roles: selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} }),
    });
    const records = [...read(join(out, 'trajectories.jsonl')), ...read(join(out, 'rejected.jsonl'))];
    expect(records).toHaveLength(24);
    const seen = new Set<string>();
    for (const record of records) {
      const [fault] = record.task.faults!;
      seen.add(fault!.recovery);
      const results = record.messages.filter((message) => message.role === 'tool');
      const errors = results.filter((message) => /^(\d{3} |Invalid arguments)/.test(message.content));
      expect(errors).toHaveLength(1); // exactly the planned one
      const status = {
        rate_limited: /^429 /,
        server_error: /^500 /,
        timeout: /^504 /,
        invalid_arguments: /^(422 |Invalid arguments)/,
        not_found: /^404 /,
        unavailable: /^503 /,
        wrong_id: /^404 /,
        out_of_range: /^422 /,
        bad_format: /^400 /,
      }[fault!.fault];
      expect(errors[0]!.content).toMatch(status);
      const calls = record.messages.flatMap((message) => (message.role === 'assistant' ? (message.tool_calls ?? []) : []));
      const final = record.messages.filter((message) => message.role === 'assistant' && !message.tool_calls?.length).at(-1)!.content!;
      expect(final).not.toMatch(/\{"|^Done\./);
      if (fault!.recovery === 'report') {
        expect(final).toMatch(/could not|couldn't|was not able/i); // says plainly what failed
        expect(final).toMatch(/check|confirm|\?/i); // and asks the user about the value
        // A change that timed out is not sent again blindly.
        if (fault!.fault === 'timeout') expect(calls).toHaveLength(record.task.expectedCalls!.flat().length);
      } else if (fault!.recovery === 'ask') {
        // 404 on the id the user mistyped: the assistant asks, the user gives the right one, and the call succeeds.
        const right = record.task.expectedCalls![fault!.turn + 1]![0]!;
        const users = record.messages.filter((message) => message.role === 'user').map((message) => String(message.content));
        const changed = Object.entries(right.arguments).find(
          ([name, value]) => value !== record.task.expectedCalls![fault!.turn]![0]!.arguments[name],
        );
        expect(users[fault!.turn + 1]).toContain(String(changed![1]));
        // The 404 names the id the user mistyped, the one then corrected, never another id of the call.
        const notFound = results.find((message) => /^404 /.test(message.content))!;
        expect(notFound.content).toContain(`"${String(record.task.expectedCalls![fault!.turn]![0]!.arguments[changed![0]])}"`);
        expect(JSON.parse(calls.at(-1)!.function.arguments)).toEqual(right.arguments);
        expect(results.at(-1)!.content).not.toMatch(/^\d{3} /);
        const asked =
          record.messages[record.messages.findIndex((message) => message.role === 'tool' && /^404 /.test(message.content)) + 1]!;
        expect(asked.role === 'assistant' && asked.content).toMatch(/\?/);
      } else {
        const planned = record.task.expectedCalls![fault!.turn]![0]!;
        const last = calls.at(-1)!;
        expect(JSON.parse(last.function.arguments)).toEqual(planned.arguments); // retried as planned, or corrected to the plan
        expect(results.at(-1)!.content).not.toMatch(/^(\d{3} |Invalid arguments)/);
        if (fault!.recovery === 'retry')
          expect(calls.filter((call) => call.function.arguments === last.function.arguments).length).toBeGreaterThanOrEqual(2);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(2);
  });
});

describe('planned arguments a reviewer would not question', () => {
  it('an optional value the description does not list is sampled again or left out', async () => {
    const posts: ToolTree = {
      schemaVersion: 1,
      domains: [
        {
          name: 'News',
          categories: [
            {
              name: 'Posts',
              servers: [
                {
                  name: 'news',
                  tools: [
                    tool(
                      'posts_get_latest',
                      'Get the latest posts.',
                      object(
                        {
                          indexKey: { type: 'string', description: 'default or one key of the categories (ministries, sectors)' },
                          postKind: {
                            type: 'string',
                            default: '',
                            description: 'One of: releases, stories, factsheets, updates or default',
                          },
                        },
                        ['indexKey'],
                      ),
                    ),
                    tool('posts_get_one', 'Get one post.', object({ key: { type: 'string' } }, ['key'])),
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const sampler = new TaskSampler(new ToolIndex(posts), validator);
    const kinds = ['single', 'error_recovery', 'multi_turn'] as const;
    for (let index = 0; index < 30; index += 1) {
      const task = await sampler.task(index, { kinds, count: 30, seed: 'plausible' });
      for (const call of task.expectedCalls!.flat()) {
        const kind = call.arguments['postKind'];
        if (kind !== undefined) expect(['releases', 'stories', 'factsheets', 'updates', 'default']).toContain(kind);
      }
    }
  });
});
