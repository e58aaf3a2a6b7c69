import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import { evaluateAgent, readRun, selectRoles, type AgentReport, type AgentSuite, type EvalAgentOptions } from '@inftool/harness';
import {
  reply,
  startFakeOpenAIServer,
  type FakeOpenAIServer,
  type FakeReply,
  type RecordedRequest,
} from '../support/fake-openai-server.js';
import { cliPath } from '../support/sim-client.js';

/**
 * `inftool eval agent` with a model playing the user (`--user-model`, the fake OpenAI-compatible
 * endpoint on 127.0.0.1), and the server's questions (MCP elicitation) reaching the agent's client.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const tree = join(root, 'examples/demo-tree.json');
const node = JSON.stringify(process.execPath);

const scripted = (suite: string, env: Record<string, string> = {}): string =>
  `${Object.entries({ SCRIPTED_SUITE: suite, ...env })
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join(' ')} ${node} ${JSON.stringify(join(root, 'examples/agents/scripted-agent.mjs'))}`;

let dir: string;
let suite: AgentSuite;
let model: FakeOpenAIServer;

async function run(agent: string, file: string, overrides: Partial<EvalAgentOptions> = {}): Promise<{ report: AgentReport; out: string }> {
  const out = await mkdtemp(join(dir, 'run-'));
  const report = await evaluateAgent({
    tree,
    agent,
    kinds: ['missing_param', 'multi_turn'],
    count: 2,
    seed: 'eval-agent-user',
    out,
    suite: file,
    agentConcurrency: 2,
    turnTimeoutMs: 30_000,
    taskTimeoutMs: 120_000,
    maxTurns: 15,
    ...overrides,
  });
  return { report, out };
}

/** A suite of one of the planned tasks. */
function oneTask(kind: Task['kind']): { file: string; task: Task } {
  const task = suite.tasks.find((candidate) => candidate.kind === kind)!;
  const file = join(dir, `${kind}.suite.json`);
  writeFileSync(file, JSON.stringify({ ...suite, tasks: [task] }));
  return { file, task };
}

/** The user model's user, as `--user-model fake-user` makes it. */
const modelUser = (timeoutMs = 10_000, maxRetries = 0, cacheDir?: string): EvalAgentOptions['user'] => {
  const roles = selectRoles({
    user: 'fake-user',
    assistant: 'offline',
    endpoint: { baseURL: model.baseURL, apiKey: 'test' },
    ...(cacheDir ? { cacheDir } : {}),
    timeoutMs,
    retry: { maxRetries, maxTimeoutRetries: Math.min(1, maxRetries) },
  });
  return { name: 'fake-user', make: (task, tools) => roles.user(task, tools) };
};

type Messages = Array<{ role: string; content: string }>;

/**
 * A model user that reads its brief: it says the numbered requests of its system prompt one per
 * message, in order, and ends satisfied after the last.
 */
function briefFollower(request: RecordedRequest): FakeReply {
  const messages = request.body['messages'] as Messages;
  const brief = messages[0]!.content;
  const requests = brief.split('\n').flatMap((line) => /^\d+\. (.*)$/.exec(line)?.[1] ?? []);
  // Its own earlier answers (a garbage answer, and the repair request that followed it, aside).
  const said = messages.filter((message) => message.role === 'assistant' && message.content.startsWith('{')).length;
  if (said < requests.length) return reply.json({ message: requests[said], done: false });
  return reply.json({ message: '', done: true, satisfied: true });
}

describe('inftool eval agent: a model user, and elicitation', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inftool-eval-agent-user-'));
    model = await startFakeOpenAIServer(briefFollower);
    const file = join(dir, 'suite.json');
    // Plans and writes the suite before any agent starts (the agent here answers nothing and exits).
    await run(`${node} -e ""`, file);
    suite = JSON.parse(readFileSync(file, 'utf8')) as AgentSuite;
  });
  afterAll(async () => {
    await model?.close();
  });

  it('a model user plays a multi-turn task through with the reference agent, from the brief synth gives it', async () => {
    const { file, task } = oneTask('multi_turn');
    model.setScript(briefFollower);
    const before = model.requests.length;
    const cacheDir = join(dir, 'user-cache');
    const { report, out } = await run(scripted(file), file, { user: modelUser(10_000, 0, cacheDir) });
    const result = report.tasks[0]!;
    expect(result.reasons).toEqual([]);
    expect(result.scores).toMatchObject({ completed: 1, calls: 1, world: 1, answer: 1 });
    expect(result.userSatisfied).toBe(true);
    expect(result.endReason).toBe('the user ended the conversation');
    expect(report.user).toBe('fake-user');
    // One request per user turn and one to end: every planned step was asked for, in order.
    const requests = model.requests.slice(before);
    expect(requests).toHaveLength(task.expectedCalls!.length + 1);
    const brief = (requests[0]!.body['messages'] as Messages)[0]!.content;
    expect(brief).toContain(`You are ${task.persona.name}`);
    expect(brief).toContain('Your requests, in this order, one per message');
    expect(requests[0]!.body['response_format']).toMatchObject({ type: 'json_schema' });
    // The record names the user model and counts its tokens.
    const [record] = (await readRun(out)).accepted;
    expect(record?.models).toMatchObject({ user: 'fake-user' });
    expect(record?.usage.user?.calls).toBe(requests.length);
    expect(result.userMs).toBeGreaterThanOrEqual(0);
    // With the same cache (--cache-dir), a rerun replays the user's answers: the endpoint is not asked again.
    model.setScript(() => ({ kind: 'hang' }));
    const replayed = await run(scripted(file), file, { user: modelUser(500, 0, cacheDir) });
    expect(replayed.report.tasks[0]!.scores).toEqual(result.scores);
    expect(model.requests).toHaveLength(before + requests.length);
  });

  it('a user model that answers garbage is asked again, and the conversation goes on', async () => {
    const { file } = oneTask('multi_turn');
    let garbage = 0;
    model.setScript((request) => {
      const messages = request.body['messages'] as Messages;
      if (messages.length === 2 && garbage === 0) {
        garbage += 1;
        return reply.text('Sure! I would like to see my orders please.');
      }
      return briefFollower(request);
    });
    const before = model.requests.length;
    const { report } = await run(scripted(file), file, { user: modelUser() });
    expect(garbage).toBe(1);
    const repair = (model.requests[before + 1]!.body['messages'] as Messages).at(-1)!;
    expect(repair.content).toMatch(/^That cannot be used: /);
    expect(report.tasks[0]!.scores).toMatchObject({ completed: 1, calls: 1, world: 1, answer: 1 });
  });

  it('a user model that times out, or never answers usably, ends the task as a scored failure with the reason', async () => {
    const { file } = oneTask('multi_turn');
    model.setScript(() => ({ kind: 'hang' }));
    const out = join(dir, 'timed-out');
    // From the command line: --user-model and its endpoint, time-out and retries reach the run.
    await promisify(execFile)(
      process.execPath,
      [cliPath, 'eval', 'agent', '--tree', tree, '--agent', scripted(file), '--suite', file, '--out', out, '--no-progress'].concat([
        '--user-model',
        'fake-user',
        '--base-url',
        model.baseURL,
        '--model-timeout-ms',
        '300',
        '--model-retries',
        '0',
      ]),
      { cwd: root, env: { ...process.env, OPENAI_API_KEY: 'test' } },
    );
    const timedOut = (JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AgentReport).tasks[0]!;
    expect(timedOut.passed).toBe(false);
    expect(timedOut.failure).toBe('user_failed');
    expect(timedOut.scores).toEqual({ completed: 0 });
    expect(timedOut.reasons).toEqual([expect.stringMatching(/^completed: user_failed: the user simulator failed: .*time/i)]);

    model.setScript(() => reply.text('no JSON here'));
    const { report } = await run(scripted(file), file, { user: modelUser(10_000, 0) });
    expect(report.failures).toEqual({ user_failed: 1 });
    expect(report.tasks[0]!.reasons[0]).toMatch(/^completed: user_failed: .*could not open the conversation/);
  });

  it("the server's question reaches an agent whose client takes elicitation: relayed to the user, it passes", async () => {
    const { file, task } = oneTask('missing_param');
    const { report, out } = await run(scripted(file, { SCRIPTED_ASK: 'call', SCRIPTED_ELICITATION: 'relay' }), file);
    const result = report.tasks[0]!;
    expect(result.reasons).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.scores).toMatchObject({ completed: 1, calls: 1, asked: 1, answer: 1, elicitation: 1 });
    // On the wire: the call without the withheld value, the server's question, and the client's answer with the user's value.
    const [record] = (await readRun(out)).accepted;
    const question = record!.wire.find((entry) => entry.message['method'] === 'elicitation/create')!;
    expect(question.direction).toBe('server_to_client');
    const answer = record!.wire.find(
      (entry) => entry.direction === 'client_to_server' && !('method' in entry.message) && entry.message['id'] === question.message['id'],
    );
    const withheld = task.unknown[0]!;
    expect(answer?.message['result']).toEqual({
      action: 'accept',
      content: { [withheld.slice(withheld.indexOf('.') + 1)]: task.known[withheld] },
    });
    // Over stdio (INFTOOL_MCP_COMMAND) the question crosses the bridge both ways: the same verdict.
    const overStdio = await run(scripted(file, { SCRIPTED_ASK: 'call', SCRIPTED_ELICITATION: 'relay', SCRIPTED_TRANSPORT: 'stdio' }), file);
    expect(overStdio.report.tasks[0]!.scores).toEqual(result.scores);
  });

  it("the project's assistant relays the server's question to the user, on the fake model endpoint", async () => {
    const { file, task } = oneTask('missing_param');
    const tool = task.expectedCalls![0]![0]!.tool;
    // A model that calls at once, without the value the user has not given yet, then states the result.
    const assistantModel = await startFakeOpenAIServer((request) => {
      const last = (request.body['messages'] as Messages).at(-1)!;
      return last.role === 'tool' ? reply.text(`Here is what I found: ${last.content}`) : reply.toolCalls({ name: tool, arguments: {} });
    });
    try {
      const agent = `OPENAI_BASE_URL=${assistantModel.baseURL} INFTOOL_AGENT_MODEL=fake ${node} ${JSON.stringify(join(root, 'examples/agents/inftool-assistant.mjs'))}`;
      const result = (await run(agent, file)).report.tasks[0]!;
      expect(result.reasons).toEqual([]);
      expect(result.scores).toMatchObject({ completed: 1, calls: 1, asked: 1, answer: 1, elicitation: 1 });
    } finally {
      await assistantModel.close();
    }
  });

  it('a model user answers the question the agent relays from the server', async () => {
    const { file, task } = oneTask('missing_param');
    const withheld = task.unknown[0]!;
    const field = withheld.slice(withheld.indexOf('.') + 1);
    model.setScript((request) => {
      const last = (request.body['messages'] as Messages).at(-1)!.content;
      if (last.startsWith('The service asks you directly'))
        return reply.json({ action: 'accept', content: { [field]: task.known[withheld] } });
      if (last.startsWith('Start the conversation')) return reply.json({ message: 'Can you pull up my booking?', done: false });
      return reply.json({ message: '', done: true, satisfied: true });
    });
    const before = model.requests.length;
    const { report } = await run(scripted(file, { SCRIPTED_ASK: 'call', SCRIPTED_ELICITATION: 'relay' }), file, { user: modelUser() });
    const result = report.tasks[0]!;
    expect(result.reasons).toEqual([]);
    expect(result.scores).toMatchObject({ completed: 1, calls: 1, asked: 1, elicitation: 1 });
    // The brief holds the value back until asked; the question reached the model user with the server's form.
    const requests = model.requests.slice(before).map((request) => request.body['messages'] as Messages);
    expect(requests[0]![0]!.content).toMatch(/Do not mention the .* at first: wait until the assistant asks for it/);
    expect(requests.some((messages) => messages.at(-1)!.content.includes(`"${field}"`))).toBe(true);
  });

  it('an agent that answers the server with a value the user never gave loses the elicitation score', async () => {
    const { file } = oneTask('missing_param');
    const { report } = await run(scripted(file, { SCRIPTED_ASK: 'call', SCRIPTED_ELICITATION: 'invent' }), file);
    const result = report.tasks[0]!;
    expect(result.scores).toMatchObject({ completed: 1, calls: 0, asked: 0, elicitation: 0 });
    expect(result.reasons).toContainEqual(
      expect.stringMatching(/^elicitation: the agent answered the server's question .* itself with .*"X-0000", which the user never gave$/),
    );
  });

  it('an agent whose client lacks elicitation gets the error result, as before: no question is sent', async () => {
    const { file } = oneTask('missing_param');
    const { report, out } = await run(scripted(file, { SCRIPTED_ASK: 'call' }), file);
    const result = report.tasks[0]!;
    expect(result.scores).toMatchObject({ completed: 1, calls: 0, asked: 0 });
    expect(result.scores.elicitation).toBeUndefined();
    const records = await readRun(out);
    const wire = [...records.accepted, ...records.rejected][0]!.wire;
    expect(wire.some((entry) => entry.message['method'] === 'elicitation/create')).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/^calls: .*missing/m);
  });
});
