import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { bufferedFetch } from '@inftool/core';
import { Simulation, serveHttp } from '@inftool/sim-server';
import { demoTree } from '../support/sim-client.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

describe('bufferedFetch on a stale keep-alive socket', () => {
  it('sends once more on a fresh connection when a reused socket is closed before any response, and only once', async () => {
    // The server closes a kept-alive connection when its second request arrives, as one closing it for idleness would.
    const seen = new WeakMap<object, number>();
    let requests = 0;
    let alwaysClose = false;
    server = createServer((request, response) => {
      requests += 1;
      const count = (seen.get(request.socket) ?? 0) + 1;
      seen.set(request.socket, count);
      if (count >= 2 || (alwaysClose && requests > 1)) {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ n: requests }));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await (await bufferedFetch(`${base}/a`, { method: 'POST', body: '{}' })).json()).toEqual({ n: 1 });
    // Sent on the kept-alive socket, reset, sent again on a new one: answered.
    expect(await (await bufferedFetch(`${base}/b`, { method: 'POST', body: '{}' })).json()).toEqual({ n: 3 });
    expect(requests).toBe(3);
    // A server that resets every request: the failure is reported, after one more try, not looped.
    alwaysClose = true;
    const before = requests;
    await expect(bufferedFetch(`${base}/c`, { method: 'POST', body: '{}' })).rejects.toThrow(/fetch failed/);
    expect(requests - before).toBeLessThanOrEqual(2);
  });
});

describe('bufferedFetch', () => {
  it('sends method, headers and body, and returns status, headers and the whole body', async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.url === '/slow') return; // never answers
        if (request.url === '/events') {
          response.writeHead(200, { 'content-type': 'text/event-stream' });
          response.write('data: first\n\n'); // the stream stays open: the caller must see this now
          return;
        }
        response.writeHead(request.url === '/missing' ? 404 : 201, {
          'content-type': 'application/json',
          'x-echo': String(request.headers['x-token']),
        });
        response.end(JSON.stringify({ method: request.method, body: Buffer.concat(chunks).toString() }));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const response = await bufferedFetch(`${base}/x`, {
      method: 'POST',
      headers: { 'x-token': 'abc', 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-echo')).toBe('abc');
    expect(await response.json()).toEqual({ method: 'POST', body: '{"a":1}' });
    expect((await bufferedFetch(`${base}/missing`)).status).toBe(404);
    const events = await bufferedFetch(`${base}/events`, { method: 'POST', body: '{}' });
    const reader = events.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: first\n\n');
    await reader.cancel();
    const controller = new AbortController();
    const pending = bufferedFetch(`${base}/slow`, { method: 'POST', body: 'x', signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow(/stop/);
    await expect(bufferedFetch('http://127.0.0.1:9/')).rejects.toThrow(/fetch failed/);
  });
});

describe('serveHttp for clients that need no stream', () => {
  it('answers GET with 405 without a standalone stream, and POST with JSON when asked', async () => {
    const running = await serveHttp(await Simulation.create({ treeFile: demoTree }), { port: 0, standaloneSse: false, jsonResponse: true });
    try {
      const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
      const init = await fetch(running.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '0' } },
        }),
      });
      expect(init.headers.get('content-type')).toMatch(/application\/json/);
      const session = init.headers.get('mcp-session-id')!;
      expect(((await init.json()) as { result: { serverInfo?: unknown } }).result.serverInfo).toBeDefined();
      const get = await fetch(running.url, { headers: { accept: 'text/event-stream', 'mcp-session-id': session } });
      expect(get.status).toBe(405);
      expect(get.headers.get('allow')).toBe('POST, DELETE');
    } finally {
      await running.close();
    }
  });
});
