import { writeFile } from 'node:fs/promises';
import { InfToolError } from '@inftool/core';
import { checkCalls, type DecodedCall } from './bfcl-checker.js';
import { readBfclAnswers, readBfclQuestions, readJsonLineList, type BfclAnswer, type BfclResult } from './bfcl-files.js';

export interface CheckSummary {
  total: number;
  valid: number;
  accuracy: number;
}

/**
 * Judges every result line of a BFCL category, in order (a question may have several result lines);
 * writes one `{id, valid, error}` line per result line. BFCL's verdicts, or with `strict` the strict
 * reading (docs/eval.md).
 */
export async function bfclCheck(options: {
  questions: string;
  answers?: string;
  results: string;
  category: string;
  out: string;
  strict?: boolean;
}): Promise<CheckSummary> {
  const questions = await readBfclQuestions(options.questions);
  const irrelevance = options.category.includes('irrelevance');
  if (!irrelevance && !options.answers)
    throw new InfToolError('invalid_input', `--answers is required for category ${options.category} (only irrelevance has no answer file)`);
  const answers = options.answers ? await readBfclAnswers(options.answers) : new Map<string, BfclAnswer>();
  const results = await readJsonLineList<BfclResult>(options.results, 'result', { python: true });
  const lines: string[] = [];
  let valid = 0;
  for (const { id, result } of results) {
    const question = questions.get(id);
    const answer = answers.get(id);
    let verdict: { valid: boolean; error?: string };
    if (!question) verdict = { valid: false, error: `no question with id ${id} in ${options.questions}` };
    else if (!irrelevance && !answer) verdict = { valid: false, error: `no possible answer with id ${id} in ${options.answers}` };
    else if (
      !Array.isArray(result) ||
      !result.every((call) => typeof call === 'object' && call !== null && !Array.isArray(call) && Object.keys(call).length === 1)
    ) {
      // Not decodable as calls: right for irrelevance (nothing was called), wrong elsewhere.
      verdict = irrelevance ? { valid: true } : { valid: false, error: 'the result is not a list of {"<function>": {<arguments>}} calls' };
    } else {
      const docs = new Map((question.function ?? []).map((doc) => [doc.name, doc]));
      verdict = checkCalls(result as DecodedCall[], answer?.ground_truth ?? [], docs, options.category, {
        strict: options.strict ?? false,
      });
    }
    if (verdict.valid) valid += 1;
    lines.push(JSON.stringify({ id, valid: verdict.valid, ...(verdict.valid ? {} : { error: verdict.error }) }));
  }
  await writeFile(options.out, lines.join('\n') + (lines.length > 0 ? '\n' : ''));
  return { total: results.length, valid, accuracy: results.length === 0 ? 0 : valid / results.length };
}
