import {
  canonicalJson,
  parseJsonObject,
  parseJsonText,
  sanitizeToolName,
  type ChatMessage,
  type Task,
  type Trajectory,
  type WireRecord,
} from '@inftool/core';

/** A tool as the assistant saw it: its chat name, description and parameter schema. */
export type OfferedTool = Trajectory['tools'][number];

/** One tool call of a conversation with what came back, as a reviewer reads it. */
export interface ReviewedCall {
  /** The tool_call id in the messages. */
  id: string;
  /** The name the assistant used (the chat name). */
  chatName: string;
  /** The tool's name on its server (from the wire), when the call reached a server. */
  name?: string;
  /** Parsed arguments, or the raw text when they were not a JSON object. */
  arguments: Record<string, unknown> | string;
  /** The result text the assistant read. */
  result: string;
  /** The result as data: the structured content from the wire, else the text parsed as JSON. */
  data?: unknown;
  /** The server said the call failed (`isError` or a JSON-RPC error on the wire), or it never reached one. */
  isError: boolean;
  /** The call never reached a server (an unknown tool, or arguments that are not a JSON object). */
  rejected: boolean;
  /** User turn (0-based) and step within it (calls of one step were made in one message). */
  turn: number;
  step: number;
}

export interface ReviewedTurn {
  user: string;
  /** The calls of this turn, step by step. */
  steps: ReviewedCall[][];
  /** The assistant's last text of the turn (its answer, or its question). */
  answer: string | undefined;
}

/** A conversation as every reviewer rule reads it: one view, built from what a record holds. */
export interface Conversation {
  task: Task;
  tools: ReadonlyMap<string, OfferedTool>;
  turns: ReviewedTurn[];
  calls: ReviewedCall[];
}

export interface ConversationSource {
  task: Task;
  tools: readonly OfferedTool[];
  messages: readonly ChatMessage[];
  wire: readonly WireRecord[];
}

interface WireCall {
  name: string;
  arguments: string;
  isError: boolean;
  data?: unknown;
}

/** tools/call requests of the wire with their answers, in the order they were sent. */
function wireCalls(wire: readonly WireRecord[]): WireCall[] {
  const calls: WireCall[] = [];
  const pending = new Map<string | number, WireCall>();
  for (const { direction, message } of wire) {
    const id = message['id'] as string | number | undefined;
    if (direction === 'client_to_server' && message['method'] === 'tools/call' && id !== undefined) {
      const params = (message['params'] ?? {}) as { name?: string; arguments?: unknown };
      // No answer yet counts as a failure until one arrives.
      const call: WireCall = { name: params.name ?? '', arguments: canonicalJson(params.arguments ?? {}), isError: true };
      calls.push(call);
      pending.set(id, call);
    } else if (direction === 'server_to_client' && id !== undefined && pending.has(id) && ('result' in message || 'error' in message)) {
      const call = pending.get(id)!;
      pending.delete(id);
      if ('result' in message) {
        const result = (message['result'] ?? {}) as { isError?: boolean; structuredContent?: unknown };
        call.isError = result.isError === true;
        if (result.structuredContent !== undefined) call.data = result.structuredContent;
      }
    }
  }
  return calls;
}

/**
 * Reads a record (or a conversation being recorded) into the view the reviewer rules share: turns with
 * their calls and answers, each call matched to its tools/call on the wire (by arguments, in order), so
 * `isError` is what the server said, not a guess from the text.
 */
export function readConversation(source: ConversationSource): Conversation {
  const tools = new Map(source.tools.map((tool) => [tool.name, tool]));
  const sent = wireCalls(source.wire);
  const used = new Set<number>();
  const results = new Map(
    source.messages.flatMap((message) => (message.role === 'tool' ? [[message.tool_call_id, message.content] as const] : [])),
  );
  const turns: ReviewedTurn[] = [];
  for (const message of source.messages) {
    if (message.role === 'user') turns.push({ user: message.content, steps: [], answer: undefined });
    const turn = turns.at(-1);
    if (message.role !== 'assistant' || !turn) continue;
    const toolCalls = message.tool_calls ?? [];
    if (toolCalls.length === 0) {
      turn.answer = message.content ?? '';
      continue;
    }
    if (message.content) turn.answer = message.content;
    const step: ReviewedCall[] = toolCalls.map((call) => {
      const parsed = parseJsonObject(call.function.arguments.trim() === '' ? '{}' : call.function.arguments);
      const args = parsed.success ? parsed.value : call.function.arguments;
      const key = parsed.success ? canonicalJson(parsed.value) : undefined;
      // The wire names the tool as its server does; the chat name is its OpenAI-safe form (prefixed when two servers share a name).
      const free = (candidate: WireCall, position: number) => !used.has(position) && candidate.arguments === key;
      const sameName = (candidate: WireCall) => call.function.name.endsWith(sanitizeToolName(candidate.name));
      const index =
        key === undefined || !tools.has(call.function.name)
          ? -1
          : sent.findIndex((candidate, position) => free(candidate, position) && sameName(candidate));
      const fallback = index >= 0 || key === undefined || !tools.has(call.function.name) ? index : sent.findIndex(free);

      const match = fallback >= 0 ? sent[fallback] : undefined;
      if (fallback >= 0) used.add(fallback);
      const result = results.get(call.id) ?? '';
      const data = match?.data ?? parseJsonText(result);
      return {
        id: call.id,
        chatName: call.function.name,
        ...(match ? { name: match.name } : {}),
        arguments: args,
        result,
        ...(data === undefined ? {} : { data }),
        isError: match ? match.isError : true,
        rejected: match === undefined,
        turn: turns.length - 1,
        step: turn.steps.length,
      };
    });
    turn.steps.push(step);
  }
  return { task: source.task, tools, turns, calls: turns.flatMap((turn) => turn.steps.flat()) };
}
