import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Trajectory } from '@inftool/core';
import { exportRecord, type ExportFormat } from './formats.js';
import { readRun } from '../run/read-run.js';

/** Writes accepted records in one format, one JSON object per line. */
export async function writeExport(accepted: Trajectory[], format: ExportFormat, file: string): Promise<{ file: string; count: number }> {
  await writeFile(
    file,
    accepted.map((record) => JSON.stringify(exportRecord(record, format))).join('\n') + (accepted.length > 0 ? '\n' : ''),
  );
  return { file, count: accepted.length };
}

export async function exportRun(dir: string, format: ExportFormat, out?: string): Promise<{ file: string; count: number }> {
  return writeExport((await readRun(dir)).accepted, format, out ?? join(dir, `export-${format}.jsonl`));
}
