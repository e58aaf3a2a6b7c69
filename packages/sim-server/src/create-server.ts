import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  CreateMessageResultSchema,
  ErrorCode,
  InitializeRequestSchema,
  ListToolsRequestSchema,
  SetLevelRequestSchema,
  isJSONRPCRequest,
  type ListToolsResult,
  type ServerNotification,
  type ServerRequest,
} from '@modelcontextprotocol/sdk/types.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { z } from 'zod';
import { sdkJsonSchemaValidator, FAULT_ARGUMENT_META_KEY, FAULT_META_KEY, SEED_META_KEY, WORLD_META_KEY } from '@inftool/core';
import { callTool, type CallContext } from './call-tool.js';
import type { ClientBridge } from './engines/engine.js';
import { isPlannedFaultKind } from './faults.js';
import { SessionState, type LoggingLevel } from './session-state.js';
import { MAX_ARGUMENT_DEPTH, tooDeepAt, WireError } from './wire-error.js';

export interface ServerIdentity {
  name: string;
  version: string;
}

export interface SessionServerOptions {
  identity: ServerIdentity;
  /** Tools per `tools/list` page. */
  pageSize: number;
  instructions?: string;
}

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Cursors are opaque to clients; ours is the offset, base64url-encoded. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, total: number): number {
  if (cursor === undefined) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (!Number.isInteger(offset) || offset < 0 || offset > total) throw new WireError(ErrorCode.InvalidParams, `Invalid cursor: ${cursor}`);
  return offset;
}

/**
 * The SDK parses a request against its schema before the handler runs and answers a mismatch with
 * -32603 Internal error. JSON-RPC says bad params are -32602 Invalid params, naming what is wrong:
 * so we register a loose schema and parse the params ourselves.
 */
function looseRequest<Method extends string>(method: Method) {
  return z.object({ method: z.literal(method), params: z.unknown().optional() });
}
// Built once: zod compiles a schema on first use, and sessions come and go by the thousand.
const LooseListTools = looseRequest('tools/list');
const LooseSetLevel = looseRequest('logging/setLevel');

function parseParams<Schema extends z.ZodType>(schema: Schema, request: { method: string; params?: unknown }): z.infer<Schema> {
  const parsed = schema.safeParse({ method: request.method, ...(request.params === undefined ? {} : { params: request.params }) });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${['$', ...issue.path.slice(1)].join('.')}: ${issue.message}`).join('; ');
  throw new WireError(ErrorCode.InvalidParams, `Invalid params for ${request.method}: ${problems}`);
}

/**
 * The SDK's own `initialize` handler (which keeps the client's capabilities for the session) parses
 * the request the same way and answers bad params with -32603 too; it cannot be wrapped through the
 * SDK's public API (`setRequestHandler` would replace it, losing those capabilities). So the session
 * server checks an `initialize` where it enters, on the transport: bad params are answered there
 * with -32602 naming them, and the SDK's handler only ever sees valid ones.
 */
function checkingInitialize(transport: Transport): Transport {
  let handler: Transport['onmessage'];
  const filter: Transport['onmessage'] = (message, extra) => {
    if (isJSONRPCRequest(message) && message.method === 'initialize') {
      try {
        parseParams(InitializeRequestSchema, message);
      } catch (error) {
        const wire = error as WireError;
        void transport
          .send({ jsonrpc: '2.0', id: message.id, error: { code: wire.code, message: wire.message } }, { relatedRequestId: message.id })
          .catch((sendError: unknown) => transport.onerror?.(sendError as Error));
        return;
      }
    }
    handler?.(message, extra);
  };
  return new Proxy(transport, {
    get(target, property) {
      if (property === 'onmessage') return handler;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(target, property, value) {
      if (property !== 'onmessage') return Reflect.set(target, property, value, target);
      handler = value as Transport['onmessage'];
      target.onmessage = handler === undefined ? undefined : filter;
      return true;
    },
  });
}

/** The SDK's `Server`, with an `initialize` whose params are bad answered -32602 (see `checkingInitialize`). */
class SessionServer extends Server {
  override async connect(transport: Transport): Promise<void> {
    await super.connect(checkingInitialize(transport));
  }
}

type CallParams = z.infer<typeof CallToolRequestSchema>['params'];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** tools/call params in the common shape, checked by hand (zod's union-heavy parse costs more than the faker engine); anything else goes to zod. */
function callParams(request: { method: string; params?: unknown }): CallParams {
  const params = request.params;
  // Validation, hashing and the engines walk arguments recursively: 10,000 levels would overflow the stack.
  const deep = isPlainObject(params) ? tooDeepAt(params['arguments'], MAX_ARGUMENT_DEPTH, '$.arguments') : undefined;
  if (deep !== undefined)
    throw new WireError(
      ErrorCode.InvalidParams,
      `Invalid params for tools/call: ${deep}: arguments nested deeper than ${MAX_ARGUMENT_DEPTH} levels are not accepted`,
    );
  if (
    isPlainObject(params) &&
    typeof params['name'] === 'string' &&
    (params['arguments'] === undefined || isPlainObject(params['arguments']))
  ) {
    const meta = params['_meta'];
    const token = isPlainObject(meta) ? meta['progressToken'] : undefined;
    if (meta === undefined || (isPlainObject(meta) && (token === undefined || typeof token === 'string' || typeof token === 'number')))
      return params as CallParams;
  }
  return parseParams(CallToolRequestSchema, request).params;
}

function bridge(server: Server, session: SessionState, extra: Extra, progressToken: string | number | undefined): ClientBridge {
  const capabilities = () => server.getClientCapabilities() ?? {};
  return {
    supports: (capability) => capabilities()[capability] !== undefined,
    sample: async (request, signal) => {
      const result = await extra.sendRequest(
        {
          method: 'sampling/createMessage',
          params: {
            ...(request.systemPrompt ? { systemPrompt: request.systemPrompt } : {}),
            messages: request.messages.map((message) => ({ role: message.role, content: { type: 'text' as const, text: message.text } })),
            maxTokens: request.maxTokens,
          },
        },
        CreateMessageResultSchema,
        { signal },
      );
      const content = Array.isArray(result.content) ? result.content : [result.content];
      return content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    },
    elicit: async (request, signal) => {
      const result = await server.elicitInput(
        { message: request.message, requestedSchema: request.requestedSchema as never },
        { signal, relatedRequestId: extra.requestId },
      );
      return { action: result.action, content: result.content as Record<string, unknown> | undefined };
    },
    progress: async (progress, total, message) => {
      if (progressToken === undefined) return;
      await extra.sendNotification({
        method: 'notifications/progress',
        params: { progressToken, progress, ...(total !== undefined ? { total } : {}), ...(message ? { message } : {}) },
      });
    },
    log: async (level, data) => {
      if (!session.wantsLog(level)) return;
      await extra.sendNotification({ method: 'notifications/message', params: { level, logger: 'inftool-sim', data } });
    },
    closeStream: () => extra.closeSSEStream?.(),
  };
}

/**
 * One MCP server for one session (the SDK's low-level `Server`, since tools here are arbitrary JSON
 * Schema, not zod). Sessions share the catalog and engines through `context`; each has its own state.
 */
export function createSessionServer(
  context: CallContext,
  options: SessionServerOptions,
  session: SessionState = new SessionState('stdio', ''),
): Server {
  const server = new SessionServer(options.identity, {
    capabilities: { tools: { listChanged: true }, logging: {} },
    // The SDK would build a draft-07 Ajv per session; the shared 2020-12 cache serves every session.
    jsonSchemaValidator: sdkJsonSchemaValidator(context.validator),
    ...(options.instructions ? { instructions: options.instructions } : {}),
  });

  server.setRequestHandler(LooseListTools, (loose): ListToolsResult => {
    const request = parseParams(ListToolsRequestSchema, loose);
    const tools = context.catalog.tools; // read per request: a reload swaps the catalog
    const offset = decodeCursor(request.params?.cursor, tools.length);
    const end = Math.min(offset + options.pageSize, tools.length);
    const page: ListToolsResult['tools'] = [];
    for (let index = offset; index < end; index += 1)
      page.push((tools[index] as (typeof tools)[number]).spec as ListToolsResult['tools'][number]);
    return end < tools.length ? { tools: page, nextCursor: encodeCursor(end) } : { tools: page };
  });

  // tools/call goes through the fallback handler, not setRequestHandler: the SDK's Server wraps a
  // registered tools/call handler in a second zod parse of the request and of the result, which
  // repeats what callParams and callTool already guarantee and costs more than the faker engine.
  server.fallbackRequestHandler = async (request, extra) => {
    if (request.method !== 'tools/call') throw new WireError(ErrorCode.MethodNotFound, `Method not found: ${request.method}`);
    const params = callParams(request);
    return callTool(
      context,
      session,
      {
        name: params.name,
        arguments: params.arguments,
        progressToken: params._meta?.progressToken,
        ...(typeof params._meta?.[SEED_META_KEY] === 'string' ? { seed: params._meta[SEED_META_KEY] } : {}),
        ...(typeof params._meta?.[WORLD_META_KEY] === 'string' ? { world: params._meta[WORLD_META_KEY] } : {}),
        ...(isPlannedFaultKind(params._meta?.[FAULT_META_KEY]) ? { fault: params._meta[FAULT_META_KEY] } : {}),
        ...(typeof params._meta?.[FAULT_ARGUMENT_META_KEY] === 'string' ? { faultArgument: params._meta[FAULT_ARGUMENT_META_KEY] } : {}),
      },
      bridge(server, session, extra, params._meta?.progressToken),
      extra.signal,
    );
  };

  server.setRequestHandler(LooseSetLevel, (loose) => {
    const request = parseParams(SetLevelRequestSchema, loose);
    session.logLevel = request.params.level as LoggingLevel;
    return {};
  });

  return server;
}
