import type { InfToolError } from '../errors.js';
import type { ChatMessage, TokenUsage } from '../contracts/trajectory.js';

/** A tool offered to a chat model (OpenAI "function" tool). `name` must be OpenAI-safe. */
export interface ChatTool {
  name: string;
  description?: string;
  parameters: Record<string, unknown>;
}

export type ResponseFormat =
  { type: 'json_schema'; name: string; schema: Record<string, unknown>; strict?: boolean } | { type: 'json_object' };

export interface ChatRequest {
  messages: ChatMessage[];
  tools?: ChatTool[];
  toolChoice?: 'auto' | 'none' | 'required' | { name: string };
  responseFormat?: ResponseFormat;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
}

export interface ChatToolCall {
  id: string;
  name: string;
  /** Raw JSON text as the model wrote it: parse it with `parseJsonObject`, never blindly. */
  arguments: string;
}

export interface ChatResponse {
  content: string | null;
  toolCalls: ChatToolCall[];
  finishReason: string;
  usage: { promptTokens: number; completionTokens: number };
  model: string;
  /** True when the response came from the record/replay cache (it cost nothing). */
  cached: boolean;
}

export interface ChatCallOptions {
  signal?: AbortSignal;
  /**
   * Told of each attempt that failed and will be retried, with the error the call would throw had it
   * been the last (so a circuit breaker can count a timed-out attempt at once, not after every retry).
   */
  onFailedAttempt?: (error: InfToolError) => void;
}

/** The one interface every role's model sits behind: scripted in tests, OpenAI-compatible for real. */
export interface ChatModel {
  readonly id: string;
  complete(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse>;
  /** Totals since creation. */
  usage(): TokenUsage;
}

/** Adds one response to running totals. */
export function addUsage(total: TokenUsage, response: ChatResponse): TokenUsage {
  return {
    promptTokens: total.promptTokens + (response.cached ? 0 : response.usage.promptTokens),
    completionTokens: total.completionTokens + (response.cached ? 0 : response.usage.completionTokens),
    calls: total.calls + 1,
    cachedCalls: total.cachedCalls + (response.cached ? 1 : 0),
  };
}

export const emptyUsage = (): TokenUsage => ({ promptTokens: 0, completionTokens: 0, calls: 0, cachedCalls: 0 });

/** Totals of several usages (roles, judges, conversations). */
export function sumUsage(...usages: TokenUsage[]): TokenUsage {
  return usages.reduce(
    (total, usage) => ({
      promptTokens: total.promptTokens + usage.promptTokens,
      completionTokens: total.completionTokens + usage.completionTokens,
      calls: total.calls + usage.calls,
      cachedCalls: total.cachedCalls + usage.cachedCalls,
    }),
    emptyUsage(),
  );
}

/** Text → vectors, in input order (an OpenAI-compatible `/embeddings` endpoint or anything else). */
export interface EmbeddingModel {
  readonly id: string;
  embed(texts: string[], options?: { signal?: AbortSignal }): Promise<number[][]>;
}
