// Re-describes every answered turn of a recorded run (accepted and rejected records) with the current
// offline answer writer (`describeTurn`) and judges old and new answers with the `final_answer` rule
// (`answerProblem`), so a change to the writer is measured in seconds on a fixed set of results instead
// of a new synth run. Turns with a failed call (error recovery) keep their recorded answer.
// Run after `pnpm build`: node bench/answer-replay.mjs RUN_DIR [--diff] [--id SUBSTRING]
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(pathToFileURL(join(root, 'packages/harness/dist', path)).href);
const { readRun, readConversation } = await dist('index.js');
const { describeTurn } = await dist('roles/describe-turn.js');
const { answerProblem } = await dist('run/checks/final-answer.js');

const args = process.argv.slice(2);
const runArgument = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--id');
if (runArgument === undefined) {
  process.stderr.write('usage: node bench/answer-replay.mjs RUN_DIR [--diff] [--id SUBSTRING]\n');
  process.exit(2);
}
const run = existsSync(join(runArgument, 'manifest.json')) ? runArgument : join(runArgument, 'run');
const showDiff = args.includes('--diff');
const only = args.includes('--id') ? args[args.indexOf('--id') + 1] : undefined;
const failed = (text) => /^Error|^\d{3} |Invalid arguments/.test(text);

/** The turn's calls with their results, as the offline assistant reads them before it answers. */
function outcomesBefore(messages, at, record) {
  const start = messages.slice(0, at).findLastIndex((message) => message.role === 'user');
  let request = messages[start].content;
  const question = messages[start - 1];
  const before = messages[start - 2];
  if (question?.role === 'assistant' && !question.tool_calls?.length && /\?\s*$/.test(question.content ?? '') && before?.role === 'user')
    request = `${before.content} ${request}`;
  const turn = messages.slice(start + 1, at);
  const results = new Map(turn.filter((message) => message.role === 'tool').map((message) => [message.tool_call_id, message.content]));
  const descriptions = new Map((record.tools ?? []).map((tool) => [tool.name, tool.description]));
  const outcomes = turn
    .flatMap((message) => (message.role === 'assistant' ? (message.tool_calls ?? []) : []))
    .map((call) => {
      const result = results.get(call.id) ?? '';
      let parsed = {};
      try {
        parsed = JSON.parse(call.function.arguments);
      } catch {
        // described without its arguments
      }
      const description = descriptions.get(call.function.name);
      return {
        tool: call.function.name,
        ...(description ? { description } : {}),
        arguments: parsed,
        result,
        isError: failed(result),
        request,
      };
    });
  return outcomes.filter((outcome, index) => !(outcome.isError && outcomes.slice(index + 1).some((later) => later.tool === outcome.tool)));
}

const problemsOf = (record, messages) =>
  readConversation({ ...record, messages }).turns.flatMap((turn, index) => answerProblem(turn, index) ?? []);

const { accepted, rejected } = await readRun(run);
const totals = { records: 0, changed: 0, before: 0, after: 0, recordsBefore: 0, recordsAfter: 0 };
const kinds = new Map();
for (const record of [...accepted, ...rejected]) {
  if (record.task.kind === 'irrelevance' || (only !== undefined && !record.id.includes(only))) continue;
  totals.records += 1;
  const messages = record.messages.map((message) => ({ ...message }));
  messages.forEach((message, at) => {
    if (message.role !== 'assistant' || message.tool_calls?.length || messages[at - 1]?.role !== 'tool') return;
    const outcomes = outcomesBefore(messages, at, record);
    if (outcomes.some((outcome) => outcome.isError)) return;
    const fresh = describeTurn(outcomes);
    if (fresh === message.content) return;
    totals.changed += 1;
    if (showDiff) process.stdout.write(`## ${record.id}\n  OLD: ${message.content}\n  NEW: ${fresh}\n`);
    message.content = fresh;
  });
  const before = problemsOf(record, record.messages);
  const after = problemsOf(record, messages);
  totals.before += before.length;
  totals.after += after.length;
  totals.recordsBefore += before.length > 0 ? 1 : 0;
  totals.recordsAfter += after.length > 0 ? 1 : 0;
  for (const problem of after) {
    const kind = problem
      .replace(/^turn \d+: /, '')
      .replace(/[(":].*$/, '')
      .trim();
    kinds.set(kind, [...(kinds.get(kind) ?? []), `${record.id}: ${problem.slice(0, 160)}`]);
  }
}
process.stdout.write(
  `${totals.records} records, ${totals.changed} answers changed; final_answer problems ${totals.before} in ${totals.recordsBefore} records → ${totals.after} in ${totals.recordsAfter}\n`,
);
for (const [kind, examples] of [...kinds].sort((a, b) => b[1].length - a[1].length))
  process.stdout.write(
    `  ${examples.length} ${kind}\n${examples
      .slice(0, 3)
      .map((example) => `      ${example}\n`)
      .join('')}`,
  );
