import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCENARIO_KINDS } from '@inftool/core';
import { cliPath, demoTree } from './sim-client.js';
import { synthesizeRun } from './synth-run.js';

/** Debian's chromium (or $CHROMIUM_PATH): the browser tests drive it with playwright-core and never download one. */
export const chromiumPath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);

export interface ViewRun {
  dir: string;
  /** The line (in rejected.jsonl) of the record made rejected, its failed check and the call whose arguments were broken; `accepted`: the id of the first rollout of its task. */
  rejected: { line: number; id: string; check: string; callId: string; accepted: string };
  /** The line of rejected.jsonl that is not JSON. */
  unreadableLine: number;
}

/**
 * A small real run of the demo tree (two tasks of each kind, offline roles), with a second rollout of
 * one accepted parallel task in rejected.jsonl as a rejected one (a failed check, arguments that break
 * the tool's schema) and one line that is not JSON: what a viewer must show besides the happy path.
 */
export async function makeViewRun(): Promise<ViewRun> {
  const dir = join(await mkdtemp(join(tmpdir(), 'inftool-view-')), 'run');
  await synthesizeRun({ tree: demoTree, count: SCENARIO_KINDS.length * 2, out: dir, seed: 'view' });
  const accepted = join(dir, 'trajectories.jsonl');
  const lines = readFileSync(accepted, 'utf8').split('\n').filter(Boolean);
  const position = lines.findIndex((line) => (JSON.parse(line) as { task: { kind: string } }).task.kind === 'parallel');
  const record = JSON.parse(lines[position]!) as {
    id: string;
    outcome: string;
    reasons: string[];
    checks: Array<{ id: string; ok: boolean; detail?: string }>;
    messages: Array<{ role: string; tool_calls?: Array<{ id: string; function: { arguments: string } }> }>;
  };
  const acceptedId = record.id;
  const call = record.messages.find((message) => message.tool_calls?.length)!.tool_calls![0]!;
  call.function.arguments = '[]';
  record.outcome = 'rejected';
  record.checks.push({ id: 'final_answer', ok: false, detail: 'the answer reads out a raw field name' });
  record.reasons = ['final_answer: the answer reads out a raw field name'];
  // The original stays accepted: the rejected copy is its second rollout (same task, id `…~r1`).
  record.id = `${record.id}~r1`;
  writeFileSync(accepted, `${lines.join('\n')}\n`);
  const rejected = join(dir, 'rejected.jsonl');
  const before = existsSync(rejected) ? readFileSync(rejected, 'utf8').split('\n').filter(Boolean).length : 0;
  appendFileSync(rejected, `${JSON.stringify(record)}\n{"id": "torn by hand"\n`);
  return {
    dir,
    rejected: { line: before + 1, id: record.id, check: 'final_answer', callId: call.id, accepted: acceptedId },
    unreadableLine: before + 2,
  };
}

export interface RunningView {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/** `inftool view DIR --port 0` as a user starts it; resolves with the URL it prints. */
export function startView(...runDirs: string[]): Promise<RunningView> {
  const child = spawn(process.execPath, [cliPath, 'view', ...runDirs, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`inftool view did not start: ${why}\n${output}`));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url: url.replace(/\/$/, ''), process: child, stop: () => child.kill('SIGTERM') });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(`exited with ${code}`));
    child.once('error', (error) => fail(error.message));
  });
}

/**
 * A large synthetic run for the list's virtual scrolling: a small real offline run (no wire, to keep
 * lines short) repeated under new ids `big-000000`… in file order, `count` records in all, accepted.
 */
export async function makeLargeViewRun(count: number): Promise<{ dir: string; lastId: string; idOf: (index: number) => string }> {
  const root = await mkdtemp(join(tmpdir(), 'inftool-view-large-'));
  const seed = join(root, 'seed');
  await synthesizeRun({
    tree: demoTree,
    kinds: ['single', 'parallel', 'irrelevance'],
    count: 9,
    out: seed,
    seed: 'view-large',
    wire: 'none',
  });
  const lines = readFileSync(join(seed, 'trajectories.jsonl'), 'utf8').split('\n').filter(Boolean);
  const dir = join(root, 'run');
  cpSync(seed, dir, { recursive: true });
  const idOf = (index: number) => `big-${String(index).padStart(6, '0')}`;
  const file = join(dir, 'trajectories.jsonl');
  writeFileSync(file, '');
  rmSync(join(dir, 'rejected.jsonl'), { force: true });
  for (let start = 0; start < count; start += 10_000) {
    const batch: string[] = [];
    for (let index = start; index < Math.min(count, start + 10_000); index += 1)
      batch.push(lines[index % lines.length]!.replace(/"id":"[^"]+"/, `"id":"${idOf(index)}"`));
    appendFileSync(file, `${batch.join('\n')}\n`);
  }
  return { dir, lastId: idOf(count - 1), idOf };
}
