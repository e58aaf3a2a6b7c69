import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InfToolError, TrajectoryLine, sha256Hex, type Trajectory } from '@inftool/core';
import { expandRecord, listRefs } from './compact-record.js';

export const MANIFEST = 'manifest.json';
export const ACCEPTED = 'trajectories.jsonl';
export const REJECTED = 'rejected.jsonl';

const NEWLINE = 0x0a;

/**
 * Streams a JSONL file's complete lines to `onLine` (1-based numbers, and the byte offset where each
 * starts) without holding the file in memory. Returns the byte length of the complete lines: less
 * than the file's size when its last line is torn (a run killed mid-write); that tail is never passed
 * on, nor counted in `lines` (the lines of the complete part, blank ones included). `from` starts at a
 * line boundary further in (`offset` bytes, `lines` lines before it), e.g. where an earlier scan
 * stopped; what it returns still counts from the start of the file.
 */
export async function scanLines(
  file: string,
  onLine: (text: string, number: number, offset: number) => void | Promise<void>,
  from: { offset: number; lines: number } = { offset: 0, lines: 0 },
): Promise<{ complete: number; size: number; lines: number }> {
  if (!existsSync(file)) return { complete: 0, size: 0, lines: 0 };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let complete = from.offset;
  let number = from.lines;
  for await (const chunk of createReadStream(file, { start: from.offset }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end);
      const text = (pendingBytes > 0 ? Buffer.concat([...pending, piece]) : piece).toString('utf8');
      const offset = complete;
      complete += pendingBytes + piece.length + 1;
      pending = [];
      pendingBytes = 0;
      start = end + 1;
      number += 1;
      if (text.trim() !== '') await onLine(text, number, offset);
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
    }
  }
  return { complete, size: complete + pendingBytes, lines: number };
}

/** Parses one line of a run against the Trajectory line contract (version 2 or 1); the error names file and line. */
export function parseTrajectoryLine(text: string, file: string, number: number): TrajectoryLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InfToolError(
      'invalid_input',
      `${file} line ${number} is not JSON (${(error as Error).message}): a torn write or a hand edit; \`inftool synth --resume\` on this run drops a torn line and plays its task again`,
    );
  }
  const parsed = TrajectoryLine.safeParse(json);
  if (!parsed.success) {
    const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
    const problem =
      version !== 1 && version !== 2
        ? `schemaVersion ${JSON.stringify(version)} is not 1 or 2`
        : parsed.error.issues
            .slice(0, 3)
            .map((issue) => `$.${issue.path.join('.')}: ${issue.message}`)
            .join('; ');
    throw new InfToolError('invalid_input', `${file} line ${number} is not a Trajectory line: ${problem}`);
  }
  return parsed.data;
}

/**
 * The tool lists of a run directory, read once each and checked against their names (the SHA-256
 * of their bytes). The lists are shared by every record that references them: read-only.
 */
export class ToolListReader {
  private readonly lists = new Map<string, Promise<readonly unknown[]>>();

  constructor(readonly dir: string) {}

  load(ref: string): Promise<readonly unknown[]> {
    let list = this.lists.get(ref);
    if (!list) {
      list = this.read(ref);
      this.lists.set(ref, list);
    }
    return list;
  }

  private async read(ref: string): Promise<readonly unknown[]> {
    const file = join(this.dir, ref);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new InfToolError('invalid_input', `${file} is missing: a record references it, but the run directory does not hold it`);
    }
    if (`tools/${sha256Hex(text)}.json` !== ref)
      throw new InfToolError('invalid_input', `${file} does not match its name (the SHA-256 of its bytes): it was torn or edited`);
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list)) throw new InfToolError('invalid_input', `${file} is not a JSON array of tools`);
    return list;
  }
}

/** A record as read, with the size of its line in bytes (what the run stores for it). */
export interface SizedRecord {
  record: Trajectory;
  bytes: number;
}

/**
 * Every record of a run file (`trajectories.jsonl` or `rejected.jsonl`), full, from version 1 or 2
 * lines, with each line's size; tool lists are resolved in the folder of the file. A torn last line is left out.
 */
export async function readSizedRecords(file: string, lists = new ToolListReader(dirname(file))): Promise<SizedRecord[]> {
  const records: SizedRecord[] = [];
  await scanLines(file, async (text, number) => {
    const line = parseTrajectoryLine(text, file, number);
    const resolved = new Map<string, readonly unknown[]>();
    for (const ref of listRefs(line)) resolved.set(ref, await lists.load(ref));
    records.push({ record: expandRecord(line, (ref) => resolved.get(ref) as readonly unknown[]), bytes: Buffer.byteLength(text, 'utf8') });
  });
  return records;
}

/** Every record of a run file, full (see `readSizedRecords`). */
export async function readRecords(file: string, lists = new ToolListReader(dirname(file))): Promise<Trajectory[]> {
  return (await readSizedRecords(file, lists)).map((entry) => entry.record);
}

/** Every record of a run directory, full (accepted first); the one reader of runs. */
export async function readRun(dir: string): Promise<{ accepted: Trajectory[]; rejected: Trajectory[] }> {
  if (!existsSync(join(dir, MANIFEST))) throw new InfToolError('invalid_input', `${dir} is not a run directory (no ${MANIFEST})`);
  const lists = new ToolListReader(dir);
  return { accepted: await readRecords(join(dir, ACCEPTED), lists), rejected: await readRecords(join(dir, REJECTED), lists) };
}
