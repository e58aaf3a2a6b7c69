import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Trajectory, type Task } from '@inftool/core';
import { rolloutId } from '../run/play-task.js';
import {
  emptySummary,
  finishSummary,
  leaveTask,
  openRun,
  tallyRecord,
  writeFailed,
  type OpenedRun,
  type SynthOptions,
  type SynthSummary,
} from '../run/synth.js';
import {
  DONE_RUNS,
  DONE_TTL_S,
  KEY_PREFIX,
  OPEN_RUNS,
  connectQueue,
  queueConnectionOptions,
  jobIdOf,
  runIdOf,
  runKeys,
  type QueuedRunSettings,
  type SlotJob,
  type SlotResult,
} from './queue-keys.js';

export interface CollectOptions extends SynthOptions {
  /** redis://HOST:PORT/DB */
  queue: string;
  /** What workers need beyond the manifest (roles, limits); `runId` and `manifest` are filled in here. */
  settings: Omit<QueuedRunSettings, 'runId' | 'manifest'>;
}

/** Jobs enqueued per round trip (small: workers start on the first tasks while the rest are planned). */
const BATCH = 16;
/** How long one read of the record stream blocks. */
const READ_BLOCK_MS = 1000;

/**
 * `inftool synth --queue`: plans the run as `synth` does, publishes its settings, enqueues one job per
 * task and rollout not yet on disk (job id = record id), and collects: the one writer of the run
 * directory, it appends each record from the run's stream (a redelivered task's second record is
 * dropped by id) and deletes it from the stream, until every job is recorded or left.
 */
export async function collectQueued(options: CollectOptions): Promise<SynthSummary> {
  const started = performance.now();
  const opened = await openRun(options);
  const { run, plan } = opened;
  const runId = runIdOf(run.manifest);
  const keys = runKeys(runId);
  const redis = connectQueue(options.queue);
  const reader = redis.duplicate({ maxRetriesPerRequest: null });
  reader.on('error', () => undefined);
  const queue = new Queue<SlotJob>(keys.queue, { connection: queueConnectionOptions(options.queue), prefix: KEY_PREFIX });
  queue.on('error', () => undefined);
  const summary = emptySummary(plan.total, run);
  const collector = new StreamCollector(opened, options, summary, reader, keys.records);
  try {
    const settings: QueuedRunSettings = { ...options.settings, runId, manifest: run.manifest };
    await redis.set(keys.settings, JSON.stringify(settings));
    await redis.set(keys.state, 'open');
    await redis.zadd(OPEN_RUNS, 'NX', Date.now(), runId);
    await redis.hset(keys.progress, { total: plan.total, done: run.done.size, doneAtStart: run.done.size, startedAt: Date.now() });
    options.onProgress?.(run.done.size, plan.total);
    await collector.drain(0); // records sent while no collector ran
    const pending = await enqueue(queue, opened, collector);
    collector.expect(pending);
    while (collector.waiting > 0) {
      await collector.drain(READ_BLOCK_MS);
      await redis.hset(keys.progress, { done: run.done.size, updatedAt: Date.now() });
      if (collector.waiting > 0) await collector.failedJobs(queue);
    }
    await finishRun(redis, queue, runId, run.done.size);
  } finally {
    await run.close().catch((error: unknown) => collector.failed(error));
    await queue.close().catch(() => undefined);
    reader.disconnect();
    redis.disconnect();
  }
  if (collector.writeFailure !== undefined) throw writeFailed(collector.writeFailure, summary.left);
  finishSummary(summary, options, undefined, started);
  return summary;
}

/** The run is done: workers stop, the queue's jobs go, the figures stay a day for `inftool status`. */
async function finishRun(redis: Redis, queue: Queue<SlotJob>, runId: string, done: number): Promise<void> {
  const keys = runKeys(runId);
  await redis.set(keys.state, 'done', 'EX', DONE_TTL_S);
  await redis.zrem(OPEN_RUNS, runId);
  await redis.zadd(DONE_RUNS, Date.now(), runId);
  await redis.hset(keys.progress, { done, endedAt: Date.now() });
  await queue.obliterate({ force: true });
  await redis.del(keys.records);
  for (const key of [keys.settings, keys.progress, keys.workers]) await redis.expire(key, DONE_TTL_S);
}

/** Enqueues every slot not on disk; a job left from an earlier collector is kept while waiting or active, replaced when it ended unrecorded. */
async function enqueue(queue: Queue<SlotJob>, opened: OpenedRun, collector: StreamCollector): Promise<Set<string>> {
  const { run, plan } = opened;
  const pending = new Set<string>();
  let batch: Array<{ name: string; data: SlotJob; opts: { jobId: string; removeOnComplete: false; removeOnFail: false } }> = [];
  const flush = async (): Promise<void> => {
    if (batch.length > 0) await queue.addBulk(batch);
    batch = [];
  };
  for (let slot = 0; slot < plan.total; slot += 1) {
    const { task, rollout } = await plan.slot(slot);
    const recordId = rolloutId(task, rollout);
    if (run.done.has(recordId)) continue;
    pending.add(recordId);
    collector.kindOf.set(recordId, task.kind);
    const jobId = jobIdOf(recordId);
    const existing = await queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'completed' && state !== 'failed') continue; // still to be played, or being played
      await existing.remove();
    }
    batch.push({ name: task.kind, data: slotJob(task, rollout, recordId), opts: { jobId, removeOnComplete: false, removeOnFail: false } });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return pending;
}

function slotJob(task: Task, rollout: number, recordId: string): SlotJob {
  return { task, rollout, recordId };
}

/** Reads the run's stream, writes each first record of an id, counts the left ones, and deletes what it read. */
class StreamCollector {
  readonly kindOf = new Map<string, string>();
  private pending = new Set<string>();
  writeFailure: unknown;

  constructor(
    private readonly opened: OpenedRun,
    private readonly options: CollectOptions,
    private readonly summary: SynthSummary,
    private readonly reader: Redis,
    private readonly stream: string,
  ) {}

  get waiting(): number {
    return this.pending.size;
  }

  expect(ids: Set<string>): void {
    for (const id of ids) if (!this.opened.run.done.has(id)) this.pending.add(id);
  }

  failed(error: unknown): void {
    this.writeFailure ??= error;
  }

  /** Reads what the stream holds (blocking up to `blockMs` when it is empty) and handles it. */
  async drain(blockMs: number): Promise<void> {
    for (;;) {
      // BLOCK 0 would wait for ever: a drain that must not wait does not block at all.
      const read =
        blockMs > 0
          ? await this.reader.xread('COUNT', 100, 'BLOCK', blockMs, 'STREAMS', this.stream, '0')
          : await this.reader.xread('COUNT', 100, 'STREAMS', this.stream, '0');
      const entries = read?.[0]?.[1] ?? [];
      if (entries.length === 0) return;
      for (const [, fields] of entries) await this.handle(JSON.parse(fields[1] ?? '{}') as SlotResult);
      await this.reader.xdel(this.stream, ...entries.map(([id]) => id)); // written: Redis keeps only records in flight
      if (blockMs > 0) return;
    }
  }

  private async handle(message: SlotResult): Promise<void> {
    const { run } = this.opened;
    if (run.done.has(message.id)) return; // a redelivered task's second record
    if ('left' in message) {
      if (this.pending.delete(message.id)) leaveTask(this.summary, message.left, this.options.secrets);
      return;
    }
    if (this.writeFailure !== undefined) return;
    const record = Trajectory.parse(JSON.parse(message.record));
    try {
      await run.write(record);
    } catch (error) {
      this.failed(error);
      this.pending.clear();
      leaveTask(this.summary, 'not recorded: the write failed', this.options.secrets);
      return;
    }
    this.pending.delete(message.id);
    tallyRecord(this.summary, message.kind, record);
    this.options.onProgress?.(run.done.size, this.opened.plan.total, record);
  }

  /** A job a worker failed (an error no task should raise): left, with its reason. */
  async failedJobs(queue: Queue<SlotJob>): Promise<void> {
    if ((await queue.getJobCountByTypes('failed')) === 0) return;
    for (const job of await queue.getFailed(0, 100)) {
      const id = job.data.recordId;
      if (this.pending.delete(id)) leaveTask(this.summary, `failed on a worker: ${job.failedReason}`, this.options.secrets);
    }
  }
}
