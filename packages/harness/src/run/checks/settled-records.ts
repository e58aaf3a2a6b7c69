import type { Conversation } from './conversation.js';
import { eachObject, squashKey } from '@inftool/core';

/**
 * (ag) A record shown settled (cancelled, delivered, completed, failed, expired) that a later result
 * of the conversation shows under way again (queued, scheduled, in progress, sending), by the same own
 * id (`id`, `sid`, `messageid`, `jobid`…; never a `batchid` it shares with siblings), unless a tool that
 * retries, resumes, reopens or resends ran between (docs/harness.md, `world_consistent`).
 */
type Json = Record<string, unknown>;
const DONE = /^(cancell?ed|delivered|completed?|failed|rejected|expired|succeeded|finished|stopped|closed)$/i;
const ONGOING = /^(queued|pending|scheduled|submitted|in[_ -]?progress|processing|sending|receiving|running|ringing|initiated)$/i;
const OWN_ID = /^(id|sid|uuid|guid|messageid|jobid|bookingid|orderid|faxid|callid)$/;
const RESTART = /(retry|retries|resume|reopen|restart|resend|rerun|reschedule|replay)/i;

function statusAndIds(object: Json): [string, string[]] | undefined {
  const status = Object.entries(object).find(([key, entry]) => /^(status|state)$/.test(squashKey(key)) && typeof entry === 'string')?.[1];
  if (typeof status !== 'string') return undefined;
  const ids = Object.entries(object)
    .filter(([key, entry]) => OWN_ID.test(squashKey(key)) && (typeof entry === 'string' || typeof entry === 'number'))
    .map(([, entry]) => String(entry));
  return ids.length > 0 ? [status, ids] : undefined;
}

/** (ag) Records that were shown settled and later shown under way again. */
export function unsettledRecords(conversation: Conversation): string[] {
  const problems: string[] = [];
  const settled = new Map<string, [string, string]>();
  for (const call of conversation.calls) {
    if (RESTART.test(call.chatName)) settled.clear();
    if (call.isError || call.data === undefined) continue;
    eachObject(call.data, (object) => {
      const found = statusAndIds(object);
      if (found === undefined) return;
      const [status, ids] = found;
      const before = ids.map((id) => [id, settled.get(id)] as const).find(([, entry]) => entry !== undefined);
      if (before !== undefined && ONGOING.test(status))
        problems.push(`${call.chatName}: ${before[0]} is "${status}" after ${before[1]![1]} showed it "${before[1]![0]}"`);
    });
    eachObject(call.data, (object) => {
      const found = statusAndIds(object);
      if (found !== undefined && DONE.test(found[0])) for (const id of found[1]) settled.set(id, [found[0], call.chatName]);
    });
  }
  return problems;
}
