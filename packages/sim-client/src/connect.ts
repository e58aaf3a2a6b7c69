import { Client, type ClientOptions } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { InfToolError, SchemaValidator, errorMessage, isInfToolError, sdkJsonSchemaValidator } from '@inftool/core';
import { oauthProvider, type HttpAuth } from './http-auth.js';
import { SignInTransport } from './oauth-login.js';
import { RecordingTransport } from './recording-transport.js';
import { streamFetch } from './stream-fetch.js';

/** Where a server is: a URL (Streamable HTTP) or a command line (stdio), as `--server` takes it. */
export type ServerTarget =
  | { kind: 'http'; url: URL; headers?: Record<string, string> }
  | { kind: 'stdio'; command: string; args: string[]; cwd?: string; env?: Record<string, string> };

/** Splits a command line on spaces, honouring single and double quotes and backslash escapes. */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  let started = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] as string;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && index + 1 < line.length) current += line[(index += 1)];
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (char === '\\' && index + 1 < line.length) {
      current += line[(index += 1)];
      started = true;
    } else if (/\s/.test(char)) {
      if (started || current) words.push(current);
      current = '';
      started = false;
    } else {
      current += char;
    }
  }
  if (quote) throw new InfToolError('invalid_input', `unterminated ${quote} quote in server command: ${line}`);
  if (started || current) words.push(current);
  return words;
}

export function parseServerTarget(text: string): ServerTarget {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      return { kind: 'http', url: new URL(trimmed) };
    } catch {
      throw new InfToolError('invalid_input', `not a valid server URL: ${trimmed}`);
    }
  }
  const [command, ...args] = splitCommandLine(trimmed);
  if (!command) throw new InfToolError('invalid_input', 'a server is a URL (http://…/mcp) or a command line; got nothing');
  return { kind: 'stdio', command, args };
}

let shared: SchemaValidator | undefined;
/** One validator for every connection that does not bring its own (an Ajv instance is costly). */
function sharedValidator(): SchemaValidator {
  shared ??= new SchemaValidator();
  return shared;
}

export interface McpConnection {
  /** A short name for messages and tool-name prefixes. */
  label: string;
  /** The server's URL or command line, for messages. */
  where: string;
  /** Whether credentials (a token, an Authorization header, OAuth) go with the requests. */
  credentials: boolean;
  client: Client;
  wire: RecordingTransport;
  /** Why the session ended early (a closed stream that could not be resumed), if it did. */
  lostReason(): string | undefined;
  close(): Promise<void>;
}

export interface ConnectOptions {
  clientName?: string;
  label?: string;
  validator?: SchemaValidator;
  /** Capabilities the client declares (sampling, elicitation, …); handlers are set by the caller. */
  capabilities?: ClientOptions['capabilities'];
  /** Called with the client before it connects, to register request handlers (elicitation, sampling). */
  beforeConnect?: (client: Client) => void;
  stderr?: 'inherit' | 'ignore' | 'pipe';
  /**
   * HTTP only: open the standalone GET stream for server-initiated messages (the SDK does after
   * initialization). Defaults to true; false saves a request and a held stream per session when
   * every message the client needs comes with its own requests (the harness). Either way a stream
   * the server closes mid-request is resumed (a GET with `Last-Event-ID`, after the server's `retry`).
   */
  standaloneStream?: boolean;
  /** HTTP only: headers sent with every request (after the target's own). */
  headers?: Record<string, string>;
  /** HTTP only: a bearer token, OAuth client credentials, or an OAuth sign-in (`LoopbackLoginProvider`). */
  auth?: HttpAuth;
}

/** A closed stream the client could not resume: what it still owed will not come. */
const RESUME_FAILED = /^Maximum reconnection attempts|^Failed to reconnect/;

function httpHeaders(target: ServerTarget & { kind: 'http' }, options: ConnectOptions): Record<string, string> | undefined {
  const headers = { ...target.headers, ...options.headers };
  if (options.auth?.kind === 'bearer') {
    if (!options.auth.token) throw new InfToolError('invalid_input', 'the bearer token is empty');
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization'))
      throw new InfToolError('invalid_input', 'both a bearer token and an Authorization header are given; pass one');
    headers.Authorization = `Bearer ${options.auth.token}`;
  }
  return Object.keys(headers).length > 0 ? headers : undefined;
}

/**
 * One line for a server that refused us (401/403, an OAuth flow that failed), naming the server and
 * whether credentials were sent; undefined for any other error.
 */
export function describeHttpFailure(error: unknown, where: string, credentials = true): InfToolError | undefined {
  if (error instanceof UnauthorizedError || (error instanceof StreamableHTTPError && error.code === 401))
    return new InfToolError(
      'connection_failed',
      credentials
        ? `MCP server ${where} refused the credentials (HTTP 401 Unauthorized)`
        : `MCP server ${where} requires credentials (HTTP 401 Unauthorized) and none were given`,
      { category: 'user', details: { server: where, status: 401, credentials } },
    );
  if (error instanceof StreamableHTTPError && error.code === 403)
    return new InfToolError('connection_failed', `MCP server ${where} forbids the request (HTTP 403 Forbidden): ${errorMessage(error)}`, {
      category: 'user',
      details: { server: where, status: 403 },
    });
  return undefined;
}

/** Whether the connection carries credentials: an auth option, or an Authorization header. */
function sendsCredentials(resolved: ServerTarget, options: ConnectOptions): boolean {
  return (
    options.auth !== undefined ||
    Object.keys({ ...(resolved.kind === 'http' ? resolved.headers : {}), ...options.headers }).some(
      (name) => name.toLowerCase() === 'authorization',
    )
  );
}

type InnerTransport = StreamableHTTPClientTransport | StdioClientTransport;

/** The SDK transport to the server; `lose` ends the session when a closed stream cannot be resumed. */
function innerTransport(resolved: ServerTarget, options: ConnectOptions, lose: (reason: string) => void): InnerTransport {
  if (resolved.kind === 'stdio')
    return new StdioClientTransport({
      command: resolved.command,
      args: resolved.args,
      ...(resolved.cwd ? { cwd: resolved.cwd } : {}),
      ...(resolved.env ? { env: resolved.env } : {}),
      stderr: options.stderr ?? 'ignore',
    });
  const headers = httpHeaders(resolved, options);
  const authProvider = oauthProvider(options.auth);
  return new StreamableHTTPClientTransport(resolved.url, {
    ...(headers ? { requestInit: { headers } } : {}),
    ...(authProvider ? { authProvider } : {}),
    fetch: streamFetch({
      endpoint: resolved.url,
      standaloneStream: options.standaloneStream !== false,
      onResumeRefused: (status) => lose(`the server refused to resume a closed event stream (HTTP ${status})`),
    }),
  });
}

/** The SDK client: core's 2020-12 validator, the caller's capabilities, a lost resume reported to `lose`. */
function sdkClient(options: ConnectOptions, lose: (reason: string) => void): Client {
  const client = new Client(
    { name: options.clientName ?? 'inftool-sim-client', version: '0.1.0' },
    { capabilities: options.capabilities ?? {}, jsonSchemaValidator: sdkJsonSchemaValidator(options.validator ?? sharedValidator()) },
  );
  client.onerror = (error) => {
    if (RESUME_FAILED.test(error.message)) lose(`a closed event stream could not be resumed (${error.message})`);
  };
  options.beforeConnect?.(client);
  return client;
}

/** A failure to connect as one clear error: 401/403 named, anything else "cannot connect". */
function connectFailure(error: unknown, where: string, credentials: boolean): InfToolError {
  return isInfToolError(error)
    ? error
    : (describeHttpFailure(error, where, credentials) ??
        new InfToolError('connection_failed', `cannot connect to MCP server ${where}: ${errorMessage(error)}`, {
          category: 'third_party',
          details: { server: where },
        }));
}

/** Connects an SDK client to one MCP server (ours or anyone's), recording the wire. */
export async function connectServer(target: ServerTarget | string, options: ConnectOptions = {}): Promise<McpConnection> {
  const resolved = typeof target === 'string' ? parseServerTarget(target) : target;
  const label = options.label ?? (resolved.kind === 'http' ? resolved.url.host : (resolved.command.split('/').pop() ?? resolved.command));
  const where = resolved.kind === 'http' ? resolved.url.href : [resolved.command, ...resolved.args].join(' ');
  const credentials = sendsCredentials(resolved, options);
  const session: { lost?: string; client?: Client } = {};
  // A stream that cannot be resumed ends the session, so the requests waiting on it fail now (with
  // the reason) rather than at the request timeout.
  const lose = (reason: string): void => {
    if (session.lost) return;
    session.lost = reason;
    void session.client?.close().catch(() => undefined);
  };
  const inner = innerTransport(resolved, options, lose);
  const login = options.auth?.kind === 'login' ? options.auth.login : undefined;
  const wire = new RecordingTransport(login && inner instanceof StreamableHTTPClientTransport ? new SignInTransport(inner, login) : inner);
  const client = (session.client = sdkClient(options, lose));
  try {
    await client.connect(wire);
  } catch (error) {
    await wire.close().catch(() => undefined);
    throw connectFailure(error, where, credentials);
  }
  return {
    label,
    where,
    credentials,
    client,
    wire,
    lostReason: () => session.lost,
    close: async () => {
      // A session no longer needed is ended (MCP: clients SHOULD send DELETE), so it does not hold a
      // place under the server's session cap until it expires.
      if (inner instanceof StreamableHTTPClientTransport && inner.sessionId !== undefined)
        await inner.terminateSession().catch(() => undefined);
      await client.close();
    },
  };
}
