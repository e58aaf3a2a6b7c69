import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_MAX_BODY_BYTES, serveReward } from '../reward/reward-server.js';
import { DEFAULT_WEIGHTS, type RewardWeights } from '../reward/reward.js';
import { closeOnSignal } from './close-on-signal.js';
import { integerOption } from './options.js';

function weightsOption(value: string): RewardWeights {
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part) || part < 0))
    throw new InvalidArgumentError(`--weights takes FORMAT,EXECUTION,REASONING (three non-negative numbers), got "${value}"`);
  return { format: parts[0] as number, execution: parts[1] as number, reasoning: parts[2] as number };
}

export function rewardCommand(): Command {
  const serve = new Command('serve')
    .summary('serve the gated reward over HTTP + JSON for an external RL trainer')
    .description(
      'POST /reward {task, tools, messages, judged?} → {format, execution, reasoning, gate, total}; POST /group {rollouts} → parts and group-relative advantages; POST /advantages {rewards}. See docs/eval.md.',
    )
    .option('--host <host>', 'bind address', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', integerOption('--port'), 8100)
    .option('--weights <f,e,r>', `weights of format, execution and (gated) reasoning`, weightsOption, DEFAULT_WEIGHTS)
    .option(
      '--max-body-bytes <n>',
      'the largest request body; a larger one gets 413',
      integerOption('--max-body-bytes', 1),
      DEFAULT_MAX_BODY_BYTES,
    )
    .action(async (flags: { host: string; port: number; weights: RewardWeights; maxBodyBytes: number }) => {
      const running = await serveReward(flags);
      process.stderr.write(
        `reward server at ${running.url} (weights ${flags.weights.format}/${flags.weights.execution}/${flags.weights.reasoning})\n`,
      );
      closeOnSignal(running);
    });
  return new Command('reward').summary('the gated composite reward').addCommand(serve);
}
