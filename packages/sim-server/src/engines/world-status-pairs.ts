import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * A record's status agrees with the fields beside it (docs/sim-server.md, "Results that fit the call"),
 * as a table by field pair: a fax's status is one its direction can hold (an inbound fax is never
 * "sending", an outbound one never "receiving"), a job still waiting or running has no end time, and a
 * bank-link requisition not yet linked lists no accounts. Each function works in place.
 */
type Json = Record<string, unknown>;

/** A status the record's other field rules out, and the status of the same stage that field allows. */
interface DirectionRule {
  /** The field beside the status (squashed) and the values of it this rule is about. */
  field: RegExp;
  value: RegExp;
  /** The status this value of the field cannot hold → the one it holds at that stage. */
  counterpart: Readonly<Record<string, string>>;
}

/**
 * Twilio's fax states: outbound queued→processing→sending→delivered (or no-answer, busy, failed, canceled); inbound
 * receiving→received (or failed). An outbound end state read on an inbound fax is the fax received: a drawn "failed" would
 * read as an error body.
 */
export const DIRECTION_RULES: readonly DirectionRule[] = [
  {
    field: /^direction$/,
    value: /^inbound$/i,
    counterpart: {
      queued: 'receiving',
      processing: 'receiving',
      sending: 'receiving',
      delivered: 'received',
      'no-answer': 'received',
      busy: 'received',
      canceled: 'received',
    },
  },
  { field: /^direction$/, value: /^outbound/i, counterpart: { receiving: 'sending', received: 'delivered' } },
];

/** A status that says something has not happened yet, and the fields that would say it had. */
interface StageRule {
  status: RegExp;
  field: RegExp;
  /** What the field holds before that: nothing (the field left out), an empty list, or zero. */
  empty: 'absent' | 'list' | 'zero';
}

/** Requisition states before the accounts are linked: created, giving consent, undergoing authentication, rejected, selecting accounts, granted access. */
const UNLINKED = /^(CR|GC|UA|RJ|SA|GA)$/;
export const STAGE_RULES: readonly StageRule[] = [
  // a job submitted, queued or running (or asked to stop) has not ended
  {
    status: /^(submitted|queued|in[_-]?progress|running|stop_?requested|initiated)$/i,
    field: /^(endtime|endedat|completedat|completiontime|completedtime|finishedat|finishtime)$/,
    empty: 'absent',
  },
  { status: UNLINKED, field: /^accounts$/, empty: 'list' },
  // a fax still on its way has taken no transmission time yet (a call never answered is `world-status.ts`'s)
  { status: /^(processing|sending|receiving)$/i, field: /^duration$/, empty: 'zero' },
  // a job not yet started has translated (or failed) no documents
  {
    status: /^(submitted|queued)$/i,
    field: /^(translateddocumentscount|documentswitherrorscount|processeddocumentscount)$/,
    empty: 'zero',
  },
];

const statusOf = (object: Json): [string, string] | undefined =>
  Object.entries(object).find(
    (entry): entry is [string, string] => /^(status|state|jobstatus)$/.test(squashKey(entry[0])) && typeof entry[1] === 'string',
  );

/** A status the record's direction cannot hold becomes that stage's status for its direction. */
export function statusFitsDirection(value: unknown, args: Json = {}): void {
  eachObject(value, (object) => {
    const status = statusOf(object);
    if (status === undefined) return;
    for (const rule of DIRECTION_RULES) {
      const field = Object.keys(object).find((key) => rule.field.test(squashKey(key)));
      const side = field === undefined ? undefined : object[field];
      if (typeof side !== 'string' || !rule.value.test(side)) continue;
      const replacement = rule.counterpart[status[1].toLowerCase()];
      if (replacement === undefined) continue;
      // a status the call asked for stays; the direction is then the one that holds it
      if (Object.values(args).includes(status[1])) object[field!] = /^inbound$/i.test(side) ? 'outbound' : 'inbound';
      else object[status[0]] = replacement;
    }
  });
}

/** A record whose status says it has not got that far holds nothing in the fields that would say it had. */
export function statusFitsStage(value: unknown): void {
  eachObject(value, (object) => {
    const status = statusOf(object);
    if (status === undefined) return;
    for (const rule of STAGE_RULES.filter((candidate) => candidate.status.test(status[1]))) {
      emptied(object, rule);
      // the counts of a job sit one level down (`JobDetails.TranslatedDocumentsCount`)
      for (const entry of Object.values(object)) if (isJsonObject(entry)) emptied(entry, rule);
    }
  });
}

function emptied(object: Json, rule: StageRule): void {
  for (const [key, entry] of Object.entries(object)) {
    if (!rule.field.test(squashKey(key)) || entry === null) continue;
    if (rule.empty === 'absent') delete object[key];
    else if (rule.empty === 'list' && Array.isArray(entry)) object[key] = [];
    else if (rule.empty === 'zero' && typeof entry === 'number') object[key] = 0;
    else if (rule.empty === 'zero' && typeof entry === 'string' && /^\d+$/.test(entry)) object[key] = '0';
  }
}

/** A fax sent or received took time for its pages: 20 to 90 seconds a page (Twilio's `duration`, in seconds). */
export function durationFitsPages(value: unknown): void {
  eachObject(value, (object) => {
    const [pages, duration, status] = [object['num_pages'], object['duration'], statusOf(object)?.[1]];
    if (typeof pages !== 'number' || pages <= 0 || typeof duration !== 'number' || !/^(delivered|received)$/i.test(status ?? '')) return;
    object['duration'] = Math.min(Math.max(duration, 20 * pages), 90 * pages);
  });
}

/** The status rules above, in order. */
export function statusPairs(value: unknown, args: Json = {}): void {
  statusFitsDirection(value, args);
  statusFitsStage(value);
  durationFitsPages(value);
}
