// The command line every defect counter shares (answer-, request- and result-defects): the run
// directory (or its parent), `--examples N`, `--json`, and the ACCEPTED records' lines.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads `node bench/<script>.mjs RUN_DIR [--examples N] [--json]`; exits 2 with the usage line when RUN_DIR is missing or holds no records. */
export function readDefectRun(script) {
  const args = process.argv.slice(2);
  const runDirectory = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
  if (runDirectory === undefined) {
    process.stderr.write(`usage: node bench/${script}.mjs RUN_DIR [--examples N] [--json]\n`);
    process.exit(2);
  }
  const examplesAt = args.indexOf('--examples');
  const exampleCount = examplesAt >= 0 ? Number(args[examplesAt + 1]) : 3;
  const file = existsSync(join(runDirectory, 'trajectories.jsonl'))
    ? join(runDirectory, 'trajectories.jsonl')
    : join(runDirectory, 'run', 'trajectories.jsonl');
  if (!existsSync(file)) {
    process.stderr.write(`bench:${script}: no trajectories.jsonl in ${runDirectory}\n`);
    process.exit(2);
  }
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return { args, runDirectory, exampleCount, file, lines, json: args.includes('--json') };
}
