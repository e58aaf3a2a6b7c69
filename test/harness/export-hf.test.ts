import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { parse } from 'yaml';
import { SCENARIO_KINDS } from '@inftool/core';
import { exportHfDataset, readRun } from '@inftool/harness';
import { exportRun } from '../../packages/harness/src/export/write-export.js';
import { cliPath, demoTree } from '../support/sim-client.js';
import { synthesizeRun } from '../support/synth-run.js';

/** A Parquet file as hyparquet reads it. */
async function readParquet(file: string): Promise<Array<Record<string, unknown>>> {
  const bytes = readFileSync(file);
  return parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
}

/** Drops the keys whose value is null or absent, at any depth: Parquet reads a field a message lacks as null. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => entry !== null && entry !== undefined)
      .map(([key, entry]) => [key, withoutNulls(entry)]),
  );
}

const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);

describe('inftool export --format hf', () => {
  let run: string;
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'inftool-hf-'));
    // The demo tree, with source metadata on two servers: one names its license, one does not.
    const tree = JSON.parse(readFileSync(demoTree, 'utf8')) as {
      domains: Array<{ categories: Array<{ servers: Array<{ name: string; tools: Array<Record<string, unknown>> }> }> }>;
    };
    for (const server of tree.domains.flatMap((domain) => domain.categories.flatMap((category) => category.servers))) {
      const source = { format: 'openapi', file: `${server.name}.json`, api: `${server.name} API` };
      if (server.name === 'skyways')
        for (const tool of server.tools)
          tool['_meta'] = {
            'inftool/source': {
              ...source,
              name: tool['name'],
              license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
            },
          };
      if (server.name === 'shopfront')
        for (const tool of server.tools) tool['_meta'] = { 'inftool/source': { ...source, name: tool['name'] } };
    }
    const treeFile = join(root, 'tree.json');
    writeFileSync(treeFile, JSON.stringify(tree));
    run = join(root, 'run');
    await synthesizeRun({ tree: treeFile, count: SCENARIO_KINDS.length * 4, out: run, seed: 'hf-export' });
  });

  it('writes Parquet shards that read back as the openai export, record by record, split by kind', async () => {
    const out = join(root, 'dataset');
    const summary = await exportHfDataset(run, out, { shardBytes: 12_000, license: 'cc-by-4.0' });
    const { file } = await exportRun(run, 'openai', join(root, 'openai.jsonl'));
    const openai = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { messages: unknown[]; tools: unknown[] });
    const { accepted } = await readRun(run);
    expect(openai).toHaveLength(accepted.length);
    expect(summary.records).toBe(accepted.length);

    const kinds = [...new Set(accepted.map((record) => record.task.kind))].sort();
    expect(Object.keys(summary.splits)).toEqual(kinds);
    let compared = 0;
    let multiShard = false;
    for (const kind of kinds) {
      const expected = accepted.flatMap((record, index) => (record.task.kind === kind ? [{ record, line: openai[index]! }] : []));
      const { shards } = summary.splits[kind]!;
      expect(
        shards.every(
          (shard, index) => shard === `data/${kind}-${String(index).padStart(5, '0')}-of-${String(shards.length).padStart(5, '0')}.parquet`,
        ),
      ).toBe(true);
      multiShard ||= shards.length > 1;
      const rows: Array<Record<string, unknown>> = [];
      for (const shard of shards) {
        const shardRows = await readParquet(join(out, shard));
        // A shard holds rows up to the bound, or one row alone when that row is over it.
        const bytes = shardRows.reduce((sum, row) => sum + Buffer.byteLength(JSON.stringify(row)), 0);
        if (shardRows.length > 1) expect(bytes).toBeLessThanOrEqual(12_000 * 1.2); // nulls read back add a little text
        rows.push(...shardRows);
      }
      expect(rows).toHaveLength(expected.length);
      for (const [index, { record, line }] of expected.entries()) {
        const row = rows[index]!;
        expect([row['id'], row['task_id'], row['kind'], row['difficulty']]).toEqual([
          record.id,
          record.task.id,
          kind,
          record.task.difficulty,
        ]);
        expect(withoutNulls(row['messages'])).toEqual(withoutNulls(line.messages));
        const tools = (row['tools'] as Array<{ type: string; function: { name: string; description: string; parameters: string } }>).map(
          (tool) => ({ ...tool, function: { ...tool.function, parameters: JSON.parse(tool.function.parameters) as unknown } }),
        );
        expect(tools).toEqual(line.tools);
        compared += 1;
      }
    }
    expect(compared).toBe(openai.length);
    expect(multiShard).toBe(true);
    // Nothing else is in the folder: the card and the shards.
    expect(readdirSync(out).sort()).toEqual(['README.md', 'data']);
    expect(readdirSync(join(out, 'data')).sort()).toEqual(
      Object.values(summary.splits)
        .flatMap((split) => split.shards.map((shard) => basename(shard)))
        .sort(),
    );
  });

  it('writes a dataset card whose front matter is YAML with the keys the Hub reads', async () => {
    const out = join(root, 'card');
    const summary = await exportHfDataset(run, out, { license: 'cc-by-4.0' });
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(card);
    expect(match).not.toBeNull();
    const front = parse(match![1]!) as Record<string, unknown>;
    // skyways names Apache 2.0 in its _meta; shopfront names none, so the given license covers it.
    expect(front['license']).toEqual(['apache-2.0', 'cc-by-4.0']);
    expect(front['language']).toEqual(['en']);
    expect(front['task_categories']).toEqual(['text-generation']);
    expect(front['size_categories']).toEqual(['n<1K']);
    const configs = front['configs'] as Array<{ config_name: string; data_files: Array<{ split: string; path: string }> }>;
    expect(configs.map((config) => config.config_name)).toEqual(['default']);
    const files = readdirSync(join(out, 'data')).map((name) => `data/${name}`);
    expect(configs[0]!.data_files.map((entry) => entry.split)).toEqual(Object.keys(summary.splits));
    for (const { split, path } of configs[0]!.data_files)
      expect(files.filter((name) => globToRegExp(path).test(name))).toEqual(summary.splits[split]!.shards);

    // The body: sources and their licenses, the generation settings from the manifest, the audit, the limits.
    const manifest = JSON.parse(readFileSync(join(run, 'manifest.json'), 'utf8')) as { plan: { seed: string; treeDigest: string } };
    expect(card).toContain('- skyways API: Apache 2.0 (<https://www.apache.org/licenses/LICENSE-2.0>)');
    expect(card).toContain('- shopfront API: no license given');
    expect(card).toContain('| assistant model | offline |');
    expect(card).toContain(`| seed | ${manifest.plan.seed} |`);
    expect(card).toContain(`| tree digest | ${manifest.plan.treeDigest} |`);
    expect(card).toMatch(/\*\*ACCEPTED records \(the data set\)\*\*\n\n\| kind \| records \| accepted \|/);
    expect(card).toMatch(new RegExp(`\\| overall \\| ${summary.records} \\| 100\\.0% \\|`));
    expect(card).toContain('## Limits');
    expect(card).toContain('played without a model');
  });

  it('what no source names a license for is unknown; a folder in the way or a folder that is no run is refused', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'inftool-hf-bare-'));
    const out = join(bare, 'dataset');
    await exportHfDataset(run, out);
    // The sources' _meta names Apache 2.0 for one API only: the rest is unknown, not guessed.
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    expect(parse(/^---\n([\s\S]*?)\n---\n/.exec(card)![1]!)).toMatchObject({ license: ['apache-2.0', 'unknown'] });
    expect(card).toMatch(/- 3 tools with no source metadata: get_current_weather, get_forecast, service_status\n/);
    await expect(exportHfDataset(run, out)).rejects.toThrow(/--out .*dataset already exists and is not empty/);
    await expect(exportHfDataset(bare, join(bare, 'x'))).rejects.toThrow(/is not a run directory \(no manifest\.json\)/);
    const cli = spawnSync(process.execPath, [cliPath, 'export', run, '--format', 'hf', '--out', join(bare, 'y'), '--shard-mb', 'lots'], {
      encoding: 'utf8',
    });
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toContain('--shard-mb must be a positive number of megabytes (got "lots")');
    expect(existsSync(join(bare, 'y'))).toBe(false);
  });

  it('an export killed midway leaves no dataset at --out, and the next one completes', { timeout: 120_000 }, async () => {
    // A larger run: the accepted lines many times over (ids repeat; the export does not mind).
    const big = join(root, 'big');
    cpSync(run, big, { recursive: true });
    const lines = readFileSync(join(run, 'trajectories.jsonl'), 'utf8');
    writeFileSync(join(big, 'trajectories.jsonl'), lines.repeat(40));
    const parent = await mkdtemp(join(tmpdir(), 'inftool-hf-kill-'));
    const out = join(parent, 'dataset');
    const child = spawn(process.execPath, [cliPath, 'export', big, '--format', 'hf', '--out', out, '--shard-mb', '0.2'], {
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    // Kill it once its first shard is on disk, in the temporary folder beside --out.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const partial = readdirSync(parent).find((name) => name.startsWith('.dataset.partial-'));
        if (partial && existsSync(join(parent, partial, 'data')) && readdirSync(join(parent, partial, 'data')).length > 0) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        } else if (existsSync(out)) {
          clearInterval(timer);
          reject(new Error('the export finished before it could be killed: make the run larger'));
        }
      }, 5);
    });
    expect(await exited).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent).filter((name) => name.startsWith('.dataset.partial-'))).toHaveLength(1);
    // Run again: a whole dataset, every record in it, and the killed export's folder is gone.
    const summary = await exportHfDataset(big, out, { shardBytes: 1024 * 1024 });
    expect(readdirSync(parent)).toEqual(['dataset']);
    expect(summary.records).toBe(
      lines
        .trim()
        .split('\n')
        .filter((line) => JSON.parse(line).outcome === 'accepted').length * 40,
    );
    expect(existsSync(join(out, 'README.md'))).toBe(true);
  });
});
