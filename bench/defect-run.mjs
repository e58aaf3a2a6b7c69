// What every defect counter shares (answer-, request-, result- and world-defects): the run
// directory (or its parent), `--examples N`, `--json`, the ACCEPTED records' lines, the tally of defects by kind
// and the walk over a result's objects.
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

/** The records of `lines`, each with its id, scenario kind and messages, and how many records each kind has. */
export function readRecords(lines) {
  const byKind = {};
  const records = lines.map((line) => {
    const record = JSON.parse(line);
    const kind = record.task?.kind ?? '?';
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    return { record, id: record.id, kind, messages: record.messages ?? [] };
  });
  return { records, byKind };
}

/**
 * A tally of defects by kind: `note(kind, id, text)` counts one, keeps the record id and the first
 * `exampleCount` examples (each cut to `width` characters).
 */
export function createDefects(exampleCount, width = 220) {
  const defects = new Map();
  function note(kind, id, text) {
    if (!defects.has(kind)) defects.set(kind, { records: new Set(), count: 0, examples: [] });
    const entry = defects.get(kind);
    entry.count += 1;
    entry.records.add(id);
    if (entry.examples.length < exampleCount) entry.examples.push(`${id}: ${String(text).slice(0, width)}`);
  }
  return { defects, note };
}

/**
 * Prints a tally of `createDefects` for `count` accepted records of `file`: JSON with `--json` in `args`, else a line
 * per kind with its examples; `unitOf(kind)` names what a kind counts (records unless it says otherwise).
 */
export function printDefects(defects, { count, file, args, unitOf = () => 'records' }) {
  const summary = { records: count, defects: {} };
  for (const [kind, entry] of [...defects].sort())
    summary.defects[kind] = { records: entry.records.size, count: entry.count, examples: entry.examples };
  if (args.includes('--json')) return void process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${count} accepted records in ${file}\n`);
  for (const [kind, entry] of Object.entries(summary.defects)) {
    process.stdout.write(`${kind}: ${entry.count} in ${entry.records} ${unitOf(kind)}\n`);
    for (const example of entry.examples) process.stdout.write(`    ${example}\n`);
  }
}

/** A tool message's result and the arguments of the call it answers, both parsed; undefined when either is not JSON. */
export function parseToolResult(message, fn) {
  try {
    return { data: JSON.parse(message.content), sent: JSON.parse(fn?.arguments ?? '{}') };
  } catch {
    return undefined;
  }
}

/** A key or name as lower-case words: `firstName`, `first_name` → `first name`. */
export const words = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();

export const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Calls `visit` on every object in a JSON value, outermost first. */
export function objects(value, visit) {
  if (Array.isArray(value)) for (const entry of value) objects(entry, visit);
  else if (isObject(value)) {
    visit(value);
    for (const child of Object.values(value)) objects(child, visit);
  }
}
