import { canonicalJson } from '@inftool/core';
import type { Catalog, CatalogTool } from '../catalog/catalog.js';
import { entityAction, entityIdArgument, entityType, idArgumentEntity, nameWords, singular } from './entity-rules.js';
import { idShape } from './world.js';
import type { WorldTables } from './world-tables.js';

/**
 * The ids of a catalog's entities: which parameter names each entity's records (and its schema),
 * which entity an id argument names, which entities the world manages, and records a read finds by
 * a field an earlier result showed. Cached per catalog or tool.
 */

type Json = Record<string, unknown>;

/** Argument names that hold an id (`id`, `fax_sid`, `articleKey`). */
export const ID_NAME = /^(id|sid|uuid|guid|key)$|(_id|_uuid|_guid|_key|_sid|Id|ID|Sid|Uuid|Guid|Key)$/;

interface EntityId {
  idSchema?: Json;
  idName?: string;
}

const idSchemas = new WeakMap<Catalog, Map<string, { schema: Json; name: string }>>();

/** Each entity of the catalog's id parameter (name and schema shaped by the name), from the first tool that takes one. */
export function catalogIds(catalog: Catalog | undefined): Map<string, { schema: Json; name: string }> {
  if (catalog === undefined) return new Map();
  let index = idSchemas.get(catalog);
  if (index === undefined) {
    index = new Map();
    // A read, update or delete names the record by its own id; a list or a create takes its parent's (`FaxSid`).
    const byId = (candidate: CatalogTool) => ['read', 'update', 'delete'].includes(entityAction(candidate));
    for (const candidate of [...catalog.tools.filter(byId), ...catalog.tools.filter((tool) => !byId(tool))]) {
      const candidateEntity = entityType(candidate);
      if (index.has(candidateEntity)) continue;
      const found = idSchemaOf(candidate, candidateEntity);
      if (found !== undefined) index.set(candidateEntity, found);
    }
    // An entity no tool names by its own id still has ids where it is a parent (`receiver_id` on `delete_message`).
    for (const candidate of catalog.tools) {
      for (const key of Object.keys(((candidate.spec.inputSchema as Json)['properties'] ?? {}) as Json)) {
        const named = ID_NAME.test(key) ? argumentEntity(candidate, key) : undefined;
        if (named === undefined || index.has(named)) continue;
        const found = idSchemaOf(candidate, named);
        if (found !== undefined) index.set(named, found);
      }
    }
    idSchemas.set(catalog, index);
  }
  return index;
}

/**
 * The schema of the id that names an `entity` record, and its name, from this tool or any tool of
 * the catalog that takes one (so `list_pets`, which takes none, seeds the same integer ids `get_pet` reads).
 */
export function entityId(catalog: Catalog | undefined, tool: CatalogTool): EntityId {
  const entity = entityType(tool);
  const own = ['read', 'update', 'delete'].includes(entityAction(tool)) ? idSchemaOf(tool, entity) : undefined;
  const found = own ?? catalogIds(catalog).get(entity) ?? idSchemaOf(tool, entity);
  return found === undefined ? {} : { idSchema: found.schema, idName: found.name };
}

/** The entity the `key` argument of `tool` names, by its name or description (`articleId`, a bare `id` "Episode id."). */
export function argumentEntity(tool: CatalogTool, key: string): string {
  const schema = (((tool.spec.inputSchema as Json)['properties'] ?? {}) as Record<string, Json | undefined>)[key];
  const description = typeof schema?.['description'] === 'string' ? schema['description'] : undefined;
  return idArgumentEntity(key, entityType(tool), description);
}

const parentRecords = new WeakMap<CatalogTool, boolean>();

/**
 * Whether `tool` answers with the record of `parent` itself: its declared result is the one a tool
 * that reads a `parent` by id declares (Impala's `update_booking_contact` returns the booking).
 */
export function answersWithRecordOf(catalog: Catalog | undefined, tool: CatalogTool, parent: string): boolean {
  const known = parentRecords.get(tool);
  if (known !== undefined) return known;
  const output = tool.spec.outputSchema === undefined ? undefined : canonicalJson(tool.spec.outputSchema);
  const found =
    output !== undefined &&
    parent !== entityType(tool) &&
    (catalog?.tools ?? []).some(
      (other) =>
        other !== tool &&
        entityType(other) === parent &&
        entityAction(other) === 'read' &&
        other.spec.outputSchema !== undefined &&
        canonicalJson(other.spec.outputSchema) === output,
    );
  parentRecords.set(tool, found);
  return found;
}

const managedByCatalog = new WeakMap<Catalog, Set<string>>();

/** The entities some tool of the catalog reads, updates or deletes by their own id: the world knows which of them exist. */
export function managedEntities(catalog: Catalog | undefined): Set<string> {
  if (catalog === undefined) return new Set();
  let managed = managedByCatalog.get(catalog);
  if (managed === undefined) {
    managed = new Set();
    for (const tool of catalog.tools) {
      const entity = entityType(tool);
      if (['read', 'update', 'delete'].includes(entityAction(tool)) && idSchemaOf(tool, entity) !== undefined) managed.add(entity);
    }
    managedByCatalog.set(catalog, managed);
  }
  return managed;
}

/** The id parameter of `tool` that names an `entity` record (its own, or a parent's: `tweet_id` on `get_tweet_comments` names a tweet). */
function idSchemaOf(tool: CatalogTool, entity: string): { schema: Json; name: string } | undefined {
  const properties = ((tool.spec.inputSchema as Json)['properties'] ?? {}) as Record<string, Json>;
  const named = Object.keys(properties).filter((key) => ID_NAME.test(key) && argumentEntity(tool, key) === entity);
  const own = entityIdArgument(Object.fromEntries(Object.keys(properties).map((key) => [key, 'x'])), entity)?.[0];
  const argument = own !== undefined && argumentEntity(tool, own) === entity ? own : named[0];
  const schema = argument === undefined ? undefined : properties[argument];
  return argument === undefined || schema === undefined ? undefined : { schema: idShape(schema, argument) ?? schema, name: argument };
}

/** Arguments that name a record by a field of it other than its id (`reference`, `slug`, `order_number`, `code`). */
const LOOKUP_ARGUMENT = /(^|_)(reference|ref|slug|number|no|code|serial|handle|sku|isbn|permalink|alias|username|email)$/i;
/** Those that name one record of whatever holds them (a `reference` is no filter): they find a record of another entity too. */
const UNIQUE_ARGUMENT = /(^|_)(reference|ref|slug|serial|sku|isbn|permalink|handle|username)$/i;

/**
 * The record of the world a read without an id names by a field an earlier result showed, if any:
 * one of the tool's entity, or of an entity the tool's name names (`posts_get_key_from_reference`
 * finds a post) or by a field that names one record of anything (`reference`, `slug`).
 */
export function lookupField(args: Json, world: WorldTables, tool: CatalogTool): ReturnType<WorldTables['findBy']> {
  const entity = entityType(tool);
  const named = new Set(nameWords(tool.spec.name).map(singular));
  for (const [key, value] of Object.entries(args)) {
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') continue;
    const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
    if (!LOOKUP_ARGUMENT.test(words)) continue;
    const found = world.findBy(key, String(value), entity);
    if (found !== undefined && (found.entity === entity || named.has(found.entity) || UNIQUE_ARGUMENT.test(words))) return found;
  }
  return undefined;
}
