/**
 * `synth --queue` + `inftool worker` as real processes on a throwaway Redis, the assistant a fake model
 * endpoint: every record exactly once and the same as a single-process run; a worker SIGKILLed and the
 * collector killed and resumed mid-run; Redis restarted mid-run; the shared request and token rates
 * held (429s still retried) on workers that stay up from one run to the next; --server refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAIServer, type FakeOpenAIServer, type FakeReply } from '../support/fake-openai-server.js';
import { REDIS_MISSING, startRedis, type TestRedis } from '../support/redis-server.js';
import { cliPath, fixture } from '../support/sim-client.js';

/** Every answer of the fake endpoint reports this many tokens used. */
const TOKENS_PER_ANSWER = 100;

/** The most `events` inside any one second (a window sliding over their times). */
function busiestSecond(events: ReadonlyArray<{ at: number; weight: number }>): number {
  return Math.max(
    ...events.map(({ at }) =>
      events.filter((other) => other.at >= at && other.at < at + 1000).reduce((sum, other) => sum + other.weight, 0),
    ),
  );
}

/** The bench's fake assistant: a tool call first (the first tool offered), then an answer once the result is in. */
function assistantReply(body: Record<string, unknown>, latencyMs: number): FakeReply {
  const messages = body['messages'] as Array<{ role: string }>;
  const tools = (body['tools'] as Array<{ function: { name: string } }> | undefined) ?? [];
  const name = tools[0]?.function.name;
  if (messages.at(-1)?.role === 'tool' || !name) return { kind: 'message', content: 'The time is in the result above.', latencyMs };
  return { kind: 'message', content: null, toolCalls: [{ name, arguments: '{}' }], latencyMs };
}

interface Running {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function start(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

/** Every record id on disk, in file order (accepted, then rejected); a doubled record shows twice. */
async function recordIds(out: string): Promise<{ all: string[]; accepted: string[] }> {
  const read = async (name: string): Promise<string[]> => {
    const text = await readFile(join(out, name), 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { id: string }).id);
  };
  const accepted = await read('trajectories.jsonl');
  return { all: [...accepted, ...(await read('rejected.jsonl'))], accepted };
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const recorded = (out: string, count: number) => async (): Promise<boolean> => (await recordIds(out)).all.length >= count;

describe.skipIf(REDIS_MISSING !== '')(`scale-out over Redis${REDIS_MISSING ? ` (skipped: ${REDIS_MISSING})` : ''}`, () => {
  let base: string;
  let fake: FakeOpenAIServer;
  /** When each model request arrived (ms). */
  const arrivals: number[] = [];
  /** Each answered request (tokens as its usage reports them) and each one refused with a 429, by conversation. */
  const answers: Array<{ at: number; tokens: number; conversation: string }> = [];
  const refused: Array<{ at: number; conversation: string }> = [];
  let latencyMs = 150;
  /** When set, every n-th request is refused with a 429 and a Retry-After. */
  let refuseEvery = 0;
  const RETRY_AFTER_MS = 200;
  let env: Record<string, string>;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'inftool-scale-'));
    fake = await startFakeOpenAIServer(({ body, index }) => {
      arrivals.push(Date.now());
      const conversation = JSON.stringify(body['messages']);
      if (refuseEvery > 0 && index % refuseEvery === refuseEvery - 1) {
        refused.push({ at: Date.now(), conversation });
        return { kind: 'status', status: 429, retryAfterMs: RETRY_AFTER_MS, message: 'Rate limit reached for requests' };
      }
      const reply = assistantReply(body, latencyMs);
      answers.push({ at: Date.now(), tokens: TOKENS_PER_ANSWER, conversation });
      return { ...reply, usage: { prompt: TOKENS_PER_ANSWER - 10, completion: 10 } };
    });
    env = { OPENAI_API_KEY: 'sk-test-scale', OPENAI_BASE_URL: fake.baseURL };
  });
  afterAll(async () => {
    await fake.close();
    await rm(base, { recursive: true, force: true });
  });

  const synthArgs = (out: string, count: number, extra: string[] = [], assistant = 'fake-assistant'): string[] => [
    'synth',
    '--tree',
    fixture('clock-tree.json'),
    '--count',
    String(count),
    '--out',
    out,
    '--assistant-model',
    assistant,
    '--no-progress',
    ...extra,
  ];
  const workers = (redis: TestRedis, count: number, extra: string[] = []): Running[] =>
    Array.from({ length: count }, () => start(['worker', '--queue', redis.url, '--concurrency', '2', ...extra], env));

  it('a collector and three workers record every task once, the same records as one process with the same seed', async () => {
    const redis = await startRedis();
    try {
      // Offline roles: most tasks are accepted, so the accepted ids say something.
      const single = start(synthArgs(join(base, 'single'), 9, [], 'offline'), env);
      const pool = workers(redis, 3);
      const collector = start(synthArgs(join(base, 'queued'), 9, ['--queue', redis.url], 'offline'), env);
      const [done, alone] = await Promise.all([collector.exited, single.exited]);
      expect(done.code, done.stderr).toBe(0);
      expect(alone.code, alone.stderr).toBe(0);
      for (const worker of pool) expect((await worker.exited).code).toBe(0);
      const queued = await recordIds(join(base, 'queued'));
      const reference = await recordIds(join(base, 'single'));
      expect(queued.all).toHaveLength(9);
      expect(new Set(queued.all).size).toBe(9);
      expect([...queued.all].sort()).toEqual([...reference.all].sort());
      expect([...queued.accepted].sort()).toEqual([...reference.accepted].sort());
      expect(queued.accepted.length).toBeGreaterThan(0);
      // Redis kept only records in flight, and tells the run is done.
      const status = start(['status', '--queue', redis.url, '--json'], env);
      let stdout = '';
      status.child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      expect((await status.exited).code).toBe(0);
      const runs = JSON.parse(stdout) as Array<{ state: string; recorded: number; total: number; workers: Array<{ played: number }> }>;
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ state: 'done', recorded: 9, total: 9 });
      expect(runs[0]!.workers.reduce((sum, worker) => sum + worker.played, 0)).toBe(9);
    } finally {
      await redis.close();
    }
  }, 180_000);

  it('a worker SIGKILLed and one stopped with SIGTERM mid-run, the collector killed and resumed: every record once, none lost', async () => {
    const redis = await startRedis();
    const out = join(base, 'faults');
    latencyMs = 300;
    try {
      const [doomed, survivor, graceful] = workers(redis, 3, ['--stalled-ms', '1000']);
      let collector = start(synthArgs(out, 10, ['--queue', redis.url]), env);
      await waitFor(recorded(out, 2), 'two records');
      doomed!.child.kill('SIGKILL'); // the tasks it held are redelivered once their lock lapses
      graceful!.child.kill('SIGTERM'); // finishes the tasks it holds, takes no more, exits
      const stoppedGently = await graceful!.exited;
      expect(stoppedGently.code, stoppedGently.stderr).toBe(0);
      expect(stoppedGently.stderr).toMatch(/finishing the tasks in hand[\s\S]*worker: \d+ task\(s\) played/);
      await waitFor(recorded(out, 4), 'four records');
      collector.child.kill('SIGKILL');
      expect((await collector.exited).signal).toBe('SIGKILL');
      const before = (await recordIds(out)).all.length;
      expect(before).toBeLessThan(10);
      collector = start(synthArgs(out, 10, ['--queue', redis.url, '--resume']), env);
      const done = await collector.exited;
      expect(done.code, done.stderr).toBe(0);
      expect(done.stderr).toMatch(new RegExp(`${before} already done \\(resumed\\) of 10 tasks`));
      expect((await survivor!.exited).code).toBe(0);
      const ids = (await recordIds(out)).all;
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
    } finally {
      latencyMs = 150;
      await redis.close();
    }
  }, 180_000);

  it('Redis restarted mid-run (append-only file on): the workers and the collector reconnect and finish', async () => {
    const redis = await startRedis();
    const out = join(base, 'restart');
    try {
      const pool = workers(redis, 2);
      const collector = start(synthArgs(out, 8, ['--queue', redis.url]), env);
      await waitFor(recorded(out, 2), 'two records');
      await redis.restart();
      const done = await collector.exited;
      expect(done.code, done.stderr).toBe(0);
      for (const worker of pool) expect((await worker.exited).code).toBe(0);
      const ids = (await recordIds(out)).all;
      expect(ids).toHaveLength(8);
      expect(new Set(ids).size).toBe(8);
    } finally {
      await redis.close();
    }
  }, 180_000);

  it('two runs in a row on --keep-alive workers: --max-rpm holds across them, then --max-tpm, with 429s from the endpoint still retried', async () => {
    const redis = await startRedis();
    arrivals.length = 0;
    answers.length = 0;
    refused.length = 0;
    latencyMs = 20;
    const inFlight = 2; // two workers, one conversation each
    try {
      const pool = workers(redis, inFlight, ['--concurrency', '1', '--keep-alive']);
      const requests = start(synthArgs(join(base, 'limited'), 6, ['--queue', redis.url, '--max-rpm', '120']), env);
      const first = await requests.exited;
      expect(first.code, first.stderr).toBe(0);
      // 120 a minute is 2 a second; two fixed one-second windows can meet inside any second, so at most 4 there.
      const times = [...arrivals].sort((left, right) => left - right);
      expect(times.length).toBeGreaterThanOrEqual(12);
      expect(busiestSecond(times.map((at) => ({ at, weight: 1 })))).toBeLessThanOrEqual(4);
      // Unlimited, 2 conversations at 20 ms a call would finish these in well under a second.
      expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual((Math.ceil(times.length / 2) - 2) * 1000);

      // The same workers play the next run: 12,000 tokens a minute (200 a second), 100 tokens an answer, every 4th request refused.
      refuseEvery = 4;
      answers.length = 0;
      const perSecond = 200;
      const out = join(base, 'tokens');
      const tokens = start(synthArgs(out, 6, ['--queue', redis.url, '--max-tpm', String(perSecond * 60), '--seed', 'tokens']), env);
      const second = await tokens.exited;
      expect(second.code, second.stderr).toBe(0); // no task left: every 429 was retried
      expect((await recordIds(out)).all).toHaveLength(6);
      expectTokensHeld(perSecond, inFlight);
      // Every refused request was sent again, no sooner than the endpoint asked, and answered.
      expect(refused.length).toBeGreaterThanOrEqual(2);
      for (const { at, conversation } of refused)
        expect(answers.some((answer) => answer.conversation === conversation && answer.at >= at + RETRY_AFTER_MS)).toBe(true);

      for (const worker of pool) worker.child.kill('SIGTERM');
      const stopped = await Promise.all(pool.map((worker) => worker.exited));
      for (const { code, stderr } of stopped) expect(code, stderr).toBe(0);
      const played = stopped.map(({ stderr }) => Number(/worker: (\d+) task\(s\) played/.exec(stderr)?.[1]));
      expect(played.reduce((sum, count) => sum + count, 0)).toBe(12);
      expect(stopped.some(({ stderr }) => /for runs \w+, \w+\n/.test(stderr))).toBe(true);
    } finally {
      latencyMs = 150;
      refuseEvery = 0;
      await redis.close();
    }
  }, 180_000);

  /**
   * A request is sent while its second's answers hold fewer than `perSecond` tokens: fewer than that
   * counted, plus the requests in flight; two one-second windows can meet inside any second.
   */
  function expectTokensHeld(perSecond: number, inFlight: number): void {
    const perWindow = perSecond - TOKENS_PER_ANSWER + inFlight * TOKENS_PER_ANSWER;
    expect(answers.length).toBeGreaterThanOrEqual(12);
    expect(busiestSecond(answers.map(({ at, tokens }) => ({ at, weight: tokens })))).toBeLessThanOrEqual(2 * perWindow);
    const times = answers.map(({ at }) => at).sort((left, right) => left - right);
    const windows = Math.ceil((answers.length * TOKENS_PER_ANSWER) / perWindow);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual((windows - 2) * 1000);
  }
});

describe('synth --queue with --server', () => {
  it('is refused before anything starts, saying why and what to do instead', async () => {
    const out = join(tmpdir(), `inftool-scale-refused-${process.pid}`);
    const flags = ['--queue', 'redis://127.0.0.1:1/0', '--server', 'http://127.0.0.1:1/mcp'];
    const refused = start(['synth', '--tree', fixture('clock-tree.json'), '--count', '1', '--out', out, ...flags], {});
    const { code, stderr } = await refused.exited;
    expect(code).toBe(2);
    expect(stderr).toMatch(/--server does not go with --queue: each worker serves the run's tree itself and checks it against the hash/);
    expect(stderr).toMatch(/inftool worker --tree FILE/);
    await expect(readFile(join(out, 'manifest.json'), 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
