import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bfclDataDir } from '../support/bfcl.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = bfclDataDir();
const python = spawnSync('python3', ['--version']).status === 0;
const skip = !dir
  ? 'the shared BFCL data is absent'
  : !existsSync(join(dir, 'reference-checker'))
    ? `BFCL's reference checker is absent (${join(dir, 'reference-checker')})`
    : !python
      ? "python3 is not installed, and BFCL's reference checker is Python"
      : undefined;
if (skip) console.warn(`the agreement of bfcl-check with BFCL's own checker is not tested: ${skip}`);

interface Row {
  candidates: number;
  judged: number;
  bfclValid: number;
  agree: number;
  strictAgree: number;
}

/** The agreement benchmark (bench/bfcl-agreement.mjs) on a seeded sample: BFCL's checker is the oracle. */
describe.skipIf(skip !== undefined)("bfcl-check against BFCL's own AST checker", () => {
  it('agrees on ≥ 99.9% of the candidates of every category by default; strict departs where BFCL departs from its docs', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'bfcl-agreement-')), 'agreement.json');
    await run(process.execPath, [
      join(root, 'bench/bfcl-agreement.mjs'),
      '--data',
      dir as string,
      '--sample',
      '25',
      '--seed',
      'test',
      '--json',
      out,
    ]);
    const summary = JSON.parse(await readFile(out, 'utf8')) as {
      categories: Record<string, Row>;
      kinds: Record<string, Row>;
      total: Row;
      disagreements: unknown[];
    };
    expect(Object.keys(summary.categories).sort()).toEqual(['multiple', 'parallel', 'parallel_multiple', 'simple_python']);
    for (const row of Object.values(summary.categories)) {
      expect(row.judged).toBeGreaterThan(400);
      expect(row.agree / row.judged).toBeGreaterThanOrEqual(0.999);
    }
    expect(summary.disagreements.length).toBeLessThanOrEqual(Math.floor(summary.total.judged * 0.001));
    // The candidates cover what the checker is for, valid and invalid alike.
    const kinds = summary.kinds;
    for (const kind of [
      'gold',
      'gold, optional parameters omitted',
      'string, case and punctuation',
      'string, another character',
      'optional parameter as ""',
      'int for float',
      'float for int',
      'number as string',
      'number, other value',
      'extra undeclared parameter',
      'required parameter missing',
      'function renamed',
      'calls reordered',
    ])
      expect(kinds[kind]?.judged ?? 0, kind).toBeGreaterThan(0);
    expect(kinds['gold']?.bfclValid).toBe(kinds['gold']?.judged);
    expect(kinds['function renamed']?.bfclValid).toBe(0);
    expect(summary.total.bfclValid).toBeGreaterThan(summary.total.judged * 0.2);
    expect(summary.total.bfclValid).toBeLessThan(summary.total.judged * 0.5);
    // The strict reading refuses "" given as a value, which BFCL accepts where "" marks a parameter optional.
    const empty = kinds['optional parameter as ""'] as Row;
    expect(empty.strictAgree).toBeLessThan(empty.judged);
  }, 180_000);
});
