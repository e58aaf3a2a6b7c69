import type { Conversation, ReviewedCall, ReviewedTurn } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';

/**
 * What a change's result says became of it, beyond "done": refused (`RJ`, `rejected`, `available:
 * false`), still waiting (`in review`, `PENDING`, `queued`) or already there (`found`). The offline
 * assistant tells it so, and the `final_answer` check rejects an answer that claims the change anyway.
 */
export type OutcomeState = 'refused' | 'waiting' | 'existing';

/** Statuses of a change refused or broken (`RJ`, `ER`: a lifecycle's rejected and error codes). */
const REFUSED =
  /^(rj|er|error|errored|fail|failed|failure|fault|rejected|declined|denied|refused|invalid|expired|unavailable|payment[ _-]?abandoned)$/i;
/** Statuses of a change not carried out yet. */
const WAITING =
  /^(in[ _-]?review|under[ _-]?review|pending|queued|processing|in[ _-]?progress|awaiting[ _a-z-]*|submitted|payment[ _-]?required)$/i;
/** Statuses of a record that was there before the call. */
const EXISTING = /^(found|exists|already[ _-]?exists|duplicate)$/i;
/** Flags whose `false` says the change did not happen. */
const FAILED_FLAG = /^(available|success|succeeded|ok|confirmed|booked|accepted|created|deleted|removed|sent)$/i;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The state a result's status or flags give a change, with what says it (`status "RJ"`, `available false`); undefined when it reads as done. */
export function outcomeState(data: unknown): { state: OutcomeState; why: string; status?: string } | undefined {
  if (!isRecord(data)) return undefined;
  for (const record of [data, data['data']]) {
    if (!isRecord(record)) continue;
    for (const [key, value] of Object.entries(record)) {
      if (/^(status|state)$/i.test(key) && typeof value === 'string') {
        const status = value.trim();
        const state = REFUSED.test(status) ? 'refused' : WAITING.test(status) ? 'waiting' : EXISTING.test(status) ? 'existing' : undefined;
        if (state !== undefined) return { state, why: `${key} "${value}"`, status: value };
      }
      if (value === false && FAILED_FLAG.test(key)) return { state: 'refused', why: `${key} false` };
    }
  }
  return undefined;
}

/** A result that holds nothing: `{}`, or only empty maps, empty lists and nulls (`{"regions": {}}`). */
export function holdsNothing(data: unknown): boolean {
  if (!isRecord(data)) return Array.isArray(data) && data.length === 0;
  return Object.values(data).every(
    (value) => value === null || (isRecord(value) && Object.keys(value).length === 0) || (Array.isArray(value) && value.length === 0),
  );
}

/** Claims that a change was carried out, by the state that belies them ("submitted" is true of a change still in review). */
const CLAIMS: Record<OutcomeState, RegExp> = {
  refused:
    /\b(?:I (?:have |'ve )?(?:created|deleted|updated|booked|sent|submitted|added|removed|placed|reserved|registered)|(?:was|were|been) (?:created|deleted|updated|booked|sent|submitted|accepted|added|removed|placed|reserved|registered|approved|confirmed)(?! (?:on|at|by|in)\b)|Done[.:]|All set|went through)/i,
  waiting:
    /\b(?:I (?:have |'ve )?(?:created|deleted|booked|removed|reserved)|(?:was|were|been) (?:created|deleted|booked|removed|approved|confirmed|completed)(?! (?:on|at|by|in)\b)|Done[.:]|All set|went through)/i,
  existing: /\b(?:I (?:have |'ve )?created|(?:was|were|been) created(?! (?:on|at|by|in)\b)|Done: I created)/i,
};
/** An answer that says nothing came back. */
const SAYS_NONE = /\b(no|none|nothing|empty|zero|not any)\b/i;

/** The sentences of `answer` about `call`: all of it for a turn of one call, else those naming its result's id, name or status. */
function sentencesAbout(answer: string, call: ReviewedCall, single: boolean): string {
  if (single) return answer;
  const record = isRecord(call.data) && isRecord(call.data['data']) ? call.data['data'] : call.data;
  const marks = isRecord(record)
    ? Object.entries(record)
        .filter(
          ([key, value]) =>
            /^(id|status|state|name|title)$|(_id|Id)$/.test(key) && (typeof value === 'string' || typeof value === 'number'),
        )
        .map(([, value]) => String(value))
        .filter((value) => value.length >= 2)
    : [];
  return answer
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => marks.some((mark) => sentence.includes(mark)))
    .join(' ');
}

/**
 * Why a turn's answer tells an outcome its results deny, or undefined: it claims a change (created,
 * deleted, booked, "Done") whose result says it was refused, is still waiting or was there already;
 * or it tells a read that returned nothing as anything but "none".
 */
export function misreportedOutcome(turn: ReviewedTurn, index: number, conversation: Conversation): string | undefined {
  const answer = (turn.answer ?? '').trim();
  const calls = turn.steps.flat().filter((call) => !call.rejected && !errorResult(call));
  if (answer === '' || calls.length === 0) return undefined;
  for (const call of calls) {
    const { action } = toolAction(call, conversation);
    if (action === 'read' || action === 'list') {
      if (holdsNothing(call.data) && !SAYS_NONE.test(answer))
        return `turn ${index + 1}: ${call.chatName} returned nothing (${call.result.slice(0, 40)}) but the answer does not say so`;
      continue;
    }
    // an update leaves the record in whatever state it had: its status is no outcome of the change
    if (action === 'update') continue;
    const outcome = outcomeState(call.data);
    if (outcome === undefined) continue;
    // "so nothing new was created" denies the claim it holds
    const about = sentencesAbout(answer, call, calls.length === 1).replace(/\bnothing(?: new)? (?:was|were) [a-z]+/gi, '');
    const claim = CLAIMS[outcome.state].exec(about)?.[0];
    if (claim !== undefined)
      return `turn ${index + 1}: the answer says "${claim}" though ${call.chatName} answered ${outcome.why} (${outcome.state})`;
  }
  return undefined;
}
