import { join } from 'node:path';
import { Command, Option } from 'commander';
import { InfToolError } from '@inftool/core';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js';
import { exportHfDataset } from '../export/hf-dataset.js';
import { exportRun } from '../export/write-export.js';

interface ExportFlags {
  format: ExportFormat | 'hf';
  out?: string;
  shardMb: string;
  license?: string;
  name?: string;
}

export function exportCommand(): Command {
  return new Command('export')
    .summary('export the accepted trajectories of a run for training')
    .description(
      'Formats (see docs/harness.md): openai (fine-tuning JSONL: messages + tools), sharegpt (function_call / observation turns), hermes (<tool_call> tags), ' +
        'hf (a Hugging Face dataset folder: Parquet shards of the openai form, one split per scenario kind, and a README.md dataset card).',
    )
    .argument('<dir>', 'a run directory made by `inftool synth`')
    .addOption(new Option('--format <name>', 'output format').choices([...EXPORT_FORMATS, 'hf']).default('openai'))
    .option('--out <path>', 'output file (defaults to <dir>/export-<format>.jsonl); for hf a new folder (defaults to <dir>/export-hf)')
    .option('--shard-mb <n>', 'hf: the most rows one Parquet shard holds, in MB of their JSON text', '128')
    .option('--license <id>', "hf: the card's license (a Hub id such as cc-by-4.0) where no source's _meta names one")
    .option('--name <title>', "hf: the dataset card's title (defaults to the run folder's name)")
    .action(async (dir: string, flags: ExportFlags) => {
      if (flags.format === 'hf') {
        const megabytes = Number(flags.shardMb);
        if (!Number.isFinite(megabytes) || megabytes <= 0)
          throw new InfToolError('config', `--shard-mb must be a positive number of megabytes (got "${flags.shardMb}")`);
        const summary = await exportHfDataset(dir, flags.out ?? join(dir, 'export-hf'), {
          shardBytes: Math.max(1, Math.round(megabytes * 1024 * 1024)),
          ...(flags.license ? { license: flags.license } : {}),
          ...(flags.name ? { name: flags.name } : {}),
        });
        const shards = Object.values(summary.splits).reduce((sum, split) => sum + split.shards.length, 0);
        process.stderr.write(
          `${summary.records} trajectories in ${Object.keys(summary.splits).length} splits, ${shards} Parquet shards, license ${summary.licenses.join(', ')} → ${summary.out}\n`,
        );
        return;
      }
      const { file, count } = await exportRun(dir, flags.format, flags.out);
      process.stderr.write(`${count} trajectories → ${file}\n`);
    });
}
