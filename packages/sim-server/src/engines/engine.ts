import type { Random } from '@inftool/core';
import type { Catalog, CatalogTool } from '../catalog/catalog.js';
import type { LoggingLevel, SessionState } from '../session-state.js';

/** What a tool call returns to the client, before the server adds the text form. */
export interface EngineResult {
  content?: Array<Record<string, unknown> & { type: string }>;
  /** A JSON object; checked against the tool's outputSchema when there is one. */
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** The client's side of the session, as far as engines need it. */
export interface ClientBridge {
  supports(capability: 'sampling' | 'elicitation'): boolean;
  sample(
    request: { systemPrompt?: string; messages: Array<{ role: 'user' | 'assistant'; text: string }>; maxTokens: number },
    signal: AbortSignal,
  ): Promise<string>;
  elicit(
    request: { message: string; requestedSchema: Record<string, unknown> },
    signal: AbortSignal,
  ): Promise<{ action: 'accept' | 'decline' | 'cancel'; content?: Record<string, unknown> }>;
  progress(progress: number, total?: number, message?: string): Promise<void>;
  log(level: LoggingLevel, data: unknown): Promise<void>;
  /** Closes the HTTP response stream of this call (the client resumes with Last-Event-ID). */
  closeStream(): void;
}

export interface EngineContext {
  tool: CatalogTool;
  arguments: Record<string, unknown>;
  session: SessionState;
  client: ClientBridge;
  signal: AbortSignal;
  /** Seeded by tool, arguments and session. */
  random: Random;
  seed: number;
  /** The seed of the session's world (`_meta["inftool/world"]`, else the server's seed). Defaults to the server's seed. */
  world?: string;
  /** The catalog being served (engines look up sibling tools of an entity). */
  catalog?: Catalog;
}

/** `(tool, arguments, session) → CallToolResult`. */
export interface SimulationEngine {
  readonly name: string;
  call(context: EngineContext): Promise<EngineResult>;
  /** Loads what the engine needs before the first call (called once the server is up, not awaited). */
  warmUp?(): Promise<void>;
}
