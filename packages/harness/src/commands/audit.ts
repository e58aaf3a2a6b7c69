import { Command } from 'commander';
import { auditRun, formatQualityReport } from '../audit/index.js';

/** `inftool audit RUN_DIR [--json]`: the quality table of a run, over all records and over the accepted ones. */
export function auditCommand(): Command {
  return new Command('audit')
    .summary(
      'the quality table of a run: error results, raw answers, implausible arguments, empty results… per scenario kind, over all and over accepted records',
    )
    .argument('<run-dir>', 'a run directory (trajectories.jsonl, rejected.jsonl)')
    .option('--json', 'print the report as JSON')
    .action(async (runDir: string, flags: { json?: boolean }) => {
      const report = await auditRun(runDir);
      process.stdout.write(`${flags.json ? JSON.stringify(report, null, 2) : formatQualityReport(report)}\n`);
    });
}
