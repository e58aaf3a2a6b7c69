import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { Simulation, bearerToken, ownHostNames, serveHttp, type HttpServeOptions, type RunningHttpServer } from '@inftool/sim-server';
import { raw } from '../support/raw-http.js';
import { demoTree } from '../support/sim-client.js';

let running: RunningHttpServer | undefined;
const clients: Client[] = [];
afterEach(async () => {
  await Promise.allSettled(clients.splice(0).map((client) => client.close()));
  await running?.close();
  running = undefined;
});

async function startHttp(options: HttpServeOptions = {}, simulationOptions: Partial<Parameters<typeof Simulation.create>[0]> = {}) {
  const simulation = await Simulation.create({ treeFile: demoTree, ...simulationOptions });
  running = await serveHttp(simulation, { port: 0, ...options });
  return running;
}

async function connectClient(url: string, headers: Record<string, string> = {}) {
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
  const client = new Client({ name: 'limits-test', version: '0' });
  await client.connect(transport);
  clients.push(client);
  return { client, transport };
}

const initialize = (protocolVersion = '2025-06-18', id = 1) =>
  JSON.stringify({
    jsonrpc: '2.0',
    id,
    method: 'initialize',
    params: { protocolVersion, capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
  });

/** What a raw TCP client gets back before the server closes the connection, after `script` has written to it. */
function rawSocket(port: number, script: (write: (text: string) => void) => void): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(received));
    script((text) => {
      if (socket.writable) socket.write(text);
    });
  });
}

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('HTTP sessions: a cap and idle expiry', () => {
  it('answers an initialize beyond --max-sessions with 503 and a JSON-RPC error, and serves it once a session ends', async () => {
    const server = await startHttp({ maxSessions: 2 });
    const first = await connectClient(server.url);
    await connectClient(server.url);
    expect(server.sessions()).toBe(2);
    const refused = await raw(server.url, { body: initialize('2025-06-18', 7) });
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(JSON.parse(refused.body)).toEqual({
      jsonrpc: '2.0',
      id: 7,
      error: {
        code: -32000,
        message: 'Server busy: 2 sessions are open, the most this server keeps (--max-sessions); end one with DELETE, or retry later',
      },
    });
    // Sessions already open are served as before.
    expect((await first.client.listTools()).tools).toHaveLength(11);
    await first.transport.terminateSession();
    expect(server.sessions()).toBe(1);
    const third = await connectClient(server.url);
    expect((await third.client.listTools()).tools).toHaveLength(11);
    expect(server.sessions()).toBe(2);
  });

  it('an initialize the transport refuses leaves no session and no server behind', async () => {
    const simulation = await Simulation.create({ treeFile: demoTree });
    running = await serveHttp(simulation, { port: 0, maxSessions: 1 });
    // Two initialize requests in one batch: the SDK's transport refuses it before a session exists.
    const batch = `[${initialize('2025-03-26', 1)},${initialize('2025-03-26', 2)}]`;
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await raw(running.url, { body: batch })).status).toBe(400);
    expect(running.sessions()).toBe(0);
    expect((simulation as unknown as { live: Set<unknown> }).live.size).toBe(0);
    // The cap counts only real sessions: one can still open.
    await connectClient(running.url);
    expect(running.sessions()).toBe(1);
  });

  it('closes a session idle past sessionIdleMs: its id then gets 404, and its place under the cap is free', async () => {
    const server = await startHttp({ sessionIdleMs: 1000, maxSessions: 1 });
    const { transport } = await connectClient(server.url);
    const sessionId = transport.sessionId as string;
    await until(() => server.sessions() === 0);
    const gone = await raw(server.url, {
      headers: { 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ping' }),
    });
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.body)).toMatchObject({ error: { code: -32001, message: expect.stringContaining('it ended or expired') } });
    await connectClient(server.url);
    expect(server.sessions()).toBe(1);
  });
});

describe('HTTP: slow clients (slowloris)', () => {
  it('cuts a client that sends nothing, trickles headers or trickles its body, with 408', async () => {
    const server = await startHttp({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const trickle = (write: (text: string) => void, head: string, unit: string) => {
      write(head);
      const timer = setInterval(() => write(unit), 50);
      timer.unref();
    };
    const [silent, headers, body] = await Promise.all([
      rawSocket(server.port, () => undefined),
      rawSocket(server.port, (write) => trickle(write, `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`, 'X-Slow: 1\r\n')),
      rawSocket(server.port, (write) =>
        trickle(
          write,
          `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`,
          ' ',
        ),
      ),
    ]);
    for (const received of [silent, headers, body]) expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
  });

  it('a response may take longer than the request timeout (SSE calls are not cut)', async () => {
    const server = await startHttp({ headersTimeoutMs: 200, requestTimeoutMs: 300 }, { faults: { latencyMs: 900 } });
    const { client } = await connectClient(server.url);
    const result = (await client.callTool({ name: 'get_current_weather', arguments: { city: 'Lima' } })) as CallToolResult;
    expect(result.structuredContent).toMatchObject({ city: 'Lima' });
  });
});

describe('HTTP: who may call', () => {
  it('takes the Bearer scheme in any case and spacing', async () => {
    const server = await startHttp({ authToken: 's3cret' });
    for (const header of ['bearer s3cret', 'BEARER s3cret', 'Bearer   s3cret ']) {
      expect((await raw(server.url, { headers: { authorization: header }, body: initialize() })).status).toBe(200);
    }
    for (const header of ['Basic s3cret', 'Bearer', 's3cret', 'Bearer s3cret extra', 'bearer S3CRET'])
      expect((await raw(server.url, { headers: { authorization: header }, body: initialize() })).status).toBe(401);
    expect(bearerToken('bEaReR abc')).toBe('abc');
  });

  it('bound on every interface, serves clients on this machine by their loopback names and refuses foreign Host names', async () => {
    expect(ownHostNames('0.0.0.0')).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', '[::1]']));
    expect(ownHostNames('127.0.0.1')).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(ownHostNames('10.1.2.3')).toEqual(['10.1.2.3']);
    // A token, so the test never serves an open port beyond loopback.
    const server = await startHttp({ host: '0.0.0.0', authToken: 's3cret' });
    const auth = { authorization: 'Bearer s3cret' };
    for (const name of ['127.0.0.1', 'localhost']) {
      const { client } = await connectClient(`http://${name}:${server.port}/mcp`, auth);
      expect((await client.listTools()).tools).toHaveLength(11);
    }
    const foreign = await raw(`http://127.0.0.1:${server.port}/mcp`, {
      headers: { ...auth, host: 'evil.example.com' },
      body: initialize(),
    });
    expect(foreign.status).toBe(403);
  });
});

describe('HTTP: JSON-RPC batches per protocol version', () => {
  it('a 2025-03-26 session takes a batch; a 2025-06-18 one gets 400 with -32600', async () => {
    const server = await startHttp({ jsonResponse: true });
    for (const [version, status] of [
      ['2025-03-26', 200],
      ['2025-06-18', 400],
    ] as const) {
      const opened = await raw(server.url, { body: initialize(version) });
      const sessionId = opened.headers['mcp-session-id'] as string;
      const headers = { 'mcp-session-id': sessionId, 'mcp-protocol-version': version };
      await raw(server.url, { headers, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) });
      const batch = await raw(server.url, {
        headers,
        body: JSON.stringify([
          { jsonrpc: '2.0', id: 2, method: 'ping' },
          { jsonrpc: '2.0', id: 3, method: 'tools/list' },
        ]),
      });
      expect(batch.status).toBe(status);
      if (status === 200) expect((JSON.parse(batch.body) as Array<{ id: number }>).map((reply) => reply.id).sort()).toEqual([2, 3]);
      else
        expect(JSON.parse(batch.body)).toEqual({
          jsonrpc: '2.0',
          id: null,
          error: {
            code: -32600,
            message: `Invalid Request: JSON-RPC batches are not part of MCP ${version} (only 2025-03-26 and earlier have them); send one message per request`,
          },
        });
    }
  });
});
