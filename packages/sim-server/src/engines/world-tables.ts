import { sha256Hex } from '@inftool/core';
import { seededEntityIds } from './world.js';

type Json = Record<string, unknown>;

/** One record of the world: its id as the API spells it (a number for an integer id) and its fields. */
export interface WorldRecord {
  id: string | number;
  /** Generated once, on first use, then only changed by updates: every tool that reads it agrees. */
  fields: Json;
}

/** What happened to a session's world, for prompts and audits. */
export interface WorldChange {
  action: 'create' | 'update' | 'delete';
  entity: string;
  id: string | number;
}

/**
 * The entity tables of one world (one session, one world seed). Each table starts with the records
 * `seededEntityIds(seed, entity, idSchema)` names, so a client that knows the seed can read them;
 * creates add records, deletes remove them for good.
 */
export class WorldTables {
  readonly changes: WorldChange[] = [];
  /** What results of this session stated about real identifiers (ENSG…, EFO_…), by identifier: later results state the same. */
  readonly facts = new Map<string, Json>();
  /** What results of this session showed of each id (`ocd-person/…`, `bra_…`): the kind of thing it names and its facts, so later results agree. */
  readonly seen = new Map<string, { kind: string; facts: Json }>();
  /** The strings and numbers this session's creates and updates sent (an email, a guest's name): later results keep them as sent. */
  readonly sent = new Set<string>();
  private readonly tables = new Map<string, Map<string, WorldRecord>>();
  /** The members of each collection a listing named by its scope (`indexKind`, `indexKey`): entity and scope → ids, newest first. */
  private readonly collections = new Map<string, string[]>();
  private readonly deleted = new Map<string, Set<string>>();
  private readonly removed = new Map<string, WorldRecord[]>();
  private created = 0;

  constructor(readonly seed: string) {}

  /** The records of `entity`, seeded on first use. */
  table(entity: string, idSchema?: Json): Map<string, WorldRecord> {
    let table = this.tables.get(entity);
    if (table === undefined) {
      table = new Map();
      for (const id of seededEntityIds(this.seed, entity, idSchema)) table.set(String(id), { id, fields: {} });
      this.tables.set(entity, table);
    }
    return table;
  }

  /**
   * The record of `entity` with `id`, if the world holds it. Seeded ids of another shape (a tool
   * whose id is an integer where the table was seeded by one whose id is a string) exist too.
   */
  find(entity: string, id: string, idSchema?: Json): WorldRecord | undefined {
    const table = this.table(entity, idSchema);
    const found = table.get(id);
    if (found !== undefined || this.wasDeleted(entity, id)) return found;
    const seeded = seededEntityIds(this.seed, entity, idSchema).find((candidate) => String(candidate) === id);
    if (seeded === undefined) return undefined;
    const record = { id: seeded, fields: {} };
    table.set(id, record);
    return record;
  }

  /** The entities whose tables this world has made so far. */
  entities(): string[] {
    return [...this.tables.keys()];
  }

  /**
   * The record that carries `value` in its field `field` (`reference: "CNF-61619"`), the entity's own
   * table first, then any other: what an earlier result showed of it.
   */
  findBy(field: string, value: string, preferred?: string): { entity: string; record: WorldRecord } | undefined {
    const wanted = field.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
    const text = value.trim().toLowerCase();
    const order = [
      ...(preferred !== undefined && this.tables.has(preferred) ? [preferred] : []),
      ...this.entities().filter((entity) => entity !== preferred),
    ];
    for (const entity of order) {
      for (const record of this.tables.get(entity)?.values() ?? []) {
        for (const [key, stored] of Object.entries(record.fields)) {
          if (
            (typeof stored === 'string' || typeof stored === 'number') &&
            key.replace(/[^A-Za-z0-9]/g, '').toLowerCase() === wanted &&
            String(stored).trim().toLowerCase() === text
          )
            return { entity, record };
        }
      }
    }
    return undefined;
  }

  /** The ids of the collection of `entity` records that `scope` names (empty until a listing finds some). */
  members(entity: string, scope: string): string[] {
    return (this.collections.get(`${entity}\u0000${scope}`) ?? []).filter((id) => !this.wasDeleted(entity, id));
  }

  /** Adds records to a collection, ahead of those it had (the latest listed first). */
  join(entity: string, scope: string, ids: Array<string | number>): void {
    const key = `${entity}\u0000${scope}`;
    const had = this.collections.get(key) ?? [];
    this.collections.set(key, [...ids.map(String).filter((id) => !had.includes(id)), ...had]);
  }

  insert(entity: string, record: WorldRecord, idSchema?: Json): void {
    this.table(entity, idSchema).set(String(record.id), record);
    this.changes.push({ action: 'create', entity, id: record.id });
  }

  updated(entity: string, record: WorldRecord): void {
    this.changes.push({ action: 'update', entity, id: record.id });
  }

  delete(entity: string, id: string): void {
    const record = this.tables.get(entity)?.get(id);
    this.tables.get(entity)?.delete(id);
    if (record !== undefined) this.removed.set(entity, [...(this.removed.get(entity) ?? []), record]);
    let gone = this.deleted.get(entity);
    if (gone === undefined) {
      gone = new Set();
      this.deleted.set(entity, gone);
    }
    gone.add(id);
    this.changes.push({ action: 'delete', entity, id: record?.id ?? id });
  }

  /** The records of `entity` deleted in this session, as they were: what they held stays theirs (a deleted fax's medium is no other fax's). */
  deletedRecords(entity: string): WorldRecord[] {
    return this.removed.get(entity) ?? [];
  }

  wasDeleted(entity: string, id: string): boolean {
    return this.deleted.get(entity)?.has(id) === true;
  }

  /** A fresh id for a new `entity` record, shaped like the seeded ones, deterministic in the world and the count of creations. */
  nextId(entity: string, idSchema?: Json): string | number {
    const table = this.table(entity, idSchema);
    // A narrow id schema (`^[0-9]$`, a maximum of 10) can run out of fresh ids: then one is reused.
    let candidate: string | number = 0;
    for (let tries = 0; tries < 200; tries += 1) {
      this.created += 1;
      candidate = seededEntityIds(`${this.seed}\u0000created\u0000${this.created}`, entity, idSchema)[0] ?? this.created;
      if (!table.has(String(candidate)) && !this.wasDeleted(entity, String(candidate))) return candidate;
    }
    return candidate;
  }

  /** A seed for generating the fields of a record: the same record always gets the same fields. */
  recordSeed(entity: string, id: string | number): number {
    return parseInt(sha256Hex(`${this.seed}\u0000${entity}\u0000${String(id)}`).slice(0, 8), 16);
  }
}
