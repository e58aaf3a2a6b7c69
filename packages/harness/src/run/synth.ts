import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import {
  INFRASTRUCTURE_FAILURE_TEXT,
  InfToolError,
  SchemaValidator,
  emptyUsage,
  redactSecrets,
  sumUsage,
  type ChatModel,
  type ScenarioKind,
  type ToolTree,
  type Task,
  type TokenUsage,
  type Trajectory,
  type WireScope,
} from '@inftool/core';
import { Simulation, serveHttp, type RunningHttpServer } from '@inftool/sim-server';
import { ToolCatalog, connectServer } from '@inftool/sim-client';
import { TaskSampler } from '../tasks/sample-tasks.js';
import { ToolIndex } from '../tasks/tool-index.js';
import { playWithReflection, rolloutId, type RoleModels } from './play-task.js';
import { readToolTree } from './read-tree.js';
import { RunDir, taskIdPrefix, type RunManifest } from './run-dir.js';
import { DEFAULT_BREAKER_THRESHOLD, InfrastructureMonitor, TaskInterrupted, describeTrip } from './infrastructure.js';

export interface SynthOptions {
  /** A ToolTree file or an MCP `tools/list` dump (`{"tools": [...]}`). */
  tree: string;
  kinds: readonly ScenarioKind[];
  count: number;
  out: string;
  seed: string;
  concurrency: number;
  resume: boolean;
  roles: RoleModels;
  /** `http` (default): one in-process `inftool serve` over Streamable HTTP for every session; `stdio`: a server process per session. */
  transport?: 'http' | 'stdio';
  /** The command that starts `inftool serve` for stdio sessions (the tree is appended). */
  stdioCommand?: string;
  /** A chat model for the server's results (`llm` engine); default: the faker engine. HTTP transport only. */
  serverModel?: ChatModel;
  /** Play over this already running server (a URL or command line) instead of starting one. */
  serverUrl?: string;
  /** HTTP headers for `serverUrl` (e.g. `Authorization` for a server started with --auth-token). */
  serverHeaders?: Record<string, string>;
  /** Attempts per task with self-reflection (1: none). Defaults to 1. */
  reflect?: number;
  /** Rollouts per task (k), for the execution-consistency split. Defaults to 1. */
  rollouts?: number;
  /** Which part of the JSON-RPC wire the records keep: `full` (default; tool lists stored once), `calls` (the `tools/call` exchanges), `none`. */
  wire?: WireScope;
  /** Tasks played after the sampled ones (e.g. hard tasks regenerated for the next round). */
  extraTasks?: Task[];
  onProgress?: (done: number, total: number, record?: Trajectory) => void;
  /** The circuit breaker: the run stops after this many infrastructure failures of one model (or the MCP server) in a row. Defaults to 5. */
  maxInfrastructureFailures?: number;
  /** Values never written to the run nor printed (the API key, the server's token). */
  secrets?: ReadonlyArray<string | undefined>;
}

export interface SynthSummary {
  planned: number;
  skipped: number;
  accepted: number;
  rejected: number;
  byKind: Record<string, { accepted: number; rejected: number }>;
  failedChecks: Record<string, number>;
  /** Tokens per role over the trajectories of this invocation (the server's from its model). */
  usage: Record<string, TokenUsage>;
  ms: number;
  /** Tasks not recorded because the infrastructure failed them or the run stopped first: `--resume` plays them. */
  left: number;
  /** Why tasks were left, with how many: "model m: unreachable" → 3. */
  interruptions: Record<string, number>;
  /** Why the run stopped early (the circuit breaker), if it did. */
  stopped?: string;
  /** What resume repaired (torn lines dropped), one line each. */
  repaired: string[];
}

/**
 * SHA-256 of what a tree serves: its domains, categories, servers and tools, hashed piece by piece (a tree
 * of 100k tools is hundreds of MB), not its file (whose build report holds timings, so two builds of one
 * corpus differ byte for byte).
 */
export function treeDigest(tree: ToolTree): string {
  // where a spec lay on the disk (`_meta["inftool/source"].file`) is no part of what the tree serves:
  // the same specs built in another checkout give the same digest, so the same ids for the same seed
  const hash = createHash('sha256');
  for (const { categories, ...domain } of tree.domains) {
    hash.update(`domain ${JSON.stringify(domain)}\n`);
    for (const { servers, ...category } of categories) {
      hash.update(`category ${JSON.stringify(category)}\n`);
      for (const { tools, ...server } of servers) {
        hash.update(`server ${JSON.stringify(server)}\n`);
        for (const tool of tools) hash.update(`tool ${JSON.stringify(tool, withoutDirectory)}\n`);
      }
    }
  }
  return hash.digest('hex');
}

/** A JSON replacer that keeps only the file name of a source `file` (`/work/a/examples/x.json` → `x.json`). */
function withoutDirectory(key: string, value: unknown): unknown {
  return key === 'file' && typeof value === 'string' ? basename(value) : value;
}

/** What a run records, built from the options: a resume must match it (see `manifestDifferences`). */
export function buildManifest(options: SynthOptions, digest: string): RunManifest {
  const judges = options.roles.judges;
  return {
    schemaVersion: 2,
    createdAt: new Date().toISOString(),
    plan: {
      tree: options.tree,
      kinds: [...options.kinds],
      count: options.count,
      seed: options.seed,
      treeDigest: digest,
      ...((options.rollouts ?? 1) > 1 ? { rollouts: options.rollouts } : {}),
      ...(options.extraTasks?.length ? { extra: options.extraTasks.map((task) => task.id) } : {}),
    },
    wire: options.wire ?? 'full',
    models: {
      ...Object.fromEntries(Object.entries(options.roles.names).filter((entry): entry is [string, string] => entry[1] !== undefined)),
      ...(options.serverModel ? { server: options.serverModel.id } : {}),
    },
    inputs: {
      treeSha256: digest,
      ...(judges ? { judges: { count: judges.count, threshold: judges.threshold } } : {}),
      reflect: options.reflect ?? 1,
    },
  };
}

/** The MCP server tasks play over: the one given, an in-process HTTP server for the tree, or a stdio command line. */
export interface PlayServer {
  server: string;
  close(): Promise<void>;
}

function refuseStdioServerModel(options: Pick<SynthOptions, 'serverModel' | 'transport'>): void {
  if (options.serverModel && options.transport === 'stdio')
    throw new InfToolError(
      'config',
      '--server-model needs --transport http (the in-process server); a stdio server takes its own --engine llm --model flags',
    );
}

export type ServerOptions = Pick<SynthOptions, 'tree' | 'seed' | 'transport' | 'stdioCommand' | 'serverModel' | 'serverUrl'>;

export async function startPlayServer(options: ServerOptions, monitor: InfrastructureMonitor): Promise<PlayServer> {
  refuseStdioServerModel(options);
  if (options.serverUrl) return { server: options.serverUrl, close: async () => {} };
  if ((options.transport ?? 'http') === 'stdio') {
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url)); // from src/run or dist/run alike
    const command = options.stdioCommand ?? `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} serve --log-level silent`;
    return { server: `${command} --tree ${JSON.stringify(options.tree)}`, close: async () => {} };
  }
  const engine = options.serverModel ? { engine: 'llm' as const, model: monitor.watch(options.serverModel) } : {};
  const simulation = await Simulation.create({ treeFile: options.tree, seed: options.seed, ...engine });
  // Plain JSON responses are cheaper, but a call that asks the user (elicitation) or the client's
  // model (sampling), or that reports progress from a model engine, needs its SSE stream.
  const asksDuringCalls = simulation.catalog.tools.some(
    (tool) => tool.hints.elicitMissing === true || (tool.pinned?.script ?? []).some((step) => 'elicit' in step || 'sample' in step),
  );
  const http: RunningHttpServer = await serveHttp(simulation, {
    port: 0,
    sessionIdleMs: 10 * 60_000,
    standaloneSse: false,
    jsonResponse: !options.serverModel && !asksDuringCalls,
  });
  return { server: http.url, close: () => http.close() };
}

/** Big trees: list once, then every session only initializes (its wire still shows the handshake). */
export async function sharedListing(
  index: ToolIndex,
  server: string,
  headers: Record<string, string> | undefined,
): Promise<ToolCatalog | undefined> {
  if (index.tools.length <= 1000) return undefined;
  const lister = await connectServer(server, { label: 'sim', ...(headers ? { headers } : {}) });
  const shared = await ToolCatalog.load([lister]);
  await lister.close();
  return shared;
}

/** The tasks of a run, planned once each whatever their number of rollouts; slot `s` is task `s / rollouts`, rollout `s % rollouts`. */
export class RunPlan {
  readonly rollouts: number;
  readonly total: number;
  private readonly planned = new Map<number, Promise<Task>>();

  constructor(
    private readonly sampler: TaskSampler,
    private readonly options: Pick<SynthOptions, 'kinds' | 'count' | 'seed' | 'rollouts' | 'extraTasks'>,
    private readonly idPrefix: string,
  ) {
    this.rollouts = options.rollouts ?? 1;
    this.total = (options.count + (options.extraTasks?.length ?? 0)) * this.rollouts;
  }

  /** The task and rollout of a slot; the task is forgotten after its last rollout's slot (which comes last). */
  async slot(slot: number): Promise<{ task: Task; rollout: number }> {
    const number = Math.floor(slot / this.rollouts);
    const rollout = slot % this.rollouts;
    let task = this.planned.get(number);
    if (!task) {
      const { count, kinds, seed } = this.options;
      task =
        number < count
          ? this.sampler.task(number, { kinds, count, seed, idPrefix: this.idPrefix })
          : Promise.resolve(this.options.extraTasks?.[number - count] as Task);
      this.planned.set(number, task);
    }
    const resolved = await task;
    if (rollout === this.rollouts - 1) this.planned.delete(number);
    return { task: resolved, rollout };
  }
}

/** A run's tree, manifest, directory and plan: what `synth` and the queue's collector share. */
export interface OpenedRun {
  validator: SchemaValidator;
  tree: ToolTree;
  index: ToolIndex;
  run: RunDir;
  plan: RunPlan;
}

export async function openRun(options: SynthOptions): Promise<OpenedRun> {
  const validator = new SchemaValidator();
  const { tree } = await readToolTree(options.tree, validator);
  const manifest = buildManifest(options, treeDigest(tree));
  refuseStdioServerModel(options);
  const run = await RunDir.open(options.out, manifest, options.resume, { secrets: options.secrets ?? [] });
  // Ids unique across runs over different trees; a resumed run keeps the ids it was planned with.
  const index = new ToolIndex(tree);
  const plan = new RunPlan(new TaskSampler(index, validator), options, taskIdPrefix(run.manifest.plan));
  return { validator, tree, index, run, plan };
}

export function emptySummary(planned: number, run: RunDir): SynthSummary {
  return {
    planned,
    skipped: run.done.size,
    accepted: 0,
    rejected: 0,
    byKind: {},
    failedChecks: {},
    usage: {},
    ms: 0,
    left: 0,
    interruptions: {},
    repaired: [...run.repaired],
  };
}

/** Counts a task left unrecorded, by its reason (secrets redacted). */
export function leaveTask(summary: SynthSummary, why: string, secrets: ReadonlyArray<string | undefined> = []): void {
  summary.left += 1;
  const reason = redactSecrets(why, secrets);
  summary.interruptions[reason] = (summary.interruptions[reason] ?? 0) + 1;
}

/** Counts a written record: its outcome by kind, its failed checks, its tokens. */
export function tallyRecord(summary: SynthSummary, kind: string, record: Trajectory): void {
  const counts = (summary.byKind[kind] ??= { accepted: 0, rejected: 0 });
  counts[record.outcome] += 1;
  summary[record.outcome] += 1;
  for (const check of record.checks) if (!check.ok) summary.failedChecks[check.id] = (summary.failedChecks[check.id] ?? 0) + 1;
  for (const [role, used] of Object.entries(record.usage)) summary.usage[role] = sumUsage(summary.usage[role] ?? emptyUsage(), used);
}

export interface SlotContext {
  server: string;
  validator: SchemaValidator;
  roles: RoleModels;
  monitor: InfrastructureMonitor;
  reflect: number;
  sharedCatalog?: ToolCatalog;
  serverHeaders?: Record<string, string>;
}

/** Plays one rollout of a task: its record, or why it was left (the breaker open, the infrastructure failed it). */
export async function playSlot(task: Task, rollout: number, context: SlotContext): Promise<Trajectory | { left: string }> {
  if (context.monitor.open) return { left: 'not started: the run stopped (circuit breaker open)' };
  try {
    return await playWithReflection(
      task,
      {
        server: context.server,
        validator: context.validator,
        roles: context.roles,
        rollout,
        monitor: context.monitor,
        ...(context.sharedCatalog ? { sharedCatalog: context.sharedCatalog } : {}),
        ...(context.serverHeaders ? { serverHeaders: context.serverHeaders } : {}),
      },
      context.reflect,
    );
  } catch (error) {
    if (!(error instanceof TaskInterrupted)) throw error;
    const first = error.failures[0];
    return { left: first ? `${first.source}: ${INFRASTRUCTURE_FAILURE_TEXT[first.kind]}` : 'interrupted' };
  }
}

/** Ends a summary: the breaker's trip, the server model's tokens, the time. */
export function finishSummary(
  summary: SynthSummary,
  options: SynthOptions,
  monitor: InfrastructureMonitor | undefined,
  started: number,
): void {
  const open = monitor?.open;
  if (open) summary.stopped = redactSecrets(describeTrip(open), options.secrets ?? []);
  if (options.serverModel) summary.usage['server'] = options.serverModel.usage();
  summary.ms = performance.now() - started;
}

/** The error a failed write ends a run with: what failed, and how to go on. */
export function writeFailed(failure: unknown, left: number): InfToolError {
  const message = failure instanceof Error ? failure.message : String(failure);
  return new InfToolError(
    'io_error',
    `${message}; the run stopped with ${left} task(s) not recorded. The records before it are kept: fix the cause (free some space), then run the same command with --resume`,
    { category: 'system' },
  );
}

/** Plans tasks from the tree, serves it, plays every task not yet on disk, and writes the records. */
export async function synthesize(options: SynthOptions): Promise<SynthSummary> {
  const started = performance.now();
  const { validator, index, run, plan } = await openRun(options);
  const monitor = new InfrastructureMonitor(options.maxInfrastructureFailures ?? DEFAULT_BREAKER_THRESHOLD);
  const played = await startPlayServer(options, monitor);
  const summary = emptySummary(plan.total, run);
  const leave = (why: string): void => leaveTask(summary, why, options.secrets);
  /** The first failed write: the run stops there (nothing is appended after it). */
  let writeFailure: unknown;
  try {
    const sharedCatalog = await sharedListing(index, played.server, options.serverHeaders);
    const context: SlotContext = {
      server: played.server,
      validator,
      roles: options.roles,
      monitor,
      reflect: options.reflect ?? 1,
      ...(sharedCatalog ? { sharedCatalog } : {}),
      ...(options.serverHeaders ? { serverHeaders: options.serverHeaders } : {}),
    };
    const limit = pLimit(options.concurrency);
    let done = run.done.size;
    options.onProgress?.(done, plan.total);
    const jobs = Array.from({ length: plan.total }, (_, slot) =>
      limit(async () => {
        const { task, rollout } = await plan.slot(slot);
        if (run.done.has(rolloutId(task, rollout))) return;
        if (writeFailure !== undefined) return leave('not started: the run stopped at a failed write');
        const record = await playSlot(task, rollout, context);
        if ('left' in record) return leave(record.left);
        try {
          await run.write(record);
        } catch (error) {
          writeFailure ??= error;
          return leave('not recorded: the write failed');
        }
        tallyRecord(summary, task.kind, record);
        done += 1;
        options.onProgress?.(done, plan.total, record);
      }),
    );
    await Promise.all(jobs);
  } finally {
    await run.close().catch((error: unknown) => (writeFailure ??= error));
    await played.close();
  }
  if (writeFailure !== undefined) throw writeFailed(writeFailure, summary.left);
  finishSummary(summary, options, monitor, started);
  return summary;
}

/**
 * Lines for a run that left tasks (empty when it did not): how many, why, and how to go on. Printed by
 * `inftool synth` before it exits with code 3; the loop stops on them.
 */
export function describeLeftTasks(summary: SynthSummary): string[] {
  if (summary.left === 0) return [];
  return [
    `${summary.left} task(s) left unplayed, not recorded (the infrastructure failed, not the conversations): ${Object.entries(
      summary.interruptions,
    )
      .map(([reason, count]) => `${reason} ×${count}`)
      .join('; ')}`,
    ...(summary.stopped ? [`the run stopped early: ${summary.stopped}`] : []),
    'fix the endpoint (or its key), then run the same command with --resume: only the tasks left are played',
  ];
}
