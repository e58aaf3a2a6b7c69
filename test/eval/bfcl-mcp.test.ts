import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OpenAIChatModel } from '@inftool/core';
import { evaluateBfcl, type BfclReport } from '@inftool/harness';
import { bfclDataDir } from '../support/bfcl.js';
import { reply, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { cliPath } from '../support/sim-client.js';

const run = promisify(execFile);
const dir = bfclDataDir();
/** The ids of the questions a BFCL score file marks invalid. */
const failedIds = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; valid: boolean })
    .filter((line) => !line.valid)
    .map((line) => line.id);

describe.skipIf(!dir)('BFCL through MCP', () => {
  it('the oracle (plumbing check) scores every question right over real MCP (floats kept as floats, as BFCL reads them)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bfcl-oracle-'));
    const { stderr } = await run(process.execPath, [
      cliPath,
      'eval',
      'bfcl',
      '--data',
      dir as string,
      '--model',
      'oracle',
      '--out',
      out,
      '--limit',
      '25',
      '--no-progress',
    ]);
    expect(stderr).toMatch(/overall\s+\d+\.\d+%/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as BfclReport;
    expect(Object.keys(report.categories)).toEqual(['simple_python', 'multiple', 'parallel', 'parallel_multiple', 'irrelevance']);
    for (const [category, summary] of Object.entries(report.categories)) {
      const failed = failedIds(join(out, `BFCL_v4_${category}_score.jsonl`));
      expect(failed).toEqual([]);
      expect(summary).toEqual({ total: 25, valid: 25, accuracy: 1 });
    }
    // The results file is in BFCL's decoded form, names as BFCL writes them (dots included).
    const first = JSON.parse(readFileSync(join(out, 'BFCL_v4_simple_python_result.json'), 'utf8').split('\n')[1]!) as {
      id: string;
      result: Array<Record<string, unknown>>;
    };
    expect(first.id).toBe('simple_python_1');
    expect(Object.keys(first.result[0]!)).toEqual(['math.factorial']);
    const full = await evaluateBfcl({ data: dir as string, categories: ['parallel_multiple'], model: 'oracle', out: join(out, 'pm') });
    const failed = failedIds(join(out, 'pm', 'BFCL_v4_parallel_multiple_score.jsonl'));
    expect(failed).toEqual([]);
    expect(full.categories['parallel_multiple']!.valid).toBe(200);
  });

  it('scores a model on the fake endpoint: one that never calls a tool gets irrelevance right and nothing else', async () => {
    const fake = await startFakeOpenAIServer(() => reply.text('I would rather not call anything.'));
    try {
      const report = await evaluateBfcl({
        data: dir as string,
        categories: ['simple_python', 'irrelevance'],
        model: new OpenAIChatModel({ model: 'shy', baseURL: fake.baseURL }),
        out: await mkdtemp(join(tmpdir(), 'bfcl-shy-')),
        limit: 10,
      });
      expect(report.categories['simple_python']).toMatchObject({ valid: 0, total: 10 });
      expect(report.categories['irrelevance']).toMatchObject({ valid: 10, total: 10 });
      expect(report.overall).toBeCloseTo(0.5);
      expect(report.usage.calls).toBe(20);
      // The model saw each question's functions as chat tools (BFCL's dotted names mapped to safe ones).
      const tools = (fake.requests[0]!.body['tools'] as Array<{ function: { name: string } }>).map((tool) => tool.function.name);
      expect(tools.every((name) => /^[a-zA-Z0-9_-]{1,64}$/.test(name))).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
