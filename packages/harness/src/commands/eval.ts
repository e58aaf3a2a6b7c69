import { Command } from 'commander';
import {
  DEFAULT_MODEL_TIMEOUT_MS,
  InfToolError,
  OpenAIChatModel,
  SCENARIO_KINDS,
  bufferedFetch,
  defaultRetryPolicy,
  type ScenarioKind,
  DEFAULT_SEED,
} from '@inftool/core';
import { evaluateAgent, type EvalAgentOptions } from '../eval/agent/eval-agent.js';
import { OFFLINE, selectRoles } from '../roles/select-roles.js';
import { compareReports, formatReport } from '../eval/agent/report.js';
import type { HarnessEnvironment } from '../config.js';
import { evaluateBfcl } from '../eval/bfcl-mcp.js';
import { createStageProgress } from '../progress.js';
import { integerOption } from './options.js';
import { bfclCheck } from '../eval/bfcl-check.js';

function bfclCheckCommand(): Command {
  const check = new Command('bfcl-check')
    .summary("judge decoded function calls against BFCL possible answers, as BFCL's AST checker does")
    .description(
      'Q and A are BFCL question and possible-answer files; R has one line per question {"id", "result": [{"<function>": {<arguments>}}, ...]}. ' +
        'V gets one line per result {"id", "valid", "error"?}. The rules are documented in docs/eval.md.',
    )
    .requiredOption('--questions <file>', 'BFCL question file (BFCL_v4_<category>.json)')
    .option('--answers <file>', 'BFCL possible-answer file (none for irrelevance)')
    .requiredOption('--results <file>', 'decoded results, one JSON line per question')
    .requiredOption('--category <name>', 'the BFCL category (simple_python, multiple, parallel, parallel_multiple, irrelevance, …)')
    .requiredOption('--out <file>', 'where the verdicts go')
    .option(
      '--strict',
      "the strict reading: the doc's types hold at every depth, parallel calls match in any assignment (docs/eval.md)",
      false,
    )
    .action(async (flags: { questions: string; answers?: string; results: string; category: string; out: string; strict: boolean }) => {
      const summary = await bfclCheck(flags);
      process.stderr.write(
        `${flags.category}: ${summary.valid}/${summary.total} valid (accuracy ${(100 * summary.accuracy).toFixed(2)}%${flags.strict ? ', strict' : ''}) → ${flags.out}\n`,
      );
    });
  return check;
}

function scenariosOption(value: string): ScenarioKind[] {
  const kinds = value === 'all' ? [...SCENARIO_KINDS] : value.split(',').map((kind) => kind.trim());
  const unknown = kinds.filter((kind) => !(SCENARIO_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0)
    throw new InfToolError(
      'invalid_input',
      `--scenarios takes "all" or a list of ${SCENARIO_KINDS.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`,
    );
  return kinds as ScenarioKind[];
}

interface EvalAgentFlags {
  tree?: string;
  agent?: string;
  scenarios: ScenarioKind[];
  count: number;
  seed: string;
  out?: string;
  agentConcurrency: number;
  turnTimeout: number;
  taskTimeout: number;
  maxTurns: number;
  suite?: string;
  resume?: boolean;
  compare?: string[];
  progress: boolean;
  userModel: string;
  baseUrl?: string;
  userBaseUrl?: string;
  modelTimeoutMs: number;
  modelRetries: number;
  cacheDir?: string;
}

/**
 * The user simulator of `eval agent`, chosen as `synth` chooses its user: offline, or a model on the
 * OpenAI-compatible endpoint (`--user-base-url`, `--base-url`, `OPENAI_BASE_URL`; key `OPENAI_API_KEY`).
 */
function evalUser(flags: EvalAgentFlags, environment: HarnessEnvironment): EvalAgentOptions['user'] {
  if (flags.userModel === OFFLINE) return undefined;
  const roles = selectRoles({
    user: flags.userModel,
    assistant: OFFLINE,
    endpoint: { baseURL: flags.baseUrl ?? environment.endpoint.baseURL, apiKey: environment.endpoint.apiKey },
    endpoints: { user: { baseURL: flags.userBaseUrl } },
    ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}),
    timeoutMs: flags.modelTimeoutMs,
    retry: { maxRetries: flags.modelRetries, maxTimeoutRetries: Math.min(1, flags.modelRetries) },
  });
  return { name: flags.userModel, make: (task, tools) => roles.user(task, tools) };
}

/** The user model's options of `eval agent`: the names and defaults `synth` uses for its user. */
function withUserModelOptions(command: Command): Command {
  return command
    .option('--user-model <name>', `the user simulator: ${OFFLINE} or a model name (as in synth)`, OFFLINE)
    .option('--base-url <url>', 'OpenAI-compatible endpoint of the user model (defaults to $OPENAI_BASE_URL; key from $OPENAI_API_KEY)')
    .option('--user-base-url <url>', 'endpoint of the user model, if not --base-url')
    .option(
      '--model-timeout-ms <n>',
      'how long one request of the user model may take before it is given up',
      integerOption('--model-timeout-ms', 1),
      DEFAULT_MODEL_TIMEOUT_MS,
    )
    .option(
      '--model-retries <n>',
      'retries of a user-model request that failed for the endpoint (5xx, 429, connection); a timed-out request is retried at most once',
      integerOption('--model-retries', 0),
      defaultRetryPolicy.maxRetries,
    )
    .option('--cache-dir <dir>', "record/replay the user model's answers here, so a rerun asks it nothing");
}

function agentCommand(environment: HarnessEnvironment): Command {
  const command = new Command('agent')
    .summary('test any MCP agent on simulated tools, scored from the server side')
    .description(
      "Plans tasks from the tree; for each, serves a fresh simulated MCP endpoint (Streamable HTTP on 127.0.0.1) with the task's tools and world, " +
        'starts the agent command with INFTOOL_MCP_URL set (and INFTOOL_MCP_COMMAND, a command line serving the same endpoint over stdio), and lets the user simulator (offline, or --user-model) talk to it: user turns go to its stdin as JSON lines ' +
        '{"role":"user","content":…}, one reply per turn comes back on stdout as {"role":"assistant","content":…}. The session is scored from the ' +
        'JSON-RPC wire the server saw (docs/eval.md). Writes report.json and the sessions as a run (trajectories.jsonl: passed, rejected.jsonl: failed).\n\n' +
        'Examples:\n  inftool eval agent --tree runs/demo/tree.json --agent "python my_agent.py" --count 50 --out runs/agent-eval\n' +
        '  inftool eval agent --compare runs/a/report.json runs/b/report.json',
    )
    .option('--tree <file>', 'ToolTree (or tools/list dump) to plan tasks from and serve')
    .option('--agent <command>', 'the agent under test: a shell command line, started once per task')
    .option('--scenarios <list>', `"all" or a comma list of ${SCENARIO_KINDS.join(', ')}`, scenariosOption, [...SCENARIO_KINDS])
    .option('--count <n>', 'tasks to plan (spread over the scenarios in turn)', integerOption('--count', 1), 20)
    .option('--seed <text>', 'plans the same tasks for the same seed', DEFAULT_SEED)
    .option('--out <dir>', 'where the report and the sessions go (a new directory)')
    .option('--agent-concurrency <n>', 'agents running at once', integerOption('--agent-concurrency', 1), 4)
    .option('--turn-timeout <ms>', 'longest wait for one reply', integerOption('--turn-timeout', 1), 60_000)
    .option('--task-timeout <ms>', 'longest a task may take, all turns together', integerOption('--task-timeout', 1), 300_000)
    .option('--max-turns <n>', 'user turns at most', integerOption('--max-turns', 1), 15)
    .option('--suite <file>', 'a frozen task set: rerun the tasks it holds, or (when it does not exist) write the tasks planned here to it')
    .option('--resume', 'continue an interrupted evaluation in --out (same tree, plan and agent): scored tasks are kept, the rest played')
    .option('--compare <reports...>', 'print per-kind differences between two report.json files (B − A) and exit')
    .option('--no-progress', 'no progress output on stderr');
  return withUserModelOptions(command).action((flags: EvalAgentFlags) => runEvalAgent(flags, environment));
}

/** `eval agent`'s action: a comparison of two reports, or an evaluation with its table on stderr. */
async function runEvalAgent(flags: EvalAgentFlags, environment: HarnessEnvironment): Promise<void> {
  if (flags.compare) {
    if (flags.compare.length !== 2)
      throw new InfToolError('invalid_input', `--compare takes two report files (A then B), got ${flags.compare.length}`);
    process.stdout.write(await compareReports(flags.compare[0] as string, flags.compare[1] as string));
    return;
  }
  const missing = (['tree', 'agent', 'out'] as const).filter((name) => flags[name] === undefined);
  if (missing.length > 0)
    throw new InfToolError(
      'invalid_input',
      `eval agent needs ${missing.map((name) => `--${name}`).join(', ')} (or --compare A.json B.json)`,
    );
  const user = evalUser(flags, environment);
  const progress = flags.progress ? createStageProgress() : undefined;
  const report = await evaluateAgent({
    tree: flags.tree as string,
    agent: flags.agent as string,
    kinds: flags.scenarios,
    count: flags.count,
    seed: flags.seed,
    out: flags.out as string,
    agentConcurrency: flags.agentConcurrency,
    turnTimeoutMs: flags.turnTimeout,
    taskTimeoutMs: flags.taskTimeout,
    maxTurns: flags.maxTurns,
    ...(flags.suite ? { suite: flags.suite } : {}),
    ...(flags.resume ? { resume: true } : {}),
    ...(user ? { user } : {}),
    ...(progress ? { onProgress: (done: number, total: number) => progress.update('tasks', done, total) } : {}),
  });
  progress?.stop();
  process.stderr.write(formatReport(report, flags.out as string));
}

export function evalCommand(environment: HarnessEnvironment): Command {
  const bfcl = new Command('bfcl')
    .summary("BFCL through MCP: serve each question's functions, let the model answer, judge as BFCL does")
    .description(
      "Each question's functions are served by the simulated server over Streamable HTTP; the assistant (--model on the OpenAI-compatible endpoint, or `oracle`, " +
        "a model-free stand-in that answers with the ground truth to check the plumbing) answers over a real MCP session; its calls are decoded into BFCL's form " +
        'and judged. Writes per category BFCL_v4_<category>_result.json and _score.jsonl, and report.json with the accuracy per category and overall.',
    )
    .requiredOption('--data <dir>', 'BFCL data directory (question files and possible_answer/)')
    .option('--categories <list>', 'comma list of categories', 'simple_python,multiple,parallel,parallel_multiple,irrelevance')
    .requiredOption('--model <name>', "the assistant's model, or oracle")
    .option('--base-url <url>', 'OpenAI-compatible endpoint (defaults to $OPENAI_BASE_URL)')
    .requiredOption('--out <dir>', 'where results, scores and the report go')
    .option('--limit <n>', 'questions per category at most', integerOption('--limit', 1))
    .option('--concurrency <n>', 'questions at once', integerOption('--concurrency', 1), 4)
    .option('--strict', "judge by the strict reading instead of BFCL's verdicts (docs/eval.md)", false)
    .option('--no-progress', 'no progress output on stderr')
    .action((flags: BfclFlags) => runBfcl(flags, environment));
  return new Command('eval')
    .summary('evaluation: BFCL through MCP, the BFCL-compatible checker, and MCP agents on simulated tools')
    .addCommand(bfcl)
    .addCommand(agentCommand(environment))
    .addCommand(bfclCheckCommand());
}

interface BfclFlags {
  data: string;
  categories: string;
  model: string;
  baseUrl?: string;
  out: string;
  limit?: number;
  concurrency: number;
  strict: boolean;
  progress: boolean;
}

/** `inftool eval bfcl`: the run, then the accuracy per category on stderr. */
async function runBfcl(flags: BfclFlags, environment: HarnessEnvironment): Promise<void> {
  const baseURL = flags.baseUrl ?? environment.endpoint.baseURL;
  if (flags.model !== 'oracle' && !baseURL)
    throw new InfToolError('config', `--model ${flags.model} needs an endpoint: --base-url or OPENAI_BASE_URL (or --model oracle)`);
  const model =
    flags.model === 'oracle'
      ? 'oracle'
      : new OpenAIChatModel({
          model: flags.model,
          baseURL,
          apiKey: environment.endpoint.apiKey,
          fetch: bufferedFetch,
          concurrency: flags.concurrency,
        });
  const progress = flags.progress ? createStageProgress() : undefined;
  const report = await evaluateBfcl({
    data: flags.data,
    categories: flags.categories
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    model,
    out: flags.out,
    ...(flags.limit ? { limit: flags.limit } : {}),
    concurrency: flags.concurrency,
    strict: flags.strict,
    ...(progress ? { onProgress: (done: number, total: number) => progress.update('bfcl', done, total) } : {}),
  });
  progress?.stop();
  const rows = Object.entries(report.categories).map(
    ([category, summary]) =>
      `  ${category.padEnd(20)} ${(100 * summary.accuracy).toFixed(2).padStart(6)}%  (${summary.valid}/${summary.total})`,
  );
  process.stderr.write(
    `${rows.join('\n')}\n  ${'overall'.padEnd(20)} ${(100 * report.overall).toFixed(2).padStart(6)}%  (unweighted mean of the categories) → ${flags.out}/report.json\n`,
  );
}
