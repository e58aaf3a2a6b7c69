import { canonicalJson, type Check } from '@inftool/core';
import { resolveRefs } from '../../tasks/result-refs.js';
import type { CheckInput } from './protocol.js';
import { check } from './check.js';
import { attemptKey } from './planned-faults.js';
import { refusalProblems } from './refusal.js';

/** The assistant's last words to the user. */
const finalText = (input: CheckInput) =>
  [...input.messages].reverse().find((message) => message.role === 'assistant' && (message.content ?? '') !== '')?.content ?? '';

/**
 * The scenario's own rule (irrelevance: nothing called; parallel: calls in one message; missing_param:
 * ask first) and the planned calls. `unplanned` (by `attemptKey`) are the failed first tries `task.faults`
 * accounts for beyond the plan's calls (a `correct` fault's wrong try, a `retry` fault's failed try).
 */
export function scenarioChecks(input: CheckInput, unplanned: ReadonlySet<string> = new Set()): Check[] {
  const calls = input.turns.flat(2);
  const checks: Check[] = [];
  const task = input.task;
  const realCalls = calls.filter((call) => !call.rejected);
  switch (task.kind) {
    case 'irrelevance':
      checks.push(
        check('scenario_irrelevance', [
          ...realCalls.map((call) => `called ${call.chatName} although no tool fits`),
          // The refusal holds together: it offers nothing that does what it cannot do.
          ...(realCalls.length === 0 ? refusalProblems(finalText(input)) : []),
        ]),
      );
      break;
    case 'parallel':
      checks.push(
        check(
          'scenario_parallel',
          input.turns.flat().some((step) => step.length >= 2) ? [] : ['no turn has several tool calls in one message'],
        ),
      );
      break;
    case 'missing_param': {
      const firstCall = input.messages.findIndex((message) => message.role === 'assistant' && (message.tool_calls?.length ?? 0) > 0);
      const askedBefore = input.messages
        .slice(0, firstCall < 0 ? undefined : firstCall)
        .some(
          (message) => message.role === 'assistant' && (message.tool_calls?.length ?? 0) === 0 && (message.content ?? '').includes('?'),
        );
      checks.push(
        check('scenario_missing_param', askedBefore ? [] : ['the assistant called a tool before asking for the missing information']),
      );
      break;
    }
    default:
      break;
  }
  if (task.expectedCalls && task.kind !== 'irrelevance') {
    // References to earlier results resolve against what those calls actually returned.
    const userTurnCalls = input.turns.map((steps) => steps.flat().filter((call) => !call.rejected));
    const lookup = (turn: number, call: number) => userTurnCalls[turn]?.[call]?.result;
    const expected = task.expectedCalls
      .flat()
      .map((call) => resolveRefs(call, lookup))
      .map((call) => `${call.tool} ${canonicalJson(call.arguments)}`)
      .sort();
    const made = input.turns
      .flatMap((steps, turn) => steps.flat().filter((call) => !call.rejected && !unplanned.has(attemptKey(turn, call.id))))
      .map((call) => `${call.name} ${canonicalJson(call.arguments)}`)
      .sort();
    // As multisets: a call made once more than the plan lists it is unexpected (the retry of a planned fault is not: its failed try is excused above).
    const without = (from: string[], taken: string[]) => {
      const left = [...taken];
      return from.filter((call) => {
        const at = left.indexOf(call);
        if (at < 0) return true;
        left.splice(at, 1);
        return false;
      });
    };
    const missing = without(expected, made);
    const extra = without(made, expected);
    checks.push(check('expected_calls', [...missing.map((call) => `missing ${call}`), ...extra.map((call) => `unexpected ${call}`)]));
  }
  return checks;
}
