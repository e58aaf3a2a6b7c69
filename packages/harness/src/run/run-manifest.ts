import { resolve } from 'node:path';
import { canonicalJson, type WireScope } from '@inftool/core';

export interface RunManifest {
  /** 2: records are version 2 lines with their tool lists in `tools/` (a resumed version 1 run keeps 1). */
  schemaVersion: 1 | 2;
  createdAt: string;
  /** Everything that decides which tasks are planned: a resumed run must match it (the tree by its content, see `inputs`). */
  plan: {
    tree: string;
    kinds: string[];
    count: number;
    seed: string;
    /** The tree's digest (`treeDigest`): task ids carry it (`taskIdPrefix`); absent in runs planned before, whose ids are the seed's. */
    treeDigest?: string;
    rollouts?: number;
    extra?: string[];
  };
  /** Which part of the wire the records keep (absent: `full`). */
  wire?: WireScope;
  /** The model of each role (`offline` for the model-free ones); `server` when a model writes the tool results. */
  models: Record<string, string>;
  /** What else makes the data: a resumed run must match it. Absent in runs made before it was kept (their tree is compared by path). */
  inputs?: RunInputs;
}

export interface RunInputs {
  /** The tree's digest (`treeDigest`: what it serves, not its build report): the same file by another path is the same tree, an edited one is not. */
  treeSha256: string;
  /** K judges and their vote threshold (absent: no judges). */
  judges?: { count: number; threshold: number };
  /** Self-reflection attempts per task. */
  reflect: number;
}

/** A content hash as shown in messages: its first 12 hex digits. */
const shortHash = (hash: string | undefined): string => (hash === undefined ? 'unknown' : `sha256 ${hash.slice(0, 12)}…`);
const shown = (value: unknown): string => (value === undefined ? 'none' : typeof value === 'string' ? value : canonicalJson(value));

/**
 * What differs between the run on disk and the one asked for, one phrase each ("assistant model (m1
 * then, m2 now)"); empty when the run may be resumed. The tree is compared by content when both
 * manifests keep its hash, else by its resolved path.
 */
export function manifestDifferences(existing: RunManifest, wanted: RunManifest): string[] {
  const differences: string[] = [];
  const differ = (label: string, then: unknown, now: unknown): void => {
    if (canonicalJson(then ?? null) !== canonicalJson(now ?? null)) differences.push(`${label} (${shown(then)} then, ${shown(now)} now)`);
  };
  const hashed = existing.inputs?.treeSha256 !== undefined && wanted.inputs?.treeSha256 !== undefined;
  if (hashed) {
    if (existing.inputs?.treeSha256 !== wanted.inputs?.treeSha256)
      differences.push(
        `tree content (${shortHash(existing.inputs?.treeSha256)} of ${existing.plan.tree} then, ${shortHash(wanted.inputs?.treeSha256)} of ${wanted.plan.tree} now)`,
      );
  } else if (resolve(existing.plan.tree) !== resolve(wanted.plan.tree)) {
    differ('tree', existing.plan.tree, wanted.plan.tree);
  }
  differ('scenarios', existing.plan.kinds, wanted.plan.kinds);
  differ('count', existing.plan.count, wanted.plan.count);
  differ('seed', existing.plan.seed, wanted.plan.seed);
  differ('rollouts', existing.plan.rollouts ?? 1, wanted.plan.rollouts ?? 1);
  differ('extra tasks', existing.plan.extra, wanted.plan.extra);
  // Any other part of the plan (kept by later versions) by its own name.
  // The tree's digest is compared as `inputs.treeSha256` (the same hash); a run planned before it keeps the seed's ids.
  const named = new Set(['tree', 'treeDigest', 'kinds', 'count', 'seed', 'rollouts', 'extra']);
  const plans = [existing.plan, wanted.plan] as Array<Record<string, unknown>>;
  for (const key of [...new Set(plans.flatMap((plan) => Object.keys(plan)))].filter((key) => !named.has(key)).sort())
    differ(`plan ${key}`, plans[0]![key], plans[1]![key]);
  differ('--wire', existing.wire ?? 'full', wanted.wire ?? 'full');
  for (const role of [...new Set([...Object.keys(existing.models), ...Object.keys(wanted.models)])].sort())
    differ(`${role} model`, existing.models[role], wanted.models[role]);
  if (existing.inputs && wanted.inputs) {
    differ('judges', existing.inputs.judges, wanted.inputs.judges);
    differ('--reflect', existing.inputs.reflect, wanted.inputs.reflect);
  }
  return differences;
}
