// Baseline for the round-trip benchmark: the SDK's low-level Server with one trivial tool,
// over stdio (default) or Streamable HTTP (`http PORT`). No validation, no engine.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema, isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';

function makeServer() {
  const server = new Server({ name: 'bare', version: '0' }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [{ name: 'echo', description: 'echo', inputSchema: { type: 'object' } }],
  }));
  server.setRequestHandler(CallToolRequestSchema, (request) => ({
    content: [{ type: 'text', text: JSON.stringify(request.params.arguments ?? {}) }],
  }));
  return server;
}

if (process.argv[2] === 'http') {
  const sessions = new Map();
  const http = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : undefined;
    const id = request.headers['mcp-session-id'];
    let transport = id ? sessions.get(id) : undefined;
    if (!transport && body && isInitializeRequest(body)) {
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (sid) => sessions.set(sid, transport),
      });
      await makeServer().connect(transport);
    }
    if (!transport) return void response.writeHead(400).end();
    await transport.handleRequest(request, response, body);
  });
  http.listen(Number(process.argv[3] ?? 0), '127.0.0.1', () =>
    process.stderr.write(`ready at http://127.0.0.1:${http.address().port}/mcp\n`),
  );
} else {
  await makeServer().connect(new StdioServerTransport());
}
