import type { PlannedFault } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';

/** The turns that made calls, in order: a plan's step i is the i-th of them (a missing_param question turn makes none). */
export function callTurns(conversation: Conversation): number[] {
  return conversation.turns.flatMap((turn, index) => (turn.steps.some((step) => step.some((call) => !call.rejected)) ? [index] : []));
}

/** A failed first attempt the plan asked for, with its fault. */
export interface PlannedAttempt {
  call: ReviewedCall;
  fault: PlannedFault;
}

/**
 * The failed attempts `task.faults` accounts for, one per fault at most: the first call of the planned
 * tool in the fault's user turn, and only when that call failed. Nothing else is ever excused: a
 * second bad attempt, an attempt in another turn, a failure of another tool stay what they are.
 */
export function plannedAttempts(conversation: Conversation): PlannedAttempt[] {
  const turns = callTurns(conversation);
  const attempts: PlannedAttempt[] = [];
  for (const fault of conversation.task.faults ?? []) {
    const turnIndex = turns[fault.turn];
    const tool = conversation.task.expectedCalls?.[fault.turn]?.[fault.call]?.tool;
    if (turnIndex === undefined || tool === undefined) continue;
    const first = conversation.turns[turnIndex]!.steps.flat().find((call) => !call.rejected && (call.name ?? call.chatName) === tool);
    if (first && errorResult(first) && !attempts.some((attempt) => attempt.call === first)) attempts.push({ call: first, fault });
  }
  return attempts;
}

/** Where a call sits, as the checks on the played turns (`CheckInput.turns`) and the conversation both name it. */
export const attemptKey = (turn: number, id: string) => `${turn}/${id}`;

/**
 * The planned failed attempts each check excuses, by `attemptKey`:
 * - `failed`: every planned failure (results_ok judges the recovery instead);
 * - `unplanned`: the attempts outside the plan's calls (`expected_calls`): the wrong first try of a
 *   `correct` fault and the failed first try of a `retry` fault; a `report` fault's call is the plan's,
 *   and so is an `ask` fault's (the mistyped id the user gave; the corrected call is the next step);
 * - `ownMistake`: the deliberately invalid first try of a `correct` fault (`arguments_valid`,
 *   `arguments_plausible`).
 */
export function excusedAttempts(conversation: Conversation): { failed: Set<string>; unplanned: Set<string>; ownMistake: Set<string> } {
  const attempts = plannedAttempts(conversation);
  const keys = (list: PlannedAttempt[]) => new Set(list.map(({ call }) => attemptKey(call.turn, call.id)));
  return {
    failed: keys(attempts),
    unplanned: keys(attempts.filter(({ fault }) => fault.recovery !== 'report' && fault.recovery !== 'ask')),
    ownMistake: keys(attempts.filter(({ fault }) => fault.recovery === 'correct')),
  };
}
