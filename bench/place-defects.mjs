// Counts ACCEPTED records whose tool results hold a record with place fields that disagree
// (docs/benchmarks.md, "Place defects"): two countries in one record, a city in another country, a
// post code, point, phone, currency, IBAN or world region of another place. Uses the harness's
// `recordPlaceProblems` (build first), so it counts what the check would reject.
// Run: node bench/place-defects.mjs RUN_DIR [--examples N] [--json]
import { createDefects, parseToolResult, printDefects, readDefectRun, readRecords } from './defect-run.mjs';
import { recordPlaceProblems } from '../packages/harness/dist/run/checks/record-places.js';

const { args, exampleCount, file, lines } = readDefectRun('place-defects');
const { defects, note } = createDefects(exampleCount);
const kindOf = (problem) =>
  /phone/.test(problem)
    ? 'phone of another country'
    : /post code/.test(problem)
      ? 'post code of another place'
      : /IBAN/.test(problem)
        ? 'IBAN of another country'
        : /money/.test(problem)
          ? 'money of another country'
          : / is not at /.test(problem)
            ? 'point far from the city'
            : /one record in/.test(problem)
              ? 'two countries in one record'
              : 'place of another country';
for (const { id, messages } of readRecords(lines).records) {
  const calls = new Map(messages.flatMap((message) => message.tool_calls ?? []).map((call) => [call.id, call.function]));
  for (const message of messages) {
    if (message.role !== 'tool') continue;
    const parsed = parseToolResult(message, calls.get(message.tool_call_id));
    if (parsed === undefined) continue;
    for (const problem of recordPlaceProblems(parsed.data))
      note(kindOf(problem), id, `${calls.get(message.tool_call_id)?.name}: ${problem}`);
  }
}
printDefects(defects, { count: lines.length, file, args });
