import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { InfToolError } from '@inftool/core';
import { checkCalls, type DecodedCall } from '../eval/bfcl-checker.js';
import { readJsonLines, type BfclAnswer, type BfclQuestion, type BfclResult } from '../eval/bfcl-files.js';

export interface CheckSummary {
  total: number;
  valid: number;
  accuracy: number;
}

/** Judges every result line of a BFCL category; writes one `{id, valid, error}` line per result. */
export async function bfclCheck(options: { questions: string; answers?: string; results: string; category: string; out: string }): Promise<CheckSummary> {
  const questions = await readJsonLines<BfclQuestion>(options.questions, 'question');
  const irrelevance = options.category.includes('irrelevance');
  if (!irrelevance && !options.answers) throw new InfToolError('invalid_input', `--answers is required for category ${options.category} (only irrelevance has no answer file)`);
  const answers = options.answers ? await readJsonLines<BfclAnswer>(options.answers, 'possible answer') : new Map<string, BfclAnswer>();
  const results = await readJsonLines<BfclResult>(options.results, 'result');
  const lines: string[] = [];
  let valid = 0;
  for (const [id, result] of results) {
    const question = questions.get(id);
    const answer = answers.get(id);
    let verdict: { valid: boolean; error?: string };
    if (!question) verdict = { valid: false, error: `no question with id ${id} in ${options.questions}` };
    else if (!irrelevance && !answer) verdict = { valid: false, error: `no possible answer with id ${id} in ${options.answers}` };
    else if (!Array.isArray(result.result) || !result.result.every((call) => typeof call === 'object' && call !== null && !Array.isArray(call) && Object.keys(call).length === 1)) {
      // Not decodable as calls: right for irrelevance (nothing was called), wrong elsewhere.
      verdict = irrelevance ? { valid: true } : { valid: false, error: 'the result is not a list of {"<function>": {<arguments>}} calls' };
    } else {
      const docs = new Map((question.function ?? []).map((doc) => [doc.name, doc]));
      verdict = checkCalls(result.result as DecodedCall[], answer?.ground_truth ?? [], docs, options.category);
    }
    if (verdict.valid) valid += 1;
    lines.push(JSON.stringify({ id, valid: verdict.valid, ...(verdict.valid ? {} : { error: verdict.error }) }));
  }
  await writeFile(options.out, lines.join('\n') + (lines.length > 0 ? '\n' : ''));
  return { total: results.size, valid, accuracy: results.size === 0 ? 0 : valid / results.size };
}

export function evalCommand(): Command {
  const check = new Command('bfcl-check')
    .summary('judge decoded function calls against BFCL possible answers, as BFCL\'s AST checker does')
    .description(
      'Q and A are BFCL question and possible-answer files; R has one line per question {"id", "result": [{"<function>": {<arguments>}}, ...]}. ' +
        'V gets one line per result {"id", "valid", "error"?}. The rules are documented in docs/eval.md.',
    )
    .requiredOption('--questions <file>', 'BFCL question file (BFCL_v4_<category>.json)')
    .option('--answers <file>', 'BFCL possible-answer file (none for irrelevance)')
    .requiredOption('--results <file>', 'decoded results, one JSON line per question')
    .requiredOption('--category <name>', 'the BFCL category (simple_python, multiple, parallel, parallel_multiple, irrelevance, …)')
    .requiredOption('--out <file>', 'where the verdicts go')
    .action(async (flags: { questions: string; answers?: string; results: string; category: string; out: string }) => {
      const summary = await bfclCheck(flags);
      process.stderr.write(`${flags.category}: ${summary.valid}/${summary.total} valid (accuracy ${(100 * summary.accuracy).toFixed(2)}%) → ${flags.out}\n`);
    });
  return new Command('eval').summary('evaluation: the BFCL-compatible checker').addCommand(check);
}
