import { describe, expect, it } from 'vitest';
import { InfToolError, emptyUsage, type ChatModel, type ChatResponse, type InfrastructureFailure } from '@inftool/core';
import { InfrastructureMonitor, describeTrip } from './infrastructure.js';

const ok: ChatResponse = {
  content: 'ok',
  toolCalls: [],
  finishReason: 'stop',
  usage: { promptTokens: 1, completionTokens: 1 },
  model: 'm',
  cached: false,
};
const down = (model: string) =>
  new InfToolError('model_error', `model ${model} failed after 5 attempt(s): Connection error.`, {
    details: { model, failure: 'connection' },
  });
const badRequest = new InfToolError('model_error', 'model m failed after 1 attempt(s): 400 context too long', {
  details: { model: 'm', status: 400, failure: 'status' },
});

/** A model that answers or throws as scripted, call by call, and counts its calls. */
function scripted(id: string, outcomes: Array<'ok' | Error>): ChatModel & { calls: number } {
  const model = {
    id,
    calls: 0,
    usage: emptyUsage,
    complete: async () => {
      const outcome = outcomes[Math.min(model.calls, outcomes.length - 1)]!;
      model.calls += 1;
      if (outcome === 'ok') return ok;
      throw outcome;
    },
  };
  return model;
}

const call = (model: ChatModel) =>
  model.complete({ messages: [] }).then(
    () => 'ok',
    (error: Error) => error.message,
  );

describe('InfrastructureMonitor', () => {
  it('opens after N failures of one source in a row; a success of that source starts the count again; other sources do not', async () => {
    const monitor = new InfrastructureMonitor(3);
    const task: InfrastructureFailure[] = [];
    const flaky = monitor.watch(scripted('m', [down('m'), down('m'), 'ok', down('m'), down('m')]), task);
    const offline = monitor.watch(scripted('offline', ['ok']));
    for (let index = 0; index < 5; index += 1) {
      await call(flaky);
      await call(offline); // successes of another source clear nothing of m's
    }
    expect(monitor.open).toBeUndefined();
    expect(task.map((failure) => failure.kind)).toEqual(['unreachable', 'unreachable', 'unreachable', 'unreachable']);
    await call(flaky); // the third in a row
    expect(monitor.open).toMatchObject({ kind: 'unreachable', source: 'model m', times: 3 });
    expect(describeTrip(monitor.open!)).toBe(
      'model m failed 3 times in a row, unreachable: model m failed after 5 attempt(s): Connection error.',
    );
  });

  it('once open, calls fail at once without reaching the model, and count as the task’s failure', async () => {
    const monitor = new InfrastructureMonitor(1);
    const first = scripted('m', [down('m')]);
    await call(monitor.watch(first));
    expect(monitor.sharedCount).toBe(1); // a model no task owns (the server's)
    const task: InfrastructureFailure[] = [];
    const second = scripted('judge', ['ok']);
    expect(await call(monitor.watch(second, task))).toMatch(/^not called: the run is stopping \(model m failed once, unreachable/);
    expect(second.calls).toBe(0);
    expect(task).toEqual([expect.objectContaining({ source: 'model judge', kind: 'unreachable' })]);
  });

  it('refused credentials open it at once; a request’s own failure (400) is not counted', async () => {
    const monitor = new InfrastructureMonitor(5);
    const task: InfrastructureFailure[] = [];
    await call(monitor.watch(scripted('m', [badRequest]), task));
    expect(task).toEqual([]);
    expect(monitor.open).toBeUndefined();
    const refused = new InfToolError('model_error', 'model m failed after 1 attempt(s): 401 invalid key', {
      details: { model: 'm', status: 401, failure: 'status' },
    });
    await call(monitor.watch(scripted('m', [refused]), task));
    expect(monitor.open).toMatchObject({ kind: 'auth', times: 1 });
  });
});

describe('InfrastructureMonitor and a hanging endpoint', () => {
  const timedOut = (attempts: number) =>
    new InfToolError('model_timeout', `model m failed after ${attempts} attempt(s): Request timed out.`, {
      details: { model: 'm', failure: 'timeout', attempts },
    });

  it('counts each timed-out attempt as it happens, not once the call has used every retry', async () => {
    const monitor = new InfrastructureMonitor(2);
    let attempts = 0;
    // A model whose first attempt times out, then hangs on its retry until it is aborted.
    const hanging: ChatModel = {
      id: 'm',
      usage: emptyUsage,
      complete: async (_request, options) => {
        attempts += 1;
        options?.onFailedAttempt?.(timedOut(1));
        attempts += 1;
        return new Promise<ChatResponse>((_resolve, reject) => {
          const cancel = () => reject(new InfToolError('cancelled', 'model call cancelled'));
          if (options?.signal?.aborted) cancel();
          else options?.signal?.addEventListener('abort', cancel);
        });
      },
    };
    const task: InfrastructureFailure[] = [];
    const first = call(monitor.watch(hanging, task));
    expect(monitor.open).toBeUndefined();
    // A second call's timed-out attempt is the second in a row: the breaker opens, and the first call, still retrying, stops.
    const second = call(monitor.watch(hanging, task));
    expect(monitor.open).toMatchObject({ kind: 'timeout', source: 'model m', times: 2 });
    expect(await first).toMatch(/^not called: the run is stopping \(model m failed 2 times in a row, timed out/);
    expect(await second).toMatch(/^not called: the run is stopping/);
    expect(attempts).toBe(4);
    expect(task.map((failure) => failure.kind)).toEqual(['timeout', 'timeout']);
  });

  it('aborts the calls in flight when the breaker opens elsewhere, and leaves alone a call whose caller aborted it', async () => {
    const monitor = new InfrastructureMonitor(5);
    const waiting: ChatModel = {
      id: 'judge',
      usage: emptyUsage,
      complete: (_request, options) =>
        new Promise<ChatResponse>((_resolve, reject) =>
          options?.signal?.addEventListener('abort', () => reject(new InfToolError('cancelled', 'model call cancelled'))),
        ),
    };
    const task: InfrastructureFailure[] = [];
    const inFlight = call(monitor.watch(waiting, task));
    const caller = new AbortController();
    const cancelled = monitor.watch(waiting, task).complete({ messages: [] }, { signal: caller.signal });
    caller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    const refused = new InfToolError('model_error', 'model m failed after 1 attempt(s): 401 invalid key', {
      details: { model: 'm', status: 401, failure: 'status' },
    });
    await call(monitor.watch(scripted('m', [refused])));
    expect(await inFlight).toMatch(/^not called: the run is stopping \(model m failed once, refused the credentials/);
    expect(task).toEqual([expect.objectContaining({ source: 'model judge', kind: 'auth' })]);
  });
});
