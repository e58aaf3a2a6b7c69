/**
 * @inftool/mcp-tree — raw API specs to a clustered, deduplicated MCP tool tree.
 */
export { buildTree, CLUSTER_META_KEY, MERGED_META_KEY } from './build-tree.js';
export type { BuildInput, BuildOptions, BuildProgress, BuildReport, BuildResult, BuildStage, MergeRecord } from './build-tree.js';
export { SOURCE_FORMATS } from './importers/imported.js';
export type {
  Dropped,
  ImportResult,
  ImportedApi,
  ImportedTool,
  ParameterLocation,
  SourceFormat,
  ToolSource,
} from './importers/imported.js';
export type { PlumbingKind, PlumbingParameter, SecurityCredential } from './importers/plumbing.js';
export { importOpenApi, WRAPPED_OUTPUT_PROPERTY } from './importers/openapi.js';
export { importBfcl } from './importers/bfcl.js';
export { importToolBench } from './importers/toolbench.js';
export { importMcpDump } from './importers/mcp-dump.js';
export { TreeNames, snakeCase } from './names.js';
export { TfIdf, tokenize, cosine, centroid } from './cluster/tfidf.js';
export type { SparseVector } from './cluster/tfidf.js';
export { clusterVectors, denseVectors } from './cluster/similarity-clusters.js';
export type { ClusterOptions, ClusterResult } from './cluster/similarity-clusters.js';
export { DEFAULT_DOMAINS } from './taxonomy/domains.js';
export type { DomainDefinition, CategoryDefinition } from './taxonomy/domains.js';
export { treeStats } from './stats.js';
export { writeTreeFile } from './write-tree.js';
export type { TreeStats } from './stats.js';
export { boundSchemaValues, oversize, MAX_VALUE_CHARS, MAX_VALUE_DEPTH } from './importers/bound-values.js';
