import { Command } from 'commander';
import { stratifyRun } from '../run/stratify.js';
import { rateOption } from './options.js';

export function stratifyCommand(): Command {
  return new Command('stratify')
    .summary("split a run's tasks into easy and hard by execution consistency over their rollouts")
    .description(
      'For each task: the share of its rollouts (synth --rollouts K) with full execution credit. Below --threshold a task is hard. Writes <dir>/stratify.json and <dir>/hard-tasks.jsonl.',
    )
    .argument('<dir>', 'a run directory')
    .option('--threshold <share>', 'consistency below which a task is hard', rateOption('--threshold'), 0.5)
    .action(async (dir: string, flags: { threshold: number }) => {
      const result = await stratifyRun(dir, flags.threshold);
      process.stderr.write(
        `${result.tasks.length} tasks: ${result.easy} easy, ${result.hard} hard (consistency < ${flags.threshold}) → ${dir}/stratify.json, ${dir}/hard-tasks.jsonl\n`,
      );
    });
}
