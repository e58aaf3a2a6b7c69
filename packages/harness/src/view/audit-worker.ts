/**
 * The viewer's audit on a worker thread (`run-view.ts` starts it): reading and checking thousands of
 * records would otherwise hold the server's thread, and its heap, while the page asks for lists.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { auditPlaces, type RecordPlace } from './read-record.js';

const { dir, places, of } = workerData as { dir: string; places: RecordPlace[]; of: number };
auditPlaces(dir, places, of).then(
  (response) => parentPort!.postMessage({ response }),
  (error: unknown) => parentPort!.postMessage({ error: (error as Error).message }),
);
