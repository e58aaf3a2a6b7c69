import { existsSync } from 'node:fs';
import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import {
  InfToolError,
  SchemaValidator,
  TRAJECTORY_SCHEMA_VERSION,
  Task,
  errorMessage,
  type ScenarioKind,
  type Trajectory,
} from '@inftool/core';
import { Simulation } from '@inftool/sim-server';
import { OfflineUser, type ToolView, type UserFactory } from '@inftool/user-sim';
import { TaskSampler } from '../../tasks/sample-tasks.js';
import { ToolIndex } from '../../tasks/tool-index.js';
import { readToolTree } from '../../run/read-tree.js';
import { RunDir, taskIdPrefix, type RunManifest } from '../../run/run-dir.js';
import { treeDigest } from '../../run/synth.js';
import { AgentProcess } from './agent-process.js';
import { playConversation, type PlayedConversation } from './play-conversation.js';
import { TaskServer, type TaskEndpoint } from './session-server.js';
import { SCORE_NAMES, scoreSession, sessionMessages, type PlayedSession, type SessionVerdict } from './score-session.js';
import { servedCalls } from './served-calls.js';
import { planWorld } from './world-state.js';
import { buildReport, type AgentReport, type TaskResult } from './report.js';

export interface EvalAgentOptions {
  tree: string;
  /** The agent under test: a shell command line. */
  agent: string;
  kinds: readonly ScenarioKind[];
  count: number;
  seed: string;
  out: string;
  /** Agents running at once. */
  agentConcurrency: number;
  /** Longest wait for one reply (ms). */
  turnTimeoutMs: number;
  /** Longest a task may take, all turns together (ms). */
  taskTimeoutMs: number;
  /** User turns at most. */
  maxTurns: number;
  /** A frozen task set: read when the file exists, else written with the tasks planned here. */
  suite?: string;
  /** Continue an interrupted evaluation in `out`: its scored tasks are kept, the others played. */
  resume?: boolean;
  /** The user simulator: its name (a model's, for the record) and a maker per task. Defaults to the offline user. */
  user?: { name: string; make: UserFactory };
  onProgress?: (done: number, total: number) => void;
}

/** A frozen task set (`--suite`): the tasks themselves, and what they were planned from. */
export interface AgentSuite {
  schemaVersion: 1;
  tree: string;
  treeDigest: string;
  seed: string;
  scenarios: string[];
  count: number;
  tasks: Task[];
}

/** What `INFTOOL_MCP_COMMAND` runs, from src/eval/agent or dist/eval/agent alike: the built bridge. */
const STDIO_ENDPOINT = fileURLToPath(new URL('../../../dist/eval/agent/stdio-endpoint-main.js', import.meta.url));
const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * How the agent reaches its task's server: the URL (Streamable HTTP), or a command line that serves the
 * same endpoint over stdio (as a shell line, and as JSON argv for clients that spawn without a shell).
 */
export function endpointEnvironment(url: string): Record<string, string> {
  const argv = [process.execPath, STDIO_ENDPOINT, url];
  return { INFTOOL_MCP_URL: url, INFTOOL_MCP_COMMAND: argv.map(shellQuote).join(' '), INFTOOL_MCP_COMMAND_ARGV: JSON.stringify(argv) };
}

/** How long a finished agent gets to exit on its own once its stdin is closed. */
const EXIT_GRACE_MS = 1000;

async function readSuite(file: string, digest: string): Promise<AgentSuite> {
  let suite: AgentSuite;
  try {
    suite = JSON.parse(await readFile(file, 'utf8')) as AgentSuite;
  } catch (error) {
    throw new InfToolError('invalid_input', `--suite ${file}: cannot be read as JSON (${errorMessage(error)})`);
  }
  if (suite?.schemaVersion !== 1 || !Array.isArray(suite.tasks))
    throw new InfToolError(
      'invalid_input',
      `--suite ${file}: not a task suite (wants {"schemaVersion": 1, "tasks": [...]}, as --suite writes)`,
    );
  if (suite.treeDigest !== digest)
    throw new InfToolError(
      'invalid_input',
      `--suite ${file} was planned from another tree (digest ${String(suite.treeDigest).slice(0, 12)}…, this one ${digest.slice(0, 12)}…): use the tree it names (${suite.tree}) or plan a new suite`,
    );
  suite.tasks.forEach((task, index) => {
    const parsed = Task.safeParse(task);
    if (!parsed.success)
      throw new InfToolError(
        'invalid_input',
        `--suite ${file}: $.tasks[${index}].${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
  });
  return suite;
}

/** The tasks of an evaluation: the suite's, or planned here (and written to `--suite` when it names a new file). */
async function agentTasks(
  options: EvalAgentOptions,
  tree: Awaited<ReturnType<typeof readToolTree>>['tree'],
  validator: SchemaValidator,
): Promise<{ tasks: Task[]; plan: RunManifest['plan'] }> {
  const digest = treeDigest(tree);
  if (options.suite && existsSync(options.suite)) {
    const suite = await readSuite(options.suite, digest);
    return {
      tasks: suite.tasks,
      plan: { tree: options.tree, kinds: suite.scenarios, count: suite.tasks.length, seed: suite.seed, treeDigest: digest },
    };
  }
  const plan = { tree: options.tree, kinds: [...options.kinds], count: options.count, seed: options.seed, treeDigest: digest };
  const sampler = new TaskSampler(new ToolIndex(tree), validator);
  const idPrefix = taskIdPrefix(plan);
  const tasks: Task[] = [];
  for (let number = 0; number < options.count; number += 1)
    tasks.push(await sampler.task(number, { kinds: options.kinds, count: options.count, seed: options.seed, idPrefix }));
  if (options.suite) {
    const suite: AgentSuite = {
      schemaVersion: 1,
      tree: options.tree,
      treeDigest: digest,
      seed: options.seed,
      scenarios: [...options.kinds],
      count: options.count,
      tasks,
    };
    await writeFile(options.suite, `${JSON.stringify(suite)}\n`);
  }
  return { tasks, plan };
}

/**
 * Tests an agent (any program that speaks the JSON-lines protocol and MCP) on planned tasks: each task
 * gets a fresh simulated server endpoint with its tools and world, the offline user simulator plays
 * the user, and the session is scored from the server's record of it. Writes a run directory
 * (passed sessions in trajectories.jsonl, failed ones in rejected.jsonl, each with its scores and
 * reasons), results.jsonl (each task's line of the report) and report.json. With `resume`, the tasks
 * an interrupted evaluation of the same plan and agent already scored are kept and the others played.
 */
export async function evaluateAgent(options: EvalAgentOptions): Promise<AgentReport> {
  if (options.agent.trim() === '') throw new InfToolError('config', '--agent is empty: give the command line that starts the agent');
  const evaluation = await openEvaluation(options);
  const { tasks, plan, results } = evaluation;
  await playTasks(evaluation, options);
  const report = buildReport(
    tasks.map((task) => results.get(task.id) as TaskResult),
    {
      agent: options.agent,
      user: options.user?.name ?? 'offline',
      tree: options.tree,
      treeDigest: evaluation.digest,
      seed: plan.seed,
      scenarios: plan.kinds,
      ...(options.suite ? { suite: options.suite } : {}),
    },
  );
  await writeFile(join(options.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** An evaluation under way: its plan and tasks, its run directory, and the results scored so far. */
interface Evaluation {
  tasks: Task[];
  plan: RunManifest['plan'];
  digest: string;
  run: RunDir;
  results: Map<string, TaskResult>;
}

/** Plans the tasks and opens the run directory (a new one, or with `resume` the interrupted one and its scored results). */
async function openEvaluation(options: EvalAgentOptions): Promise<Evaluation> {
  const validator = new SchemaValidator();
  const { tree } = await readToolTree(options.tree, validator);
  const digest = treeDigest(tree);
  const { tasks, plan } = await agentTasks(options, tree, validator);
  const manifest: RunManifest = {
    schemaVersion: 2,
    createdAt: new Date().toISOString(),
    plan,
    wire: 'full',
    models: { assistant: `agent: ${options.agent}`, user: options.user?.name ?? 'offline' },
    inputs: { treeSha256: digest, reflect: 1 },
  };
  if (!options.resume && existsSync(join(options.out, 'manifest.json')))
    throw new InfToolError(
      'invalid_input',
      `--out ${options.out} already holds a run; choose a new directory, or pass --resume to continue an interrupted evaluation`,
    );
  const run = await RunDir.open(options.out, manifest, options.resume === true);
  const results = await scoredResults(options.out, run.done);
  return { tasks, plan, digest, run, results };
}

/** Plays the tasks not scored yet, `agentConcurrency` at once, writing each one's result and record as it ends. */
async function playTasks({ tasks, plan, run, results }: Evaluation, options: EvalAgentOptions): Promise<void> {
  const todo = tasks.filter((task) => !results.has(task.id));
  const simulation = await Simulation.create({ treeFile: options.tree, seed: plan.seed });
  await simulation.warmUp();
  const server = await TaskServer.start(simulation);
  let done = tasks.length - todo.length;
  options.onProgress?.(done, tasks.length);
  try {
    const limit = pLimit(options.agentConcurrency);
    await Promise.all(
      todo.map((task) =>
        limit(async () => {
          const { record, result } = await playAgentTask(task, server, simulation, options);
          // The result first: a record on disk always has its result line, so a resume keeps both or neither.
          await appendFile(join(options.out, RESULTS), `${JSON.stringify(result)}\n`);
          await run.write(record);
          results.set(task.id, result);
          done += 1;
          options.onProgress?.(done, tasks.length);
        }),
      ),
    );
  } finally {
    await server.close();
    await run.close();
  }
}

/** Each task's line of the report, one JSON line per scored task, beside the run's records. */
const RESULTS = 'results.jsonl';

/**
 * The results of the tasks whose records are on disk (`recorded`: the run's sound records): an
 * interrupted evaluation's scored tasks. A line cut off by the interruption, or a result whose record
 * never got written, is left out (its task is played again); the last line of a task wins.
 */
async function scoredResults(out: string, recorded: ReadonlySet<string>): Promise<Map<string, TaskResult>> {
  const results = new Map<string, TaskResult>();
  const file = join(out, RESULTS);
  if (!existsSync(file)) return results;
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    let result: TaskResult | undefined;
    try {
      result = JSON.parse(line) as TaskResult;
    } catch {
      continue;
    }
    if (typeof result?.id === 'string' && recorded.has(result.id)) results.set(result.id, result);
  }
  // Written again without the cut-off line, so the lines appended next start on a line of their own.
  await writeFile(`${file}.tmp`, [...results.values()].map((result) => `${JSON.stringify(result)}\n`).join(''));
  await rename(`${file}.tmp`, file);
  const missing = [...recorded].filter((id) => !results.has(id));
  if (missing.length > 0)
    throw new InfToolError(
      'invalid_input',
      `--resume: ${out} holds records without their results in ${RESULTS} (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}): not a run of inftool eval agent, or damaged; choose a new --out`,
    );
  return results;
}

const offlineUser: UserFactory = (task, tools) => new OfflineUser(task, tools);

/**
 * The offered tools as the user sees them, as `synth` shows them to its user: purpose, parameters, and
 * the names of other tools of the API with the very same description (which tell them apart).
 */
function userViews(tools: Trajectory['tools'], catalog: Simulation['catalog']): Map<string, ToolView> {
  const namesakes = (tool: Trajectory['tools'][number]): string[] =>
    tool.description
      ? catalog.tools
          .filter((other) => other.spec.name !== tool.name && other.spec.description === tool.description)
          .map((other) => other.spec.name)
      : [];
  return new Map(
    tools.map((tool) => [
      tool.name,
      { name: tool.name, description: tool.description ?? '', inputSchema: tool.parameters, namesakes: namesakes(tool) },
    ]),
  );
}

/** The task's tools as the record lists them: name, description, input schema. */
function offeredTools(task: Task, catalog: Simulation['catalog']): Trajectory['tools'] {
  return task.tools.map((name) => {
    const spec = catalog.byName.get(name)?.spec;
    return {
      name,
      ...(spec?.description ? { description: spec.description } : {}),
      parameters: (spec?.inputSchema ?? { type: 'object' }) as Record<string, unknown>,
    };
  });
}

/** The session as a run's record: the rebuilt conversation, the wire, one check per score, the scores as `reward`. */
function sessionRecord(
  session: PlayedSession,
  verdict: SessionVerdict,
  about: Pick<Trajectory, 'usage' | 'models' | 'timings'>,
): Trajectory {
  const checks = SCORE_NAMES.flatMap((name) => {
    const score = verdict.scores[name];
    if (score === undefined) return [];
    const lost = verdict.reasons.filter((reason) => reason.startsWith(`${name}: `)).map((reason) => reason.slice(name.length + 2));
    return [{ id: `agent_${name}`, ok: score === 1, ...(lost.length > 0 ? { detail: lost.join('; ') } : {}) }];
  });
  return {
    schemaVersion: TRAJECTORY_SCHEMA_VERSION,
    id: session.task.id,
    task: session.task,
    tools: session.tools,
    messages: sessionMessages(session, verdict.calls),
    wire: session.wire.map(({ direction, time, message }) => ({ direction, time, message })),
    checks,
    votes: [],
    outcome: verdict.passed ? 'accepted' : 'rejected',
    reasons: verdict.reasons,
    reward: Object.fromEntries(SCORE_NAMES.flatMap((name) => (verdict.scores[name] === undefined ? [] : [[name, verdict.scores[name]]]))),
    ...about,
  };
}

/** Plays one task with the agent: a fresh endpoint, the agent as a process, the user simulator; never throws for the agent's or the user's failures. */
export async function playAgentTask(
  task: Task,
  server: TaskServer,
  simulation: Simulation,
  options: Pick<EvalAgentOptions, 'agent' | 'turnTimeoutMs' | 'taskTimeoutMs' | 'maxTurns' | 'user'>,
): Promise<{ record: Trajectory; result: TaskResult }> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const endpoint: TaskEndpoint = server.open(task);
  const catalog = simulation.catalog;
  const tools = offeredTools(task, catalog);
  const user = (options.user?.make ?? offlineUser)(task, userViews(tools, catalog));
  const { played, stopMs } = await playWithAgent(endpoint, server, user, options);
  const { turns, failure, endReason, relays } = played;
  const wire = endpoint.wire;
  const plan = await planWorld(task, endpoint.callContext, servedCalls(wire));
  const worlds = { plan, session: endpoint.world };
  const session: PlayedSession = { task, tools, wire, turns, endReason, worlds, relays, ...(failure ? { failure } : {}) };
  const verdict = scoreSession(session);
  const ms = performance.now() - started;
  const usage = user.usage();
  const record = sessionRecord(session, verdict, {
    usage: usage ? { user: usage } : {},
    models: { assistant: 'agent', user: options.user?.name ?? 'offline' },
    timings: { startedAt, ms: Math.round(ms), turns: turns.length },
  });
  const domain = catalog.byName.get(task.tools[0] ?? '')?.place.domain ?? 'unknown';
  return { record, result: taskResult(session, verdict, { played, domain, ms, stopMs, requests: endpoint.requests }) };
}

/** Starts the agent on the endpoint, plays the conversation with the user, then stops the agent (`stopMs`: how long that took) and releases the endpoint. */
async function playWithAgent(
  endpoint: TaskEndpoint,
  server: TaskServer,
  user: ReturnType<UserFactory>,
  options: Pick<EvalAgentOptions, 'agent' | 'turnTimeoutMs' | 'taskTimeoutMs' | 'maxTurns'>,
): Promise<{ played: PlayedConversation; stopMs: number }> {
  const agent = new AgentProcess(options.agent, endpointEnvironment(endpoint.url));
  let played: PlayedConversation;
  let stopMs = 0;
  try {
    played = await playConversation(agent, user, endpoint, {
      turnTimeoutMs: options.turnTimeoutMs,
      maxTurns: options.maxTurns,
      deadline: Date.now() + options.taskTimeoutMs,
    });
  } finally {
    const stopping = performance.now();
    await agent.stop(EXIT_GRACE_MS);
    stopMs = performance.now() - stopping;
    await server.release(endpoint);
  }
  return { played, stopMs };
}

/** The task's line of the report: its scores and reasons, the tools to blame, and where the time went. */
function taskResult(
  session: PlayedSession,
  verdict: SessionVerdict,
  about: { played: PlayedConversation; domain: string; ms: number; stopMs: number; requests: TaskEndpoint['requests'] },
): TaskResult {
  const { task, turns, failure, endReason } = session;
  const { played, ms, stopMs } = about;
  return {
    id: task.id,
    kind: task.kind,
    domain: about.domain,
    passed: verdict.passed,
    scores: verdict.scores,
    reasons: verdict.reasons,
    ...(failure ? { failure: failure.kind } : {}),
    failedTools: verdict.failedTools,
    plannedTools: [...new Set((task.expectedCalls ?? []).flat().map((call) => call.tool))],
    turnMs: turns.map((turn) => Math.round(turn.ms)),
    ms: Math.round(ms),
    stopMs: Math.round(stopMs),
    harnessMs: Math.round(ms - played.agentMs - stopMs - played.userMs),
    userMs: Math.round(played.userMs),
    ...(played.userSatisfied !== undefined ? { userSatisfied: played.userSatisfied } : {}),
    requests: { ...about.requests },
    toolCalls: verdict.calls.length,
    endReason,
  };
}
