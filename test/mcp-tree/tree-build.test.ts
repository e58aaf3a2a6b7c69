import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAFE_TOOL_NAME, SOURCE_META_KEY, SchemaValidator, ToolTree, MERGED_META_KEY } from '@inftool/core';
import { buildTree, clusterVectors, TfIdf, tokenize, writeTreeFile, type BuildReport } from '@inftool/mcp-tree';
import { cliPath, fixture, repoRoot } from '../support/sim-client.js';

const run = promisify(execFile);
const validator = new SchemaValidator();
const allTools = (tree: ToolTree) =>
  tree.domains.flatMap((domain) => domain.categories.flatMap((category) => category.servers.flatMap((server) => server.tools)));

describe('inftool tree build, from every source format, served as it is', () => {
  let dir: string;
  let treeFile: string;
  let tree: ToolTree;
  let report: BuildReport;
  let stderr: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inftool-tree-'));
    treeFile = join(dir, 'tree.json');
    const result = await run(process.execPath, [
      cliPath,
      'tree',
      'build',
      '--from',
      'openapi',
      join(repoRoot, 'examples/openapi'),
      fixture('openapi/petstore-swagger2.yaml'),
      fixture('openapi/broken.yaml'),
      '--from',
      'toolbench',
      fixture('toolbench'),
      '--from',
      'mcp',
      fixture('mcp/notes-server-tools.json'),
      '--out',
      treeFile,
      '--workers',
      '2',
    ]);
    stderr = result.stderr;
    tree = ToolTree.parse(JSON.parse(await readFile(treeFile, 'utf8')));
    report = JSON.parse(await readFile(join(dir, 'tree.report.json'), 'utf8')) as BuildReport;
  });

  it('writes a valid ToolTree: unique OpenAI-safe names, 2020-12 schemas that compile, the origin of every tool', () => {
    const tools = allTools(tree);
    expect(tools.length).toBe(report.stages.tools);
    expect(tools.length).toBeGreaterThan(50);
    const names = tools.map((tool) => tool.name);
    expect(new Set(names).size).toBe(names.length);
    for (const tool of tools) {
      expect(tool.name).toMatch(SAFE_TOOL_NAME);
      expect(tool.inputSchema.type).toBe('object');
      expect(() => validator.validate(tool.inputSchema, {})).not.toThrow(); // compiles under Ajv2020
      const source = tool._meta?.[SOURCE_META_KEY] as { format: string; file: string; name: string };
      expect(['openapi', 'toolbench', 'mcp']).toContain(source.format);
      expect(source.file).toBeTruthy();
      expect(source.name).toBeTruthy();
    }
    const formats = new Set(tools.map((tool) => (tool._meta?.[SOURCE_META_KEY] as { format: string }).format));
    expect([...formats].sort()).toEqual(['mcp', 'openapi', 'toolbench']);
  });

  it('reports what it dropped and could not read, with file and reason, and went on', () => {
    expect(report.files.failed).toEqual([
      expect.objectContaining({ file: fixture('openapi/broken.yaml'), reason: expect.stringMatching(/not a readable OpenAPI document/) }),
    ]);
    const reasons = report.drops.map((drop) => `${drop.name}: ${drop.reason}`);
    expect(reasons).toContain('oldUpdatePet: deprecated operation');
    expect(reasons).toContain('Undocumented: no description');
    expect(reasons).toContain('notes.secret: no description');
    expect(report.stages.imported + report.stages.dropped).toBeGreaterThan(report.stages.tools);
    expect(stderr).toMatch(/tools in \d+ servers/);
  });

  it('places every server in one of the default domains, with per-domain counts', () => {
    const counted = Object.values(report.domains).reduce((total, domain) => total + domain.tools, 0);
    expect(counted).toBe(report.stages.tools);
    // The ToolBench tool names its category (Weather); the Twilio spec's APIs.guru category is messaging.
    const where = (server: string) =>
      tree.domains.find((domain) => domain.categories.some((category) => category.servers.some((entry) => entry.name === server)))?.name;
    expect(where('weather_api')).toBe('Weather & Environment');
    expect(where('twilio_fax')).toBe('Communication');
  });

  it('is served by inftool serve as it is: a third tool of the tree answers over stdio', async () => {
    const client = new Client({ name: 'tree-test', version: '0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [cliPath, 'serve', '--tree', treeFile, '--log-level', 'silent'],
        stderr: 'ignore',
      }),
    );
    try {
      const listed = await client.listTools();
      expect(listed.tools.length).toBe(Math.min(100, report.stages.tools));
      const weather = allTools(tree).find((tool) => (tool._meta?.[SOURCE_META_KEY] as { name: string }).name === 'Realtime Weather');
      expect(weather?.inputSchema).toMatchObject({
        properties: { q: { type: 'string', examples: ['London'] }, days: { type: 'number' }, date: { type: 'string', format: 'date' } },
        required: ['q'],
      });
      const result = await client.callTool({ name: weather!.name, arguments: { q: 'Oslo' } });
      expect(result.isError).toBeFalsy();
      const invalid = await client.callTool({ name: weather!.name, arguments: { days: 'three' } });
      expect(invalid.isError).toBe(true);
      expect(JSON.stringify(invalid.content)).toMatch(/q/);
    } finally {
      await client.close();
    }
  });

  it('tree stats counts it', async () => {
    const { stdout } = await run(process.execPath, [cliPath, 'tree', 'stats', treeFile, '--json']);
    const stats = JSON.parse(stdout) as { tools: number; servers: number; bySource: Record<string, number> };
    expect(stats.tools).toBe(report.stages.tools);
    expect(stats.servers).toBe(report.stages.servers);
    expect(Object.values(stats.bySource).reduce((total, count) => total + count, 0)).toBe(stats.tools);
  });

  it('gives a clear error for a missing path and an unknown format', async () => {
    await expect(
      run(process.execPath, [cliPath, 'tree', 'build', '--from', 'openapi', join(dir, 'nope'), '--out', join(dir, 'x.json')]),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/no such file or directory: .*nope/) });
    await expect(
      run(process.execPath, [cliPath, 'tree', 'build', '--from', 'swagger', 'x', '--out', join(dir, 'x.json')]),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/swagger/) });
  });
});

describe('clustering and the offline merge', () => {
  it('links only tools above the threshold, and finds them without comparing all pairs', () => {
    const documents = [
      'get current weather for a city temperature wind',
      'current weather in a city temperature and wind',
      'send an email message to a recipient inbox',
      'send email message to recipient',
      'list invoices of a customer billing account',
      ...Array.from({ length: 200 }, (_, index) => `unrelated operation number ${index} alpha${index} beta${index} gamma${index}`),
    ].map(tokenize);
    const vectors = new TfIdf().fit(documents);
    const { assignment, comparisons } = clusterVectors(vectors, { threshold: 0.5, maxBlockSize: 50 });
    expect(assignment[0]).toBe(assignment[1]);
    expect(assignment[2]).toBe(assignment[3]);
    expect(assignment[0]).not.toBe(assignment[2]);
    expect(assignment[4]).not.toBe(assignment[0]);
    expect(new Set(Array.from(assignment).slice(5)).size).toBe(200);
    expect(comparisons).toBeLessThan((documents.length * (documents.length - 1)) / 2 / 10);
  });

  it('merges near-identical tools (same parameters, same text) and lists what each merged tool replaces; --no-merge keeps all', async () => {
    const mcp = fixture('mcp/duplicates-tools.json');
    const mirror = fixture('mcp/mirror-tools.json');
    const merged = await buildTree({
      inputs: [{ format: 'mcp', paths: [mcp, mirror, fixture('mcp/notes-server-tools.json')] }],
      workers: 1,
    });
    const tools = allTools(merged.tree);
    const weather = tools.filter((tool) => /weather/i.test(tool.name));
    expect(weather.map((tool) => tool.name).sort()).toEqual(['get_weather', 'weather_alerts']); // the mirror's copy merged; the alerts take other parameters
    const survivor = weather.find((tool) => tool.name === 'get_weather')!;
    const replaced = [{ name: 'get_weather', api: 'duplicates', file: mcp }];
    expect(survivor._meta?.[MERGED_META_KEY]).toEqual(replaced);
    expect((survivor._meta?.[SOURCE_META_KEY] as { file: string }).file).toBe(mirror); // the longer description stays
    expect(merged.report.merges).toEqual([{ into: 'get_weather', by: 'offline', replaced }]);
    const file = join(await mkdtemp(join(tmpdir(), 'inftool-write-')), 'tree.json');
    await writeTreeFile(merged.tree, file); // streamed, tool by tool
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(merged.tree)));
    const kept = await buildTree({ inputs: [{ format: 'mcp', paths: [mcp, mirror] }], merge: false, workers: 1 });
    expect(
      allTools(kept.tree)
        .map((tool) => tool.name)
        .sort(),
    ).toEqual(['get_weather', 'mirror_get_weather', 'weather_alerts']);
    expect(kept.report.merges).toEqual([]);
  });
});
