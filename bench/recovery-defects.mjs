// Counts planned failures told or handled wrong in a run's ACCEPTED error_recovery records. Its own plain
// detectors, independent of the checks. Per failed call (an HTTP status line as the result):
//   read told as maybe-made   a lookup (the tool's description leads with get/analyse/calculate…) answered with
//                             "the change may still have gone through": no retry, the user asked to check
//   change told as lookup     "I could not get/retrieve …" for a call whose name or lead verb changes something
//                             (accept, retweet, reserve, add, book…)
//   change told as create     "I could not create the …" for a change that creates nothing of that name
//                             (a reservation, a retweet): the wrong verb and a made-up noun
//   lookup told as change     "I could not create/update/delete …" for a lookup
//   404 value misnamed        "I could not get transaction X: there is no account 'X'": the value said as another thing
//   retry changed arguments   a 429/5xx/504 retried with arguments other than the failed call's
//   failure not told          the next assistant text after the failure says nothing failed
// Run: node bench/recovery-defects.mjs RUN_DIR [--examples N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDefectRun, createDefects, readRecords, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('recovery-defects');
const { defects, note } = createDefects(exampleCount, 260);

const READ_LEAD =
  /^(?:this (?:function|tool|endpoint) )?(get|gets|fetch|find|finds|look|retrieve|retrieves|return|returns|show|list|lists|search|calculate|calculates|compute|analy[sz]e|analy[sz]es|sort|sorts|detect|apply|applies|estimate|predict|check)\b/i;
const CHANGE_NAME =
  /(^|_)(create|add|accept|approve|retweet|reserve|book|buy|purchase|order|send|post_message|cancel|delete|remove|update|edit|patch|transfer|pay|sign|submit|register)(_|$)/i;
const CREATE_NAME = /(^|_)(create|add|new|insert|register|upload|post)(_|$)/i;
const MAYBE_MADE = /may (still )?have gone through|avoid making it twice/i;
const TOLD_FAILED =
  /\b(could ?n[o']t|not|failed|error|timed out|too long|rate|slow down|unavailable|internal|went wrong|service|no answer)\b/i;
const STATUS = /^(\d{3}) /;

function toolsOf(record) {
  const ref = record.tools?.$ref;
  const path = ref ? join(dirname(file), ref) : undefined;
  const list = path && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : Array.isArray(record.tools) ? record.tools : [];
  return new Map(list.map((tool) => [tool.name ?? tool.function?.name, tool.description ?? tool.function?.description ?? '']));
}

function callsOf(messages) {
  const calls = new Map();
  for (const message of messages) for (const call of message.tool_calls ?? []) calls.set(call.id, call.function ?? call);
  return calls;
}

function countFailure(id, messages, index, call, description) {
  const status = STATUS.exec(messages[index].content)[1];
  const name = call.name;
  const after = messages.slice(index + 1);
  const text =
    after.find((message) => message.role === 'assistant' && typeof message.content === 'string' && message.content !== '')?.content ?? '';
  const reads = READ_LEAD.test(description.trim()) && !CHANGE_NAME.test(name);
  const changes =
    CHANGE_NAME.test(name) ||
    (!READ_LEAD.test(description.trim()) && /^(accept|retweet|reserve|book|buy|order|send)/i.test(description.trim()));
  const sentence = text.split(/(?<=[.?!])\s/)[0] ?? '';
  if (reads && MAYBE_MADE.test(text)) note('read told as maybe-made', id, `${name}: ${sentence}`);
  if (changes && /\bI could not (get|retrieve|fetch)\b/.test(sentence)) note('change told as lookup', id, `${name}: ${sentence}`);
  if (changes && !CREATE_NAME.test(name) && /\bI could not create\b/.test(sentence))
    note('change told as create', id, `${name}: ${sentence}`);
  if (reads && /\bI could not (create|update|delete)\b/.test(sentence)) note('lookup told as change', id, `${name}: ${sentence}`);
  const [, kind, value] = /404[^:]*:\s*(.+?) "([^"]+)" does not exist/.exec(messages[index].content) ?? [];
  if (value !== undefined) {
    const said = new RegExp(`\\b([a-z]+) ${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(sentence.split(/: there is no/)[0])?.[1];
    if (said && said !== kind.split(' ').at(-1) && !/^(for|of|the|up|with|to|on|id|key|sid|number)$/.test(said))
      note('404 value misnamed', id, `${name}: ${sentence}`);
  }
  if (/^(429|5\d\d)$/.test(status)) {
    const retry = after
      .flatMap((message) => message.tool_calls ?? [])
      .map((entry) => entry.function ?? entry)
      .find((entry) => entry.name === name);
    if (retry && retry.arguments !== call.arguments) note('retry changed arguments', id, `${name}: ${call.arguments} → ${retry.arguments}`);
  }
  if (!TOLD_FAILED.test(text)) note('failure not told', id, `${name}: ${text.slice(0, 160)}`);
}

const { records } = readRecords(lines);
let count = 0;
for (const { record, id, kind, messages } of records) {
  if (kind !== 'error_recovery') continue;
  count += 1;
  const tools = toolsOf(record);
  const calls = callsOf(messages);
  messages.forEach((message, index) => {
    if (message.role !== 'tool' || typeof message.content !== 'string' || !STATUS.test(message.content)) return;
    const call = calls.get(message.tool_call_id);
    if (call) countFailure(id, messages, index, call, tools.get(call.name) ?? '');
  });
}

printDefects(defects, { count, file, args });
