import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, serveHttp, type RunningHttpServer } from '@inftool/sim-server';
import {
  Assistant,
  ToolCatalog,
  unknownToolText,
  connectServer,
  parseServerTarget,
  splitCommandLine,
  type McpConnection,
} from '@inftool/sim-client';
import { OpenAIChatModel } from '@inftool/core';
import { reply, sequence, startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.js';
import { cliPath, demoTree, fixture } from '../support/sim-client.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (open.length > 0)
    await open
      .pop()
      ?.close()
      .catch(() => undefined);
});
const track = <T extends { close(): Promise<void> }>(value: T): T => {
  open.push(value);
  return value;
};

async function httpServer(): Promise<RunningHttpServer> {
  const simulation = await Simulation.create({ treeFile: demoTree });
  return track(await serveHttp(simulation, { port: 0 }));
}

describe('sim-client: connecting and listing', () => {
  it('parses a --server value: a URL, or a command line with quotes', () => {
    expect(parseServerTarget('http://127.0.0.1:3000/mcp')).toMatchObject({ kind: 'http' });
    expect(splitCommandLine(`node "my cli.js" serve --tree 'a b.json' x\\ y`)).toEqual([
      'node',
      'my cli.js',
      'serve',
      '--tree',
      'a b.json',
      'x y',
    ]);
    expect(() => parseServerTarget('node "unclosed')).toThrow(/unterminated " quote/);
    expect(() => parseServerTarget('   ')).toThrow(/a URL .* or a command line/);
  });

  it('lists every page of a third-party server and reports a broken tool instead of failing the list', async () => {
    const server = track(await connectServer(`${process.execPath} ${fixture('broken-list-server.mjs')}`));
    const catalog = await ToolCatalog.load([server]);
    expect(catalog.entries.map((entry) => entry.name)).toEqual(['echo', 'get_weather']);
    expect(catalog.broken).toEqual([
      { server: server.label, index: 1, name: 'broken', reason: expect.stringMatching(/inputSchema\.type/) },
    ]);
  });

  it('gives two servers with the same tool names distinct chat-safe names that map back', async () => {
    const http = await httpServer();
    const a = track(await connectServer(http.url, { label: 'alpha' }));
    const b = track(await connectServer(`${process.execPath} ${cliPath} serve --tree ${demoTree} --log-level silent`, { label: 'beta' }));
    const catalog = await ToolCatalog.load([a, b]);
    const weather = catalog.entries.filter((entry) => entry.name === 'get_current_weather');
    expect(weather.map((entry) => entry.server.label)).toEqual(['alpha', 'beta']);
    expect(new Set(weather.map((entry) => entry.chatName)).size).toBe(2);
    for (const entry of catalog.entries) {
      expect(entry.chatName).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      expect(catalog.find(entry.chatName)).toBe(entry);
    }
  });

  it('ends its HTTP session (DELETE) when it closes, so it holds no place under the server cap', async () => {
    const http = await httpServer();
    const connection = await connectServer(http.url, { standaloneStream: false });
    expect(http.sessions()).toBe(1);
    await connection.close();
    expect(http.sessions()).toBe(0);
  });

  it('names the server it cannot reach', async () => {
    await expect(connectServer('http://127.0.0.1:9/mcp')).rejects.toThrow(/cannot connect to MCP server http:\/\/127\.0\.0\.1:9\/mcp/);
  });
});

describe('sim-client: the tool-calling loop against a model on the fake endpoint', () => {
  let fake: FakeOpenAIServer;
  let server: McpConnection;

  it('runs parallel calls concurrently, answers unknown tools and malformed arguments with errors, records the wire', async () => {
    fake = track(
      await startFakeOpenAIServer(
        sequence(
          reply.toolCalls(
            { name: 'get_current_weather', arguments: { city: 'Oslo' } },
            { name: 'get_current_weather', arguments: { city: 'Paris' } },
            { name: 'teleport', arguments: {} },
            { name: 'service_status', arguments: '{"oops' },
          ),
          reply.text('Oslo is cold; Paris is mild.'),
        ),
      ),
    );
    server = track(await connectServer((await httpServer()).url));
    const catalog = await ToolCatalog.load([server]);
    const model = new OpenAIChatModel({ model: 'assistant', baseURL: fake.baseURL });
    const assistant = new Assistant({ model, catalog, system: 'You are helpful.', seed: 'trajectory-1' });
    const wireBefore = server.wire.records.length;
    const turn = await assistant.respond('Weather in Oslo and Paris?');
    expect(turn.stop).toBe('answered');
    expect(turn.reply).toBe('Oslo is cold; Paris is mild.');
    expect(turn.steps).toHaveLength(1);
    const [oslo, paris, unknown, malformed] = turn.steps[0]!;
    expect(oslo).toMatchObject({ name: 'get_current_weather', arguments: { city: 'Oslo' }, isError: false });
    expect(paris).toMatchObject({ name: 'get_current_weather', arguments: { city: 'Paris' }, isError: false });
    expect(unknown).toMatchObject({
      chatName: 'teleport',
      isError: true,
      rejected: 'unknown_tool',
      result: expect.stringMatching(/unknown tool "teleport"/),
    });
    expect(malformed).toMatchObject({ chatName: 'service_status', isError: true, rejected: 'malformed_arguments' });
    expect(assistant.messages.map((message) => message.role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool',
      'tool',
      'tool',
      'tool',
      'assistant',
    ]);
    // The model saw the tools and, on its second call, the four results.
    expect((fake.requests[0]!.body['tools'] as unknown[]).length).toBe(catalog.entries.length);
    expect((fake.requests[1]!.body['messages'] as unknown[]).length).toBe(7);
    // Only the two real calls reached the server, each seeded for this trajectory, both sent before either answered.
    const calls = server.wire.since(wireBefore).filter((record) => record.message['method'] === 'tools/call');
    expect(calls).toHaveLength(2);
    expect(
      calls.every((record) => (record.message['params'] as { _meta?: Record<string, unknown> })._meta?.['inftool/seed'] === 'trajectory-1'),
    ).toBe(true);
    const directions = server.wire
      .since(wireBefore)
      .filter((record) => record.message['method'] === 'tools/call' || 'result' in record.message)
      .map((record) => record.direction);
    expect(directions.slice(0, 2)).toEqual(['client_to_server', 'client_to_server']);
  });

  it('stops at the step limit, and on a model that keeps failing', async () => {
    fake = track(await startFakeOpenAIServer(() => reply.toolCalls({ name: 'service_status', arguments: {} })));
    server = track(await connectServer((await httpServer()).url));
    const catalog = await ToolCatalog.load([server]);
    const looping = new Assistant({ model: new OpenAIChatModel({ model: 'm', baseURL: fake.baseURL }), catalog, maxSteps: 3 });
    const turn = await looping.respond('status?');
    expect(turn.stop).toBe('step_limit');
    expect(turn.steps).toHaveLength(3);
    fake.setScript(() => reply.status(400));
    const failing = new Assistant({ model: new OpenAIChatModel({ model: 'm', baseURL: fake.baseURL }), catalog });
    const failed = await failing.respond('status?');
    expect(failed).toMatchObject({ stop: 'model_error', error: expect.stringMatching(/400/) });
  });
});

describe('inftool agent', () => {
  it('runs one prompt against a server command line with a model on the fake endpoint, and prints messages and wire', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const fake = track(
      await startFakeOpenAIServer(
        sequence(reply.toolCalls({ name: 'get_current_weather', arguments: { city: 'Oslo' } }), reply.text('It is cold in Oslo.')),
      ),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [
      cliPath,
      'agent',
      '--server',
      `${process.execPath} ${cliPath} serve --tree ${demoTree} --log-level silent`,
      '--prompt',
      'Weather in Oslo?',
      '--model',
      'assistant',
      '--base-url',
      fake.baseURL,
      '--json',
    ]);
    const output = JSON.parse(stdout) as {
      stop: string;
      messages: Array<{ role: string; content: string | null }>;
      wire: Array<{ message: { method?: string } }>;
    };
    expect(output.stop).toBe('answered');
    expect(output.messages.at(-1)?.content).toBe('It is cold in Oslo.');
    expect(output.wire.map((record) => record.message.method).filter(Boolean)).toEqual(
      expect.arrayContaining(['initialize', 'notifications/initialized', 'tools/list', 'tools/call']),
    );
    const failure = promisify(execFile)(process.execPath, [cliPath, 'agent', '--server', 'http://127.0.0.1:9/mcp', '--prompt', 'x'], {
      env: { ...process.env, OPENAI_BASE_URL: '' },
    });
    await expect(failure).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/needs a model/) });
  });
});

describe('sim-client: world and planned-fault meta', () => {
  it('sends the world seed on every call and a planned fault on the first attempt only; the server fails that attempt and the retry succeeds', async () => {
    const fake = track(
      await startFakeOpenAIServer(
        sequence(
          reply.toolCalls({ name: 'get_current_weather', arguments: { city: 'Oslo' } }),
          reply.toolCalls({ name: 'get_current_weather', arguments: { city: 'Oslo' } }),
          reply.text('Oslo: 4 °C.'),
        ),
      ),
    );
    const server = track(await connectServer((await httpServer()).url));
    const catalog = await ToolCatalog.load([server]);
    const seen: Array<{ turn: number; index: number; tool: string; attempt: number }> = [];
    const assistant = new Assistant({
      model: new OpenAIChatModel({ model: 'm', baseURL: fake.baseURL }),
      catalog,
      world: 'w-42',
      callMeta: ({ turn, index, tool, attempt }) => {
        seen.push({ turn, index, tool, attempt });
        return attempt === 0 ? { 'inftool/fault': 'rate_limited' } : undefined;
      },
    });
    const turn = await assistant.respond('Weather in Oslo?');
    expect(seen).toEqual([
      { turn: 0, index: 0, tool: 'get_current_weather', attempt: 0 },
      { turn: 0, index: 1, tool: 'get_current_weather', attempt: 1 },
    ]);
    const [first, second] = turn.steps.flat();
    expect(first).toMatchObject({ isError: true, result: expect.stringMatching(/^429 Too Many Requests/) });
    expect(second).toMatchObject({ isError: false });
    const metas = server.wire.records
      .filter((record) => record.message['method'] === 'tools/call')
      .map((record) => (record.message['params'] as { _meta?: Record<string, unknown> })._meta);
    expect(metas).toEqual([{ 'inftool/world': 'w-42', 'inftool/fault': 'rate_limited' }, { 'inftool/world': 'w-42' }]);
  });
});

describe('sim-client: the reply to an unknown tool', () => {
  it('names a few offered tools all, and of many only the close ones', () => {
    expect(unknownToolText('get_weather', ['get_current_weather', 'list_orders'])).toBe(
      'Error: unknown tool "get_weather"; the available tools are: get_current_weather, list_orders',
    );
    const many = [...Array.from({ length: 1303 }, (_, index) => `tool_number_${index}`), 'get_current_weather'];
    const text = unknownToolText('get_weather', many);
    expect(text).toBe('Error: unknown tool "get_weather"; did you mean get_current_weather? (1304 tools are available)');
    expect(unknownToolText('teleport', many)).toBe(
      'Error: unknown tool "teleport"; no available tool has a name like it (1304 tools are available)',
    );
  });
});
