import { SOURCE_META_KEY, TOOL_TREE_SCHEMA_VERSION, type ToolSpec, type ToolTree, CLUSTER_META_KEY, MERGED_META_KEY } from '@inftool/core';
import type { BuildReport, MergeRecord } from './build-report.js';
import type { ImportedTool } from './importers/imported.js';
import { TreeNames, snakeCase } from './names.js';
import type { Placement } from './taxonomy/assign.js';
import type { DomainDefinition } from './taxonomy/domains.js';

/** What the assembly needs of the merge step. */
export interface AssemblyMerges {
  merges: Map<number, number[]>;
  /** Tools the model's consolidated tool took the place of (index → the original). */
  abstracted: Map<number, ImportedTool>;
  assignment?: Int32Array;
}

export interface Assembled {
  tree: ToolTree;
  cut: BuildReport['cut'];
  mergeRecords: MergeRecord[];
  tools: number;
  servers: number;
}

/** Names unique across the tree, for tools and for servers. */
class Namer {
  readonly tools = new TreeNames();
  readonly servers = new Set<string>();

  server(title: string): string {
    let name = snakeCase(title).slice(0, 60) || 'api';
    for (let index = 2; this.servers.has(name); index += 1) name = `${snakeCase(title).slice(0, 56)}_${index}`;
    this.servers.add(name);
    return name;
  }
}

function emptyTree(domains: DomainDefinition[]): ToolTree {
  return {
    schemaVersion: TOOL_TREE_SCHEMA_VERSION,
    domains: domains.map((domain) => ({
      name: domain.name,
      categories: domain.categories.map((category) => ({ name: category.name, servers: [] })),
    })),
  };
}

/**
 * What a merged tool replaces (by original name, API and file); a model's consolidated tool lists
 * the original it took the place of, too. Undefined for a tool that merged nothing.
 */
function replacedBy(tools: ImportedTool[], index: number, merges: AssemblyMerges): MergeRecord['replaced'] | undefined {
  const merged = merges.merges.get(index);
  if (!merged) return undefined;
  const original = merges.abstracted.get(index);
  return [...(original ? [original] : []), ...merged.map((other) => tools[other] as ImportedTool)].map((other) => ({
    name: other.source.name,
    api: other.api.title,
    file: other.source.file,
  }));
}

function toolSpec(tool: ImportedTool, name: string, cluster: number | undefined, replaced: MergeRecord['replaced'] | undefined): ToolSpec {
  return {
    name,
    ...(tool.title ? { title: tool.title } : {}),
    description: tool.description,
    inputSchema: tool.inputSchema,
    ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
    ...(tool.annotations ? { annotations: tool.annotations } : {}),
    _meta: {
      [SOURCE_META_KEY]: tool.source,
      ...(cluster !== undefined ? { [CLUSTER_META_KEY]: cluster } : {}),
      ...(replaced ? { [MERGED_META_KEY]: replaced } : {}),
    },
  };
}

/** 6. One server per API, placed in its domain and category; empty categories and domains dropped. */
export function assembleTree(
  tools: ImportedTool[],
  byApi: Map<string, number[]>,
  placements: Map<string, Placement>,
  domains: DomainDefinition[],
  merges: AssemblyMerges,
): Assembled {
  const namer = new Namer();
  const tree = emptyTree(domains);
  const cut: BuildReport['cut'] = [];
  const mergeRecords: MergeRecord[] = [];
  let toolCount = 0;
  for (const [key, indices] of byApi) {
    const placement = placements.get(key) as Placement;
    const api = (tools[indices[0] as number] as ImportedTool).api;
    const serverName = namer.server(api.title);
    const specs = indices.map((index) => {
      const tool = tools[index] as ImportedTool;
      const name = namer.tools.assign(tool.baseName, api.title, api.key);
      toolCount += 1;
      if (tool.notes.length > 0) cut.push({ name, notes: tool.notes });
      const replaced = replacedBy(tools, index, merges);
      if (replaced) mergeRecords.push({ into: name, by: merges.abstracted.has(index) ? 'model' : 'offline', replaced });
      return toolSpec(tool, name, merges.assignment?.[index], replaced);
    });
    const category = tree.domains
      .find((domain) => domain.name === placement.domain)
      ?.categories.find((entry) => entry.name === placement.category);
    category?.servers.push({ name: serverName, ...(api.description ? { description: api.description } : {}), tools: specs });
  }
  tree.domains = tree.domains
    .map((domain) => ({ ...domain, categories: domain.categories.filter((category) => category.servers.length > 0) }))
    .filter((domain) => domain.categories.length > 0);
  return { tree, cut, mergeRecords, tools: toolCount, servers: namer.servers.size };
}
