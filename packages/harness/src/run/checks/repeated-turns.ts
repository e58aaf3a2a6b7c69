import { canonicalJson } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';

/**
 * A later user turn that asks for what an earlier turn already got (`calls_distinct`): a read or list
 * made with the same tool and arguments as an answered call of an earlier turn, with nothing changed
 * in between (no call that creates, changes or removes). The user would not ask "show me the first
 * ministry you listed" twice; a reader sees a conversation that loops.
 */
export function repeatedTurnCalls(conversation: Conversation): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const [index, turn] of conversation.turns.entries()) {
    const calls = turn.steps.flat().filter((call) => !call.rejected && !errorResult(call));
    if (calls.some((call) => !reads(call, conversation))) seen.clear();
    for (const call of calls) {
      const key = `${call.name ?? call.chatName} ${canonicalJson(call.arguments)}`;
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier < index)
        problems.push(`turn ${index + 1}: ${call.chatName} repeats turn ${earlier + 1} with ${canonicalJson(call.arguments).slice(0, 80)}`);
      if (earlier === undefined) seen.set(key, index);
    }
  }
  return problems;
}

const reads = (call: ReviewedCall, conversation: Conversation) => ['read', 'list'].includes(toolAction(call, conversation).action);
