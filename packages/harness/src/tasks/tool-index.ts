import type { ToolSpec, ToolTree } from '@inftool/core';

/** A tool of the tree with where it sits. */
export interface IndexedTool {
  spec: ToolSpec;
  domain: string;
  category: string;
  server: string;
}

/** The tree flattened for sampling: every tool, and the tools of each server. */
export class ToolIndex {
  readonly tools: IndexedTool[] = [];
  readonly byServer = new Map<string, IndexedTool[]>();
  readonly byName = new Map<string, IndexedTool>();

  constructor(tree: ToolTree) {
    for (const domain of tree.domains) {
      for (const category of domain.categories) {
        for (const server of category.servers) {
          for (const spec of server.tools) {
            if (this.byName.has(spec.name)) continue; // the server serves the first of a name only
            const tool = { spec, domain: domain.name, category: category.name, server: server.name };
            this.tools.push(tool);
            this.byName.set(spec.name, tool);
            const list = this.byServer.get(server.name) ?? [];
            list.push(tool);
            this.byServer.set(server.name, list);
          }
        }
      }
    }
  }
}
