import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SCENARIO_KINDS, SchemaValidator, Trajectory, type ToolSpec, type ToolTree } from '@inftool/core';
import { RunDir, compactRecord, expandRecord, exportRecord, readRun, selectRoles, synthesize, type RunManifest } from '@inftool/harness';
import { cliPath, demoTree, fixture, repoRoot } from '../support/sim-client.js';

const run = promisify(execFile);
const validator = new SchemaValidator();
const trajectorySchema = JSON.parse(readFileSync(join(repoRoot, 'packages/core/schemas/trajectory.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;
const tempDir = (name: string) => mkdtemp(join(tmpdir(), `inftool-${name}-`));
const rawLines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const offline = () => selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} });

/** The demo tree's tools copied `copies` times under new names, as an MCP tools/list dump. */
function toolsListDump(file: string, copies: number): number {
  const tree = JSON.parse(readFileSync(demoTree, 'utf8')) as ToolTree;
  const tools: ToolSpec[] = tree.domains.flatMap((domain) =>
    domain.categories.flatMap((category) => category.servers.flatMap((server) => server.tools)),
  );
  const copied = Array.from({ length: copies }, (_, copy) => tools.map((tool) => ({ ...tool, name: `${tool.name}_${copy}` }))).flat();
  writeFileSync(file, JSON.stringify({ tools: copied }));
  return copied.length;
}

describe('compact run records (schemaVersion 2)', () => {
  it('store each tool list once, keep lines small on a big catalog, and read back exactly the records that were played', async () => {
    const base = await tempDir('compact');
    const dump = join(base, 'catalog-tools.json');
    expect(toolsListDump(dump, 60)).toBe(660); // under 1000 tools: every session lists the catalog itself (7 pages)
    const out = join(base, 'run');
    const played = new Map<string, Trajectory>();
    const summary = await synthesize({
      tree: dump,
      kinds: SCENARIO_KINDS,
      count: SCENARIO_KINDS.length,
      out,
      seed: 'compact',
      concurrency: 4,
      resume: false,
      roles: offline(),
      onProgress: (_done, _total, record) => void (record && played.set(record.id, record)),
    });
    expect(summary.accepted + summary.rejected).toBe(SCENARIO_KINDS.length);

    // Read back: the full records, equal to the ones played.
    const { accepted, rejected } = await readRun(out);
    const read = [...accepted, ...rejected];
    expect(read).toHaveLength(played.size);
    for (const record of read) {
      expect(record).toEqual(played.get(record.id));
      expect(Trajectory.safeParse(record).success).toBe(true);
    }
    const listed = read.flatMap((record) =>
      record.wire.filter((entry) => Array.isArray((entry.message['result'] as { tools?: unknown } | undefined)?.tools)),
    );
    expect(listed.length).toBeGreaterThanOrEqual(7 * read.length);

    // On disk: no list inline, every reference names a file of tools/ by the SHA-256 of its bytes.
    const refs = new Set<string>();
    const sizes: number[] = [];
    for (const name of ['trajectories.jsonl', 'rejected.jsonl']) {
      let lines: string[] = [];
      try {
        lines = rawLines(join(out, name));
      } catch {
        continue;
      }
      for (const text of lines) {
        const line = JSON.parse(text) as {
          schemaVersion: number;
          outcome: string;
          tools: { $ref: string };
          wire: Array<{ message: { result?: { tools?: unknown } } }>;
        };
        expect(validator.validate(trajectorySchema, line)).toEqual({ valid: true });
        expect(line.schemaVersion).toBe(2);
        refs.add(line.tools.$ref);
        for (const entry of line.wire) {
          const tools = entry.message.result?.tools;
          if (tools === undefined) continue;
          expect(tools).toEqual({ $ref: expect.stringMatching(/^tools\/[0-9a-f]{64}\.json$/) });
          refs.add((tools as { $ref: string }).$ref);
        }
        if (line.outcome === 'accepted') sizes.push(Buffer.byteLength(text) + 1);
      }
    }
    const files = readdirSync(join(out, 'tools')).map((name) => `tools/${name}`);
    expect(new Set(files)).toEqual(refs);
    for (const file of files)
      expect(file).toBe(
        `tools/${createHash('sha256')
          .update(readFileSync(join(out, file)))
          .digest('hex')}.json`,
      );
    // The 7 pages of the catalog are the same for every session: stored once.
    expect(files.length).toBeLessThanOrEqual(7 + read.length);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(sizes.length).toBeGreaterThan(0);
    expect(mean(sizes)).toBeLessThanOrEqual(20_000);
    expect(mean(read.filter((record) => record.outcome === 'accepted').map((record) => JSON.stringify(record).length))).toBeGreaterThan(
      200_000,
    ); // what a full line would be

    // Exports read through the reader: the tools are there in full.
    const { stderr } = await run(process.execPath, [cliPath, 'export', out, '--format', 'openai']);
    expect(stderr).toMatch(new RegExp(`${accepted.length} trajectories`));
    const exported = rawLines(join(out, 'export-openai.jsonl')).map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(exported).toEqual(
      accepted.map((record) => JSON.parse(JSON.stringify(exportRecord(record, 'openai'))) as Record<string, unknown>),
    );
    expect((exported[0]!['tools'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('--wire calls keeps the tools/call exchanges only, --wire none no wire; a resume must keep the same --wire', async () => {
    const base = await tempDir('wire');
    /** Plays into `base/out` with `--wire scope` (the default wire when none is given). */
    const play = (out: 'calls' | 'none', scope: 'calls' | 'none' | undefined, resume = false) =>
      run(process.execPath, [
        cliPath,
        'synth',
        '--tree',
        fixture('clock-tree.json'),
        '--scenarios',
        'single,parallel',
        '--count',
        '4',
        '--out',
        join(base, out),
        ...(scope ? ['--wire', scope] : []),
        '--no-progress',
        ...(resume ? ['--resume'] : []),
      ]);
    await play('calls', 'calls');
    await play('none', 'none');
    const calls = [...(await readRun(join(base, 'calls'))).accepted];
    expect(calls).toHaveLength(4);
    for (const record of calls) {
      expect(record.wireScope).toBe('calls');
      const requests = record.wire.filter((entry) => entry.direction === 'client_to_server');
      const responses = record.wire.filter((entry) => entry.direction === 'server_to_client');
      expect(requests.length).toBe(record.messages.filter((message) => message.role === 'tool').length);
      expect(requests.every((entry) => entry.message['method'] === 'tools/call')).toBe(true);
      expect(responses.map((entry) => entry.message['id']).sort()).toEqual(requests.map((entry) => entry.message['id']).sort());
      expect(record.tools.length).toBeGreaterThan(0);
    }
    for (const record of (await readRun(join(base, 'none'))).accepted) expect(record).toMatchObject({ wireScope: 'none', wire: [] });
    expect(JSON.parse(readFileSync(join(base, 'none', 'manifest.json'), 'utf8'))).toMatchObject({ schemaVersion: 2, wire: 'none' });
    await expect(play('none', undefined, true)).rejects.toMatchObject({
      stderr: expect.stringMatching(/was made with other settings: --wire \(none then, full now\)\. Resume with the same ones/),
    });
    await play('none', 'none', true); // the same --wire resumes (nothing left to do)
  });

  it('reads version 1 runs (tools and wire inline), and a resumed version 1 run appends version 2 lines readable alongside', async () => {
    const dir = join(await tempDir('v1'), 'run');
    cpSync(fixture('run-v1'), dir, { recursive: true });
    for (const text of rawLines(join(dir, 'trajectories.jsonl'))) {
      expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1 });
      expect(validator.validate(trajectorySchema, JSON.parse(text))).toEqual({ valid: true });
    }
    const { accepted } = await readRun(dir);
    expect(accepted.map((record) => record.id)).toEqual(['inftool-000001-parallel', 'inftool-000010-irrelevance']);
    for (const record of accepted) {
      expect(record.schemaVersion).toBe(2);
      expect(Trajectory.safeParse(record).success).toBe(true);
      expect(record.tools.length).toBeGreaterThan(0);
    }
    const parallel = accepted[0]!;
    expect(parallel.wire.some((entry) => Array.isArray((entry.message['result'] as { tools?: unknown } | undefined)?.tools))).toBe(true);
    expect((exportRecord(parallel, 'openai') as { tools: unknown[] }).tools).toHaveLength(parallel.tools.length);

    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as RunManifest;
    const resumed = await RunDir.open(dir, manifest, true);
    expect([...resumed.done].sort()).toEqual(['inftool-000001-parallel', 'inftool-000010-irrelevance']);
    await resumed.write({ ...parallel, id: 'later' });
    await resumed.close();
    expect(rawLines(join(dir, 'trajectories.jsonl')).map((text) => (JSON.parse(text) as { schemaVersion: number }).schemaVersion)).toEqual([
      1, 1, 2,
    ]);
    const again = (await readRun(dir)).accepted;
    expect(again.map((record) => record.id)).toEqual(['inftool-000001-parallel', 'inftool-000010-irrelevance', 'later']);
    expect({ ...again[2], id: parallel.id }).toEqual(parallel);
  });
});

describe('compactRecord and expandRecord', () => {
  it('replace only the tools of tools/list responses, restore them exactly, and keep saying when a record kept less wire', async () => {
    const { accepted } = await readRun(fixture('run-v1'));
    const parallel = accepted[0]!;
    const lookalike = { $ref: 'tools/0000000000000000000000000000000000000000000000000000000000000000.json' };
    // A tools/call result that happens to carry a "tools" key is data, not a reference.
    const record: Trajectory = {
      ...parallel,
      wire: [
        ...parallel.wire,
        {
          direction: 'client_to_server',
          time: 1,
          message: { jsonrpc: '2.0', id: 99, method: 'tools/call', params: { name: 'x', arguments: {} } },
        },
        { direction: 'server_to_client', time: 2, message: { jsonrpc: '2.0', id: 99, result: { content: [], tools: lookalike } } },
      ],
    };
    const { line, lists } = compactRecord(record);
    const stored = new Map(lists.map((list) => [list.ref.$ref, JSON.parse(list.text) as unknown[]]));
    expect(line.wire.at(-1)!.message['result']).toEqual({ content: [], tools: lookalike });
    expect(stored.has(lookalike.$ref)).toBe(false);
    const back = expandRecord(line, (ref) => stored.get(ref)!);
    expect(back).toEqual(record);
    expect(compactRecord({ ...record, wireScope: 'none' }, 'full').line.wireScope).toBe('none');
    expect(compactRecord({ ...record, wireScope: 'calls' }, 'none').line).toMatchObject({ wireScope: 'none', wire: [] });
  });
});

describe('tool files synth accepts', () => {
  it('takes a tools/list dump as serve does, and names the file and the problem in one line when it cannot', async () => {
    const base = await tempDir('inputs');
    const synth = (tree: string) =>
      run(process.execPath, [
        cliPath,
        'synth',
        '--tree',
        tree,
        '--count',
        '2',
        '--scenarios',
        'single',
        '--out',
        join(base, `run-${Math.random()}`),
        '--no-progress',
      ]);
    const dump = join(base, 'tools.json');
    toolsListDump(dump, 1);
    expect((await synth(dump)).stderr).toMatch(/2 accepted, 0 rejected/);

    const failure = async (tree: string): Promise<string> => {
      const error = (await synth(tree).then(
        () => undefined,
        (caught: unknown) => caught,
      )) as { code: number; stderr: string } | undefined;
      expect(error?.code).toBe(2);
      const text = error!.stderr.trim();
      expect(text.split('\n')).toHaveLength(1);
      return text;
    };
    expect(await failure(join(base, 'nowhere.json'))).toMatch(/nowhere\.json.*no such file/i);
    writeFileSync(join(base, 'broken.json'), '{\n  "tools": [\n    {"name": "a",}\n  ]\n}\n');
    expect(await failure(join(base, 'broken.json'))).toMatch(/broken\.json: not valid JSON at line 3, column 18/);
    writeFileSync(join(base, 'nan.json'), '{\n  "tools": [\n    {"name": NaN}\n  ]\n}\n');
    expect(await failure(join(base, 'nan.json'))).toMatch(/nan\.json: not valid JSON at line 3, column 14/);
    writeFileSync(join(base, 'other.json'), JSON.stringify({ openapi: '3.1.0', paths: {} }));
    expect(await failure(join(base, 'other.json'))).toMatch(/other\.json: .*ToolTree.*tools\/list.*top-level keys: openapi, paths/);
    writeFileSync(join(base, 'list.json'), '[1, 2]');
    expect(await failure(join(base, 'list.json'))).toMatch(/list\.json: .*ToolTree.*tools\/list.*an array/);
  });
});
