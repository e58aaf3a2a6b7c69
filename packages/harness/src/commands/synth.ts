import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MODEL_TIMEOUT_MS, InfToolError, OpenAIChatModel, defaultRetryPolicy, redactSecrets, DEFAULT_SEED } from '@inftool/core';
import { SCENARIO_KINDS, WIRE_SCOPES, type ScenarioKind, type WireScope } from '@inftool/core';
import type { HarnessEnvironment } from '../config.js';
import { createStageProgress } from '../progress.js';
import { OFFLINE, selectRoles, type RoleChoice } from '../roles/select-roles.js';
import { collectQueued } from '../scale/collector.js';
import { DEFAULT_BREAKER_THRESHOLD } from '../run/infrastructure.js';
import { describeLeftTasks, synthesize, type SynthSummary } from '../run/synth.js';
import type { QueuedRunSettings } from '../scale/queue-keys.js';
import { collect, credentialHeaders, integerOption, rateOption } from './options.js';

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
  serverModel?: string;
  judgeModel?: string;
  judges: number;
  voteThreshold: number;
  price: string[];
  reflect: number;
  rollouts: number;
  baseUrl?: string;
  userBaseUrl?: string;
  assistantBaseUrl?: string;
  serverBaseUrl?: string;
  judgeBaseUrl?: string;
  cacheDir?: string;
  transport: 'http' | 'stdio';
  wire: WireScope;
  server?: string;
  serverHeader: string[];
  serverToken?: string;
  progress: boolean;
  maxInfraFailures: number;
  modelTimeoutMs: number;
  modelRetries: number;
  queue?: string;
  maxRpm?: number;
  maxTpm?: number;
}

/** `inftool synth`'s exit code when tasks were left for `--resume` (the infrastructure failed them). */
export const EXIT_TASKS_LEFT = 3;

function scenariosOption(value: string): ScenarioKind[] {
  const kinds = value === 'all' ? [...SCENARIO_KINDS] : value.split(',').map((kind) => kind.trim());
  const unknown = kinds.filter((kind) => !(SCENARIO_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0)
    throw new InvalidArgumentError(
      `--scenarios takes "all" or a list of ${SCENARIO_KINDS.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`,
    );
  return kinds as ScenarioKind[];
}

/** `--price MODEL=IN/OUT`: US$ per million prompt / completion tokens. */
function parsePrices(entries: string[]): Map<string, { input: number; output: number }> {
  const prices = new Map<string, { input: number; output: number }>();
  for (const entry of entries) {
    const match = /^(.+)=([\d.]+)\/([\d.]+)$/.exec(entry);
    if (!match) throw new InvalidArgumentError(`--price takes MODEL=IN/OUT (US$ per million tokens), got "${entry}"`);
    prices.set(match[1] as string, { input: Number(match[2]), output: Number(match[3]) });
  }
  return prices;
}

export function printSummary(
  summary: SynthSummary,
  out: string,
  models: Record<string, string | undefined> = {},
  prices = new Map<string, { input: number; output: number }>(),
  secrets: ReadonlyArray<string | undefined> = [],
): void {
  const lines = [
    ...summary.repaired.map((line) => `resume repaired: ${line}`),
    `${summary.accepted} accepted, ${summary.rejected} rejected${summary.skipped > 0 ? `, ${summary.skipped} already done (resumed)` : ''} of ${summary.planned} tasks in ${(summary.ms / 1000).toFixed(1)} s → ${out}`,
    ...Object.entries(summary.byKind).map(
      ([kind, counts]) =>
        `  ${kind.padEnd(14)} ${String(counts.accepted).padStart(5)} accepted ${String(counts.rejected).padStart(5)} rejected`,
    ),
    ...(Object.keys(summary.failedChecks).length > 0
      ? [
          `  failed checks: ${Object.entries(summary.failedChecks)
            .map(([id, count]) => `${id} ×${count}`)
            .join(', ')}`,
        ]
      : []),
    ...Object.entries(summary.usage).map(([role, used]) => {
      const price = prices.get(models[role] ?? '');
      const cost = price ? ` ≈ US$${((used.promptTokens * price.input + used.completionTokens * price.output) / 1e6).toFixed(4)}` : '';
      return `  ${role} (${models[role] ?? '?'}): ${used.calls} calls (${used.cachedCalls} from cache), ${used.promptTokens} prompt + ${used.completionTokens} completion tokens${cost}`;
    }),
    ...describeLeftTasks(summary),
  ];
  process.stderr.write(`${redactSecrets(lines.join('\n'), secrets)}\n`);
}

/** Credentials for `--server`: its headers and bearer token (none without --server). */
function serverHeadersOf(flags: SynthFlags, environment: HarnessEnvironment): { serverHeaders?: Record<string, string> } {
  if (!flags.server) {
    if (flags.serverHeader.length > 0 || flags.serverToken !== undefined)
      throw new InfToolError('config', '--server-header and --server-token go with --server (a running server to play over)');
    return {};
  }
  const headers = credentialHeaders(flags.serverHeader, flags.serverToken ?? environment.bearerToken, '--server-token');
  return headers ? { serverHeaders: headers } : {};
}

const SERVER_WITH_QUEUE =
  "--server does not go with --queue: each worker serves the run's tree itself and checks it against the hash in the run's manifest, " +
  'and a running `inftool serve` reports neither the hash of the tree it serves nor its seed, so records played over it could not be ' +
  "vouched for. Drop --server and give every worker the tree (the same file at the collector's path, or `inftool worker --tree FILE`); " +
  'to play over that server, run `inftool synth --server URL` without --queue';

/** The flags that only go with --queue, or not with it. */
function checkQueueFlags(flags: SynthFlags): void {
  if ((flags.maxRpm ?? flags.maxTpm) !== undefined && !flags.queue)
    throw new InfToolError('config', '--max-rpm and --max-tpm go with --queue (the limit is kept in its Redis, across workers)');
  if (flags.server && flags.queue) throw new InfToolError('config', SERVER_WITH_QUEUE);
}

/** What the workers of a queued run need (no key: each worker reads its own). */
function queuedSettings(
  flags: SynthFlags,
  choice: RoleChoice,
  serverModel: { model: string; baseURL?: string } | undefined,
): Omit<QueuedRunSettings, 'runId' | 'manifest'> {
  const { endpoint, endpoints, ...rest } = choice;
  return {
    tree: resolve(flags.tree),
    roles: {
      ...rest,
      endpoint: { ...(endpoint.baseURL ? { baseURL: endpoint.baseURL } : {}) },
      ...(endpoints
        ? {
            endpoints: Object.fromEntries(
              Object.entries(endpoints).map(([role, value]) => [role, { ...(value.baseURL ? { baseURL: value.baseURL } : {}) }]),
            ),
          }
        : {}),
    },
    ...(serverModel ? { serverModel } : {}),
    transport: flags.transport,
    reflect: flags.reflect,
    maxInfrastructureFailures: flags.maxInfraFailures,
    limits: { ...(flags.maxRpm ? { maxRpm: flags.maxRpm } : {}), ...(flags.maxTpm ? { maxTpm: flags.maxTpm } : {}) },
  };
}

export function synthCommand(environment: HarnessEnvironment): Command {
  const command = new Command('synth')
    .summary('play tasks over simulated MCP servers and record verified trajectories')
    .description(
      'Sample seeded tasks from a ToolTree (scenarios: single, parallel, multiple, irrelevance, missing_param, multi_turn), serve the tree ' +
        '(one in-process `inftool serve` over Streamable HTTP for all sessions, or a stdio server per session), and play each task: the user ' +
        'simulator talks, the assistant runs its tool-calling loop over real MCP. Every record is checked and validated against the Trajectory ' +
        'schema; accepted ones go to trajectories.jsonl, rejected ones with their reasons to rejected.jsonl, each tool list once in tools/ (records ' +
        'reference it; `inftool export` reads them back in full). A killed run continues with --resume. A task the infrastructure ' +
        'fails (a model endpoint down, 5xx or 429 through every retry, refused credentials, a timeout, the MCP server unreachable) is not ' +
        'recorded: the run says how many were left and why, and exits with code 3; --resume plays them.\n\n' +
        'Roles are `offline` (model-free, the default) or a model name on the OpenAI-compatible endpoint ($OPENAI_BASE_URL).\n\n' +
        'Example:\n  inftool synth --tree tree.json --scenarios all --count 300 --out runs/first --concurrency 8',
    );
  return withScaleOptions(withServerOptions(withRoleOptions(withPlanOptions(command)))).action((flags: SynthFlags) =>
    runSynth(flags, environment),
  );
}

/** What to play and where to record it. */
function withPlanOptions(command: Command): Command {
  return command
    .requiredOption(
      '--tree <file>',
      'the tools to play over: a ToolTree, or an MCP tools/list dump ({"tools": [...]}) as `inftool serve --tree` takes',
    )
    .option('--scenarios <list>', `"all" or a comma list of ${SCENARIO_KINDS.join(', ')}`, scenariosOption, [...SCENARIO_KINDS])
    .option('--count <n>', 'tasks to plan (spread over the scenarios in turn)', integerOption('--count', 1), 60)
    .requiredOption('--out <dir>', 'run directory (manifest.json, trajectories.jsonl, rejected.jsonl, tools/)')
    .option('--concurrency <n>', 'conversations at once', integerOption('--concurrency', 1), 8)
    .option('--resume', 'continue the run in --out: tasks already recorded are skipped')
    .option('--seed <text>', 'plans the same tasks for the same seed', DEFAULT_SEED);
}

/** Who plays each role, on which endpoint. */
function withRoleOptions(command: Command): Command {
  return command
    .option('--user-model <name>', `the user simulator: ${OFFLINE} or a model name`, OFFLINE)
    .option('--assistant-model <name>', `the assistant: ${OFFLINE} (follows the task plan) or a model name`, OFFLINE)
    .option('--server-model <name>', 'a model writes the simulated tool results (llm engine; default: the faker engine, no model)')
    .option('--judge-model <name>', `verify accepted trajectories with judges: ${OFFLINE} (rules) or a model name`)
    .option('--judges <k>', 'how many judges vote (with --judge-model)', integerOption('--judges', 1), 3)
    .option('--vote-threshold <share>', 'share of accepting votes needed', rateOption('--vote-threshold'), 0.5)
    .option('--rollouts <k>', 'rollouts per task (for `inftool stratify`: execution consistency over k)', integerOption('--rollouts', 1), 1)
    .option(
      '--reflect <attempts>',
      "self-reflection: replay a rejected task with the reviewer's findings, up to this many attempts in all (models only)",
      integerOption('--reflect', 1),
      1,
    )
    .option(
      '--price <model=in/out>',
      'US$ per million prompt/completion tokens of a model, for the cost summary; repeat per model',
      collect,
      [],
    )
    .option('--base-url <url>', 'OpenAI-compatible endpoint for model roles (defaults to $OPENAI_BASE_URL; key from $OPENAI_API_KEY)')
    .option('--user-base-url <url>', 'endpoint of the user model, if not --base-url')
    .option('--assistant-base-url <url>', 'endpoint of the assistant model, if not --base-url')
    .option('--server-base-url <url>', 'endpoint of the server model, if not --base-url')
    .option('--judge-base-url <url>', 'endpoint of the judge model, if not --base-url')
    .option('--cache-dir <dir>', 'record/replay model answers here, so a rerun costs nothing');
}

/** The MCP server played over, and how hard its failures and the models' are pushed against. */
function withServerOptions(command: Command): Command {
  return command
    .option('--transport <kind>', 'http (one server, many sessions) or stdio (a server process per session)', 'http')
    .addOption(
      new Option(
        '--wire <scope>',
        'the JSON-RPC wire each record keeps: full (every message; tool lists stored once in <out>/tools/), calls (the tools/call exchanges only), none',
      )
        .choices([...WIRE_SCOPES])
        .default('full'),
    )
    .option('--server <url>', 'play over an already running `inftool serve --transport http` (its tree must be --tree)')
    .option(
      '--max-infra-failures <n>',
      'circuit breaker: stop the run after this many infrastructure failures of one model or the MCP server in a row (endpoint down, 5xx or 429 through every retry, timeouts); refused credentials (401/403) stop it at once. Tasks not played are left for --resume',
      integerOption('--max-infra-failures', 1),
      DEFAULT_BREAKER_THRESHOLD,
    )
    .option(
      '--model-timeout-ms <n>',
      'how long one model request may take before it is given up (each role, the server model too)',
      integerOption('--model-timeout-ms', 1),
      DEFAULT_MODEL_TIMEOUT_MS,
    )
    .option(
      '--model-retries <n>',
      'retries of a model request that failed for the endpoint (5xx, 429, connection); a timed-out request is retried at most once',
      integerOption('--model-retries', 0),
      defaultRetryPolicy.maxRetries,
    )
    .option('--server-header <Name: value>', 'an HTTP header for --server (repeatable)', collect, [])
    .option('--server-token <token>', 'send "Authorization: Bearer <token>" to --server (defaults to $INFTOOL_BEARER_TOKEN)');
}

/** Scale-out over a Redis queue, and progress output. */
function withScaleOptions(command: Command): Command {
  return command
    .option(
      '--queue <redis-url>',
      'scale out: plan the run, put its tasks on this Redis (redis://HOST:PORT/DB) and collect the records that `inftool worker`s on any machines send back; this process is the one writer of --out',
    )
    .option('--max-rpm <n>', 'with --queue: requests a minute per model endpoint, across all workers', integerOption('--max-rpm', 1))
    .option('--max-tpm <n>', 'with --queue: tokens a minute per model endpoint, across all workers', integerOption('--max-tpm', 1))
    .option('--no-progress', 'no progress output on stderr');
}

async function runSynth(flags: SynthFlags, environment: HarnessEnvironment): Promise<void> {
  const endpoint = { baseURL: flags.baseUrl ?? environment.endpoint.baseURL, apiKey: environment.endpoint.apiKey };
  const prices = parsePrices(flags.price);
  checkQueueFlags(flags);
  const retry = { maxRetries: flags.modelRetries, maxTimeoutRetries: Math.min(1, flags.modelRetries) };
  const choice = roleChoiceOf(flags, endpoint, retry);
  const roles = selectRoles(choice);
  const serverURL = flags.serverBaseUrl ?? endpoint.baseURL;
  const serverModel = serverModelOf(flags, serverURL, endpoint.apiKey, retry);
  const progress = flags.progress ? createStageProgress() : undefined;
  const secrets = [endpoint.apiKey, environment.authToken];
  const options = {
    tree: flags.tree,
    kinds: flags.scenarios,
    count: flags.count,
    out: flags.out,
    seed: flags.seed,
    concurrency: flags.concurrency,
    resume: flags.resume ?? false,
    roles,
    transport: flags.transport,
    wire: flags.wire,
    reflect: flags.reflect,
    rollouts: flags.rollouts,
    ...(flags.server ? { serverUrl: flags.server } : {}),
    ...serverHeadersOf(flags, environment),
    ...(serverModel ? { serverModel } : {}),
    maxInfrastructureFailures: flags.maxInfraFailures,
    secrets,
    ...(progress ? { onProgress: (done: number, total: number) => progress.update('synth', done, total) } : {}),
  };
  const queued = flags.queue
    ? queuedSettings(flags, choice, serverModel ? { model: flags.serverModel as string, baseURL: serverURL } : undefined)
    : undefined;
  const summary = await (
    queued && flags.queue ? collectQueued({ ...options, queue: flags.queue, settings: queued }) : synthesize(options)
  ).finally(() => progress?.stop());
  printSummary(summary, flags.out, { ...roles.names, ...(serverModel ? { server: flags.serverModel } : {}) }, prices, secrets);
  if (summary.left > 0) process.exitCode = EXIT_TASKS_LEFT;
}

/** The roles asked for on the command line, on their endpoints. */
function roleChoiceOf(
  flags: SynthFlags,
  endpoint: { baseURL?: string; apiKey?: string },
  retry: { maxRetries: number; maxTimeoutRetries: number },
): RoleChoice {
  return {
    user: flags.userModel,
    assistant: flags.assistantModel,
    endpoint,
    endpoints: {
      user: { baseURL: flags.userBaseUrl },
      assistant: { baseURL: flags.assistantBaseUrl },
      judge: { baseURL: flags.judgeBaseUrl },
    },
    ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}),
    timeoutMs: flags.modelTimeoutMs,
    retry,
    ...(flags.judgeModel ? { judge: { model: flags.judgeModel, count: flags.judges, threshold: flags.voteThreshold } } : {}),
  };
}

/** The llm engine's model for `--server-model`, or none (the faker engine). */
function serverModelOf(
  flags: SynthFlags,
  serverURL: string | undefined,
  apiKey: string | undefined,
  retry: { maxRetries: number; maxTimeoutRetries: number },
): OpenAIChatModel | undefined {
  if (flags.serverModel && flags.serverModel !== OFFLINE && !serverURL)
    throw new InfToolError(
      'config',
      `--server-model ${flags.serverModel} needs an endpoint: --server-base-url, --base-url or OPENAI_BASE_URL`,
    );
  return flags.serverModel && flags.serverModel !== OFFLINE
    ? new OpenAIChatModel({
        model: flags.serverModel,
        baseURL: serverURL,
        apiKey,
        timeoutMs: flags.modelTimeoutMs,
        retry,
      })
    : undefined;
}
