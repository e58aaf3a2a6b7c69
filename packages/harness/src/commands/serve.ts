import { Command, InvalidArgumentError, Option } from 'commander';
import { InfToolError, OpenAIChatModel, ReplayCache, createLogger, type LogLevel, type Logger, DEFAULT_SEED } from '@inftool/core';
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  ENGINE_NAMES,
  HTTP_DEFAULTS,
  isLoopback as isLoopbackHost,
  Simulation,
  parseLatency,
  serveHttp,
  serveStdio,
  type EngineName,
  type HttpServeOptions,
} from '@inftool/sim-server';
import type { HarnessEnvironment } from '../config.js';
import { closeOnSignal } from './close-on-signal.js';
import { collect, integerOption, rateOption } from './options.js';

interface ServeFlags {
  tree: string;
  transport: 'stdio' | 'http';
  host: string;
  port: number;
  path: string;
  stateless?: boolean;
  server?: string;
  domain?: string;
  category?: string;
  pageSize: number;
  engine: EngineName;
  model?: string;
  baseUrl?: string;
  modelTimeoutMs: number;
  modelConcurrency: number;
  maxAttempts: number;
  cacheDir?: string;
  cacheMode: 'read-write' | 'replay' | 'record';
  seed: string;
  faultRate: number;
  latencyMs: number | [number, number];
  faultTimeoutMs: number;
  elicitMissing?: boolean;
  authToken?: string;
  insecure?: boolean;
  allowedHost?: string[];
  allowedOrigin?: string[];
  maxBodyBytes: number;
  maxMessageBytes: number;
  sessionIdleMinutes: number;
  maxSessions: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  standaloneSse: boolean;
  jsonResponse?: boolean;
  logLevel: LogLevel;
  logFormat: 'pretty' | 'json';
}

/**
 * The token HTTP requires, or none. An empty one (`--auth-token ""`) would let every request in while
 * looking set, so it is refused; so is a non-loopback --host without a token, unless --insecure.
 */
export function checkAuth(
  flags: Pick<ServeFlags, 'authToken' | 'host' | 'insecure' | 'transport'>,
  fromEnvironment: string | undefined,
): string | undefined {
  if (flags.authToken !== undefined && flags.authToken.trim() === '')
    throw new InfToolError(
      'config',
      '--auth-token is empty: an empty token would let every request in; give a non-empty token, or leave the flag out',
    );
  const token = flags.authToken ?? fromEnvironment;
  if (flags.transport === 'http' && token === undefined && !isLoopbackHost(flags.host) && !flags.insecure) {
    throw new InfToolError(
      'config',
      `--host ${flags.host} is reachable from other machines and no auth token is set: pass --auth-token (or set INFTOOL_AUTH_TOKEN), or --insecure to serve it open`,
    );
  }
  return token;
}

/** What to serve and how results are made: the engine, its model, seed and faults. */
function simulationOptions(command: Command): Command {
  return command
    .option('--server <name>', 'serve only this server of the tree')
    .option('--domain <name>', 'serve only this domain of the tree')
    .option('--category <name>', 'serve only this category of the tree')
    .option('--page-size <n>', 'tools per tools/list page', integerOption('--page-size', 1), 100)
    .addOption(
      new Option(
        '--engine <name>',
        "how results are made: faker (deterministic, no model), llm (a chat model), pinned (fixed in _meta), sampling (the client's model via MCP sampling)",
      )
        .choices([...ENGINE_NAMES])
        .default('faker'),
    )
    .option('--model <name>', 'chat model for --engine llm, on the OpenAI-compatible endpoint')
    .option('--base-url <url>', 'OpenAI-compatible endpoint (defaults to $OPENAI_BASE_URL; key from $OPENAI_API_KEY)')
    .option('--model-timeout-ms <n>', 'timeout per model request', integerOption('--model-timeout-ms', 1), 60_000)
    .option('--model-concurrency <n>', 'model requests in flight at once', integerOption('--model-concurrency', 1), 8)
    .option('--max-attempts <n>', 'tries per simulated result for llm/sampling (repairs included)', integerOption('--max-attempts', 1), 3)
    .option('--cache-dir <dir>', 'record/replay model responses here (a rerun costs nothing)')
    .addOption(
      new Option('--cache-mode <mode>', 'read-write, replay (strict: a new request fails) or record')
        .choices(['read-write', 'replay', 'record'])
        .default('read-write'),
    )
    .option('--seed <text>', 'seed for faker values and faults: same seed, same results', DEFAULT_SEED)
    .option(
      '--fault-rate <p>',
      'share of calls (0-1) that fail like a flaky API: error results, slow calls, timeouts',
      rateOption('--fault-rate'),
      0,
    )
    .option(
      '--latency-ms <n|min-max>',
      'delay added to every call',
      (value: string) => {
        try {
          return parseLatency(value);
        } catch (error) {
          throw new InvalidArgumentError(`--latency-ms: ${(error as Error).message}`);
        }
      },
      0,
    )
    .option(
      '--fault-timeout-ms <n>',
      'how long an injected timeout hangs before its 504 result',
      integerOption('--fault-timeout-ms'),
      10_000,
    )
    .option('--elicit-missing', 'ask the user (MCP elicitation) for missing required arguments instead of failing');
}

/** HTTP's access checks and limits. */
function httpLimitOptions(command: Command): Command {
  return command
    .option('--auth-token <token>', 'require "Authorization: Bearer <token>" on HTTP (defaults to $INFTOOL_AUTH_TOKEN)')
    .option('--insecure', 'allow a non-loopback --host without an auth token (anyone who can reach the port can call the tools)')
    .option('--allowed-host <name>', 'accept this Host/Origin host name too (repeatable; "*" disables the check)', collect)
    .option('--allowed-origin <origin>', 'accept this exact Origin (repeatable)', collect)
    .option('--max-body-bytes <n>', 'largest HTTP request body', integerOption('--max-body-bytes', 1), 4 * 1024 * 1024)
    .option(
      '--max-message-bytes <n>',
      'largest stdio JSON-RPC message (one line); a longer one is skipped with an error',
      integerOption('--max-message-bytes', 1),
      DEFAULT_MAX_MESSAGE_BYTES,
    )
    .option('--session-idle-minutes <n>', 'close HTTP sessions idle this long', integerOption('--session-idle-minutes', 1), 30)
    .option(
      '--max-sessions <n>',
      'most HTTP sessions open at once; an initialize beyond it gets 503 until one ends or expires',
      integerOption('--max-sessions', 1),
      HTTP_DEFAULTS.maxSessions,
    )
    .option(
      '--headers-timeout-ms <n>',
      "time a client has to send an HTTP request's headers (slow clients get 408)",
      integerOption('--headers-timeout-ms', 1),
      HTTP_DEFAULTS.headersTimeoutMs,
    )
    .option(
      '--request-timeout-ms <n>',
      'time a client has to send a whole HTTP request, body included (slow clients get 408)',
      integerOption('--request-timeout-ms', 1),
      HTTP_DEFAULTS.requestTimeoutMs,
    )
    .option('--json-response', 'answer POSTs with JSON, not an SSE stream (no progress or log notifications during a call)')
    .option(
      '--no-standalone-sse',
      'answer GET with 405: no server-initiated stream per session (saves a request and a held stream when clients need none)',
    );
}

export function serveCommand(environment: HarnessEnvironment): Command {
  const command = new Command('serve')
    .summary('serve a tool tree as simulated MCP servers (stdio or Streamable HTTP)')
    .description(
      'Serve every tool of a ToolTree, or of a plain MCP tools/list result ({"tools":[...]}), as a simulated MCP server.\n' +
        "Arguments are validated against each tool's inputSchema before anything runs; results come from the chosen engine.\n" +
        'stdout carries JSON-RPC only (stdio); logs go to stderr.',
    )
    .requiredOption('--tree <file>', 'ToolTree JSON or tools/list JSON to serve')
    .addOption(
      new Option('--transport <kind>', 'stdio (one session) or http (Streamable HTTP, many sessions)')
        .choices(['stdio', 'http'])
        .default('stdio'),
    )
    .option('--host <host>', 'HTTP bind address; non-loopback needs --allowed-host', '127.0.0.1')
    .option('--port <n>', 'HTTP port (0 picks a free one)', integerOption('--port'), 3000)
    .option('--path <path>', 'HTTP endpoint path', '/mcp')
    .option('--stateless', 'HTTP without sessions: every request gets a fresh server and no state');
  return httpLimitOptions(simulationOptions(command))
    .addOption(new Option('--log-level <level>', 'stderr log level').choices(['debug', 'info', 'warn', 'error', 'silent']).default('info'))
    .addOption(new Option('--log-format <format>', 'stderr log format').choices(['pretty', 'json']).default('pretty'))
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  inftool serve --tree examples/demo-tree.json                       # stdio, for Claude Desktop / Cursor / the Inspector\n' +
        '  inftool serve --tree tree.json --transport http --port 3000        # http://127.0.0.1:3000/mcp\n' +
        '  inftool serve --tree tree.json --domain Travel --fault-rate 0.2     # a flaky travel API\n' +
        '  OPENAI_BASE_URL=http://127.0.0.1:8000/v1 inftool serve --tree tree.json --engine llm --model qwen2.5-7b\n' +
        '\nSend SIGHUP to reload the tree; connected clients get notifications/tools/list_changed.',
    )
    .action((flags: ServeFlags) => serve(flags, environment));
}

async function serve(flags: ServeFlags, environment: HarnessEnvironment): Promise<void> {
  const logger = createLogger({ level: flags.logLevel, format: flags.logFormat });
  const authToken = checkAuth(flags, environment.authToken);
  const started = performance.now();
  const model = engineModel(flags, environment, logger);
  const simulation = await Simulation.create({
    treeFile: flags.tree,
    selection: { server: flags.server, domain: flags.domain, category: flags.category },
    engine: flags.engine,
    model,
    maxAttempts: flags.maxAttempts,
    faults: { rate: flags.faultRate, latencyMs: flags.latencyMs, timeoutMs: flags.faultTimeoutMs },
    seed: flags.seed,
    elicitMissing: flags.elicitMissing ?? false,
    pageSize: flags.pageSize,
    logger,
  });
  const { tools, skipped } = simulation.catalog;
  const summary = {
    tools: tools.length,
    skipped: skipped.length,
    engine: flags.engine,
    loadMs: Math.round(performance.now() - started),
  };
  reloadOnHangup(simulation, logger);
  const warmUp = (): void => {
    simulation
      .warmUp()
      .catch((error: unknown) => logger.error('engine warm-up failed; the first call will retry it', { error: (error as Error).message }));
  };
  if (flags.transport === 'stdio') {
    logger.info(`serving ${flags.tree} over stdio`, summary);
    const served = serveStdio(simulation, { maxMessageBytes: flags.maxMessageBytes });
    warmUp();
    await served;
    return;
  }
  const running = await serveHttp(simulation, httpOptions(flags, authToken, logger));
  logger.info(`serving ${flags.tree} at ${running.url}`, {
    ...summary,
    stateless: flags.stateless ?? false,
    auth: authToken !== undefined,
  });
  warmUp();
  closeOnSignal(running);
}

/** The chat model of the llm engine, or none. */
function engineModel(flags: ServeFlags, environment: HarnessEnvironment, logger: Logger): OpenAIChatModel | undefined {
  const baseURL = flags.baseUrl ?? environment.endpoint.baseURL;
  return flags.engine === 'llm' && flags.model
    ? new OpenAIChatModel({
        model: flags.model,
        baseURL,
        apiKey: environment.endpoint.apiKey,
        timeoutMs: flags.modelTimeoutMs,
        concurrency: flags.modelConcurrency,
        logger,
        ...(flags.cacheDir ? { cache: new ReplayCache({ dir: flags.cacheDir, mode: flags.cacheMode }) } : {}),
      })
    : undefined;
}

/** SIGHUP reloads the tree; a tree that fails to load leaves the previous one served. */
function reloadOnHangup(simulation: Simulation, logger: Logger): void {
  process.on('SIGHUP', () => {
    simulation
      .reload()
      .then((catalog) => logger.info('tree reloaded', { tools: catalog.tools.length, skipped: catalog.skipped.length }))
      .catch((error: unknown) =>
        logger.error('reload refused; still serving the previous tree', {
          error: (error as Error).message,
          tools: simulation.catalog.tools.length,
        }),
      );
  });
}

function httpOptions(flags: ServeFlags, authToken: string | undefined, logger: Logger): HttpServeOptions {
  return {
    host: flags.host,
    port: flags.port,
    path: flags.path,
    stateless: flags.stateless ?? false,
    authToken,
    allowedHosts: flags.allowedHost,
    allowedOrigins: flags.allowedOrigin,
    maxBodyBytes: flags.maxBodyBytes,
    sessionIdleMs: flags.sessionIdleMinutes * 60_000,
    maxSessions: flags.maxSessions,
    headersTimeoutMs: flags.headersTimeoutMs,
    requestTimeoutMs: flags.requestTimeoutMs,
    standaloneSse: flags.standaloneSse,
    jsonResponse: flags.jsonResponse ?? false,
    logger,
  };
}
