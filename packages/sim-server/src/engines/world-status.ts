type Json = Record<string, unknown>;

/** Statuses of something that never ran: a call or fax not answered, busy, cancelled or still waiting to start. */
export const NOT_RUN_STATUS = /^(no[-_ ]?answer|busy|canceled|cancelled|queued|pending|scheduled|initiated|ringing|not[-_ ]?started)$/i;
/** Fields holding how long it ran (`duration`, `call_duration`, `duration_seconds`). */
export const DURATION_FIELD = /^(call_?)?duration(_?(s|sec|secs|seconds|ms|minutes))?$/i;

/**
 * A status agrees with the numbers beside it (docs/sim-server.md): a record whose `status`/`state`
 * says it never ran (`no-answer`, `busy`, `queued`, `canceled`) lasted 0, not the 3600 seconds a
 * generator drew.
 */
export function statusAgreesWithNumbers(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(statusAgreesWithNumbers);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Json;
  const status = Object.entries(record).find(([key, entry]) => /^(status|state)$/i.test(key) && typeof entry === 'string')?.[1];
  // a scheduled trip (a flight with its origin or departure) lasts what its timetable says before it runs
  const trip = Object.keys(record).some((key) => /^(origin|destination|departure_?time|arrival_?time|flight_?number)$/i.test(key));
  if (typeof status === 'string' && NOT_RUN_STATUS.test(status.trim()) && !trip)
    for (const [key, entry] of Object.entries(record))
      if (DURATION_FIELD.test(key) && typeof entry === 'number' && entry > 0) record[key] = 0;
  Object.values(record).forEach(statusAgreesWithNumbers);
}
