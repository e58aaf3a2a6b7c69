import { parentPort } from 'node:worker_threads';
import { importFile } from './import-file.js';
import type { SourceFormat } from './imported.js';

// A worker of the import pool (see import-pool.ts): one file at a time, results sent back
// (structured clone keeps the subtrees that tools share shared).
parentPort?.on('message', (job: { id: number; format: SourceFormat; file: string }) => {
  void importFile(job.format, job.file).then((result) => parentPort?.postMessage({ id: job.id, result }));
});
