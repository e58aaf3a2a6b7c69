import { afterEach, describe, expect, it } from 'vitest';
import { SchemaValidator, type ChatMessage, type Task } from '@inftool/core';
import { computeReward, groupAdvantages, serveReward, synthesize, selectRoles, stratifyRun, type RolloutInput } from '@inftool/harness';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reply, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { fixture } from '../support/sim-client.js';
import { weatherConversation, weatherTask, weatherTools } from '../support/weather-rollout.js';

const validator = new SchemaValidator();
const tools = weatherTools;
const task = weatherTask;
const conversation = weatherConversation;
const rollout = (messages: ChatMessage[], kind: Task['kind'] = 'single', judged?: RolloutInput['judged']): RolloutInput => ({
  task: task(kind, kind === 'irrelevance' ? [[]] : [[{ tool: 'get_weather', arguments: { city: 'Oslo' } }]]),
  tools,
  messages,
  ...(judged ? { judged } : {}),
});

describe('the gated composite reward (hand-made cases)', () => {
  it('a right call and an answer that uses the result: every part full, gate open', () => {
    expect(computeReward(rollout(conversation('{"city":"oslo"}', 'It is cold and clear in Oslo.')), validator)).toEqual({
      format: 1,
      execution: 1,
      reasoning: 1,
      gate: 1,
      total: 1,
    });
  });
  it('a wrong argument: execution 0 closes the gate, so reasoning does not count', () => {
    const parts = computeReward(rollout(conversation('{"city":"Paris"}', 'It is cold and clear in Oslo.')), validator);
    expect(parts).toMatchObject({ format: 1, execution: 0, gate: 0 });
    expect(parts.total).toBeCloseTo(0.2);
  });
  it('arguments that do not validate lower format (and fail execution)', () => {
    const parts = computeReward(rollout(conversation('{"city": 5}', 'Done.')), validator);
    expect(parts.format).toBe(0);
    expect(parts.execution).toBe(0);
    expect(computeReward(rollout(conversation('{"city": "Oslo"', 'Done.')), validator).format).toBe(0);
  });
  it('reasoning by rules: an answer that ignores the result scores less, but only counts when execution is right', () => {
    const parts = computeReward(rollout(conversation('{"city":"Oslo"}', 'Done.')), validator);
    expect(parts.execution).toBe(1);
    expect(parts.reasoning).toBeCloseTo(2 / 3);
    expect(parts.total).toBeCloseTo(0.2 + 0.6 + 0.2 * (2 / 3));
  });
  it('irrelevance: right only without calls; a judge score replaces the rules when given', () => {
    const none: ChatMessage[] = [
      { role: 'user', content: 'A poem?' },
      { role: 'assistant', content: 'No tool for that, sorry.' },
    ];
    expect(computeReward(rollout(none, 'irrelevance'), validator)).toMatchObject({ execution: 1, gate: 1 });
    expect(computeReward(rollout(conversation('{"city":"Oslo"}', 'x'), 'irrelevance'), validator)).toMatchObject({ execution: 0, gate: 0 });
    expect(computeReward(rollout(none, 'irrelevance', { reasoning: 0.5 }), validator)).toMatchObject({
      reasoning: 0.5,
      total: 0.2 + 0.6 + 0.1,
    });
  });
  it('multi-turn: a step counts only when its calls match and the world did not answer with an error', () => {
    const plan = [[{ tool: 'get_weather', arguments: { city: 'Oslo' } }], [{ tool: 'get_weather', arguments: { city: 'Rome' } }]];
    const messages = (secondResult: string): ChatMessage[] => [
      { role: 'user', content: 'Oslo?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }],
      },
      { role: 'tool', tool_call_id: 'a', content: '{"summary":"cold"}' },
      { role: 'assistant', content: 'cold' },
      { role: 'user', content: 'Rome?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'b', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Rome"}' } }],
      },
      { role: 'tool', tool_call_id: 'b', content: secondResult },
      { role: 'assistant', content: 'done' },
    ];
    const base = { task: task('multi_turn', plan), tools };
    expect(computeReward({ ...base, messages: messages('{"summary":"warm"}') }, validator).execution).toBe(1);
    // The server's isError on the wire decides, not the text.
    expect(
      computeReward({ ...base, messages: messages('404 Not Found: city "Rome" does not exist'), errors: ['b'] }, validator).execution,
    ).toBe(0.5);
    expect(computeReward({ ...base, messages: messages('{"summary":"warm"}'), errors: ['b'] }, validator).execution).toBe(0.5);
    expect(computeReward({ ...base, messages: messages('404 Not Found: city "Rome" does not exist') }, validator).execution).toBe(1);
  });

  it('group-relative advantages have mean 0 and unit spread', () => {
    const advantages = groupAdvantages([1, 0.2, 0.2, 0.6]);
    expect(advantages.reduce((total, value) => total + value, 0)).toBeCloseTo(0);
    expect(Math.sqrt(advantages.reduce((total, value) => total + value * value, 0) / 4)).toBeCloseTo(1, 3);
    expect(groupAdvantages([0.5, 0.5])).toEqual([0, 0]);
  });
});

describe('the reward server', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('answers a rollout with its parts, a group with advantages, and a bad payload with 400 and the reason', async () => {
    const running = await serveReward({ port: 0 });
    close = running.close;
    const post = (path: string, body: unknown) =>
      fetch(`${running.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const good = rollout(conversation('{"city":"Oslo"}', 'It is cold and clear in Oslo.'));
    expect(await (await post('/reward', good)).json()).toEqual({ format: 1, execution: 1, reasoning: 1, gate: 1, total: 1 });
    const group = (await (await post('/group', { rollouts: [good, rollout(conversation('{"city":"Paris"}', 'x'))] })).json()) as {
      rollouts: Array<{ total: number; advantage: number }>;
    };
    expect(group.rollouts[0]!.advantage).toBeGreaterThan(0);
    expect(group.rollouts[1]!.advantage).toBeLessThan(0);
    const bad = await post('/reward', { task: { kind: 'single' }, tools: [], messages: [] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/\$\.task\.id/);
    expect((await post('/reward', 'not json')).status).toBe(400);
    expect((await post('/nope', {})).status).toBe(404);
  });

  it('a tool whose parameters do not compile, or only refer to themselves, is a 400 naming the tool, and the server lives on', async () => {
    const running = await serveReward({ port: 0 });
    close = running.close;
    const post = (path: string, body: unknown) =>
      fetch(`${running.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const good = rollout(conversation('{"city":"Oslo"}', 'It is cold and clear in Oslo.'));
    for (const parameters of [{ type: 'object', properties: { city: { type: 'town' } } }, { $ref: '#/$defs/missing' }, { $ref: '#' }]) {
      const bad = await post('/reward', { ...good, tools: [{ ...tools[0]!, parameters }] });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toMatch(
        /\$\.tools\.0\.parameters \(tool "get_weather"\) is not a usable JSON Schema: \S/,
      );
      const group = await post('/group', { rollouts: [good, { ...good, tools: [{ ...tools[0]!, parameters }] }] });
      expect(group.status).toBe(400);
      expect(((await group.json()) as { error: string }).error).toMatch(/^\$\.rollouts\.1\.tools\.0\.parameters/);
    }
    expect(await (await post('/reward', good)).json()).toMatchObject({ total: 1 });
  });

  it('a body over the limit is a 413 that says so, and the server lives on', async () => {
    const running = await serveReward({ port: 0, maxBodyBytes: 4096 });
    close = running.close;
    const good = rollout(conversation('{"city":"Oslo"}', 'It is cold and clear in Oslo.'));
    const big = await fetch(`${running.url}/reward`, { method: 'POST', body: JSON.stringify({ ...good, padding: 'x'.repeat(100_000) }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toMatch(/larger than the server's limit of 4096 bytes \(--max-body-bytes\)/);
    // Without a declared length (chunked), the limit holds as the bytes arrive.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        controller.close();
      },
    });
    const chunked = await fetch(`${running.url}/reward`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await fetch(`${running.url}/reward`, { method: 'POST', body: JSON.stringify(good) })).status).toBe(200);
  });
});

describe('the reward server and slow clients', () => {
  it('cuts a client that trickles its headers or its body with 408, and serves the next request', async () => {
    const { connect } = await import('node:net');
    const running = await serveReward({ port: 0, headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const port = Number(new URL(running.url).port);
    const slow = (head: string, unit: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        let received = '';
        socket.on('data', (chunk) => {
          received += chunk;
        });
        socket.on('error', () => undefined);
        socket.write(head);
        const timer = setInterval(() => socket.writable && socket.write(unit), 50);
        socket.on('close', () => {
          clearInterval(timer);
          resolve(received);
        });
      });
    const [headers, body] = await Promise.all([
      slow('POST /reward HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n'),
      slow('POST /reward HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n', ' '),
    ]);
    expect(headers).toMatch(/^HTTP\/1\.1 408 /);
    expect(body).toMatch(/^HTTP\/1\.1 408 /);
    const good = rollout(conversation('{"city":"Oslo"}', 'It is cold and clear in Oslo.'));
    expect(await (await fetch(`${running.url}/reward`, { method: 'POST', body: JSON.stringify(good) })).json()).toMatchObject({ total: 1 });
    await running.close();
  });
});

describe('difficulty: execution consistency over k rollouts', () => {
  it('splits tasks into easy and hard and writes the hard ones for the next round', async () => {
    // A model that gets get_time right in every other conversation: consistency 0.5 on single tasks; irrelevance always right.
    let conversations = 0;
    const fake = await startFakeOpenAIServer((request) => {
      const messages = request.body['messages'] as Array<{ role: string }>;
      if (messages.at(-1)?.role === 'tool') return reply.text('It is noon.');
      if (messages.filter((message) => message.role === 'user').length === 1 && messages.at(-1)?.role === 'user') conversations += 1;
      // On the clock tree an irrelevance task offers only the withheld tool's neighbour; a single task offers both tools.
      if (((request.body['tools'] as unknown[] | undefined) ?? []).length < 2) return reply.text('No tool for that.');
      return reply.toolCalls({ name: 'get_time', arguments: conversations % 2 === 0 ? { zone: 'UTC' } : { zone: 'CET' } });
    });
    try {
      const out = join(await mkdtemp(join(tmpdir(), 'stratify-')), 'run');
      await synthesize({
        tree: fixture('clock-tree.json'),
        kinds: ['single', 'irrelevance'],
        count: 2,
        rollouts: 4,
        out,
        seed: 'strat',
        concurrency: 1,
        resume: false,
        roles: selectRoles({ user: 'offline', assistant: 'half-right', endpoint: { baseURL: fake.baseURL } }),
      });
      const result = await stratifyRun(out, 0.75);
      expect(result.tasks).toHaveLength(2);
      const byKind = Object.fromEntries(result.tasks.map((task) => [task.kind, task]));
      expect(byKind['irrelevance']).toMatchObject({ rollouts: 4, consistency: 1, split: 'easy' });
      expect(byKind['single']!.rollouts).toBe(4);
      expect(byKind['single']!.consistency).toBeLessThan(1);
      expect(byKind['single']!.split).toBe('hard');
      const hard = readFileSync(join(out, 'hard-tasks.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; kind: string });
      expect(hard.map((task) => task.kind)).toEqual(['single']);
    } finally {
      await fake.close();
    }
  });
});
