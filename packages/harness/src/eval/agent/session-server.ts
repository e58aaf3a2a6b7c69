import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { errorMessage, type Task, type WireRecord, SEED_META_KEY, WORLD_META_KEY } from '@inftool/core';
import { createSessionServer, SessionState, type CallContext, type Catalog, type Simulation, type WorldTables } from '@inftool/sim-server';
import { plannedFaultMeta } from '../../tasks/fault-plan.js';

/** Largest request body an agent may send, in bytes. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** A wire record with the user turn it happened in (the harness knows which turn the agent is answering). */
export interface TurnWireRecord extends WireRecord {
  turn: number;
  /** A server request sent while answering a client request (an elicitation during a tools/call): that request's id. */
  related?: string | number;
}

/** Whether an `initialize` request declares the elicitation capability (form mode, the default). */
function declaresElicitation(body: unknown): boolean {
  const params = (body as { params?: { capabilities?: Record<string, unknown> } } | undefined)?.params;
  const elicitation = params?.capabilities?.['elicitation'];
  return typeof elicitation === 'object' && elicitation !== null;
}

/**
 * The simulated server of one task, as the agent under test reaches it: its own URL, the task's tools
 * only, and a world seeded for the task. Every JSON-RPC message of its sessions is recorded here, on the
 * server side, before anything reads it: the agent cannot fake the record of its own calls.
 */
export class TaskEndpoint {
  /** The user turn the agent is answering (0-based); set by the harness before each turn. */
  turn = 0;
  readonly wire: TurnWireRecord[] = [];
  /** HTTP requests per MCP method (and `GET`/`DELETE` for the other verbs). */
  readonly requests: Record<string, number> = {};
  private readonly sessions = new Map<string, { transport: StreamableHTTPServerTransport; server: Server }>();
  private readonly faultMeta;
  /** Calls of each tool in each turn so far: a planned fault fails only the first attempt. */
  private readonly attempts = new Map<string, number>();
  /** The task's one world: every MCP session the agent opens for the task reads and changes the same records. */
  readonly state = new SessionState(randomUUID(), '');
  closed = false;

  constructor(
    readonly task: Task,
    readonly url: string,
    private readonly simulation: Simulation,
    private readonly catalog: Catalog,
  ) {
    this.faultMeta = plannedFaultMeta(task);
  }

  /** The world as the agent's calls left it. */
  get world(): WorldTables {
    return this.state.world(this.task.seed);
  }

  /** What a call of this task's tools runs with: the simulation's engines, the task's catalog. */
  get callContext(): CallContext {
    return { ...this.simulation.context, catalog: this.catalog };
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  private record(direction: WireRecord['direction'], message: JSONRPCMessage, related?: string | number): void {
    this.wire.push({
      direction,
      time: Date.now(),
      message: structuredClone(message) as Record<string, unknown>,
      turn: this.turn,
      ...(related !== undefined && 'method' in message ? { related } : {}),
    });
  }

  /**
   * What the plan puts on a call, whatever the agent sent: the task's world and seed, and on the first
   * attempt of a planned faulty call the fault. Any `inftool/…` key the agent sent itself is dropped.
   */
  private planCall(message: JSONRPCMessage): void {
    if (!('method' in message) || message.method !== 'tools/call' || !('id' in message)) return;
    const params = message.params as { name?: unknown; _meta?: Record<string, unknown> } | undefined;
    if (!params || typeof params !== 'object' || typeof params.name !== 'string') return;
    const meta = Object.fromEntries(Object.entries(params._meta ?? {}).filter(([key]) => !key.startsWith('inftool/')));
    const key = `${this.turn}/${params.name}`;
    const attempt = this.attempts.get(key) ?? 0;
    this.attempts.set(key, attempt + 1);
    const fault = this.faultMeta?.({ turn: this.turn, tool: params.name, attempt });
    params._meta = { ...meta, [SEED_META_KEY]: this.task.id, [WORLD_META_KEY]: this.task.seed, ...fault };
  }

  /**
   * A session for an `initialize` request. A client that declares elicitation gets its answers as SSE
   * streams (the server may ask it a question in the middle of a call) and a server that asks the user
   * for missing required arguments; any other client gets plain JSON answers and, for a call that lacks
   * an argument, the error result, as before.
   */
  private async open(initialize: unknown): Promise<StreamableHTTPServerTransport> {
    const elicits = declaresElicitation(initialize);
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableJsonResponse: !elicits,
      onsessioninitialized: (id) => {
        this.sessions.set(id, { transport, server });
      },
    });
    const context = { ...this.callContext, elicitMissing: elicits };
    const server = createSessionServer(context, { identity: this.simulation.identity, pageSize: this.simulation.pageSize }, this.state);
    transport.onclose = () => {
      if (transport.sessionId) this.sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    // Record what crosses the transport, on the server's side: requests as the agent sent them (before
    // the plan's `_meta` is added), answers as they leave.
    const receive = transport.onmessage;
    transport.onmessage = (message, extra) => {
      this.record('client_to_server', message);
      this.planCall(message);
      receive?.(message, extra);
    };
    const send = transport.send.bind(transport);
    transport.send = async (message, options) => {
      this.record('server_to_client', message, options?.relatedRequestId);
      return send(message, options);
    };
    return transport;
  }

  async handle(request: IncomingMessage, response: ServerResponse, body: unknown): Promise<void> {
    if (this.closed) return sendError(response, 404, 'this task has ended');
    const method =
      request.method === 'POST'
        ? Array.isArray(body)
          ? 'batch'
          : typeof (body as { method?: unknown })?.method === 'string'
            ? (body as { method: string }).method
            : 'response'
        : (request.method ?? 'unknown');
    this.requests[method] = (this.requests[method] ?? 0) + 1;
    const id = request.headers['mcp-session-id'];
    const sessionId = Array.isArray(id) ? id[0] : id;
    if (sessionId !== undefined) {
      const session = this.sessions.get(sessionId);
      if (!session) return sendError(response, 404, `no session ${sessionId} on this task's server`);
      return session.transport.handleRequest(request, response, body);
    }
    if (request.method === 'POST' && isInitializeRequest(body)) {
      const transport = await this.open(body);
      return transport.handleRequest(request, response, body);
    }
    if (request.method === 'GET')
      return sendError(response, 405, 'no standalone stream: send requests with POST', { allow: 'POST, DELETE' });
    return sendError(response, 400, 'Bad Request: no Mcp-Session-Id header, and the message is not an initialize request');
  }

  async close(): Promise<void> {
    this.closed = true;
    const open = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.allSettled(open.map(({ transport }) => transport.close()));
  }
}

function sendError(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (response.headersSent || response.destroyed) return;
  response
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/**
 * One HTTP server on 127.0.0.1 for every task of an evaluation: each task gets its own endpoint
 * (`/task/<random token>/mcp`), served by its own MCP sessions.
 */
export class TaskServer {
  private readonly endpoints = new Map<string, TaskEndpoint>();
  private readonly catalogs = new Map<string, Catalog>();

  private constructor(
    private readonly http: HttpServer,
    readonly base: string,
    private readonly simulation: Simulation,
  ) {}

  static async start(simulation: Simulation): Promise<TaskServer> {
    const routes: { server?: TaskServer } = {};
    const http = createServer((request, response) => {
      void routes.server?.route(request, response).catch((error: unknown) => sendError(response, 500, errorMessage(error)));
    });
    // Agents keep connections alive between turns; the server closes idle ones itself at the end.
    http.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = http.address() as AddressInfo;
    routes.server = new TaskServer(http, `http://127.0.0.1:${port}`, simulation);
    return routes.server;
  }

  /** The task's catalog: its tools only, in the order the task lists them. */
  private catalogOf(task: Task): Catalog {
    const key = task.tools.join('\n');
    let catalog = this.catalogs.get(key);
    if (!catalog) {
      const all = this.simulation.catalog;
      const tools = task.tools.flatMap((name) => {
        const tool = all.byName.get(name);
        return tool ? [tool] : [];
      });
      const missing = task.tools.filter((name) => !all.byName.has(name));
      if (missing.length > 0) throw new Error(`task ${task.id}: the tree does not serve ${missing.join(', ')}`);
      catalog = { ...all, tools, byName: new Map(tools.map((tool) => [tool.spec.name, tool])), skipped: [] };
      if (this.catalogs.size > 256) this.catalogs.clear();
      this.catalogs.set(key, catalog);
    }
    return catalog;
  }

  open(task: Task): TaskEndpoint {
    const token = randomBytes(12).toString('base64url');
    const endpoint = new TaskEndpoint(task, `${this.base}/task/${token}/mcp`, this.simulation, this.catalogOf(task));
    this.endpoints.set(token, endpoint);
    return endpoint;
  }

  async release(endpoint: TaskEndpoint): Promise<void> {
    await endpoint.close();
    for (const [token, candidate] of this.endpoints) if (candidate === endpoint) this.endpoints.delete(token);
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const match = /^\/task\/([A-Za-z0-9_-]+)\/mcp(?:\?.*)?$/.exec(request.url ?? '');
    const endpoint = match ? this.endpoints.get(match[1] as string) : undefined;
    if (!endpoint) return sendError(response, 404, `no task is served at ${request.url ?? ''}`);
    let body: unknown;
    if (request.method === 'POST') {
      try {
        body = await readBody(request);
      } catch (error) {
        return sendError(response, 400, `Parse error: ${errorMessage(error)}`);
      }
    }
    await endpoint.handle(request, response, body);
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.endpoints.values()].map((endpoint) => endpoint.close()));
    this.endpoints.clear();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}
