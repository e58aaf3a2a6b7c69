import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenAIChatModel, SCENARIO_KINDS, SchemaValidator, Trajectory } from '@inftool/core';
import { synthesize, selectRoles, exportRecord, readRun } from '@inftool/harness';
import { reply, startFakeOpenAIServer, type FakeOpenAIServer, type RecordedRequest } from '../support/fake-openai-server.js';
import { cliPath, demoTree, fixture, repoRoot } from '../support/sim-client.js';
import { readJsonLines } from '../support/json-lines.js';
import { synthesizeReflecting } from '../support/synth-run.js';

const run = promisify(execFile);
const validator = new SchemaValidator();
const trajectorySchema = JSON.parse(readFileSync(join(repoRoot, 'packages/core/schemas/trajectory.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;
/** The raw lines of a run file, as stored. */
const lines = (file: string): unknown[] => readJsonLines(file);
const rawLines = (dir: string) => [...lines(join(dir, 'trajectories.jsonl')), ...lines(join(dir, 'rejected.jsonl'))];
/** The records of a run, full, through the run reader. */
const records = async (dir: string): Promise<Trajectory[]> => {
  const { accepted, rejected } = await readRun(dir);
  return [...accepted, ...rejected];
};
/** Every stored line matches the published schema, and every record read back matches the in-memory contract. */
async function expectValidRun(dir: string): Promise<void> {
  for (const line of rawLines(dir)) expect(validator.validate(trajectorySchema, line)).toEqual({ valid: true });
  for (const record of await records(dir)) expect(Trajectory.safeParse(record).success).toBe(true);
}
const tempDir = (name: string) => mkdtemp(join(tmpdir(), `inftool-${name}-`));
/** `inftool synth` of the demo tree into `out`, with `flags`. */
const synthDemo = (out: string, ...flags: string[]) =>
  run(process.execPath, [cliPath, 'synth', '--tree', demoTree, '--out', out, ...flags]);

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('inftool synth, offline roles over real MCP', () => {
  it.each(['http', 'stdio'] as const)(
    'plays every scenario kind over %s; every record is accepted or rejected with named reasons and matches the published Trajectory schema',
    { timeout: 90_000 },
    async (transport) => {
      const out = join(await tempDir(`synth-${transport}`), 'run');
      const count = 2 * SCENARIO_KINDS.length; // two of each kind
      const { stderr } = await synthDemo(out, '--count', String(count), '--transport', transport, '--concurrency', '4', '--no-progress');
      expect(stderr).toMatch(new RegExp(`\\d+ accepted, \\d+ rejected of ${count} tasks`));
      const all = await records(out);
      expect(all.map((record) => record.task.kind).sort()).toEqual([...SCENARIO_KINDS, ...SCENARIO_KINDS].sort());
      await expectValidRun(out);
      for (const record of all) {
        expect(record.wire[0]?.message['method']).toBe('initialize');
        // The offline plan's calls are well-formed, but for the planned invalid first attempt of an error_recovery task.
        if (!record.task.faults?.some((fault) => fault.fault === 'invalid_arguments')) expect(record.reward).toMatchObject({ format: 1 });
        // Accepted means every check passed; a rejection names the failed checks.
        if (record.outcome === 'accepted') expect(record.checks.every((check) => check.ok)).toBe(true);
        else
          expect(record.reasons.map((reason) => reason.split(':')[0])).toEqual(
            record.checks.filter((check) => !check.ok).map((check) => check.id),
          );
      }
      const byKind = Object.fromEntries(all.map((record) => [record.task.kind, record]));
      expect(byKind['irrelevance']!.messages.some((message) => message.role === 'tool')).toBe(false);
      expect(byKind['parallel']!.messages.some((message) => message.role === 'assistant' && (message.tool_calls?.length ?? 0) >= 2)).toBe(
        true,
      );
      const multi = all.filter((record) => record.task.kind === 'multi_turn');
      for (const record of multi)
        expect(record.messages.filter((message) => message.role === 'user').length).toBe(record.task.expectedCalls!.length);
    },
  );

  it('chains an earlier result into a later call of a multi-turn task (a cross-tool dependency)', async () => {
    const out = join(await tempDir('chain'), 'run');
    await synthDemo(out, '--scenarios', 'multi_turn', '--count', '6', '--no-progress');
    const chained = (await records(out)).flatMap((record) => {
      const steps = record.task.expectedCalls ?? [];
      return steps.flatMap((step, turn) =>
        step.flatMap((call) =>
          Object.entries(call.arguments)
            .filter(([, value]) => typeof value === 'object' && value !== null && '$result' in value)
            .map(([name, value]) => ({ record, turn, call, name, ref: (value as { $result: { turn: number; value?: unknown } }).$result })),
        ),
      );
    });
    expect(chained.length).toBeGreaterThan(0);
    for (const { record, turn, call, name, ref } of chained) {
      const calls = record.messages.flatMap((message) => (message.role === 'assistant' ? (message.tool_calls ?? []) : []));
      const parse = (text: string): Record<string, unknown> => {
        try {
          return JSON.parse(text) as Record<string, unknown>;
        } catch {
          return {}; // an error text, e.g. a 404
        }
      };
      const results = new Map(
        record.messages.flatMap((message) => (message.role === 'tool' ? [[message.tool_call_id, parse(message.content)] as const] : [])),
      );
      // Plan step i is the i-th call here (one call per turn in multi_turn plans).
      const earlier = results.get(calls[ref.turn]!.id)!;
      const used = JSON.parse(calls[turn]!.function.arguments) as Record<string, unknown>;
      expect(calls[turn]!.function.name).toBe(call.tool);
      // The value the earlier result holds (its field, `id`, or an item of its list), else the id the plan read it by.
      const value = used[name];
      expect(['string', 'number']).toContain(typeof value);
      if (value !== (ref as { value?: unknown }).value) expect(JSON.stringify(earlier)).toContain(JSON.stringify(value));
      // The user refers to what the earlier result holds in words ("the order you just created", "that booking"),
      // or, two or more turns on, names it ("the order 4821")
      const said = record.messages.filter((message) => message.role === 'user')[turn]?.content ?? '';
      if (!said.includes(String(value)))
        expect(said).toMatch(/you just \w+|from earlier|from before|you \w+ earlier|\bthat \w+|the new \w+|the same \w+/);
    }
  });

  it('plans the same tasks for the same seed, and refuses to mix runs', async () => {
    const base = await tempDir('plan');
    await synthDemo(join(base, 'a'), '--count', '6', '--seed', 's1', '--no-progress');
    await synthDemo(join(base, 'b'), '--count', '6', '--seed', 's1', '--no-progress');
    const strip = async (dir: string) =>
      (await records(dir))
        .map((record) => ({
          task: record.task,
          calls: record.messages
            .filter((message) => message.role === 'assistant')
            .map((message) => message.role === 'assistant' && message.tool_calls),
        }))
        .sort((x, y) => x.task.id.localeCompare(y.task.id));
    expect(await strip(join(base, 'a'))).toEqual(await strip(join(base, 'b')));
    await expect(synthDemo(join(base, 'a'), '--count', '6', '--no-progress')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/already holds a run; pass --resume/),
    });
    await expect(synthDemo(join(base, 'a'), '--count', '7', '--seed', 's1', '--resume', '--no-progress')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--resume: .* was made with other settings: count \(6 then, 7 now\)\. Resume with the same ones/),
    });
    await expect(synthDemo(join(base, 'c'), '--scenarios', 'single,nope')).rejects.toMatchObject({
      stderr: expect.stringMatching(/unknown: nope/),
    });
  });

  it('resumes a run killed with SIGKILL: no duplicate, no gap; a torn last line, a leftover temporary file and a damaged tool list are repaired', async () => {
    const out = join(await tempDir('kill'), 'run');
    const args = [cliPath, 'synth', '--tree', demoTree, '--count', '80', '--out', out, '--concurrency', '2', '--no-progress'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const lineCount = (name: string) => (existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8').split('\n').length - 1 : 0);
    const written = () => lineCount('trajectories.jsonl') + lineCount('rejected.jsonl');
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (written() >= 10) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.once('exit', () => {
        clearInterval(poll);
        reject(new Error('finished before it could be killed'));
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const before = await records(out);
    expect(before.length).toBeLessThan(80);
    // A write cut short by the kill, in whichever file the run was writing (accepted or rejected records).
    const file = join(out, lineCount('trajectories.jsonl') > 0 ? 'trajectories.jsonl' : 'rejected.jsonl');
    await appendFile(file, '{"schemaVersion":2,"id":"torn');
    // A list as a crash without rename could leave it: cut in half (the records that use it are played again).
    const firstLine = readFileSync(file, 'utf8').split('\n')[0]!;
    const damaged = join(out, (JSON.parse(firstLine) as { tools: { $ref: string } }).tools.$ref);
    await writeFile(damaged, readFileSync(damaged, 'utf8').slice(0, 20));
    await writeFile(join(out, 'tools', 'leftover.json.1.tmp'), '[');
    await run(process.execPath, [...args, '--resume']);
    const ids = (await records(out)).map((record) => record.id);
    expect(ids).toHaveLength(80);
    expect(new Set(ids).size).toBe(80);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
    expect(readdirSync(join(out, 'tools')).filter((name) => !/^[0-9a-f]{64}\.json$/.test(name))).toEqual([]);
    await expectValidRun(out);
  });
});

/** A prose answer that states the clock's result, as a reviewer wants it. */
/** The zone the user asked for (the assistant sends only what the user gave: `arguments_grounded`), else none. */
function zoneSaid(messages: Array<{ role: string; content: string | null }>): Record<string, string> {
  const said = messages
    .filter((message) => message.role === 'user')
    .map((message) => message.content ?? '')
    .join(' ');
  const zone = /\bCET\b/.test(said) ? 'CET' : /\bUTC\b/.test(said) ? 'UTC' : undefined;
  return zone === undefined ? {} : { zone };
}

function statesTime(result: string): string {
  try {
    const value = JSON.parse(result) as { time?: unknown };
    return `The clock says it is ${String(value.time ?? result)} now.`;
  } catch {
    return `The clock could not tell the time: ${result}.`;
  }
}

describe('model roles on the fake endpoint', () => {
  /** An assistant model that always calls get_time once, then answers with what the clock said: right for single, wrong for irrelevance and parallel. */
  const assistantScript = (request: RecordedRequest) => {
    const messages = request.body['messages'] as Array<{ role: string; content: string | null }>;
    return messages.at(-1)?.role === 'tool'
      ? reply.text(statesTime(messages.at(-1)!.content ?? ''))
      : reply.toolCalls({ name: 'get_time', arguments: zoneSaid(messages) });
  };

  it.each(['http', 'stdio'] as const)(
    'rejects what breaks a scenario rule, with the reason, and accepts the rest (over %s)',
    async (transport) => {
      fake = await startFakeOpenAIServer(assistantScript);
      const out = join(await tempDir('model'), 'run');
      const summary = await synthesize({
        transport,
        tree: fixture('clock-tree.json'),
        kinds: ['single', 'irrelevance', 'parallel'],
        count: 3,
        out,
        seed: 'model',
        concurrency: 3,
        resume: false,
        roles: selectRoles({ user: 'offline', assistant: 'clock-model', endpoint: { baseURL: fake.baseURL } }),
      });
      expect(summary).toMatchObject({ accepted: 1, rejected: 2 });
      const byKind = Object.fromEntries((await records(out)).map((record) => [record.task.kind, record]));
      expect(byKind['single']).toMatchObject({ outcome: 'accepted', models: { assistant: 'clock-model', user: 'offline' } });
      expect(byKind['single']!.usage.assistant!.calls).toBe(2);
      // Hard negatives: get_time is offered (calling it breaks the rule) or withheld (calling it names an unknown tool).
      expect(byKind['irrelevance']!.reasons).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^(scenario_irrelevance: called get_time although no tool fits|known_tools: unknown tool "get_time")/),
        ]),
      );
      expect(byKind['irrelevance']!.reward).toMatchObject({ execution: 0, gate: 0 });
      expect(byKind['parallel']!.reasons).toEqual([expect.stringMatching(/^scenario_parallel: no turn has several tool calls/)]);
      await expectValidRun(out);
    },
  );

  it("self-reflection: a rejected task is replayed with the reviewer's findings and kept once it passes", async () => {
    fake = await startFakeOpenAIServer((request) => {
      const messages = request.body['messages'] as Array<{ role: string; content: string | null }>;
      const reflected = (messages[0]?.content ?? '').includes('A reviewer rejected an earlier attempt');
      if (reflected)
        return reply.text('Sorry, my tools only tell the time in UTC or CET and list the time zones, so they cannot help with that.');
      return assistantScript(request); // the first attempt calls get_time for an irrelevant request
    });
    const out = join(await tempDir('reflect'), 'run');
    const summary = await synthesizeReflecting(out, fake.baseURL);
    expect(summary).toMatchObject({ accepted: 1, rejected: 0 });
    const [record] = await records(out);
    expect(record!.reflection).toEqual({
      attempt: 2,
      previousReasons: expect.arrayContaining([expect.stringMatching(/^(scenario_irrelevance|known_tools)/)]),
    });
    expect(record!.messages.some((message) => message.role === 'tool')).toBe(false);
    await expectValidRun(out);
  });

  it("takes a server's elicitation request to the user simulator, who answers from what it knows", async () => {
    fake = await startFakeOpenAIServer((request) => {
      const messages = request.body['messages'] as Array<{ role: string; content: string | null }>;
      if (messages.at(-1)?.role === 'tool') return reply.text('Your order is placed.');
      const said = messages
        .filter((message) => message.role === 'user')
        .map((message) => message.content)
        .join(' ');
      const product = /product id: (\w+)/.exec(said)?.[1] ?? 'x';
      return reply.toolCalls({ name: 'create_order', arguments: { product_id: product } }); // forgets the quantity
    });
    const out = join(await tempDir('elicit'), 'run');
    await synthesize({
      tree: fixture('orders-tree.json'),
      kinds: ['single'],
      count: 1,
      out,
      seed: 'elicit',
      concurrency: 1,
      resume: false,
      roles: selectRoles({ user: 'offline', assistant: 'forgetful', endpoint: { baseURL: fake.baseURL } }),
    });
    const [record] = await records(out);
    const quantity = record!.task.known['create_order.quantity'];
    const asked = record!.wire.find((entry) => entry.direction === 'server_to_client' && entry.message['method'] === 'elicitation/create');
    expect(asked).toBeDefined();
    const answered = record!.wire.find(
      (entry) => entry.direction === 'client_to_server' && entry.message['id'] === asked!.message['id'] && 'result' in entry.message,
    );
    expect(answered?.message['result']).toEqual({ action: 'accept', content: { quantity } });
    const result = record!.messages.find((message) => message.role === 'tool');
    expect(result?.content).toContain(`"quantity":${quantity}`);
    await expectValidRun(out);
  });

  it('completes under faults in 20% of model calls: every task ends accepted or rejected with a reason, every record valid', async () => {
    let call = 0;
    fake = await startFakeOpenAIServer((request) => {
      call += 1;
      switch (call % 15) {
        case 3:
          return reply.status(429, 0);
        case 7:
          return reply.status(500);
        case 11:
          return reply.hang();
        default:
          break;
      }
      if (call % 10 === 5) return reply.toolCalls({ name: 'get_time', arguments: '{"zone": "UT' });
      if (call % 10 === 9) return reply.toolCalls({ name: 'no_such_tool', arguments: {} });
      if (call % 20 === 13) return reply.empty();
      return assistantScript(request);
    });
    const out = join(await tempDir('faults'), 'run');
    const summary = await synthesize({
      tree: fixture('clock-tree.json'),
      kinds: ['single', 'multiple', 'missing_param', 'multi_turn'],
      count: 24,
      out,
      seed: 'faults',
      concurrency: 6,
      resume: false,
      // Hangs here are transient (one call in 15), so a timed-out request gets the full retry budget;
      // by default it is retried once, and a second hang would leave the task for --resume.
      roles: selectRoles({
        user: 'offline',
        assistant: 'flaky',
        endpoint: { baseURL: fake.baseURL },
        timeoutMs: 300,
        retry: { maxTimeoutRetries: 4 },
      }),
    });
    expect(summary.accepted + summary.rejected).toBe(24);
    const all = await records(out);
    expect(new Set(all.map((record) => record.id)).size).toBe(24);
    await expectValidRun(out);
    for (const record of all) if (record.outcome === 'rejected') expect(record.reasons.length).toBeGreaterThan(0);
    const reasons = all.flatMap((record) => record.reasons).join('\n');
    expect(reasons).toMatch(/known_tools: unknown tool "no_such_tool"|json_arguments/);
  });
});

describe('verification by K judges, and a model writing the server results', () => {
  it('accepts at the vote threshold, rejects below it with every dissent, and counts judge and server tokens', async () => {
    let judgeCalls = 0;
    fake = await startFakeOpenAIServer((request) => {
      const format = (request.body['response_format'] as { json_schema?: { name: string } } | undefined)?.json_schema?.name;
      if (format === 'vote') {
        judgeCalls += 1;
        // Trajectory 1 (votes 1-3): two of three accept. Trajectory 2 (votes 4-6): none does.
        const accept = judgeCalls <= 3 && judgeCalls !== 3;
        return reply.json({ accept, reason: accept ? 'fine' : 'the answer does not use the result' });
      }
      const messages = request.body['messages'] as Array<{ role: string; content: string | null }>;
      if (Array.isArray(request.body['tools']))
        return messages.at(-1)?.role === 'tool'
          ? reply.text(statesTime(messages.at(-1)!.content ?? ''))
          : reply.toolCalls({ name: 'get_time', arguments: zoneSaid(messages) }); // the assistant
      return reply.json({ time: '12:00' }); // the server model writing get_time / list_zones results
    });
    const out = join(await tempDir('judges'), 'run');
    const summary = await synthesize({
      tree: fixture('clock-tree.json'),
      kinds: ['single'],
      count: 2,
      out,
      seed: 'judges',
      concurrency: 1,
      resume: false,
      roles: selectRoles({
        user: 'offline',
        assistant: 'clock-model',
        endpoint: { baseURL: fake.baseURL },
        judge: { model: 'judge', count: 3, threshold: 0.6 },
      }),
      serverModel: new OpenAIChatModel({ model: 'server', baseURL: fake.baseURL }),
    });
    expect(summary).toMatchObject({ accepted: 1, rejected: 1 });
    expect(summary.usage['server']?.calls).toBeGreaterThanOrEqual(2);
    expect(summary.usage['judge']?.calls).toBe(6);
    expect(
      (await records(out))
        .flatMap((record) => record.messages)
        .filter((message) => message.role === 'tool')
        .every((message) => message.role === 'tool' && message.content.includes('12:00')),
    ).toBe(true);
    for (const record of await records(out)) {
      expect(record.votes).toHaveLength(3);
      expect(record.usage.judge?.calls).toBe(3);
      const accepting = record.votes.filter((vote) => vote.accept).length;
      expect(record.outcome).toBe(accepting / 3 >= 0.6 ? 'accepted' : 'rejected');
      if (record.outcome === 'rejected') expect(record.reasons.at(-1)).toMatch(/^verification: \d\/3 judges accepted \(threshold 0.6\)/);
    }
  });
});

describe('role endpoints on the CLI', () => {
  it('sends each model role to its own endpoint and says which flag is missing', async () => {
    const assistantEndpoint = await startFakeOpenAIServer((request) => {
      const last = (request.body['messages'] as Array<{ role: string; content: string | null }>).at(-1);
      return last?.role === 'tool' ? reply.text(statesTime(last.content ?? '')) : reply.toolCalls({ name: 'get_time', arguments: {} });
    });
    const judgeEndpoint = await startFakeOpenAIServer(() => reply.json({ accept: true, reason: 'fine' }));
    try {
      const out = join(await tempDir('endpoints'), 'run');
      const { stderr } = await run(
        process.execPath,
        [
          cliPath,
          'synth',
          '--tree',
          fixture('clock-tree.json'),
          '--scenarios',
          'single',
          '--count',
          '2',
          '--out',
          out,
          '--no-progress',
          '--assistant-model',
          'a',
          '--assistant-base-url',
          assistantEndpoint.baseURL,
          '--judge-model',
          'j',
          '--judges',
          '2',
          '--judge-base-url',
          judgeEndpoint.baseURL,
          '--price',
          'a=1/2',
        ],
        { env: { ...process.env, OPENAI_BASE_URL: '' } },
      );
      expect(stderr).toMatch(/2 accepted/);
      expect(stderr).toMatch(/assistant \(a\): 4 calls .* ≈ US\$/);
      expect(assistantEndpoint.requests).toHaveLength(4);
      expect(judgeEndpoint.requests).toHaveLength(4);
      await expect(
        run(
          process.execPath,
          [cliPath, 'synth', '--tree', fixture('clock-tree.json'), '--count', '1', '--out', join(out, 'x'), '--user-model', 'u'],
          { env: { ...process.env, OPENAI_BASE_URL: '' } },
        ),
      ).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/--user-model u needs an endpoint: pass --user-base-url or --base-url/),
      });
    } finally {
      await assistantEndpoint.close();
      await judgeEndpoint.close();
    }
  });
});

describe('exports', () => {
  it('writes OpenAI, ShareGPT and Hermes forms of a trajectory with parallel calls', async () => {
    const out = join(await tempDir('export'), 'run');
    await synthDemo(out, '--scenarios', 'parallel', '--count', '1', '--no-progress');
    const [record] = await records(out);
    const openai = exportRecord(record!, 'openai') as { messages: unknown[]; tools: Array<{ type: string; function: { name: string } }> };
    expect(openai.messages).toEqual(record!.messages);
    expect(openai.tools[0]).toMatchObject({ type: 'function', function: { name: expect.any(String) } });
    const sharegpt = exportRecord(record!, 'sharegpt') as { conversations: Array<{ from: string; value: string }> };
    expect(sharegpt.conversations.map((turn) => turn.from)).toEqual(['human', 'function_call', 'observation', 'gpt']);
    expect(JSON.parse(sharegpt.conversations[1]!.value)).toHaveLength(record!.task.expectedCalls![0]!.length);
    const hermes = exportRecord(record!, 'hermes') as { conversations: Array<{ from: string; value: string }> };
    expect(hermes.conversations.map((turn) => turn.from)).toEqual(['system', 'human', 'gpt', 'tool', 'gpt']);
    expect(hermes.conversations[0]!.value).toMatch(/<tools>\[.*\]<\/tools>/s);
    expect(hermes.conversations[2]!.value.match(/<tool_call>/g)).toHaveLength(record!.task.expectedCalls![0]!.length);
    // Only accepted records are exported (the offline parallel plan may be rejected by the reviewer checks).
    const accepted = (await records(out)).filter((entry) => entry.outcome === 'accepted').length;
    const { stderr } = await run(process.execPath, [cliPath, 'export', out, '--format', 'hermes']);
    expect(stderr).toMatch(new RegExp(`${accepted} trajectories → .*export-hermes\\.jsonl`));
    expect((await readFile(join(out, 'export-hermes.jsonl'), 'utf8')).split('\n').filter(Boolean)).toHaveLength(accepted);
  });
});
