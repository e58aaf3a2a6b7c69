import { addUsage, emptyUsage, errorMessage, parseJsonObject, type ChatMessage, type ChatModel, type ChatToolCall, type TokenUsage } from '@inftool/core';
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
  temperature?: number;
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

/**
 * The assistant: an MCP client plus a chat model, in the tool-calling loop. Each user turn: ask the
 * model with the offered tools; run the tool calls of a step concurrently on their servers; feed the
 * results back; stop when the model answers in text, at the step limit, or when the model fails.
 * Unknown tool names and malformed arguments get an error result, as a real client would say.
 */
export class Assistant {
  readonly messages: ChatMessage[] = [];
  private readonly maxSteps: number;
  private callCount = 0;
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
    const steps: ToolCallRecord[][] = [];
    const tools = this.tools;
    for (let step = 0; step < this.maxSteps; step += 1) {
      let response;
      try {
        response = await this.options.model.complete({ messages: this.messages, tools, ...(this.options.temperature === undefined ? {} : { temperature: this.options.temperature }) }, { signal });
      } catch (error) {
        return { stop: 'model_error', reply: null, steps, error: errorMessage(error) };
      }
      this.totals = addUsage(this.totals, response);
      const calls = response.toolCalls.map((call, index) => ({ ...call, id: call.id || `call_${this.callCount + index}` }));
      this.messages.push({
        role: 'assistant',
        content: response.content,
        ...(calls.length > 0 ? { tool_calls: calls.map((call) => ({ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments } })) } : {}),
      });
      if (calls.length === 0) return { stop: 'answered', reply: response.content, steps };
      this.callCount += calls.length;
      const records = await Promise.all(calls.map((call) => this.run(call, signal)));
      for (const record of records) this.messages.push({ role: 'tool', tool_call_id: record.id, content: record.result });
      steps.push(records);
    }
    return { stop: 'step_limit', reply: null, steps };
  }

  private async run(call: ChatToolCall, signal?: AbortSignal): Promise<ToolCallRecord> {
    const started = performance.now();
    const entry = this.options.catalog.find(call.name);
    const offered = entry !== undefined && (this.options.offer?.(entry) ?? true);
    const done = (fields: Omit<ToolCallRecord, 'id' | 'chatName' | 'ms'>): ToolCallRecord => ({ id: call.id, chatName: call.name, ...fields, ms: performance.now() - started });
    if (!entry || !offered) {
      return done({ arguments: call.arguments, result: `Error: unknown tool "${call.name}"; the available tools are: ${this.tools.map((tool) => tool.name).join(', ')}`, isError: true, rejected: 'unknown_tool' });
    }
    const parsed = parseJsonObject(call.arguments.trim() === '' ? '{}' : call.arguments);
    if (!parsed.success) {
      return done({ name: entry.name, server: entry.server.label, arguments: call.arguments, result: `Error: the arguments of ${call.name} are not a JSON object (${parsed.error})`, isError: true, rejected: 'malformed_arguments' });
    }
    try {
      const result = await entry.server.client.callTool(
        { name: entry.name, arguments: parsed.value, ...(this.options.seed ? { _meta: { 'inftool/seed': this.options.seed } } : {}) },
        undefined,
        { signal },
      );
      return done({ name: entry.name, server: entry.server.label, arguments: parsed.value, result: resultText(result), isError: result.isError === true });
    } catch (error) {
      return done({ name: entry.name, server: entry.server.label, arguments: parsed.value, result: `Error: ${errorMessage(error)}`, isError: true });
    }
  }
}
