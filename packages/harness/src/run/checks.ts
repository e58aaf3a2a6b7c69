import type { Check } from '@inftool/core';
import { readConversation, type Conversation } from './checks/conversation.js';
import { protocolChecks, type CheckInput } from './checks/protocol.js';
import { reviewerChecks } from './checks/reviewer.js';
import { excusedAttempts } from './checks/planned-faults.js';
import { scenarioChecks } from './checks/scenario.js';

export type { CheckInput } from './checks/protocol.js';

/**
 * The checks every trajectory gets, each with what failed: protocol and schemas (checks/protocol.ts),
 * the scenario's rule and plan (checks/scenario.ts), and what a careful reviewer would reject
 * (checks/reviewer.ts: error results, empty results, answers, argument values, duplicates, the world).
 */
export function runChecks(
  input: CheckInput,
  conversation: Conversation = readConversation({ task: input.task, tools: input.offered, messages: input.messages, wire: input.wire }),
): Check[] {
  // The planned failed first tries (`task.faults`), each excused only where the plan accounts for it.
  const excused = excusedAttempts(conversation);
  return [...protocolChecks(input, excused.ownMistake), ...scenarioChecks(input, excused.unplanned), ...reviewerChecks(conversation)];
}
