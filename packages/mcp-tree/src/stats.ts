import { SOURCE_META_KEY, type ToolTree } from '@inftool/core';

export interface TreeStats {
  domains: number;
  categories: number;
  servers: number;
  tools: number;
  withOutputSchema: number;
  bySource: Record<string, number>;
  perDomain: Array<{ domain: string; categories: number; servers: number; tools: number }>;
}

/** Counts of a tree, for `inftool tree stats`. */
export function treeStats(tree: ToolTree): TreeStats {
  const stats: TreeStats = {
    domains: tree.domains.length,
    categories: 0,
    servers: 0,
    tools: 0,
    withOutputSchema: 0,
    bySource: {},
    perDomain: [],
  };
  for (const domain of tree.domains) {
    const row = { domain: domain.name, categories: domain.categories.length, servers: 0, tools: 0 };
    for (const category of domain.categories) {
      stats.categories += 1;
      for (const server of category.servers) {
        row.servers += 1;
        for (const tool of server.tools) {
          row.tools += 1;
          if (tool.outputSchema) stats.withOutputSchema += 1;
          const source = tool._meta?.[SOURCE_META_KEY] as { format?: string } | undefined;
          const format = source?.format ?? 'unknown';
          stats.bySource[format] = (stats.bySource[format] ?? 0) + 1;
        }
      }
    }
    stats.servers += row.servers;
    stats.tools += row.tools;
    stats.perDomain.push(row);
  }
  return stats;
}
