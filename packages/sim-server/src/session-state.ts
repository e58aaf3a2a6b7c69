import { WorldTables } from './engines/world-tables.js';

/**
 * Per-session world state: what was called and returned (so a model engine stays consistent) and the
 * world's entity tables (so what was written can be read back, and seeded records read).
 */
export interface CallRecord {
  tool: string;
  arguments: Record<string, unknown>;
  result: unknown;
  isError: boolean;
}

export type LoggingLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'critical' | 'alert' | 'emergency';
const LEVELS: LoggingLevel[] = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];

export class SessionState {
  readonly history: CallRecord[] = [];
  /** world seed → the entity tables this session made of it (usually one world per session). */
  readonly worlds = new Map<string, WorldTables>();
  /** Level set by `logging/setLevel`; messages below it are not sent. */
  logLevel: LoggingLevel = 'info';
  private calls = 0;

  constructor(
    readonly id: string,
    /** Seeds deterministic engines and faults. */
    readonly seed: string,
    private readonly historyLimit = 200,
  ) {}

  nextCallIndex(): number {
    this.calls += 1;
    return this.calls;
  }

  record(call: CallRecord): void {
    this.history.push(call);
    if (this.history.length > this.historyLimit) this.history.shift();
  }

  /** The world of `seed` as this session sees it (its entity tables), made on first use. */
  world(seed: string): WorldTables {
    let world = this.worlds.get(seed);
    if (world === undefined) {
      world = new WorldTables(seed);
      this.worlds.set(seed, world);
    }
    return world;
  }

  wantsLog(level: LoggingLevel): boolean {
    return LEVELS.indexOf(level) >= LEVELS.indexOf(this.logLevel);
  }
}
