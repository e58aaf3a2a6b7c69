import { Client, type ClientOptions } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InfToolError, SchemaValidator, bufferedFetch, errorMessage, sdkJsonSchemaValidator } from '@inftool/core';
import { RecordingTransport } from './recording-transport.js';

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
  client: Client;
  wire: RecordingTransport;
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
   * every message the client needs comes with its own requests (the harness).
   */
  standaloneStream?: boolean;
}

/**
 * Without a standalone stream: the GET is answered here with 405 (as a server without one would);
 * the rest goes through bufferedFetch (JSON responses buffered, event streams passed on).
 */
const withoutStandaloneStream: typeof fetch = (input, init) =>
  (init?.method ?? 'GET').toUpperCase() === 'GET'
    ? Promise.resolve(new Response(null, { status: 405, headers: { allow: 'POST, DELETE' } }))
    : bufferedFetch(input, init);

/** Connects an SDK client to one MCP server (ours or anyone's), recording the wire. */
export async function connectServer(target: ServerTarget | string, options: ConnectOptions = {}): Promise<McpConnection> {
  const resolved = typeof target === 'string' ? parseServerTarget(target) : target;
  const inner =
    resolved.kind === 'http'
      ? new StreamableHTTPClientTransport(resolved.url, {
          ...(resolved.headers ? { requestInit: { headers: resolved.headers } } : {}),
          ...(options.standaloneStream === false ? { fetch: withoutStandaloneStream } : {}),
        })
      : new StdioClientTransport({
          command: resolved.command,
          args: resolved.args,
          ...(resolved.cwd ? { cwd: resolved.cwd } : {}),
          ...(resolved.env ? { env: resolved.env } : {}),
          stderr: options.stderr ?? 'ignore',
        });
  const wire = new RecordingTransport(inner);
  const client = new Client(
    { name: options.clientName ?? 'inftool-sim-client', version: '0.1.0' },
    { capabilities: options.capabilities ?? {}, jsonSchemaValidator: sdkJsonSchemaValidator(options.validator ?? sharedValidator()) },
  );
  options.beforeConnect?.(client);
  const label = options.label ?? (resolved.kind === 'http' ? resolved.url.host : (resolved.command.split('/').pop() ?? resolved.command));
  try {
    await client.connect(wire);
  } catch (error) {
    await wire.close().catch(() => undefined);
    const where = resolved.kind === 'http' ? resolved.url.href : [resolved.command, ...resolved.args].join(' ');
    throw new InfToolError('connection_failed', `cannot connect to MCP server ${where}: ${errorMessage(error)}`, {
      category: 'third_party',
      details: { server: where },
    });
  }
  return {
    label,
    client,
    wire,
    close: async () => {
      // A session no longer needed is ended (MCP: clients SHOULD send DELETE), so it does not hold a
      // place under the server's session cap until it expires.
      if (inner instanceof StreamableHTTPClientTransport && inner.sessionId !== undefined)
        await inner.terminateSession().catch(() => undefined);
      await client.close();
    },
  };
}
