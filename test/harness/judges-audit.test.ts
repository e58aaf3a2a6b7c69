import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenAIChatModel, type Trajectory } from '@inftool/core';
import {
  JUDGE_BRIEFS,
  ModelJudge,
  judgePrompt,
  judgeTranscript,
  readConversation,
  selectRoles,
  type QualityReport,
} from '@inftool/harness';
import { reusesResult } from '../../packages/harness/src/audit/quality.js';
import { reply, startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.js';
import { handMessages } from '../support/hand-conversation.js';
import { cliPath, demoTree } from '../support/sim-client.js';
import { synthesizeReflecting } from '../support/synth-run.js';

const run = promisify(execFile);
let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const record = (turns: number): Trajectory => ({
  schemaVersion: 2,
  id: 'r',
  task: {
    id: 'r',
    kind: 'single',
    seed: 's',
    servers: ['shop'],
    tools: ['get_order'],
    persona: { name: 'Ada', style: 'terse', background: '' },
    goal: 'Find out where order ord_7Hq2 is.',
    known: {},
    unknown: [],
    difficulty: 'easy',
  },
  tools: [
    {
      name: 'get_order',
      description: 'Get an order by its id',
      parameters: { type: 'object', properties: { order_id: { type: 'string', description: 'The order id' } }, required: ['order_id'] },
    },
  ],
  messages: [
    { role: 'system', content: 'plain system prompt' },
    ...Array.from({ length: turns }, (_, index) => [
      { role: 'user' as const, content: `Where is order ord_${index}?` },
      {
        role: 'assistant' as const,
        content: null,
        tool_calls: [
          { id: `c${index}`, type: 'function' as const, function: { name: 'get_order', arguments: `{"order_id":"ord_${index}"}` } },
        ],
      },
      {
        role: 'tool' as const,
        tool_call_id: `c${index}`,
        content: `{"order_id":"ord_${index}","carrier":"DHL","notes":"${'x'.repeat(400)}"}`,
      },
      { role: 'assistant' as const, content: `Order ord_${index} ships with DHL.` },
    ]).flat(),
  ],
  wire: [],
  checks: [],
  votes: [],
  outcome: 'accepted',
  reasons: [],
  usage: {},
  models: {},
  timings: { startedAt: '2026-01-01T00:00:00.000Z', ms: 0, turns },
});

describe('model judges', () => {
  it('show the tool schemas and the whole conversation', () => {
    expect(judgePrompt(record(1))).toMatchInlineSnapshot(`
      "Scenario: single. The user's goal: Find out where order ord_7Hq2 is.

      Tools offered:
      - get_order: Get an order by its id
        parameters: {"type":"object","properties":{"order_id":{"type":"string","description":"The order id"}},"required":["order_id"]}

      Conversation:
      USER: Where is order ord_0?
      ASSISTANT: 
        CALL get_order {"order_id":"ord_0"}
      RESULT: {"order_id":"ord_0","carrier":"DHL","notes":"${'x'.repeat(400)}"}
      ASSISTANT: Order ord_0 ships with DHL.

      Answer {"accept": true|false, "reason": "one sentence"}."
    `);
  });

  it('summarise the middle past the budget and never cut the ending', () => {
    const text = judgeTranscript(record(40), { budget: 4000 });
    expect(text.length).toBeLessThan(5000);
    expect(text.startsWith('USER: Where is order ord_0?')).toBe(true);
    expect(text).toMatch(/\[… \d+ messages of the middle omitted for length …\]/);
    expect(text.endsWith('ASSISTANT: Order ord_39 ships with DHL.')).toBe(true);
    expect(text).toContain(`"notes":"${'x'.repeat(400)}"}`); // the last result in full
  });

  it('--judges K cycles through distinct briefs, each its own system prompt, each voting on its own', async () => {
    const systems: string[] = [];
    fake = await startFakeOpenAIServer((request) => {
      const messages = request.body['messages'] as Array<{ role: string; content: string }>;
      systems.push(messages[0]!.content);
      const faithful = messages[0]!.content.includes('FAITHFULNESS');
      return reply.json({ accept: !faithful, reason: faithful ? 'the answer invents the carrier' : 'fine' });
    });
    const roles = selectRoles({
      user: 'offline',
      assistant: 'offline',
      endpoint: { baseURL: fake.baseURL },
      judge: { model: 'j', count: 3, threshold: 1 },
    });
    const judges = roles.judges!.make();
    expect(judges.map((judge) => judge.id)).toEqual(JUDGE_BRIEFS.map((brief, index) => `j#${index + 1}:${brief.id}`));
    const verdicts = await Promise.all(judges.map((judge) => judge.vote(record(1))));
    expect(new Set(systems).size).toBe(3);
    expect(verdicts.map((vote) => vote.accept)).toEqual([true, false, true]);
    const single = new ModelJudge('solo', new OpenAIChatModel({ model: 'j', baseURL: fake.baseURL }), JUDGE_BRIEFS[0]!);
    expect((await single.vote(record(1))).accept).toBe(true);
  });
});

describe('inftool audit', () => {
  it('prints the quality table of a small run; its figures agree with the records', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'inftool-audit-')), 'run');
    await run(process.execPath, [cliPath, 'synth', '--tree', demoTree, '--count', '14', '--out', out, '--no-progress']);
    const { stdout } = await run(process.execPath, [cliPath, 'audit', out, '--json']);
    const report = JSON.parse(stdout) as QualityReport;
    const lines = async (name: string) => (await readFile(join(out, name), 'utf8').catch(() => '')).split('\n').filter(Boolean);
    const accepted = await lines('trajectories.jsonl');
    const rejected = await lines('rejected.jsonl');
    const records = [...accepted, ...rejected].map((line) => JSON.parse(line) as Trajectory);
    expect(report.all.overall.records).toBe(14);
    expect(report.all.overall.accepted).toBe(accepted.length);
    expect(report.accepted.overall.records).toBe(accepted.length);
    expect(report.all.overall.meanBytes).toBe(
      Math.round([...accepted, ...rejected].reduce((total, line) => total + Buffer.byteLength(line), 0) / 14),
    );
    const failing = (id: string) => records.filter((record) => record.checks.some((check) => check.id === id && !check.ok)).length;
    for (const [id, count] of Object.entries(report.all.overall.failedChecks)) expect(count).toBe(failing(id));
    expect(Object.values(report.all.byKind).reduce((total, row) => total + row.records, 0)).toBe(14);
    // The same detectors as the checks: a record that passed arguments_plausible has no implausible call.
    const { stdout: text } = await run(process.execPath, [cliPath, 'audit', out]);
    expect(text).toMatch(/ALL records \(the generator\):/);
    expect(text).toMatch(/ACCEPTED records \(the data set\):/);
    expect(text).toMatch(/^overall\s+14\s/m);
  });

  it('says what is wrong with a directory that holds no run', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'inftool-audit-empty-'));
    await expect(run(process.execPath, [cliPath, 'audit', empty])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/holds no run/),
    });
  });
});

describe('self-reflection', () => {
  it('keeps the reviewer feedback out of the recorded system message', async () => {
    fake = await startFakeOpenAIServer((request) => {
      const messages = request.body['messages'] as Array<{ role: string; content: string | null }>;
      if ((messages[0]?.content ?? '').includes('A reviewer rejected an earlier attempt'))
        return reply.text('Sorry, my clock tools only tell the time and list time zones, so I cannot book a flight.');
      return messages.at(-1)?.role === 'tool'
        ? reply.text('It is noon.')
        : reply.toolCalls({ name: 'get_time', arguments: { zone: 'UTC' } });
    });
    const out = join(await mkdtemp(join(tmpdir(), 'inftool-reflect-')), 'run');
    await synthesizeReflecting(out, fake.baseURL);
    const lines = [
      ...(await readFile(join(out, 'trajectories.jsonl'), 'utf8').catch(() => '')).split('\n'),
      ...(await readFile(join(out, 'rejected.jsonl'), 'utf8').catch(() => '')).split('\n'),
    ].filter(Boolean);
    const [saved] = lines.map((line) => JSON.parse(line) as Trajectory);
    expect(saved!.reflection?.attempt).toBe(2);
    expect(saved!.messages[0]).toEqual({ role: 'system', content: expect.not.stringContaining('reviewer') });
  });
});

describe('the audit: a multi-turn record reuses a value from an earlier result', () => {
  /** Turns of `[tool, arguments, result]` steps (one call per step unless grouped), read as a conversation. */
  type Call = [string, Record<string, unknown>, unknown];
  const conversation = (turns: Array<{ user: string; steps: Call[][] }>) => {
    const { messages, wire } = handMessages(
      turns.map((turn) => ({
        user: turn.user,
        steps: turn.steps.map((step) => step.map(([tool, args, result]) => ({ tool, args, result }))),
        answer: 'Done.',
      })),
    );
    const tools = ['list_orders', 'get_order'].map((name) => ({ name, description: name, parameters: { type: 'object', properties: {} } }));
    const task = { ...record(1).task, kind: 'multi_turn' as const };
    return readConversation({ task, tools, messages, wire });
  };
  const list = (orders: unknown[]): Call => ['list_orders', { status: 'open' }, { orders }];
  const get = (orderId: string): Call => ['get_order', { order_id: orderId }, { order_id: orderId, carrier: 'DHL' }];

  it('counts an id from an earlier result sent in a later turn, or a later step of the same turn', () => {
    expect(
      reusesResult(
        conversation([
          { user: 'List my open orders.', steps: [[list([{ order_id: 'ord_9XX1', total: 12 }])]] },
          { user: 'Open the first one.', steps: [[get('ord_9XX1')]] },
        ]),
      ),
    ).toBe(true);
    expect(
      reusesResult(conversation([{ user: 'Open my latest open order.', steps: [[list([{ order_id: 'ord_9XX1' }])], [get('ord_9XX1')]] }])),
    ).toBe(true);
    // The user read it in the answer and says it back: still learnt from the result.
    expect(
      reusesResult(
        conversation([
          { user: 'List my open orders.', steps: [[list([{ order_id: 'ord_9XX1' }])]] },
          { user: 'Open ord_9XX1.', steps: [[get('ord_9XX1')]] },
        ]),
      ),
    ).toBe(true);
    expect(
      reusesResult(
        conversation([
          { user: 'Which customer has open orders?', steps: [[list([{ customer: 'Marta Lindqvist' }])]] },
          { user: 'Her orders, please.', steps: [[['get_order', { customer: 'Marta Lindqvist' }, { orders: 3 }]]] },
        ]),
      ),
    ).toBe(true);
  });

  it('is not fooled by the user\u2019s own values echoed by a result, by calls of one message, or by coincidental words and notes', () => {
    expect(
      reusesResult(
        conversation([
          { user: 'Is ord_7Hq2 among my open orders?', steps: [[list([{ order_id: 'ord_7Hq2' }])]] },
          { user: 'Open it.', steps: [[get('ord_7Hq2')]] },
        ]),
      ),
    ).toBe(false);
    expect(
      reusesResult(
        conversation([
          { user: 'Open ord_7Hq2 twice.', steps: [[get('ord_7Hq2')]] },
          { user: 'Again.', steps: [[get('ord_7Hq2')]] },
        ]),
      ),
    ).toBe(false);
    expect(reusesResult(conversation([{ user: 'Both at once.', steps: [[list([{ order_id: 'ord_9XX1' }]), get('ord_9XX1')]] }]))).toBe(
      false,
    );
    expect(
      reusesResult(
        conversation([
          { user: 'List.', steps: [[list([{ kind: 'general', note: 'Approved by the finance team.' }])]] },
          { user: 'Now these.', steps: [[['get_order', { kind: 'general', note: 'Approved by the finance team.' }, { orders: 3 }]]] },
        ]),
      ),
    ).toBe(false);
  });
});
