import { z } from 'zod';
import { ToolNameMap, type ChatTool } from '@inftool/core';
import { describeHttpFailure, type McpConnection } from './connect.js';

/** A tool as a server lists it, and where it lives. */
export interface CatalogEntry {
  /** The name the chat model sees (`^[a-zA-Z0-9_-]{1,64}$`, unique across all servers). */
  chatName: string;
  /** The name on its server. */
  name: string;
  server: McpConnection;
  description: string;
  inputSchema: Record<string, unknown>;
  outputSchema?: Record<string, unknown>;
}

export interface BrokenTool {
  server: string;
  index: number;
  name?: string;
  reason: string;
}

const LooseListResult = z.looseObject({ tools: z.array(z.unknown()), nextCursor: z.string().optional() });
const ListedTool = z.looseObject({
  name: z.string().min(1),
  description: z.string().optional(),
  inputSchema: z.looseObject({ type: z.literal('object') }),
  outputSchema: z.looseObject({ type: z.literal('object') }).optional(),
});

/**
 * Every tool of every connected server, with chat-safe names that map back (a name used by two
 * servers is prefixed with the server's label). Lists page by page (`nextCursor`); a tool that is
 * broken (no name, a non-object schema) is reported and skipped, never failing the whole list as the
 * SDK's `listTools()` would.
 */
export class ToolCatalog {
  readonly entries: CatalogEntry[] = [];
  readonly broken: BrokenTool[] = [];
  private readonly names = new ToolNameMap();
  private readonly byChatName = new Map<string, CatalogEntry>();

  static async load(servers: McpConnection[], options: { maxPages?: number } = {}): Promise<ToolCatalog> {
    const catalog = new ToolCatalog();
    const listed: Array<{ server: McpConnection; tool: z.infer<typeof ListedTool> }> = [];
    for (const server of servers) {
      let cursor: string | undefined;
      let index = 0;
      for (let page = 0; page < (options.maxPages ?? 1000); page += 1) {
        const result = await server.client
          .request({ method: 'tools/list', params: cursor ? { cursor } : {} }, LooseListResult)
          .catch((error: unknown) => {
            // A server that accepted the session but refuses the listing (an expired token): one clear error.
            throw describeHttpFailure(error, server.where, server.credentials) ?? error;
          });
        for (const raw of result.tools) {
          const parsed = ListedTool.safeParse(raw);
          if (parsed.success) listed.push({ server, tool: parsed.data });
          else {
            const name = typeof (raw as { name?: unknown })?.name === 'string' ? (raw as { name: string }).name : undefined;
            catalog.broken.push({
              server: server.label,
              index,
              ...(name ? { name } : {}),
              reason: parsed.error.issues.map((issue) => `$.${issue.path.join('.')}: ${issue.message}`).join('; '),
            });
          }
          index += 1;
        }
        cursor = result.nextCursor;
        if (!cursor) break;
      }
    }
    const counts = new Map<string, number>();
    for (const { tool } of listed) counts.set(tool.name, (counts.get(tool.name) ?? 0) + 1);
    for (const { server, tool } of listed) {
      const qualified = (counts.get(tool.name) ?? 0) > 1 ? `${server.label}.${tool.name}` : tool.name;
      const entry: CatalogEntry = {
        chatName: catalog.names.add(qualified),
        name: tool.name,
        server,
        description: tool.description ?? '',
        inputSchema: tool.inputSchema,
        ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
      };
      catalog.entries.push(entry);
      catalog.byChatName.set(entry.chatName, entry);
    }
    return catalog;
  }

  /**
   * The same tools and names, bound to another connection to the same server (a fresh session per
   * conversation without listing thousands of tools again). Single-server catalogs only.
   */
  rebind(server: McpConnection): ToolCatalog {
    const labels = new Set(this.entries.map((entry) => entry.server.label));
    if (labels.size > 1) throw new Error('rebind works on a catalog of one server');
    const copy = new ToolCatalog();
    copy.broken.push(...this.broken);
    for (const entry of this.entries) {
      const bound = { ...entry, server };
      copy.entries.push(bound);
      copy.byChatName.set(bound.chatName, bound);
    }
    return copy;
  }

  find(chatName: string): CatalogEntry | undefined {
    return this.byChatName.get(chatName);
  }

  /** The tools as a chat model takes them. */
  chatTools(filter?: (entry: CatalogEntry) => boolean): ChatTool[] {
    return this.entries
      .filter((entry) => filter?.(entry) ?? true)
      .map((entry) => ({ name: entry.chatName, description: entry.description, parameters: entry.inputSchema }));
  }
}
