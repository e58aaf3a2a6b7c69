import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { WireRecord } from '@inftool/core';

/**
 * Wraps a transport and records every JSON-RPC message that crosses it, both ways, as it was sent:
 * the raw wire of a trajectory.
 */
export class RecordingTransport implements Transport {
  readonly records: WireRecord[] = [];
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: Parameters<NonNullable<Transport['onmessage']>>[1]) => void;

  constructor(private readonly inner: Transport) {
    inner.onmessage = (message, extra) => {
      this.records.push({ direction: 'server_to_client', time: Date.now(), message: message as Record<string, unknown> });
      this.onmessage?.(message, extra);
    };
    inner.onclose = () => this.onclose?.();
    inner.onerror = (error) => this.onerror?.(error);
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    this.records.push({ direction: 'client_to_server', time: Date.now(), message: structuredClone(message) as Record<string, unknown> });
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** The records since `from` (an index into `records`), e.g. those of one trajectory. */
  since(from: number): WireRecord[] {
    return this.records.slice(from);
  }
}
