import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InfToolError, type Trajectory } from '@inftool/core';

export interface AuditedRecord {
  record: Trajectory;
  /** Size of the record's JSONL line in bytes. */
  bytes: number;
}

/**
 * The records of a run directory, accepted and rejected, with the size of each line. The audit reads
 * records only through here, so a compact record form (tools stored once per run) needs one change.
 */
export async function readAuditRecords(runDir: string): Promise<AuditedRecord[]> {
  const files = ['trajectories.jsonl', 'rejected.jsonl'].map((name) => join(runDir, name)).filter((file) => existsSync(file));
  if (files.length === 0) throw new InfToolError('config', `${runDir} holds no run: neither trajectories.jsonl nor rejected.jsonl is there`);
  const records: AuditedRecord[] = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      try {
        records.push({ record: JSON.parse(line) as Trajectory, bytes: Buffer.byteLength(line, 'utf8') });
      } catch {
        // A torn last line (a run killed mid-write) is not a record; any other is a broken file.
        if (index < lines.length - 2) throw new InfToolError('config', `${file}:${index + 1} is not a JSON record`);
      }
    }
  }
  return records;
}
