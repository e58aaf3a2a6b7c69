import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { InfToolError, OpenAIChatModel, bufferedFetch } from '@inftool/core';
import type { HarnessEnvironment } from '../config.js';
import { evaluateBfcl } from '../eval/bfcl-mcp.js';
import { createStageProgress } from '../progress.js';
import { integerOption } from './options.js';
import { checkCalls, type DecodedCall } from '../eval/bfcl-checker.js';
import { readBfclAnswers, readBfclQuestions, readJsonLineList, type BfclAnswer, type BfclResult } from '../eval/bfcl-files.js';

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

function bfclCheckCommand(): Command {
  const check = new Command('bfcl-check')
    .summary("judge decoded function calls against BFCL possible answers, as BFCL's AST checker does")
    .description(
      'Q and A are BFCL question and possible-answer files; R has one line per question {"id", "result": [{"<function>": {<arguments>}}, ...]}. ' +
        'V gets one line per result {"id", "valid", "error"?}. The rules are documented in docs/eval.md.',
    )
    .requiredOption('--questions <file>', 'BFCL question file (BFCL_v4_<category>.json)')
    .option('--answers <file>', 'BFCL possible-answer file (none for irrelevance)')
    .requiredOption('--results <file>', 'decoded results, one JSON line per question')
    .requiredOption('--category <name>', 'the BFCL category (simple_python, multiple, parallel, parallel_multiple, irrelevance, …)')
    .requiredOption('--out <file>', 'where the verdicts go')
    .option(
      '--strict',
      "the strict reading: the doc's types hold at every depth, parallel calls match in any assignment (docs/eval.md)",
      false,
    )
    .action(async (flags: { questions: string; answers?: string; results: string; category: string; out: string; strict: boolean }) => {
      const summary = await bfclCheck(flags);
      process.stderr.write(
        `${flags.category}: ${summary.valid}/${summary.total} valid (accuracy ${(100 * summary.accuracy).toFixed(2)}%${flags.strict ? ', strict' : ''}) → ${flags.out}\n`,
      );
    });
  return check;
}

export function evalCommand(environment: HarnessEnvironment): Command {
  const bfcl = new Command('bfcl')
    .summary("BFCL through MCP: serve each question's functions, let the model answer, judge as BFCL does")
    .description(
      "Each question's functions are served by the simulated server over Streamable HTTP; the assistant (--model on the OpenAI-compatible endpoint, or `oracle`, " +
        "a model-free stand-in that answers with the ground truth to check the plumbing) answers over a real MCP session; its calls are decoded into BFCL's form " +
        'and judged. Writes per category BFCL_v4_<category>_result.json and _score.jsonl, and report.json with the accuracy per category and overall.',
    )
    .requiredOption('--data <dir>', 'BFCL data directory (question files and possible_answer/)')
    .option('--categories <list>', 'comma list of categories', 'simple_python,multiple,parallel,parallel_multiple,irrelevance')
    .requiredOption('--model <name>', "the assistant's model, or oracle")
    .option('--base-url <url>', 'OpenAI-compatible endpoint (defaults to $OPENAI_BASE_URL)')
    .requiredOption('--out <dir>', 'where results, scores and the report go')
    .option('--limit <n>', 'questions per category at most', integerOption('--limit', 1))
    .option('--concurrency <n>', 'questions at once', integerOption('--concurrency', 1), 4)
    .option('--strict', "judge by the strict reading instead of BFCL's verdicts (docs/eval.md)", false)
    .option('--no-progress', 'no progress output on stderr')
    .action(
      async (flags: {
        data: string;
        categories: string;
        model: string;
        baseUrl?: string;
        out: string;
        limit?: number;
        concurrency: number;
        strict: boolean;
        progress: boolean;
      }) => {
        const baseURL = flags.baseUrl ?? environment.endpoint.baseURL;
        if (flags.model !== 'oracle' && !baseURL)
          throw new InfToolError('config', `--model ${flags.model} needs an endpoint: --base-url or OPENAI_BASE_URL (or --model oracle)`);
        const model =
          flags.model === 'oracle'
            ? 'oracle'
            : new OpenAIChatModel({
                model: flags.model,
                baseURL,
                apiKey: environment.endpoint.apiKey,
                fetch: bufferedFetch,
                concurrency: flags.concurrency,
              });
        const progress = flags.progress ? createStageProgress() : undefined;
        const report = await evaluateBfcl({
          data: flags.data,
          categories: flags.categories
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
          model,
          out: flags.out,
          ...(flags.limit ? { limit: flags.limit } : {}),
          concurrency: flags.concurrency,
          strict: flags.strict,
          ...(progress ? { onProgress: (done: number, total: number) => progress.update('bfcl', done, total) } : {}),
        });
        progress?.stop();
        const rows = Object.entries(report.categories).map(
          ([category, summary]) =>
            `  ${category.padEnd(20)} ${(100 * summary.accuracy).toFixed(2).padStart(6)}%  (${summary.valid}/${summary.total})`,
        );
        process.stderr.write(
          `${rows.join('\n')}\n  ${'overall'.padEnd(20)} ${(100 * report.overall).toFixed(2).padStart(6)}%  (unweighted mean of the categories) → ${flags.out}/report.json\n`,
        );
      },
    );
  return new Command('eval')
    .summary('evaluation: BFCL through MCP and the BFCL-compatible checker')
    .addCommand(bfcl)
    .addCommand(bfclCheckCommand());
}
