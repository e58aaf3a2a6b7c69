// Counts records in a run's ACCEPTED tool results whose status the fields beside it contradict
// (docs/benchmarks.md, "Result defects"): a fax whose status its direction cannot hold (inbound
// "sending", outbound "receiving"), a job submitted or running that already has an end time or done
// documents, a requisition not yet linked that lists accounts, a call ringing that lasted, and a
// record whose own link names another id; across turns, a send answered with more receipts than
// recipients and a record whose parts drift off the day a write sent. Independent of the checks.
// Run: node bench/status-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, isObject, objects, parseToolResult, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('status-defects');
const { defects, note } = createDefects(exampleCount);
const norm = (key) => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function statusDefects(id, call, data) {
  objects(data, (object) => {
    const status = Object.entries(object).find(
      ([key, value]) => /^(status|state|jobstatus)$/.test(norm(key)) && typeof value === 'string',
    )?.[1];
    const link = object.link ?? object.self;
    if (typeof object.id === 'string' && typeof link === 'string' && /^https?:/.test(link) && !link.includes(object.id)) {
      const ids = link.match(UUID) ?? [];
      if (ids.length === 1 && !Object.values(object).includes(ids[0]) && /^[0-9a-f-]{36}$/i.test(object.id))
        note('own link naming another id', id, `${call}: id ${object.id}, link ${link}`);
    }
    if (status === undefined) return;
    const direction = typeof object.direction === 'string' ? object.direction : '';
    if (/^inbound$/i.test(direction) && /^(queued|processing|sending|delivered|no-answer|busy|cancell?ed)$/i.test(status))
      note('inbound record with an outbound status', id, `${call}: ${status}`);
    if (/^outbound/i.test(direction) && /^(receiving|received)$/i.test(status))
      note('outbound record with an inbound status', id, `${call}: ${status}`);
    const fields = [object, ...Object.values(object).filter(isObject)].flatMap((holder) => Object.entries(holder));
    for (const [key, value] of fields) {
      if (
        /^(submitted|queued|in[_-]?progress|running|stop_?requested|initiated|ringing)$/i.test(status) &&
        /^(endtime|endedat|completedat|completiontime|finishedat)$/.test(norm(key)) &&
        typeof value === 'string' &&
        value !== ''
      )
        note('not ended, with an end time', id, `${call}: ${status}, ${key} ${value}`);
      if (
        /^(submitted|queued)$/i.test(status) &&
        /^(translateddocumentscount|documentswitherrorscount|processeddocumentscount)$/.test(norm(key)) &&
        Number(value) > 0
      )
        note('job not started, with done documents', id, `${call}: ${status}, ${key} ${value}`);
      if (
        /^(ringing|queued|processing|sending|receiving|no-answer|busy|cancell?ed)$/i.test(status) &&
        /^(call)?duration$/.test(norm(key)) &&
        typeof value === 'number' &&
        value > 0 &&
        !('origin' in object)
      )
        note('not run or under way, with a duration', id, `${call}: ${status}, ${key} ${value}`);
    }
    if (/^(CR|GC|UA|RJ|SA|GA)$/.test(status) && Array.isArray(object.accounts) && object.accounts.length > 0 && 'link' in object)
      note('requisition not linked, with accounts', id, `${call}: ${status}, ${object.accounts.length} accounts`);
  });
}

// drift across turns: a send answered with more receipts than recipients, a record's parts off the day a write sent
const RECIPIENTS = /^(destination|destinations|recipient|recipients|to|tonumber|numbers|phonenumbers|msisdn|msisdns)$/;
function recipients(sent) {
  if (!isObject(sent)) return undefined;
  for (const [key, value] of Object.entries(sent)) {
    if (RECIPIENTS.test(norm(key)))
      return Array.isArray(value) ? value.length || undefined : typeof value === 'string' ? value.split(',').length : undefined;
    const inner = recipients(value);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
function receiptDefects(id, call, name, sent, data) {
  const count = recipients(sent);
  if (count === undefined || !isObject(data) || !/^(post|send|create|schedule)/i.test(name ?? '')) return;
  for (const holder of [data, ...Object.values(data).filter(isObject)])
    for (const list of Object.values(holder).filter(Array.isArray))
      if (
        list.length > count &&
        list.every((item) => isObject(item) && Object.keys(item).some((key) => /^(messageid|sid|smsid|msgid)$/.test(norm(key))))
      )
        note('send with more receipts than recipients', id, `${call}: ${count} recipient(s), ${list.length} receipts`);
}
function sentDays(sent, into) {
  if (!isObject(sent)) return;
  for (const [key, value] of Object.entries(sent))
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) into.add(`${norm(key)}=${value}`);
    else sentDays(value, into);
}
function heldDayDefects(id, call, data, days) {
  objects(data, (object) => {
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string' || !days.has(`${norm(key)}=${value}`)) continue;
      const off = [];
      for (const child of Object.values(object))
        objects(child, (inner) => {
          for (const [field, entry] of Object.entries(inner))
            if (norm(field) === norm(key) && typeof entry === 'string' && /^\d{4}-\d{2}-\d{2}/.test(entry) && entry.slice(0, 10) !== value)
              off.push(entry);
        });
      if (off.length > 0) note('part off the day a write sent', id, `${call}: ${key} ${value}, a part's ${off[0]}`);
    }
  });
}

// a record shown settled, later shown under way again by its own id (no retry, resume or resend between)
const OWN_ID = /^(id|sid|uuid|guid|messageid|jobid|bookingid|orderid|faxid|callid)$/;
function settledDefects(id, call, name, data, settled) {
  if (/(retry|resume|reopen|restart|resend|rerun|reschedule|replay)/i.test(name ?? '')) settled.clear();
  const shown = [];
  objects(data, (object) => {
    const status = Object.entries(object).find(([key, value]) => /^(status|state)$/.test(norm(key)) && typeof value === 'string')?.[1];
    const ids = Object.entries(object).filter(
      ([key, value]) => OWN_ID.test(norm(key)) && (typeof value === 'string' || typeof value === 'number'),
    );
    if (status === undefined || ids.length === 0) return;
    if (/^(queued|pending|scheduled|submitted|in[_ -]?progress|processing|sending|receiving|running|ringing|initiated)$/i.test(status))
      for (const [, value] of ids)
        if (settled.has(String(value)))
          note('settled record under way again', id, `${call}: ${value} ${settled.get(String(value))} → ${status}`);
    if (/^(cancell?ed|delivered|completed?|failed|rejected|expired|succeeded|finished|stopped|closed)$/i.test(status))
      shown.push(...ids.map(([, value]) => [String(value), status]));
  });
  for (const [key, status] of shown) settled.set(key, status);
}

for (const line of lines) {
  const record = JSON.parse(line);
  const calls = new Map();
  const days = new Set();
  const settled = new Map();
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) calls.set(call.id, call.function);
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined) continue;
    const call = `${fn?.name}(${JSON.stringify(parsed.sent).slice(0, 60)})`;
    statusDefects(record.id, call, parsed.data);
    receiptDefects(record.id, call, fn?.name, parsed.sent, parsed.data);
    if (/(create|update|post|put|patch|add|book|modify|change)/i.test(fn?.name ?? '')) sentDays(parsed.sent, days);
    heldDayDefects(record.id, call, parsed.data, days);
    settledDefects(record.id, call, fn?.name, parsed.data, settled);
  }
}

printDefects(defects, { count: lines.length, file, args });
