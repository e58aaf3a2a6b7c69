import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import type { Trajectory } from '@inftool/core';
import { EXPORT_FORMATS, exportRecord, type ExportFormat } from '../export/formats.js';
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

export function exportCommand(): Command {
  return new Command('export')
    .summary('export the accepted trajectories of a run for training')
    .description(
      'Formats (see docs/harness.md): openai (fine-tuning JSONL: messages + tools), sharegpt (function_call / observation turns), hermes (<tool_call> tags).',
    )
    .argument('<dir>', 'a run directory made by `inftool synth`')
    .addOption(new Option('--format <name>', 'output format').choices([...EXPORT_FORMATS]).default('openai'))
    .option('--out <file>', 'output file (defaults to <dir>/export-<format>.jsonl)')
    .action(async (dir: string, flags: { format: ExportFormat; out?: string }) => {
      const { file, count } = await exportRun(dir, flags.format, flags.out);
      process.stderr.write(`${count} trajectories → ${file}\n`);
    });
}
