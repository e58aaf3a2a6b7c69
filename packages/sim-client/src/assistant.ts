import {
  addUsage,
  closestNames,
  emptyUsage,
  errorMessage,
  parseJsonObject,
  type ChatMessage,
  type ChatModel,
  type ChatToolCall,
  type TokenUsage,
  SEED_META_KEY,
  WORLD_META_KEY,
} from '@inftool/core';
import { SessionFailed, sessionFailure } from './session-failure.js';
import type { CatalogEntry, ToolCatalog } from './tool-catalog.js';

export interface AssistantOptions {
  /** Model-backed (any ChatModel) or offline (a ChatModel that follows a plan). */
  model: ChatModel;
  catalog: ToolCatalog;
  system?: string;
  /** Model calls per user turn. Defaults to 8. */
  maxSteps?: number;
  /** Tools offered in this conversation (default: all of the catalog). */
  offer?: (entry: CatalogEntry) => boolean;
  /** Sent as `_meta["inftool/seed"]` on every call, so a simulated server varies its results per conversation. */
  seed?: string;
  /** Sent as `_meta["inftool/world"]` on every call: the seed of the session's world (the entities it starts with). */
  world?: string;
  /**
   * Extra `_meta` for one call (e.g. `{"inftool/fault": "rate_limited"}` on a planned attempt).
   * Asked before each call reaches its server; undefined adds nothing.
   */
  callMeta?: (call: PlannedAttempt) => Record<string, unknown> | undefined;
  temperature?: number;
}

/** Where a call sits in the conversation, for `callMeta`. */
export interface PlannedAttempt {
  /** The user turn (0-based). */
  turn: number;
  /** The call's place among this turn's calls (0-based, across steps). */
  index: number;
  /** The tool's name on its server. */
  tool: string;
  /** Earlier calls of the same tool in this turn (0 on a first attempt). */
  attempt: number;
  arguments: Record<string, unknown>;
}

/** One tool call as it happened. */
export interface ToolCallRecord {
  id: string;
  /** The name the model used. */
  chatName: string;
  /** The tool's name on its server, when the model named a tool that exists. */
  name?: string;
  server?: string;
  /** Parsed arguments, or the raw text when it was not a JSON object. */
  arguments: Record<string, unknown> | string;
  result: string;
  isError: boolean;
  /** Why the call never reached a server (unknown tool, malformed arguments). */
  rejected?: 'unknown_tool' | 'malformed_arguments';
  ms: number;
}

export type StopReason = 'answered' | 'step_limit' | 'model_error';

export interface TurnResult {
  stop: StopReason;
  /** The assistant's last text (its answer or question to the user). */
  reply: string | null;
  /** Tool calls of this turn, step by step (calls of one step ran concurrently). */
  steps: ToolCallRecord[][];
  error?: string;
}

function resultText(result: Record<string, unknown>): string {
  const blocks = Array.isArray(result['content']) ? (result['content'] as Array<{ type?: string; text?: string }>) : [];
  const text = blocks.map((block) => (block.type === 'text' ? (block.text ?? '') : `[${block.type ?? 'content'}]`)).join('\n');
  if (text.trim() !== '') return text;
  return result['structuredContent'] === undefined ? '' : JSON.stringify(result['structuredContent']);
}

/** A few offered tools are all named; of many, only those close to the name asked for (a reply to a model stays short). */
const LIST_ALL_UP_TO = 10;

export function unknownToolText(name: string, offered: readonly string[]): string {
  if (offered.length <= LIST_ALL_UP_TO) return `Error: unknown tool "${name}"; the available tools are: ${offered.join(', ')}`;
  const close = closestNames(name, offered);
  const hint = close.length > 0 ? `did you mean ${close.join(', ')}?` : 'no available tool has a name like it';
  return `Error: unknown tool "${name}"; ${hint} (${offered.length} tools are available)`;
}

/**
 * The assistant: an MCP client plus a chat model, in the tool-calling loop. Each user turn: ask the
 * model with the offered tools; run the tool calls of a step concurrently on their servers; feed the
 * results back; stop when the model answers in text, at the step limit, or when the model fails.
 * Unknown tool names and malformed arguments get an error result, as a real client would say; so
 * does a JSON-RPC error the server answers. A call that fails for the session instead (see
 * `sessionFailure`) throws `SessionFailed` out of `respond`.
 */
export class Assistant {
  readonly messages: ChatMessage[] = [];
  private readonly maxSteps: number;
  private callCount = 0;
  /** The current user turn (0-based) and the tools called in it so far. */
  private turn = -1;
  private turnCalls: string[] = [];
  private totals: TokenUsage = emptyUsage();

  /** Tokens of this conversation's model calls (the model may be shared by many conversations). */
  usage(): TokenUsage {
    return this.totals;
  }

  constructor(private readonly options: AssistantOptions) {
    this.maxSteps = options.maxSteps ?? 8;
    if (options.system) this.messages.push({ role: 'system', content: options.system });
  }

  /** The tools the model is offered, in chat form. */
  get tools() {
    return this.options.catalog.chatTools(this.options.offer);
  }

  async respond(userText: string, signal?: AbortSignal): Promise<TurnResult> {
    this.messages.push({ role: 'user', content: userText });
    this.turn += 1;
    this.turnCalls = [];
    const steps: ToolCallRecord[][] = [];
    const tools = this.tools;
    for (let step = 0; step < this.maxSteps; step += 1) {
      let response;
      try {
        response = await this.options.model.complete(
          { messages: this.messages, tools, ...(this.options.temperature === undefined ? {} : { temperature: this.options.temperature }) },
          { signal },
        );
      } catch (error) {
        return { stop: 'model_error', reply: null, steps, error: errorMessage(error) };
      }
      this.totals = addUsage(this.totals, response);
      const calls = response.toolCalls.map((call, index) => ({ ...call, id: call.id || `call_${this.callCount + index}` }));
      this.messages.push({
        role: 'assistant',
        content: response.content,
        ...(calls.length > 0
          ? {
              tool_calls: calls.map((call) => ({
                id: call.id,
                type: 'function' as const,
                function: { name: call.name, arguments: call.arguments },
              })),
            }
          : {}),
      });
      if (calls.length === 0) return { stop: 'answered', reply: response.content, steps };
      this.callCount += calls.length;
      const records = await Promise.all(calls.map((call) => this.run(call, signal, this.place(call))));
      for (const record of records) this.messages.push({ role: 'tool', tool_call_id: record.id, content: record.result });
      steps.push(records);
    }
    return { stop: 'step_limit', reply: null, steps };
  }

  /** The call's place in the turn, taken before the calls of a step run (they run concurrently). */
  private place(call: ChatToolCall): { turn: number; index: number; attempt: number } {
    const tool = this.options.catalog.find(call.name)?.name ?? call.name;
    const attempt = this.turnCalls.filter((name) => name === tool).length;
    this.turnCalls.push(tool);
    return { turn: this.turn, index: this.turnCalls.length - 1, attempt };
  }

  private meta(
    place: { turn: number; index: number; attempt: number },
    tool: string,
    args: Record<string, unknown>,
  ): Record<string, unknown> | undefined {
    const meta: Record<string, unknown> = {
      ...(this.options.seed ? { [SEED_META_KEY]: this.options.seed } : {}),
      ...(this.options.world ? { [WORLD_META_KEY]: this.options.world } : {}),
      ...this.options.callMeta?.({ ...place, tool, arguments: args }),
    };
    return Object.keys(meta).length > 0 ? meta : undefined;
  }

  private async run(
    call: ChatToolCall,
    signal: AbortSignal | undefined,
    place: { turn: number; index: number; attempt: number },
  ): Promise<ToolCallRecord> {
    const started = performance.now();
    const entry = this.options.catalog.find(call.name);
    const offered = entry !== undefined && (this.options.offer?.(entry) ?? true);
    const done = (fields: Omit<ToolCallRecord, 'id' | 'chatName' | 'ms'>): ToolCallRecord => ({
      id: call.id,
      chatName: call.name,
      ...fields,
      ms: performance.now() - started,
    });
    if (!entry || !offered) {
      return done({
        arguments: call.arguments,
        result: unknownToolText(
          call.name,
          this.tools.map((tool) => tool.name),
        ),
        isError: true,
        rejected: 'unknown_tool',
      });
    }
    const parsed = parseJsonObject(call.arguments.trim() === '' ? '{}' : call.arguments);
    if (!parsed.success) {
      return done({
        name: entry.name,
        server: entry.server.label,
        arguments: call.arguments,
        result: `Error: the arguments of ${call.name} are not a JSON object (${parsed.error})`,
        isError: true,
        rejected: 'malformed_arguments',
      });
    }
    return done({
      name: entry.name,
      server: entry.server.label,
      arguments: parsed.value,
      ...(await this.callServer(entry, parsed.value, place, signal)),
    });
  }

  /** The server's answer to one call; the session failing under it throws `SessionFailed` instead. */
  private async callServer(
    entry: CatalogEntry,
    args: Record<string, unknown>,
    place: { turn: number; index: number; attempt: number },
    signal: AbortSignal | undefined,
  ): Promise<{ result: string; isError: boolean }> {
    try {
      const meta = this.meta(place, entry.name, args);
      const result = await entry.server.client.callTool(
        { name: entry.name, arguments: args, ...(meta ? { _meta: meta } : {}) },
        undefined,
        {
          signal,
        },
      );
      return { result: resultText(result), isError: result.isError === true };
    } catch (error) {
      // The session failing under the call (refused credentials, gone, dead) is not the tool's answer:
      // the conversation cannot go on, and the model must not see it as one.
      const failure = signal?.aborted ? undefined : sessionFailure(error, entry.server);
      if (failure) throw new SessionFailed(failure);
      return { result: `Error: ${errorMessage(error)}`, isError: true };
    }
  }
}
