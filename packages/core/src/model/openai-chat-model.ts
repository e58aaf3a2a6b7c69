import type OpenAI from 'openai';
import pLimit, { type LimitFunction } from 'p-limit';
import type { TokenUsage } from '../contracts/trajectory.js';
import { InfToolError, errorMessage } from '../errors.js';
import type { Logger } from '../util/logger.js';
import { silentLogger } from '../util/logger.js';
import { sleep } from '../util/sleep.js';
import {
  addUsage,
  emptyUsage,
  type ChatCallOptions,
  type ChatModel,
  type ChatRequest,
  type ChatResponse,
  type EmbeddingModel,
} from './chat-model.js';
import type { ReplayCache } from './replay-cache.js';
import { redactSecrets } from '../util/redact-secrets.js';
import type { ModelFailureKind } from './infrastructure-failure.js';
import { backoffDelay, defaultRetryPolicy, isRetryableStatus, retryAfterMs, type RetryPolicy } from './retry-policy.js';

/** How long one model request may take, by default (a long tool-calling turn on a local server fits). */
export const DEFAULT_MODEL_TIMEOUT_MS = 60_000;

export interface OpenAIChatModelOptions {
  /** Model name sent to the endpoint. */
  model: string;
  /** Endpoint root, e.g. `http://127.0.0.1:8000/v1`. The CLI defaults it to OPENAI_BASE_URL. */
  baseURL?: string;
  /** The CLI defaults it to OPENAI_API_KEY; local servers accept any value. */
  apiKey?: string;
  /** Per-attempt timeout in ms. Defaults to 60 000. */
  timeoutMs?: number;
  /** At most this many requests in flight from this model. Defaults to 8. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Record/replay cache: a rerun with the same requests costs nothing and reproduces exactly. */
  cache?: ReplayCache;
  logger?: Logger;
  /** Shares a request and token budget with other clients (other processes, other machines): asked before every attempt, told the tokens of every answer. */
  throttle?: RequestThrottle;
  /** Injectable for tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A request budget shared beyond this client (e.g. a model's requests and tokens per minute across machines). */
export interface RequestThrottle {
  /** Resolves when one more request may be sent (waits while the budget is spent). */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The tokens an answer used, counted against the budget. */
  spent(tokens: number): Promise<void>;
}

/** Any OpenAI-compatible chat completions endpoint (OpenAI, vLLM, SGLang, Ollama, LM Studio...), and its embeddings. */
export class OpenAIChatModel implements ChatModel, EmbeddingModel {
  readonly id: string;
  /** The `openai` package loads on the first call, so processes that never call a model never pay for it. */
  private sdk?: Promise<{ OpenAI: typeof OpenAI; client: OpenAI }>;
  private readonly limit: LimitFunction;
  private readonly policy: RetryPolicy;
  private readonly options: OpenAIChatModelOptions;
  private readonly logger: Logger;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private totals: TokenUsage = emptyUsage();

  constructor(options: OpenAIChatModelOptions) {
    this.options = options;
    this.id = options.model;
    this.policy = { ...defaultRetryPolicy, ...options.retry };
    this.limit = pLimit(options.concurrency ?? 8);
    this.logger = options.logger ?? silentLogger;
    this.sleep = options.sleep ?? sleep;
  }

  private loadSdk(): Promise<{ OpenAI: typeof OpenAI; client: OpenAI }> {
    this.sdk ??= import('openai').then(({ default: OpenAISdk }) => ({
      OpenAI: OpenAISdk,
      client: new OpenAISdk({
        baseURL: this.options.baseURL,
        apiKey: this.options.apiKey ?? 'not-needed',
        timeout: this.options.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS,
        maxRetries: 0, // retries are ours: logged, Retry-After honoured, counted
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      }),
    }));
    return this.sdk;
  }

  usage(): TokenUsage {
    return this.totals;
  }

  async complete(request: ChatRequest, options: ChatCallOptions = {}): Promise<ChatResponse> {
    const cache = this.options.cache;
    const body = toRequestBody(this.id, request);
    const key = cache?.key(body);
    if (cache && key) {
      const hit = await cache.get<ChatResponse>(key);
      if (hit) return this.count({ ...hit, cached: true });
    }
    const response = await this.completeWithRetries(body, options);
    await this.options.throttle?.spent(response.usage.promptTokens + response.usage.completionTokens);
    if (cache && key) await cache.put(key, body, response);
    return this.count(response);
  }

  private count(response: ChatResponse): ChatResponse {
    this.totals = addUsage(this.totals, response);
    return response;
  }

  /**
   * Embeddings from the same endpoint (`/embeddings`), in batches, with the same retries, limit and
   * cache as chat. Vectors come back in input order.
   */
  async embed(texts: string[], options: { model?: string; batchSize?: number; signal?: AbortSignal } = {}): Promise<number[][]> {
    const model = options.model ?? this.id;
    const size = options.batchSize ?? 128;
    const batches = Array.from({ length: Math.ceil(texts.length / size) }, (_, index) => texts.slice(index * size, (index + 1) * size));
    const vectors = await Promise.all(
      batches.map(async (input) => {
        const body = { model, input };
        const cache = this.options.cache;
        const key = cache?.key(body);
        if (cache && key) {
          const hit = await cache.get<number[][]>(key);
          if (hit) return hit;
        }
        const response = await this.withRetries((client) => client.embeddings.create(body, { signal: options.signal }), options.signal);
        const data = [...response.data].sort((left, right) => left.index - right.index).map((item) => item.embedding);
        if (data.length !== input.length)
          throw new InfToolError('model_error', `embeddings from ${model}: asked for ${input.length} vectors, got ${data.length}`, {
            category: 'third_party',
          });
        if (cache && key) await cache.put(key, body, data);
        return data;
      }),
    );
    return vectors.flat();
  }

  private async completeWithRetries(body: OpenAI.ChatCompletionCreateParamsNonStreaming, options: ChatCallOptions): Promise<ChatResponse> {
    const signal = options.signal;
    // Converting inside the retried call: a reply without choices is retried like a failed one.
    return this.withRetries(
      async (client) => fromCompletion(await client.chat.completions.create(body, { signal }), this.id),
      signal,
      options.onFailedAttempt,
    );
  }

  /** Our retries (the client's are off): logged, Retry-After honoured, attempts counted in the error. */
  private async withRetries<T>(
    call: (client: OpenAI) => Promise<T>,
    signal?: AbortSignal,
    onFailedAttempt?: (error: InfToolError) => void,
  ): Promise<T> {
    const { OpenAI, client } = await this.loadSdk();
    let timeouts = 0;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.limit(async () => {
          await this.options.throttle?.acquire(signal);
          return call(client);
        });
      } catch (error) {
        if (signal?.aborted || error instanceof OpenAI.APIUserAbortError) {
          throw new InfToolError('cancelled', 'model call cancelled', { cause: error });
        }
        const status = error instanceof OpenAI.APIError ? error.status : undefined;
        const timedOut = error instanceof OpenAI.APIConnectionTimeoutError;
        const connection = error instanceof OpenAI.APIConnectionError;
        const retryable = timedOut || connection || isRetryableStatus(status) || !(error instanceof OpenAI.APIError);
        // An endpoint may echo the request (its Authorization header) in an error body: the key never leaves in a message.
        const message = redactSecrets(errorMessage(error), [this.options.apiKey]);
        if (timedOut) timeouts += 1;
        const failure: ModelFailureKind = timedOut ? 'timeout' : connection ? 'connection' : status !== undefined ? 'status' : 'response';
        const failed = new InfToolError(
          timedOut ? 'model_timeout' : 'model_error',
          `model ${this.id} failed after ${attempt + 1} attempt(s): ${message}`,
          {
            category: 'third_party',
            retryable,
            details: { model: this.id, status, attempts: attempt + 1, failure },
            // The raw error is kept only when it holds no secret (its message, body and headers are the endpoint's).
            ...(message === errorMessage(error) ? { cause: error } : {}),
          },
        );
        if (!retryable || attempt >= this.policy.maxRetries || timeouts > this.policy.maxTimeoutRetries) throw failed;
        onFailedAttempt?.(failed);
        const headers = error instanceof OpenAI.APIError ? error.headers : undefined;
        const delay = backoffDelay(this.policy, attempt, retryAfterMs(headers));
        this.logger.warn('model call failed, retrying', {
          model: this.id,
          status,
          attempt: attempt + 1,
          delayMs: Math.round(delay),
          error: message,
        });
        try {
          await this.sleep(delay, signal);
        } catch (error) {
          throw new InfToolError('cancelled', 'model call cancelled', { cause: error });
        }
      }
    }
  }
}

function toRequestBody(model: string, request: ChatRequest): OpenAI.ChatCompletionCreateParamsNonStreaming {
  const body: OpenAI.ChatCompletionCreateParamsNonStreaming = {
    model,
    messages: request.messages as OpenAI.ChatCompletionMessageParam[],
  };
  if (request.tools && request.tools.length > 0) {
    body.tools = request.tools.map((tool) => ({
      type: 'function' as const,
      function: { name: tool.name, description: tool.description, parameters: tool.parameters },
    }));
  }
  if (request.toolChoice !== undefined) {
    body.tool_choice =
      typeof request.toolChoice === 'string' ? request.toolChoice : { type: 'function', function: { name: request.toolChoice.name } };
  }
  if (request.responseFormat?.type === 'json_schema') {
    const format = request.responseFormat;
    body.response_format = {
      type: 'json_schema',
      json_schema: { name: format.name, schema: format.schema, strict: format.strict ?? false },
    };
  } else if (request.responseFormat?.type === 'json_object') {
    body.response_format = { type: 'json_object' };
  }
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
  if (request.seed !== undefined) body.seed = request.seed;
  return body;
}

function fromCompletion(completion: OpenAI.ChatCompletion, model: string): ChatResponse {
  const choice = completion.choices?.[0];
  if (!choice) {
    throw new InfToolError('model_output_invalid', `model ${model} returned no choices`, { category: 'third_party', retryable: true });
  }
  const toolCalls = (choice.message.tool_calls ?? []).flatMap((call) =>
    call.type === 'function' ? [{ id: call.id, name: call.function.name, arguments: call.function.arguments }] : [],
  );
  return {
    content: choice.message.content ?? null,
    toolCalls,
    finishReason: choice.finish_reason ?? 'stop',
    usage: { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 },
    model: completion.model ?? model,
    cached: false,
  };
}
