import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { Simulation, serveHttp, type HttpServeOptions, type RunningHttpServer } from '@inftool/sim-server';
import { raw } from '../support/raw-http.js';
import { cliPath, demoTree } from '../support/sim-client.js';

let running: RunningHttpServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function startHttp(options: HttpServeOptions = {}): Promise<RunningHttpServer> {
  const simulation = await Simulation.create({ treeFile: demoTree });
  running = await serveHttp(simulation, { port: 0, ...options });
  return running;
}

async function httpClient(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
  const client = new Client({ name: 'transport-test', version: '0' });
  await client.connect(transport);
  return { client, transport };
}

const initialize = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
});

describe('stdio: inftool serve as a child process', () => {
  it('lists and calls tools with the SDK client', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [cliPath, 'serve', '--tree', demoTree, '--log-level', 'warn'],
      stderr: 'pipe',
    });
    const client = new Client({ name: 'stdio-test', version: '0' });
    await client.connect(transport);
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(11);
    const result = (await client.callTool({ name: 'get_current_weather', arguments: { city: 'Lima' } })) as CallToolResult;
    expect(result.structuredContent).toMatchObject({ city: 'Lima' });
    await client.close();
  });

  it('answers malformed JSON-RPC with the right error and lives on', async () => {
    const child = spawn(process.execPath, [cliPath, 'serve', '--tree', demoTree, '--log-level', 'silent'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout });
    const replies: Array<Record<string, any>> = [];
    const next = (): Promise<Record<string, any>> =>
      new Promise((resolve) => {
        lines.once('line', (line) => {
          const parsed = JSON.parse(line);
          replies.push(parsed);
          resolve(parsed);
        });
      });
    const send = (text: string) => child.stdin.write(`${text}\n`);
    send('{this is not json');
    expect(await next()).toMatchObject({ id: null, error: { code: -32700 } });
    send(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 42 }));
    expect(await next()).toMatchObject({ id: 7, error: { code: -32600 } });
    send(initialize);
    expect(await next()).toMatchObject({ id: 1, result: { serverInfo: { name: 'inftool-sim' } } });
    send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
    send(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'no/such/method' }));
    expect(await next()).toMatchObject({ id: 2, error: { code: -32601 } });
    send(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { arguments: {} } }));
    expect(await next()).toMatchObject({ id: 3, error: { code: -32602 } });
    send(JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'ping' }));
    expect(await next()).toEqual({ jsonrpc: '2.0', id: 4, result: {} });
    child.kill();
  });

  it('exits with a clear message for a malformed tree', async () => {
    const child = spawn(process.execPath, [cliPath, 'serve', '--tree', '/nonexistent/tree.json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/inftool: cannot read tool file \/nonexistent\/tree\.json/);
  });
});

describe('Streamable HTTP', () => {
  it('serves many concurrent sessions in one process, each with its own state, and DELETE ends one', async () => {
    const server = await startHttp();
    const clients = await Promise.all(Array.from({ length: 8 }, () => httpClient(server.url)));
    expect(server.sessions()).toBe(8);
    const ids = await Promise.all(
      clients.map(async ({ client }, index) => {
        const created = (await client.callTool({
          name: 'create_order',
          arguments: { product_id: `p${index}`, quantity: 1 },
        })) as CallToolResult;
        return JSON.parse((created.content[0] as { text: string }).text).id as string;
      }),
    );
    const listed = (await clients[0]!.client.callTool({ name: 'list_orders', arguments: {} })) as CallToolResult;
    // Every session starts from the same seeded world; each sees only its own creation in it.
    const items = JSON.parse((listed.content[0] as { text: string }).text).items as Array<{ id: string; product_id?: string }>;
    expect(items.filter((item) => item.product_id !== undefined)).toEqual([expect.objectContaining({ id: ids[0], product_id: 'p0' })]);
    const first = clients[0]!;
    const sessionId = first.transport.sessionId!;
    await first.transport.terminateSession();
    expect(server.sessions()).toBe(7);
    const after = await raw(server.url, {
      headers: { 'mcp-session-id': sessionId },
      body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'ping' }),
    });
    expect(after.status).toBe(404);
    await Promise.all(clients.slice(1).map(({ client }) => client.close()));
  });

  it('rejects a foreign Host or Origin (DNS rebinding) and accepts loopback ones', async () => {
    const server = await startHttp();
    expect((await raw(server.url, { headers: { host: 'evil.example.com' }, body: initialize })).status).toBe(403);
    expect((await raw(server.url, { headers: { origin: 'http://evil.example.com' }, body: initialize })).status).toBe(403);
    expect(
      (
        await raw(server.url, {
          headers: { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` },
          body: initialize,
        })
      ).status,
    ).toBe(200);
  });

  it('requires the bearer token when one is set', async () => {
    const server = await startHttp({ authToken: 's3cret' });
    const denied = await raw(server.url, { body: initialize });
    expect(denied.status).toBe(401);
    expect((await raw(server.url, { headers: { authorization: 'Bearer wrong!' }, body: initialize })).status).toBe(401);
    const { client } = await httpClient(server.url, { authorization: 'Bearer s3cret' });
    expect((await client.listTools()).tools.length).toBe(11);
    await client.close();
  });

  it('limits the body size and answers bad bodies with JSON-RPC errors', async () => {
    const server = await startHttp({ maxBodyBytes: 1024 });
    const big = await raw(server.url, {
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(2000) } }),
    });
    expect(big.status).toBe(413);
    const broken = await raw(server.url, { body: '{"jsonrpc": "2.0", ' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ error: { code: -32700 } });
    const noSession = await raw(server.url, { body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) });
    expect(noSession.status).toBe(400);
  });

  it('stateless mode answers without sessions', async () => {
    const server = await startHttp({ stateless: true });
    const { client, transport } = await httpClient(server.url);
    expect(transport.sessionId).toBeUndefined();
    const result = (await client.callTool({ name: 'service_status', arguments: {} })) as CallToolResult;
    expect(result.content[0]).toMatchObject({ text: 'All systems operational.' });
    expect(server.sessions()).toBe(0);
    await client.close();
  });
});
