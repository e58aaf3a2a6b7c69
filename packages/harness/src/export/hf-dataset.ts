import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { InfToolError, type Trajectory } from '@inftool/core';
import { expandRecord, listRefs } from '../run/compact-record.js';
import { ACCEPTED, MANIFEST, parseTrajectoryLine, scanLines, ToolListReader } from '../run/read-run.js';
import type { RunManifest } from '../run/run-manifest.js';
import { datasetCard, sourcesOf } from './dataset-card.js';
import { toOpenAI } from './formats.js';

export { sizeCategory } from './dataset-card.js';

/** Default bound of one shard: the rows' JSON text, before Parquet encodes and compresses it. */
export const DEFAULT_SHARD_BYTES = 128 * 1024 * 1024;

/** One row of the dataset: the openai export's `{messages, tools}` with the record's id, task and kind. */
export interface HfRow {
  id: string;
  task_id: string;
  kind: string;
  difficulty: string;
  messages: Trajectory['messages'];
  /** The chat-completions tools; each `parameters` (a JSON Schema of any shape) as JSON text. */
  tools: Array<{ type: string; function: { name: string; description: string; parameters: string } }>;
}

const text = (name: string, repetition: 'REQUIRED' | 'OPTIONAL' = 'REQUIRED') => ({
  name,
  type: 'BYTE_ARRAY' as const,
  converted_type: 'UTF8' as const,
  repetition_type: repetition,
});
const list = (name: string, children: number, repetition: 'REQUIRED' | 'OPTIONAL' = 'REQUIRED') => [
  { name, repetition_type: repetition, converted_type: 'LIST' as const, num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED' as const, num_children: 1 },
  { name: 'element', repetition_type: 'REQUIRED' as const, num_children: children },
];

/**
 * The Parquet schema: nested lists and structs as Hugging Face `datasets` reads them into Python
 * lists of dicts (`messages` is what chat templates take). A field a message does not have reads as null.
 */
const SCHEMA = [
  { name: 'root', num_children: 6 },
  text('id'),
  text('task_id'),
  text('kind'),
  text('difficulty'),
  ...list('messages', 4),
  text('role'),
  text('content', 'OPTIONAL'),
  ...list('tool_calls', 3, 'OPTIONAL'),
  text('id'),
  text('type'),
  { name: 'function', repetition_type: 'REQUIRED' as const, num_children: 2 },
  text('name'),
  text('arguments'),
  text('tool_call_id', 'OPTIONAL'),
  ...list('tools', 2),
  text('type'),
  { name: 'function', repetition_type: 'REQUIRED' as const, num_children: 3 },
  text('name'),
  text('description'),
  text('parameters'),
];
const COLUMNS = ['id', 'task_id', 'kind', 'difficulty', 'messages', 'tools'] as const;

/** A record as a dataset row: `toOpenAI` (the openai export), with each tool's parameters as JSON text. */
export function hfRow(record: Trajectory): HfRow {
  const { messages, tools } = toOpenAI(record) as {
    messages: Trajectory['messages'];
    tools: Array<{ type: string; function: { name: string; description: string; parameters: unknown } }>;
  };
  return {
    id: record.id,
    task_id: record.task.id,
    kind: record.task.kind,
    difficulty: record.task.difficulty,
    messages,
    tools: tools.map((tool) => ({ type: tool.type, function: { ...tool.function, parameters: JSON.stringify(tool.function.parameters) } })),
  };
}

/** Encodes rows as one Parquet file (snappy, row groups of 1000 rows). */
export function parquetShard(rows: HfRow[]): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: COLUMNS.map((name) => ({ name, data: rows.map((row) => row[name]) })),
      schema: SCHEMA,
      rowGroupSize: 1000,
    }),
  );
}

export interface HfExportOptions {
  /**
   * Upper bound of one shard's rows as JSON text (default 128 MiB); a single larger row makes a shard
   * alone. Rows waiting for their shard, over all splits, stay under twice this: past it the largest
   * split's shard is written early.
   */
  shardBytes?: number;
  /** The license when no source's `_meta` names one (a Hub license id, e.g. `cc-by-4.0`). */
  license?: string;
  /** A name for the card's title (default: the run folder's name). */
  name?: string;
}

export interface HfExportSummary {
  out: string;
  /** Records per split (scenario kind). */
  splits: Record<string, { records: number; shards: string[] }>;
  records: number;
  licenses: string[];
}

/** Whether a process of this id runs (a signal 0 reaches it, or it exists under another user). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const SHARD = (kind: string, index: number, count: number) =>
  `data/${kind}-${String(index).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.parquet`;

interface Split {
  rows: HfRow[];
  bytes: number;
  parts: string[];
  records: number;
}

/**
 * Rows per split, written to `<temp>/data/<kind>.part-N.parquet` as each split's shard fills; rows
 * held over all splits stay under twice the shard size (past it the largest split is written early).
 */
class SplitWriter {
  readonly splits = new Map<string, Split>();

  constructor(
    private readonly temp: string,
    private readonly shardBytes: number,
  ) {}

  async add(row: HfRow): Promise<void> {
    const bytes = Buffer.byteLength(JSON.stringify(row), 'utf8');
    let split = this.splits.get(row.kind);
    if (!split) this.splits.set(row.kind, (split = { rows: [], bytes: 0, parts: [], records: 0 }));
    if (split.rows.length > 0 && split.bytes + bytes > this.shardBytes) await this.flush(row.kind);
    split.rows.push(row);
    split.bytes += bytes;
    split.records += 1;
    let held = 0;
    for (const entry of this.splits.values()) held += entry.bytes;
    if (held > 2 * this.shardBytes) await this.flush([...this.splits].sort(([, a], [, b]) => b.bytes - a.bytes)[0]![0]);
  }

  async flush(kind: string): Promise<void> {
    const split = this.splits.get(kind)!;
    if (split.rows.length === 0) return;
    const part = `data/${kind}.part-${split.parts.length}.parquet`;
    await writeFile(join(this.temp, part), parquetShard(split.rows));
    split.parts.push(part);
    split.rows = [];
    split.bytes = 0;
  }

  /** Writes what is left and names the shards `<kind>-NNNNN-of-NNNNN.parquet`, as the Hub reads them. */
  async finish(target: string): Promise<HfExportSummary> {
    const summary: HfExportSummary = { out: target, splits: {}, records: 0, licenses: [] };
    for (const [kind, split] of [...this.splits].sort(([a], [b]) => a.localeCompare(b))) {
      await this.flush(kind);
      const shards = split.parts.map((_, index) => SHARD(kind, index, split.parts.length));
      for (const [index, part] of split.parts.entries()) await rename(join(this.temp, part), join(this.temp, shards[index]!));
      summary.splits[kind] = { records: split.records, shards };
      summary.records += split.records;
    }
    return summary;
  }
}

/** The run's accepted records, each as a row, in file order. */
async function eachAcceptedRow(runDir: string, onRow: (row: HfRow) => Promise<void>): Promise<void> {
  const file = join(runDir, ACCEPTED);
  const lists = new ToolListReader(runDir);
  await scanLines(file, async (line, number) => {
    const parsed = parseTrajectoryLine(line, file, number);
    const resolved = new Map<string, readonly unknown[]>();
    for (const ref of listRefs(parsed)) resolved.set(ref, await lists.load(ref));
    const record = expandRecord(parsed, (ref) => resolved.get(ref) as readonly unknown[]);
    if (record.outcome === 'accepted') await onRow(hfRow(record));
  });
}

/**
 * The folder the export is written in before it is renamed to `target`, made empty; what an export
 * killed before left beside `target` (its process is gone) is removed.
 */
async function temporaryFolder(target: string, out: string): Promise<string> {
  if (existsSync(target) && (await readdir(target)).length > 0)
    throw new InfToolError('config', `--out ${out} already exists and is not empty: choose a new folder or remove it first`);
  const prefix = `.${basename(target)}.partial-`;
  const temp = join(dirname(target), `${prefix}${process.pid}`);
  if (existsSync(dirname(target)))
    for (const name of await readdir(dirname(target)))
      if (name.startsWith(prefix) && (name === basename(temp) || !alive(Number(name.slice(prefix.length)))))
        await rm(join(dirname(target), name), { recursive: true, force: true });
  await mkdir(join(temp, 'data'), { recursive: true });
  return temp;
}

/**
 * Writes the accepted records of a run as a Hugging Face dataset folder: Parquet shards per scenario
 * kind (one split each) and a `README.md` card. Everything is written into a temporary folder beside
 * `out` and renamed into place at the end, so an export that fails or is killed leaves no half dataset.
 */
export async function exportHfDataset(runDir: string, out: string, options: HfExportOptions = {}): Promise<HfExportSummary> {
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
  if (!Number.isInteger(shardBytes) || shardBytes < 1)
    throw new InfToolError('config', `--shard-mb must give a positive size (got ${shardBytes} bytes)`);
  const manifestFile = join(runDir, MANIFEST);
  if (!existsSync(manifestFile)) throw new InfToolError('invalid_input', `${runDir} is not a run directory (no ${MANIFEST})`);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as RunManifest;
  const target = resolve(out);
  const temp = await temporaryFolder(target, out);
  try {
    const writer = new SplitWriter(temp, shardBytes);
    await eachAcceptedRow(runDir, (row) => writer.add(row));
    if (writer.splits.size === 0)
      throw new InfToolError('invalid_input', `${join(runDir, ACCEPTED)} holds no accepted record: there is nothing to export`);
    const summary = await writer.finish(target);
    const card = await datasetCard(runDir, manifest, summary, await sourcesOf(runDir), options);
    summary.licenses = card.licenses;
    await writeFile(join(temp, 'README.md'), card.text);
    if (existsSync(target)) await rm(target, { recursive: true });
    await rename(temp, target);
    return summary;
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
