import { brokenWorldSums, sharedConfirmationCodes, unscaledPanels, wrongGrowth } from './broken-sums.js';
import { unrelatedSuggestions } from './suggestion-results.js';
import { implausibleQuantities } from './quantity-results.js';
import type { Check } from '@inftool/core';
import { check } from './check.js';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { wrongChances } from './chance-results.js';
import { wrongComputations } from './computed-results.js';
import { wrongScience } from './science-results.js';
import { factsAgainstRecord } from './known-facts.js';
import { REPORTS_FAILURE, answerProblem, irrelevanceProblem } from './final-answer.js';
import { implausibleArgument } from './plausibility.js';
import { contradictoryPlaces } from './result-places.js';
import { ungroundedArguments } from './argument-grounding.js';
import { subjectProblems } from './call-subject.js';
import { placeholderArguments, placeholderResults } from './placeholder-leaks.js';
import { epochBounds } from './epoch-bounds.js';
import { unusedVariables } from './function-variable.js';
import { duplicateCalls, placeholderValues, stateProblems, uninformativeResult } from './results.js';
import { resultFitProblems } from './result-fit.js';
import { unfitArguments, unfitResults } from './fit-values.js';
import { misreportedOutcome } from './outcome-state.js';
import { unfoundedClaim } from './answer-claim.js';
import { seriesConsistencyProblems } from './series-consistency.js';
import { implausibleContent } from './result-content.js';
import { userRequestProblems } from './user-request.js';
import { worldProblems } from './world-consistency.js';
import { driftProblems } from './world-drift.js';
import { chainProblems } from './chain-references.js';
import { writesForReads } from './request-action.js';
import { echoedCutoffs } from './echoed-findings.js';
import { resultsMatchCall } from './results-match.js';
import { contradictedFacts, repeatedIntegers } from './entity-facts.js';
import { repeatedTurnCalls } from './repeated-turns.js';
import { attemptKey, excusedAttempts, plannedAttempts } from './planned-faults.js';
import { recoveryTalkProblems } from './recovery-talk.js';
import { providerServiceProblem } from '@inftool/sim-server';

/** Error results the plan did not ask for, and planned ones the assistant did not handle. */
export function unplannedErrors(conversation: Conversation): string[] {
  const planned = new Set<ReviewedCall>();
  const problems: string[] = [];
  // A fault that did not happen excuses nothing (expected_calls judges the plan).
  for (const { call, fault } of plannedAttempts(conversation)) {
    planned.add(call);
    const turn = conversation.turns[call.turn]!;
    const later = turn.steps
      .flat()
      .filter(
        (other) =>
          other !== call && !other.rejected && other.step > call.step && (other.name ?? other.chatName) === (call.name ?? call.chatName),
      );
    const recovered = later.some((other) => !errorResult(other));
    const reported = REPORTS_FAILURE.test(turn.answer ?? '');
    if (!recovered && !reported)
      problems.push(
        `turn ${call.turn + 1}: the planned ${fault.fault} of ${call.chatName} was neither retried to success nor reported to the user`,
      );
    // A value the user gave was refused: only they can say the right one, so the turn puts a question to them.
    if (fault.recovery === 'ask' && !recovered && !/\?/.test(turn.answer ?? ''))
      problems.push(`turn ${call.turn + 1}: the planned ${fault.fault} of ${call.chatName} was not put to the user as a question`);
    // The planned retry failed too and the answer says so plainly: that one retry is excused, no further attempt.
    const retry = fault.recovery === 'retry' && later.length === 1 ? later[0] : undefined;
    if (retry !== undefined && !recovered && reported && errorResult(retry)) planned.add(retry);
  }
  for (const call of conversation.calls) {
    if (call.rejected || planned.has(call)) continue;
    const why = errorResult(call);
    if (why) problems.push(`${call.chatName}: ${why}`);
  }
  return problems;
}

/**
 * Every implausible argument of a call, against the offered tool's parameter schemas. The planned wrong
 * first try of a `correct` fault (`excused`, by `attemptKey`) is the plan's, not the generator's.
 */
export function implausibleArguments(
  conversation: Conversation,
  call: ReviewedCall,
  excused: ReadonlySet<string> = excusedAttempts(conversation).ownMistake,
): string[] {
  if (call.rejected || typeof call.arguments !== 'object' || excused.has(attemptKey(call.turn, call.id))) return [];
  const parameters = (conversation.tools.get(call.chatName)?.parameters['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  const single = Object.entries(call.arguments).flatMap(([name, value]) => {
    const problem = implausibleArgument(name, parameters[name], value);
    return problem ? [`${call.chatName}.${name}: ${problem}`] : [];
  });
  // values that are each fine and wrong together: a service of another provider, an empty service name
  const pair = providerServiceProblem(call.arguments as Record<string, unknown>, call.name ?? call.chatName);
  // a city, its country, state, point, currency and post code that name different places
  const places = contradictoryPlaces(call.arguments as Record<string, unknown>).map((problem) => `${call.chatName}: ${problem}`);
  // a spec's sample (`hello@example.com`, "Your super awesome message") sent as the user's own value
  places.push(...placeholderArguments(call, conversation.tools.get(call.chatName)?.parameters));
  // a bound of numbers sent as an epoch timestamp (`end: 1753047000` for "the end of the number range")
  places.push(...epochBounds(call, conversation.tools.get(call.chatName)), ...unusedVariables(call), ...unfitArguments(call, conversation));
  // a library that lends books has a name of words (`Boston Public Library`), never a package's (`requests`)
  const library = (call.arguments as Record<string, unknown>)['library'];
  if (
    typeof library === 'string' &&
    /^[a-z][a-z0-9_.-]*$/.test(library) &&
    /\bbooks?\b/i.test(conversation.tools.get(call.chatName)?.description ?? '')
  )
    places.push(`${call.chatName}.library: "${library}" names a software package, not a library that lends books`);
  return pair === undefined ? [...single, ...places] : [...single, `${call.chatName}.${pair.parameter}: ${pair.problem}`, ...places];
}

/**
 * The checks a careful reviewer applies to a conversation, beyond protocol and schemas: no unplanned
 * error result, results that say something, answers in prose that state the results, plausible
 * argument values, no duplicate call in a turn, a consistent world (reads by id; facts, filters, parts
 * and totals), results that answer their call (filters, subjects, measures), results with no filler, a first request a person would type.
 */
export function reviewerChecks(conversation: Conversation): Check[] {
  return [
    ...answerChecks(conversation),
    ...argumentChecks(conversation),
    check('state_consistent', stateProblems(conversation)),
    check('world_consistent', [
      ...worldProblems(conversation),
      ...contradictedFacts(conversation),
      ...driftProblems(conversation),
      ...chainProblems(conversation),
    ]),
    check('results_match_call', resultsMatchCall(conversation)),
    ...resultContentChecks(conversation),
    ...resultFitChecks(conversation),
  ];
}

/** No unplanned error result, results that say something, and answers in prose that state the results (or, for an irrelevant request, no call). */
function answerChecks(conversation: Conversation): Check[] {
  const checks: Check[] = [check('results_ok', [...unplannedErrors(conversation), ...recoveryTalkProblems(conversation)])];
  checks.push(
    check(
      'results_informative',
      conversation.calls.flatMap((call) => uninformativeResult(call, conversation) ?? []),
    ),
  );
  if (conversation.task.kind === 'irrelevance') {
    const called = conversation.calls.filter((call) => !call.rejected).map((call) => `called ${call.chatName}`);
    const problem = irrelevanceProblem(conversation);
    checks.push(check('final_answer', [...called, ...(problem ? [problem] : [])]));
  } else
    checks.push(
      check(
        'final_answer',
        conversation.turns.flatMap(
          (turn, index) => answerProblem(turn, index) ?? misreportedOutcome(turn, index, conversation) ?? unfoundedClaim(turn, index) ?? [],
        ),
      ),
    );
  return checks;
}

/** Plausible argument values, grounded in what the user and the results said, and no call repeated in a turn or across turns. */
function argumentChecks(conversation: Conversation): Check[] {
  const { ownMistake } = excusedAttempts(conversation);
  return [
    check(
      'arguments_plausible',
      conversation.calls.flatMap((call) => implausibleArguments(conversation, call, ownMistake)),
    ),
    check('arguments_grounded', ungroundedArguments(conversation, ownMistake)),
    check('call_subject', [...subjectProblems(conversation, ownMistake), ...writesForReads(conversation)]),
    check('calls_distinct', [...duplicateCalls(conversation), ...repeatedTurnCalls(conversation)]),
  ];
}

/** Results with no filler, with correct computations and known facts, and with plausible content. */
function resultContentChecks(conversation: Conversation): Check[] {
  const answered = (call: ReviewedCall): boolean => !call.rejected && !errorResult(call);
  return [
    check(
      'results_specific',
      conversation.calls.flatMap((call) =>
        answered(call)
          ? [
              ...placeholderValues(call, conversation).map((value) => `${call.chatName}: filler ${value}`),
              ...repeatedIntegers(call).map((value) => `${call.chatName}: one placeholder number, ${value}`),
              ...placeholderResults(call),
              ...unrelatedSuggestions(call),
            ]
          : [],
      ),
    ),
    check(
      'results_correct',
      conversation.calls
        .flatMap((call) =>
          answered(call)
            ? [...wrongComputations(call), ...wrongScience(call), ...wrongChances(call), ...factsAgainstRecord(call), ...wrongGrowth(call)]
            : [],
        )
        .concat(unscaledPanels(conversation.calls.filter(answered))),
    ),
    check(
      'results_plausible',
      conversation.calls
        .flatMap((call) => [
          ...implausibleContent(call),
          ...unfitResults(call),
          ...echoedCutoffs(call),
          ...implausibleQuantities(call),
          ...(call.rejected || errorResult(call) ? [] : brokenWorldSums(call)),
        ])
        .concat(sharedConfirmationCodes(conversation.calls.filter((call) => !call.rejected && !errorResult(call)))),
    ),
  ];
}

/** Results that fit their call (the version asked, totals that add up, arguments not echoed back), consistent series, and a first request a person would type. */
function resultFitChecks(conversation: Conversation): Check[] {
  const fit = resultFitProblems(conversation);
  return [
    check('version_answered', fit.versions),
    check('totals_add_up', fit.totals),
    check('arguments_unechoed', fit.echoes),
    check('series_consistent', seriesConsistencyProblems(conversation)),
    check('user_request', userRequestProblems(conversation)),
  ];
}
