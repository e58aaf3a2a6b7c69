/**
 * A fake OpenAI-compatible chat completions server on 127.0.0.1, scriptable per request.
 * Every test that needs a model uses it (or a scripted ChatModel); no test reaches the network.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeToolCall {
  name: string;
  /** Raw text: pass malformed JSON on purpose to test repair paths. */
  arguments: string;
}

export type FakeReply =
  | {
      kind: 'message';
      content?: string | null;
      toolCalls?: FakeToolCall[];
      latencyMs?: number;
      usage?: { prompt: number; completion: number };
    }
  | { kind: 'status'; status: number; retryAfterSeconds?: number; retryAfterMs?: number; message?: string }
  /** Accept the request and never answer (until the server closes). */
  | { kind: 'hang' }
  /** A 200 whose body is not valid JSON. */
  | { kind: 'malformed'; body?: string }
  /** A 200 with no choices at all. */
  | { kind: 'empty' };

export interface RecordedRequest {
  index: number;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

/** Decides the reply to each request; `index` counts requests from 0. */
export type FakeScript = (request: RecordedRequest) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAIServer {
  url: string;
  baseURL: string;
  requests: RecordedRequest[];
  /** Bodies of `/embeddings` requests (answered by `fakeEmbedding`, not by the script). */
  embeddingRequests: Array<{ model: string; input: string | string[] }>;
  /** Replace the script (takes effect on the next request). */
  setScript(script: FakeScript): void;
  close(): Promise<void>;
}

/**
 * A deterministic stand-in for an embedding model: words hashed into 64 dimensions, so texts that
 * share words point the same way (answered in reverse order, as a real server may: clients sort by `index`).
 */
export function fakeEmbedding(text: string): number[] {
  const vector = new Array<number>(64).fill(0);
  for (const word of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) {
    let hash = 2166136261;
    for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), 16777619) >>> 0;
    vector[hash % 64] = (vector[hash % 64] as number) + 1;
  }
  return vector;
}

/** A script that plays `replies` in order and then repeats the last one. */
export function sequence(...replies: FakeReply[]): FakeScript {
  return ({ index }) => replies[Math.min(index, replies.length - 1)] ?? { kind: 'message', content: '' };
}

export const reply = {
  text: (content: string, latencyMs?: number): FakeReply => ({ kind: 'message', content, latencyMs }),
  json: (value: unknown, latencyMs?: number): FakeReply => ({ kind: 'message', content: JSON.stringify(value), latencyMs }),
  toolCalls: (...calls: Array<{ name: string; arguments: unknown }>): FakeReply => ({
    kind: 'message',
    content: null,
    toolCalls: calls.map((call) => ({
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    })),
  }),
  status: (status: number, retryAfterSeconds?: number): FakeReply => ({ kind: 'status', status, retryAfterSeconds }),
  hang: (): FakeReply => ({ kind: 'hang' }),
  malformed: (body?: string): FakeReply => ({ kind: 'malformed', body }),
  empty: (): FakeReply => ({ kind: 'empty' }),
};

export async function startFakeOpenAIServer(script: FakeScript = sequence(reply.text('ok'))): Promise<FakeOpenAIServer> {
  let current = script;
  const requests: RecordedRequest[] = [];
  const embeddingRequests: Array<{ model: string; input: string | string[] }> = [];
  const hanging = new Set<ServerResponse>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method === 'POST' && request.url?.endsWith('/embeddings')) {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; input: string | string[] };
      embeddingRequests.push(body);
      const inputs = Array.isArray(body.input) ? body.input : [body.input];
      const data = inputs.map((text, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(text) }));
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ object: 'list', data: data.reverse(), model: body.model, usage: { prompt_tokens: 0, total_tokens: 0 } }));
      return;
    }
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: `no route ${request.method} ${request.url}` } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const recorded: RecordedRequest = { index: requests.length, body, headers: request.headers };
    requests.push(recorded);
    const planned = await current(recorded);
    switch (planned.kind) {
      case 'hang':
        hanging.add(response);
        response.on('close', () => hanging.delete(response));
        return;
      case 'status': {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (planned.retryAfterSeconds !== undefined) headers['retry-after'] = String(planned.retryAfterSeconds);
        if (planned.retryAfterMs !== undefined) headers['retry-after-ms'] = String(planned.retryAfterMs);
        response
          .writeHead(planned.status, headers)
          .end(JSON.stringify({ error: { message: planned.message ?? `scripted ${planned.status}`, type: 'scripted' } }));
        return;
      }
      case 'malformed':
        response.writeHead(200, { 'content-type': 'application/json' }).end(planned.body ?? '{"id": "chatcmpl-broken", "choices": [');
        return;
      case 'empty':
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: 'chatcmpl-empty', object: 'chat.completion', created: 0, model: String(body['model']), choices: [] }));
        return;
      case 'message': {
        if (planned.latencyMs) await new Promise((resolve) => setTimeout(resolve, planned.latencyMs));
        const toolCalls = planned.toolCalls?.map((call, position) => ({
          id: `call_${recorded.index}_${position}`,
          type: 'function',
          function: call,
        }));
        const completion = {
          id: `chatcmpl-${recorded.index}`,
          object: 'chat.completion',
          created: 0,
          model: String(body['model']),
          choices: [
            {
              index: 0,
              finish_reason: toolCalls && toolCalls.length > 0 ? 'tool_calls' : 'stop',
              message: {
                role: 'assistant',
                content: planned.content ?? null,
                ...(toolCalls && toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
              },
            },
          ],
          usage: {
            prompt_tokens: planned.usage?.prompt ?? JSON.stringify(body['messages'] ?? []).length >> 2,
            completion_tokens: planned.usage?.completion ?? ((planned.content ?? '').length >> 2) + 1,
            total_tokens: 0,
          },
        };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion));
        return;
      }
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseURL: `${url}/v1`,
    requests,
    embeddingRequests,
    setScript: (next) => {
      current = next;
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released): an endpoint that is down. */
export async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * A stand-in assistant for any server: on a prompt it calls every offered tool once (required
 * arguments filled by type: numbers 2, 3, …, strings "test", booleans true), and once the tool
 * results are in, it answers `answer`.
 */
export function callEachToolOnce(answer = 'done'): FakeScript {
  return ({ body }) => {
    const messages = (body['messages'] ?? []) as Array<{ role: string }>;
    if (messages.at(-1)?.role === 'tool') return reply.text(answer);
    const tools = (body['tools'] ?? []) as Array<{ function: { name: string; parameters?: Record<string, unknown> } }>;
    if (tools.length === 0) return reply.text(answer);
    return reply.toolCalls(
      ...tools.map(({ function: tool }) => {
        const properties = (tool.parameters?.['properties'] ?? {}) as Record<string, { type?: string }>;
        const required = (tool.parameters?.['required'] ?? []) as string[];
        const values = required.map((name, index) => {
          const type = properties[name]?.type;
          return [name, type === 'number' || type === 'integer' ? index + 2 : type === 'boolean' ? true : 'test'];
        });
        return { name: tool.name, arguments: Object.fromEntries(values) };
      }),
    );
  };
}
