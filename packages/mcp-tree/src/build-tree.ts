import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InfToolError, SchemaValidator, type ChatModel, type EmbeddingModel, type ToolTree } from '@inftool/core';
import {
  countDomains,
  countOutputs,
  countPlacements,
  countPlumbing,
  treeSummary,
  type BuildReport,
  type BuildStage,
} from './build-report.js';
import { assembleTree } from './assemble-tree.js';
import { clusterVectors, denseVectors, type ClusterOptions } from './cluster/similarity-clusters.js';
import { centroid, TfIdf, tokenize, type SparseVector } from './cluster/tfidf.js';
import { importAll } from './importers/import-pool.js';
import { modelMerge } from './merge/model-merge.js';
import { longestDescription, mergeNearIdentical, type MergeOutcome } from './merge/offline-merge.js';
import type { Dropped, ImportedTool, SourceFormat } from './importers/imported.js';
import { assignTaxonomy, type ApiProfile, type Placement } from './taxonomy/assign.js';
import { assignTaxonomyWithModel } from './taxonomy/model-assign.js';
import { DEFAULT_DOMAINS, type DomainDefinition } from './taxonomy/domains.js';

export type { BuildReport, BuildStage, MergeRecord } from './build-report.js';

export interface BuildInput {
  format: SourceFormat;
  /** Files or directories (searched recursively for the format's file types). */
  paths: string[];
}

export interface BuildProgress {
  stage: BuildStage;
  done: number;
  total: number;
}

export interface BuildOptions {
  inputs: BuildInput[];
  /** Cluster and merge near-identical tools. Defaults to true; false imports and normalises only. */
  merge?: boolean;
  cluster?: ClusterOptions;
  /** Two tools of one cluster with the same parameters merge when their cosine is at least this. Defaults to 0.9. */
  mergeThreshold?: number;
  domains?: DomainDefinition[];
  /**
   * A chat model for the redundancy step (discriminator + abstraction, as in the paper) and the
   * taxonomy. Without one, only near-identical tools are merged and APIs are placed by their source
   * category, keywords and nearest centroid, deterministically.
   */
  model?: ChatModel;
  /**
   * An embeddings endpoint for clustering (LSH-blocked cosine over its vectors) instead of TF-IDF.
   * TF-IDF still serves the offline merge and the taxonomy.
   */
  embedder?: EmbeddingModel;
  /** Worker threads for importing. Defaults to the machine's parallelism; 1 imports on the main thread. */
  workers?: number;
  onProgress?: (progress: BuildProgress) => void;
}

export interface BuildResult {
  tree: ToolTree;
  report: BuildReport;
}

const EXTENSIONS: Record<SourceFormat, string[]> = {
  openapi: ['.json', '.yaml', '.yml'],
  toolbench: ['.json'],
  bfcl: ['.json', '.jsonl'],
  mcp: ['.json'],
};

async function expand(path: string, extensions: string[]): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InfToolError('invalid_input', `no such file or directory: ${path}`, { details: { path } });
  }
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function tokensOf(tool: ImportedTool): string[] {
  const parameters = Object.keys((tool.inputSchema.properties ?? {}) as Record<string, unknown>).join(' ');
  return tokenize(`${tool.baseName} ${tool.baseName} ${tool.description} ${parameters}`);
}

type Progress = (progress: BuildProgress) => void;
type Lap = (stage: BuildStage) => void;

/** Each lap adds the time since the previous one to its stage's total. */
function stageTimer(): { timings: BuildReport['timingsMs']; lap: Lap } {
  const timings: BuildReport['timingsMs'] = {};
  let clock = performance.now();
  const lap = (stage: BuildStage): void => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + Math.round(now - clock);
    clock = now;
  };
  return { timings, lap };
}

interface ImportStage {
  files: number;
  tools: ImportedTool[];
  drops: Dropped[];
  failedFiles: Dropped[];
  invalidExamples: number;
  oversizeValues: BuildReport['oversizeValues'];
  /** Counted over the imported tools, before any merge replaces one. */
  plumbing: BuildReport['plumbing'];
  outputs: BuildReport['outputs'];
}

/** 1. Import every input file (on worker threads) and count what came in. */
async function importInputs(options: BuildOptions, progress: Progress): Promise<ImportStage> {
  const jobs: Array<{ format: SourceFormat; file: string }> = [];
  for (const input of options.inputs) {
    for (const path of input.paths)
      for (const file of await expand(path, EXTENSIONS[input.format])) jobs.push({ format: input.format, file });
  }
  if (jobs.length === 0)
    throw new InfToolError('invalid_input', `no input files found in ${options.inputs.flatMap((input) => input.paths).join(', ')}`);
  const results = await importAll(jobs, {
    workers: options.workers,
    onDone: (done) => progress({ stage: 'import', done, total: jobs.length }),
  });
  const tools = results.flatMap((result) => result.tools);
  return {
    files: jobs.length,
    tools,
    drops: results.flatMap((result) => result.dropped),
    failedFiles: results.flatMap((result) => result.failedFiles),
    invalidExamples: results.reduce((total, result) => total + (result.invalidExamples ?? 0), 0),
    oversizeValues: results.flatMap((result) => result.oversizeValues ?? []),
    plumbing: countPlumbing(tools),
    outputs: countOutputs(tools),
  };
}

interface MergeStage extends MergeOutcome {
  assignment?: Int32Array;
  clustered?: BuildReport['stages']['clustered'];
  /** Tools the model's consolidated tool took the place of (index → the original). */
  abstracted: Map<number, ImportedTool>;
  modelReport?: BuildReport['model'];
}

/** 3. Cluster: by an embeddings endpoint's vectors when there is one, else by TF-IDF. */
async function clusterTools(
  tools: ImportedTool[],
  vectors: SparseVector[],
  options: BuildOptions,
  lap: Lap,
): Promise<{ assignment: Int32Array; clustered: NonNullable<BuildReport['stages']['clustered']> }> {
  let clusterInput = vectors;
  let clusterOptions = options.cluster;
  if (options.embedder) {
    const texts = tools.map(
      (tool) =>
        `${tool.baseName}: ${tool.description}\nparameters: ${Object.keys((tool.inputSchema.properties ?? {}) as Record<string, unknown>).join(', ')}`,
    );
    clusterInput = denseVectors(await options.embedder.embed(texts));
    clusterOptions = { blocking: 'simhash', ...options.cluster };
    lap('embed');
  }
  const clusters = clusterVectors(clusterInput, clusterOptions);
  const sizes = new Map<number, number>();
  for (const id of clusters.assignment) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  const clustered = {
    clusters: clusters.clusters,
    multiToolClusters: [...sizes.values()].filter((size) => size > 1).length,
    comparisons: clusters.comparisons,
  };
  return { assignment: clusters.assignment, clustered };
}

/** 4. The model judges each cluster of two or more; a consolidated tool it writes takes the first member's place. */
async function mergeWithModel(
  tools: ImportedTool[],
  assignment: Int32Array,
  model: ChatModel,
  progress: Progress,
): Promise<Pick<MergeStage, 'keep' | 'merges' | 'abstracted' | 'modelReport'>> {
  const members = new Map<number, number[]>();
  assignment.forEach((id, index) => {
    const list = members.get(id);
    if (list) list.push(index);
    else members.set(id, [index]);
  });
  const judged = await modelMerge(
    tools,
    [...members.values()].filter((list) => list.length > 1),
    { model, validator: new SchemaValidator(), onCluster: (done, total) => progress({ stage: 'merge', done, total }) },
  );
  const keep = tools.map(() => true);
  const merges = new Map<number, number[]>();
  const abstracted = new Map<number, ImportedTool>();
  for (const decision of judged.decisions) {
    const into = decision.tool ? (decision.members[0] as number) : longestDescription(tools, decision.members);
    if (decision.tool) {
      abstracted.set(into, tools[into] as ImportedTool);
      tools[into] = decision.tool;
    }
    const others = decision.members.filter((index) => index !== into);
    others.forEach((index) => (keep[index] = false));
    merges.set(into, others);
  }
  return { keep, merges, abstracted, modelReport: { calls: judged.calls, failures: judged.failures } };
}

/** 3–4. Cluster, then merge: by the model when there is one, else near-identical tools offline. */
async function clusterAndMerge(
  tools: ImportedTool[],
  vectors: SparseVector[],
  options: BuildOptions,
  progress: Progress,
  lap: Lap,
): Promise<MergeStage> {
  progress({ stage: 'cluster', done: 0, total: tools.length });
  const { assignment, clustered } = await clusterTools(tools, vectors, options, lap);
  progress({ stage: 'cluster', done: tools.length, total: tools.length });
  lap('cluster');
  const merged = options.model
    ? await mergeWithModel(tools, assignment, options.model, progress)
    : { ...mergeNearIdentical(tools, vectors, assignment, options.mergeThreshold ?? 0.9), abstracted: new Map<number, ImportedTool>() };
  progress({ stage: 'merge', done: tools.length, total: tools.length });
  lap('merge');
  return { ...merged, assignment, clustered };
}

/** The kept tools' indices per API, in order of first appearance. */
function groupByApi(tools: ImportedTool[], keep: boolean[]): Map<string, number[]> {
  const byApi = new Map<string, number[]>();
  tools.forEach((tool, index) => {
    if (!keep[index]) return;
    let list = byApi.get(tool.api.key);
    if (!list) byApi.set(tool.api.key, (list = []));
    list.push(index);
  });
  return byApi;
}

/** 5. Taxonomy, per API: by source category, keywords and nearest centroid, then by the model when there is one. */
async function placeApis(
  tools: ImportedTool[],
  vectors: SparseVector[],
  byApi: Map<string, number[]>,
  domains: DomainDefinition[],
  options: BuildOptions,
  modelReport: BuildReport['model'],
): Promise<{ placements: Map<string, Placement>; modelReport: BuildReport['model'] }> {
  const profiles: ApiProfile[] = [...byApi.entries()].map(([key, indices]) => {
    const api = (tools[indices[0] as number] as ImportedTool).api;
    const sample = indices
      .slice(0, 40)
      .map((index) => `${(tools[index] as ImportedTool).baseName} ${(tools[index] as ImportedTool).description.slice(0, 200)}`);
    return {
      key,
      text: `${api.title} ${api.title} ${api.description ?? ''} ${api.categoryHints.join(' ')} ${sample.join(' ')}`,
      categoryHints: api.categoryHints,
      vector: centroid(indices.map((index) => vectors[index] as SparseVector)),
    };
  });
  const placements = assignTaxonomy(profiles, domains);
  if (!options.model) return { placements, modelReport };
  const placed = await assignTaxonomyWithModel(profiles, domains, placements, options.model);
  return {
    placements: placed.placements,
    modelReport: {
      calls: (modelReport?.calls ?? 0) + placed.calls,
      failures: modelReport?.failures ?? [],
      taxonomyFailures: placed.failures,
    },
  };
}

/** Imports, normalises, clusters, merges and places tools; returns the ToolTree and its report. */
export async function buildTree(options: BuildOptions): Promise<BuildResult> {
  const { timings, lap } = stageTimer();
  const progress = options.onProgress ?? (() => undefined);
  const imported = await importInputs(options, progress);
  const tools = imported.tools;
  const importedCount = tools.length;
  lap('import');

  // 2. Embed (TF-IDF) — always: the taxonomy uses the vectors too.
  progress({ stage: 'embed', done: 0, total: tools.length });
  const vectors = new TfIdf().fit(tools.map(tokensOf));
  progress({ stage: 'embed', done: tools.length, total: tools.length });
  lap('embed');

  const merged: MergeStage =
    (options.merge ?? true)
      ? await clusterAndMerge(tools, vectors, options, progress, lap)
      : { keep: tools.map(() => true), merges: new Map(), abstracted: new Map() };
  const byApi = groupByApi(tools, merged.keep);
  const domains = options.domains ?? DEFAULT_DOMAINS;
  const { placements, modelReport } = await placeApis(tools, vectors, byApi, domains, options, merged.modelReport);
  progress({ stage: 'taxonomy', done: byApi.size, total: byApi.size });
  lap('taxonomy');

  const assembled = assembleTree(tools, byApi, placements, domains, merged);
  progress({ stage: 'assemble', done: assembled.tools, total: assembled.tools });
  lap('assemble');

  const report: BuildReport = {
    files: { read: imported.files, failed: imported.failedFiles },
    stages: {
      imported: importedCount,
      dropped: imported.drops.length,
      ...(merged.clustered ? { clustered: merged.clustered } : {}),
      merged: merged.keep.filter((kept) => !kept).length,
      tools: assembled.tools,
      servers: assembled.servers,
    },
    drops: imported.drops,
    merges: assembled.mergeRecords,
    ...(modelReport ? { model: modelReport } : {}),
    domains: countDomains(assembled.tree),
    placements: countPlacements(placements),
    plumbing: imported.plumbing,
    invalidExamples: imported.invalidExamples,
    oversizeValues: imported.oversizeValues,
    outputs: imported.outputs,
    cut: assembled.cut,
    timingsMs: timings,
  };
  assembled.tree.report = treeSummary(report);
  return { tree: assembled.tree, report };
}
