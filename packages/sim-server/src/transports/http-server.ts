import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ErrorCode, isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { errorMessage, type Logger, silentLogger } from '@inftool/core';
import type { Simulation } from '../simulation.js';
import { checkRequest, guardOptions } from './http-guard.js';
import { SessionPool } from './http-sessions.js';

export interface HttpServeOptions {
  /** Defaults to 127.0.0.1: never exposed beyond this machine unless asked. */
  host?: string;
  /** Defaults to 3000; 0 picks a free port. */
  port?: number;
  /** Defaults to `/mcp`. */
  path?: string;
  /** No sessions: every POST gets a fresh server (no state between calls). */
  stateless?: boolean;
  authToken?: string;
  /** Extra host names accepted in Host/Origin (the loopback names are always accepted on loopback). */
  allowedHosts?: string[];
  allowedOrigins?: string[];
  /** Largest request body in bytes. Defaults to 4 MiB. */
  maxBodyBytes?: number;
  /** A session unused this long is closed. Defaults to 30 minutes. */
  sessionIdleMs?: number;
  /**
   * Most sessions open at once; an initialize beyond it gets 503 (with `Retry-After`) until one ends
   * or expires. Defaults to 1000.
   */
  maxSessions?: number;
  /** A client must send a request's headers within this time (slowloris), else 408. Defaults to 20 s. */
  headersTimeoutMs?: number;
  /** A client must send a whole request, body included, within this time, else 408. Defaults to 60 s. */
  requestTimeoutMs?: number;
  /**
   * Offer the standalone GET SSE stream for server-initiated messages. Defaults to true; false answers
   * GET with 405 (allowed by the spec), which saves a request and a held stream per session when the
   * clients never need messages outside their requests (the harness).
   */
  standaloneSse?: boolean;
  /**
   * Answer POSTs with a JSON body instead of an SSE stream. Defaults to false. Cheaper for clients
   * that need no progress or log notifications during a call (the harness with the faker engine).
   */
  jsonResponse?: boolean;
  /** `retry` hint (ms) sent on SSE streams, for clients reconnecting after a closed stream. Defaults to 1000. */
  retryIntervalMs?: number;
  logger?: Logger;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  sessions(): number;
  close(): Promise<void>;
}

/** Defaults of the limits (see HttpServeOptions). */
export const HTTP_DEFAULTS = {
  maxBodyBytes: 4 * 1024 * 1024,
  sessionIdleMs: 30 * 60_000,
  maxSessions: 1000,
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 60_000,
} as const;

/** The last protocol version with JSON-RPC batches (2025-06-18 removed them). */
const LAST_BATCH_VERSION = '2025-03-26';

function sendJsonRpcError(
  response: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
  id: string | number | null = null,
): void {
  if (response.headersSent || response.destroyed) return;
  response
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id }));
}

/** The id of a JSON-RPC request body, when it is a single request with a usable one. */
function requestId(body: unknown): string | number | null {
  const id = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

class BodyTooLarge extends Error {}

async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The options with their defaults, checked. */
function resolveOptions(options: HttpServeOptions) {
  const host = options.host ?? '127.0.0.1';
  const maxSessions = options.maxSessions ?? HTTP_DEFAULTS.maxSessions;
  if (!Number.isInteger(maxSessions) || maxSessions < 1)
    throw new Error(`serveHttp: maxSessions must be a positive integer, got ${maxSessions}`);
  // An empty token would compare equal to a request without one: every request in, auth "on".
  if (options.authToken !== undefined && options.authToken.trim() === '')
    throw new Error('serveHttp: the auth token is empty; give a non-empty token or none');
  return {
    host,
    maxSessions,
    path: options.path ?? '/mcp',
    logger: options.logger ?? silentLogger,
    maxBodyBytes: options.maxBodyBytes ?? HTTP_DEFAULTS.maxBodyBytes,
    idleMs: options.sessionIdleMs ?? HTTP_DEFAULTS.sessionIdleMs,
    headersTimeoutMs: options.headersTimeoutMs ?? HTTP_DEFAULTS.headersTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs ?? HTTP_DEFAULTS.requestTimeoutMs,
    allowGet: options.standaloneSse ?? true,
    stateless: options.stateless ?? false,
    guard: guardOptions({ host, allowedHosts: options.allowedHosts, allowedOrigins: options.allowedOrigins, authToken: options.authToken }),
  };
}

/** What the request handlers share: the resolved options, the simulation and the open sessions. */
interface HttpContext {
  settings: ReturnType<typeof resolveOptions>;
  simulation: Simulation;
  sessions: SessionPool;
}

/**
 * A batch under a protocol that has none: its refusal message, else undefined. MCP 2025-03-26 has
 * JSON-RPC batches; 2025-06-18 removed them. The version is the header's (clients send it after
 * initialize), else the initialize's in the batch, else 2025-03-26 (the SDK's default).
 */
function batchRefusal(request: IncomingMessage, body: unknown[]): string | undefined {
  const initialize = body.find((message) => isInitializeRequest(message)) as { params: { protocolVersion: string } } | undefined;
  const version = headerValue(request.headers['mcp-protocol-version']) ?? initialize?.params.protocolVersion ?? LAST_BATCH_VERSION;
  if (version <= LAST_BATCH_VERSION) return undefined;
  return `Invalid Request: JSON-RPC batches are not part of MCP ${version} (only ${LAST_BATCH_VERSION} and earlier have them); send one message per request`;
}

/** Stateless: a fresh server for this one request, closed with the response. */
async function serveStateless(context: HttpContext, request: IncomingMessage, response: ServerResponse, body: unknown): Promise<void> {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  const server = context.simulation.createServer(`stateless-${randomUUID()}`);
  response.on('close', () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(request, response, body);
}

/** A POST without a session id: an initialize opens a session when there is room. */
async function initializeSession(context: HttpContext, request: IncomingMessage, response: ServerResponse, body: unknown): Promise<void> {
  const initializing = Array.isArray(body) ? body.some((message) => isInitializeRequest(message)) : isInitializeRequest(body);
  if (!initializing)
    return sendJsonRpcError(response, 400, ErrorCode.InvalidRequest, 'Bad Request: no Mcp-Session-Id header; send initialize first');
  const { sessions, settings } = context;
  if (sessions.full()) {
    settings.logger.warn('session refused: at the limit', { sessions: sessions.size, maxSessions: settings.maxSessions });
    return sendJsonRpcError(
      response,
      503,
      -32000,
      `Server busy: ${settings.maxSessions} sessions are open, the most this server keeps (--max-sessions); end one with DELETE, or retry later`,
      { 'retry-after': '5' },
      requestId(body),
    );
  }
  await sessions.open(request, response, body);
}

async function handlePost(context: HttpContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { maxBodyBytes } = context.settings;
  let body: unknown;
  try {
    body = await readJsonBody(request, maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge)
      return sendJsonRpcError(response, 413, ErrorCode.InvalidRequest, `Request body larger than ${maxBodyBytes} bytes`);
    return sendJsonRpcError(response, 400, ErrorCode.ParseError, `Parse error: ${errorMessage(error)}`);
  }
  const refusal = Array.isArray(body) ? batchRefusal(request, body) : undefined;
  if (refusal !== undefined) return sendJsonRpcError(response, 400, ErrorCode.InvalidRequest, refusal);
  if (context.settings.stateless) return serveStateless(context, request, response, body);
  const sessionId = headerValue(request.headers['mcp-session-id']);
  if (sessionId === undefined) return initializeSession(context, request, response, body);
  const session = context.sessions.touch(sessionId);
  if (!session)
    return sendJsonRpcError(response, 404, -32001, `Session not found: ${sessionId} (it ended or expired; initialize a new one)`);
  await session.transport.handleRequest(request, response, body);
}

/** GET (the standalone SSE stream) and DELETE (end the session). */
async function handleSessionRequest(context: HttpContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (context.settings.stateless)
    return sendJsonRpcError(response, 405, ErrorCode.ConnectionClosed, `Method ${request.method} not allowed in stateless mode`, {
      allow: 'POST',
    });
  const sessionId = headerValue(request.headers['mcp-session-id']);
  const session = sessionId === undefined ? undefined : context.sessions.touch(sessionId);
  if (!session)
    return sendJsonRpcError(
      response,
      sessionId === undefined ? 400 : 404,
      -32001,
      sessionId === undefined ? 'Bad Request: Mcp-Session-Id header is required' : `Session not found: ${sessionId}`,
    );
  await session.transport.handleRequest(request, response);
}

/** Every request: the guard, the health check, the endpoint's path, then the handler for the method. */
function routeRequest(context: HttpContext, request: IncomingMessage, response: ServerResponse): void {
  const { settings } = context;
  const url = new URL(request.url ?? '/', 'http://localhost');
  const verdict = checkRequest(request, settings.guard);
  if (!verdict.ok) return sendJsonRpcError(response, verdict.status, ErrorCode.InvalidRequest, verdict.message, verdict.headers);
  if (url.pathname === '/healthz' && request.method === 'GET') {
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: 'ok', tools: context.simulation.catalog.tools.length, sessions: context.sessions.size }));
    return;
  }
  if (url.pathname !== settings.path)
    return sendJsonRpcError(response, 404, ErrorCode.InvalidRequest, `Not found: the MCP endpoint is ${settings.path}`);
  const handler =
    request.method === 'POST'
      ? handlePost
      : (request.method === 'GET' && settings.allowGet) || request.method === 'DELETE'
        ? handleSessionRequest
        : undefined;
  if (!handler)
    return sendJsonRpcError(response, 405, ErrorCode.InvalidRequest, `Method ${request.method} not allowed`, {
      allow: settings.allowGet ? 'GET, POST, DELETE' : 'POST, DELETE',
    });
  handler(context, request, response).catch((error: unknown) => {
    settings.logger.error('HTTP request failed', { error: errorMessage(error) });
    sendJsonRpcError(response, 500, ErrorCode.InternalError, `Internal error: ${errorMessage(error)}`);
  });
}

/**
 * Serves a simulation over Streamable HTTP: stateful sessions (`Mcp-Session-Id`, many at once in one
 * process, DELETE ends one, idle ones expire) or stateless, with DNS-rebinding protection, an
 * optional bearer token and a request size limit. SSE streams are resumable (`Last-Event-ID`).
 */
export async function serveHttp(simulation: Simulation, options: HttpServeOptions = {}): Promise<RunningHttpServer> {
  const settings = resolveOptions(options);
  const { host, path, idleMs, headersTimeoutMs, requestTimeoutMs } = settings;
  const sessions = new SessionPool(simulation, {
    idleMs,
    maxSessions: settings.maxSessions,
    retryIntervalMs: options.retryIntervalMs ?? 1000,
    jsonResponse: options.jsonResponse ?? false,
    logger: settings.logger,
  });
  const context: HttpContext = { settings, simulation, sessions };
  // Node checks the header and request timeouts this often (default 30 s: a timeout could run 30 s late).
  const connectionsCheckingInterval = Math.max(100, Math.min(5_000, Math.floor(Math.min(headersTimeoutMs, requestTimeoutMs) / 4)));
  const httpServer: HttpServer = createServer(
    // Slow clients (slowloris): headers and the whole request (body included) must arrive in time, else
    // 408 and the connection is closed. Both count from a request's first byte, never an idle keep-alive
    // wait, and neither limits how long a response (an SSE stream) runs.
    { connectionsCheckingInterval, headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs), requestTimeout: requestTimeoutMs },
    (request, response) => routeRequest(context, request, response),
  );

  // Idle keep-alive connections stay open longer than clients keep them (Node's default is 5 s), so a
  // client rarely sends on a socket the server is closing; a client retries the rare one that it does.
  httpServer.keepAliveTimeout = 65_000;

  const sweeper = setInterval(() => sessions.expireIdle(), Math.max(10, Math.min(idleMs, 60_000)));
  sweeper.unref();

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 3000, host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${path}`,
    port,
    sessions: () => sessions.size,
    close: async () => {
      clearInterval(sweeper);
      await sessions.closeAll();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
