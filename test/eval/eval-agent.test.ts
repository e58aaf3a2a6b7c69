import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import { compareReports, evaluateAgent, readRun, type AgentReport, type AgentSuite, type EvalAgentOptions } from '@inftool/harness';
import { reply, startFakeOpenAIServer, type RecordedRequest } from '../support/fake-openai-server.js';
import { cliPath } from '../support/sim-client.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tree = join(root, 'examples/demo-tree.json');
const node = JSON.stringify(process.execPath);
const ALL_KINDS = ['single', 'parallel', 'multiple', 'irrelevance', 'missing_param', 'multi_turn', 'error_recovery'] as const;

/** The scripted agent (examples/agents/scripted-agent.mjs) playing `suite`, with one mistake or none. */
const scripted = (suite: string, mistake = 'none', pids?: string, transport = 'http'): string =>
  `SCRIPTED_SUITE=${JSON.stringify(suite)} SCRIPTED_MISTAKE=${mistake} SCRIPTED_TRANSPORT=${transport}${pids ? ` SCRIPTED_PIDS=${JSON.stringify(pids)}` : ''} ${node} ${JSON.stringify(join(root, 'examples/agents/scripted-agent.mjs'))}`;

let dir: string;
let suiteFile: string;
let suite: AgentSuite;
let oracle: AgentReport;
let oracleOut: string;
let lastOut: string;

async function run(agent: string, overrides: Partial<EvalAgentOptions> = {}): Promise<AgentReport> {
  const out = await mkdtemp(join(dir, 'run-'));
  lastOut = out;
  return evaluateAgent({
    tree,
    agent,
    kinds: ALL_KINDS,
    count: ALL_KINDS.length,
    seed: 'eval-agent-test',
    out,
    agentConcurrency: 4,
    turnTimeoutMs: 30_000,
    taskTimeoutMs: 120_000,
    maxTurns: 15,
    ...overrides,
  });
}

/** A suite of some of the planned tasks (changed by `edit`), written next to the others. */
function subSuite(name: string, pick: (task: Task) => boolean, edit: (task: Task) => Task = (task) => task): string {
  const file = join(dir, `${name}.suite.json`);
  writeFileSync(file, JSON.stringify({ ...suite, tasks: suite.tasks.filter(pick).map(edit) }));
  return file;
}

const only = (report: AgentReport) => {
  expect(report.tasks).toHaveLength(1);
  return report.tasks[0]!;
};

describe('inftool eval agent', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inftool-eval-agent-'));
    suiteFile = join(dir, 'suite.json');
    // The first run plans the suite and writes it before any agent starts: the scripted agent reads it.
    oracle = await run(scripted(suiteFile), { suite: suiteFile });
    oracleOut = lastOut;
    suite = JSON.parse(readFileSync(suiteFile, 'utf8')) as AgentSuite;
  });

  it('scores an agent that follows the plan as passing every scenario, from the server-side record', async () => {
    expect(suite.tasks.map((task) => task.kind).sort()).toEqual([...ALL_KINDS].sort());
    expect(oracle.overall).toMatchObject({ tasks: 7, passed: 7, passRate: 1 });
    for (const kind of ALL_KINDS) expect(oracle.byKind[kind]?.passRate, kind).toBe(1);
    expect(oracle.byKind['missing_param']?.scores).toMatchObject({ asked: 1, calls: 1 });
    expect(oracle.byKind['error_recovery']?.scores).toMatchObject({ faults: 1 });
    // The world ends as the plan leaves it where the plan changes it (the single task cancels a booking, the arc creates orders).
    expect(oracle.byKind['single']?.scores).toMatchObject({ world: 1 });
    expect(oracle.byKind['multi_turn']?.scores).toMatchObject({ world: 1 });
    expect(oracle.byKind['parallel']?.scores['world']).toBeUndefined(); // reads only
    // Every session talked MCP to its own endpoint: initialize, tools/list and the calls, counted by the server.
    expect(oracle.mcp.requests['initialize']).toBe(7);
    expect(oracle.mcp.requests['tools/list']).toBe(7);
    const planned = suite.tasks.reduce((sum, task) => sum + (task.expectedCalls ?? []).flat().length, 0);
    expect(oracle.mcp.requests['tools/call']).toBeGreaterThanOrEqual(planned - 1); // irrelevance plans none
    // The sessions are a run the viewer and exports read: passed ones in trajectories.jsonl.
    const records = await readRun(oracleOut);
    expect(records.accepted).toHaveLength(7);
    const parallel = records.accepted.find((record) => record.task.kind === 'parallel')!;
    // The messages are rebuilt from the server's record: every call the plan has, each with its result.
    const rebuilt = parallel.messages.flatMap((message) => (message.role === 'assistant' ? (message.tool_calls ?? []) : []));
    expect(rebuilt.map((call) => call.function.name).sort()).toEqual(parallel.task.expectedCalls![0]!.map((call) => call.tool).sort());
    expect(parallel.messages.filter((message) => message.role === 'tool')).toHaveLength(rebuilt.length);
    expect(parallel.wire.some((record) => record.direction === 'client_to_server' && record.message['method'] === 'tools/call')).toBe(true);
    expect(parallel.checks.map((check) => check.id)).toEqual(['agent_completed', 'agent_calls', 'agent_answer']);
  });

  it('reruns a frozen suite: the same tasks, the same verdicts', async () => {
    const again = await run(scripted(suiteFile), { suite: suiteFile, count: 99, seed: 'ignored' });
    expect(again.tasks.map((task) => task.id)).toEqual(oracle.tasks.map((task) => task.id));
    expect(again.overall.passRate).toBe(1);
  });

  it('serves the task over stdio too (INFTOOL_MCP_COMMAND): the same server-side record, world and faults', async () => {
    const file = subSuite('stdio', (candidate) => ['single', 'multi_turn', 'error_recovery'].includes(candidate.kind));
    const overStdio = await run(scripted(file, 'none', undefined, 'stdio'), { suite: file });
    const overHttp = oracle.tasks.filter((task) => overStdio.tasks.some((other) => other.id === task.id));
    expect(overStdio.overall).toMatchObject({ tasks: 3, passed: 3 });
    expect(overStdio.tasks.map((task) => [task.id, task.scores])).toEqual(overHttp.map((task) => [task.id, task.scores]));
    // The calls went through the task's endpoint: counted and recorded there, one session per task.
    expect(overStdio.mcp.requests['initialize']).toBe(3);
    const httpCalls = overHttp.reduce((sum, task) => sum + (task.requests['tools/call'] ?? 0), 0);
    expect(overStdio.mcp.requests['tools/call']).toBe(httpCalls);
    // A mistake over stdio costs what it costs over HTTP.
    const single = subSuite('stdio-skip', (candidate) => candidate.kind === 'single');
    expect(only(await run(scripted(single, 'skip_write', undefined, 'stdio'), { suite: single })).scores).toEqual({
      completed: 1,
      calls: 0,
      world: 0,
      answer: 1,
    });
  });

  it('a wrong tool lowers the calls score only, naming both tools', async () => {
    const task = suite.tasks.find((candidate) => candidate.kind === 'multiple')!;
    const file = subSuite('wrong-tool', (candidate) => candidate === task);
    const result = only(await run(scripted(file, 'wrong_tool'), { suite: file }));
    expect(result.scores).toEqual({ completed: 1, calls: 0, answer: 1 });
    expect(result.passed).toBe(false);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatch(/^calls: /);
    expect(result.reasons[0]).toContain(`expected ${task.expectedCalls![0]![0]!.tool}(`);
    expect(result.failedTools).toEqual([task.expectedCalls![0]![0]!.tool]);
  });

  it('a missing required argument lowers the calls score, naming the argument, and the refused cancel the world score', async () => {
    const task = suite.tasks.find((candidate) => candidate.kind === 'single')!;
    const file = subSuite('missing-argument', (candidate) => candidate === task);
    const result = only(await run(scripted(file, 'missing_argument'), { suite: file }));
    expect(result.scores).toEqual({ completed: 1, calls: 0, world: 0, answer: 1 });
    expect(result.reasons.join('\n')).toMatch(/^calls: .*missing/m);
  });

  it('a skipped write lowers the world score, naming the record and the state the plan leaves it in', async () => {
    const task = suite.tasks.find((candidate) => candidate.kind === 'single')!;
    const planned = task.expectedCalls![0]![0]!;
    expect(planned.tool).toMatch(/^cancel_/);
    const file = subSuite('skip-write', (candidate) => candidate === task);
    const result = only(await run(scripted(file, 'skip_write'), { suite: file }));
    // The call is missing (calls) and the booking is not cancelled (world); the answer has no result to state.
    expect(result.scores).toEqual({ completed: 1, calls: 0, world: 0, answer: 1 });
    const id = String(Object.values(planned.arguments)[0]);
    expect(result.reasons.filter((reason) => reason.startsWith('world: '))).toEqual([
      expect.stringMatching(
        new RegExp(`^world: booking "${id}" \\(status "cancelled".*\\) is how the plan leaves it; the session did not change it$`),
      ),
    ]);
  });

  it('a change of the wrong record costs the world both records: the one left alone and the one changed', async () => {
    const arc = suite.tasks.find((candidate) => candidate.kind === 'multi_turn')!;
    const file = subSuite('wrong-record', (candidate) => candidate === arc);
    const result = only(await run(scripted(file, 'wrong_record'), { suite: file }));
    const reference = only(await run(scripted(file), { suite: file }));
    expect(reference.scores['world']).toBe(1);
    // Exactly two records end wrong (the one the plan changes and the one changed instead); any other record the arc touches ends right.
    expect(result.scores['world']).toBeLessThan(1);
    const world = result.reasons.filter((reason) => reason.startsWith('world: '));
    expect(world).toEqual([
      expect.stringMatching(/^world: (\w+) "[^"]+" .* is how the plan leaves it; the session did not change it$/),
      expect.stringMatching(/^world: the session changed (\w+) "[^"]+" .*; the plan leaves it as it was$/),
    ]);
    const [left, changed] = world.map((reason) => /"([^"]+)"/.exec(reason)![1]);
    expect(left).not.toBe(changed);
    expect(result.scores.completed).toBe(1);
    expect(result.scores.answer).toBe(1);
  });

  it('a call on an irrelevant request lowers the calls score only', async () => {
    const file = subSuite('irrelevance', (candidate) => candidate.kind === 'irrelevance');
    const result = only(await run(scripted(file, 'call_on_irrelevance'), { suite: file }));
    expect(result.scores).toEqual({ completed: 1, calls: 0, answer: 1 });
    expect(result.reasons).toEqual([expect.stringMatching(/^calls: no offered tool fits the request, but the agent called /)]);
  });

  it('an ignored server fault lowers the faults score only; the retry passes', async () => {
    // A planned 500 on the single task's call: the right reaction is to call again.
    const withFault = (task: Task): Task => ({
      ...task,
      kind: 'error_recovery',
      faults: [{ turn: 0, call: 0, fault: 'server_error', recovery: 'retry' }],
    });
    const file = subSuite('fault', (candidate) => candidate.kind === 'single', withFault);
    const retried = only(await run(scripted(file), { suite: file }));
    expect(retried.scores).toEqual({ completed: 1, calls: 1, faults: 1, world: 1, answer: 1 });
    expect(retried.requests['tools/call']).toBe(2);
    const ignored = only(await run(scripted(file, 'ignore_fault'), { suite: file }));
    // The failed call changed nothing: the booking the plan cancels is still open, which the world score says too.
    expect(ignored.scores).toEqual({ completed: 1, calls: 1, faults: 0, world: 0, answer: 1 });
    expect(ignored.reasons).toEqual([
      expect.stringMatching(/^faults: .* failed with the planned server_error and the agent did not call it again/),
      expect.stringMatching(/^world: booking .* is how the plan leaves it; the session did not change it$/),
    ]);
  });

  it('an agent that never answers is a timed-out failure, and its whole process group is ended', async () => {
    const file = subSuite('silent', (candidate) => candidate.kind === 'single');
    const pids = join(dir, 'silent.pids');
    const report = await run(scripted(file, 'never_answers', pids), { suite: file, turnTimeoutMs: 8000 });
    const result = only(report);
    expect(result.scores).toEqual({ completed: 0, calls: 1, world: 1 });
    expect(result.failure).toBe('turn_timeout');
    expect(result.reasons).toEqual(['completed: turn_timeout: the agent did not answer within 8000 ms (the per-turn limit)']);
    expect(report.failures).toEqual({ turn_timeout: 1 });
    const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    expect(started).toHaveLength(2); // the agent and the child it started
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let wait = 0; wait < 40 && started.some(alive); wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started.filter(alive)).toEqual([]);
  });

  it('a crashing agent is a failure with its exit code and stderr', async () => {
    const file = subSuite('crash', (candidate) => candidate.kind === 'single');
    const result = only(await run(scripted(file, 'crash'), { suite: file }));
    expect(result.scores).toEqual({ completed: 0, calls: 1, world: 1 });
    expect(result.failure).toBe('crashed');
    expect(result.reasons[0]).toBe(
      'completed: crashed: the agent exited with code 3 without answering (stderr: scripted crash: out of memory)',
    );
  });

  it('a reply that is not a JSON line is a protocol failure that quotes it', async () => {
    const file = subSuite('garbage', (candidate) => candidate.kind === 'single');
    const result = only(await run(scripted(file, 'garbage'), { suite: file }));
    expect(result.failure).toBe('bad_output');
    expect(result.reasons[0]).toMatch(/^completed: bad_output: the agent wrote a line that is not JSON: "Here you go: /);
  });

  it('two reply lines to one turn are a protocol failure at the next turn, quoting the extra line', async () => {
    const file = subSuite('two-replies', (candidate) => candidate.kind === 'multi_turn');
    const result = only(await run(scripted(file, 'two_replies'), { suite: file }));
    expect(result.failure).toBe('bad_output');
    expect(result.reasons[0]).toMatch(
      /^completed: bad_output: the agent wrote 1 line\(s\) more than one reply to the previous turn: ".*Done\. Here is what I found/,
    );
  });

  it('compares two reports per kind, and names the tasks whose verdict changed', async () => {
    const file = subSuite('compare', (candidate) => candidate.kind === 'single' || candidate.kind === 'irrelevance');
    await run(scripted(file), { suite: file });
    const right = join(lastOut, 'report.json');
    await run(scripted(file, 'call_on_irrelevance'), { suite: file });
    const wrong = join(lastOut, 'report.json');
    const text = await compareReports(right, wrong);
    const irrelevance = suite.tasks.find((task) => task.kind === 'irrelevance')!;
    expect(text).toMatch(/^ {2}irrelevance +100\.0% +0\.0% +-100\.0 +\S+ +-100\.0 /m);
    expect(text).toMatch(/^ {2}single +100\.0% +100\.0% +\+0\.0 /m);
    expect(text).toContain(`tasks whose verdict changed (1):\n  ${irrelevance.id}: passed → failed`);
    await expect(compareReports(right, file)).rejects.toThrow(`--compare ${file}: not a report of inftool eval agent`);
  });

  it('runs from the command line: the flags reach the run, the table goes to stderr, the report to --out', async () => {
    const file = subSuite('cli', (candidate) => candidate.kind === 'single');
    const out = join(dir, 'cli-run');
    const { stderr } = await promisify(execFile)(
      process.execPath,
      [
        cliPath,
        'eval',
        'agent',
        '--tree',
        tree,
        '--agent',
        scripted(file, 'wrong_tool'),
        '--suite',
        file,
        '--out',
        out,
        '--turn-timeout',
        '20000',
        '--no-progress',
      ],
      { cwd: root },
    );
    expect(stderr).toMatch(/^ {2}single +1 +0\.0% +100\.0% +0\.0% /m);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AgentReport;
    expect(report.tasks.map((task) => task.id)).toEqual(suite.tasks.filter((task) => task.kind === 'single').map((task) => task.id));
    const bad = promisify(execFile)(process.execPath, [cliPath, 'eval', 'agent', '--tree', tree, '--out', join(dir, 'never')]);
    await expect(bad).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('eval agent needs --agent (or --compare A.json B.json)'),
    });
  });

  it('resumes an interrupted evaluation: the scored tasks are kept, the others played, no duplicate and no gap', async () => {
    const out = join(dir, 'killed-run');
    const results = join(out, 'results.jsonl');
    const scored = (): string[] =>
      existsSync(results)
        ? readFileSync(results, 'utf8')
            .split('\n')
            .filter((line) => line !== '')
        : [];
    const agent = scripted(suiteFile);
    const args = ['eval', 'agent', '--tree', tree, '--agent', agent, '--suite', suiteFile, '--out', out, '--agent-concurrency', '1'];
    const killed = spawn(process.execPath, [cliPath, ...args, '--no-progress'], { cwd: root, stdio: 'ignore' });
    const exited = once(killed, 'exit');
    // Killed without warning once two tasks are scored (polled; bounded by the test's own time-out).
    while (scored().length < 2 && killed.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
    killed.kill('SIGKILL');
    await exited;
    // A result is written before its record, so the kill may fall between them: that task is played again.
    // Kept are the scored tasks whose record reached the disk (a cut-off record line does not parse).
    const recorded = new Set(
      ['trajectories.jsonl', 'rejected.jsonl']
        .filter((file) => existsSync(join(out, file)))
        .flatMap((file) => readFileSync(join(out, file), 'utf8').split('\n'))
        .flatMap((line) => {
          try {
            return [(JSON.parse(line) as { id: string }).id];
          } catch {
            return [];
          }
        }),
    );
    const kept = scored()
      .map((line) => JSON.parse(line) as AgentReport['tasks'][number])
      .filter((task) => recorded.has(task.id));
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.length).toBeLessThan(7);
    expect(existsSync(join(out, 'report.json'))).toBe(false);

    const resumed = await run(agent, { suite: suiteFile, out, resume: true, agentConcurrency: 1 });
    // The same verdicts as the uninterrupted run, task by task, in the suite's order.
    const verdict = (task: AgentReport['tasks'][number]) => [task.id, task.passed, task.scores, task.reasons];
    expect(resumed.tasks.map(verdict)).toEqual(oracle.tasks.map(verdict));
    expect(resumed.overall).toEqual(oracle.overall);
    // The tasks scored before the kill were kept as they were, not played again.
    for (const task of kept) expect(resumed.tasks.find((other) => other.id === task.id)).toEqual(task);
    // Every task once in the run: no duplicate, no gap.
    const records = await readRun(out);
    const ids = [...records.accepted, ...records.rejected].map((record) => record.id);
    expect(ids.sort()).toEqual(suite.tasks.map((task) => task.id).sort());
    expect(scored()).toHaveLength(7);
    // A second --resume of a finished evaluation plays nothing and reports the same.
    const again = await run(agent, { suite: suiteFile, out, resume: true });
    expect(again.tasks).toEqual(resumed.tasks);
  });

  it('refuses an --out that already holds a run', async () => {
    await expect(run(scripted(suiteFile), { suite: suiteFile, out: oracleOut })).rejects.toThrow(
      /already holds a run; choose a new directory/,
    );
  });

  it('refuses a suite planned from another tree, naming both digests', async () => {
    const file = join(dir, 'other.suite.json');
    writeFileSync(file, JSON.stringify({ ...suite, treeDigest: 'f'.repeat(64) }));
    await expect(run(scripted(file), { suite: file })).rejects.toThrow(
      /--suite .*other\.suite\.json was planned from another tree \(digest ffffffffffff…/,
    );
  });

  it("the project's assistant as an agent, on the fake model endpoint: right calls pass, wrong arguments lose the calls score", async () => {
    const task = suite.tasks.find((candidate) => candidate.kind === 'single')!;
    const expected = task.expectedCalls![0]![0]!;
    const file = subSuite('assistant', (candidate) => candidate === task);
    let wrong = false;
    const model = await startFakeOpenAIServer((request: RecordedRequest) => {
      const messages = request.body['messages'] as Array<{ role: string; content?: string }>;
      const last = messages.at(-1)!;
      if (last.role === 'tool') return reply.text(`Here is what I found: ${last.content ?? ''}`);
      const args = wrong ? { ...expected.arguments, [Object.keys(expected.arguments)[0]!]: 'not-the-planned-value' } : expected.arguments;
      return reply.toolCalls({ name: expected.tool, arguments: args });
    });
    try {
      const agent = `OPENAI_BASE_URL=${model.baseURL} INFTOOL_AGENT_MODEL=fake ${node} ${JSON.stringify(join(root, 'examples/agents/inftool-assistant.mjs'))}`;
      const right = only(await run(agent, { suite: file }));
      expect(right.reasons).toEqual([]);
      expect(right.scores).toEqual({ completed: 1, calls: 1, world: 1, answer: 1 });
      // The model saw the task's tools, listed over MCP from the task's endpoint.
      const offered = (model.requests[0]!.body['tools'] as Array<{ function: { name: string } }>).map((tool) => tool.function.name);
      expect(offered.sort()).toEqual([...task.tools].sort());
      wrong = true;
      const mistaken = only(await run(agent, { suite: file }));
      expect(mistaken.scores.calls).toBe(0);
      expect(mistaken.reasons[0]).toContain('not-the-planned-value');
    } finally {
      await model.close();
    }
  });

  it("another framework's MCP client as an agent (the Vercel AI SDK's), on the fake model endpoint: scored like any other", async () => {
    const task = suite.tasks.find((candidate) => candidate.kind === 'single')!;
    const expected = task.expectedCalls![0]![0]!;
    const file = subSuite('vercel-ai', (candidate) => candidate === task);
    let skip = false;
    const model = await startFakeOpenAIServer((request: RecordedRequest) => {
      const messages = request.body['messages'] as Array<{ role: string; content?: string }>;
      const last = messages.at(-1)!;
      if (last.role === 'tool')
        return reply.text(`Done: ${typeof last.content === 'string' ? last.content : JSON.stringify(last.content)}`);
      return skip ? reply.text('I have cancelled it.') : reply.toolCalls({ name: expected.tool, arguments: expected.arguments });
    });
    try {
      const agent = `OPENAI_BASE_URL=${model.baseURL} INFTOOL_AGENT_MODEL=fake ${node} ${JSON.stringify(join(root, 'examples/agents/vercel-ai-agent.mjs'))}`;
      const right = only(await run(agent, { suite: file }));
      expect(right.reasons).toEqual([]);
      expect(right.scores).toEqual({ completed: 1, calls: 1, world: 1, answer: 1 });
      // The SDK listed the task's tools over MCP and offered them to the model.
      const offered = (model.requests[0]!.body['tools'] as Array<{ function: { name: string } }>).map((tool) => tool.function.name);
      expect(offered.sort()).toEqual([...task.tools].sort());
      // A model that claims the write without making it loses the calls and the world, not the answer.
      skip = true;
      const claimed = only(await run(agent, { suite: file }));
      expect(claimed.scores).toEqual({ completed: 1, calls: 0, world: 0, answer: 1 });
    } finally {
      await model.close();
    }
  });
});
