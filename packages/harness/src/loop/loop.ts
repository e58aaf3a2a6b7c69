import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  InfToolError,
  OpenAIChatModel,
  SchemaValidator,
  bufferedFetch,
  type ScenarioKind,
  type Task,
  type Trajectory,
} from '@inftool/core';
import { FakerEngine } from '@inftool/sim-server';
import { writeExport } from '../export/write-export.js';
import { evaluateBfcl, type BfclReport } from '../eval/bfcl-mcp.js';
import { serveReward } from '../reward/reward-server.js';
import { selectRoles } from '../roles/select-roles.js';
import { readRun } from '../run/read-run.js';
import { readToolTree } from '../run/read-tree.js';
import { writeStratification } from '../run/stratify.js';
import { describeLeftTasks, synthesize } from '../run/synth.js';
import { ToolIndex } from '../tasks/tool-index.js';
import { promptRows, writePromptSet } from './prompt-set.js';
import { regenerateTask } from './regenerate.js';

export interface LoopOptions {
  tree: string;
  out: string;
  rounds: number;
  /** A shell command that trains on the round's data (see docs/eval.md for its environment). */
  trainer: string;
  /** The assistant's model and endpoint for round 1; a trainer may point later rounds elsewhere. */
  model: string;
  modelEndpoint: string;
  kinds: readonly ScenarioKind[];
  count: number;
  rollouts: number;
  seed: string;
  concurrency: number;
  hardThreshold: number;
  bfcl?: { data: string; categories: string[]; limit?: number };
  log?: (line: string) => void;
}

export interface RoundReport {
  round: number;
  endpoint: string;
  synth: { accepted: number; rejected: number; regenerated: number };
  reward: { mean: number; p10: number; p50: number; p90: number; gated: number };
  trainer: { exitCode: number; ms: number; nextEndpoint?: string };
  bfcl?: { overall: number; categories: Record<string, number> };
  difficulty: { easy: number; hard: number };
  stages: string[];
}

export interface LoopState {
  schemaVersion: 1;
  rounds: RoundReport[];
  endpoint: string;
}

const quantile = (values: number[], q: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};

function runTrainer(command: string, env: Record<string, string>, log: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => log(`  trainer | ${chunk.toString().trimEnd()}`));
    child.stderr.on('data', (chunk: Buffer) => log(`  trainer | ${chunk.toString().trimEnd()}`));
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/** Hard tasks of the previous round, to come back with new personas, values and longer chains. */
async function previousHardTasks(out: string, round: number): Promise<Task[]> {
  const file = join(out, `round-${round - 1}`, 'run', 'hard-tasks.jsonl');
  if (round <= 1 || !existsSync(file)) return [];
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Task);
}

/**
 * Training: the trainer sees the data, the reward server and the current endpoint; it may write the
 * endpoint of the trained model to INFTOOL_NEXT_ENDPOINT_FILE.
 */
async function train(
  options: LoopOptions,
  round: number,
  dir: string,
  sftFile: string,
  endpoint: string,
  log: (line: string) => void,
): Promise<RoundReport['trainer']> {
  const reward = await serveReward({ port: 0 });
  const nextFile = join(dir, 'next-endpoint.txt');
  const started = performance.now();
  let exitCode: number;
  try {
    exitCode = await runTrainer(
      options.trainer,
      {
        INFTOOL_ROUND: String(round),
        INFTOOL_SFT_DATA: sftFile,
        INFTOOL_RL_PROMPTS: join(dir, 'rl-prompts.parquet'),
        INFTOOL_RL_PROMPTS_JSONL: join(dir, 'rl-prompts.jsonl'),
        INFTOOL_REWARD_URL: reward.url,
        INFTOOL_MODEL: options.model,
        INFTOOL_MODEL_ENDPOINT: endpoint,
        INFTOOL_NEXT_ENDPOINT_FILE: nextFile,
      },
      log,
    );
  } finally {
    await reward.close();
  }
  if (exitCode !== 0)
    throw new InfToolError(
      'config',
      `round ${round}: the trainer command exited with ${exitCode}; the round's data is in ${dir}; fix the trainer and run the loop again to resume`,
    );
  const nextEndpoint = existsSync(nextFile) ? (await readFile(nextFile, 'utf8')).trim() : undefined;
  return { exitCode, ms: Math.round(performance.now() - started), ...(nextEndpoint ? { nextEndpoint } : {}) };
}

/** BFCL through MCP on the round's endpoint. */
async function evaluateRound(
  bfclOptions: NonNullable<LoopOptions['bfcl']>,
  options: LoopOptions,
  dir: string,
  endpoint: string,
): Promise<NonNullable<RoundReport['bfcl']>> {
  const model = new OpenAIChatModel({
    model: options.model,
    baseURL: endpoint,
    fetch: bufferedFetch,
    concurrency: options.concurrency,
  });
  const report: BfclReport = await evaluateBfcl({
    data: bfclOptions.data,
    categories: bfclOptions.categories,
    model,
    out: join(dir, 'bfcl'),
    ...(bfclOptions.limit ? { limit: bfclOptions.limit } : {}),
    concurrency: options.concurrency,
  });
  return {
    overall: report.overall,
    categories: Object.fromEntries(Object.entries(report.categories).map(([category, entry]) => [category, entry.accuracy])),
  };
}

/** The reward's mean and quantiles over the round's records, and how many passed the gate. */
function rewardFigures(records: readonly Trajectory[]): RoundReport['reward'] {
  const totals = records.map((record) => record.reward?.['total'] ?? 0);
  return {
    mean: totals.length === 0 ? 0 : totals.reduce((total, value) => total + value, 0) / totals.length,
    p10: quantile(totals, 0.1),
    p50: quantile(totals, 0.5),
    p90: quantile(totals, 0.9),
    gated: records.filter((record) => record.reward?.['gate'] === 1).length,
  };
}

/** One round: synthesize, filter, export, train, evaluate, stratify and regenerate. */
async function playRound(
  options: LoopOptions,
  state: LoopState,
  round: number,
  tools: { index: ToolIndex; faker: FakerEngine },
  log: (line: string) => void,
): Promise<RoundReport> {
  const dir = join(options.out, `round-${round}`);
  const stages: string[] = [];
  log(`round ${round}: assistant ${options.model} at ${state.endpoint}`);
  const previousHard = await previousHardTasks(options.out, round);
  const regenerated = await Promise.all(previousHard.map((task) => regenerateTask(task, round, tools.index, tools.faker)));
  const runDir = join(dir, 'run');
  const summary = await synthesize({
    tree: options.tree,
    kinds: options.kinds,
    count: options.count,
    rollouts: options.rollouts,
    out: runDir,
    seed: `${options.seed}-round-${round}`,
    concurrency: options.concurrency,
    resume: existsSync(join(runDir, 'manifest.json')),
    extraTasks: regenerated,
    roles: selectRoles({ user: 'offline', assistant: options.model, endpoint: { baseURL: state.endpoint } }),
  });
  const left = describeLeftTasks(summary);
  if (left.length > 0) throw new InfToolError('infrastructure', `round ${round}: ${left.join('; ')}`, { category: 'third_party' });
  stages.push('synthesize', 'filter');
  // The run is read once: the exports, the prompt set, the reward figures and the split all use it.
  const { accepted, rejected } = await readRun(runDir);
  const records = [...accepted, ...rejected];
  const sft = await writeExport(accepted, 'openai', join(runDir, 'export-openai.jsonl'));
  await writePromptSet(promptRows(records), join(dir, 'rl-prompts.jsonl'), join(dir, 'rl-prompts.parquet'));
  stages.push('export');
  const trainer = await train(options, round, dir, sft.file, state.endpoint, log);
  if (trainer.nextEndpoint) state.endpoint = trainer.nextEndpoint;
  stages.push('train');
  const bfcl = options.bfcl ? await evaluateRound(options.bfcl, options, dir, state.endpoint) : undefined;
  if (bfcl) stages.push('evaluate');
  const difficulty = await writeStratification(runDir, records, options.hardThreshold);
  stages.push('stratify', 'regenerate');
  return {
    round,
    endpoint: state.endpoint,
    synth: { accepted: summary.accepted, rejected: summary.rejected, regenerated: regenerated.length },
    reward: rewardFigures(records),
    trainer,
    ...(bfcl ? { bfcl } : {}),
    difficulty: { easy: difficulty.easy, hard: difficulty.hard },
    stages,
  };
}

/**
 * The closed loop, a round at a time: synthesize (with the round's hard tasks regenerated), keep the
 * accepted, export SFT data and the RL prompt set, run the trainer command with the reward server up,
 * point the next round at the endpoint the trainer reports, evaluate BFCL through MCP, stratify, and
 * regenerate the hard tasks. State is in `<out>/loop-state.json`: a killed loop resumes at the first
 * round not finished (and `synth` itself resumes inside a round).
 */
export async function runLoop(options: LoopOptions): Promise<LoopState> {
  const log = options.log ?? (() => undefined);
  await mkdir(options.out, { recursive: true });
  const stateFile = join(options.out, 'loop-state.json');
  const state: LoopState = existsSync(stateFile)
    ? (JSON.parse(await readFile(stateFile, 'utf8')) as LoopState)
    : { schemaVersion: 1, rounds: [], endpoint: options.modelEndpoint };
  const tools = { index: new ToolIndex((await readToolTree(options.tree)).tree), faker: new FakerEngine(new SchemaValidator()) };

  for (let round = state.rounds.length + 1; round <= options.rounds; round += 1) {
    const entry = await playRound(options, state, round, tools, log);
    state.rounds.push(entry);
    await writeFile(join(options.out, `round-${round}`, 'report.json'), `${JSON.stringify(entry, null, 2)}\n`);
    await writeFile(stateFile, `${JSON.stringify(state, null, 2)}\n`);
    log(
      `round ${round}: ${entry.synth.accepted} accepted, ${entry.synth.rejected} rejected (${entry.synth.regenerated} regenerated); reward mean ${entry.reward.mean.toFixed(3)}; ${entry.bfcl ? `BFCL ${(100 * entry.bfcl.overall).toFixed(1)}%; ` : ''}${entry.difficulty.hard} hard tasks`,
    );
  }
  return state;
}
