/**
 * @inftool/mcp-tree — raw API specs to a clustered, deduplicated MCP tool tree.
 * Everything exported here is public API.
 */
export { buildTree } from './build-tree.js';
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
export { importOpenApi } from './importers/openapi.js';
export { importBfcl } from './importers/bfcl.js';
export { TreeNames, snakeCase } from './names.js';
export { TfIdf, tokenize, cosine, centroid } from './cluster/tfidf.js';
export type { SparseVector } from './cluster/tfidf.js';
export { clusterVectors } from './cluster/similarity-clusters.js';
export type { ClusterOptions, ClusterResult } from './cluster/similarity-clusters.js';
export { DEFAULT_DOMAINS } from './taxonomy/domains.js';
export type { DomainDefinition, CategoryDefinition } from './taxonomy/domains.js';
export { treeStats } from './stats.js';
export { writeTreeFile } from './write-tree.js';
export type { TreeStats } from './stats.js';
export { boundSchemaValues, oversize } from './importers/bound-values.js';
