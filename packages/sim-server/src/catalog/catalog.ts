import type { PinnedResponse, SimulationHints, ToolSpec } from '@inftool/core';

/** Where a served tool sits in its tree (empty for a plain tools/list dump). */
export interface ToolPlace {
  domain?: string;
  category?: string;
  server?: string;
}

/** A tool ready to serve: its MCP definition (sent as is on tools/list) plus what we read from `_meta`. */
export interface CatalogTool {
  spec: ToolSpec;
  place: ToolPlace;
  pinned?: PinnedResponse;
  hints: SimulationHints;
}

/** A tool that could not be served, and why. */
export interface SkippedTool {
  /** JSON path of the tool in the file, e.g. `$.domains[0].categories[1].servers[0].tools[3]`. */
  path: string;
  name?: string;
  reason: string;
}

export interface Catalog {
  file: string;
  kind: 'tool-tree' | 'tools-list';
  tools: CatalogTool[];
  byName: Map<string, CatalogTool>;
  skipped: SkippedTool[];
}
