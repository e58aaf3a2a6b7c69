import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { boundSchemaValues, oversize } from '@inftool/mcp-tree';
import { cliPath } from '../support/sim-client.js';

/** YAML anchors a0…a{levels-1}, each a list of nine of the one before: a few hundred bytes, 9^levels strings once expanded. */
function aliasBomb(levels: number): string {
  const lines = ['  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < levels; level += 1)
    lines.push(
      `  a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(',')}]`,
    );
  return lines.join('\n');
}

/** A JavaScript value shaped like a parsed alias bomb: each level shares one list nine times. */
function sharedBomb(levels: number): unknown {
  let value: unknown = Array(9).fill('lol');
  for (let level = 1; level < levels; level += 1) value = Array(9).fill(value);
  return value;
}

describe('oversize example values', () => {
  it('measures a value without expanding it: a 9^12 alias bomb is over the limit in a few thousand steps', () => {
    const started = performance.now();
    expect(oversize(sharedBomb(12))).toMatch(/larger than 8000 characters/);
    expect(performance.now() - started).toBeLessThan(1000);
    let deep: unknown = 1;
    for (let level = 0; level < 20; level += 1) deep = [deep];
    expect(oversize(deep)).toMatch(/nested deeper than 12 levels/);
    expect(oversize({ city: 'Oslo', days: [1, 2, 3] })).toBeUndefined();
  });

  it('leaves out an oversize example or default, keeps the rest, drops a schema whose enum is a bomb, and never changes the input', () => {
    const schema = {
      type: 'object',
      properties: {
        default: { type: 'string', examples: ['a', sharedBomb(8)] },
        q: { type: 'array', default: sharedBomb(8), examples: [[1]] },
      },
    };
    const bounded = boundSchemaValues(schema, 'inputSchema');
    expect(bounded.schema).toEqual({
      type: 'object',
      properties: { default: { type: 'string', examples: ['a'] }, q: { type: 'array', examples: [[1]] } },
    });
    expect(bounded.dropped).toEqual([
      'inputSchema.properties.default.examples.1: larger than 8000 characters as JSON',
      'inputSchema.properties.q.default: larger than 8000 characters as JSON',
    ]);
    expect(bounded.unusable).toBeUndefined();
    expect((schema.properties.default.examples as unknown[]).length).toBe(2);
    expect(boundSchemaValues({ type: 'array', enum: [sharedBomb(8)] }).unusable).toMatch(/^\$\.enum: larger than/);
  });

  it('tree build: alias-bomb examples are left out with a report entry, and every spec still makes its tools', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inftool-bomb-'));
    const operation = (id: string, summary: string, parameter: string) =>
      `    get:\n      operationId: ${id}\n      summary: ${summary}\n      parameters:\n        - ${parameter}\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {n: {type: integer}}}}}}\n`;
    await writeFile(
      join(dir, 'bombs.yaml'),
      `openapi: 3.0.0\ninfo: {title: Bombs, version: '1'}\nx-anchors:\n${aliasBomb(9)}\npaths:\n` +
        // In the schema: 9^7 strings (30 MB as JSON) kept as the property's example.
        `  /things:\n${operation('listThings', 'List the things matching a query', '{name: q, in: query, schema: {type: array, items: {}, example: *a6}}')}` +
        // On the parameter: 9^9 strings, more than a JavaScript string can hold once written out.
        `  /finds:\n${operation('findThings', 'Find the things by tag', '{name: tag, in: query, schema: {type: array, items: {}}, example: *a8}')}`,
    );
    await writeFile(
      join(dir, 'good.yaml'),
      `openapi: 3.0.0\ninfo: {title: Good, version: '1'}\npaths:\n  /pets:\n${operation('listPets', 'List the pets in the store', '{name: limit, in: query, schema: {type: integer}, example: 5}')}`,
    );
    const out = join(dir, 'tree.json');
    await promisify(execFile)(
      process.execPath,
      [cliPath, 'tree', 'build', '--from', 'openapi', dir, '--out', out, '--no-progress', '--no-merge'],
      { maxBuffer: 1 << 24 },
    );
    const text = await readFile(out, 'utf8');
    expect((await stat(out)).size).toBeLessThan(100_000);
    for (const name of ['listThings', 'findThings', 'listPets']) expect(text).toContain(`"${name}"`);
    expect(text).toContain('"examples":[5]');
    const report = JSON.parse(await readFile(join(dir, 'tree.report.json'), 'utf8')) as {
      files: { failed: unknown[] };
      oversizeValues: Array<{ name: string; reason: string }>;
      cut: unknown[];
    };
    expect(report.files.failed).toEqual([]);
    expect(report.oversizeValues).toEqual([
      {
        file: join(dir, 'bombs.yaml'),
        name: 'listThings',
        reason: 'left out: inputSchema.properties.q.examples.0: larger than 8000 characters as JSON',
      },
    ]);
    // An example on the parameter itself is left out before it reaches a schema: a note on its tool.
    expect(report.cut).toEqual([
      { name: expect.stringMatching(/findThings|find_things/i), notes: ['an example left out: larger than 8000 characters as JSON'] },
    ]);
  }, 120_000);
});
