import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Trajectory } from '@inftool/core';
import { auditRecords, qualityTables, QUALITY_COLUMNS_TEXT } from '../audit/index.js';
import { expandRecord, listRefs } from '../run/compact-record.js';
import { ToolListReader, parseTrajectoryLine } from '../run/read-run.js';
import type { AuditResponse, RunFile } from './api.js';

/** Where one record is: its run file, 1-based line, byte offset and length (what the index keeps). */
export interface RecordPlace {
  file: RunFile;
  line: number;
  offset: number;
  length: number;
}

/** The path of a run file. */
export const runFilePath = (dir: string, file: RunFile): string => join(dir, `${file}.jsonl`);

/** The raw text of one line of a file, read by its offset. */
export async function readLineAt(path: string, offset: number, length: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * A record by its place, checked against the contract, its tool lists resolved from the run's `tools/`.
 * `wireLists: false` resolves only the offered tools and leaves the wire's `tools/list` pages as their
 * references (a static report holds many records that share those pages).
 */
export async function loadRecord(lists: ToolListReader, place: RecordPlace, wireLists = true): Promise<Trajectory> {
  const path = runFilePath(lists.dir, place.file);
  const line = parseTrajectoryLine(await readLineAt(path, place.offset, place.length), path, place.line);
  if (!wireLists && line.schemaVersion === 2)
    return { ...line, tools: (await lists.load(line.tools.$ref)) as Trajectory['tools'] } as unknown as Trajectory;
  const resolved = new Map<string, readonly unknown[]>();
  for (const ref of listRefs(line)) resolved.set(ref, await lists.load(ref));
  return expandRecord(line, (ref) => resolved.get(ref) as readonly unknown[]);
}

/** The `inftool audit` tables over the records at these places (read one at a time), of a run of `of` records. */
export async function auditPlaces(dir: string, places: readonly RecordPlace[], of: number): Promise<AuditResponse> {
  const lists = new ToolListReader(dir);
  const records: Array<{ record: Trajectory; bytes: number }> = [];
  for (const place of places) records.push({ record: await loadRecord(lists, place), bytes: place.length });
  const report = auditRecords(dir, records);
  return { audited: records.length, of, columns: QUALITY_COLUMNS_TEXT, tables: qualityTables(report) };
}
