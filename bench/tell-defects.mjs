// Counts final answers that tell other than what their results say, in a run's ACCEPTED records. Its own plain
// detectors, independent of the checks. Per answered turn:
//   accepted unfounded  "the service accepted the request" while no result of the turn says it was accepted (a note,
//                       a refusal, a failure or nothing at all came back)
//   hold as reserved    "I reserved/booked the <thing> <id>" where the result is a hold (`hold_id`, status "on hold")
//                       or the id said is not the thing's id the call sent
//   flag as verb        "it can drive": a `can<Verb>` flag read out with "it" for its subject
//   answers to all      "I got answers to all/both" (a tally, not what the results say)
//   field recited       a key's words read out: "app maximum", "twitter feed username", "dispatch from", "dispatch target"
// Run: node bench/tell-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, readRecords, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('tell-defects');
const { defects, note } = createDefects(exampleCount, 240);

const ACCEPTED = /^(ok|success|succeeded|accepted|done|completed|created|confirmed|approved)$/i;
const RECITED = /\b(app (?:maximum|minimum)|twitter feed username|dispatch (?:from|target) energy)\b/i;

function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The turns of a record: calls with arguments and results, and the answer that closes them. */
function turnsOf(messages) {
  const turns = [];
  let calls = [];
  const byId = new Map();
  for (const message of messages) {
    if (message.role === 'user') calls = [];
    if (message.role === 'assistant' && message.tool_calls)
      for (const call of message.tool_calls) {
        const entry = { name: call.function.name, sent: parsed(call.function.arguments) ?? {}, result: undefined };
        byId.set(call.id, entry);
        calls.push(entry);
      }
    if (message.role === 'tool' && byId.has(message.tool_call_id)) byId.get(message.tool_call_id).result = parsed(message.content);
    if (message.role === 'assistant' && typeof message.content === 'string' && message.content !== '') {
      turns.push({ calls, answer: message.content });
      calls = [];
    }
  }
  return turns;
}

function tally(id, { calls, answer }) {
  if (/accepted the request/i.test(answer) && !calls.some((call) => ACCEPTED.test(String(call.result?.status ?? ''))))
    note('accepted unfounded', id, answer);
  const reserved = /\bI (?:have )?(?:reserved|booked) the ([a-z]+) ([\w-]+)/i.exec(answer);
  if (reserved !== null)
    for (const call of calls) {
      const result = call.result ?? {};
      const sentId = call.sent[`${reserved[1].toLowerCase()}_id`];
      if (
        result.hold_id !== undefined ||
        /hold/i.test(String(result.status ?? '')) ||
        (sentId !== undefined && String(sentId) !== reserved[2])
      )
        note('hold as reserved', id, answer);
    }
  if (/\bit can [a-z]+\b/i.test(answer) && calls.some((call) => Object.keys(call.result ?? {}).some((key) => /^can[A-Z]/.test(key))))
    note('flag as verb', id, answer);
  if (/\bI got answers to (?:all|both)\b/i.test(answer)) note('answers to all', id, answer);
  const recited = RECITED.exec(answer);
  if (recited !== null) note('field recited', id, recited[0]);
}

const { records } = readRecords(lines);
for (const { id, messages } of records) for (const turn of turnsOf(messages)) tally(id, turn);
printDefects(defects, { count: records.length, file, args });
