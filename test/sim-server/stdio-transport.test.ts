import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { Simulation, StdioTransport } from '@inftool/sim-server';
import { cliPath, demoTree } from '../support/sim-client.js';

/** A transport on in-memory pipes: what it delivers, what it writes back and what it logs. */
async function harness(options: ConstructorParameters<typeof StdioTransport>[2] = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  const logged: string[] = [];
  const transport = new StdioTransport(input, output, { log: (line) => logged.push(line), ...options });
  const delivered: JSONRPCMessage[] = [];
  transport.onmessage = (message) => delivered.push(message);
  const written: Array<Record<string, any>> = [];
  createInterface({ input: output }).on('line', (line) => written.push(JSON.parse(line)));
  await transport.start();
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { input, transport, delivered, written, logged, settle };
}

describe('stdio transport: lines on bytes', () => {
  it('keeps a UTF-8 character that is split across two reads', async () => {
    const { input, delivered, settle } = await harness();
    const bytes = Buffer.from(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { city: 'Zürich 東京 🌧' } })}\n`, 'utf8');
    for (const character of ['ü', '東', '🌧']) {
      const at = bytes.indexOf(Buffer.from(character, 'utf8')) + 1; // inside the character
      input.write(bytes.subarray(0, at));
      await settle();
      input.write(bytes.subarray(at));
      await settle();
    }
    expect(delivered.map((message) => (message as unknown as { params: { city: string } }).params.city)).toEqual([
      'Zürich 東京 🌧',
      'Zürich 東京 🌧',
      'Zürich 東京 🌧',
    ]);
  });

  it('a line over the limit is skipped with -32600 carrying its id, logged, and the next line is served', async () => {
    const { input, delivered, written, logged, settle } = await harness({ maxMessageBytes: 1000 });
    // The SDK's client writes the id last; the oversize line arrives in several reads.
    const big = `{"method":"tools/call","params":{"name":"x","arguments":{"text":"${'a'.repeat(5000)}"}},"jsonrpc":"2.0","id":9}\n`;
    for (let at = 0; at < big.length; at += 700) input.write(big.slice(at, at + 700));
    input.write(`${JSON.stringify({ jsonrpc: '2.0', id: 10, method: 'ping' })}\n`);
    await settle();
    expect(written).toEqual([
      {
        jsonrpc: '2.0',
        id: 9,
        error: {
          code: -32600,
          message: `Invalid Request: the message is ${big.length - 1} bytes, over the limit of 1000 bytes (--max-message-bytes); skipped`,
        },
      },
    ]);
    expect(logged).toEqual([expect.stringMatching(/over the limit of 1000 bytes.*request id 9/)]);
    expect(delivered).toEqual([{ jsonrpc: '2.0', id: 10, method: 'ping' }]);
  });

  it('reads a 16 MB line in 64 KiB reads whole, searching each byte for a newline about once (its speed: bench/stdio-lines.mjs)', async () => {
    const { transport, delivered } = await harness({ maxMessageBytes: 64 * 1024 * 1024 });
    const onData = (transport as unknown as { onData: (chunk: Buffer) => void }).onData;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    // The bytes searched for a newline, over every Buffer#indexOf call while the line arrives.
    let searched = 0;
    const original = Buffer.prototype.indexOf;
    Buffer.prototype.indexOf = function (this: Buffer, value: number, from?: number) {
      searched += this.length - (typeof from === 'number' ? from : 0);
      return original.call(this, value, from);
    } as typeof original;
    let fed = 0;
    const feed = (bytes: Buffer) => {
      fed += bytes.length;
      onData(bytes);
    };
    try {
      feed(Buffer.from('{"jsonrpc":"2.0","id":1,"method":"ping","params":{"text":"'));
      for (let index = 0; index < 16 * 16; index += 1) feed(chunk);
      feed(Buffer.from(`"}}\n${JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ping' })}\n`));
    } finally {
      Buffer.prototype.indexOf = original;
    }
    // About each byte once; a reader that searched what it holds again on each read would search ~2 GB
    // here (256 reads × 8 MB on average).
    expect(searched).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    expect(searched).toBeLessThan(1.01 * fed);
    expect(delivered).toHaveLength(2);
    const text = (delivered[0] as unknown as { params: { text: string } }).params.text;
    expect(text.length).toBe(16 * 1024 * 1024);
    expect(/^a+$/.test(text)).toBe(true);
    expect(delivered[1]).toEqual({ jsonrpc: '2.0', id: 2, method: 'ping' });
  }, 120_000);
});

describe('stdio transport: stdin closing', () => {
  it('answers the requests in flight before the server exits', async () => {
    const child = spawn(process.execPath, [cliPath, 'serve', '--tree', demoTree, '--log-level', 'silent', '--latency-ms', '400'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const replies: Array<Record<string, any>> = [];
    createInterface({ input: child.stdout }).on('line', (line) => replies.push(JSON.parse(line)));
    const send = (message: unknown) => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'get_current_weather', arguments: { city: 'Lima' } } });
    send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'get_current_weather', arguments: { city: 'Quito' } } });
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(replies.map((reply) => reply.id).sort()).toEqual([1, 2, 3]);
    expect(replies.find((reply) => reply.id === 3)?.result?.structuredContent).toMatchObject({ city: 'Quito' });
  }, 60_000);
});

/** A real session server on a stdio transport over in-memory pipes, initialized at `protocolVersion`. */
async function session(protocolVersion: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  const transport = new StdioTransport(input, output, { log: () => undefined });
  const simulation = await Simulation.create({ treeFile: demoTree });
  await simulation.createServer('batch-test').connect(transport);
  // Replies can be written while a line is still being sent (in-memory pipes are synchronous): queue them.
  const queued: unknown[] = [];
  const waiting: Array<(reply: unknown) => void> = [];
  createInterface({ input: output }).on('line', (line) => {
    const reply = JSON.parse(line) as unknown;
    const waiter = waiting.shift();
    if (waiter) waiter(reply);
    else queued.push(reply);
  });
  const next = (): Promise<any> => (queued.length > 0 ? Promise.resolve(queued.shift()) : new Promise((resolve) => waiting.push(resolve)));
  const send = (message: unknown) => input.write(`${JSON.stringify(message)}\n`);
  send({
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion, capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
  });
  expect(await next()).toMatchObject({ id: 0, result: { protocolVersion } });
  send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  return { send, next, close: () => transport.close() };
}

describe('stdio transport: JSON-RPC batches per protocol version', () => {
  it('a 2025-03-26 session serves a batch and answers it with one array once every request is answered', async () => {
    const { send, next, close } = await session('2025-03-26');
    send([
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_current_weather', arguments: { city: 'Lima' } } },
      { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 'none', progress: 1 } },
      { jsonrpc: '2.0', id: 2, method: 'ping' },
      { jsonrpc: '2.0', id: 3, method: 42 },
      { jsonrpc: '2.0', id: 4, method: 'initialize', params: {} },
    ]);
    const replies = (await next()) as Array<Record<string, any>>;
    expect(Array.isArray(replies)).toBe(true);
    expect(replies.map((reply) => reply.id).sort()).toEqual([1, 2, 3, 4]);
    const byId = new Map(replies.map((reply) => [reply.id, reply]));
    expect(byId.get(1)?.result?.structuredContent).toMatchObject({ city: 'Lima' });
    expect(byId.get(2)).toEqual({ jsonrpc: '2.0', id: 2, result: {} });
    expect(byId.get(3)).toMatchObject({ error: { code: -32600 } });
    expect(byId.get(4)).toMatchObject({ error: { code: -32600, message: 'Invalid Request: initialize must not be part of a batch' } });
    send([]);
    expect(await next()).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request: an empty batch' } });
    // A batch of notifications only gets no answer: the next line answers the next request.
    send([{ jsonrpc: '2.0', method: 'notifications/initialized' }]);
    send({ jsonrpc: '2.0', id: 5, method: 'ping' });
    expect(await next()).toEqual({ jsonrpc: '2.0', id: 5, result: {} });
    await close();
  });

  it('a 2025-06-18 (or later) session refuses a batch with one -32600 and serves the next line', async () => {
    for (const version of ['2025-06-18', '2025-11-25']) {
      const { send, next, close } = await session(version);
      send([{ jsonrpc: '2.0', id: 1, method: 'ping' }]);
      expect(await next()).toEqual({
        jsonrpc: '2.0',
        id: null,
        error: {
          code: -32600,
          message: `Invalid Request: JSON-RPC batches are not part of MCP ${version} (only 2025-03-26 and earlier have them); send each message on its own line`,
        },
      });
      send({ jsonrpc: '2.0', id: 2, method: 'ping' });
      expect(await next()).toEqual({ jsonrpc: '2.0', id: 2, result: {} });
      await close();
    }
  });
});
