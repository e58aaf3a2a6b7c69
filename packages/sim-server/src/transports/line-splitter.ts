const NEWLINE = 0x0a;
/** How much of an over-long line's head and tail is kept, to read its JSON-RPC id. */
const EDGE_BYTES = 256;

/** The id of a JSON-RPC request from the edges of a line too long to parse: first or last member of the top object. */
export function idFromEdges(head: string, tail: string): string | number | null {
  const value = '(-?\\d+|"(?:[^"\\\\]|\\\\.){0,200}")';
  const first = new RegExp(`^\\s*\\{\\s*(?:"jsonrpc"\\s*:\\s*"2\\.0"\\s*,\\s*)?"id"\\s*:\\s*${value}\\s*,`).exec(head);
  // The last member: `"id":…}` closing the top object (one brace, so not a nested object's id).
  const last = new RegExp(`[,{]\\s*"id"\\s*:\\s*${value}\\s*\\}\\s*$`).exec(tail);
  const found = first?.[1] ?? (last && !/\}\s*\}\s*$/.test(tail) ? last[1] : undefined);
  if (found === undefined) return null;
  try {
    return JSON.parse(found) as string | number;
  } catch {
    return null;
  }
}

/**
 * Splits a byte stream into newline-terminated lines: each new chunk is searched once for newlines
 * (never the bytes already held), and a line is decoded only when whole, so a UTF-8 character split
 * across chunks stays intact. A line over `maxBytes` is not held: its bytes are dropped as they
 * arrive and `onTooLarge` is told its size (and its id when the edges show one) when it ends.
 */
export class LineSplitter {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private skipping: { bytes: number; head: string; tail: Buffer } | undefined;

  constructor(
    private readonly maxBytes: number,
    private readonly onLine: (line: string) => void,
    private readonly onTooLarge: (bytes: number, id: string | number | null) => void,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      this.take(chunk.subarray(start, newline));
      this.finishLine();
      start = newline + 1;
    }
    if (start < chunk.length) this.take(chunk.subarray(start));
  }

  /** The input ended: a last line without a newline still counts. */
  end(): void {
    this.finishLine();
  }

  private take(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.skipping === undefined && this.heldBytes + piece.length > this.maxBytes) {
      const head = Buffer.concat([...this.held, piece.subarray(0, EDGE_BYTES)])
        .subarray(0, EDGE_BYTES)
        .toString('utf8');
      this.skipping = { bytes: this.heldBytes, head, tail: Buffer.alloc(0) };
      this.held = [];
      this.heldBytes = 0;
    }
    if (this.skipping !== undefined) {
      this.skipping.bytes += piece.length;
      const tail = Buffer.concat([this.skipping.tail, piece.subarray(Math.max(0, piece.length - EDGE_BYTES))]);
      this.skipping.tail = tail.subarray(Math.max(0, tail.length - EDGE_BYTES));
      return;
    }
    // Copied: a stream may reuse the chunk's memory.
    this.held.push(Buffer.from(piece));
    this.heldBytes += piece.length;
  }

  private finishLine(): void {
    if (this.skipping !== undefined) {
      const { bytes, head, tail } = this.skipping;
      this.skipping = undefined;
      this.onTooLarge(bytes, idFromEdges(head, tail.toString('utf8').replace(/\r$/, '')));
      return;
    }
    if (this.heldBytes === 0) return;
    const line = this.held.length === 1 ? (this.held[0] as Buffer) : Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    this.onLine(line.toString('utf8'));
  }
}
