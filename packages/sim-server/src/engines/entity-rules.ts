import type { CatalogTool } from '../catalog/catalog.js';
import { SOURCE_META_KEY } from '@inftool/core';

/** What a call does to the session's world, guessed from the tool's name, annotations and hints. */
export type EntityAction = 'create' | 'read' | 'update' | 'delete' | 'list' | 'other';

const VERBS: Array<[EntityAction, RegExp]> = [
  ['create', /^(create|add|new|post|insert|register|make|book|schedule|submit|upload|send|open|start)$/i],
  ['delete', /^(delete|remove|cancel|destroy|drop|close|archive)$/i],
  ['update', /^(update|edit|modify|patch|put|set|change|rename|move|assign|resolve)$/i],
  ['list', /^(list|search|find|query|browse|all)$/i],
  ['read', /^(get|fetch|read|retrieve|show|view|lookup|describe|check|load)$/i],
];

/** Splits camelCase, snake_case, kebab and dotted names into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** Both depend only on the tool, and every call asks: computed once per tool. */
function oncePerTool<T>(compute: (tool: CatalogTool) => T): (tool: CatalogTool) => T {
  const cache = new WeakMap<CatalogTool, T>();
  return (tool) => {
    if (!cache.has(tool)) cache.set(tool, compute(tool));
    return cache.get(tool) as T;
  };
}

export const entityAction = oncePerTool(computeEntityAction);

/** Words that make a call a read even when it is sent as a POST (`post_search_orders`, `query_logs`). */
const SEARCH_WORDS = /^(search|query|find|lookup|filter)$/i;

interface SourceHint {
  method?: string;
  operation?: string;
  path?: string;
  name?: string;
}

/** A POST whose operation name or path says search/query/find/lookup/filter reads, it does not create. */
function isSearchPost(tool: CatalogTool): boolean {
  const source = tool.spec._meta?.[SOURCE_META_KEY] as SourceHint | undefined;
  if (source === undefined || typeof source !== 'object' || source.method?.toUpperCase() !== 'POST') return false;
  return [source.operation, source.path, source.name, tool.spec.title].some(
    (text) => typeof text === 'string' && nameWords(text).some((word) => SEARCH_WORDS.test(word)),
  );
}

function computeEntityAction(tool: CatalogTool): EntityAction {
  const words = nameWords(tool.spec.name);
  const verb = words.find((word) => VERBS.some(([, pattern]) => pattern.test(word)));
  const match = verb === undefined ? undefined : VERBS.find(([, pattern]) => pattern.test(verb));
  // A search sent as a POST (`post_search_orders`, an operation called "Find pets") reads.
  const searches = words.some((word) => SEARCH_WORDS.test(word)) || isSearchPost(tool);
  if (searches && (match === undefined || match[0] === 'create' || match[0] === 'other')) return 'list';
  // `place_order`, `place_bet`: "place" is a verb only before what is placed (`place_details` is about a place)
  if (words[0] === 'place' && /^(order|orders|bet|bets|bid|bids|trade|trades|hold|holds)$/.test(words[1] ?? '')) return 'create';
  // `themes_get_all`, `get_list_of_orders`: a read of every record of a kind lists them
  if (match?.[0] === 'read' && words.some((word) => /^(all|list)$/.test(word))) return 'list';
  if (match) return match[0];
  if (tool.spec.annotations?.destructiveHint === true) return 'delete';
  if (tool.spec.annotations?.readOnlyHint === true) return 'read';
  return 'other';
}

const ATTRIBUTES = new Set(['status', 'state', 'summary', 'metadata', 'stats', 'statistics', 'count', 'history', 'settings']);

/** The entity a tool reads or writes: the hint, else the tool name without its verb (`create_order` → `order`). */
export const entityType = oncePerTool(computeEntityType);

function computeEntityType(tool: CatalogTool): string {
  if (tool.hints.entity) return tool.hints.entity;
  // `get_relation_by_ensgid` is about relations: what follows "by" is the key it looks them up by
  const all = nameWords(tool.spec.name);
  // `list_rate_plans_for_hotel` is about rate plans of a hotel: what follows a last "for" is the parent they belong to
  const by = all.indexOf('by');
  const owner = all.indexOf('for') === all.length - 2 ? all.length - 2 : -1;
  const cut = by > 0 ? by : owner;
  const subject = cut > 0 && all.slice(0, cut).some((word) => !VERBS.some(([, pattern]) => pattern.test(word))) ? all.slice(0, cut) : all;
  const words = subject.filter(
    (word) =>
      !VERBS.some(([, pattern]) => pattern.test(word)) &&
      ![
        'by',
        'id',
        'ids',
        'details',
        'detail',
        'info',
        'a',
        'an',
        'the',
        'for',
        'of',
        'one',
        'single',
        'specific',
        'item',
        'key',
        'keys',
        'guid',
        'uuid',
      ].includes(word),
  );
  // `get_order_status` reads an order: a trailing attribute word names a part of the record before it.
  const last = words.length > 1 && ATTRIBUTES.has(words.at(-1) as string) ? words.length - 2 : words.length - 1;
  const noun = words[last] ?? tool.spec.name;
  return noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !/(ss|us|is)$/.test(noun) ? noun.slice(0, -1) : noun;
}

const idPatterns = new Map<string, RegExp>();

function ownIdPattern(entity: string): RegExp {
  let pattern = idPatterns.get(entity);
  if (pattern === undefined) {
    pattern = new RegExp(`^${entity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[_-]?(id|sid|key|guid|uuid)$`, 'i');
    idPatterns.set(entity, pattern);
  }
  return pattern;
}

/** An argument name that identifies a record: `id`, `order_id`, `orderId`, `Sid`, `FaxSid`, `guid`, `key`, `articleKey`. */
export const ID_ARGUMENT = /^(id|sid|uuid|guid|key)$|(_id|_uuid|_guid|_key|_sid|Id|ID|Sid|Uuid|Guid|Key)$/;

/** The argument that names an existing entity (`id`, `order_id`, `orderId`, `Sid`, `guid`, `articleKey`...), if any. */
export function entityIdArgument(args: Record<string, unknown>, entity: string): [string, string] | undefined {
  const keys = Object.keys(args);
  const own = ownIdPattern(entity);
  const preferred =
    keys.find((key) => own.test(key)) ??
    keys.find((key) => /^(id|sid|uuid|guid)$/i.test(key)) ??
    keys.find((key) => /(_id|Id|ID|_uuid|Sid)$/.test(key)) ??
    keys.find((key) => /^key$/i.test(key));
  if (preferred === undefined) return undefined;
  const value = args[preferred];
  return typeof value === 'string' || typeof value === 'number' ? [preferred, String(value)] : undefined;
}

const BARE_ID = /^(id|sid|uuid|guid|key)$/i;
const ID_WORD = /^(id|ids|sid|uuid|guid|key)$/;

/** A noun's singular (`categories` → `category`, `tweets` → `tweet`), as `entityType` makes it. */
export function singular(noun: string): string {
  return noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !/(ss|us|is)$/.test(noun) ? noun.slice(0, -1) : noun;
}

const GENERIC_NOUN =
  /^(unique|specific|single|entry|record|item|object|resource|entity|this|the|an?|given|internal|external|string|uuid|guid)$/i;
const DESCRIBED = [
  /^\s*(?:the\s+)?([a-z]+)\s+id\b/i,
  /\b(?:identifying|identifier\s+(?:for|of)|id\s+(?:of|for))\s+(?:(?:this|the|an?|a\s+specific|a\s+single)\s+)?([a-z]+)(?=\s*(?:[.,;:(]|$|\s(?:to|that|which|in|on|you|from|whose)\b))/i,
];

/** The entity a bare id's description names ("Episode id.", "A UUID string identifying this account."), when it is another than `entity`. */
function describedEntity(description: string | undefined, entity: string): string | undefined {
  if (description === undefined) return undefined;
  for (const pattern of DESCRIBED) {
    const word = pattern.exec(description)?.[1]?.toLowerCase();
    if (word === undefined || GENERIC_NOUN.test(word)) continue;
    const noun = singular(word);
    return noun === singular(entity.toLowerCase()) ? entity : noun;
  }
  return undefined;
}

/**
 * The entity an id argument names: by its name first (`article_id`, `articleId`, `tweet_key` → the
 * article, the tweet; `receiver_id` → the receiver), for a bare `id`, `key` or `sid` by its
 * description ("Episode id.", "The unique identifier for the account"), else the tool's own
 * `entity` (also when the name ends in it: `category_tree_id` on a tree, `order_id` on an order).
 */
export function idArgumentEntity(name: string, entity: string, description?: string): string {
  if (BARE_ID.test(name)) return describedEntity(description, entity) ?? entity;
  const words = nameWords(name);
  if (words.length < 2 || !ID_WORD.test(words.at(-1) as string)) return entity;
  const stem = words.slice(0, -1).map(singular);
  const own = singular(entity.toLowerCase());
  if (stem.includes(own) || stem.join('') === own.replace(/[^a-z0-9]/g, '')) return entity;
  return stem.at(-1) as string;
}
