import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { LineSplitter } from './line-splitter.js';

/** The default largest JSON-RPC message on stdio (one line). */
export const DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** How long a closed stdin waits for the requests in flight to be answered. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 120_000;

export interface StdioTransportOptions {
  /** A longer line is skipped and answered with -32600 (the server lives on). */
  maxMessageBytes?: number;
  drainTimeoutMs?: number;
  /** Where a skipped message or an abandoned request is told (default: a line on stderr). */
  log?: (line: string) => void;
}

type Id = string | number;

/**
 * Newline-delimited JSON-RPC over stdin/stdout, like the SDK's stdio transport, except that:
 * - a line that is not JSON gets a -32700 Parse error response and a JSON value that is not a JSON-RPC
 *   message gets -32600 Invalid Request (the SDK's transport only reports those to `onerror`, so the
 *   client would wait forever);
 * - lines are split on bytes and decoded whole (UTF-8 split across reads stays intact), and a line over
 *   `maxMessageBytes` is dropped as it arrives and answered with -32600 (its id when it can be read);
 * - when stdin closes, the requests in flight are answered before the transport closes.
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
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (!parsed.success) {
      const id =
        typeof value === 'object' &&
        value !== null &&
        (typeof (value as { id?: unknown }).id === 'string' || typeof (value as { id?: unknown }).id === 'number')
          ? (value as { id: Id }).id
          : null;
      this.reject(
        id,
        ErrorCode.InvalidRequest,
        `Invalid Request: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '$'}: ${issue.message}`).join('; ')}`,
      );
      return;
    }
    const message = parsed.data as { id?: Id; method?: string; params?: { requestId?: Id } };
    if (message.method !== undefined && message.id !== undefined) this.inFlight.add(message.id);
    // A cancelled request gets no response (MCP): it is no longer waited for.
    if (message.method === 'notifications/cancelled' && message.params?.requestId !== undefined) this.settle(message.params.requestId);
    this.onmessage?.(parsed.data);
  }

  private settle(id: Id): void {
    this.inFlight.delete(id);
    if (this.ending && this.inFlight.size === 0) void this.close();
  }

  private reject(id: Id | null, code: number, message: string): void {
    this.onerror?.(new Error(message));
    this.output.write(`${JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } })}\n`);
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('StdioTransport already started');
    this.started = true;
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('error', (error: Error) => this.onerror?.(error));
  }

  async send(message: JSONRPCMessage): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.output.write(`${JSON.stringify(message)}\n`)) resolve();
      else this.output.once('drain', resolve);
    });
    if (('result' in message || 'error' in message) && message.id !== undefined && message.id !== null) this.settle(message.id);
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
