import { Command } from 'commander';
import { SCENARIO_KINDS, type ScenarioKind } from '@inftool/core';
import { runLoop, type LoopOptions } from '../loop/loop.js';
import { integerOption, rateOption } from './options.js';

/** The options as flags: the same names, with the lists as comma-separated text. */
type LoopFlags = Omit<LoopOptions, 'kinds' | 'bfcl' | 'log'> & {
  scenarios: string;
  bfclData?: string;
  bfclCategories: string;
  bfclLimit?: number;
};

export function loopCommand(): Command {
  return new Command('loop')
    .summary('the closed loop: synthesize, filter, export, train, evaluate on BFCL, stratify, regenerate; round after round')
    .description(
      'Each round: synthesize trajectories with the assistant at the current endpoint (hard tasks of the last round regenerated), keep the accepted, ' +
        'export SFT data (OpenAI JSONL) and the RL prompt set (JSONL + Parquet), run --trainer with the reward server up, point the next round at the ' +
        'endpoint the trainer writes to $INFTOOL_NEXT_ENDPOINT_FILE, evaluate BFCL through MCP, stratify and regenerate. A report per round and ' +
        "resumable state in --out. The trainer's environment: INFTOOL_ROUND, INFTOOL_SFT_DATA, INFTOOL_RL_PROMPTS(_JSONL), INFTOOL_REWARD_URL, " +
        'INFTOOL_MODEL, INFTOOL_MODEL_ENDPOINT, INFTOOL_NEXT_ENDPOINT_FILE (docs/eval.md).',
    )
    .requiredOption('--tree <file>', 'the ToolTree to synthesize over')
    .requiredOption('--out <dir>', 'loop directory (round-N/…, loop-state.json)')
    .option('--rounds <n>', 'rounds', integerOption('--rounds', 1), 2)
    .requiredOption('--trainer <command>', "shell command that trains on the round's data")
    .requiredOption('--model <name>', 'the assistant model being trained')
    .requiredOption('--model-endpoint <url>', 'its OpenAI-compatible endpoint for round 1')
    .option('--scenarios <list>', `comma list of ${SCENARIO_KINDS.join(', ')}`, SCENARIO_KINDS.join(','))
    .option('--count <n>', 'new tasks per round', integerOption('--count', 1), 60)
    .option('--rollouts <k>', 'rollouts per task (execution consistency)', integerOption('--rollouts', 1), 2)
    .option('--hard-threshold <share>', 'consistency below which a task is hard', rateOption('--hard-threshold'), 0.5)
    .option('--seed <text>', 'seed', 'loop')
    .option('--concurrency <n>', 'conversations at once', integerOption('--concurrency', 1), 8)
    .option('--bfcl-data <dir>', 'BFCL data directory; evaluation is skipped without it')
    .option('--bfcl-categories <list>', 'BFCL categories', 'simple_python,multiple,parallel,parallel_multiple,irrelevance')
    .option('--bfcl-limit <n>', 'questions per BFCL category at most', integerOption('--bfcl-limit', 1))
    .action(async (flags: LoopFlags) => {
      const state = await runLoop({
        tree: flags.tree,
        out: flags.out,
        rounds: flags.rounds,
        trainer: flags.trainer,
        model: flags.model,
        modelEndpoint: flags.modelEndpoint,
        kinds: flags.scenarios.split(',').map((kind) => kind.trim()) as ScenarioKind[],
        count: flags.count,
        rollouts: flags.rollouts,
        seed: flags.seed,
        concurrency: flags.concurrency,
        hardThreshold: flags.hardThreshold,
        ...(flags.bfclData
          ? {
              bfcl: {
                data: flags.bfclData,
                categories: flags.bfclCategories.split(','),
                ...(flags.bfclLimit ? { limit: flags.bfclLimit } : {}),
              },
            }
          : {}),
        log: (line) => process.stderr.write(`${line}\n`),
      });
      process.stderr.write(`${state.rounds.length} rounds done → ${flags.out}/loop-state.json\n`);
    });
}
