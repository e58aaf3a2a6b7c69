import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { importFile } from './import-file.js';
import type { ImportResult, SourceFormat } from './imported.js';

const RECYCLE_BYTES = 16 * 1024 * 1024;

export interface ImportJob {
  format: SourceFormat;
  file: string;
}

/**
 * Imports files on worker threads (parsing and dereferencing big specs is CPU-bound), results in
 * job order. Falls back to the main thread for one worker, or where the compiled worker is absent
 * (running from TypeScript sources).
 */
export async function importAll(
  jobs: ImportJob[],
  options: { workers?: number; onDone?: (done: number) => void } = {},
): Promise<ImportResult[]> {
  const workerFile = fileURLToPath(new URL('./import-worker.js', import.meta.url));
  const count = Math.min(options.workers ?? availableParallelism(), jobs.length);
  let done = 0;
  const finished = (): void => options.onDone?.((done += 1));
  if (count <= 1 || !existsSync(workerFile)) return importOnMainThread(jobs, finished);
  const pool: WorkerPool = { workerFile, jobs, ...largestFirst(jobs), next: 0, results: new Array(jobs.length), finished };
  await Promise.all(Array.from({ length: count }, () => runWorkers(pool)));
  return pool.results;
}

function importOnMainThread(jobs: ImportJob[], finished: () => void): Promise<ImportResult[]> {
  const limit = pLimit(4);
  return Promise.all(
    jobs.map((job) =>
      limit(async () => {
        const result = await importFile(job.format, job.file);
        finished();
        return result;
      }),
    ),
  );
}

/** The jobs shared by the pool's workers, taken in `order` (`next` is the first not yet taken). */
interface WorkerPool {
  workerFile: string;
  jobs: ImportJob[];
  sizes: number[];
  order: number[];
  next: number;
  results: ImportResult[];
  finished: () => void;
}

/**
 * Biggest files first, while the main thread holds few results yet (a worker that has parsed
 * RECYCLE_BYTES is replaced by a fresh one, so a huge spec's heap is given back instead of kept).
 */
function largestFirst(jobs: ImportJob[]): { sizes: number[]; order: number[] } {
  const sizes = jobs.map((job) => {
    try {
      return statSync(job.file).size;
    } catch {
      return 0;
    }
  });
  const order = jobs.map((_, index) => index).sort((left, right) => (sizes[right] as number) - (sizes[left] as number) || left - right);
  return { sizes, order };
}

/** One lane of the pool: a worker takes jobs until none is left, and is replaced when it has parsed enough or died. */
function runWorkers(pool: WorkerPool): Promise<void> {
  const { jobs, sizes, order, results, finished } = pool;
  return new Promise((resolve, reject) => {
    let worker: Worker;
    let bytes = 0;
    let current: number | undefined;
    const start = (): void => {
      worker = new Worker(pool.workerFile);
      bytes = 0;
      worker.on('message', (message: { id: number; result: ImportResult }) => {
        results[message.id] = message.result;
        current = undefined;
        finished();
        if (bytes > RECYCLE_BYTES) void worker.terminate().then(() => (pool.next < order.length ? (start(), feed()) : resolve()), reject);
        else feed();
      });
      // A worker that dies (out of memory, a crash the importer could not catch) fails its file
      // only: the file is reported and a fresh worker takes the next one.
      const died = (reason: string): void => {
        if (current === undefined) return;
        const id = current;
        current = undefined;
        const job = jobs[id] as ImportJob;
        results[id] = { tools: [], dropped: [], failedFiles: [{ file: job.file, reason: `the import worker died on it: ${reason}` }] };
        finished();
        worker.removeAllListeners();
        void worker.terminate().then(() => (pool.next < order.length ? (start(), feed()) : resolve()), reject);
      };
      worker.on('error', (error: Error) => died(error.message));
      worker.on('exit', (code) => died(`exit code ${code}`));
    };
    const feed = (): void => {
      if (pool.next >= order.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      const id = order[pool.next] as number;
      pool.next += 1;
      current = id;
      bytes += sizes[id] as number;
      worker.postMessage({ id, ...jobs[id] });
    };
    start();
    feed();
  });
}
