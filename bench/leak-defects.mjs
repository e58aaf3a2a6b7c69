// Counts placeholder, faker and spec-example text used as data in a run's ACCEPTED records: the
// stand-ins of `placeholderText` (packages/core/src/util/placeholder-text.ts: documentation domains
// such as hello@example.com, "Your super awesome message", "This fictional example hotel", lorem
// ipsum, "A photo of an object", `Sample Avenue`) in call arguments, tool results and final answers,
// and coordinates written as text with a hemisphere letter (`"lat": "23.5S"`, a description's
// example copied) in a latitude or longitude field, and US-style faker addresses given a city abroad
// (`1697 Hillard Park, Cape Town, Western Cape 56603`), as packages/harness/src/run/checks/placeholder-leaks.ts judges them.
// Run: node bench/leak-defects.mjs RUN_DIR [--examples N] [--json]
import { placeholderText } from '../packages/core/dist/index.js';
import { placeholderLeak } from '../packages/harness/dist/run/checks/placeholder-leaks.js';
import { readDefectRun, createDefects, printDefects } from './defect-run.mjs';

const { args, file, exampleCount, lines } = readDefectRun('leak-defects');
const { defects, note } = createDefects(exampleCount);

/** Every string leaf of `value` with its key. */
function leaves(value, key, visit) {
  if (Array.isArray(value)) for (const item of value) leaves(item, key, visit);
  else if (typeof value === 'object' && value !== null) for (const [child, item] of Object.entries(value)) leaves(item, child, visit);
  else if (typeof value === 'string') visit(key, value);
}

function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The kind of a leak, from its reason. */
const kindOf = (reason) =>
  /coordinate/.test(reason) ? 'hemisphere text coordinate' : /US-style address/.test(reason) ? 'US-style address abroad' : 'placeholder';

/** Notes each leak in `value` under `where` (arguments, result), as the `results_specific` and `arguments_plausible` checks judge it. */
function scan(where, id, tool, value) {
  leaves(value, '', (key, text) => {
    const reason = placeholderLeak(key, text);
    if (reason !== undefined) note(`${kindOf(reason)} in ${where}`, id, `${tool}.${key}: ${reason}`);
  });
}

for (const line of lines) {
  const record = JSON.parse(line);
  const names = new Map();
  const messages = record.messages ?? [];
  for (const message of messages)
    for (const call of message.tool_calls ?? []) {
      names.set(call.id, call.function.name);
      scan('arguments', record.id, call.function.name, parsed(call.function.arguments));
    }
  for (const message of messages)
    if (message.role === 'tool') scan('result', record.id, names.get(message.tool_call_id) ?? '?', parsed(message.content));
  const answers = messages.filter(
    (message) => message.role === 'assistant' && typeof message.content === 'string' && !message.tool_calls?.length,
  );
  for (const answer of answers)
    for (const sentence of answer.content.split(/(?<=[.!?])\s+|[“”"]/)) {
      const reason = placeholderText(sentence);
      if (reason !== undefined) note('placeholder in answer', record.id, reason);
    }
}

printDefects(defects, { count: lines.length, file, args });
