import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DONE_RUNS, KEY_PREFIX, OPEN_RUNS, connectQueue, runKeys } from './queue-keys.js';

/** A worker is shown as live when it reported within this long. */
export const LIVE_WORKER_MS = 15_000;

export interface RunStatus {
  runId: string;
  state: 'open' | 'done';
  /** Jobs by BullMQ state (empty once the run is done: its jobs are removed). */
  jobs: { waiting: number; active: number; completed: number; failed: number; delayed: number };
  /** Records on disk and planned, as the collector last reported. */
  recorded: number;
  total: number;
  /** Records a minute since the collector started (of this collector's session). */
  perMinute: number;
  workers: Array<{ name: string; live: boolean; played: number; concurrency: number; secondsAgo: number }>;
}

/** `inftool status`: every open run and the runs finished in the last day. */
export async function queueStatus(url: string, now = Date.now()): Promise<RunStatus[]> {
  const redis = connectQueue(url);
  try {
    const open = await redis.zrange(OPEN_RUNS, 0, -1);
    const done = await redis.zrange(DONE_RUNS, 0, -1);
    const runs: RunStatus[] = [];
    for (const runId of open) runs.push(await runStatus(redis, runId, 'open', now));
    for (const runId of done.reverse())
      if (await redis.exists(runKeys(runId).progress)) runs.push(await runStatus(redis, runId, 'done', now));
    return runs;
  } finally {
    redis.disconnect();
  }
}

async function runStatus(redis: Redis, runId: string, state: 'open' | 'done', now: number): Promise<RunStatus> {
  const keys = runKeys(runId);
  const progress = await redis.hgetall(keys.progress);
  const number = (key: string): number => Number(progress[key] ?? 0);
  let jobs = { waiting: 0, active: 0, completed: 0, failed: 0, delayed: 0 };
  if (state === 'open') {
    const queue = new Queue(keys.queue, { connection: { ...redis.options }, prefix: KEY_PREFIX });
    try {
      const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized');
      jobs = {
        waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0),
        active: counts['active'] ?? 0,
        completed: counts['completed'] ?? 0,
        failed: counts['failed'] ?? 0,
        delayed: counts['delayed'] ?? 0,
      };
    } finally {
      await queue.close();
    }
  }
  const minutes = ((number('endedAt') || now) - number('startedAt')) / 60_000;
  const workers = Object.entries(await redis.hgetall(keys.workers)).map(([name, text]) => {
    const seen = JSON.parse(text) as { seen: number; played: number; concurrency: number };
    return {
      name,
      live: now - seen.seen < LIVE_WORKER_MS,
      played: seen.played,
      concurrency: seen.concurrency,
      secondsAgo: Math.round((now - seen.seen) / 1000),
    };
  });
  return {
    runId,
    state,
    jobs,
    recorded: number('done'),
    total: number('total'),
    perMinute: minutes > 0 ? (number('done') - number('doneAtStart')) / minutes : 0,
    workers,
  };
}

/** The status as lines for a terminal. */
export function formatStatus(runs: readonly RunStatus[]): string[] {
  if (runs.length === 0) return ['no runs on this queue'];
  return runs.flatMap((run) => [
    `run ${run.runId} (${run.state}): ${run.recorded}/${run.total} recorded, ${run.perMinute.toFixed(1)} records/min` +
      (run.state === 'open'
        ? `; jobs waiting ${run.jobs.waiting}, active ${run.jobs.active}, done ${run.jobs.completed}, failed ${run.jobs.failed}`
        : ''),
    ...run.workers.map(
      (worker) =>
        `  worker ${worker.name}: ${worker.live ? 'live' : `silent ${worker.secondsAgo} s`}, ${worker.played} played, ${worker.concurrency} at once`,
    ),
  ]);
}
