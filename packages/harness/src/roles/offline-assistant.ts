import { emptyUsage, type ChatModel, type ChatRequest, type ChatResponse, type Task, type TokenUsage } from '@inftool/core';
import { resolveRefs } from '../tasks/result-refs.js';

/**
 * The model-free assistant: a ChatModel that follows the task's plan, so the same tool-calling loop
 * runs with or without a model. Each user turn it makes the planned calls of the next step (all of
 * them in one message, so parallel steps are parallel), after the results it answers in one line.
 * For missing_param it first asks for the withheld value; for irrelevance it calls nothing.
 */
export class OfflineAssistant implements ChatModel {
  readonly id = 'offline';
  private step = 0;
  private asked = false;
  private calls = 0;
  /** The ids of the calls made for each plan step, to find their results again. */
  private readonly emitted: string[][] = [];

  constructor(private readonly task: Task, private readonly chatName: (tool: string) => string) {}

  usage(): TokenUsage {
    return emptyUsage();
  }

  async complete(request: ChatRequest): Promise<ChatResponse> {
    const last = request.messages.at(-1);
    const text = (content: string): ChatResponse => ({ content, toolCalls: [], finishReason: 'stop', usage: { promptTokens: 0, completionTokens: 0 }, model: 'offline', cached: false });
    if (last?.role === 'tool') {
      const results = request.messages.slice(request.messages.findLastIndex((message) => message.role === 'assistant')).filter((message) => message.role === 'tool');
      return text(`Done. ${results.map((message) => (message.role === 'tool' ? message.content.slice(0, 160) : '')).join(' | ')}`);
    }
    if (this.task.kind === 'irrelevance') return text('I am sorry, none of the tools I have can help with that request, so I will not call any.');
    if (this.task.kind === 'missing_param' && !this.asked && this.task.unknown.length > 0) {
      this.asked = true;
      return text(`Before I do that, could you tell me the ${this.task.unknown.map((key) => key.slice(key.indexOf('.') + 1).replace(/_/g, ' ')).join(' and ')}?`);
    }
    const planned = this.task.expectedCalls?.[this.step] ?? [];
    const step = this.step;
    this.step += 1;
    if (planned.length === 0) return text('There is nothing more to do.');
    // An argument that refers to an earlier result takes the value that result holds.
    const results = new Map(request.messages.flatMap((message) => (message.role === 'tool' ? [[message.tool_call_id, message.content] as const] : [])));
    const lookup = (turn: number, call: number) => results.get(this.emitted[turn]?.[call] ?? '');
    const calls = planned.map((call) => ({ id: `call_${(this.calls += 1)}`, name: this.chatName(call.tool), arguments: JSON.stringify(resolveRefs(call, lookup).arguments) }));
    this.emitted[step] = calls.map((call) => call.id);
    return {
      content: null,
      toolCalls: calls,
      finishReason: 'tool_calls',
      usage: { promptTokens: 0, completionTokens: 0 },
      model: 'offline',
      cached: false,
    };
  }
}
