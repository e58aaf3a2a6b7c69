// Task-plan figures of run directories (see docs/benchmarks.md, "Task plans"). Run:
//   node bench/plan-figures.mjs RUN_DIR [RUN_DIR …]
// Over the ACCEPTED records of each run: error_recovery faults by kind and reaction (the assistant's own
// slip is `invalid_arguments/correct`), 404s that name a value the call did not send or another id than
// the one the user then corrected; parallel turns where two calls of one tool differ only in paging,
// sorting or format knobs, or get identical results. Across the runs: record ids found in more than one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KNOB =
  /^(size|from|count|skip|limit|offset|page|page_?size|per_?page|cursor|sort|order|sort_?by|order_?by|fields|format|facets|verbose|max_?results|num_?results|top|results_?per_?page|rows|page_?number|page_?no)$/i;

const lines = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];

/** The calls of each user turn: [tool, arguments, result text]. */
function callsByTurn(record) {
  const results = new Map(
    record.messages.filter((message) => message.role === 'tool').map((message) => [message.tool_call_id, message.content]),
  );
  const turns = [];
  for (const message of record.messages) {
    if (message.role === 'user') turns.push([]);
    else if (message.role === 'assistant' && message.tool_calls?.length && turns.length > 0)
      for (const call of message.tool_calls)
        turns.at(-1).push([call.function.name, JSON.parse(call.function.arguments || '{}'), results.get(call.id) ?? '']);
  }
  return turns;
}

const withoutKnobs = (args) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(args)
        .filter(([name]) => !KNOB.test(name))
        .sort(),
    ),
  );

function figures(dir) {
  const all = [...lines(join(dir, 'trajectories.jsonl')), ...lines(join(dir, 'rejected.jsonl'))];
  const counts = {};
  const add = (key) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const record of all.filter((record) => record.outcome === 'accepted')) {
    const kind = record.task.kind;
    if (kind === 'error_recovery') {
      add('error_recovery: accepted');
      for (const fault of record.task.faults ?? []) add(`error_recovery: fault ${fault.fault}/${fault.recovery}`);
      const calls = callsByTurn(record).flat();
      calls.forEach(([tool, args, result], index) => {
        if (!result.startsWith('404')) return;
        const named = /"([^"]+)" does not exist/.exec(result)?.[1];
        if (named !== undefined && !Object.values(args).map(String).includes(named)) add('error_recovery: 404 naming a value not sent');
        const later = calls.slice(index + 1).find(([other]) => other === tool);
        const changed = later ? Object.keys(args).filter((name) => JSON.stringify(later[1][name]) !== JSON.stringify(args[name])) : [];
        if (named !== undefined && changed.length > 0 && !changed.some((name) => String(args[name]) === named))
          add('error_recovery: 404 naming another id than the corrected one');
      });
    }
    if (kind === 'parallel') {
      add('parallel: accepted');
      for (const turn of callsByTurn(record))
        for (let a = 0; a < turn.length; a += 1)
          for (let b = a + 1; b < turn.length; b += 1) {
            if (turn[a][0] !== turn[b][0]) continue;
            if (withoutKnobs(turn[a][1]) === withoutKnobs(turn[b][1])) add('parallel: one tool twice, only knobs differ');
            if (turn[a][2] === turn[b][2]) add('parallel: one tool twice, identical results');
          }
    }
  }
  return { counts, ids: new Set(all.map((record) => record.id)), records: all.length };
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  process.stderr.write('usage: node bench/plan-figures.mjs RUN_DIR [RUN_DIR …]\n');
  process.exit(2);
}
const runs = dirs.map((dir) => ({ dir, ...figures(dir) }));
for (const run of runs) {
  process.stdout.write(`${run.dir} (${run.records} records)\n`);
  for (const [key, value] of Object.entries(run.counts).sort()) process.stdout.write(`  ${key.padEnd(50)} ${value}\n`);
}
for (let a = 0; a < runs.length; a += 1)
  for (let b = a + 1; b < runs.length; b += 1) {
    const shared = [...runs[a].ids].filter((id) => runs[b].ids.has(id)).length;
    process.stdout.write(`record ids in both ${runs[a].dir} and ${runs[b].dir}: ${shared}\n`);
  }
