// Counts science results in a run's ACCEPTED records that a reviewer redoes from the call and finds
// wrong: a Coulomb force or a point charge's field off the law, an area for sides that make no
// triangle, a UV index beside another band's risk level, a derivative asked as a function answered
// with a number, an element's discoverer other than the one on record. It judges with the
// `results_correct` check's own rules (packages/harness/src/run/checks/science-results.ts).
// Run: node bench/science-defects.mjs RUN_DIR [--examples N] [--json]
import { wrongScience } from '../packages/harness/dist/run/checks/science-results.js';
import { readDefectRun, createDefects, parseToolResult, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('science-defects');
const { defects, note } = createDefects(exampleCount);

/** The kind of a problem, from its wording. */
const kindOf = (problem) =>
  /force between/.test(problem)
    ? 'Coulomb force off the law'
    : /the field of/.test(problem)
      ? 'electric field off the law'
      : /triangle|Heron/.test(problem)
        ? 'triangle area wrong or of no triangle'
        : /UV index/.test(problem)
          ? 'UV risk level of another band'
          : / not in the key of | bpm, not the /.test(problem)
            ? 'composition off the key or tempo sent'
            : / is marked (civil|criminal)/.test(problem)
              ? 'case number marked as another type'
              : /derivative/.test(problem)
                ? 'derivative function given as a number'
                : 'element discoverer not on record';

for (const line of lines) {
  const record = JSON.parse(line);
  const byId = new Map();
  for (const message of record.messages ?? []) for (const call of message.tool_calls ?? []) byId.set(call.id, call.function);
  for (const message of record.messages ?? []) {
    if (message.role !== 'tool') continue;
    const fn = byId.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined || fn === undefined) continue;
    const call = {
      id: message.tool_call_id,
      chatName: fn.name,
      name: fn.name,
      arguments: parsed.sent,
      result: message.content,
      data: parsed.data,
      isError: false,
    };
    for (const problem of wrongScience(call)) note(kindOf(problem), record.id, problem);
  }
}
printDefects(defects, { count: lines.length, file, args });
