// Counts results that contradict well-known facts or themselves in a run's ACCEPTED records: a record
// whose common name names another thing ("Smoking", common name "Age over 60"), outcome counts above
// their whole (50 documents translated of 5 put in), a thing in one city named after another (a
// Mumbai parking lot "Dubai"), weather out of season for the days asked (Mumbai at 9 °C in late June)
// or degree days against the temperature, and a final answer that leaves out the number its tool is
// named for (a GreenPowerIndex told by its energy price), an electric field of 0 from a charge or a
// molar energy that is not moles times the energy per mole. It judges with the checks' own functions.
// Run: node bench/truth-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, printDefects, parseToolResult } from './defect-run.mjs';
import { incoherentRecords } from '../packages/harness/dist/run/checks/record-coherence.js';
import { partsOverWhole } from '../packages/harness/dist/run/checks/part-counts.js';
import { cityNamedThings } from '../packages/harness/dist/run/checks/city-named-things.js';
import { impossibleWeather } from '../packages/harness/dist/run/checks/weather-physics.js';
import { untoldToolQuantity } from '../packages/harness/dist/run/checks/answer-salience.js';
import { implausibleScience } from '../packages/harness/dist/run/checks/science-quantities.js';

const { exampleCount, lines, file, args } = readDefectRun('truth-defects');
const { defects, note } = createDefects(exampleCount);

for (const line of lines) {
  const record = JSON.parse(line);
  const byId = new Map();
  for (const message of record.messages ?? []) for (const call of message.tool_calls ?? []) byId.set(call.id, call.function);
  let calls = [];
  for (const message of record.messages ?? []) {
    if (message.role === 'user') calls = [];
    if (message.role === 'assistant' && !message.tool_calls?.length && typeof message.content === 'string' && calls.length > 0) {
      const untold = untoldToolQuantity(message.content, calls);
      if (untold !== undefined) note('answer leaves out the number its tool is named for', record.id, untold);
    }
    if (message.role !== 'tool') continue;
    const fn = byId.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined || fn === undefined) continue;
    const call = { chatName: fn.name, name: fn.name, arguments: parsed.sent, data: parsed.data };
    calls.push(call);
    for (const problem of incoherentRecords(call).filter((text) => /another thing$/.test(text)))
      note('common name of another thing', record.id, `${fn.name}: ${problem}`);
    for (const problem of partsOverWhole(parsed.data)) note('parts above their whole', record.id, `${fn.name}: ${problem}`);
    for (const problem of cityNamedThings(fn.name, parsed.sent, parsed.data))
      note('thing named after another city', record.id, `${fn.name}: ${problem}`);
    for (const problem of impossibleWeather(call).filter((text) => /normal about|hdd|cdd|^uv\w* [0-9.]+ called/i.test(text)))
      note('weather out of season or degree days against it', record.id, `${fn.name}: ${problem}`);
    for (const problem of implausibleScience(call).filter((text) => /from a charge of|J\/mol/.test(text)))
      note('electric field or molar energy against its inputs', record.id, problem);
  }
}
printDefects(defects, { count: lines.length, file, args });
