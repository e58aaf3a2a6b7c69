/** Test support: a bare Streamable HTTP server that misbehaves on purpose (closes streams, refuses resumes, 401s). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal Streamable HTTP server that primes the tools/call stream, closes it, and then answers
 * the resuming GET with `resumeStatus` (and 401 to tools/list when `listStatus` says so).
 */
export async function startClosingServer(
  resumeStatus: number,
  listStatus = 200,
): Promise<{ url: string; gets: string[]; close(): Promise<void> }> {
  const gets: string[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'GET') {
      gets.push(String(request.headers['last-event-id'] ?? ''));
      response.writeHead(request.headers['last-event-id'] ? resumeStatus : 405).end();
      return;
    }
    if (request.method === 'DELETE') return void response.writeHead(200).end();
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const message = JSON.parse(body) as { id?: number; method: string };
      const headers = { 'content-type': 'application/json', 'mcp-session-id': 's1' };
      if (message.id === undefined) return void response.writeHead(202).end();
      if (message.method === 'initialize')
        return void response.writeHead(200, headers).end(
          JSON.stringify({
            jsonrpc: '2.0',
            id: message.id,
            result: { protocolVersion: '2025-11-25', capabilities: { tools: {} }, serverInfo: { name: 'closing', version: '1' } },
          }),
        );
      if (message.method === 'tools/list') {
        if (listStatus !== 200) return void response.writeHead(listStatus, { 'content-type': 'text/plain' }).end('token expired');
        return void response.writeHead(200, headers).end(
          JSON.stringify({
            jsonrpc: '2.0',
            id: message.id,
            result: { tools: [{ name: 'slow', inputSchema: { type: 'object' } }] },
          }),
        );
      }
      // tools/call: a priming event with a short retry, then the stream ends with no answer.
      response.writeHead(200, { 'content-type': 'text/event-stream', 'mcp-session-id': 's1' });
      response.end('id: e1\nretry: 10\ndata: \n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/mcp`, gets, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
