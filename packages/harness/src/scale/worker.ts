import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { InfToolError, OpenAIChatModel, SchemaValidator, redactKnownSecrets, type ChatModel } from '@inftool/core';
import { selectRoles } from '../roles/select-roles.js';
import { InfrastructureMonitor } from '../run/infrastructure.js';
import { readToolTree } from '../run/read-tree.js';
import { playSlot, sharedListing, startPlayServer, treeDigest, type SlotContext } from '../run/synth.js';
import { ToolIndex } from '../tasks/tool-index.js';
import { throttles } from './rate-limit.js';
import {
  KEY_PREFIX,
  OPEN_RUNS,
  connectQueue,
  queueConnectionOptions,
  runKeys,
  sleep,
  workerName,
  type QueuedRunSettings,
  type SlotJob,
  type SlotResult,
} from './queue-keys.js';

export interface WorkerOptions {
  /** redis://HOST:PORT/DB */
  queue: string;
  /** Tasks played at once. */
  concurrency: number;
  /** The model endpoint's key (never in Redis: each worker has its own). */
  apiKey?: string;
  /** The run's tree on this machine, when not at the collector's path. */
  tree?: string;
  /** How soon the tasks of a worker that died are given to another (BullMQ's lock and stalled-job check). Defaults to 30 s. */
  stalledMs?: number;
  /** After a run is done, wait for the next one on the queue instead of exiting (until `signal`). */
  keepAlive?: boolean;
  /** Stops the worker after the tasks it holds (SIGTERM). */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface WorkerSummary {
  /** The runs joined, in order (one unless `keepAlive`). */
  runIds: string[];
  /** Tasks played, over all of them. */
  played: number;
}

/** How often a worker looks for a run to join, and whether its run is done. */
const POLL_MS = 500;

/**
 * The oldest open run, waiting for one while there is none (or undefined when stopped first). A run
 * whose collector is closing it is still listed for a moment, but no longer in the state "open".
 */
async function awaitRun(redis: Redis, signal: AbortSignal | undefined): Promise<QueuedRunSettings | undefined> {
  while (!signal?.aborted) {
    for (const runId of await redis.zrange(OPEN_RUNS, 0, -1)) {
      const keys = runKeys(runId);
      const [state, text] = await redis.mget(keys.state, keys.settings);
      if (state === 'open' && text) return JSON.parse(text) as QueuedRunSettings;
    }
    await sleep(POLL_MS);
  }
  return undefined;
}

/** The tree the run names, read here and checked against the collector's digest of it. */
async function readRunTree(settings: QueuedRunSettings, validator: SchemaValidator): Promise<ToolIndex> {
  const { tree } = await readToolTree(settings.tree, validator);
  const wanted = settings.manifest.inputs?.treeSha256;
  const digest = treeDigest(tree);
  if (wanted !== undefined && digest !== wanted)
    throw new InfToolError(
      'invalid_input',
      `the tree at ${settings.tree} on this machine (sha256 ${digest.slice(0, 12)}…) is not the run's (sha256 ${wanted.slice(0, 12)}…): give every worker the collector's tree`,
    );
  return new ToolIndex(tree);
}

/** The roles of the run, with this worker's key and the run's shared rate limits. */
function workerRoles(
  settings: QueuedRunSettings,
  redis: Redis,
  apiKey: string | undefined,
): { context: Pick<SlotContext, 'roles'>; serverModel?: ChatModel } {
  const throttle = throttles(redis, settings.limits);
  const roles = selectRoles({ ...settings.roles, endpoint: { ...settings.roles.endpoint, apiKey }, ...(throttle ? { throttle } : {}) });
  const server = settings.serverModel;
  const baseURL = server?.baseURL;
  const serverModel =
    server && baseURL
      ? new OpenAIChatModel({
          model: server.model,
          baseURL,
          apiKey,
          ...(settings.roles.timeoutMs ? { timeoutMs: settings.roles.timeoutMs } : {}),
          ...(settings.roles.retry ? { retry: settings.roles.retry } : {}),
          ...(throttle ? { throttle: throttle(server.model, baseURL) } : {}),
        })
      : undefined;
  return { context: { roles }, ...(serverModel ? { serverModel } : {}) };
}

/**
 * `inftool worker`: joins the oldest open run in Redis, plays its tasks with the same code as `synth`
 * (the tree served in-process, the roles of the run), sends each record to the collector on the run's
 * stream, and exits when the collector says the run is done (with `keepAlive`, joins the next run
 * instead), or on `signal` after the tasks it holds.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const redis = connectQueue(options.queue);
  const summary: WorkerSummary = { runIds: [], played: 0 };
  try {
    do {
      const settings = await awaitRun(redis, options.signal);
      if (!settings) break;
      summary.runIds.push(settings.runId);
      summary.played += await playRun(redis, settings, options);
    } while (options.keepAlive && !options.signal?.aborted);
    return summary;
  } finally {
    redis.disconnect();
  }
}

/** Serves one run's tree and plays its jobs until the run is done; the number of tasks played. */
async function playRun(redis: Redis, settings: QueuedRunSettings, options: WorkerOptions): Promise<number> {
  if (options.tree) settings.tree = options.tree;
  const validator = new SchemaValidator();
  const index = await readRunTree(settings, validator);
  const monitor = new InfrastructureMonitor(settings.maxInfrastructureFailures);
  const { context: roleContext, serverModel } = workerRoles(settings, redis, options.apiKey);
  const played = await startPlayServer(
    { tree: settings.tree, seed: settings.manifest.plan.seed, transport: settings.transport, ...(serverModel ? { serverModel } : {}) },
    monitor,
  );
  try {
    const sharedCatalog = await sharedListing(index, played.server, undefined);
    const context: SlotContext = {
      server: played.server,
      validator,
      monitor,
      reflect: settings.reflect,
      ...roleContext,
      ...(sharedCatalog ? { sharedCatalog } : {}),
    };
    options.log?.(`worker ${workerName()}: run ${settings.runId}, ${options.concurrency} at once`);
    const tally = { played: 0 };
    await serveRun(redis, settings, context, options, tally);
    return tally.played;
  } finally {
    await played.close();
  }
}

/** Plays the run's jobs until the run is done or the worker is told to stop; then lets the jobs in hand finish. */
async function serveRun(
  redis: Redis,
  settings: QueuedRunSettings,
  context: SlotContext,
  options: WorkerOptions,
  summary: { played: number },
): Promise<void> {
  const keys = runKeys(settings.runId);
  const name = workerName();
  const secrets = [options.apiKey];
  const stalledMs = options.stalledMs ?? 30_000;
  const worker = new Worker<SlotJob>(
    keys.queue,
    async (job: Job<SlotJob>) => {
      const { task, rollout, recordId } = job.data;
      const outcome = await playSlot(task, rollout, context);
      const message: SlotResult =
        'left' in outcome
          ? { id: recordId, left: outcome.left }
          : { id: recordId, kind: task.kind, record: redactKnownSecrets(JSON.stringify(outcome), secrets) };
      await redis.xadd(keys.records, '*', 'm', JSON.stringify(message));
      summary.played += 1;
    },
    {
      connection: queueConnectionOptions(options.queue),
      prefix: KEY_PREFIX,
      concurrency: options.concurrency,
      lockDuration: stalledMs,
      stalledInterval: stalledMs,
      maxStalledCount: 1000, // a task is never failed for its workers dying: it is played by the next
    },
  );
  worker.on('error', () => undefined); // connection errors while Redis restarts: BullMQ reconnects
  const heartbeat = (): Promise<number> =>
    redis.hset(keys.workers, name, JSON.stringify({ seen: Date.now(), played: summary.played, concurrency: options.concurrency }));
  try {
    for (;;) {
      await heartbeat();
      const state = await redis.get(keys.state);
      if (state !== 'open' || options.signal?.aborted) break;
      await sleep(POLL_MS);
    }
  } finally {
    await worker.close(); // waits for the jobs in hand
    await heartbeat();
  }
}
