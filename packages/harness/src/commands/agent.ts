import { spawn } from 'node:child_process';
import { Command, Option } from 'commander';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { InfToolError, OpenAIChatModel, ReplayCache, isInfToolError } from '@inftool/core';
import {
  Assistant,
  ELICITATION_POLICIES,
  ToolCatalog,
  answerElicitation,
  connectServer,
  parseHeaders,
  LoopbackLoginProvider,
  parseServerTarget,
  readPrivateKey,
  splitCommandLine,
  type ConnectOptions,
  type LoginOptions,
  type ElicitationPolicy,
  type HttpAuth,
  type McpConnection,
  type TurnResult,
} from '@inftool/sim-client';
import type { HarnessEnvironment } from '../config.js';
import { collect, integerOption } from './options.js';

interface AgentFlags {
  server: string[];
  prompt: string;
  model?: string;
  baseUrl?: string;
  system?: string;
  maxSteps: number;
  cacheDir?: string;
  json?: boolean;
  header: string[];
  bearerToken?: string;
  oauthClientId?: string;
  oauthClientSecret?: string;
  oauthPrivateKey?: string;
  oauthAlgorithm?: string;
  oauthScope?: string;
  oauthIssuer?: string;
  oauthLogin?: boolean;
  oauthOpen?: string;
  oauthRedirectPort?: number;
  oauthClientMetadataUrl?: string;
  elicitation: ElicitationPolicy;
}

/** How the agent authenticates: fixed credentials, or a sign-in per URL server (`--oauth-login`). */
type AuthPlan = HttpAuth | { kind: 'sign-in'; options: LoginOptions };

/** Opens the authorization URL with `--oauth-open` (the URL appended as its last argument), not waiting for it to exit. */
function opener(commandLine: string): (url: URL) => void {
  const [command, ...args] = splitCommandLine(commandLine);
  if (!command) throw new InfToolError('config', '--oauth-open is empty');
  return (url) => {
    const child = spawn(command, [...args, url.href], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', (error) => process.stderr.write(`--oauth-open ${command}: ${error.message}; open ${url.href} yourself\n`));
    child.unref();
  };
}

/** `--oauth-client-metadata-url`, checked: an HTTPS URL with a path (the document's address), and no pre-registered client with it. */
function clientMetadataUrl(flags: AgentFlags): string {
  const text = flags.oauthClientMetadataUrl ?? '';
  if (flags.oauthClientId) throw new InfToolError('config', 'pass --oauth-client-id or --oauth-client-metadata-url, not both');
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || url.pathname === '/' || url.pathname === '')
    throw new InfToolError(
      'config',
      `--oauth-client-metadata-url must be an HTTPS URL with a path (where the client's metadata document is published), got ${JSON.stringify(text)}`,
    );
  return url.href;
}

/** The credentials of the flags (and the environment), checked together: one way to authenticate. */
export function httpAuthOf(flags: AgentFlags, environment: HarnessEnvironment): AuthPlan | undefined {
  const token = flags.bearerToken ?? environment.bearerToken;
  const secret = flags.oauthClientSecret ?? environment.oauthClientSecret;
  const flagName = (key: string): string => `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  if (!flags.oauthLogin) {
    const stray = (['oauthOpen', 'oauthRedirectPort', 'oauthClientMetadataUrl'] as const).find((key) => flags[key] !== undefined);
    if (stray) throw new InfToolError('config', `${flagName(stray)} needs --oauth-login`);
  }
  if (flags.oauthLogin) {
    const stray = (['bearerToken', 'oauthPrivateKey', 'oauthAlgorithm', 'oauthIssuer'] as const).find((key) => flags[key] !== undefined);
    if (stray) throw new InfToolError('config', `pass ${flagName(stray)} or --oauth-login, not both`);
    return {
      kind: 'sign-in',
      options: {
        ...(flags.oauthOpen !== undefined ? { open: opener(flags.oauthOpen) } : {}),
        ...(flags.oauthRedirectPort !== undefined ? { port: flags.oauthRedirectPort } : {}),
        ...(flags.oauthScope ? { scope: flags.oauthScope } : {}),
        ...(flags.oauthClientId ? { clientId: flags.oauthClientId } : {}),
        ...(flags.oauthClientId && secret ? { clientSecret: secret } : {}),
        ...(flags.oauthClientMetadataUrl !== undefined ? { clientMetadataUrl: clientMetadataUrl(flags) } : {}),
      },
    };
  }
  if (flags.oauthClientId === undefined) {
    const stray = (['oauthClientSecret', 'oauthPrivateKey', 'oauthAlgorithm', 'oauthScope', 'oauthIssuer'] as const).find(
      (key) => flags[key] !== undefined,
    );
    if (stray) throw new InfToolError('config', `${flagName(stray)} needs --oauth-client-id`);
    if (token === undefined) return undefined;
    if (token === '') throw new InfToolError('config', '--bearer-token is empty');
    return { kind: 'bearer', token };
  }
  if (flags.bearerToken !== undefined) throw new InfToolError('config', 'pass --bearer-token or --oauth-client-id, not both');
  if (flags.oauthPrivateKey !== undefined && flags.oauthClientSecret !== undefined)
    throw new InfToolError('config', 'pass --oauth-client-secret or --oauth-private-key, not both');
  const privateKey = flags.oauthPrivateKey === undefined ? undefined : readPrivateKey(flags.oauthPrivateKey);
  if (privateKey === undefined && !secret)
    throw new InfToolError(
      'config',
      '--oauth-client-id needs --oauth-client-secret (or INFTOOL_OAUTH_CLIENT_SECRET) or --oauth-private-key FILE, or --oauth-login to sign in',
    );
  return {
    kind: 'client_credentials',
    clientId: flags.oauthClientId,
    ...(privateKey === undefined ? { clientSecret: secret } : { privateKey, algorithm: flags.oauthAlgorithm ?? 'RS256' }),
    ...(flags.oauthScope ? { scope: flags.oauthScope } : {}),
    ...(flags.oauthIssuer ? { issuer: flags.oauthIssuer } : {}),
  };
}

/** A server that wants credentials none were given for: say how to give them. */
function withHint(error: unknown): never {
  const details = isInfToolError(error) ? error.details : undefined;
  if (isInfToolError(error) && details?.['status'] === 401 && details['credentials'] === false)
    throw new InfToolError(
      error.code,
      `${error.message}: pass --bearer-token (or INFTOOL_BEARER_TOKEN), --header 'Authorization: …', --oauth-client-id or --oauth-login`,
      { category: 'user', details },
    );
  throw error;
}

/**
 * Connection options of every server: credentials for URL servers (a sign-in listener of its own
 * for each, kept in `logins` to close), elicitation answered by the policy.
 */
function connectOptionsOf(
  flags: AgentFlags,
  environment: HarnessEnvironment,
  logins: LoopbackLoginProvider[],
): (label: string | undefined, server: string) => Promise<ConnectOptions> {
  const headers = parseHeaders(flags.header);
  const plan = httpAuthOf(flags, environment);
  return async (label, server) => {
    let auth: HttpAuth | undefined;
    if (plan?.kind === 'sign-in') {
      if (parseServerTarget(server).kind === 'http') {
        const login = await LoopbackLoginProvider.start(plan.options);
        logins.push(login);
        auth = { kind: 'login', login };
      }
    } else auth = plan;
    return {
      label,
      stderr: 'inherit',
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(auth ? { auth } : {}),
      // Form elicitation, with the spec's defaults applied to what the client accepts (SEP-1034).
      capabilities: { elicitation: { form: { applyDefaults: true } } },
      beforeConnect: (client) =>
        client.setRequestHandler(ElicitRequestSchema, async (request) => {
          const { result, note } = answerElicitation(request.params, flags.elicitation);
          process.stderr.write(`elicitation${label ? ` from ${label}` : ''}: ${short(request.params.message, 120)} → ${note}\n`);
          return result;
        }),
    };
  };
}

function short(text: string, length = 300): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export function agentCommand(environment: HarnessEnvironment): Command {
  const command = new Command('agent')
    .summary('run the assistant (an MCP client + a chat model) against MCP servers, one prompt')
    .description(
      "Connect to one or more MCP servers (ours or anyone's), offer their tools to a chat model on an OpenAI-compatible endpoint, " +
        'and run the tool-calling loop for one prompt: parallel tool calls run concurrently, results go back to the model, ' +
        'and it stops when the model answers or at --max-steps. Prints each call and the answer; --json prints the messages and the JSON-RPC wire.\n\n' +
        'Examples:\n' +
        '  inftool agent --server "inftool serve --tree tree.json" --prompt "What is the weather in Oslo?" --model qwen2.5-7b\n' +
        '  inftool agent --server http://127.0.0.1:3000/mcp --server "npx some-mcp-server" --prompt "..." --model gpt-4o-mini',
    )
    .requiredOption(
      '--server <command or URL>',
      'an MCP server: a URL (Streamable HTTP) or a command line (stdio); repeat for several',
      collect,
    )
    .requiredOption('--prompt <text>', "the user's request")
    .option('--model <name>', 'chat model on the OpenAI-compatible endpoint')
    .option('--base-url <url>', 'endpoint (defaults to $OPENAI_BASE_URL; key from $OPENAI_API_KEY)')
    .option('--system <text>', 'system prompt')
    .option('--max-steps <n>', 'model calls at most', integerOption('--max-steps', 1), 8)
    .option('--cache-dir <dir>', "record/replay the model's answers here")
    .option('--json', 'print {messages, calls, wire, broken} as JSON on stdout')
    .option('--header <Name: value>', 'an HTTP header for every URL server (repeatable)', collect, [])
    .option('--bearer-token <token>', 'send "Authorization: Bearer <token>" to every URL server (defaults to $INFTOOL_BEARER_TOKEN)');
  return oauthOptions(command)
    .addOption(
      new Option(
        '--elicitation <policy>',
        "how a server's question (elicitation) is answered with no one to ask: accept with its defaults (declined when a required field has none), decline, or cancel",
      )
        .choices([...ELICITATION_POLICIES])
        .default('accept-defaults'),
    )
    .action((flags: AgentFlags) => runAgent(flags, environment));
}

/** OAuth 2.1: client credentials, or a sign-in in the browser (`--oauth-login`). */
function oauthOptions(command: Command): Command {
  return command
    .option(
      '--oauth-client-id <id>',
      "OAuth 2.1 client credentials (no browser): the client id, registered with the server's authorization server",
    )
    .option('--oauth-client-secret <secret>', 'client_secret_basic secret (defaults to $INFTOOL_OAUTH_CLIENT_SECRET)')
    .option('--oauth-private-key <file>', 'private_key_jwt instead of a secret: a PEM private key file that signs the client assertion')
    .option('--oauth-algorithm <alg>', 'signing algorithm of --oauth-private-key (default RS256)')
    .option('--oauth-scope <scopes>', 'scopes to request (space-separated)')
    .option('--oauth-issuer <url>', 'the authorization server the credentials belong to (others are refused)')
    .option(
      '--oauth-login',
      'sign in with OAuth 2.1 authorization code + PKCE: a person opens the printed URL; the redirect comes back to 127.0.0.1',
    )
    .option('--oauth-open <command>', 'with --oauth-login: a command that opens the sign-in URL (appended), e.g. xdg-open')
    .option(
      '--oauth-client-metadata-url <url>',
      'with --oauth-login: the HTTPS URL where this client publishes its metadata document, used as its client_id where the authorization server accepts that (else it registers)',
    )
    .option(
      '--oauth-redirect-port <n>',
      'with --oauth-login: the loopback port of the redirect (default: any free port)',
      integerOption('--oauth-redirect-port', 0),
    );
}

async function runAgent(flags: AgentFlags, environment: HarnessEnvironment): Promise<void> {
  const model = agentModel(flags, environment);
  const logins: LoopbackLoginProvider[] = [];
  const optionsFor = connectOptionsOf(flags, environment, logins);
  const servers: McpConnection[] = [];
  try {
    await connectAll(flags, optionsFor, servers);
    const catalog = await ToolCatalog.load(servers).catch(withHint);
    for (const broken of catalog.broken)
      process.stderr.write(
        `skipped a broken tool of ${broken.server} (#${broken.index}${broken.name ? ` ${broken.name}` : ''}): ${broken.reason}\n`,
      );
    const assistant = new Assistant({ model, catalog, maxSteps: flags.maxSteps, ...(flags.system ? { system: flags.system } : {}) });
    const turn = await assistant.respond(flags.prompt);
    printTurn(flags, turn, assistant, servers, catalog, model);
    if (turn.stop === 'model_error') process.exitCode = 1;
  } finally {
    await Promise.all(servers.map((server) => server.close().catch(() => undefined)));
    await Promise.all(logins.map((login) => login.close()));
  }
}

/** The chat model the agent runs on; one is required. */
function agentModel(flags: AgentFlags, environment: HarnessEnvironment): OpenAIChatModel {
  const baseURL = flags.baseUrl ?? environment.endpoint.baseURL;
  if (!flags.model || !baseURL) {
    throw new InfToolError(
      'config',
      'inftool agent needs a model: pass --model NAME and --base-url URL (or set OPENAI_BASE_URL). The offline assistant follows a task plan and runs inside `inftool synth`.',
    );
  }
  return new OpenAIChatModel({
    model: flags.model,
    baseURL,
    apiKey: environment.endpoint.apiKey,
    ...(flags.cacheDir ? { cache: new ReplayCache({ dir: flags.cacheDir }) } : {}),
  });
}

/** Connects every --server in turn (each pushed as it connects, so a failure still closes those before it). */
async function connectAll(
  flags: AgentFlags,
  optionsFor: (label: string | undefined, server: string) => Promise<ConnectOptions>,
  servers: McpConnection[],
): Promise<void> {
  for (const [index, server] of flags.server.entries())
    servers.push(
      await connectServer(server, await optionsFor(flags.server.length > 1 ? `s${index + 1}` : undefined, server)).catch(withHint),
    );
}

/** Prints the turn: as JSON (messages, calls, wire, broken tools, usage), or each call and the answer. */
function printTurn(
  flags: AgentFlags,
  turn: TurnResult,
  assistant: Assistant,
  servers: McpConnection[],
  catalog: ToolCatalog,
  model: OpenAIChatModel,
): void {
  if (flags.json) {
    process.stdout.write(
      `${JSON.stringify({ stop: turn.stop, messages: assistant.messages, calls: turn.steps, wire: servers.flatMap((server) => server.wire.records.map((record) => ({ server: server.label, ...record }))), broken: catalog.broken, usage: model.usage() }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${catalog.entries.length} tools from ${servers.length} server(s)\n`);
    for (const [index, step] of turn.steps.entries()) {
      for (const call of step)
        process.stdout.write(
          `[step ${index + 1}] ${call.chatName} ${typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments)}${call.isError ? '  [error]' : ''}\n  ${short(call.result)}\n`,
        );
    }
    process.stdout.write(
      turn.stop === 'answered' ? `\n${turn.reply ?? ''}\n` : `\nstopped: ${turn.stop}${turn.error ? ` (${turn.error})` : ''}\n`,
    );
  }
}
