// Counts outcomes told wrong in a run's ACCEPTED records: a failure, a refusal, a pending state or nothing at all
// told as a success. Its own plain detectors, independent of the checks. Per answered turn:
//   failure told as done   the answer claims the change ("I created", "was deleted", "booked") while a result
//                          of the turn says it did not happen: a failed or rejected status (`RJ`, `ER`,
//                          `rejected`), `available: false`, `success: false`
//   pending told as done   the same claim while the status says it still waits (`in review`, `pending`, `queued`)
//   found told as created  "I created" while the status says the record was already there (`found`, `exists`)
//   empty told as done     a result that holds nothing (`{}`, `{"regions": {}}`) said as a success, not as "none"
//   parent id as subject   "Tag <transactionId> was deleted": the record named by the id of the record it hangs on
// And per call, what the simulated server sent (in accepted records, and with --rejected in rejected ones too):
//   server: write not done   a create, delete, book or send whose result says it failed or waits (an update
//                            keeps its record's state and is not counted),
//                            in a call no planned fault touches
//   server: bare empty       a read whose result is `{}` or only empty maps (`{"regions": {}}`)
// Run: node bench/outcome-defects.mjs RUN_DIR [--rejected] [--examples N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDefectRun, createDefects, readRecords, parseToolResult, printDefects, words, isObject } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('outcome-defects');
const rejectedFile = join(dirname(file), 'rejected.jsonl');
const rejectedLines =
  args.includes('--rejected') && existsSync(rejectedFile) ? readFileSync(rejectedFile, 'utf8').split('\n').filter(Boolean) : [];
const { defects, note } = createDefects(exampleCount, 260);

/** Statuses of a change that did not happen. */
const FAILED = /^(rj|er|error|errored|fail|failed|failure|rejected|declined|denied|refused|invalid|unavailable|not[ _-]?found)$/i;
/** Statuses of a change still waiting. */
const PENDING = /^(in[ _-]?review|under[ _-]?review|pending|queued|processing|in[ _-]?progress|awaiting[ _a-z-]*|submitted|received)$/i;
/** Statuses saying the record was there before. */
const EXISTING = /^(found|exists|already[ _-]?exists|duplicate)$/i;
/** An answer's claim that the change was made. */
const CLAIMS =
  /\b(?:I (?:have |'ve )?(?:created|deleted|updated|booked|sent|submitted|accepted|added|removed|registered|reserved|cancell?ed)|(?:was|were|been) (?:created|deleted|updated|booked|sent|submitted|accepted|added|removed|registered|reserved|approved|confirmed)|Done[.:]|All set\.|That went through)/i;
const CREATES = /\bI (?:have |'ve )?created\b|\bDone: I created\b|\bwas created\b/i;
/** An answer that says nothing came back. */
const SAYS_NONE = /\b(no|none|nothing|empty|zero|not any)\b/i;
/** Verbs of tools that change something. */
const WRITE =
  /^(create|add|post|put|patch|update|edit|modify|set|delete|remove|cancel|book|reserve|submit|send|accept|approve|register|insert|upload|schedule|order|purchase|buy|transfer|pay)$/;
/** Verbs of an update: the record keeps the state it had (a pending booking changed is still pending), no outcome of the call. */
const CHANGE = /^(put|patch|update|edit|modify|set)$/;
const READ = /^(get|list|fetch|find|search|retrieve|show|read|lookup|query|browse)$/;

function statusOf(data) {
  if (!isObject(data)) return undefined;
  for (const record of [data, data.data, data.result])
    if (isObject(record))
      for (const key of ['status', 'state', 'result'])
        if (typeof record[key] === 'string' && record[key].length <= 30) return record[key].trim();
  return undefined;
}

/** A flag of the result saying the change did not happen (`available: false`, `success: false`). */
function falseFlag(data) {
  if (!isObject(data)) return undefined;
  for (const record of [data, data.data])
    if (isObject(record))
      for (const key of ['success', 'ok', 'available', 'accepted', 'confirmed', 'booked', 'created', 'deleted', 'sent'])
        if (record[key] === false) return `${key}: false`;
  return undefined;
}

/** A result holding nothing: `{}`, or only empty maps and nulls (`{"regions": {}}`). */
function bareEmpty(data) {
  if (!isObject(data)) return false;
  const values = Object.values(data);
  return values.every((value) => value === null || (isObject(value) && Object.keys(value).length === 0));
}

const toolVerb = (name) =>
  words(name)
    .split(' ')
    .find((word) => WRITE.test(word) || READ.test(word));

/** The turns of a record: each user request with its calls (function, arguments, result) and the answer. */
function turnsOf(messages) {
  const turns = [];
  let turn;
  const functions = new Map();
  for (const message of messages) {
    if (message.role === 'user') turns.push((turn = { calls: [], answer: undefined }));
    else if (message.role === 'assistant' && message.tool_calls)
      for (const call of message.tool_calls) functions.set(call.id, call.function);
    else if (message.role === 'tool' && turn) {
      const fn = functions.get(message.tool_call_id);
      const parsed = parseToolResult(message, fn);
      if (parsed) turn.calls.push({ name: fn?.name ?? '?', ...parsed });
    } else if (message.role === 'assistant' && typeof message.content === 'string' && turn) turn.answer = message.content;
  }
  return turns;
}

function countAnswers(id, turns) {
  for (const { calls, answer } of turns) {
    if (answer === undefined || calls.length === 0) continue;
    for (const { name, data } of calls) {
      const verb = toolVerb(name);
      if (verb !== undefined && READ.test(verb)) {
        if (bareEmpty(data) && !SAYS_NONE.test(answer)) note('empty told as done', id, `${name} ${JSON.stringify(data)}: ${answer}`);
        continue;
      }
      const status = statusOf(data);
      const flag = falseFlag(data);
      const claim = CLAIMS.exec(answer)?.[0];
      if (claim && ((status && FAILED.test(status)) || flag))
        note('failure told as done', id, `${name} ${flag ?? `status ${status}`}: "${claim}" in ${answer}`);
      else if (claim && status && PENDING.test(status) && !new RegExp(`\\b(is|are|was|still)\\b[^.]{0,20}${status}`, 'i').test(answer))
        note('pending told as done', id, `${name} status ${status}: ${answer}`);
      if (status && EXISTING.test(status) && CREATES.test(answer.replace(/\bnothing(?: new)? (?:was|were) [a-z]+/gi, '')))
        note('found told as created', id, `${name} status ${status}: ${answer}`);
    }
    // "Tag 772c… was deleted" where 772c… is the transactionId the tag hangs on
    for (const match of answer.matchAll(/\b([A-Z][a-z]+) (\S+) was (?:deleted|removed|updated|created)/g)) {
      const [, noun, value] = match;
      for (const { sent } of calls)
        for (const [key, given] of Object.entries(isObject(sent) ? sent : {}))
          if (
            String(given) === value &&
            !/^(id|sid|uuid|guid|key)$/i.test(key) &&
            !words(key).includes(noun.toLowerCase().replace(/s$/, ''))
          )
            note('parent id as subject', id, `${key}=${value}: ${answer}`);
    }
  }
}

/** Calls a planned fault touches: `turn:call` of `task.faults`. */
const faulted = (task) => new Set((task?.faults ?? []).map((fault) => fault.turn));

function countServer(id, turns, task, where) {
  const touched = faulted(task);
  turns.forEach(({ calls }, index) => {
    if (touched.has(index)) return;
    for (const { name, data } of calls) {
      const verb = toolVerb(name);
      const status = statusOf(data);
      const flag = falseFlag(data);
      if (
        verb !== undefined &&
        WRITE.test(verb) &&
        !CHANGE.test(verb) &&
        ((status && (FAILED.test(status) || PENDING.test(status))) || flag)
      )
        note(`server: write not done${where}`, id, `${name} ${flag ?? `status ${status}`}`);
      if (verb !== undefined && READ.test(verb) && bareEmpty(data))
        note(`server: bare empty${where}`, id, `${name} ${JSON.stringify(data)}`);
    }
  });
}

const { records } = readRecords(lines);
for (const { record, id, messages } of records) {
  const turns = turnsOf(messages);
  countAnswers(id, turns);
  countServer(id, turns, record.task, '');
}
for (const { record, id, messages } of readRecords(rejectedLines).records) countServer(id, turnsOf(messages), record.task, ' (rejected)');

printDefects(defects, { count: records.length, file, args });
