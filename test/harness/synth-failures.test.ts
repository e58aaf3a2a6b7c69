/**
 * `inftool synth` when the infrastructure fails: model endpoints down, 5xx, refused keys, timeouts,
 * an unreachable MCP server, a full disk, a torn line, a changed tree. Nothing that is not the
 * conversation's fault becomes a rejected record; every failure is one clear line; resume repairs.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenAIChatModel, type Trajectory } from '@inftool/core';
import { readRun, selectRoles, synthesize, type SynthOptions } from '@inftool/harness';
import { reply, startFakeOpenAIServer, unusedPort, type FakeOpenAIServer, type RecordedRequest } from '../support/fake-openai-server.js';
import { clockSynthArgs, runCli } from '../support/cli.js';
import { fixture } from '../support/sim-client.js';

const run = promisify(execFile);
const tempDir = (name: string) => mkdtemp(join(tmpdir(), `inftool-${name}-`));
const KEY = 'sk-live-0123456789abcdefTOPSECRET';
const noRetryDelay = { baseDelayMs: 1, maxDelayMs: 1 };

/** Whether this machine lets the tests mount a small tmpfs (root on Linux, outside most containers' limits). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = join(tmpdir(), `inftool-mount-probe-${process.pid}`);
  spawnSync('mkdir', ['-p', probe]);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  spawnSync('rmdir', [probe]);
  return mounted;
}

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A clock assistant: calls get_time, then says what the clock said. */
const clockAssistant = (request: RecordedRequest) => {
  const messages = request.body['messages'] as Array<{ role: string; content: string | null }>;
  return messages.at(-1)?.role === 'tool'
    ? reply.text(`The clock says ${messages.at(-1)!.content ?? ''}.`)
    : reply.toolCalls({ name: 'get_time', arguments: { zone: 'UTC' } });
};

const records = async (dir: string): Promise<Trajectory[]> => {
  const { accepted, rejected } = await readRun(dir);
  return [...accepted, ...rejected];
};
const storedLines = (dir: string): string[] =>
  ['trajectories.jsonl', 'rejected.jsonl'].flatMap((name) =>
    existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean) : [],
  );

function clockRun(out: string, baseURL: string, extra: Partial<SynthOptions> = {}): SynthOptions {
  return {
    tree: fixture('clock-tree.json'),
    kinds: ['single'],
    count: 6,
    out,
    seed: 'outage',
    concurrency: 1,
    resume: false,
    roles: selectRoles({ user: 'offline', assistant: 'm', endpoint: { baseURL }, retry: { maxRetries: 1, ...noRetryDelay } }),
    ...extra,
  };
}

describe('infrastructure failures are not rejections', () => {
  it('an endpoint that is down leaves every task for --resume and opens the circuit breaker; a resume then plays them all', async () => {
    const out = join(await tempDir('down'), 'run');
    const downURL = `http://127.0.0.1:${await unusedPort()}/v1`;
    const summary = await synthesize(clockRun(out, downURL, { concurrency: 2, maxInfrastructureFailures: 3 }));
    expect(summary).toMatchObject({ accepted: 0, rejected: 0, left: 6 });
    expect(summary.stopped).toMatch(/^model m failed 3 times in a row, unreachable: model m failed after 2 attempt\(s\): Connection error/);
    expect(summary.interruptions['model m: unreachable']).toBeGreaterThanOrEqual(3);
    expect(summary.interruptions['not started: the run stopped (circuit breaker open)']).toBeGreaterThanOrEqual(1);
    expect(storedLines(out)).toEqual([]);

    fake = await startFakeOpenAIServer(clockAssistant);
    const resumed = await synthesize(
      clockRun(out, downURL, {
        resume: true,
        roles: selectRoles({ user: 'offline', assistant: 'm', endpoint: { baseURL: fake.baseURL } }),
      }),
    );
    expect(resumed).toMatchObject({ skipped: 0, left: 0 });
    expect(resumed.accepted + resumed.rejected).toBe(6);
    const ids = (await records(out)).map((record) => record.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('5xx through every retry: with concurrency 1 the breaker stops the run after exactly N tasks, having called N × attempts times', async () => {
    fake = await startFakeOpenAIServer(() => reply.status(503));
    const out = join(await tempDir('5xx'), 'run');
    const summary = await synthesize(
      clockRun(out, fake.baseURL, {
        maxInfrastructureFailures: 2,
        roles: selectRoles({
          user: 'offline',
          assistant: 'm',
          endpoint: { baseURL: fake.baseURL },
          retry: { maxRetries: 2, ...noRetryDelay },
        }),
      }),
    );
    expect(summary).toMatchObject({
      accepted: 0,
      rejected: 0,
      left: 6,
      interruptions: {
        'model m: server errors (5xx) through every retry': 2,
        'not started: the run stopped (circuit breaker open)': 4,
      },
    });
    expect(fake.requests).toHaveLength(2 * 3);
    expect(storedLines(out)).toEqual([]);
  });

  it('a task whose call times out is left and played on resume, while the others are recorded; no record names the outage', async () => {
    fake = await startFakeOpenAIServer((request) => (request.index === 0 ? reply.hang() : clockAssistant(request)));
    const out = join(await tempDir('timeout'), 'run');
    const roles = selectRoles({
      user: 'offline',
      assistant: 'm',
      endpoint: { baseURL: fake.baseURL },
      timeoutMs: 300,
      retry: { maxRetries: 0 },
    });
    const first = await synthesize(clockRun(out, fake.baseURL, { count: 4, roles }));
    expect(first).toMatchObject({ left: 1, interruptions: { 'model m: timed out': 1 } });
    expect(first.accepted + first.rejected).toBe(3);
    const second = await synthesize(clockRun(out, fake.baseURL, { count: 4, roles, resume: true }));
    expect(second).toMatchObject({ skipped: 3, left: 0 });
    const all = await records(out);
    expect(new Set(all.map((record) => record.id)).size).toBe(4);
    expect(all.flatMap((record) => record.reasons).join('\n')).not.toMatch(/model_error|timed out|failed after/);
  });

  it('a hanging endpoint: --model-timeout-ms and --model-retries set the budget, each timed-out attempt counts at once', async () => {
    fake = await startFakeOpenAIServer(() => reply.hang());
    const out = join(await tempDir('hang'), 'run');
    const failed = await runCli(
      clockSynthArgs(out, 4, [
        ...['--scenarios', 'single', '--concurrency', '1', '--assistant-model', 'm'],
        ...['--model-timeout-ms', '200', '--model-retries', '4', '--max-infra-failures', '3'],
      ]),
      { env: { ...process.env, OPENAI_BASE_URL: fake.baseURL } },
    );
    expect(failed.code).toBe(3);
    // The first call times out twice (one retry after a timeout, not four), the second once: the third timeout in a row opens the breaker.
    expect(fake.requests).toHaveLength(3);
    expect(failed.stderr).toMatch(/the run stopped early: model m failed 3 times in a row, timed out: model m failed after 1 attempt\(s\)/);
    expect(failed.stderr).toMatch(/4 task\(s\) left unplayed/);
    expect(storedLines(out)).toEqual([]);
  });

  it('a model writing the tool results (the server model) that fails leaves the task', async () => {
    fake = await startFakeOpenAIServer((request) => (Array.isArray(request.body['tools']) ? clockAssistant(request) : reply.status(502)));
    const out = join(await tempDir('server-model'), 'run');
    const summary = await synthesize(
      clockRun(out, fake.baseURL, {
        count: 2,
        serverModel: new OpenAIChatModel({ model: 'writer', baseURL: fake.baseURL, retry: { maxRetries: 0 } }),
      }),
    );
    expect(summary).toMatchObject({ accepted: 0, rejected: 0, left: 2 });
    expect(Object.keys(summary.interruptions)).toContain('model writer: server errors (5xx) through every retry');
  });

  it('an MCP server that cannot be reached leaves the tasks and stops the run', async () => {
    const out = join(await tempDir('mcp-down'), 'run');
    const summary = await synthesize({
      ...clockRun(out, 'http://unused'),
      roles: selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} }),
      serverUrl: `http://127.0.0.1:${await unusedPort()}/mcp`,
      maxInfrastructureFailures: 2,
    });
    expect(summary).toMatchObject({ accepted: 0, rejected: 0, left: 6 });
    expect(summary.stopped).toMatch(/^the MCP server failed 2 times in a row, unreachable: cannot connect to MCP server/);
  });
});

describe('secrets', () => {
  it('a refused key (401 echoing the Authorization header): exit 3, a summary saying what to do, the breaker at once, the key nowhere', async () => {
    fake = await startFakeOpenAIServer((request) => ({
      kind: 'status',
      status: 401,
      message: `invalid credentials: ${String(request.headers.authorization)}`,
    }));
    const out = join(await tempDir('401'), 'run');
    const error = await runCli(clockSynthArgs(out, 4, ['--scenarios', 'single', '--concurrency', '1', '--assistant-model', 'm']), {
      env: { ...process.env, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake.baseURL },
    });
    expect(error.code).toBe(3);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(error.stderr).toMatch(/0 accepted, 0 rejected of 4 tasks/);
    expect(error.stderr).toMatch(/4 task\(s\) left unplayed, not recorded .*model m: refused the credentials \(401\/403\) ×1/);
    expect(error.stderr).toMatch(
      /the run stopped early: model m failed once, refused the credentials .*invalid credentials: Bearer \[redacted\]/,
    );
    expect(error.stderr).toMatch(/run the same command with --resume/);
    expect(error.stderr).not.toMatch(/unexpected error|\n\s+at /);
    expect(error.stderr).not.toContain(KEY);
    for (const name of readdirSync(out))
      if (name.endsWith('.json') || name.endsWith('.jsonl')) expect(await readFile(join(out, name), 'utf8')).not.toContain(KEY);
    expect(storedLines(out)).toEqual([]);
  });

  it('a 400 echoing the key is the request’s fault: the task is rejected, and rejected.jsonl holds no key; a key a model repeats is redacted too', async () => {
    fake = await startFakeOpenAIServer((request) => {
      if (request.index === 0) return { kind: 'status', status: 400, message: `bad request from ${String(request.headers.authorization)}` };
      const messages = request.body['messages'] as Array<{ role: string; content: string | null }>;
      return messages.at(-1)?.role === 'tool'
        ? reply.text(`The clock says ${messages.at(-1)!.content ?? ''}; your key is ${KEY}.`)
        : clockAssistant(request);
    });
    const out = join(await tempDir('400'), 'run');
    const summary = await synthesize(
      clockRun(out, fake.baseURL, {
        count: 2,
        roles: selectRoles({ user: 'offline', assistant: 'm', endpoint: { baseURL: fake.baseURL, apiKey: KEY }, retry: { maxRetries: 0 } }),
        secrets: [KEY],
      }),
    );
    expect(summary).toMatchObject({ left: 0 });
    expect(summary.accepted + summary.rejected).toBe(2);
    expect((await records(out)).filter((record) => record.reasons.join(' ').includes('bad request from Bearer [redacted]'))).toHaveLength(
      1,
    );
    const text = storedLines(out).join('\n');
    expect(text).not.toContain(KEY);
    expect(text).toContain('bad request from Bearer [redacted]');
    expect(text).toContain('your key is [redacted].');
  });
});

describe('resume checks what made the run', () => {
  it('accepts the same tree by another path, refuses a changed tree or other models in one line naming what differs', async () => {
    const base = await tempDir('manifest');
    await copyFile(fixture('clock-tree.json'), join(base, 'tree.json'));
    const synth = (...args: string[]) => runCli(['synth', '--count', '2', '--out', 'run', '--no-progress', ...args], { cwd: base });
    expect((await synth('--tree', 'tree.json')).code).toBe(0);
    const manifest = JSON.parse(await readFile(join(base, 'run', 'manifest.json'), 'utf8')) as { inputs: { treeSha256: string } };
    expect(manifest.inputs.treeSha256).toMatch(/^[0-9a-f]{64}$/);
    const { stderr } = await synth('--tree', join(base, 'tree.json'), '--resume');
    expect(stderr).toMatch(/0 accepted, 0 rejected, 2 already done \(resumed\) of 2 tasks/);

    const tree = await readFile(join(base, 'tree.json'), 'utf8');
    await writeFile(join(base, 'tree.json'), tree.replace('"UTC"', '"GMT"'));
    const refusal = await synth('--tree', 'tree.json', '--resume', '--assistant-model', 'other', '--base-url', 'http://127.0.0.1:9/v1');
    expect(refusal.code).toBe(2);
    expect(refusal.stderr.trim().split('\n')).toHaveLength(1);
    expect(refusal.stderr).toMatch(
      new RegExp(
        `^inftool: --resume: run was made with other settings: tree content \\(sha256 ${manifest.inputs.treeSha256.slice(0, 12)}… of tree.json then, sha256 [0-9a-f]{12}… of tree.json now\\); assistant model \\(offline then, other now\\)\\. Resume with the same ones`,
      ),
    );
  });
});

describe('disk full and torn lines', () => {
  it.skipIf(!existsSync('/dev/full'))(
    'a write that hits ENOSPC stops the run with one line (no stack), and a resume once there is space plays the rest',
    async () => {
      const out = join(await tempDir('enospc'), 'run');
      await mkdir(out, { recursive: true });
      for (const name of ['trajectories.jsonl', 'rejected.jsonl']) await symlink('/dev/full', join(out, name));
      const args = clockSynthArgs(out, 5, ['--no-progress']);
      const failed = await runCli(args);
      expect(failed.code).toBe(2);
      expect(failed.stderr.trim().split('\n')).toHaveLength(1);
      expect(failed.stderr).toMatch(
        /^inftool: cannot write .*(trajectories|rejected)\.jsonl: no space left on device \(ENOSPC\); the run stopped with [1-5] task\(s\) not recorded\. .* --resume/,
      );
      for (const name of ['trajectories.jsonl', 'rejected.jsonl']) await rm(join(out, name));
      expect((await runCli([...args, '--resume'])).code).toBe(0);
      const ids = (await records(out)).map((record) => record.id);
      expect(ids).toHaveLength(5);
      expect(new Set(ids).size).toBe(5);
    },
  );

  it.skipIf(!canMountTmpfs())(
    'a real full disk (a 64 KiB tmpfs): one line, and a resume once there is room completes the run exactly',
    async () => {
      const mount = await tempDir('tmpfs');
      await run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]);
      try {
        const out = join(mount, 'run');
        const args = clockSynthArgs(out, 40, ['--no-progress', '--concurrency', '4']);
        const failed = await runCli(args);
        expect(failed.code).toBe(2);
        expect(failed.stderr.trim().split('\n')).toHaveLength(1);
        expect(failed.stderr).toMatch(
          /^inftool: cannot (write|store the tool lists of record \S+ in) \S+: no space left on device \(ENOSPC\); the run stopped/,
        );
        await run('mount', ['-o', 'remount,size=8m', mount]);
        const { code, stderr } = await runCli([...args, '--resume']);
        expect(code).toBe(0);
        expect(stderr).toMatch(/already done \(resumed\) of 40 tasks/);
        const ids = (await records(out)).map((record) => record.id);
        expect(ids).toHaveLength(40);
        expect(new Set(ids).size).toBe(40);
        for (const name of ['trajectories.jsonl', 'rejected.jsonl'])
          if (existsSync(join(out, name))) expect(readFileSync(join(out, name), 'utf8').endsWith('\n')).toBe(true);
      } finally {
        await run('umount', [mount]);
        await rm(mount, { recursive: true, force: true });
      }
    },
  );

  it('a torn line in the middle of a file: readers say how to repair it, resume drops it and plays its tasks again', async () => {
    const out = join(await tempDir('torn'), 'run');
    const args = clockSynthArgs(out, 5, ['--scenarios', 'single', '--no-progress']);
    expect((await runCli(args)).code).toBe(0);
    const file = join(out, 'trajectories.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(5);
    // A write cut short (a kill, a full disk) and the next record appended right after it.
    await writeFile(file, `${[lines[0], `${lines[1]!.slice(0, 50)}${lines[2]}`, lines[3], lines[4]].join('\n')}\n`);
    const audit = await runCli(['audit', out]);
    expect(audit.code).toBe(2);
    expect(audit.stderr).toMatch(
      /^inftool: .*trajectories\.jsonl line 2 is not JSON .*: a torn write or a hand edit; `inftool synth --resume` on this run drops a torn line/,
    );
    expect(audit.stderr).not.toMatch(/\n\s+at /);
    const { code, stderr } = await runCli([...args, '--resume']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/resume repaired: .*trajectories\.jsonl line 2 was torn \(not JSON\): dropped, its task is played again/);
    expect(stderr).toMatch(/2 accepted, 0 rejected, 3 already done \(resumed\) of 5 tasks/);
    const ids = (await records(out)).map((record) => record.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });
});
