import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * A status the record's other fields contradict (`results_plausible`), judged with this file's own
 * small table, independent of the generator: an inbound fax "sending" or "delivered", an outbound one
 * "receiving"; a job submitted, queued or running that already has an end time or translated
 * documents; a bank-link requisition not yet linked (CR, GC, UA, RJ, SA, GA) that lists accounts; a
 * call still ringing or queued that lasted some seconds; a fax done in a time its pages rule out; a record whose own
 * link names another id.
 */
type Json = Record<string, unknown>;

const statusOf = (object: Json): string | undefined =>
  Object.entries(object).find(([key, entry]) => /^(status|state|jobstatus)$/.test(squashKey(key)) && typeof entry === 'string')?.[1] as
    string | undefined;

/** Statuses each direction of a fax or call can never hold. */
const NOT_INBOUND = /^(queued|processing|sending|delivered|no-answer|busy|canceled|cancelled)$/i;
const NOT_OUTBOUND = /^(receiving|received)$/i;
function directionProblems(object: Json, status: string): string[] {
  const direction = object['direction'];
  if (typeof direction !== 'string') return [];
  if (/^inbound$/i.test(direction) && NOT_INBOUND.test(status)) return [`an inbound record with status "${status}"`];
  if (/^outbound/i.test(direction) && NOT_OUTBOUND.test(status)) return [`an outbound record with status "${status}"`];
  return [];
}

const NOT_ENDED = /^(submitted|queued|in[_-]?progress|running|stop_?requested|initiated|ringing)$/i;
const END_FIELD = /^(endtime|endedat|completedat|completiontime|finishedat)$/;
const DONE_COUNT = /^(translateddocumentscount|documentswitherrorscount|processeddocumentscount)$/;
const NOT_RUN = /^(ringing|queued|processing|sending|receiving|no-answer|busy|canceled|cancelled)$/i;
function stageProblems(object: Json, status: string): string[] {
  const problems: string[] = [];
  const fields = [object, ...Object.values(object).filter(isJsonObject)].flatMap((holder) => Object.entries(holder));
  for (const [key, entry] of fields) {
    const name = squashKey(key);
    if (NOT_ENDED.test(status) && END_FIELD.test(name) && typeof entry === 'string' && entry !== '')
      problems.push(`a record "${status}" that already has ${key} ${entry}`);
    if (/^(submitted|queued)$/i.test(status) && DONE_COUNT.test(name) && Number(entry) > 0)
      problems.push(`a job "${status}" that already has ${key} ${String(entry)}`);
    if (NOT_RUN.test(status) && /^(call)?duration$/.test(name) && typeof entry === 'number' && entry > 0 && !('origin' in object))
      problems.push(`a record "${status}" that lasted ${entry}`);
  }
  // a fax done sending or receiving took time for its pages: some seconds each, never a minute for twenty or an hour for five
  const [pages, duration] = [object['num_pages'], object['duration']];
  if (/^(delivered|received)$/i.test(status) && typeof pages === 'number' && pages > 0 && typeof duration === 'number')
    if (duration < 10 * pages || duration > 180 * pages) problems.push(`a fax of ${pages} pages "${status}" in ${duration} seconds`);
  if (/^(CR|GC|UA|RJ|SA|GA)$/.test(status) && Array.isArray(object['accounts']) && object['accounts'].length > 0 && 'link' in object)
    problems.push(`a requisition "${status}" (not linked yet) that lists accounts`);
  return problems;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** A record's own `link` carrying one UUID that is neither the record's id nor any other value of it. */
function linkProblems(object: Json): string[] {
  const [id, link] = [object['id'], object['link'] ?? object['self']];
  if (typeof id !== 'string' || typeof link !== 'string' || !/^https?:/.test(link) || link.includes(id)) return [];
  const ids = link.match(UUID) ?? [];
  const values = new Set(Object.values(object));
  return ids.length === 1 && !values.has(ids[0]) && new RegExp(UUID.source, 'i').test(id)
    ? [`the link of ${id} names another id (${ids[0]})`]
    : [];
}

/** The records of `data` whose status contradicts the fields beside it. */
export function statusMismatches(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    problems.push(...linkProblems(object));
    const status = statusOf(object);
    if (status !== undefined) problems.push(...directionProblems(object, status), ...stageProblems(object, status));
  });
  return problems;
}
