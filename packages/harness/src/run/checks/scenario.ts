import { canonicalJson, type Check } from '@inftool/core';
import { resolveRefs } from '../../tasks/result-refs.js';
import type { CheckInput } from './protocol.js';
import { check } from './check.js';
import { attemptKey } from './planned-faults.js';
import { refusalProblems } from './refusal.js';
import { fittingTool } from './fitting-tool.js';
import { chainedCover } from '../../tasks/chained-cover.js';
import { vagueQuestion } from './clarifying-question.js';

/** The assistant's last words to the user. */
const finalText = (input: CheckInput) =>
  [...input.messages].reverse().find((message) => message.role === 'assistant' && (message.content ?? '') !== '')?.content ?? '';

/**
 * The scenario's own rule (irrelevance: nothing called; parallel: calls in one message; missing_param:
 * ask first) and the planned calls. `unplanned` (by `attemptKey`) are the failed first tries `task.faults`
 * accounts for beyond the plan's calls (a `correct` fault's wrong try, a `retry` fault's failed try).
 */
export function scenarioChecks(input: CheckInput, unplanned: ReadonlySet<string> = new Set()): Check[] {
  const checks: Check[] = [];
  const rule = kindRule(input);
  if (rule) checks.push(rule);
  if (input.task.expectedCalls && input.task.kind !== 'irrelevance') checks.push(expectedCallsCheck(input, unplanned));
  return checks;
}

/** A refusal although an offered tool does what the request asks. */
function falseRefusal(input: CheckInput): string[] {
  const fits = fittingTool(input.task.goal, input.offered);
  if (fits !== undefined) return [`the assistant refused although the offered tool ${fits} does what was asked`];
  // A job the offered tools do together: critical points are the zeros of the derivative.
  const chained = chainedCover(input.task.goal, input.offered);
  return chained === undefined ? [] : [`the assistant refused although the offered tools together find the ${chained}`];
}

/** The check the task's kind brings of its own, if any. */
function kindRule(input: CheckInput): Check | undefined {
  switch (input.task.kind) {
    case 'irrelevance': {
      const realCalls = input.turns.flat(2).filter((call) => !call.rejected);
      return check('scenario_irrelevance', [
        ...realCalls.map((call) => `called ${call.chatName} although no tool fits`),
        // The refusal holds together: it offers nothing that does what it cannot do.
        ...(realCalls.length === 0 ? refusalProblems(finalText(input), input.task.goal) : []),
        // No refusal where an offered tool does what was asked: the assistant asks for what that tool needs instead.
        ...(realCalls.length === 0 ? falseRefusal(input) : []),
      ]);
    }
    case 'parallel':
      return check(
        'scenario_parallel',
        input.turns.flat().some((step) => step.length >= 2) ? [] : ['no turn has several tool calls in one message'],
      );
    case 'missing_param':
      return check('scenario_missing_param', missingParamProblems(input));
    default:
      return undefined;
  }
}

/** The assistant asked before its first tool call, and its question names the missing value. */
function missingParamProblems(input: CheckInput): string[] {
  const firstCall = input.messages.findIndex((message) => message.role === 'assistant' && (message.tool_calls?.length ?? 0) > 0);
  const question = input.messages
    .slice(0, firstCall < 0 ? undefined : firstCall)
    .find((message) => message.role === 'assistant' && (message.tool_calls?.length ?? 0) === 0 && (message.content ?? '').includes('?'));
  if (question === undefined) return ['the assistant called a tool before asking for the missing information'];
  const vague = vagueQuestion(question.content ?? '', input.task.unknown, input.offered);
  return vague === undefined ? [] : [vague];
}

/** The calls made against the plan's calls, as multisets of `tool canonical-arguments`. */
function expectedCallsCheck(input: CheckInput, unplanned: ReadonlySet<string>): Check {
  // References to earlier results resolve against what those calls actually returned.
  const userTurnCalls = input.turns.map((steps) => steps.flat().filter((call) => !call.rejected));
  const lookup = (turn: number, call: number) => userTurnCalls[turn]?.[call]?.result;
  const expected = (input.task.expectedCalls ?? [])
    .flat()
    .map((call) => resolveRefs(call, lookup))
    .map((call) => `${call.tool} ${canonicalJson(call.arguments)}`)
    .sort();
  const made = input.turns
    .flatMap((steps, turn) => steps.flat().filter((call) => !call.rejected && !unplanned.has(attemptKey(turn, call.id))))
    .map((call) => `${call.name} ${canonicalJson(call.arguments)}`)
    .sort();
  // As multisets: a call made once more than the plan lists it is unexpected (the retry of a planned fault is not: its failed try is excused above).
  const missing = multisetWithout(expected, made);
  const extra = multisetWithout(made, expected);
  return check('expected_calls', [...missing.map((call) => `missing ${call}`), ...extra.map((call) => `unexpected ${call}`)]);
}

/** `from` less one occurrence of each item of `taken`. */
function multisetWithout(from: string[], taken: string[]): string[] {
  const left = [...taken];
  return from.filter((item) => {
    const at = left.indexOf(item);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}
