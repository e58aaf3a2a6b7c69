import type { Task } from '@inftool/core';
import type { Conversation, ReviewedCall } from '../../packages/harness/src/run/checks/conversation.js';

let next = 0;

/** A call as the checks see it after reading the wire: one successful call in `turn` (at `step`), its result the JSON of `data`. */
export function reviewedCall(name: string, args: Record<string, unknown>, data: unknown, turn = 0, step = 0): ReviewedCall {
  next += 1;
  return {
    id: `c${next}`,
    chatName: name,
    name,
    arguments: args,
    result: JSON.stringify(data),
    data,
    isError: false,
    rejected: false,
    turn,
    step,
  };
}

/** A single-call task's conversation of one turn holding `calls` in one step; each tool offered with `properties`. */
export function oneTurnConversation(calls: ReviewedCall[], properties: Record<string, Record<string, unknown>> = {}): Conversation {
  return {
    task: { kind: 'single', expectedCalls: [] } as unknown as Task,
    tools: new Map(
      calls.map((entry) => [entry.chatName, { name: entry.chatName, description: '', parameters: { type: 'object', properties } }]),
    ),
    turns: [{ user: 'Go.', steps: [calls], answer: 'Done.' }],
    calls,
  } as unknown as Conversation;
}
