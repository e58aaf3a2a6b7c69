import { z } from 'zod';
import { ToolSpec } from './tool-spec.js';

export const TOOL_TREE_SCHEMA_VERSION = 1;

/** What one real MCP server would be (usually one API). */
export const TreeServer = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  tools: z.array(ToolSpec),
});
export type TreeServer = z.infer<typeof TreeServer>;

export const TreeCategory = z.object({ name: z.string().min(1), servers: z.array(TreeServer) });
export type TreeCategory = z.infer<typeof TreeCategory>;

export const TreeDomain = z.object({ name: z.string().min(1), categories: z.array(TreeCategory) });
export type TreeDomain = z.infer<typeof TreeDomain>;

export const ToolTree = z.object({
  schemaVersion: z.literal(TOOL_TREE_SCHEMA_VERSION),
  domains: z.array(TreeDomain),
  /** Build report (counts per stage, merges, drops); free-form until mcp-tree defines it. */
  report: z.record(z.string(), z.unknown()).optional(),
});
export type ToolTree = z.infer<typeof ToolTree>;
