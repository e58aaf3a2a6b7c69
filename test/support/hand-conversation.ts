import type { ChatMessage, WireRecord } from '@inftool/core';

/** One call of a hand-made conversation and its result (text as it is, anything else as JSON and structured content). */
export interface HandStep {
  tool: string;
  args: Record<string, unknown>;
  result: unknown;
  isError?: boolean;
}
/** A turn: the user's message, steps of calls made together, the final answer. */
export interface HandTurn {
  user: string;
  steps: HandStep[][];
  answer: string;
}

/** The chat messages (after a `plain` system message) and the MCP wire of a hand-made conversation; calls are `call_1`, `call_2`… */
export function handMessages(turns: HandTurn[]): { messages: ChatMessage[]; wire: WireRecord[] } {
  const messages: ChatMessage[] = [{ role: 'system', content: 'plain' }];
  const wire: WireRecord[] = [];
  let id = 0;
  for (const turn of turns) {
    messages.push({ role: 'user', content: turn.user });
    for (const step of turn.steps) {
      const calls = step.map((call) => ({ call, id: `call_${(id += 1)}` }));
      messages.push({
        role: 'assistant',
        content: null,
        tool_calls: calls.map(({ call, id: callId }) => ({
          id: callId,
          type: 'function',
          function: { name: call.tool, arguments: JSON.stringify(call.args) },
        })),
      });
      for (const { call, id: callId } of calls) {
        const text = typeof call.result === 'string' ? call.result : JSON.stringify(call.result);
        wire.push({
          direction: 'client_to_server',
          time: 0,
          message: { jsonrpc: '2.0', id: callId, method: 'tools/call', params: { name: call.tool, arguments: call.args } },
        });
        wire.push({
          direction: 'server_to_client',
          time: 0,
          message: {
            jsonrpc: '2.0',
            id: callId,
            result: {
              content: [{ type: 'text', text }],
              ...(typeof call.result === 'object' ? { structuredContent: call.result } : {}),
              ...(call.isError ? { isError: true } : {}),
            },
          },
        });
        messages.push({ role: 'tool', tool_call_id: callId, content: text });
      }
    }
    messages.push({ role: 'assistant', content: turn.answer });
  }
  return { messages, wire };
}
