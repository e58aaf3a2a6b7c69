import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import {
  InfToolError,
  SchemaValidator,
  emptyUsage,
  sumUsage,
  type ChatModel,
  type ScenarioKind,
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
import { RunDir, type RunManifest } from './run-dir.js';

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
}

/** Plans tasks from the tree, serves it, plays every task not yet on disk, and writes the records. */
export async function synthesize(options: SynthOptions): Promise<SynthSummary> {
  const started = performance.now();
  const validator = new SchemaValidator();
  const { tree: parsedTree } = await readToolTree(options.tree, validator);
  const manifest: RunManifest = {
    schemaVersion: 2,
    createdAt: new Date().toISOString(),
    plan: {
      tree: options.tree,
      kinds: [...options.kinds],
      count: options.count,
      seed: options.seed,
      ...((options.rollouts ?? 1) > 1 ? { rollouts: options.rollouts } : {}),
      ...(options.extraTasks?.length ? { extra: options.extraTasks.map((task) => task.id) } : {}),
    },
    wire: options.wire ?? 'full',
    models: Object.fromEntries(Object.entries(options.roles.names).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  };
  if (options.serverModel && options.transport === 'stdio')
    throw new InfToolError(
      'config',
      '--server-model needs --transport http (the in-process server); a stdio server takes its own --engine llm --model flags',
    );
  const run = await RunDir.open(options.out, manifest, options.resume);
  const index = new ToolIndex(parsedTree);
  const sampler = new TaskSampler(index, validator);

  let http: RunningHttpServer | undefined;
  let server: string;
  if (options.serverUrl) {
    server = options.serverUrl;
  } else if ((options.transport ?? 'http') === 'http') {
    const engine = options.serverModel ? { engine: 'llm' as const, model: options.serverModel } : {};
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
  };
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
            ? sampler.task(number, { kinds: options.kinds, count: options.count, seed: options.seed })
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
        const record = await playWithReflection(
          task,
          {
            server,
            validator,
            roles: options.roles,
            rollout,
            ...(shared ? { sharedCatalog: shared } : {}),
            ...(options.serverHeaders ? { serverHeaders: options.serverHeaders } : {}),
          },
          options.reflect ?? 1,
        );
        await run.write(record);
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
    await run.close();
    await http?.close();
  }
  if (options.serverModel) summary.usage['server'] = options.serverModel.usage();
  summary.ms = performance.now() - started;
  return summary;
}
