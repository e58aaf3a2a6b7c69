// Counts records in a run's ACCEPTED tool results whose status the fields beside it contradict
// (docs/benchmarks.md, "Result defects"): a fax whose status its direction cannot hold (inbound
// "sending", outbound "receiving"), a job submitted or running that already has an end time or done
// documents, a requisition not yet linked that lists accounts, a call ringing that lasted, and a
// record whose own link names another id. Independent of the checks.
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
        /^(ringing|queued|no-answer|busy|cancell?ed)$/i.test(status) &&
        /^(call)?duration$/.test(norm(key)) &&
        typeof value === 'number' &&
        value > 0 &&
        !('origin' in object)
      )
        note('not run, with a duration', id, `${call}: ${status}, ${key} ${value}`);
    }
    if (/^(CR|GC|UA|RJ|SA|GA)$/.test(status) && Array.isArray(object.accounts) && object.accounts.length > 0 && 'link' in object)
      note('requisition not linked, with accounts', id, `${call}: ${status}, ${object.accounts.length} accounts`);
  });
}

for (const line of lines) {
  const record = JSON.parse(line);
  const calls = new Map();
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) calls.set(call.id, call.function);
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined) continue;
    statusDefects(record.id, `${fn?.name}(${JSON.stringify(parsed.sent).slice(0, 60)})`, parsed.data);
  }
}

printDefects(defects, { count: lines.length, file, args });
