import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { LineSplitter } from './line-splitter.js';

/** The default largest JSON-RPC message on stdio (one line). */
export const DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** How long a closed stdin waits for the requests in flight to be answered. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 120_000;
/** The most messages one JSON-RPC batch may hold (the SDK's HTTP transport has the same limit). */
export const MAX_BATCH_MESSAGES = 100;
/** The last protocol version with JSON-RPC batches: 2025-03-26 added them, 2025-06-18 removed them. */
const LAST_BATCH_VERSION = '2025-03-26';

export interface StdioTransportOptions {
  /** A longer line is skipped and answered with -32600 (the server lives on). */
  maxMessageBytes?: number;
  drainTimeoutMs?: number;
  /** Where a skipped message or an abandoned request is told (default: a line on stderr). */
  log?: (line: string) => void;
}

type Id = string | number;

/** A JSON-RPC batch being answered: the ids still owed and the responses written together once all are in. */
interface Batch {
  pending: Set<Id>;
  replies: JSONRPCMessage[];
}

const errorReply = (id: Id | null, code: number, message: string) => ({ jsonrpc: '2.0' as const, id, error: { code, message } });

/** The request id a JSON value carries, if it carries a usable one. */
function idOf(value: unknown): Id | null {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/**
 * Newline-delimited JSON-RPC over stdin/stdout, like the SDK's stdio transport, except that:
 * - a line that is not JSON gets a -32700 Parse error response and a JSON value that is not a JSON-RPC
 *   message gets -32600 Invalid Request (the SDK's transport only reports those to `onerror`, so the
 *   client would wait forever);
 * - lines are split on bytes and decoded whole (UTF-8 split across reads stays intact), and a line over
 *   `maxMessageBytes` is dropped as it arrives and answered with -32600 (its id when it can be read);
 * - when stdin closes, the requests in flight are answered before the transport closes;
 * - a JSON-RPC batch (an array) is served when the session's protocol version has batches (2025-03-26
 *   and earlier: one array of responses once all are in) and refused with -32600 in later ones.
 * The server lives on in every case.
 */
export class StdioTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onerror?: (error: Error) => void;
  onclose?: () => void;
  private started = false;
  private ending = false;
  private drainTimer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Set<Id>();
  /** Request id → the batch that owes its response. */
  private readonly batchOf = new Map<Id, Batch>();
  private initializeId: Id | undefined;
  /** The protocol version the server answered initialize with. */
  private protocolVersion: string | undefined;
  private readonly splitter: LineSplitter;
  private readonly maxMessageBytes: number;
  private readonly log: (line: string) => void;

  constructor(
    private readonly input: Readable = process.stdin,
    private readonly output: Writable = process.stdout,
    private readonly options: StdioTransportOptions = {},
  ) {
    this.maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.log = options.log ?? ((line) => void process.stderr.write(`${line}\n`));
    this.splitter = new LineSplitter(
      this.maxMessageBytes,
      (line) => this.handleLine(line),
      (bytes, id) => this.tooLarge(bytes, id),
    );
  }

  private readonly onData = (chunk: Buffer | string): void => {
    this.splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  };

  private readonly onEnd = (): void => {
    this.splitter.end();
    this.ending = true;
    if (this.inFlight.size === 0) return void this.close();
    this.drainTimer = setTimeout(() => {
      this.log(
        `inftool serve: stdin closed; ${this.inFlight.size} request(s) still unanswered after ${this.options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS} ms, closing without them`,
      );
      void this.close();
    }, this.options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS);
  };

  private tooLarge(bytes: number, id: Id | null): void {
    const message = `Invalid Request: the message is ${bytes} bytes, over the limit of ${this.maxMessageBytes} bytes (--max-message-bytes); skipped`;
    this.log(`inftool serve: ${message}${id === null ? '' : ` (request id ${JSON.stringify(id)})`}`);
    this.reject(id, ErrorCode.InvalidRequest, message);
  }

  private handleLine(text: string): void {
    const line = text.replace(/\r$/, '');
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      this.reject(null, ErrorCode.ParseError, `Parse error: ${(error as Error).message}`);
      return;
    }
    if (Array.isArray(value)) return this.handleBatch(value);
    const checked = this.check(value);
    if (!checked.ok) {
      this.onerror?.(new Error(checked.reply.error.message));
      this.writeLine(checked.reply);
      return;
    }
    this.deliver(checked.message);
  }

  /** The value as a JSON-RPC message, or the error response it gets. */
  private check(value: unknown): { ok: true; message: JSONRPCMessage } | { ok: false; reply: ReturnType<typeof errorReply> } {
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (parsed.success) return { ok: true, message: parsed.data };
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '$'}: ${issue.message}`).join('; ');
    return { ok: false, reply: errorReply(idOf(value), ErrorCode.InvalidRequest, `Invalid Request: ${problems}`) };
  }

  private deliver(message: JSONRPCMessage): void {
    const fields = message as { id?: Id; method?: string; params?: { requestId?: Id } };
    if (fields.method !== undefined && fields.id !== undefined) {
      this.inFlight.add(fields.id);
      if (fields.method === 'initialize') this.initializeId = fields.id;
    }
    // A cancelled request gets no response (MCP): it is no longer waited for.
    if (fields.method === 'notifications/cancelled' && fields.params?.requestId !== undefined) this.settle(fields.params.requestId);
    this.onmessage?.(message);
  }

  /**
   * A JSON-RPC batch. MCP 2025-03-26 requires receiving batches; 2025-06-18 removed them, so a later
   * session gets one -32600 for the whole array. Answers to the batch's requests go back as one array.
   */
  private handleBatch(items: unknown[]): void {
    const refuse = (message: string) => this.reject(null, ErrorCode.InvalidRequest, `Invalid Request: ${message}`);
    if (this.protocolVersion === undefined)
      return refuse('a JSON-RPC batch before initialize; send initialize on its own line first (it must not be part of a batch)');
    if (this.protocolVersion > LAST_BATCH_VERSION)
      return refuse(
        `JSON-RPC batches are not part of MCP ${this.protocolVersion} (only ${LAST_BATCH_VERSION} and earlier have them); send each message on its own line`,
      );
    if (items.length === 0) return refuse('an empty batch');
    if (items.length > MAX_BATCH_MESSAGES) return refuse(`a batch of ${items.length} messages, over the limit of ${MAX_BATCH_MESSAGES}`);
    const batch: Batch = { pending: new Set(), replies: [] };
    const messages: JSONRPCMessage[] = [];
    for (const item of items) {
      const checked = this.check(item);
      if (!checked.ok) {
        batch.replies.push(checked.reply as JSONRPCMessage);
        continue;
      }
      const fields = checked.message as { id?: Id; method?: string };
      if (fields.method === 'initialize') {
        batch.replies.push(
          errorReply(idOf(item), ErrorCode.InvalidRequest, 'Invalid Request: initialize must not be part of a batch') as JSONRPCMessage,
        );
      } else if (fields.id !== undefined && fields.method !== undefined && (this.inFlight.has(fields.id) || batch.pending.has(fields.id))) {
        batch.replies.push(
          errorReply(
            fields.id,
            ErrorCode.InvalidRequest,
            `Invalid Request: id ${JSON.stringify(fields.id)} is already in use`,
          ) as JSONRPCMessage,
        );
      } else {
        if (fields.method !== undefined && fields.id !== undefined) batch.pending.add(fields.id);
        messages.push(checked.message);
      }
    }
    for (const id of batch.pending) this.batchOf.set(id, batch);
    if (batch.pending.size === 0 && batch.replies.length > 0) this.writeLine(batch.replies);
    for (const message of messages) this.deliver(message);
  }

  private settle(id: Id): void {
    this.inFlight.delete(id);
    const batch = this.batchOf.get(id);
    if (batch) {
      // Cancelled: the batch no longer waits for it.
      this.batchOf.delete(id);
      batch.pending.delete(id);
      if (batch.pending.size === 0 && batch.replies.length > 0) this.writeLine(batch.replies);
    }
    if (this.ending && this.inFlight.size === 0) void this.close();
  }

  private reject(id: Id | null, code: number, message: string): void {
    this.onerror?.(new Error(message));
    this.writeLine(errorReply(id, code, message));
  }

  private writeLine(value: unknown): boolean {
    return this.output.write(`${JSON.stringify(value)}\n`);
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('StdioTransport already started');
    this.started = true;
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('error', (error: Error) => this.onerror?.(error));
  }

  async send(message: JSONRPCMessage): Promise<void> {
    const id = ('result' in message || 'error' in message) && message.id !== undefined && message.id !== null ? message.id : undefined;
    if (id !== undefined && id === this.initializeId && 'result' in message) {
      const version = (message.result as { protocolVersion?: unknown }).protocolVersion;
      if (typeof version === 'string') this.protocolVersion = version;
    }
    const batch = id === undefined ? undefined : this.batchOf.get(id);
    if (batch !== undefined && id !== undefined) {
      this.batchOf.delete(id);
      batch.pending.delete(id);
      batch.replies.push(message);
      if (batch.pending.size === 0) await this.write(batch.replies);
    } else {
      await this.write(message);
    }
    if (id !== undefined) this.settle(id);
  }

  private async write(value: unknown): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.writeLine(value)) resolve();
      else this.output.once('drain', resolve);
    });
  }

  async close(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    clearTimeout(this.drainTimer);
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    if (this.input === process.stdin) this.input.pause();
    this.onclose?.();
  }
}
