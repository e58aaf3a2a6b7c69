import type { ToolTree } from '@inftool/core';
import type { ModelMergeResult } from './merge/model-merge.js';
import type { Dropped, ImportedTool } from './importers/imported.js';
import type { Placement } from './taxonomy/assign.js';

export type BuildStage = 'import' | 'embed' | 'cluster' | 'merge' | 'taxonomy' | 'assemble';

export interface MergeRecord {
  into: string;
  /** `model`: a consolidated tool written by the model replaces them all (the originals are listed). */
  by: 'offline' | 'model';
  replaced: Array<{ name: string; api: string; file: string }>;
}

export interface BuildReport {
  files: { read: number; failed: Dropped[] };
  stages: {
    imported: number;
    dropped: number;
    clustered?: { clusters: number; multiToolClusters: number; comparisons: number };
    merged: number;
    tools: number;
    servers: number;
  };
  drops: Dropped[];
  merges: MergeRecord[];
  /** The model-based redundancy step, when a model was given: calls made and what it could not do. */
  model?: { calls: number; failures: ModelMergeResult['failures']; taxonomyFailures?: Array<{ api: string; reason: string }> };
  domains: Record<string, { tools: number; servers: number; categories: Record<string, { tools: number; servers: number }> }>;
  placements: Record<Placement['by'], number>;
  /**
   * Parameters left out of tools as plumbing (credentials, signatures, transport and constant
   * headers; each tool lists its own in `_meta["inftool/source"].plumbing`), counted by kind and by
   * `in name`, over the imported tools.
   */
  plumbing: { parameters: number; tools: number; byKind: Record<string, number>; byName: Record<string, number> };
  /** Spec examples left out because they do not validate against their own schema. */
  invalidExamples: number;
  /** Examples and defaults left out as too large or too deep (a YAML alias bomb, a data dump), with where. */
  oversizeValues: Array<{ file: string; name?: string; reason: string }>;
  /** Tools with an outputSchema, with examples on it, and with an array response carried under `items`. */
  outputs: { withSchema: number; withExamples: number; wrapped: number };
  /** Tools whose schemas were cut (recursion, depth, size), with what was cut. */
  cut: Array<{ name: string; notes: string[] }>;
  timingsMs: Partial<Record<BuildStage, number>>;
}

export function countPlumbing(tools: ImportedTool[]): BuildReport['plumbing'] {
  const counts: BuildReport['plumbing'] = { parameters: 0, tools: 0, byKind: {}, byName: {} };
  for (const tool of tools) {
    const dropped = tool.source.plumbing ?? [];
    if (dropped.length > 0) counts.tools += 1;
    for (const parameter of dropped) {
      counts.parameters += 1;
      counts.byKind[parameter.kind] = (counts.byKind[parameter.kind] ?? 0) + 1;
      const key = `${parameter.in} ${parameter.name}`;
      counts.byName[key] = (counts.byName[key] ?? 0) + 1;
    }
  }
  return counts;
}

export function countOutputs(tools: ImportedTool[]): BuildReport['outputs'] {
  const counts: BuildReport['outputs'] = { withSchema: 0, withExamples: 0, wrapped: 0 };
  for (const tool of tools) {
    if (!tool.outputSchema) continue;
    counts.withSchema += 1;
    if (Array.isArray(tool.outputSchema['examples']) && tool.outputSchema['examples'].length > 0) counts.withExamples += 1;
    if (tool.source.wrappedOutput !== undefined) counts.wrapped += 1;
  }
  return counts;
}

type DomainCounts = BuildReport['domains'][string];

/** Tools and servers per domain and category of an assembled tree. */
export function countDomains(tree: ToolTree): BuildReport['domains'] {
  const countCategory = (category: ToolTree['domains'][number]['categories'][number]): { tools: number; servers: number } => ({
    tools: category.servers.reduce((sum, server) => sum + server.tools.length, 0),
    servers: category.servers.length,
  });
  return Object.fromEntries(
    tree.domains.map((domain): [string, DomainCounts] => {
      const categories = Object.fromEntries(domain.categories.map((category) => [category.name, countCategory(category)]));
      const counts = Object.values(categories);
      return [
        domain.name,
        {
          tools: counts.reduce((total, entry) => total + entry.tools, 0),
          servers: counts.reduce((total, entry) => total + entry.servers, 0),
          categories,
        },
      ];
    }),
  );
}

/** How many APIs each placement rule placed. */
export function countPlacements(placements: Map<string, Placement>): BuildReport['placements'] {
  return [...placements.values()].reduce<BuildReport['placements']>(
    (totals, placement) => ({ ...totals, [placement.by]: (totals[placement.by] ?? 0) + 1 }),
    { 'source-category': 0, keywords: 0, 'nearest-centroid': 0, default: 0, model: 0 },
  );
}

/** The summary a tree carries; the full lists (drops, merges, cuts) go to the report file. */
export function treeSummary(report: BuildReport): NonNullable<ToolTree['report']> {
  return {
    files: { read: report.files.read, failed: report.files.failed.length },
    stages: report.stages,
    plumbing: { parameters: report.plumbing.parameters, tools: report.plumbing.tools, byKind: report.plumbing.byKind },
    outputs: report.outputs,
    domains: report.domains,
    placements: report.placements,
    timingsMs: report.timingsMs,
  };
}
