import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenAIChatModel, ToolTree, MERGED_META_KEY } from '@inftool/core';
import { buildTree, type BuildReport } from '@inftool/mcp-tree';
import { reply, startFakeOpenAIServer, type FakeOpenAIServer, type RecordedRequest } from '../support/fake-openai-server.js';
import { cliPath, fixture } from '../support/sim-client.js';

const run = promisify(execFile);
const allTools = (tree: ToolTree) =>
  tree.domains.flatMap((domain) => domain.categories.flatMap((category) => category.servers.flatMap((server) => server.tools)));
const lastUserText = (request: RecordedRequest): string => {
  const messages = request.body['messages'] as Array<{ role: string; content: string }>;
  return messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
};
const inputs = [{ format: 'mcp' as const, paths: [fixture('mcp/duplicates-tools.json'), fixture('mcp/mirror-tools.json')] }];

let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('redundancy and taxonomy with a model (discriminator + abstraction + placement), against the fake endpoint', () => {
  it('groups redundant tools, writes the consolidated tool, repairs a bad answer, and lists what it replaces', async () => {
    server = await startFakeOpenAIServer((request) => {
      const text = lastUserText(request);
      if (text.startsWith('These tools are redundant')) {
        return reply.json({
          name: 'current_weather',
          description: 'Current weather for a city: temperature, wind and conditions.',
          inputSchema: {
            type: 'object',
            properties: { city: { type: 'string' }, units: { type: 'string', enum: ['metric', 'imperial'] } },
            required: ['city'],
          },
        });
      }
      if (text.startsWith('Taxonomy')) return reply.json({ domain: 'Weather & Environment', category: 'Weather' });
      if (text.startsWith('That answer cannot be used')) return reply.json({ redundant: [[0, 2]] }); // the repaired answer
      return reply.json({ redundant: [[0, 7]] }); // index 7 does not exist: must be repaired
    });
    const model = new OpenAIChatModel({ model: 'judge', baseURL: server.baseURL });
    const { tree, report } = await buildTree({ inputs, model, workers: 1, cluster: { threshold: 0.3 } });
    const discriminator = server.requests.filter(
      (request) => (request.body['response_format'] as { json_schema?: { name: string } })?.json_schema?.name === 'redundant_sets',
    );
    expect(discriminator.length).toBe(2);
    expect(lastUserText(discriminator[1]!)).toMatch(/tool 7 does not exist/);
    const tools = allTools(tree);
    const consolidated = tools.find((tool) => tool.name === 'current_weather')!;
    expect(consolidated.inputSchema).toEqual({
      type: 'object',
      properties: { city: { type: 'string' }, units: { type: 'string', enum: ['metric', 'imperial'] } },
      required: ['city'],
    });
    expect((consolidated._meta?.[MERGED_META_KEY] as Array<{ name: string }>).map((entry) => entry.name)).toEqual([
      'get_weather',
      'get_weather',
    ]);
    expect(report.merges).toEqual([
      {
        into: 'current_weather',
        by: 'model',
        replaced: [
          expect.objectContaining({ name: 'get_weather', api: 'duplicates' }),
          expect.objectContaining({ name: 'get_weather', api: 'mirror' }),
        ],
      },
    ]);
    expect(tools.map((tool) => tool.name).sort()).toEqual(['current_weather', 'weather_alerts']);
    expect(report.model?.failures).toEqual([]);
    // The model placed the remaining server (the mirror's only tool was merged away).
    expect(report.placements.model).toBe(1);
    expect(tree.domains.map((domain) => domain.name)).toEqual(['Weather & Environment']);
  });

  it('leaves a cluster alone, and says why, when the model keeps answering garbage', async () => {
    server = await startFakeOpenAIServer(() => reply.text('I think they are all different, honestly.'));
    const model = new OpenAIChatModel({ model: 'judge', baseURL: server.baseURL });
    const { tree, report } = await buildTree({ inputs, model, workers: 1, cluster: { threshold: 0.3 } });
    expect(allTools(tree)).toHaveLength(3);
    expect(report.merges).toEqual([]);
    expect(report.model?.failures).toEqual([
      expect.objectContaining({ step: 'discriminator', reason: expect.stringMatching(/attempt 2/) }),
    ]);
    expect(report.model?.taxonomyFailures).toHaveLength(2); // both servers keep their offline placement
    expect(report.placements.model).toBe(0);
  });

  it('is reachable from the CLI with --model, and refuses it without an endpoint', async () => {
    server = await startFakeOpenAIServer((request) =>
      lastUserText(request).startsWith('Taxonomy')
        ? reply.json({ domain: 'Weather & Environment', category: 'Weather' })
        : reply.json({ redundant: [] }),
    );
    const dir = await mkdtemp(join(tmpdir(), 'inftool-model-merge-'));
    const out = join(dir, 'tree.json');
    const { stderr } = await run(process.execPath, [
      cliPath,
      'tree',
      'build',
      '--from',
      'mcp',
      fixture('mcp/duplicates-tools.json'),
      fixture('mcp/mirror-tools.json'),
      '--out',
      out,
      '--model',
      'judge',
      '--base-url',
      server.baseURL,
      '--threshold',
      '0.3',
      '--no-progress',
    ]);
    expect(stderr).toMatch(/model judge: \d+ calls, 0 answers unusable/);
    const report = JSON.parse(await readFile(join(dir, 'tree.report.json'), 'utf8')) as BuildReport;
    expect(report.stages.merged).toBe(0);
    expect(server.requests.length).toBeGreaterThan(0);
    await expect(
      run(
        process.execPath,
        [cliPath, 'tree', 'build', '--from', 'mcp', fixture('mcp/duplicates-tools.json'), '--out', out, '--model', 'judge'],
        { env: { ...process.env, OPENAI_BASE_URL: '' } },
      ),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--model needs an endpoint/) });
  });
});

describe('clustering over an embeddings endpoint', () => {
  it('embeds every tool in batches, in order, and clusters by LSH-blocked cosine', async () => {
    server = await startFakeOpenAIServer();
    const embedder = new OpenAIChatModel({ model: 'embedder', baseURL: server.baseURL });
    const vectors = await embedder.embed(['weather in a city', 'send an email', 'weather for a city'], { batchSize: 2 });
    expect(server.embeddingRequests.map((request) => request.input)).toEqual([
      ['weather in a city', 'send an email'],
      ['weather for a city'],
    ]);
    expect(vectors).toHaveLength(3);
    expect(vectors[0]).not.toEqual(vectors[1]); // the fake answers in reverse order; the client restores it
    const { report } = await buildTree({ inputs, embedder, workers: 1, merge: true, cluster: { threshold: 0.8 } });
    expect(server.embeddingRequests.length).toBe(3); // one more batch: the three tools
    expect(report.stages.clustered?.clusters).toBeGreaterThan(0);
    expect(report.stages.clustered?.clusters).toBeLessThan(3); // the two get_weather tools embed alike
    expect(report.stages.merged).toBe(1);
  });
});
