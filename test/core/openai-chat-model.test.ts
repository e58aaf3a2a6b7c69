import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InfToolError, OpenAIChatModel, ReplayCache } from '@inftool/core';
import { reply, sequence, startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.js';

let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const sleeps: number[] = [];
const recordSleep = async (ms: number): Promise<void> => {
  sleeps.push(ms);
};

function model(extra: Partial<ConstructorParameters<typeof OpenAIChatModel>[0]> = {}): OpenAIChatModel {
  if (!server) throw new Error('server not started');
  return new OpenAIChatModel({ model: 'fake-model', baseURL: server.baseURL, apiKey: 'k', sleep: recordSleep, ...extra });
}

describe('OpenAIChatModel against the fake server', () => {
  it('sends tools and a JSON-schema response format, and returns tool calls and usage', async () => {
    server = await startFakeOpenAIServer(sequence(reply.toolCalls({ name: 'get_weather', arguments: { city: 'Paris' } })));
    const response = await model().complete({
      messages: [{ role: 'user', content: 'weather in Paris?' }],
      tools: [{ name: 'get_weather', description: 'Weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } }],
      responseFormat: { type: 'json_schema', name: 'out', schema: { type: 'object' } },
    });
    expect(response.toolCalls).toEqual([{ id: 'call_0_0', name: 'get_weather', arguments: '{"city":"Paris"}' }]);
    expect(response.finishReason).toBe('tool_calls');
    const body = server.requests[0]?.body as Record<string, any>;
    expect(body.tools[0].function.name).toBe('get_weather');
    expect(body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'out', schema: { type: 'object' }, strict: false } });
    expect(response.usage.promptTokens).toBeGreaterThan(0);
  });

  it('retries 429 honouring Retry-After, and 500, then succeeds', async () => {
    sleeps.length = 0;
    server = await startFakeOpenAIServer(sequence(reply.status(429, 3), reply.status(500), reply.text('finally')));
    const chat = model();
    const response = await chat.complete({ messages: [{ role: 'user', content: 'hi' }] });
    expect(response.content).toBe('finally');
    expect(server.requests).toHaveLength(3);
    expect(sleeps[0]).toBe(3000);
    expect(sleeps[1]).toBeGreaterThanOrEqual(0.75 * 1000);
    expect(chat.usage().calls).toBe(1);
  });

  it('does not retry a 400 and reports the status', async () => {
    server = await startFakeOpenAIServer(sequence(reply.status(400)));
    const error = await model()
      .complete({ messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InfToolError);
    expect((error as InfToolError).details).toMatchObject({ status: 400, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('times out a hanging call, retries as many times as maxTimeoutRetries allows, and gives up with model_timeout', async () => {
    server = await startFakeOpenAIServer(sequence(reply.hang()));
    const error = await model({ timeoutMs: 150, retry: { maxRetries: 2, maxTimeoutRetries: 2 } })
      .complete({ messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    expect((error as InfToolError).code).toBe('model_timeout');
    expect(server.requests).toHaveLength(3);
  });

  it('retries a malformed body and a reply without choices', async () => {
    server = await startFakeOpenAIServer(sequence(reply.malformed(), reply.empty(), reply.text('ok')));
    const response = await model().complete({ messages: [{ role: 'user', content: 'hi' }] });
    expect(response.content).toBe('ok');
    expect(server.requests).toHaveLength(3);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    server = await startFakeOpenAIServer(async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 30));
      inFlight -= 1;
      return reply.text('ok');
    });
    const chat = model({ concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, index) => chat.complete({ messages: [{ role: 'user', content: `q${index}` }] })));
    expect(peak).toBe(2);
    expect(server.requests).toHaveLength(6);
  });

  it('records, then replays without calling the endpoint; strict replay fails on a new request', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inftool-replay-'));
    try {
      server = await startFakeOpenAIServer(({ index }) => reply.text(`answer ${index}`));
      const request = { messages: [{ role: 'user' as const, content: 'same question' }] };
      const first = await model({ cache: new ReplayCache({ dir }) }).complete(request);
      const replaying = model({ cache: new ReplayCache({ dir, mode: 'replay' }) });
      const second = await replaying.complete(request);
      expect(second.content).toBe(first.content);
      expect(second.cached).toBe(true);
      expect(server.requests).toHaveLength(1);
      expect(replaying.usage()).toMatchObject({ calls: 1, cachedCalls: 1, promptTokens: 0 });
      await expect(replaying.complete({ messages: [{ role: 'user', content: 'new question' }] })).rejects.toMatchObject({
        code: 'replay_miss',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
