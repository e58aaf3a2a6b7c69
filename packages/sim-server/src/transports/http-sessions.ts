import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Logger } from '@inftool/core';
import type { Simulation } from '../simulation.js';
import { BoundedEventStore } from './event-store.js';

interface Session {
  transport: StreamableHTTPServerTransport;
  server: Server;
  lastSeen: number;
}

export interface SessionPoolOptions {
  idleMs: number;
  maxSessions: number;
  retryIntervalMs: number;
  jsonResponse: boolean;
  logger: Logger;
}

/**
 * The open sessions of a Streamable HTTP server: one SDK server and transport each, idle ones
 * expired, at most `maxSessions` open or opening at once.
 */
export class SessionPool {
  private readonly sessions = new Map<string, Session>();
  /** Sessions whose initialize is being answered (not yet in `sessions`), so a burst cannot pass the cap. */
  private opening = 0;

  constructor(
    private readonly simulation: Simulation,
    private readonly options: SessionPoolOptions,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  /** The session of that id, marked as seen now; undefined when it ended or expired. */
  touch(id: string): Session | undefined {
    const session = this.sessions.get(id);
    if (session) session.lastSeen = Date.now();
    return session;
  }

  expireIdle(): void {
    const cutoff = Date.now() - this.options.idleMs;
    for (const [id, session] of this.sessions) {
      if (session.lastSeen < cutoff) {
        this.sessions.delete(id);
        void session.transport.close();
        this.options.logger.info('session expired', { session: id });
      }
    }
  }

  /** True when no session can open now, even after the idle ones are expired. */
  full(): boolean {
    if (this.sessions.size + this.opening >= this.options.maxSessions) this.expireIdle();
    return this.sessions.size + this.opening >= this.options.maxSessions;
  }

  /** Opens a session and lets it answer the initialize request. */
  async open(request: IncomingMessage, response: ServerResponse, body: unknown): Promise<void> {
    this.opening += 1;
    let session: Session | undefined;
    try {
      session = await this.create();
      await session.transport.handleRequest(request, response, body);
    } finally {
      this.opening -= 1;
      // An initialize the transport refused made no session: close its server, or it would live on.
      if (session !== undefined && (session.transport.sessionId === undefined || !this.sessions.has(session.transport.sessionId))) {
        await session.transport.close().catch(() => undefined);
        await session.server.close().catch(() => undefined);
      }
    }
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.sessions.values()].map((session) => session.transport.close()));
    this.sessions.clear();
  }

  private async create(): Promise<Session> {
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      eventStore: new BoundedEventStore(),
      retryInterval: this.options.retryIntervalMs,
      ...(this.options.jsonResponse ? { enableJsonResponse: true } : {}),
      onsessioninitialized: (id) => {
        this.sessions.set(id, session);
      },
    });
    const server = this.simulation.createServer(randomUUID());
    const session: Session = { transport, server, lastSeen: Date.now() };
    transport.onclose = () => {
      if (transport.sessionId) this.sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    return session;
  }
}
