import { basename } from 'node:path';
import { SchemaValidator, TOOL_TREE_SCHEMA_VERSION, type ToolTree, type TreeServer } from '@inftool/core';
import { loadCatalog, type Catalog } from '@inftool/sim-server';

export interface ReadTree {
  /** The servable tools, as a ToolTree (a tools/list dump becomes one server named after its file). */
  tree: ToolTree;
  /** What the server's loader made of the file: its kind and the tools it skips (with reasons). */
  catalog: Catalog;
}

/**
 * The harness's one reader of tool files: a ToolTree or an MCP `tools/list` dump (`{"tools": [...]}`),
 * read by sim-server's catalog loader, so the harness plans over exactly the tools `inftool serve`
 * serves. An unreadable file is one error naming the file and the problem (missing, not JSON with
 * its line and column, neither a ToolTree nor a tools/list).
 */
export async function readToolTree(file: string, validator = new SchemaValidator()): Promise<ReadTree> {
  const catalog = await loadCatalog(file, { validator });
  const fallback = basename(file).replace(/\.json$/i, '') || 'tools';
  const domains = new Map<string, Map<string, Map<string, TreeServer>>>();
  for (const tool of catalog.tools) {
    const domain = tool.place.domain ?? 'tools';
    const category = tool.place.category ?? 'tools';
    const server = tool.place.server ?? fallback;
    const categories = domains.get(domain) ?? new Map<string, Map<string, TreeServer>>();
    domains.set(domain, categories);
    const servers = categories.get(category) ?? new Map<string, TreeServer>();
    categories.set(category, servers);
    const entry = servers.get(server) ?? { name: server, tools: [] };
    servers.set(server, entry);
    entry.tools.push(tool.spec);
  }
  const tree: ToolTree = {
    schemaVersion: TOOL_TREE_SCHEMA_VERSION,
    domains: [...domains].map(([name, categories]) => ({
      name,
      categories: [...categories].map(([category, servers]) => ({ name: category, servers: [...servers.values()] })),
    })),
  };
  return { tree, catalog };
}
