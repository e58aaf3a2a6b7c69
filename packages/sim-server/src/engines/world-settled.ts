import { eachObject, squashKey } from '@inftool/core';

/**
 * A record the session saw settled stays settled (docs/sim-server.md, "Results that fit the call"): a
 * message shown `CANCELLED` or `DELIVERED` is never later `in_progress` or `SCHEDULED`, not even in the
 * answer of a delete; only a tool that retries, resumes, reopens or resends starts it again. Works in
 * place; the session's memory of settled records is kept per world.
 */
type Json = Record<string, unknown>;

/** A status that ends a record's run. */
export const SETTLED = /^(cancell?ed|delivered|completed?|failed|rejected|expired|received|sent|succeeded|finished|stopped|closed|done)$/i;
/** A status of a record still on its way. */
export const UNDER_WAY =
  /^(queued|pending|scheduled|submitted|in[_ -]?progress|processing|sending|receiving|running|ringing|initiated|accepted)$/i;
/** The fields that name the record itself (never a batch or a customer it belongs to). */
const OWN_ID = /^(id|sid|uuid|guid|messageid|jobid|bookingid|orderid|faxid|callid)$/;
/** Tools that start a settled record again. */
const RESTARTS = /(retry|retries|resume|reopen|restart|resend|rerun|reschedule|replay)/i;

const memory = new WeakMap<object, Map<string, string>>();

const statusKey = (object: Json): string | undefined =>
  Object.keys(object).find((key) => /^(status|state)$/.test(squashKey(key)) && typeof object[key] === 'string');
const ownIds = (object: Json): string[] =>
  Object.entries(object)
    .filter(([key, entry]) => OWN_ID.test(squashKey(key)) && (typeof entry === 'string' || typeof entry === 'number'))
    .map(([, entry]) => String(entry));

/** A record of `value` shown settled before (by the session of `world`) and now under way is shown settled again. */
export function settledStaySettled(value: unknown, world: object, tool: string): void {
  const settled = memory.get(world);
  if (settled === undefined || RESTARTS.test(tool)) return;
  eachObject(value, (object) => {
    const key = statusKey(object);
    if (key === undefined || !UNDER_WAY.test(object[key] as string)) return;
    const before = ownIds(object)
      .map((id) => settled.get(id))
      .find((status) => status !== undefined);
    if (before !== undefined) object[key] = before;
  });
}

/** Remembers the records of `value` shown settled, by their own ids. */
export function rememberSettled(value: unknown, world: object): void {
  const settled = memory.get(world) ?? new Map<string, string>();
  memory.set(world, settled);
  eachObject(value, (object) => {
    const key = statusKey(object);
    if (key === undefined || !SETTLED.test(object[key] as string)) return;
    for (const id of ownIds(object)) settled.set(id, object[key] as string);
  });
}
