import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRun, selectRoles, synthesize, taskIdPrefix, treeDigest, type RunManifest } from '@inftool/harness';
import type { ToolTree } from '@inftool/core';
import { demoTree, fixture } from '../support/sim-client.js';

const offline = () => selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} });
const ids = async (dir: string) => {
  const { accepted, rejected } = await readRun(dir);
  return [...accepted, ...rejected].map((record) => record.id).sort();
};

async function play(tree: string, out: string, count: number, resume = false) {
  return synthesize({
    tree,
    kinds: ['single', 'parallel'],
    count,
    out,
    seed: 'inftool',
    concurrency: 2,
    resume,
    roles: offline(),
  });
}

describe('record ids unique across runs', () => {
  it('runs over different trees with one seed share no id; the same tree, even rebuilt, gives the same ids', async () => {
    const base = await mkdtemp(join(tmpdir(), 'inftool-ids-'));
    await play(demoTree, join(base, 'demo'), 4);
    await play(fixture('orders-tree.json'), join(base, 'orders'), 4);
    const demo = await ids(join(base, 'demo'));
    const orders = await ids(join(base, 'orders'));
    expect(demo).toHaveLength(4);
    expect(orders).toHaveLength(4);
    expect(demo.filter((id) => orders.includes(id))).toEqual([]);
    // The id says the seed and the tree: `inftool-<10 hex>-000003-parallel`.
    for (const id of [...demo, ...orders]) expect(id).toMatch(/^inftool-[0-9a-f]{10}-\d{6}-(single|parallel)$/);
    // A copy of the tree with a build report of other timings serves the same tools: the same ids.
    const tree = JSON.parse(readFileSync(demoTree, 'utf8')) as ToolTree & { report?: unknown };
    const copy = join(base, 'copy.json');
    writeFileSync(copy, JSON.stringify({ ...tree, report: { ms: 123 } }, null, 1));
    await play(copy, join(base, 'copy'), 4);
    expect(await ids(join(base, 'copy'))).toEqual(demo);
    expect(treeDigest(tree)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the same specs built in another checkout give the same digest; a changed tool gives another', () => {
    const builtIn = (root: string): ToolTree => {
      const tree = JSON.parse(readFileSync(demoTree, 'utf8')) as ToolTree;
      for (const domain of tree.domains)
        for (const category of domain.categories)
          for (const server of category.servers)
            for (const tool of server.tools)
              tool._meta = {
                'inftool/source': { format: 'openapi', file: `${root}/examples/openapi/${server.name}.json`, name: tool.name },
              };
      return tree;
    };
    const tree = builtIn('/work/main');
    const moved = builtIn('/home/someone/checkout');
    expect(JSON.stringify(moved)).not.toBe(JSON.stringify(tree));
    expect(treeDigest(moved)).toBe(treeDigest(tree));
    const edited = JSON.parse(JSON.stringify(tree)) as ToolTree;
    const tool = edited.domains[0]!.categories[0]!.servers[0]!.tools[0]!;
    tool.description = `${tool.description ?? ''} (edited)`;
    expect(treeDigest(edited)).not.toBe(treeDigest(tree));
  });

  it('--resume finds the ids it planned (no duplicate, no gap), also in a run recorded before ids had the tree digest', async () => {
    const base = await mkdtemp(join(tmpdir(), 'inftool-ids-resume-'));
    const out = join(base, 'run');
    await play(demoTree, out, 3);
    await play(demoTree, out, 3, true); // nothing left to do
    expect(await ids(out)).toHaveLength(3);
    // An older run: its manifest names no digest and its ids are the seed's; resuming it keeps them.
    const old = join(base, 'old');
    await play(demoTree, old, 2);
    const manifestFile = join(old, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as RunManifest;
    const prefix = taskIdPrefix(manifest.plan);
    const { treeDigest: _digest, ...plan } = manifest.plan;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, plan: { ...plan, count: 4 } }));
    for (const name of ['trajectories.jsonl', 'rejected.jsonl']) {
      const file = join(old, name);
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      writeFileSync(file, text.replaceAll(`${prefix}-`, 'inftool-'));
    }
    const summary = await synthesize({
      tree: demoTree,
      kinds: ['single', 'parallel'],
      count: 4,
      out: old,
      seed: 'inftool',
      concurrency: 2,
      resume: true,
      roles: offline(),
    });
    expect(summary.skipped).toBe(2);
    const resumed = await ids(old);
    expect(resumed).toEqual(['inftool-000000-single', 'inftool-000001-parallel', 'inftool-000002-single', 'inftool-000003-parallel']);
  });

  it('--resume over a changed tree is refused with a clear message', async () => {
    const base = await mkdtemp(join(tmpdir(), 'inftool-ids-changed-'));
    const tree = JSON.parse(readFileSync(demoTree, 'utf8')) as ToolTree;
    const file = join(base, 'tree.json');
    writeFileSync(file, JSON.stringify(tree));
    await play(file, join(base, 'run'), 2);
    const first = tree.domains[0]!.categories[0]!.servers[0]!;
    first.tools = first.tools.slice(1);
    writeFileSync(file, JSON.stringify(tree));
    await expect(play(file, join(base, 'run'), 2, true)).rejects.toThrow(
      /tree content \(sha256 [0-9a-f]{12}… of .*tree\.json then, sha256 [0-9a-f]{12}… of .*tree\.json now\)/,
    );
  });
});
