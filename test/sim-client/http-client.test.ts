/**
 * The client over real HTTP on 127.0.0.1: closed event streams are resumed (Last-Event-ID), requests
 * that arrive on a resumed stream are answered, a stream the server will not resume fails the call
 * at once with the reason, and credentials (headers, bearer token) go with every request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElicitRequestSchema, ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { emptyUsage, type ChatModel } from '@inftool/core';
import {
  Assistant,
  SessionFailed,
  ToolCatalog,
  connectServer,
  sessionFailure,
  type ConnectOptions,
  type McpConnection,
} from '@inftool/sim-client';
import { startServe, type RunningServe } from '../conformance/run-conformance.js';
import { startClosingServer } from '../support/closing-server.js';
import { fixture } from '../support/sim-client.js';

const TOKEN = 'client-test-token';
let serve: RunningServe;
beforeAll(async () => {
  serve = await startServe(['--engine', 'pinned', '--auth-token', TOKEN], fixture('client-streams-tree.json'));
});
afterAll(() => {
  serve?.child.kill();
});

function textOf(result: unknown): string {
  return ((result as { content: Array<{ text?: string }> }).content ?? []).map((block) => block.text ?? '').join('');
}

/** The harness's configuration (no standalone stream) and the default one (`inftool agent`). */
const CONFIGURATIONS: Array<[string, ConnectOptions]> = [
  ['without a standalone stream (the harness)', { standaloneStream: false }],
  ['with the standalone stream (inftool agent)', {}],
];

describe.each(CONFIGURATIONS)('a stream the server closes mid-call, %s', (_name, options) => {
  const auth = { kind: 'bearer', token: TOKEN } as const;

  it('is resumed with Last-Event-ID and the result arrives', async () => {
    const connection = await connectServer(serve.url, { ...options, auth });
    try {
      const result = await connection.client.callTool({ name: 'close_then_answer', arguments: {} }, undefined, { timeout: 20_000 });
      expect(textOf(result)).toBe('answered after the stream closed');
      expect(connection.lostReason()).toBeUndefined();
    } finally {
      await connection.close();
    }
  }, 30_000);

  it('delivers an elicitation request sent after the close, on the resumed stream, and its answer goes back', async () => {
    const asked: string[] = [];
    const connection = await connectServer(serve.url, {
      ...options,
      auth,
      capabilities: { elicitation: {} },
      beforeConnect: (client) =>
        client.setRequestHandler(ElicitRequestSchema, async (request) => {
          asked.push(request.params.message);
          return { action: 'accept', content: { city: 'Bergen' } };
        }),
    });
    try {
      const result = await connection.client.callTool({ name: 'close_then_ask', arguments: {} }, undefined, { timeout: 20_000 });
      expect(asked).toEqual(['Which city?']);
      expect(textOf(result)).toContain('Bergen');
    } finally {
      await connection.close();
    }
  }, 30_000);
});

describe('credentials', () => {
  it('refuses a missing or wrong token in one line naming the server and the status', async () => {
    await expect(connectServer(serve.url)).rejects.toThrow(
      `MCP server ${serve.url} requires credentials (HTTP 401 Unauthorized) and none were given`,
    );
    await expect(connectServer(serve.url, { auth: { kind: 'bearer', token: 'wrong' } })).rejects.toMatchObject({
      code: 'connection_failed',
      details: { status: 401 },
    });
  });

  it('sends --header values with every request (an Authorization header works like a token)', async () => {
    const connection = await connectServer(serve.url, { headers: { Authorization: `Bearer ${TOKEN}`, 'X-Trace': 'abc' } });
    try {
      const listed = await connection.client.listTools();
      expect(listed.tools.map((tool) => tool.name)).toEqual(['close_then_answer', 'close_then_ask']);
    } finally {
      await connection.close();
    }
  });

  it('rejects a bearer token together with an Authorization header, and an empty token', async () => {
    await expect(
      connectServer(serve.url, { headers: { authorization: 'Basic eA==' }, auth: { kind: 'bearer', token: TOKEN } }),
    ).rejects.toThrow(/both a bearer token and an Authorization header/);
    await expect(connectServer(serve.url, { auth: { kind: 'bearer', token: '' } })).rejects.toThrow(/bearer token is empty/);
  });
});

describe('a stream the server will not resume', () => {
  for (const [status, what] of [
    [405, 'refused'],
    [503, 'failing'],
  ] as const) {
    it(`fails the waiting call with the reason instead of hanging (resume ${what}: HTTP ${status})`, async () => {
      const server = await startClosingServer(status);
      let connection: McpConnection | undefined;
      try {
        connection = await connectServer(server.url, { standaloneStream: false });
        // The SDK's request timeout (60 s) would be the only way out before; the test's own limit is far below it.
        await expect(connection.client.callTool({ name: 'slow', arguments: {} })).rejects.toThrow(/Connection closed/);
        expect(server.gets.filter((id) => id === 'e1').length).toBeGreaterThanOrEqual(1);
        expect(connection.lostReason()).toMatch(status === 405 ? /refused to resume .*HTTP 405/ : /could not be resumed/);
      } finally {
        await connection?.close();
        await server.close();
      }
    }, 15_000);
  }

  it('the assistant does not hand a lost session to the model as a tool error: respond throws SessionFailed', async () => {
    const server = await startClosingServer(405);
    const connection = await connectServer(server.url, { standaloneStream: false });
    const asked: number[] = [];
    const model: ChatModel = {
      id: 'scripted',
      usage: emptyUsage,
      complete: async (request) => {
        asked.push(request.messages.length);
        return {
          content: null,
          toolCalls: [{ id: 'c1', name: 'slow', arguments: '{}' }],
          finishReason: 'tool_calls',
          usage: { promptTokens: 0, completionTokens: 0 },
          model: 'scripted',
          cached: false,
        };
      },
    };
    try {
      const assistant = new Assistant({ model, catalog: await ToolCatalog.load([connection]) });
      const failed = await assistant.respond('go').catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(SessionFailed);
      expect((failed as SessionFailed).failure).toMatchObject({
        kind: 'unreachable',
        source: 'the MCP server',
        message: expect.stringMatching(
          /closed the session during a tool call: the server refused to resume a closed event stream \(HTTP 405\)/,
        ),
      });
      // The model was asked once; the failure never came back to it as a tool result.
      expect(asked).toEqual([1]);
      expect(assistant.messages.some((message) => message.role === 'tool')).toBe(false);
    } finally {
      await connection.close();
      await server.close();
    }
  });

  it('a JSON-RPC error the server answers is the call’s outcome, not a session failure', () => {
    const where = { where: 'http://x/mcp', lostReason: () => undefined };
    expect(sessionFailure(new McpError(ErrorCode.InvalidParams, 'bad zone'), where)).toBeUndefined();
    expect(sessionFailure(new McpError(ErrorCode.ConnectionClosed, 'Connection closed'), where)).toMatchObject({ kind: 'unreachable' });
  });

  it('turns a 401 after connecting into the same one-line refusal', async () => {
    const server = await startClosingServer(405, 401);
    const connection = await connectServer(server.url, { standaloneStream: false });
    try {
      await expect(ToolCatalog.load([connection])).rejects.toMatchObject({
        code: 'connection_failed',
        message: `MCP server ${server.url} requires credentials (HTTP 401 Unauthorized) and none were given`,
      });
    } finally {
      await connection.close();
      await server.close();
    }
  });
});

describe('streamFetch without a standalone stream', () => {
  it('answers only the endpoint’s own GET with 405; other GETs (OAuth discovery) reach the server', async () => {
    const { streamFetch } = await import('@inftool/sim-client');
    const server = await startClosingServer(405);
    const { createServer } = await import('node:http');
    const other = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"issuer":"x"}'),
    );
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = new URL(server.url);
      const fetcher = streamFetch({ endpoint, standaloneStream: false, onResumeRefused: () => undefined });
      expect((await fetcher(endpoint, { method: 'GET' })).status).toBe(405);
      expect(server.gets).toEqual([]);
      const address = other.address() as { port: number };
      const discovery = await fetcher(`http://127.0.0.1:${address.port}/.well-known/oauth-authorization-server`, { method: 'GET' });
      expect(await discovery.json()).toEqual({ issuer: 'x' });
    } finally {
      await server.close();
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
