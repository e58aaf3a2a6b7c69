import { afterEach, describe, expect, it } from 'vitest';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { OpenAIChatModel } from '@inftool/core';
import { reply, sequence, startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.js';
import { connectInMemory, type Connected } from '../support/sim-client.js';

let fake: FakeOpenAIServer | undefined;
let connected: Connected | undefined;
afterEach(async () => {
  await connected?.close();
  await fake?.close();
  connected = undefined;
  fake = undefined;
});

const model = (server: FakeOpenAIServer, timeoutMs = 5000) =>
  new OpenAIChatModel({ model: 'sim-model', baseURL: server.baseURL, timeoutMs, retry: { maxRetries: 1, baseDelayMs: 1 } });
const text = (result: CallToolResult): string => result.content.map((block) => (block.type === 'text' ? block.text : '')).join('');

describe('llm engine over the fake OpenAI-compatible server', () => {
  it('asks with the output schema and the session history, and repairs an invalid reply', async () => {
    fake = await startFakeOpenAIServer(
      sequence(
        reply.json({ city: 'Oslo', temperature: 2, condition: 'snow' }),
        reply.text('Sure! Here is the weather: {"city": "Oslo", "temperature": "cold"}'),
        reply.json({ city: 'Oslo', temperature: 1.5, condition: 'snow', humidity: 80 }),
      ),
    );
    connected = await connectInMemory({ engine: 'llm', model: model(fake) });
    const first = (await connected.client.callTool({ name: 'get_current_weather', arguments: { city: 'Oslo' } })) as CallToolResult;
    expect(first.structuredContent).toEqual({ city: 'Oslo', temperature: 2, condition: 'snow' });
    const second = (await connected.client.callTool({
      name: 'get_current_weather',
      arguments: { city: 'Oslo', unit: 'celsius' },
    })) as CallToolResult;
    expect(second.structuredContent).toEqual({ city: 'Oslo', temperature: 1.5, condition: 'snow', humidity: 80 });
    const body = fake.requests[1]!.body as { messages: Array<{ content: string }>; response_format: { json_schema: { schema: unknown } } };
    expect(body.response_format.json_schema.schema).toMatchObject({ required: ['city', 'temperature', 'condition'] });
    expect(body.messages[1]!.content).toContain(
      'get_current_weather({"city":"Oslo"}) -> {"city":"Oslo","temperature":2,"condition":"snow"}',
    );
    const repair = fake.requests[2]!.body as { messages: Array<{ role: string; content: string }> };
    expect(repair.messages.at(-1)!.content).toMatch(/\$\.temperature: must be number/);
  });

  it('gives up with an isError result that says what happened when the model keeps failing', async () => {
    fake = await startFakeOpenAIServer(sequence(reply.text('no'), reply.status(500), reply.status(500), reply.hang()));
    connected = await connectInMemory({ engine: 'llm', model: model(fake, 200), maxAttempts: 3 });
    const result = (await connected.client.callTool({ name: 'get_forecast', arguments: { city: 'Oslo', days: 2 } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/llm engine \(model sim-model\) could not produce a valid result after 3 attempt\(s\)/);
    expect(text(result)).toMatch(/attempt 1: invalid JSON/);
    expect(text(result)).toMatch(/attempt 2: model sim-model failed after 2 attempt\(s\)/);
    expect(text(result)).toMatch(/attempt 3: .*timed out/i);
  });
});
