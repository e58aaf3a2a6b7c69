import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestDifferences, type RunManifest } from './run-manifest.js';

const base: RunManifest = {
  schemaVersion: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  plan: { tree: 'trees/t.json', kinds: ['single'], count: 4, seed: 's' },
  wire: 'full',
  models: { user: 'offline', assistant: 'm' },
  inputs: { treeSha256: 'a'.repeat(64), reflect: 1 },
};

describe('manifestDifferences', () => {
  it('compares the tree by content, not by path, and names every difference', () => {
    expect(manifestDifferences(base, { ...base, plan: { ...base.plan, tree: resolve('elsewhere/copy.json') } })).toEqual([]);
    const other: RunManifest = {
      ...base,
      createdAt: '2026-02-02T00:00:00.000Z',
      plan: { ...base.plan, count: 5 },
      models: { user: 'offline', assistant: 'n', judge: 'j' },
      inputs: { treeSha256: 'b'.repeat(64), judges: { count: 3, threshold: 0.5 }, reflect: 2 },
    };
    expect(manifestDifferences(base, other)).toEqual([
      'tree content (sha256 aaaaaaaaaaaa… of trees/t.json then, sha256 bbbbbbbbbbbb… of trees/t.json now)',
      'count (4 then, 5 now)',
      'assistant model (m then, n now)',
      'judge model (none then, j now)',
      'judges (none then, {"count":3,"threshold":0.5} now)',
      '--reflect (1 then, 2 now)',
    ]);
  });

  it('compares a run made before the tree hash was kept by resolved path, and plan keys it does not know by name', () => {
    const { inputs: _inputs, ...old } = base;
    expect(manifestDifferences(old, { ...base, plan: { ...base.plan, tree: resolve('trees/t.json') } })).toEqual([]);
    expect(manifestDifferences(old, { ...base, plan: { ...base.plan, tree: 'trees/u.json' } })).toEqual([
      'tree (trees/t.json then, trees/u.json now)',
    ]);
    const later = { ...base, plan: { ...base.plan, ids: 'v2' } } as RunManifest;
    expect(manifestDifferences(base, later)).toEqual(['plan ids (none then, v2 now)']);
  });
});
