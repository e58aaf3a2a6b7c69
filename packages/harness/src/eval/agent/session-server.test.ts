import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import { Simulation } from '@inftool/sim-server';
import { TaskServer } from './session-server.js';

const tree = fileURLToPath(new URL('../../../../../examples/demo-tree.json', import.meta.url));

const task = (faults: Task['faults'] = []): Task => ({
  id: 'task-1',
  kind: faults.length > 0 ? 'error_recovery' : 'single',
  seed: 'world-1',
  servers: ['shopfront'],
  tools: ['list_orders', 'get_order'],
  persona: { name: 'Ann', style: 'terse', background: 'shop owner' },
  goal: 'see the orders',
  known: {},
  unknown: [],
  difficulty: 'easy',
  expectedCalls: [[{ tool: 'list_orders', arguments: {} }]],
  faults,
});

/** A bare MCP client over fetch: initialize, then JSON-RPC requests on the session. */
async function session(url: string) {
  let id = 0;
  let sessionId: string | undefined;
  const post = async (method: string, params: unknown, notification = false) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...(sessionId ? { 'mcp-session-id': sessionId } : {}),
      },
      body: JSON.stringify(notification ? { jsonrpc: '2.0', method, params } : { jsonrpc: '2.0', id: ++id, method, params }),
    });
    sessionId ??= response.headers.get('mcp-session-id') ?? undefined;
    return notification ? undefined : ((await response.json()) as { result?: Record<string, unknown>; error?: { message: string } });
  };
  await post('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'test', version: '1' } });
  await post('notifications/initialized', {}, true);
  return post;
}

describe('TaskServer', () => {
  let server: TaskServer;
  beforeAll(async () => {
    server = await TaskServer.start(await Simulation.create({ treeFile: tree, seed: 'test' }));
  });
  afterAll(() => server.close());

  it("serves the task's tools only, and records what the agent sent before the plan's _meta is added", async () => {
    const endpoint = server.open(task());
    const post = await session(endpoint.url);
    const listed = await post('tools/list', {});
    expect((listed?.result?.['tools'] as Array<{ name: string }>).map((tool) => tool.name)).toEqual(['list_orders', 'get_order']);
    // The agent tries to pick its own world and a fault: both are dropped on the server's side.
    const called = await post('tools/call', {
      name: 'list_orders',
      arguments: {},
      _meta: { 'inftool/fault': 'server_error', 'inftool/world': 'mine' },
    });
    expect(called?.result?.['isError']).not.toBe(true);
    const unknown = await post('tools/call', { name: 'search_flights', arguments: {} });
    expect(JSON.stringify(unknown)).toMatch(/Unknown tool: search_flights/);
    const sent = endpoint.wire.filter((record) => record.direction === 'client_to_server' && record.message['method'] === 'tools/call');
    expect(sent[0]?.message['params']).toEqual({
      name: 'list_orders',
      arguments: {},
      _meta: { 'inftool/fault': 'server_error', 'inftool/world': 'mine' },
    });
    expect(endpoint.requests).toMatchObject({ initialize: 1, 'notifications/initialized': 1, 'tools/list': 1, 'tools/call': 2 });
    await server.release(endpoint);
    const after = await fetch(endpoint.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(after.status).toBe(404);
  });

  it('fails the first attempt of a planned faulty call, in its turn only, and lets the retry through', async () => {
    const endpoint = server.open(task([{ turn: 0, call: 0, fault: 'server_error', recovery: 'retry' }]));
    const post = await session(endpoint.url);
    const first = await post('tools/call', { name: 'list_orders', arguments: {} });
    const retry = await post('tools/call', { name: 'list_orders', arguments: {} });
    expect(first?.result?.['isError']).toBe(true);
    expect(retry?.result?.['isError']).not.toBe(true);
    endpoint.turn = 1;
    expect((await post('tools/call', { name: 'list_orders', arguments: {} }))?.result?.['isError']).not.toBe(true);
    expect(endpoint.wire.filter((record) => record.message['method'] === 'tools/call').map((record) => record.turn)).toEqual([0, 0, 1]);
    await server.release(endpoint);
  });
});
