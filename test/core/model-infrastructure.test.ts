import { afterEach, describe, expect, it } from 'vitest';
import { InfToolError, OpenAIChatModel, createLogger, modelInfrastructureFailure } from '@inftool/core';
import { reply, startFakeOpenAIServer, unusedPort, type FakeOpenAIServer } from '../support/fake-openai-server.js';

const KEY = 'sk-test-0123456789abcdefSECRET';
let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const noWait = async (): Promise<void> => undefined;
const ask = { messages: [{ role: 'user' as const, content: 'hi' }] };

async function failure(model: OpenAIChatModel): Promise<InfToolError> {
  const error = await model.complete(ask).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InfToolError);
  return error as InfToolError;
}

describe('model failures: the endpoint or the request', () => {
  it('tells infrastructure failures (down, 5xx and 429 through every retry, 401/403, 404, timeouts) from the request’s own (400, 422)', async () => {
    const down = new OpenAIChatModel({
      model: 'm',
      baseURL: `http://127.0.0.1:${await unusedPort()}/v1`,
      retry: { maxRetries: 1 },
      sleep: noWait,
    });
    expect(modelInfrastructureFailure(await failure(down))).toMatchObject({ kind: 'unreachable', source: 'model m' });

    let status = 503;
    server = await startFakeOpenAIServer(() => reply.status(status));
    const model = new OpenAIChatModel({ model: 'm', baseURL: server.baseURL, retry: { maxRetries: 2 }, sleep: noWait, timeoutMs: 200 });
    const kinds: Record<number, string | undefined> = {};
    for (const code of [503, 500, 429, 401, 403, 404, 408, 400, 422]) {
      status = code;
      kinds[code] = modelInfrastructureFailure(await failure(model))?.kind;
    }
    expect(kinds).toEqual({
      503: 'server_error',
      500: 'server_error',
      429: 'rate_limited',
      401: 'auth',
      403: 'auth',
      404: 'not_found',
      408: 'timeout',
      400: undefined,
      422: undefined,
    });
    server.setScript(() => reply.hang());
    expect(modelInfrastructureFailure(await failure(model))).toMatchObject({ kind: 'timeout' });
    server.setScript(() => reply.empty());
    expect(modelInfrastructureFailure(await failure(model))).toMatchObject({ kind: 'bad_response' });
    expect(modelInfrastructureFailure(new Error('anything else'))).toBeUndefined();
  });

  it('retries a timed-out request at most once (maxTimeoutRetries), other failures up to maxRetries, and tells of each retried attempt', async () => {
    server = await startFakeOpenAIServer(() => reply.hang());
    const retried: string[] = [];
    const model = new OpenAIChatModel({ model: 'm', baseURL: server.baseURL, retry: { maxRetries: 4 }, sleep: noWait, timeoutMs: 150 });
    const error = await model
      .complete(ask, { onFailedAttempt: (attempt) => retried.push(`${attempt.code} ${attempt.details['attempts']}`) })
      .then(
        () => undefined,
        (thrown: unknown) => thrown as InfToolError,
      );
    expect(error).toMatchObject({ code: 'model_timeout', details: { attempts: 2, failure: 'timeout' } });
    expect(server.requests).toHaveLength(2);
    expect(retried).toEqual(['model_timeout 1']);

    server.setScript(() => reply.status(503));
    const before = server.requests.length;
    retried.length = 0;
    await model
      .complete(ask, { onFailedAttempt: (attempt) => retried.push(`${attempt.code} ${attempt.details['status']}`) })
      .catch(() => undefined);
    expect(server.requests.length - before).toBe(5);
    expect(retried).toEqual(Array(4).fill('model_error 503'));

    const patient = new OpenAIChatModel({
      model: 'm',
      baseURL: server.baseURL,
      retry: { maxRetries: 4, maxTimeoutRetries: 3 },
      sleep: noWait,
      timeoutMs: 150,
    });
    server.setScript(() => reply.hang());
    const start = server.requests.length;
    await patient.complete(ask).catch(() => undefined);
    expect(server.requests.length - start).toBe(4);
  });

  it('never puts the API key into an error or a log line, even when the endpoint echoes the Authorization header', async () => {
    server = await startFakeOpenAIServer((request) => ({
      kind: 'status',
      status: request.index === 0 ? 500 : 401,
      message: `rejected header: ${String(request.headers.authorization)}; key ${KEY}`,
    }));
    const lines: string[] = [];
    const model = new OpenAIChatModel({
      model: 'm',
      baseURL: server.baseURL,
      apiKey: KEY,
      sleep: noWait,
      logger: createLogger({ level: 'warn', write: (line) => void lines.push(line) }),
    });
    const error = await failure(model);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`); // the endpoint did echo it
    expect(lines.join('')).toMatch(/model call failed, retrying.*rejected header: Bearer \[redacted\]/);
    expect(error.message).toMatch(/^model m failed after 2 attempt\(s\): 401 rejected header: Bearer \[redacted\]; key \[redacted\]/);
    for (const text of [error.message, JSON.stringify(error), lines.join(''), String(error.stack)]) expect(text).not.toContain(KEY);
    expect(error.cause).toBeUndefined(); // the raw error held the key
    expect(modelInfrastructureFailure(error)).toMatchObject({ kind: 'auth', status: 401 });
  });
});
