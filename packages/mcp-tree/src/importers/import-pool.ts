import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { importFile } from './import-file.js';
import type { ImportResult, SourceFormat } from './imported.js';

export interface ImportJob {
  format: SourceFormat;
  file: string;
}

/**
 * Imports files on worker threads (parsing and dereferencing big specs is CPU-bound), results in
 * job order. Falls back to the main thread for one worker, or where the compiled worker is absent
 * (running from TypeScript sources).
 */
export async function importAll(jobs: ImportJob[], options: { workers?: number; onDone?: (done: number) => void } = {}): Promise<ImportResult[]> {
  const workerFile = fileURLToPath(new URL('./import-worker.js', import.meta.url));
  const count = Math.min(options.workers ?? availableParallelism(), jobs.length);
  let done = 0;
  const finished = (): void => options.onDone?.((done += 1));
  if (count <= 1 || !existsSync(workerFile)) {
    const limit = pLimit(4);
    return Promise.all(jobs.map((job) => limit(async () => {
      const result = await importFile(job.format, job.file);
      finished();
      return result;
    })));
  }
  const results: ImportResult[] = new Array(jobs.length);
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerFile);
      const feed = (): void => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = next;
        next += 1;
        worker.postMessage({ id, ...jobs[id] });
      };
      worker.on('message', (message: { id: number; result: ImportResult }) => {
        results[message.id] = message.result;
        finished();
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: count }, run));
  return results;
}
