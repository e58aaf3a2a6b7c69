import { canonicalJson } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';

/**
 * A later user turn that asks for what an earlier turn already got (`calls_distinct`): a read or list
 * made with the same tool and arguments as an answered call of an earlier turn, with nothing changed
 * in between that it shows (`changes`). The user would not ask "show me the first
 * ministry you listed" twice; a reader sees a conversation that loops.
 */
export function repeatedTurnCalls(conversation: Conversation): string[] {
  const problems: string[] = [];
  const answered = conversation.turns.map((turn) => turn.steps.flat().filter((call) => !call.rejected && !errorResult(call)));
  const planned = plannedRepeats(conversation);
  for (const [index, calls] of answered.entries())
    for (const call of calls) {
      const key = keyOf(call);
      if (!reads(call, conversation) || planned.has(key)) continue;
      const earlier = answered.findIndex((turnCalls, at) => at < index && turnCalls.some((other) => keyOf(other) === key));
      if (earlier < 0 || answered.slice(earlier, index).some((between) => between.some((other) => changes(other, call, conversation))))
        continue;
      problems.push(`turn ${index + 1}: ${call.chatName} repeats turn ${earlier + 1} with ${canonicalJson(call.arguments).slice(0, 80)}`);
    }
  return problems;
}

const keyOf = (call: ReviewedCall) => `${call.name ?? call.chatName} ${canonicalJson(call.arguments)}`;

/** Calls the plan itself makes in more than one turn (a read again after a failed change): the plan's, not a loop. */
function plannedRepeats(conversation: Conversation): Set<string> {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  for (const [turn, calls] of (conversation.task.expectedCalls ?? []).entries())
    for (const call of calls) {
      const key = `${call.tool} ${canonicalJson(call.arguments)}`;
      if (seen.has(key) && seen.get(key) !== turn) repeated.add(key);
      seen.set(key, seen.get(key) ?? turn);
    }
  return repeated;
}
const reads = (call: ReviewedCall, conversation: Conversation) => ['read', 'list'].includes(toolAction(call, conversation).action);

/**
 * Whether `other` may have changed what `read` shows: a change of its kind (a new record changes a list,
 * not a record read by id), or a call of no known kind.
 */
function changes(other: ReviewedCall, read: ReviewedCall, conversation: Conversation): boolean {
  const change = toolAction(other, conversation);
  const shown = toolAction(read, conversation);
  if (change.action === 'read' || change.action === 'list') return false;
  if (change.action === 'other') return true;
  return change.entity === shown.entity && (change.action !== 'create' || shown.action === 'list');
}
