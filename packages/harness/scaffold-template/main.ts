#!/usr/bin/env node
// Written by `inftool scaffold`: runs the server over stdio (default) or Streamable HTTP.
//   node dist/main.js                                   stdio, for Claude Desktop / Cursor / the Inspector
//   node dist/main.js --transport http --port 3000      http://127.0.0.1:3000/mcp
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { createBackend } from './backend.js';
import { createServer } from './server.js';

const { values } = parseArgs({
  options: {
    transport: { type: 'string', default: 'stdio' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '3000' },
    path: { type: 'string', default: '/mcp' },
  },
});
if (values.transport !== 'stdio' && values.transport !== 'http') {
  process.stderr.write(`--transport must be stdio or http, got ${values.transport}\n`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be an integer from 0 to 65535, got ${values.port}\n`);
  process.exit(2);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const backend = await createBackend();

if (values.transport === 'stdio') {
  await createServer(backend).connect(new StdioServerTransport());
} else {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const readBody = async (request: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
  };
  const http = createHttpServer((request, response) => {
    const fail = (status: number, message: string): void => {
      response
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
    };
    // Bound to loopback, only loopback names may reach it: a web page cannot rebind its own host name to this port.
    const hostname = (request.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (LOOPBACK.has(values.host) && !LOOPBACK.has(hostname)) return fail(403, `host ${hostname || '(none)'} is not allowed`);
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== values.path)
      return fail(404, `not found: the MCP endpoint is ${values.path}`);
    (async () => {
      const sessionId = request.headers['mcp-session-id'];
      const existing = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
      if (request.method !== 'POST') {
        if (existing === undefined) return fail(400, 'no valid mcp-session-id header');
        return existing.handleRequest(request, response);
      }
      let body: unknown;
      try {
        body = await readBody(request);
      } catch {
        return fail(400, 'the request body is not JSON');
      }
      if (existing !== undefined) return existing.handleRequest(request, response, body);
      if (!isInitializeRequest(body)) return fail(400, 'no valid mcp-session-id header, and the request is not an initialize');
      const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => void sessions.set(id, transport),
      });
      transport.onclose = () => {
        if (transport.sessionId !== undefined) sessions.delete(transport.sessionId);
      };
      await createServer(backend).connect(transport);
      await transport.handleRequest(request, response, body);
    })().catch((error: unknown) => {
      process.stderr.write(`request failed: ${(error as Error).stack ?? String(error)}\n`);
      if (!response.headersSent) fail(500, 'internal error');
    });
  });
  http.listen(port, values.host, () => {
    const address = http.address();
    const bound = typeof address === 'object' && address !== null ? address.port : port;
    process.stderr.write(`serving on http://${values.host}:${bound}${values.path}\n`);
  });
  const stop = (): void => void http.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
