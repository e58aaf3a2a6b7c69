import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import {
  InfToolError,
  SOURCE_META_KEY,
  SchemaValidator,
  TOOL_TREE_SCHEMA_VERSION,
  type ChatModel,
  type EmbeddingModel,
  type ToolSpec,
  type ToolTree,
} from '@inftool/core';
import { clusterVectors, denseVectors, type ClusterOptions } from './cluster/similarity-clusters.js';
import { centroid, cosine, TfIdf, tokenize, type SparseVector } from './cluster/tfidf.js';
import { importAll } from './importers/import-pool.js';
import { modelMerge, type ModelMergeResult } from './merge/model-merge.js';
import type { Dropped, ImportedTool, SourceFormat } from './importers/imported.js';
import { TreeNames, snakeCase } from './names.js';
import { assignTaxonomy, type ApiProfile, type Placement } from './taxonomy/assign.js';
import { assignTaxonomyWithModel } from './taxonomy/model-assign.js';
import { DEFAULT_DOMAINS, type DomainDefinition } from './taxonomy/domains.js';

export const CLUSTER_META_KEY = 'inftool/cluster';
export const MERGED_META_KEY = 'inftool/merged';

export interface BuildInput {
  format: SourceFormat;
  /** Files or directories (searched recursively for the format's file types). */
  paths: string[];
}

export type BuildStage = 'import' | 'embed' | 'cluster' | 'merge' | 'taxonomy' | 'assemble';

function longestDescription(tools: ImportedTool[], members: number[]): number {
  return [...members].sort(
    (left, right) => (tools[right] as ImportedTool).description.length - (tools[left] as ImportedTool).description.length || left - right,
  )[0] as number;
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

/** Parameter names, types and which are required: two tools with the same signature take the same arguments. */
function signature(tool: ImportedTool): string {
  const properties = (tool.inputSchema.properties ?? {}) as Record<string, { type?: unknown }>;
  const required = new Set((tool.inputSchema.required ?? []) as string[]);
  return Object.keys(properties)
    .map((name) => `${name.toLowerCase()}:${JSON.stringify(properties[name]?.type ?? null)}:${required.has(name) ? 1 : 0}`)
    .sort()
    .join(',');
}

/**
 * Offline redundancy removal: inside a cluster, tools with the same parameter signature and
 * near-identical text (cosine ≥ threshold) are one tool; the one with the longest description stays
 * and lists the others. Deterministic: same input, same merges.
 */
function mergeNearIdentical(
  tools: ImportedTool[],
  vectors: SparseVector[],
  assignment: Int32Array,
  threshold: number,
): { keep: boolean[]; merges: Map<number, number[]> } {
  const keep = tools.map(() => true);
  const merges = new Map<number, number[]>();
  const groups = new Map<string, number[]>();
  tools.forEach((tool, index) => {
    const key = `${assignment[index]}|${signature(tool)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(index);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(
      (left, right) => (tools[right] as ImportedTool).description.length - (tools[left] as ImportedTool).description.length || left - right,
    );
    const representatives: number[] = [];
    for (const index of ordered) {
      const into = representatives.find(
        (representative) => cosine(vectors[representative] as SparseVector, vectors[index] as SparseVector) >= threshold,
      );
      if (into === undefined) {
        representatives.push(index);
        continue;
      }
      keep[index] = false;
      const replaced = merges.get(into);
      if (replaced) replaced.push(index);
      else merges.set(into, [index]);
    }
  }
  return { keep, merges };
}

function countPlumbing(tools: ImportedTool[]): BuildReport['plumbing'] {
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

function countOutputs(tools: ImportedTool[]): BuildReport['outputs'] {
  const counts: BuildReport['outputs'] = { withSchema: 0, withExamples: 0, wrapped: 0 };
  for (const tool of tools) {
    if (!tool.outputSchema) continue;
    counts.withSchema += 1;
    if (Array.isArray(tool.outputSchema['examples']) && tool.outputSchema['examples'].length > 0) counts.withExamples += 1;
    if (tool.source.wrappedOutput !== undefined) counts.wrapped += 1;
  }
  return counts;
}

/** Imports, normalises, clusters, merges and places tools; returns the ToolTree and its report. */
export async function buildTree(options: BuildOptions): Promise<BuildResult> {
  const timings: BuildReport['timingsMs'] = {};
  const progress = options.onProgress ?? (() => undefined);
  let clock = performance.now();
  const lap = (stage: BuildStage): void => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + Math.round(now - clock);
    clock = now;
  };

  // 1. Import.
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
  const imported = tools.length;
  const drops = results.flatMap((result) => result.dropped);
  const failedFiles = results.flatMap((result) => result.failedFiles);
  const plumbing = countPlumbing(tools);
  const outputs = countOutputs(tools);
  const invalidExamples = results.reduce((total, result) => total + (result.invalidExamples ?? 0), 0);
  const oversizeValues = results.flatMap((result) => result.oversizeValues ?? []);
  lap('import');

  // 2. Embed (TF-IDF) — always: the taxonomy uses the vectors too.
  progress({ stage: 'embed', done: 0, total: tools.length });
  const tfidf = new TfIdf();
  const vectors = tfidf.fit(tools.map(tokensOf));
  progress({ stage: 'embed', done: tools.length, total: tools.length });
  lap('embed');

  // 3–4. Cluster and merge.
  let keep = tools.map(() => true);
  let assignment: Int32Array | undefined;
  let clustered: BuildReport['stages']['clustered'];
  let mergesByIndex = new Map<number, number[]>();
  /** Tools the model's consolidated tool took the place of (index → the original). */
  const abstracted = new Map<number, ImportedTool>();
  let modelReport: BuildReport['model'];
  if (options.merge ?? true) {
    progress({ stage: 'cluster', done: 0, total: tools.length });
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
    assignment = clusters.assignment;
    const sizes = new Map<number, number>();
    for (const id of assignment) sizes.set(id, (sizes.get(id) ?? 0) + 1);
    clustered = {
      clusters: clusters.clusters,
      multiToolClusters: [...sizes.values()].filter((size) => size > 1).length,
      comparisons: clusters.comparisons,
    };
    progress({ stage: 'cluster', done: tools.length, total: tools.length });
    lap('cluster');
    if (options.model) {
      const members = new Map<number, number[]>();
      assignment.forEach((id, index) => {
        const list = members.get(id);
        if (list) list.push(index);
        else members.set(id, [index]);
      });
      const clusters = [...members.values()].filter((list) => list.length > 1);
      const judged = await modelMerge(tools, clusters, {
        model: options.model,
        validator: new SchemaValidator(),
        onCluster: (done, total) => progress({ stage: 'merge', done, total }),
      });
      modelReport = { calls: judged.calls, failures: judged.failures };
      for (const decision of judged.decisions) {
        const into = decision.tool ? (decision.members[0] as number) : longestDescription(tools, decision.members);
        if (decision.tool) {
          abstracted.set(into, tools[into] as ImportedTool);
          tools[into] = decision.tool;
        }
        const others = decision.members.filter((index) => index !== into);
        others.forEach((index) => (keep[index] = false));
        mergesByIndex.set(into, others);
      }
    } else {
      const merged = mergeNearIdentical(tools, vectors, assignment, options.mergeThreshold ?? 0.9);
      keep = merged.keep;
      mergesByIndex = merged.merges;
    }
    progress({ stage: 'merge', done: tools.length, total: tools.length });
    lap('merge');
  }

  // 5. Taxonomy, per API.
  const byApi = new Map<string, number[]>();
  tools.forEach((tool, index) => {
    if (!keep[index]) return;
    let list = byApi.get(tool.api.key);
    if (!list) byApi.set(tool.api.key, (list = []));
    list.push(index);
  });
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
  const domains = options.domains ?? DEFAULT_DOMAINS;
  let placements = assignTaxonomy(profiles, domains);
  if (options.model) {
    const placed = await assignTaxonomyWithModel(profiles, domains, placements, options.model);
    placements = placed.placements;
    modelReport = {
      calls: (modelReport?.calls ?? 0) + placed.calls,
      failures: modelReport?.failures ?? [],
      taxonomyFailures: placed.failures,
    };
  }
  progress({ stage: 'taxonomy', done: profiles.length, total: profiles.length });
  lap('taxonomy');

  // 6. Assemble: names unique across the tree, servers unique across the tree.
  const names = new TreeNames();
  const finalName = new Map<number, string>();
  const serverNames = new Set<string>();
  const tree: ToolTree = {
    schemaVersion: TOOL_TREE_SCHEMA_VERSION,
    domains: domains.map((domain) => ({
      name: domain.name,
      categories: domain.categories.map((category) => ({ name: category.name, servers: [] })),
    })),
  };
  const cut: BuildReport['cut'] = [];
  const mergeRecords: MergeRecord[] = [];
  for (const [key, indices] of byApi) {
    const placement = placements.get(key) as Placement;
    const api = (tools[indices[0] as number] as ImportedTool).api;
    let serverName = snakeCase(api.title).slice(0, 60) || 'api';
    for (let index = 2; serverNames.has(serverName); index += 1) serverName = `${snakeCase(api.title).slice(0, 56)}_${index}`;
    serverNames.add(serverName);
    const specs: ToolSpec[] = indices.map((index) => {
      const tool = tools[index] as ImportedTool;
      const name = names.assign(tool.baseName, api.title, api.key);
      finalName.set(index, name);
      if (tool.notes.length > 0) cut.push({ name, notes: tool.notes });
      // A merged tool lists what it replaces (by original name, API and file); a model's consolidated
      // tool lists the original it took the place of, too.
      const merged = mergesByIndex.get(index);
      const original = abstracted.get(index);
      const replaced = merged
        ? [...(original ? [original] : []), ...merged.map((other) => tools[other] as ImportedTool)].map((other) => ({
            name: other.source.name,
            api: other.api.title,
            file: other.source.file,
          }))
        : undefined;
      if (replaced) mergeRecords.push({ into: name, by: original ? 'model' : 'offline', replaced });
      return {
        name,
        ...(tool.title ? { title: tool.title } : {}),
        description: tool.description,
        inputSchema: tool.inputSchema,
        ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
        ...(tool.annotations ? { annotations: tool.annotations } : {}),
        _meta: {
          [SOURCE_META_KEY]: tool.source,
          ...(assignment ? { [CLUSTER_META_KEY]: assignment[index] } : {}),
          ...(replaced ? { [MERGED_META_KEY]: replaced } : {}),
        },
      };
    });
    const category = tree.domains
      .find((domain) => domain.name === placement.domain)
      ?.categories.find((entry) => entry.name === placement.category);
    category?.servers.push({ name: serverName, ...(api.description ? { description: api.description } : {}), tools: specs });
  }
  // Drop empty categories and domains.
  tree.domains = tree.domains
    .map((domain) => ({ ...domain, categories: domain.categories.filter((category) => category.servers.length > 0) }))
    .filter((domain) => domain.categories.length > 0);
  progress({ stage: 'assemble', done: finalName.size, total: finalName.size });
  lap('assemble');

  const report: BuildReport = {
    files: { read: jobs.length, failed: failedFiles },
    stages: {
      imported,
      dropped: drops.length,
      ...(clustered ? { clustered } : {}),
      merged: keep.filter((kept) => !kept).length,
      tools: finalName.size,
      servers: serverNames.size,
    },
    drops,
    merges: mergeRecords,
    ...(modelReport ? { model: modelReport } : {}),
    domains: Object.fromEntries(
      tree.domains.map((domain) => [
        domain.name,
        {
          tools: domain.categories.reduce(
            (total, category) => total + category.servers.reduce((sum, server) => sum + server.tools.length, 0),
            0,
          ),
          servers: domain.categories.reduce((total, category) => total + category.servers.length, 0),
          categories: Object.fromEntries(
            domain.categories.map((category) => [
              category.name,
              { tools: category.servers.reduce((sum, server) => sum + server.tools.length, 0), servers: category.servers.length },
            ]),
          ),
        },
      ]),
    ),
    placements: [...placements.values()].reduce<BuildReport['placements']>(
      (totals, placement) => ({ ...totals, [placement.by]: (totals[placement.by] ?? 0) + 1 }),
      { 'source-category': 0, keywords: 0, 'nearest-centroid': 0, default: 0, model: 0 },
    ),
    plumbing,
    invalidExamples,
    oversizeValues,
    outputs,
    cut,
    timingsMs: timings,
  };
  // The tree carries the summary; the full lists (drops, merges, cuts) go to the report file.
  tree.report = {
    files: { read: report.files.read, failed: failedFiles.length },
    stages: report.stages,
    plumbing: { parameters: plumbing.parameters, tools: plumbing.tools, byKind: plumbing.byKind },
    outputs,
    domains: report.domains,
    placements: report.placements,
    timingsMs: timings,
  };
  return { tree, report };
}
