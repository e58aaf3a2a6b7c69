import { canonicalJson, seedFrom, type SchemaValidator } from '@inftool/core';
import { doneRecord } from './write-outcome.js';
import type { CatalogTool } from '../catalog/catalog.js';
import { computeResult } from './compute-result.js';
import { withSystemSense } from './described-fields.js';
import type { EngineResult } from './engine.js';
import { isFilterArgument, isJsonDocument, QUERY, type InferredOutput } from './infer-output-schema.js';
import { nameLike } from './world-echo-arguments.js';
import { isSearchTool, searchTerms } from './world-search.js';
import { isCutoff, mergeSent, requestDocument, sentField, withoutCutoffs } from './world-arguments.js';
import { listFilters, matchesFilter, placeFilter, withoutFiltered, type ListFilter } from './world-filters.js';
import { ID_ARGUMENT } from './entity-rules.js';
import { withoutUnsentIdentity } from './unsent-identity.js';
import { createdBeforeStay, createdInLineage } from './world-lineage.js';
import { seededEntityIds } from './world.js';
import { fieldOf, getAt, idKeys, locateRecord, normalizeKey, overlayRecord, setAt, setId } from './record-projection.js';
import type { WorldRecord, WorldTables } from './world-tables.js';
import { dateRangeOf, inRange, orderDates, parseInstant, rangedField } from './world-date-ranges.js';

type Json = Record<string, unknown>;
export type Generate = (
  schema: Json,
  name: string,
  seed: number,
  echo?: Json,
  optionalRate?: number,
) => { ok: true; value: Json } | { ok: false; error: string };

export interface WorldWalkerOptions {
  tool: CatalogTool;
  args: Json;
  world: WorldTables;
  validator: SchemaValidator;
  generate: Generate;
  /** The world's reference instant. */
  now: Date;
  /** How many calls the session made before this one (creation times advance with it). */
  callIndex: number;
  entity: string;
  /** The schema of the entity's id parameter (from this tool or a sibling), shaping seeded and new ids. */
  idSchema?: Json;
  /** The name of the entity's id parameter (`Sid`, `articleKey`), so records a list or a create returns carry the id where reads take it. */
  idName?: string;
  /** The id schema of another entity of the catalog, so ids records hold of it (`fax_sid` in a media record) are ids the world has. */
  idSchemaFor?: (entity: string) => Json | undefined;
}

/** A result carries most of its optional fields: an API that has them sends them. */
export const RESULT_OPTIONAL_RATE = 1;
const LIMIT = /^(limit|count|max_?results|page_?size|per_?page|top|size|num_?results|number_?of_?results|n)$/i;
const NAME_FIELD = /^(name|title|label|full_?name|display_?name|[a-z]+_name)$/i;

/** Arguments of an update that hold the changed fields (`updates`, `changes`, `fields`, `patch`). */
const CHANGES = /^(updates?|changes|fields|patch|attributes|modifications|new_values)$/i;

/** The status a cancel or close leaves its record in (`cancel_order` → cancelled, `close_ticket` → closed), or undefined for a delete. */
export function closingStatus(toolName: string): 'cancelled' | 'closed' | undefined {
  if (/(^|_)cancel/i.test(toolName)) return 'cancelled';
  if (/(^|_)close(_|$)/i.test(toolName)) return 'closed';
  return undefined;
}

/** How the record's status field spells `ends` (`CANCELLED` where its enum has that), else `ends`. */
export function statusIn(schema: Json | undefined, key: string, ends: string): string {
  const property = ((schema?.['properties'] ?? {}) as Record<string, Json | undefined>)[key];
  const parts = [
    property,
    ...(['allOf', 'anyOf', 'oneOf'] as const).flatMap((of) => (Array.isArray(property?.[of]) ? (property[of] as Json[]) : [])),
  ];
  const choices = parts.flatMap((part) => (Array.isArray(part?.['enum']) ? (part['enum'] as unknown[]) : []));
  const spelled = choices.find(
    (choice): choice is string => typeof choice === 'string' && choice.toLowerCase().replace('canceled', 'cancelled') === ends,
  );
  return spelled ?? ends;
}

/**
 * One call against the session's world: reads, updates and deletes by id (404 when the world holds
 * no such record), lists filtered by the arguments, creates with fresh ids. Every record's fields are
 * generated once from (world, entity, id) and stored, so every tool that reads it agrees on the
 * fields they share.
 */
/** Entities that are parts of one record (a fax's medium, a message's attachment), never shared by two. */
const PART_ENTITY = /^(media|medium|attachment|image|photo|file|document|recording|thumbnail|avatar)s?$/;

export class WorldWalker {
  constructor(private readonly options: WorldWalkerOptions) {}

  /** Seeds what depends on the world and the arguments only (a read without id, a computation). */
  callSeed(): number {
    return seedFrom(this.options.world.seed, this.options.tool.spec.name, canonicalJson(this.options.args));
  }

  byId(
    action: 'read' | 'update' | 'delete',
    [idArgument, id]: [string, string],
    explicit: Json | undefined,
    inferred: InferredOutput | undefined,
  ): EngineResult {
    const { world, entity, idSchema, args } = this.options;
    let record = world.find(entity, id, idSchema);
    // A bare `key` or `guid` names a record of whatever the tool is about (the ministry a minister
    // belongs to): a read by one the world has not met finds it; a deleted one stays gone.
    // An id an earlier result of the session showed names a record the world has: a read finds it, with what that result said of it.
    if (record === undefined && !world.wasDeleted(entity, id) && (world.seen.has(id) || heldAnywhere(world, id))) {
      record = {
        id: typeof args[idArgument] === 'number' ? (args[idArgument] as number) : id,
        fields: { ...(world.seen.get(id)?.facts ?? {}) },
      };
      world.table(entity, idSchema).set(id, record);
    }
    if (record === undefined && action === 'read' && /^(key|guid)$/i.test(idArgument) && !world.wasDeleted(entity, id)) {
      record = { id: typeof args[idArgument] === 'number' ? (args[idArgument] as number) : id, fields: {} };
      world.table(entity, idSchema).set(id, record);
    }
    if (record === undefined) return notFound(entity, id, world.wasDeleted(entity, id));
    // a part read or deleted under another owner than it has (a fax's medium asked under another fax) is not there
    const owner = action === 'update' ? undefined : otherOwner(record, idArgument, args, world);
    if (owner !== undefined)
      return { isError: true, content: [{ type: 'text', text: `404 Not Found: ${owner.noun} "${owner.id}" has no ${entity} "${id}"` }] };
    return this.onRecord(action, record, idArgument, explicit, inferred);
  }

  /**
   * A call whose id argument names the parent of what the tool is about (`articleId` on
   * `get_articles_article_id_units`, `tweet_id` on `get_tweet_comments`, `receiver_id` on
   * `delete_message`): the parent is looked up in its own table (404 when it was deleted, or when a
   * read or change names one the world does not hold of an entity some tool reads by id; otherwise
   * the world meets it on first use), and the call reads, changes or
   * deletes the record of the tool's entity under that parent, the same one every time: the latest
   * stored with that parent, else one the world has for it. A list lists the parent's records.
   */
  scoped(
    action: 'read' | 'update' | 'delete' | 'list',
    parent: { entity: string; idSchema?: Json; argumentSchema?: Json; managed: boolean },
    [idArgument, id]: [string, string],
    explicit: Json | undefined,
    inferred: InferredOutput | undefined,
  ): EngineResult {
    const { world, entity, idSchema, args } = this.options;
    // the parent's ids as its own tools shape them, or as this tool's parameter does (a plain string where they take a UUID)
    if (
      world.find(parent.entity, id, parent.idSchema) === undefined &&
      world.find(parent.entity, id, parent.argumentSchema) === undefined
    ) {
      // A list of a parent's records meets a parent it has not seen (an id from the spec's example); a read or a change needs one the world holds.
      // (an id an earlier result showed is one the world holds)
      if ((parent.managed && action !== 'list' && !world.seen.has(id) && !heldAnywhere(world, id)) || world.wasDeleted(parent.entity, id))
        return notFound(parent.entity, id, world.wasDeleted(parent.entity, id));
      world
        .table(parent.entity, parent.idSchema)
        .set(id, { id: typeof args[idArgument] === 'number' ? (args[idArgument] as number) : id, fields: {} });
    }
    if (action === 'list') return this.list(explicit, inferred);
    const table = world.table(entity, idSchema);
    let record = [...table.values()].reverse().find((candidate) => String(fieldOf(candidate.fields, idArgument)?.[1]) === id);
    if (record === undefined) {
      const childId = seededEntityIds(`${world.seed}\u0000${parent.entity}\u0000${id}`, entity, idSchema)[0] ?? `${entity}-${id}`;
      if (world.wasDeleted(entity, String(childId)))
        return {
          isError: true,
          content: [{ type: 'text', text: `404 Not Found: ${parent.entity} "${id}" has no ${entity} (it was deleted)` }],
        };
      record = { id: childId, fields: { [idArgument]: args[idArgument] } };
      table.set(String(childId), record);
    }
    return this.onRecord(action, record, undefined, explicit, inferred);
  }

  /** Reads, updates or deletes `record`; `idArgument` is the argument that named it (none when a parent's id did). */
  private onRecord(
    action: 'read' | 'update' | 'delete',
    record: WorldRecord,
    idArgument: string | undefined,
    explicit: Json | undefined,
    inferred: InferredOutput | undefined,
  ): EngineResult {
    const { world, entity } = this.options;
    const id = String(record.id);
    // a cancel or a close keeps the record, in its new status (a closed ticket is read back closed, not gone)
    const ends = closingStatus(this.options.tool.spec.name);
    if (action === 'delete') {
      if (ends !== undefined) {
        const schema = inferred?.record ?? this.recordSchema(explicit);
        this.ensureFields(record, schema);
        const statusKey = fieldOf(record.fields, 'status')?.[0] ?? 'status';
        record.fields[statusKey] = statusIn(schema, statusKey, ends);
        world.updated(entity, record);
      } else world.delete(entity, id);
      if (explicit === undefined) {
        return {
          structuredContent:
            ends !== undefined ? { id: record.id, status: ends, [`${ends}_at`]: this.instant() } : { deleted: true, id: record.id },
        };
      }
      return this.projectExplicit(record, explicit, idArgument);
    }
    this.ensureFields(record, inferred?.record ?? this.recordSchema(explicit));
    this.echoParents(record, idArgument, explicit === undefined);
    // a cancelled record is closed for changes: a real service answers 409, it does not change it as if live
    if (action === 'update' && isCancelled(record.fields))
      return {
        isError: true,
        content: [{ type: 'text', text: `409 Conflict: ${entity} "${id}" is cancelled and can no longer be changed` }],
      };
    if (action === 'update') this.applyUpdate(record, idArgument, explicit);
    return explicit === undefined
      ? { structuredContent: this.projectInferred(record, (inferred as InferredOutput).record, idArgument) }
      : this.projectExplicit(record, explicit, idArgument);
  }

  /** Sets the fields an update sent on `record` (a request document's, an `updates` object's, a scalar argument's) and stamps the change. */
  private applyUpdate(record: WorldRecord, idArgument: string | undefined, explicit: Json | undefined): void {
    const { world, entity, args } = this.options;
    for (const [key, value] of Object.entries(args)) {
      // the fields a request document sends (`body: {start, end, bookingContact}`) are the record's new fields
      const document = requestDocument(key, value);
      if (document !== undefined) mergeSent(record.fields, ownPart(record.fields, key, document) ?? document);
      // `edit_ticket(ticket_id, updates={priority: 1})`: the fields an update object names are the record's new values
      if (document === undefined && CHANGES.test(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [field, sent] of Object.entries(value as Json))
          if (sent !== undefined && sent !== null) record.fields[fieldOf(record.fields, field)?.[0] ?? field] = sent;
        continue;
      }
      if (document !== undefined || key === idArgument || value === undefined || !isFilterArgument(key) || isJsonDocument(value)) continue;
      // an object sent for a part of the record (`bookingContact` → `contact`) sets that part, field by field
      if (typeof value === 'object' && value !== null && !Array.isArray(value) && sentField(record.fields, key) !== undefined) {
        mergeSent(record.fields, { [key]: value });
        continue;
      }
      record.fields[fieldOf(record.fields, key)?.[0] ?? key] = value;
    }
    const stamp = fieldOf(record.fields, 'updated_at')?.[0];
    if (stamp !== undefined || explicit === undefined) record.fields[stamp ?? 'updated_at'] = this.instant();
    world.updated(entity, record);
  }

  /** The call's filters of a listing: scalar arguments the record schema takes, lists of values (any of them) and a request body's fields. */
  private filtersOf(recordSchema: Json, inferred: InferredOutput | undefined): ReturnType<typeof listFilters> {
    const { args } = this.options;
    return listFilters(
      args,
      recordSchema,
      (key, value) =>
        !isJsonDocument(value) &&
        isFilterArgument(key) &&
        !QUERY.test(key) &&
        (inferred === undefined || !(key in args) || inferred.inputFields.includes(key)),
      requestDocument,
      this.options.tool.spec.name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z]+/),
    );
  }

  list(explicit: Json | undefined, inferred: InferredOutput | undefined): EngineResult {
    const { world, entity, idSchema, args } = this.options;
    const location = explicit === undefined ? undefined : locateRecord(explicit, true, entity);
    const recordSchema = inferred?.record ?? location?.schema;
    if (recordSchema === undefined) return this.plain(explicit as Json);
    const table = world.table(entity, idSchema);
    const filters = this.filtersOf(recordSchema, inferred);
    const query = Object.entries(args).find(([key, value]) => QUERY.test(key) && typeof value === 'string' && value.trim() !== '')?.[1] as
      string | undefined;
    const records = [...table.values()];
    // a field a filter binds is not made up for a record shown without it: it is no record the call asked for
    const unfiltered = withoutFiltered(recordSchema, filters);
    for (const record of records) this.ensureFields(record, unfiltered);
    // a search for several terms at once (a best hit of `["BRCA1","KRAS"]`) answers one record per term, named by it
    const terms = query === undefined && isSearchTool(this.options.tool.spec.name) ? searchTerms(args) : undefined;
    if (terms !== undefined) {
      const hits = terms.map((term) => records.find((record) => namedBy(record.fields, term)) ?? this.discoverNamed(recordSchema, term));
      return this.listed(hits, hits.length, explicit, location, recordSchema);
    }
    const ranges = dateRangeOf(args);
    // a listing named by a key (`indexKind`, `indexKey`) lists the members of that collection, whichever tool lists it
    const scope = collectionScope(filters);
    const pool = scope === undefined ? records : world.members(entity, scope).flatMap((id) => table.get(id) ?? []);
    let matches = pool.filter(
      (record) =>
        filters.every((filter) => matchesFilter(record.fields, filter)) &&
        (query === undefined || mentions(record.fields, query)) &&
        dated(record, ranges),
    );
    if (emptyRange(ranges)) matches = [];
    else if (matches.length === 0 && (filters.length > 0 || query !== undefined || ranges.length > 0)) {
      matches = this.discover(recordSchema, filters, query, ranges);
      if (scope !== undefined)
        world.join(
          entity,
          scope,
          matches.map((record) => record.id),
        );
    }
    const limit = Object.entries(args).find(([key, value]) => LIMIT.test(key) && typeof value === 'number' && value > 0)?.[1] as
      number | undefined;
    for (const record of matches.slice(0, 40)) this.ensureFields(record, recordSchema);
    // a listing of everything names each record once: the record the session has read keeps its name, one named alike is left out
    const everything = filters.length === 0 && query === undefined && ranges.length === 0 && scope === undefined;
    const named = everything ? onePerName(matches.slice(0, 40), world.seen) : matches.slice(0, 40);
    const listedMatches = matches.length > 40 ? [...named, ...matches.slice(40)] : named;
    // records still open come first, as a service lists them: the first one a user goes on to change can be changed
    const open = [
      ...listedMatches.filter((record) => !isCancelled(record.fields)),
      ...listedMatches.filter((record) => isCancelled(record.fields)),
    ];
    const shown = open.slice(0, Math.min(limit ?? 20, 20));
    return this.listed(shown, open.length, explicit, location, recordSchema);
  }

  /**
   * A lookup of several records by their ids (`postKeys=[a, b]`, a body `{"ids": [...]}`): one record
   * per id asked for, each carrying its id, in the order asked; a deleted one is left out, one the
   * world has not met it meets (as a read by a bare key does).
   */
  batch(ids: Array<string | number>, explicit: Json | undefined, inferred: InferredOutput | undefined): EngineResult {
    const { world, entity, idSchema } = this.options;
    const records: WorldRecord[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      const key = String(id);
      if (seen.has(key) || world.wasDeleted(entity, key)) continue;
      seen.add(key);
      let record = world.find(entity, key, idSchema);
      if (record === undefined) {
        record = { id, fields: {} };
        world.table(entity, idSchema).set(key, record);
      }
      records.push(record);
    }
    const location = explicit === undefined ? undefined : locateRecord(explicit, true, entity);
    if (explicit !== undefined && location === undefined) {
      // a result of one record answers a lookup of one
      const first = records[0];
      if (records.length === 1 && first !== undefined) return this.onRecord('read', first, this.options.idName, explicit, inferred);
      return this.plain(explicit);
    }
    const recordSchema = inferred?.record ?? location?.schema;
    if (recordSchema === undefined) return this.plain(explicit as Json);
    for (const record of records) this.ensureFields(record, recordSchema);
    return this.listed(records, records.length, explicit, location, recordSchema);
  }

  /** The result of a list or a batch lookup: `shown` records in the result's list (`total` of them in all). */
  private listed(
    shown: WorldRecord[],
    total: number,
    explicit: Json | undefined,
    location: ReturnType<typeof locateRecord>,
    recordSchema: Json,
  ): EngineResult {
    const { world, entity, args } = this.options;
    if (explicit === undefined || location === undefined) {
      return {
        structuredContent: { items: shown.map((record) => this.projectInferred(record, recordSchema, this.options.idName)), total },
      };
    }
    const base = this.options.generate(explicit, this.options.tool.spec.name, this.callSeed(), args, RESULT_OPTIONAL_RATE);
    if (!base.ok) return this.plain(explicit);
    const items = shown.map((record) => {
      const item = this.options.generate(location.schema, entity, world.recordSeed(entity, record.id), undefined, 1);
      const target = item.ok ? item.value : {};
      overlayRecord(target, location.schema, location.schema, record.fields, this.options.validator);
      setId(
        target,
        location.schema,
        location.schema,
        idKeys(location.schema, this.options.idName, entity),
        record.id,
        this.options.validator,
      );
      if (typeof record.fields['name'] === 'string' && !('name' in target) && location.schema['additionalProperties'] !== false)
        target['name'] = record.fields['name'];
      return target;
    });
    setAt(base.value, location.path, items);
    const parent = location.path.length > 1 ? (getAt(base.value, location.path.slice(0, -1)) as Json) : base.value;
    for (const key of Object.keys(parent))
      if (/^(total|count|total_?count|total_?results|num_?results)$/i.test(key) && typeof parent[key] === 'number') parent[key] = total;
    pageCounts(parent, shown.length, total, args);
    return this.valid(explicit, base.value) ? { structuredContent: base.value } : this.plain(explicit);
  }

  create(explicit: Json | undefined, inferred: InferredOutput | undefined): EngineResult {
    const { world, entity, idSchema, args, idName } = this.options;
    // A create that names its record (`archival_memory_add(key="project_notes")`) stores it under that name: a read by it finds it.
    const named = idName === undefined ? undefined : args[idName];
    const given = (typeof named === 'string' && named.trim() !== '') || typeof named === 'number' ? named : undefined;
    const free =
      given !== undefined &&
      world.find(entity, String(given), idSchema) === undefined &&
      (idSchema === undefined || this.valid(idSchema, given));
    const record: WorldRecord = { id: free ? given : world.nextId(entity, idSchema), fields: {} };
    this.ensureFields(record, inferred?.record ?? this.recordSchema(explicit));
    // a record its system knows is created in its first state (a new support ticket is open), whatever the table drew
    const first = this.firstState(explicit);
    if (first !== undefined) record.fields[fieldOf(record.fields, 'status')?.[0] ?? 'status'] = first;
    // else a record made is in a state of one made (`ACCEPTED`, not a drawn `PENDING` or `RJ`), its `available` true
    else record.fields = doneRecord(record.fields, inferred?.record ?? this.recordSchema(explicit), 'create');
    for (const [key, value] of Object.entries(args)) {
      const document = requestDocument(key, value);
      if (document !== undefined) mergeSent(record.fields, withoutCutoffs(document));
      else if (isFilterArgument(key) && value !== undefined && !isJsonDocument(value) && !isCutoff(key))
        record.fields[fieldOf(record.fields, key)?.[0] ?? key] = value;
    }
    // a list the create could have been sent and was not (`post_tweet` without `mentions`) is empty, not made up
    for (const key of inferred?.inputFields ?? [])
      if (args[key] === undefined && Array.isArray(record.fields[key])) record.fields[key] = [];
    const stamp = fieldOf(record.fields, 'created_at')?.[0];
    if (stamp !== undefined) record.fields[stamp] = this.instant();
    world.insert(entity, record, idSchema);
    const made =
      explicit === undefined
        ? { structuredContent: this.projectInferred(record, (inferred as InferredOutput).record, this.options.idName) }
        : this.projectExplicit(record, explicit, this.options.idName);
    // an identifying value the create could have been sent and was not (an agent, a street, a first name) is not made up
    const content = made.structuredContent;
    if (made.isError === true || typeof content !== 'object' || content === null || Array.isArray(content)) return made;
    const inputs = Object.keys((this.options.tool.spec.inputSchema as Json | undefined)?.['properties'] ?? {});
    const kept = withoutUnsentIdentity(content as Json, inputs, args, (value) => explicit === undefined || this.valid(explicit, value));
    return kept === content ? made : { ...made, structuredContent: kept };
  }

  /** A computed, sent or other inferred result: the arguments it used, the values it computed. */
  finishInferred(value: Json, inferred: InferredOutput): Json {
    const { args } = this.options;
    for (const key of inferred.inputFields) {
      if (args[key] === undefined || isJsonDocument(args[key])) delete value[key];
      else value[key] = args[key];
    }
    if (inferred.kind === 'compute') {
      const computed = computeResult(inferred.words, args);
      if (computed !== undefined) {
        if (inferred.resultField !== undefined) delete value[inferred.resultField];
        // a note that nothing was computed (three sides that make no triangle) leaves no unit of nothing
        if ('note' in computed) delete value['unit'];
        Object.assign(value, computed);
      }
    }
    return value;
  }

  /** "Now" for this call: the world's reference instant plus a minute per earlier call of the session. */
  private instant(): string {
    return new Date(this.options.now.getTime() + this.options.callIndex * 60_000).toISOString();
  }

  /** The status a declared record of the tool's system starts in (`withSystemSense` of a create), if it names one. */
  private firstState(explicit: Json | undefined): unknown {
    const schema = this.recordSchema(explicit);
    if (schema === undefined) return undefined;
    const { spec } = this.options.tool;
    const sensed = withSystemSense(schema, spec.name, spec.description);
    return ((sensed['properties'] ?? {}) as Record<string, Json | undefined>)['status']?.['const'];
  }

  private recordSchema(explicit: Json | undefined): Json | undefined {
    return explicit === undefined ? undefined : locateRecord(explicit, false, this.options.entity)?.schema;
  }

  /** Gives `record` every field of `schema` it lacks, generated from (world, entity, id) and stored. */
  private ensureFields(record: WorldRecord, schema: Json | undefined): void {
    const properties = Object.keys((schema?.['properties'] ?? {}) as Json);
    if (schema === undefined || properties.every((key) => fieldOf(record.fields, key) !== undefined)) return;
    const { world, entity } = this.options;
    const generated = this.options.generate(schema, entity, world.recordSeed(entity, record.id), undefined, 1);
    if (!generated.ok) return;
    const properties_ = (schema['properties'] ?? {}) as Record<string, unknown>;
    const fresh: string[] = [];
    for (const [key, value] of Object.entries(generated.value)) {
      if (fieldOf(record.fields, key) !== undefined) continue;
      record.fields[key] = this.referencedId(key, value, properties_[key], record) ?? value;
      fresh.push(key);
    }
    this.distinctNames(record, schema, fresh);
    this.ownersAccount(record, fresh);
    // the owners a call names (`FaxSid` of `fetch_fax_media`) are the record's, whatever it drew
    const named = Object.entries(this.options.args).filter(([key]) => ID_ARGUMENT.test(key) && key !== this.options.idName);
    createdInLineage(record, entity, world, fresh, Object.fromEntries(named));
    createdBeforeStay(record, entity, world, fresh, this.options.args);
  }

  /**
   * A new account field of a record that names an owner (a medium's `fax_sid`) is the owner's account:
   * the owner's when the world knows it, else the owner takes this one, so every part of one fax and
   * the fax itself are under one account.
   */
  private ownersAccount(record: WorldRecord, fresh: string[]): void {
    const accountKey = Object.keys(record.fields).find((key) => ACCOUNT_FIELD.test(key));
    if (accountKey === undefined) return;
    const { world, args } = this.options;
    for (const [key, value] of Object.entries(record.fields)) {
      const noun = referenceNoun(key);
      if (noun === undefined || ACCOUNT_FIELD.test(key) || noun === normalizeKey(this.options.entity) || PART_ENTITY.test(noun)) continue;
      // (a record's account and owner are joined when either is new)
      if (!fresh.includes(accountKey) && !fresh.includes(key)) continue;
      const idSchema = this.options.idSchemaFor?.(noun);
      const ownerId = fieldOf(args, key)?.[1] ?? value;
      if (idSchema === undefined || (typeof ownerId !== 'string' && typeof ownerId !== 'number')) continue;
      const table = world.table(noun, idSchema);
      let owner = table.get(String(ownerId));
      if (owner === undefined && !world.wasDeleted(noun, String(ownerId))) {
        owner = { id: ownerId, fields: {} };
        table.set(String(ownerId), owner);
      }
      if (owner === undefined) continue;
      const held = fieldOf(owner.fields, accountKey)?.[1];
      if (typeof held === 'string' || typeof held === 'number') record.fields[accountKey] = held;
      else owner.fields[accountKey] = record.fields[accountKey];
      return;
    }
  }

  /** Two records of a table are not named alike (two ministries called "Ministry of Transport"): a new name that is taken is drawn again. */
  private distinctNames(record: WorldRecord, schema: Json, fresh: string[]): void {
    const { world, entity, idSchema } = this.options;
    const keys = fresh.filter((key) => NAME_FIELD.test(key) && typeof record.fields[key] === 'string');
    if (keys.length === 0) return;
    const others = [...world.table(entity, idSchema).values()].filter(
      (other) => other !== record && String(other.id) !== String(record.id),
    );
    const taken = (key: string, value: unknown): boolean =>
      others.some(
        (other) => typeof value === 'string' && String(fieldOf(other.fields, key)?.[1] ?? '').toLowerCase() === value.toLowerCase(),
      );
    const seed = world.recordSeed(entity, record.id);
    for (const key of keys) {
      for (let attempt = 1; attempt <= 8 && taken(key, record.fields[key]); attempt += 1) {
        const again = this.options.generate(schema, entity, seed + attempt * 7919, undefined, 1);
        const value = again.ok ? again.value[key] : undefined;
        if (typeof value === 'string' && !taken(key, value)) record.fields[key] = value;
      }
    }
  }

  /**
   * The id a record holds of another entity (`fax_sid` in a media record, `customer_id` in an
   * order): one of the ids that entity's table is seeded with, shaped by its id parameter, so a later
   * call with it finds the record; never one deleted in the session or held under another record of
   * this entity (a medium another fax holds or names), then a fresh one.
   */
  private referencedId(key: string, value: unknown, propertySchema: unknown, record: WorldRecord): string | number | undefined {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const match = /^(.+?)[_-]?(id|sid|key|guid|uuid)$/i.exec(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
    const other = match?.[1]?.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (other === undefined || other.length < 2 || other === normalizeKey(this.options.entity)) return undefined;
    if (propertySchema === null || typeof propertySchema !== 'object' || '$ref' in propertySchema) return undefined;
    const { world } = this.options;
    const entity = other.endsWith('ies')
      ? `${other.slice(0, -3)}y`
      : other.endsWith('s') && !/(ss|us|is)$/.test(other)
        ? other.slice(0, -1)
        : other;
    const idSchema = this.options.idSchemaFor?.(entity) ?? (propertySchema as Json);
    const ids = seededEntityIds(world.seed, entity, idSchema);
    const start = world.recordSeed(this.options.entity, `${String(record.id)}\u0000${key}`) % Math.max(1, ids.length);
    // never a record deleted in this session, nor one the world holds under another record of this
    // entity (a fax's medium is its own, not a medium of another fax): else a fresh id the world meets later
    const own = this.options.world.table(this.options.entity);
    const owners = [...own.values(), ...world.deletedRecords(this.options.entity)];
    // a part (a fax's medium, an attachment) belongs to one record: never one another record of this entity names, deleted or not
    const part = PART_ENTITY.test(entity);
    // the part's field naming its owner (`fax_sid` of a medium)
    const ownerKey = new RegExp(`^${normalizeKey(this.options.entity)}(id|sid|key|guid|uuid)$`);
    const taken = (candidate: string | number): boolean =>
      world.wasDeleted(entity, String(candidate)) ||
      (part && owners.some((other) => String(other.id) !== String(record.id) && String(other.fields[key]) === String(candidate))) ||
      Object.entries(world.table(entity, idSchema).get(String(candidate))?.fields ?? {}).some(
        ([name, field]) =>
          (typeof field === 'string' || typeof field === 'number') &&
          String(field) !== String(record.id) &&
          (own.has(String(field)) || (part && ownerKey.test(normalizeKey(name)))),
      );
    const id =
      ids.map((_, index) => ids[(start + index) % ids.length]).find((candidate) => candidate !== undefined && !taken(candidate)) ??
      (ids.length === 0 ? undefined : world.nextId(entity, idSchema));
    if (id === undefined) return undefined;
    if (this.valid(propertySchema as Json, id)) return id;
    return this.valid(propertySchema as Json, String(id)) ? String(id) : undefined;
  }

  /** A read names its record's parents too (`FaxSid`, `newsletterKey`): the record holds the ones it was read with. */
  private echoParents(record: WorldRecord, idArgument: string | undefined, addMissing: boolean): void {
    for (const [key, value] of Object.entries(this.options.args)) {
      if (key === idArgument || !ID_ARGUMENT.test(key) || (typeof value !== 'string' && typeof value !== 'number')) continue;
      const field = fieldOf(record.fields, key)?.[0];
      if (field !== undefined) record.fields[field] = value;
      else if (addMissing) record.fields[key] = value;
    }
  }

  /** The record a search term finds when the world has none of that name: named by the term as typed, and kept. */
  private discoverNamed(schema: Json, term: string): WorldRecord {
    const { world, entity, idSchema } = this.options;
    const record: WorldRecord = { id: world.nextId(entity, idSchema), fields: {} };
    this.ensureFields(record, schema);
    const named = Object.keys(record.fields).find((key) => NAME_FIELD.test(key) && typeof record.fields[key] === 'string');
    record.fields[named ?? 'name'] = term;
    world.table(entity, idSchema).set(String(record.id), record);
    return record;
  }

  /** New records that match a search no record matched: the world has them, and keeps them. */
  private discover(
    schema: Json,
    filters: ListFilter[],
    query: string | undefined,
    ranges: ReturnType<typeof dateRangeOf> = [],
  ): WorldRecord[] {
    const { world, entity, idSchema } = this.options;
    const table = world.table(entity, idSchema);
    const count = 2 + (this.callSeed() % 2);
    return Array.from({ length: count }, (_, index) => {
      const record: WorldRecord = { id: world.nextId(entity, idSchema), fields: {} };
      this.ensureFields(record, schema);
      for (const filter of filters) placeFilter(record.fields, filter, index);
      if (query !== undefined && nameLike(query)) {
        const named = Object.keys(record.fields).find((key) => NAME_FIELD.test(key) && typeof record.fields[key] === 'string');
        if (named !== undefined) record.fields[named] = titleCase(query);
        // a record whose schema names no name field (cut, or inherited) is still named for what found it
        else if (index === 0 && schema['additionalProperties'] !== false) record.fields['name'] = titleCase(query);
      }
      this.placeInRange(record, ranges);
      table.set(String(record.id), record);
      return record;
    });
  }

  /** Moves the dates a range bounds (`DateCreatedOnOrBefore`) inside it: a record found by the range was made then. */
  private placeInRange(record: WorldRecord, ranges: ReturnType<typeof dateRangeOf>): void {
    const bounds = new Map<string, { low?: number; high?: number }>();
    for (const range of ranges) {
      const field = rangedField(record.fields, range.base);
      if (field === undefined) continue;
      const entry = bounds.get(field) ?? {};
      if (range.upper) entry.high = Math.min(entry.high ?? Infinity, range.bound);
      else entry.low = Math.max(entry.low ?? -Infinity, range.bound);
      bounds.set(field, entry);
    }
    const seed = this.options.world.recordSeed(this.options.entity, record.id);
    const offset = (seed % (20 * 24)) * 3_600_000 + 3_600_000;
    for (const [field, { low, high }] of bounds) {
      const time = parseInstant(record.fields[field]);
      if (time === undefined || ((low === undefined || time > low) && (high === undefined || time <= high))) continue;
      // each record at its own point of the range (never all at its middle, to the second), on a whole minute
      const placed =
        low !== undefined && high !== undefined
          ? inRangeAt(low, high, ((seed >>> 9) % 997) / 997)
          : high !== undefined
            ? high - offset
            : (low as number) + offset;
      const text = String(record.fields[field]);
      const iso = new Date(placed).toISOString();
      record.fields[field] = /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? iso.slice(0, 10)
        : /\.\d{3}Z$/.test(text)
          ? iso
          : iso.replace(/\.\d{3}Z$/, 'Z');
      // a later date of the record stays after it
      for (const [key, value] of Object.entries(record.fields)) {
        const other = parseInstant(value);
        if (key !== field && typeof value === 'string' && other !== undefined && /updat|modif|last/i.test(key) && other < placed)
          record.fields[key] = new Date(placed + offset).toISOString().replace(/\.\d{3}Z$/, /\.\d{3}Z$/.test(value) ? '.000Z' : 'Z');
      }
    }
    orderDates(record.fields);
  }

  /** An inferred result is the record as the world holds it (every field any tool gave it), id first. */
  private projectInferred(record: WorldRecord, schema: Json, idArgument?: string): Json {
    const value: Json = { id: record.id };
    for (const key of idKeys(schema, idArgument, this.options.entity)) value[key] = record.id;
    // A read by key answers with the key it was asked for, whatever another tool stored under that name.
    if (
      idArgument !== undefined &&
      idArgument in this.options.args &&
      (idArgument in record.fields || idArgument in ((schema['properties'] ?? {}) as Json))
    )
      value[idArgument] = record.id;
    // The id is the table's, not a copy another tool's result left in the fields.
    const own = new Set(['id', `${normalizeKey(this.options.entity)}id`]);
    for (const [key, field] of Object.entries(record.fields)) if (!(key in value) && !own.has(normalizeKey(key))) value[key] = field;
    // A second id argument (`get_drug(drug_id, DRUG_ID)`) keeps the id the call gave it: the table's id does not overwrite it.
    for (const [key, given] of Object.entries(this.options.args)) {
      if (
        key !== idArgument &&
        key in value &&
        ID_ARGUMENT.test(key) &&
        (typeof given === 'string' || typeof given === 'number') &&
        String(given) !== String(record.id)
      )
        value[key] = given;
    }
    return value;
  }

  private projectExplicit(record: WorldRecord, explicit: Json, idArgument: string | undefined): EngineResult {
    const base = this.options.generate(explicit, this.options.tool.spec.name, this.callSeed(), this.options.args, RESULT_OPTIONAL_RATE);
    if (!base.ok) return this.plain(explicit);
    const location = locateRecord(explicit, false, this.options.entity);
    const target = location === undefined ? undefined : location.path.length === 0 ? base.value : getAt(base.value, location.path);
    if (location !== undefined && target !== null && typeof target === 'object' && !Array.isArray(target)) {
      overlayRecord(target as Json, location.schema, explicit, record.fields, this.options.validator);
      setId(
        target as Json,
        location.schema,
        explicit,
        idKeys(location.schema, idArgument, this.options.entity),
        record.id,
        this.options.validator,
      );
    }
    return this.valid(explicit, base.value) ? { structuredContent: base.value } : this.plain(explicit);
  }

  /** A value for the outputSchema with no world in it (when the record cannot be placed in it). */
  private plain(explicit: Json): EngineResult {
    const value = this.options.generate(explicit, this.options.tool.spec.name, this.callSeed(), this.options.args, RESULT_OPTIONAL_RATE);
    return value.ok
      ? { structuredContent: value.value }
      : {
          isError: true,
          content: [{ type: 'text', text: `503 Service Unavailable: ${this.options.tool.spec.name} could not complete the request` }],
        };
  }

  private valid(schema: Json, value: unknown): boolean {
    try {
      return this.options.validator.validate(schema, value).valid;
    } catch {
      return false;
    }
  }
}

/** Whether some table of the world holds a record with id `id`, or a record that names it in a field (`articleModelId`). */
const PAGE_OBJECT = /^(pagination|paging|page_?info|meta)$/i;

/**
 * A page object beside a list (GIPHY's `pagination: {count, offset, total_count}`) counts what the
 * list holds: `count` the records shown, `offset` where the call asked to start (else 0), the total
 * at least what the page reaches; never a spec example's 25 of 20 at offset 100.
 */
/** Whether a record's dates lie in the ranges a listing asks (a record without the ranged field passes). */
function dated(record: WorldRecord, ranges: ReturnType<typeof dateRangeOf>): boolean {
  return ranges.every((range) => {
    const field = rangedField(record.fields, range.base);
    const time = field === undefined ? undefined : parseInstant(record.fields[field]);
    return time === undefined || inRange(time, range);
  });
}

/** A range that holds no instant (created on or before April 9 and after April 27): it finds nothing. */
function emptyRange(ranges: ReturnType<typeof dateRangeOf>): boolean {
  return ranges.some(
    (upper) => upper.upper && ranges.some((lower) => !lower.upper && lower.base === upper.base && lower.bound >= upper.bound),
  );
}

/** A record's field holding the account it is under (`account_sid`, `owner_id`). */
const ACCOUNT_FIELD = /^(account|owner|tenant|organization|org|workspace)[_-]?(id|sid)$/i;

/** The entity a field holding another record's id names (`fax_sid` → fax, `customerId` → customer). */
/** The whole minute at `fraction` of the range (low, high], else its end when the range is under two minutes. */
function inRangeAt(low: number, high: number, fraction: number): number {
  const minute = 60_000;
  const first = Math.floor(low / minute) * minute + minute;
  const last = Math.floor(high / minute) * minute;
  if (last <= first) return low + Math.max(1, Math.floor((high - low) / 2));
  return first + Math.floor(((last - first) / minute) * fraction) * minute;
}

function referenceNoun(key: string): string | undefined {
  const match = /^(.+?)[_-]?(id|sid|key|guid|uuid)$/i.exec(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
  const noun = match?.[1]?.toLowerCase().replace(/[^a-z0-9]/g, '');
  return noun === undefined || noun.length < 2 ? undefined : noun;
}

/**
 * The owner an id argument names (`FaxSid`) when the record is another's: it holds another owner in
 * that field, or another record of the owner's entity holds it (a fax whose `media_sid` it is).
 */
function otherOwner(record: WorldRecord, idArgument: string, args: Json, world: WorldTables): { noun: string; id: string } | undefined {
  const id = String(record.id);
  for (const [key, value] of Object.entries(args)) {
    if (key === idArgument || !ID_ARGUMENT.test(key) || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const held = fieldOf(record.fields, key)?.[1];
    const noun = referenceNoun(key);
    if (noun === undefined) continue;
    if ((typeof held === 'string' || typeof held === 'number') && String(held) !== String(value)) return { noun, id: String(value) };
    if (held !== undefined || !world.entities().includes(noun)) continue;
    const owners = [...world.table(noun).values(), ...world.deletedRecords(noun)];
    for (const owner of owners) {
      if (String(owner.id) === String(value)) continue;
      const field = Object.entries(owner.fields).find(([, entry]) => String(entry) === id && entry !== '')?.[0];
      if (field === undefined) continue;
      // an owner the session was shown holding it keeps it; one it was not shown holding it takes another part
      if (Object.values(world.seen.get(String(owner.id))?.facts ?? {}).some((entry) => String(entry) === id))
        return { noun, id: String(value) };
      delete owner.fields[field];
    }
  }
  return undefined;
}

/** Arguments that name a collection rather than filter its records: no record field binds them. */
const SCOPE_ARGUMENT = /(id|key|sid|uuid|guid|kind)$/i;

/** The collection a listing's unbound key arguments name (`indexKind: home, indexKey: 6947379`), if it names one by a key. */
function collectionScope(filters: ListFilter[]): string | undefined {
  const named = filters
    .filter((filter) => filter.field === undefined && filter.values.length === 1 && SCOPE_ARGUMENT.test(filter.key))
    .map((filter) => [normalizeKey(filter.key), String(filter.values[0]).toLowerCase()] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return named.some(([key]) => !/kind$/.test(key)) ? JSON.stringify(named) : undefined;
}

export function pageCounts(parent: Json, shown: number, total: number, args: Json): void {
  for (const [key, page] of Object.entries(parent)) {
    if (!PAGE_OBJECT.test(key) || typeof page !== 'object' || page === null || Array.isArray(page)) continue;
    const fields = page as Json;
    const asked = Number(args['offset']);
    const offset = Number.isInteger(asked) && asked >= 0 ? asked : 0;
    if (typeof fields['offset'] === 'number') fields['offset'] = offset;
    if (typeof fields['count'] === 'number') fields['count'] = shown;
    for (const name of Object.keys(fields))
      if (/^(total|total_?count|total_?results|total_?items)$/i.test(name) && typeof fields[name] === 'number')
        fields[name] = Math.max(total, offset + shown);
  }
}

const OWN_NAME = /^(name|title|full_?name|display_?name)$/i;

/**
 * The records of a listing named once each (two themes called "Digital Services" are one too many):
 * of records named alike, the one the session has seen (read by its id) stays, else the first.
 */
export function onePerName(records: WorldRecord[], seen: ReadonlyMap<string, unknown>): WorldRecord[] {
  const nameOf = (record: WorldRecord): string | undefined => {
    const entry = Object.entries(record.fields).find(([key, value]) => OWN_NAME.test(key) && typeof value === 'string');
    return typeof entry?.[1] === 'string' && entry[1].trim() !== '' ? entry[1].trim().toLowerCase() : undefined;
  };
  const keeper = new Map<string, WorldRecord>();
  for (const record of records) {
    const name = nameOf(record);
    if (name === undefined) continue;
    const held = keeper.get(name);
    if (held === undefined || (!seen.has(String(held.id)) && seen.has(String(record.id)))) keeper.set(name, record);
  }
  return records.filter((record) => {
    const name = nameOf(record);
    return name === undefined || keeper.get(name) === record;
  });
}

function heldAnywhere(world: WorldTables, id: string): boolean {
  for (const entity of world.entities()) {
    for (const record of world.table(entity).values()) {
      if (String(record.id) === id) return true;
      if (Object.values(record.fields).some((value) => (typeof value === 'string' || typeof value === 'number') && String(value) === id))
        return true;
    }
  }
  return false;
}

/** Whether a record's status says it was cancelled (`CANCELLED`, `canceled`). */
function isCancelled(fields: Json): boolean {
  const status = fieldOf(fields, 'status')?.[1];
  return typeof status === 'string' && /^cancell?ed$/i.test(status.trim());
}

function notFound(entity: string, id: string, deleted: boolean): EngineResult {
  return {
    isError: true,
    content: [{ type: 'text', text: `404 Not Found: ${entity} "${id}" does not exist${deleted ? ' (it was deleted)' : ''}` }],
  };
}

/** Whether a record is named `term` (its name, title or label, case aside). */
function namedBy(fields: Json, term: string): boolean {
  return Object.entries(fields).some(
    ([key, value]) => NAME_FIELD.test(key) && typeof value === 'string' && value.toLowerCase() === term.toLowerCase(),
  );
}

function mentions(fields: Json, query: string): boolean {
  const wanted = query.toLowerCase();
  return Object.values(fields).some((value) => typeof value === 'string' && value.toLowerCase().includes(wanted));
}

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/** A list-of-ids argument (`ids`, `keys`, `postKeys`, `order_ids`): its stem, when it names one. */
const BATCH_ARGUMENT = /^(?:(.*?)[_-]?)(ids|keys|guids|uuids|sids|id|key)$/i;

/**
 * The ids a call looks several records of `entity` up by: an argument (or a field of a JSON request
 * body) that lists ids and is named for them (`ids`, `keys`, `postKeys`, `post_ids`), bare or named
 * after the entity; not `userIds` on a tool about posts (a filter by another entity).
 */
export function batchIds(args: Json, entity: string): Array<string | number> | undefined {
  const own = normalizeKey(entity);
  const fromObject = (object: Json, depth: number): Array<string | number> | undefined => {
    for (const [key, value] of Object.entries(object)) {
      const match = BATCH_ARGUMENT.exec(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
      // a comma-separated string lists ids only under a plural name (`ids=a,b`)
      const list = typeof value === 'string' && match !== null && /s$/i.test(match[2] as string) ? splitList(value) : value;
      if (
        match !== null &&
        Array.isArray(list) &&
        list.length > 0 &&
        list.every((entry) => (typeof entry === 'string' && entry.trim() !== '') || typeof entry === 'number')
      ) {
        const stem = normalizeKey(match[1] ?? '');
        const singular = stem.endsWith('ies') ? `${stem.slice(0, -3)}y` : stem.endsWith('s') ? stem.slice(0, -1) : stem;
        if (stem === '' || stem === own || singular === own) return list as Array<string | number>;
      }
      if (depth > 0) continue;
      const body = typeof value === 'string' && /^\s*\{/.test(value) ? parseJson(value) : value;
      if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
        const found = fromObject(body as Json, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return fromObject(args, 0);
}

/** `a,b,c` as a list (ids sent comma-separated in one query parameter). */
function splitList(value: string): string[] | undefined {
  const parts = value.split(',').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^[\w.:-]+$/.test(part)) ? parts : undefined;
}

/**
 * A request document sent for a part the record holds under the same name (a JSON:API relationship's
 * `data: {id, type}` on a record with `data: {id, type}`): that part's new value, not the record's fields.
 */
function ownPart(fields: Json, key: string, document: Json): Json | undefined {
  const part = fields[key];
  if (part === null || typeof part !== 'object' || Array.isArray(part)) return undefined;
  const sent = Object.keys(document);
  return sent.length > 0 && sent.every((name) => name in part) ? { [key]: document } : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
