import { createHash } from 'node:crypto';
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
  const hash = createHash('sha256');
  for (const { categories, ...domain } of tree.domains) {
    hash.update(`domain ${JSON.stringify(domain)}\n`);
    for (const { servers, ...category } of categories) {
      hash.update(`category ${JSON.stringify(category)}\n`);
      for (const { tools, ...server } of servers) {
        hash.update(`server ${JSON.stringify(server)}\n`);
        for (const tool of tools) hash.update(`tool ${JSON.stringify(tool)}\n`);
      }
    }
  }
  return hash.digest('hex');
}

/** Plans tasks from the tree, serves it, plays every task not yet on disk, and writes the records. */
export async function synthesize(options: SynthOptions): Promise<SynthSummary> {
  const started = performance.now();
  const validator = new SchemaValidator();
  const { tree: parsedTree } = await readToolTree(options.tree, validator);
  const judges = options.roles.judges;
  const digest = treeDigest(parsedTree);
  const manifest: RunManifest = {
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
  if (options.serverModel && options.transport === 'stdio')
    throw new InfToolError(
      'config',
      '--server-model needs --transport http (the in-process server); a stdio server takes its own --engine llm --model flags',
    );
  const run = await RunDir.open(options.out, manifest, options.resume, { secrets: options.secrets ?? [] });
  const monitor = new InfrastructureMonitor(options.maxInfrastructureFailures ?? DEFAULT_BREAKER_THRESHOLD);
  // Ids unique across runs over different trees; a resumed run keeps the ids it was planned with.
  const idPrefix = taskIdPrefix(run.manifest.plan);
  const index = new ToolIndex(parsedTree);
  const sampler = new TaskSampler(index, validator);

  let http: RunningHttpServer | undefined;
  let server: string;
  if (options.serverUrl) {
    server = options.serverUrl;
  } else if ((options.transport ?? 'http') === 'http') {
    const engine = options.serverModel ? { engine: 'llm' as const, model: monitor.watch(options.serverModel) } : {};
    const simulation = await Simulation.create({ treeFile: options.tree, seed: options.seed, ...engine });
    // Plain JSON responses are cheaper, but a call that asks the user (elicitation) or the client's
    // model (sampling), or that reports progress from a model engine, needs its SSE stream.
    const asksDuringCalls = simulation.catalog.tools.some(
      (tool) => tool.hints.elicitMissing === true || (tool.pinned?.script ?? []).some((step) => 'elicit' in step || 'sample' in step),
    );
    http = await serveHttp(simulation, {
      port: 0,
      sessionIdleMs: 10 * 60_000,
      standaloneSse: false,
      jsonResponse: !options.serverModel && !asksDuringCalls,
    });
    server = http.url;
  } else {
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url)); // from src/run or dist/run alike
    server = `${options.stdioCommand ?? `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} serve --log-level silent`} --tree ${JSON.stringify(options.tree)}`;
  }
  const rollouts = options.rollouts ?? 1;
  const extra = options.extraTasks ?? [];
  const total = (options.count + extra.length) * rollouts;
  const summary: SynthSummary = {
    planned: total,
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
  const leave = (why: string): void => {
    summary.left += 1;
    const reason = redactSecrets(why, options.secrets ?? []);
    summary.interruptions[reason] = (summary.interruptions[reason] ?? 0) + 1;
  };
  /** The first failed write: the run stops there (nothing is appended after it). */
  let writeFailure: unknown;
  try {
    // Big trees: list once, then every session only initializes (its wire still shows the handshake).
    let shared: ToolCatalog | undefined;
    if (index.tools.length > 1000) {
      const lister = await connectServer(server, { label: 'sim', ...(options.serverHeaders ? { headers: options.serverHeaders } : {}) });
      shared = await ToolCatalog.load([lister]);
      await lister.close();
    }
    const limit = pLimit(options.concurrency);
    let done = run.done.size;
    options.onProgress?.(done, total);
    // Each task is planned once, whatever its number of rollouts.
    const planned = new Map<number, Promise<Task>>();
    const plan = (number: number): Promise<Task> => {
      let task = planned.get(number);
      if (!task) {
        task =
          number < options.count
            ? sampler.task(number, { kinds: options.kinds, count: options.count, seed: options.seed, idPrefix })
            : Promise.resolve(extra[number - options.count] as Task);
        planned.set(number, task);
      }
      return task;
    };
    const jobs = Array.from({ length: total }, (_, slot) =>
      limit(async () => {
        const number = Math.floor(slot / rollouts);
        const rollout = slot % rollouts;
        const task = await plan(number);
        if (rollout === rollouts - 1) planned.delete(number); // the last rollout's slot comes last
        if (run.done.has(rolloutId(task, rollout))) return;
        if (writeFailure !== undefined) return leave('not started: the run stopped at a failed write');
        if (monitor.open) return leave('not started: the run stopped (circuit breaker open)');
        let record: Trajectory;
        try {
          record = await playWithReflection(
            task,
            {
              server,
              validator,
              roles: options.roles,
              rollout,
              monitor,
              ...(shared ? { sharedCatalog: shared } : {}),
              ...(options.serverHeaders ? { serverHeaders: options.serverHeaders } : {}),
            },
            options.reflect ?? 1,
          );
        } catch (error) {
          if (!(error instanceof TaskInterrupted)) throw error;
          const first = error.failures[0];
          return leave(first ? `${first.source}: ${INFRASTRUCTURE_FAILURE_TEXT[first.kind]}` : 'interrupted');
        }
        try {
          await run.write(record);
        } catch (error) {
          writeFailure ??= error;
          return leave('not recorded: the write failed');
        }
        const kind = (summary.byKind[task.kind] ??= { accepted: 0, rejected: 0 });
        kind[record.outcome] += 1;
        summary[record.outcome] += 1;
        for (const check of record.checks) if (!check.ok) summary.failedChecks[check.id] = (summary.failedChecks[check.id] ?? 0) + 1;
        for (const [role, used] of Object.entries(record.usage)) summary.usage[role] = sumUsage(summary.usage[role] ?? emptyUsage(), used);
        done += 1;
        options.onProgress?.(done, total, record);
      }),
    );
    await Promise.all(jobs);
  } finally {
    await run.close().catch((error: unknown) => (writeFailure ??= error));
    await http?.close();
  }
  if (writeFailure !== undefined) {
    const message = writeFailure instanceof Error ? writeFailure.message : String(writeFailure);
    throw new InfToolError(
      'io_error',
      `${message}; the run stopped with ${summary.left} task(s) not recorded. The records before it are kept: fix the cause (free some space), then run the same command with --resume`,
      { category: 'system' },
    );
  }
  const open = monitor.open;
  if (open) summary.stopped = redactSecrets(describeTrip(open), options.secrets ?? []);
  if (options.serverModel) summary.usage['server'] = options.serverModel.usage();
  summary.ms = performance.now() - started;
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
