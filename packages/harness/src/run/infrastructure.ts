import {
  INFRASTRUCTURE_FAILURE_TEXT,
  InfToolError,
  isInfToolError,
  modelInfrastructureFailure,
  type ChatCallOptions,
  type ChatModel,
  type ChatRequest,
  type ChatResponse,
  type InfrastructureFailure,
  type TokenUsage,
} from '@inftool/core';

/** Wraps a role's model (its calls watched); the identity when nothing watches. */
export type ModelWrap = (model: ChatModel) => ChatModel;

/** Consecutive infrastructure failures of one source (a model, the MCP server) that stop a run. Defaults to 5. */
export const DEFAULT_BREAKER_THRESHOLD = 5;

/** What a task met that was not its own fault: the task is not recorded, it is left for `--resume`. */
export class TaskInterrupted extends InfToolError {
  constructor(
    readonly taskId: string,
    readonly failures: readonly InfrastructureFailure[],
  ) {
    const first = failures[0];
    super('infrastructure', `task ${taskId} was interrupted: ${first ? `${first.source}: ${first.message}` : 'no reason'}`, {
      category: 'third_party',
      retryable: true,
      details: { taskId, failures: failures.map((failure) => ({ ...failure })) },
    });
    this.name = 'TaskInterrupted';
  }
}

/**
 * The run's circuit breaker. Every model call of the run goes through `watch`: a call that fails for
 * the infrastructure (see `modelInfrastructureFailure`) counts against its source, a call that
 * succeeds clears its source's count. When one source fails `threshold` times in a row, or refuses
 * the credentials once (they will not start working), the breaker opens: every later call fails at
 * once without reaching the endpoint, so the tasks in flight end quickly, and no new task starts.
 */
export class InfrastructureMonitor {
  private readonly consecutive = new Map<string, number>();
  private tripped: (InfrastructureFailure & { times: number }) | undefined;
  /** Failures of models no task owns (the simulated server's model), counted so a task can tell one happened while it played. */
  private shared: InfrastructureFailure[] = [];
  /** Model calls in flight: aborted when the breaker opens, so none waits out its timeout or retries. */
  private readonly inFlight = new Set<AbortController>();

  constructor(readonly threshold = DEFAULT_BREAKER_THRESHOLD) {}

  /** The failure that opened the breaker (with how many in a row), or undefined while it is closed. */
  get open(): (InfrastructureFailure & { times: number }) | undefined {
    return this.tripped;
  }

  /** How many failures of unowned models so far (a task compares this before and after it plays). */
  get sharedCount(): number {
    return this.shared.length;
  }

  /** The unowned failures from `since` on. */
  sharedSince(since: number): InfrastructureFailure[] {
    return this.shared.slice(since);
  }

  succeeded(source: string): void {
    this.consecutive.set(source, 0);
  }

  failed(failure: InfrastructureFailure): void {
    const times = (this.consecutive.get(failure.source) ?? 0) + 1;
    this.consecutive.set(failure.source, times);
    if (!this.tripped && (failure.kind === 'auth' || times >= this.threshold)) {
      this.tripped = { ...failure, times };
      for (const call of this.inFlight) call.abort(new Error('the run is stopping (circuit breaker open)'));
    }
  }

  /** A call in flight, aborted when the breaker opens; `done` when it settles. */
  track(call: AbortController): { done(): void } {
    this.inFlight.add(call);
    return { done: () => void this.inFlight.delete(call) };
  }

  /** The error a call gets once the breaker is open. */
  refusal(source: string): InfToolError {
    const open = this.tripped as InfrastructureFailure & { times: number };
    return new InfToolError('infrastructure', `not called: the run is stopping (${describeTrip(open)})`, {
      category: 'third_party',
      retryable: true,
      details: {
        infrastructure: { kind: open.kind, source, message: `not called: ${open.source} ${INFRASTRUCTURE_FAILURE_TEXT[open.kind]}` },
      },
    });
  }

  /**
   * `model` with its calls watched: infrastructure failures are counted here and noted in `task`
   * (the failures of the task that owns the model) or, without one, among the shared failures.
   */
  watch(model: ChatModel, task?: InfrastructureFailure[]): ChatModel {
    return new WatchedModel(model, this, (failure) => (task ?? this.shared).push(failure));
  }
}

/** "model m failed 5 times in a row (unreachable): <message>". */
export function describeTrip(open: InfrastructureFailure & { times: number }): string {
  const times = open.times === 1 ? 'once' : `${open.times} times in a row`;
  return `${open.source} failed ${times}, ${INFRASTRUCTURE_FAILURE_TEXT[open.kind]}: ${open.message}`;
}

class WatchedModel implements ChatModel {
  readonly id: string;

  constructor(
    private readonly model: ChatModel,
    private readonly monitor: InfrastructureMonitor,
    private readonly note: (failure: InfrastructureFailure) => void,
  ) {
    this.id = model.id;
  }

  usage(): TokenUsage {
    return this.model.usage();
  }

  async complete(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse> {
    const source = `model ${this.model.id}`;
    if (this.monitor.open) {
      const refusal = this.monitor.refusal(source);
      this.note(modelInfrastructureFailure(refusal) as InfrastructureFailure);
      throw refusal;
    }
    const stop = new AbortController();
    const tracked = this.monitor.track(stop);
    const signal = options?.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    // A timed-out attempt counts at once: a hung endpoint opens the breaker after `threshold` timeouts,
    // not after `threshold` calls that each waited out every retry.
    const onFailedAttempt = (error: InfToolError): void => {
      options?.onFailedAttempt?.(error);
      const failure = modelInfrastructureFailure(error);
      if (failure?.kind === 'timeout') this.monitor.failed(failure);
    };
    try {
      const response = await this.model.complete(request, { ...options, signal, onFailedAttempt });
      this.monitor.succeeded(source);
      return response;
    } catch (error) {
      if (stop.signal.aborted && !options?.signal?.aborted && this.monitor.open) {
        // Stopped by the breaker opening (elsewhere, or by this call's own timed-out attempt).
        const refusal = this.monitor.refusal(source);
        this.note(modelInfrastructureFailure(refusal) as InfrastructureFailure);
        throw refusal;
      }
      const failure = modelInfrastructureFailure(error);
      if (failure) {
        this.note(failure);
        if (!isInfToolError(error, 'infrastructure')) this.monitor.failed(failure);
      }
      throw error;
    } finally {
      tracked.done();
    }
  }
}
