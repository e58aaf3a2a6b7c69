// Counts made-up facts about real, named things in a run's ACCEPTED records: a book or a film
// credited to another author, director or year (The Grapes of Wrath "by Paula Fisher, 2025"), a
// search for a title that returns only other titles, a famous person's made-up birth (the prophet
// Elijah "born Atlanta, GA 1979"), a museum's made-up hours, a country's wrong capital, a city put in
// another country ("Miami in Netherlands"), a museum's artwork given a price or another artist, an
// ECO term given another term's label, a book on record given a page count, a title made up for an
// author on record, a score of a match between two real teams, a film's made-up release day or
// running time, a real team's made-up count of titles, a home whose bathrooms or area do not fit
// its bedrooms, a real athlete's made-up season figures, a known element's wrong discoverer; and, beside them, records that credit a work no table
// holds to a maker (what cannot be checked, so may be made up). It judges with the simulator's
// tables of facts (packages/sim-server/src/engines/values/famous-facts.ts), the same ones the
// `results_correct` check holds results to.
// Run: node bench/fact-defects.mjs RUN_DIR [--examples N] [--json]
import { elementMisstatements, famousMisstatements } from '../packages/sim-server/dist/index.js';
import { nameWords } from '../packages/core/dist/index.js';
import { readDefectRun, createDefects, objects, parseToolResult } from './defect-run.mjs';
import { workTitled } from '../packages/sim-server/dist/engines/values/famous-facts.js';

const { exampleCount, lines, json } = readDefectRun('fact-defects');
const { defects, note } = createDefects(exampleCount);
const BENCHMARK_PREFIX =
  /^(simple_python|simple_java|simple_javascript|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_/;
const TITLE = /^(title|book_title|book_name|movie_title|movie_name|film_title|film_name)$/;
const MAKER = /^(author|author_name|creator|writer|director|director_name)$/;
const BOOKISH = /\b(books?|novels?|library|libraries|movies?|films?)\b/;

/** The kind of a misstatement, from its wording. */
const kindOf = (problem) =>
  /not for sale/.test(problem)
    ? 'artwork in a museum given a price'
    : /never reigned in|reigned \d+/.test(problem)
      ? 'monarch listed for a country or century not theirs'
      : /^no season statistics/.test(problem)
        ? 'real athlete given made-up season figures'
        : /^ECO|" is ECO/.test(problem)
          ? 'ontology term given another label'
          : /^no result of .* is on record/.test(problem)
            ? 'match of real teams given a made-up score'
            : /page count/.test(problem)
              ? 'book on record given a page count'
              : /not among the works of/.test(problem)
                ? 'made-up title credited to a real author'
                : /was first released|" runs /.test(problem)
                  ? 'film given a made-up release day or running time'
                  : / has .* not \d+$/.test(problem) && !/"/.test(problem)
                    ? 'team given a made-up count of titles'
                    : /^a home of \d+ bedrooms/.test(problem)
                      ? 'home whose bathrooms or area do not fit its bedrooms'
                      : / is by /.test(problem) && !/"/.test(problem)
                        ? 'artwork credited to another artist'
                        : kindOfWork(problem);
const kindOfWork = (problem) =>
  /returns only other titles/.test(problem)
    ? 'title search returns other titles'
    : /" is (by|from) /.test(problem)
      ? 'work credited to wrong author/year'
      : /was born/.test(problem)
        ? 'famous person: made-up birth'
        : /is not open/.test(problem)
          ? 'museum: made-up hours'
          : /capital|largest city/.test(problem)
            ? 'country: wrong capital/largest city'
            : /time zone/.test(problem)
              ? 'city given another time zone'
              : 'city in another country';

let calls = 0;
for (const line of lines) {
  const record = JSON.parse(line);
  const byId = new Map();
  for (const message of record.messages ?? []) for (const call of message.tool_calls ?? []) byId.set(call.id, call.function);
  for (const message of record.messages ?? []) {
    if (message.role !== 'tool') continue;
    const fn = byId.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined || fn === undefined) continue;
    calls += 1;
    const words = nameWords(fn.name.replace(BENCHMARK_PREFIX, ''));
    for (const problem of famousMisstatements(words, parsed.data, parsed.sent)) note(kindOf(problem), record.id, `${fn.name}: ${problem}`);
    for (const problem of elementMisstatements(parsed.data, parsed.sent))
      note('element credited to another discoverer or year', record.id, `${fn.name}: ${problem}`);
    if (!BOOKISH.test(words.join(' '))) continue;
    objects(parsed.data, (object) => {
      const title = Object.entries(object).find(([key]) => TITLE.test(key))?.[1];
      const maker = Object.entries(object).find(([key]) => MAKER.test(key))?.[1];
      if (typeof title === 'string' && typeof maker === 'string' && workTitled(title) === undefined)
        note('work not on record credited to a maker', record.id, `${fn.name}: "${title}" by ${maker}`);
    });
  }
}

const report = Object.fromEntries(
  [...defects].map(([kind, entry]) => [kind, { count: entry.count, records: entry.records.size, examples: entry.examples }]),
);
const total = [...defects.values()].reduce((sum, entry) => sum + entry.count, 0);
if (json) console.log(JSON.stringify({ records: lines.length, calls, total, defects: report }, null, 2));
else {
  console.log(`fact defects: ${total} in ${lines.length} accepted records (${calls} tool results)`);
  for (const [kind, entry] of Object.entries(report)) {
    console.log(`  ${kind}: ${entry.count} (${entry.records} records)`);
    for (const example of entry.examples) console.log(`    ${example}`);
  }
}
