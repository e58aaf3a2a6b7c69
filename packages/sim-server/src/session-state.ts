/**
 * Per-session world state: what was called and returned (so a model engine stays consistent) and the
 * entities created so far (so the faker engine can read back what was written).
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
  /** entity type → id → record */
  readonly entities = new Map<string, Map<string, Record<string, unknown>>>();
  /** Level set by `logging/setLevel`; messages below it are not sent. */
  logLevel: LoggingLevel = 'info';
  private readonly deleted = new Set<string>();
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

  remember(entity: string, id: string, value: Record<string, unknown>): void {
    let table = this.entities.get(entity);
    if (!table) {
      table = new Map();
      this.entities.set(entity, table);
    }
    table.set(id, value);
  }

  /** Finds a record by id: in `entity`'s table first, then in any (ids are unique across types). */
  recall(entity: string, id: string): { entity: string; value: Record<string, unknown> } | undefined {
    const own = this.entities.get(entity)?.get(id);
    if (own) return { entity, value: own };
    for (const [type, table] of this.entities) {
      const value = table.get(id);
      if (value) return { entity: type, value };
    }
    return undefined;
  }

  forget(entity: string, id: string): boolean {
    this.deleted.add(id);
    return this.entities.get(entity)?.delete(id) ?? false;
  }

  wasDeleted(id: string): boolean {
    return this.deleted.has(id);
  }

  list(entity: string): Record<string, unknown>[] {
    return [...(this.entities.get(entity)?.values() ?? [])];
  }

  wantsLog(level: LoggingLevel): boolean {
    return LEVELS.indexOf(level) >= LEVELS.indexOf(this.logLevel);
  }
}
