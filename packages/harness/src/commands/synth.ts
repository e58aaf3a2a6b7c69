import { Command, InvalidArgumentError } from 'commander';
import { SCENARIO_KINDS, type ScenarioKind } from '@inftool/core';
import type { HarnessEnvironment } from '../config.js';
import { createStageProgress } from '../progress.js';
import { OFFLINE, selectRoles } from '../roles/select-roles.js';
import { synthesize, type SynthSummary } from '../run/synth.js';
import { integerOption } from './options.js';

interface SynthFlags {
  tree: string;
  scenarios: ScenarioKind[];
  count: number;
  out: string;
  concurrency: number;
  resume?: boolean;
  seed: string;
  userModel: string;
  assistantModel: string;
  baseUrl?: string;
  cacheDir?: string;
  transport: 'http' | 'stdio';
  progress: boolean;
}

function scenariosOption(value: string): ScenarioKind[] {
  const kinds = value === 'all' ? [...SCENARIO_KINDS] : value.split(',').map((kind) => kind.trim());
  const unknown = kinds.filter((kind) => !(SCENARIO_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) throw new InvalidArgumentError(`--scenarios takes "all" or a list of ${SCENARIO_KINDS.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`);
  return kinds as ScenarioKind[];
}

export function printSummary(summary: SynthSummary, out: string): void {
  const lines = [
    `${summary.accepted} accepted, ${summary.rejected} rejected${summary.skipped > 0 ? `, ${summary.skipped} already done (resumed)` : ''} of ${summary.planned} tasks in ${(summary.ms / 1000).toFixed(1)} s → ${out}`,
    ...Object.entries(summary.byKind).map(([kind, counts]) => `  ${kind.padEnd(14)} ${String(counts.accepted).padStart(5)} accepted ${String(counts.rejected).padStart(5)} rejected`),
    ...(Object.keys(summary.failedChecks).length > 0 ? [`  failed checks: ${Object.entries(summary.failedChecks).map(([id, count]) => `${id} ×${count}`).join(', ')}`] : []),
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
}

export function synthCommand(environment: HarnessEnvironment): Command {
  return new Command('synth')
    .summary('play tasks over simulated MCP servers and record verified trajectories')
    .description(
      'Sample seeded tasks from a ToolTree (scenarios: single, parallel, multiple, irrelevance, missing_param, multi_turn), serve the tree ' +
        '(one in-process `inftool serve` over Streamable HTTP for all sessions, or a stdio server per session), and play each task: the user ' +
        'simulator talks, the assistant runs its tool-calling loop over real MCP. Every record is checked and validated against the Trajectory ' +
        'schema; accepted ones go to trajectories.jsonl, rejected ones with their reasons to rejected.jsonl. A killed run continues with --resume.\n\n' +
        'Roles are `offline` (model-free, the default) or a model name on the OpenAI-compatible endpoint ($OPENAI_BASE_URL).\n\n' +
        'Example:\n  inftool synth --tree tree.json --scenarios all --count 300 --out runs/first --concurrency 8',
    )
    .requiredOption('--tree <file>', 'the ToolTree to play over')
    .option('--scenarios <list>', `"all" or a comma list of ${SCENARIO_KINDS.join(', ')}`, scenariosOption, [...SCENARIO_KINDS])
    .option('--count <n>', 'tasks to plan (spread over the scenarios in turn)', integerOption('--count', 1), 60)
    .requiredOption('--out <dir>', 'run directory (manifest.json, trajectories.jsonl, rejected.jsonl)')
    .option('--concurrency <n>', 'conversations at once', integerOption('--concurrency', 1), 8)
    .option('--resume', 'continue the run in --out: tasks already recorded are skipped')
    .option('--seed <text>', 'plans the same tasks for the same seed', 'inftool')
    .option('--user-model <name>', `the user simulator: ${OFFLINE} or a model name`, OFFLINE)
    .option('--assistant-model <name>', `the assistant: ${OFFLINE} (follows the task plan) or a model name`, OFFLINE)
    .option('--base-url <url>', 'OpenAI-compatible endpoint for model roles (defaults to $OPENAI_BASE_URL; key from $OPENAI_API_KEY)')
    .option('--cache-dir <dir>', 'record/replay model answers here, so a rerun costs nothing')
    .option('--transport <kind>', 'http (one server, many sessions) or stdio (a server process per session)', 'http')
    .option('--no-progress', 'no progress output on stderr')
    .action(async (flags: SynthFlags) => {
      const roles = selectRoles({ user: flags.userModel, assistant: flags.assistantModel, endpoint: { baseURL: flags.baseUrl ?? environment.endpoint.baseURL, apiKey: environment.endpoint.apiKey }, ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}) });
      const progress = flags.progress ? createStageProgress() : undefined;
      const summary = await synthesize({
        tree: flags.tree,
        kinds: flags.scenarios,
        count: flags.count,
        out: flags.out,
        seed: flags.seed,
        concurrency: flags.concurrency,
        resume: flags.resume ?? false,
        roles,
        transport: flags.transport,
        ...(progress ? { onProgress: (done: number, total: number) => progress.update('synth', done, total) } : {}),
      });
      progress?.stop();
      printSummary(summary, flags.out);
    });
}
