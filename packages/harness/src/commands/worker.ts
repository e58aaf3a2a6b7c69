import { Command } from 'commander';
import type { HarnessEnvironment } from '../config.js';
import { queueStatus, formatStatus } from '../scale/status.js';
import { runWorker } from '../scale/worker.js';
import { integerOption } from './options.js';

interface WorkerFlags {
  queue: string;
  concurrency: number;
  stalledMs: number;
  tree?: string;
  keepAlive?: boolean;
}

export function workerCommand(environment: HarnessEnvironment): Command {
  return new Command('worker')
    .summary('play the tasks of a queued run (synth --queue) on this machine')
    .description(
      'Joins the oldest open run on the Redis queue, reads its settings (roles, models, seed, the tree by path, checked against the ' +
        "run's hash of it), serves the tree in-process and plays tasks as `inftool synth` does, sending each record back to the collector. " +
        'Exits when the run is done (with --keep-alive, joins the next run instead), or on SIGTERM/SIGINT after the tasks it holds. The model key comes from $OPENAI_API_KEY here, never from Redis.\n\n' +
        'Example:\n  inftool worker --queue redis://redis:6379/0 --concurrency 8',
    )
    .requiredOption('--queue <redis-url>', "the run's Redis: redis://HOST:PORT/DB")
    .option('--concurrency <n>', 'conversations at once on this worker', integerOption('--concurrency', 1), 8)
    .option('--tree <file>', "where the run's tree is on this machine, if not at the collector's path")
    .option('--keep-alive', 'when the run is done, wait for the next run on the queue instead of exiting (until SIGTERM/SIGINT)')
    .option(
      '--stalled-ms <n>',
      "how soon the tasks of a worker that died are given to another (BullMQ's lock duration and stalled-job check)",
      integerOption('--stalled-ms', 100),
      30_000,
    )
    .action(async (flags: WorkerFlags) => {
      const stop = new AbortController();
      const onSignal = (): void => {
        process.stderr.write('worker: finishing the tasks in hand, then exiting\n');
        stop.abort();
      };
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      const summary = await runWorker({
        queue: flags.queue,
        concurrency: flags.concurrency,
        stalledMs: flags.stalledMs,
        signal: stop.signal,
        ...(flags.tree ? { tree: flags.tree } : {}),
        ...(flags.keepAlive ? { keepAlive: true } : {}),
        ...(environment.endpoint.apiKey ? { apiKey: environment.endpoint.apiKey } : {}),
        log: (line) => process.stderr.write(`${line}\n`),
      });
      const runs = summary.runIds.length > 1 ? `runs ${summary.runIds.join(', ')}` : `run ${summary.runIds[0] ?? ''}`;
      process.stderr.write(`worker: ${summary.played} task(s) played${summary.runIds.length > 0 ? ` for ${runs}` : ''}\n`);
    });
}

export function statusCommand(): Command {
  return new Command('status')
    .summary('what the runs on a Redis queue are doing')
    .description('Per run: jobs waiting, active, done and failed; records on disk of those planned, records a minute; the workers seen.')
    .requiredOption('--queue <redis-url>', 'redis://HOST:PORT/DB')
    .option('--json', 'print JSON')
    .action(async (flags: { queue: string; json?: boolean }) => {
      const runs = await queueStatus(flags.queue);
      process.stdout.write(`${flags.json ? JSON.stringify(runs, null, 2) : formatStatus(runs).join('\n')}\n`);
    });
}
