import type { ChatMessage, ChatResponse } from '@inftool/core';

/** Appends an assistant reply's tool calls and the tool's answer to its first call, as a client would send them back. */
export function answerFirstCall(messages: ChatMessage[], reply: ChatResponse, result: string): void {
  messages.push(
    {
      role: 'assistant',
      content: reply.content,
      tool_calls: reply.toolCalls.map((call) => ({
        id: call.id,
        type: 'function',
        function: { name: call.name, arguments: call.arguments },
      })),
    },
    { role: 'tool', tool_call_id: reply.toolCalls[0]!.id, content: result },
  );
}
