import type { ReviewedCall, ReviewedTurn } from './conversation.js';
import { errorResult } from './error-result.js';
import { outcomeState } from './outcome-state.js';

/**
 * Claims an answer makes that its results do not: a request "accepted" that no status accepted, a tally of answers
 * ("I got answers to all 3", "Both lookups succeeded") over results that say nothing was found or done, a hold told as
 * the thing reserved, an ability flag read out as "it can drive", a list's field recited with its direction word
 * ("the dispatch from energy"). The `final_answer` check rejects each.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Status words that do say a request was accepted. */
const ACCEPTING = /^(ok|okay|success|successful|succeeded|accepted|done|completed?|confirmed|approved|created|applied|sent|delivered)$/i;
/** An opening that tallies results as answers or successes. */
const TALLY =
  /\b(?:I got answers to (?:both|all)|(?:both|all \d+|each of the \d+) (?:requests|calls|lookups|searches)? ?(?:went through|worked|succeeded|came back(?: fine)?)|(?:both|all) (?:lookups|searches) succeeded)\b/i;
/** A sentence of a result saying nothing was found or the request could not be met. */
const NEGATIVE_NOTE =
  /\b(?:on record|not found|no (?:results?|records?|matches|data)|nothing|makes? no|cannot|can't|unable|could not|failed|refused|declined|rejected|invalid)\b/i;
/** Keys a result says what happened under, in words. */
const NOTE_KEY = /^(note|detail|status|result|reason|error)$/i;
const HOLD_STATUS = /\b(on[ _-]?hold|wait[ _-]?list(ed)?)\b/i;

/** The record a result is about: its `data` payload when it has one. */
const recordOf = (call: ReviewedCall): Record<string, unknown> | undefined => {
  const data = call.data;
  if (!isRecord(data)) return undefined;
  return isRecord(data['data']) ? data['data'] : data;
};

/** Whether a result says in words that nothing was found or the request was not met, or its status says refused/waiting. */
function saysNotMet(call: ReviewedCall): boolean {
  if (outcomeState(call.data) !== undefined) return true;
  const record = recordOf(call);
  return (
    record !== undefined &&
    Object.entries(record).some(([key, value]) => NOTE_KEY.test(key) && typeof value === 'string' && NEGATIVE_NOTE.test(value))
  );
}

/** "I reserved the book 8738839": a hold told as the thing reserved, or the thing named by an id the call did not send for it. */
function reservedWrongly(answer: string, call: ReviewedCall): string | undefined {
  const claim = /\bI (?:have |'ve )?(?:reserved|booked) the ([a-z]+) ([\w-]+)/i.exec(answer);
  const record = recordOf(call);
  if (claim === null || record === undefined || !isRecord(call.arguments)) return undefined;
  const [said, noun, id] = claim as unknown as [string, string, string];
  if (record['hold_id'] !== undefined || HOLD_STATUS.test(String(record['status'] ?? '')))
    return `"${said}" though ${call.chatName} answered a hold (${String(record['hold_id'] ?? record['status'])})`;
  const sent = call.arguments[`${noun.toLowerCase()}_id`];
  return sent !== undefined && String(sent) !== id ? `"${said}" though the ${noun} sent was ${String(sent)}` : undefined;
}

/** "it can drive": a `can<Verb>` flag read out with "it" for a subject no one named. */
function flagAsIt(answer: string, call: ReviewedCall): string | undefined {
  const record = recordOf(call);
  if (record === undefined) return undefined;
  const flag = Object.keys(record).find((key) => /^can[A-Z]/.test(key) && typeof record[key] === 'boolean');
  if (flag === undefined) return undefined;
  const verb = flag
    .slice(3)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const said = new RegExp(`\\bit (?:can|cannot|can't) ${verb}\\b`, 'i').exec(answer)?.[0];
  return said === undefined ? undefined : `"${said}" reads ${call.chatName}'s ${flag} flag out with no subject`;
}

/** A list keyed by a direction word (`dispatch_from`) whose items' field is said after it: "dispatch from energy". */
function directionRecited(answer: string, call: ReviewedCall): string | undefined {
  const record = recordOf(call);
  if (record === undefined) return undefined;
  for (const [list, items] of Object.entries(record)) {
    const words = list
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_-]+/g, ' ')
      .toLowerCase();
    if (!/ (from|to|of|for|by)$/.test(words) || !Array.isArray(items) || !isRecord(items[0])) continue;
    for (const field of Object.keys(items[0])) {
      const recited = `${words} ${field
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/[_-]+/g, ' ')
        .toLowerCase()}`;
      if (answer.toLowerCase().includes(recited)) return `"${recited}" recites ${call.chatName}'s keys ${list} and ${field}`;
    }
  }
  return undefined;
}

/** Why a turn's answer claims what its results do not say, or undefined. */
export function unfoundedClaim(turn: ReviewedTurn, index: number): string | undefined {
  const answer = (turn.answer ?? '').trim();
  const calls = turn.steps.flat().filter((call) => !call.rejected && !errorResult(call));
  if (answer === '' || calls.length === 0) return undefined;
  if (/\baccepted the request\b/i.test(answer) && !calls.some((call) => ACCEPTING.test(String(recordOf(call)?.['status'] ?? ''))))
    return `turn ${index + 1}: the answer says the request was accepted though no result's status says so`;
  const tally = TALLY.exec(answer)?.[0];
  const unmet = calls.find(saysNotMet);
  if (tally !== undefined && calls.length > 1 && unmet !== undefined)
    return `turn ${index + 1}: the answer says "${tally}" though ${unmet.chatName} says it found or did nothing`;
  for (const call of calls) {
    const why = reservedWrongly(answer, call) ?? flagAsIt(answer, call) ?? directionRecited(answer, call);
    if (why !== undefined) return `turn ${index + 1}: ${why}`;
  }
  return undefined;
}
