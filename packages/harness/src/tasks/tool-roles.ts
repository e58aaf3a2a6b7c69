import { canonicalJson, SIMULATION_META_KEY } from '@inftool/core';
import {
  entityIdParameter,
  idParameterEntity,
  inferOutputSchema,
  seededEntityIds,
  toolEntity,
  type EntityAction,
} from '@inftool/sim-server';
import type { IndexedTool } from './tool-index.js';
import { contentWords } from './words.js';

/** What a tool does, for planning stories: its entity, its action, and the parameter naming a record. */
export interface ToolRole {
  tool: IndexedTool;
  /** The entity as the world engine names it (seeded ids are per this name). */
  entity: string;
  /** The entity as stories match it: `ministries_get_one` and `ministries_get_all` both on `ministry`. */
  subject: string;
  action: EntityAction;
  /** The required parameter that names an existing record (`order_id`, `Sid`, `key`...), if any. */
  idParameter?: string;
}

const FILLER = new Set(['one', 'all', 'item', 'list', 'detail', 'details', 'info', 'by', 'id', 'key', 'single', 'specific']);
/** An API version or a bare number in a tool name: `v2`, `2`. */
const VERSION = /^(v\d+(\.\d+)*|\d+)$/i;
const ID_NAME = /(^|_)(id|sid|uuid|guid|key)$|(Id|Sid|Uuid|Guid|Key)$/;

const VERB =
  /^(get|fetch|read|retrieve|show|view|lookup|describe|check|load|list|search|find|query|browse|create|add|new|post|insert|register|make|book|schedule|submit|upload|send|open|start|delete|remove|cancel|destroy|drop|close|archive|update|edit|modify|patch|put|set|change|rename|move|assign)$/;

const required = (tool: IndexedTool): string[] => (tool.spec.inputSchema.required ?? []) as string[];

export function roleOf(tool: IndexedTool): ToolRole {
  const { entity, action } = toolEntity(tool.spec);
  const words = contentWords(tool.spec.name).filter((word) => !FILLER.has(word) && !VERB.test(word));
  // A version (`create_eua_v2`, `retrieve_account_transactions_v2`) or a number names no entity: the last noun does.
  const subject = FILLER.has(entity) || VERSION.test(entity) ? (words.at(-1) ?? entity) : entity;
  const own = entityIdParameter(tool.spec);
  const idParameter = own !== undefined && required(tool).includes(own) ? own : required(tool).find((name) => ID_NAME.test(name));
  return { tool, entity, subject, action, ...(idParameter ? { idParameter } : {}) };
}

/** The entity whose records a role's id parameter names (`transactionId` of a transaction's category names a transaction), else its own. */
export function idEntity(role: ToolRole): string {
  return role.idParameter === undefined ? role.entity : idParameterEntity(role.tool.spec, role.idParameter);
}

/** The schema of a tool's parameter. */
export function parameterSchema(tool: IndexedTool, name: string): Record<string, unknown> | undefined {
  return (tool.spec.inputSchema.properties as Record<string, Record<string, unknown>> | undefined)?.[name];
}

/**
 * An id of a record the session's world starts with, for a read, update or delete of an existing
 * record (seeded by the task's seed, which the assistant sends as `_meta["inftool/world"]`).
 */
export function worldId(
  role: ToolRole,
  world: string,
  pick: <T>(items: readonly T[]) => T,
  avoid?: ReadonlySet<string>,
): string | number | undefined {
  const ids = worldIds(role, world).filter((id) => !avoid?.has(recordKey(role.entity, id)));
  return ids.length > 0 ? pick(ids) : undefined;
}

/** Every id of the `role`'s records the world starts with (none when the id parameter cannot take one). */
export function worldIds(role: ToolRole, world: string): Array<string | number> {
  if (!role.idParameter || !['read', 'update', 'delete'].includes(role.action)) return [];
  const schema = parameterSchema(role.tool, role.idParameter);
  if (schema?.['type'] !== undefined && !['string', 'integer', 'number'].includes(schema['type'] as string)) return [];
  if (Array.isArray(schema?.['enum'])) return [];
  // `articleId` on `get_articles_article_id_units` names an article: the world looks it up among the articles.
  return seededEntityIds(world, idParameterEntity(role.tool.spec, role.idParameter), schema);
}

/** One record of the world, as a set of used or deleted records keys it. */
export const recordKey = (entity: string, id: string | number): string => `${entity}\u0000${String(id)}`;

type Schema = Record<string, unknown>;
const propertiesOf = (schema: unknown): Record<string, Schema> =>
  ((schema as Schema | undefined)?.['properties'] ?? {}) as Record<string, Schema>;
const findName = (properties: Record<string, Schema>, name: string) =>
  Object.keys(properties).find((key) => key.toLowerCase() === name.toLowerCase());
const types = (schema: Schema | undefined): string[] | undefined =>
  schema?.['type'] === undefined ? undefined : ([] as string[]).concat(schema['type'] as string | string[]);
/** Two schemas' types agree: they share a type (`["string", "null"]` and `"string"`), or either is untyped. */
const sameType = (a: Schema | undefined, b: Schema | undefined) => {
  const left = types(a);
  const right = types(b);
  return left === undefined || right === undefined || left.some((type) => right.includes(type));
};

/**
 * Whether a value of schema `source` fits a parameter of schema `target`: their types agree, and the
 * target's pattern, format and enum hold for it (the same pattern or format, an enum within the
 * target's) — a fax's `FX…` sid never feeds a media's `ME…` one.
 */
export function schemaFits(source: Schema | undefined, target: Schema | undefined): boolean {
  if (!sameType(source, target)) return false;
  if (target === undefined) return true;
  if (typeof target['pattern'] === 'string' && source?.['pattern'] !== target['pattern']) return false;
  if (typeof target['format'] === 'string' && source?.['format'] !== target['format']) return false;
  if (Array.isArray(target['enum'])) {
    const allowed = target['enum'] as unknown[];
    if (!Array.isArray(source?.['enum']) || !(source['enum'] as unknown[]).every((value) => allowed.includes(value))) return false;
  }
  return true;
}

interface ResultShape {
  schema: Schema | undefined;
  /** Whether the world infers the result (the tool declares no outputSchema). */
  inferred: boolean;
  /** What the world's inferred result is: a record read or listed, a computed value, or a change's summary. */
  kind?: string;
  /** Inferred fields that only repeat the call's own arguments. */
  echoed: ReadonlySet<string>;
}

const results = new WeakMap<object, ResultShape>();

/**
 * What a tool's result holds: its declared outputSchema, else the one the world infers and answers
 * with (a stock lookup's `symbol`, `price`…).
 */
export function resultSchema(tool: IndexedTool): ResultShape {
  if (tool.spec.outputSchema !== undefined) return { schema: tool.spec.outputSchema as Schema, inferred: false, echoed: new Set() };
  let known = results.get(tool.spec);
  if (known === undefined) {
    const inferred = inferOutputSchema({ spec: tool.spec, place: {}, hints: (tool.spec._meta?.[SIMULATION_META_KEY] ?? {}) as never });
    known = {
      schema: inferred.schema,
      inferred: true,
      kind: inferred.kind,
      echoed: new Set([...inferred.inputFields, ...Object.keys(propertiesOf(tool.spec.inputSchema))]),
    };
    results.set(tool.spec, known);
  }
  return known;
}

/**
 * The properties of a tool's result a later call can take a value from: the declared ones; of an
 * inferred result, only a read's, a list's or a computation's (a change's inferred summary names no
 * record the call made), never an echo of the call's own arguments (the user said it) nor a choice
 * from a fixed list (`mode: driving`, `status: pending`: a setting, not something learnt).
 */
function resultFields(tool: IndexedTool): { properties: Record<string, Schema>; required: string[] } {
  const { schema, inferred, kind, echoed } = resultSchema(tool);
  if (inferred && !['read', 'list', 'compute'].includes(kind ?? '')) return { properties: {}, required: [] };
  const properties = Object.fromEntries(
    Object.entries(propertiesOf(schema)).filter(
      ([name, property]) => !inferred || (!echoed.has(name) && !Array.isArray(property['enum']) && property['const'] === undefined),
    ),
  );
  return { properties, required: ((schema?.['required'] ?? []) as string[]).filter((name) => name in properties) };
}

/**
 * Where a list tool's result holds the `parameter` of its first item (`faxes.0.sid`): only when its
 * outputSchema declares a list whose items carry that field, typed as the parameter.
 */
export function listItemField(list: IndexedTool, consumer: ToolRole, parameter: string): string | undefined {
  for (const [name, property] of Object.entries(propertiesOf(list.spec.outputSchema))) {
    if (!(types(property)?.includes('array') ?? property['items'] !== undefined)) continue;
    const items = mergedProperties(property['items']);
    const entity = toolEntity(list.spec).entity;
    // A parent's id (`FaxSid` of a fax's media) is the listed fax's own `sid`.
    const own = ownIdSuffix(parameter, entity);
    const field =
      findName(items, parameter) ??
      (parameter === consumer.idParameter ? (findName(items, 'id') ?? (own === undefined ? undefined : findName(items, own))) : undefined);
    // The world's list items carry the record's id only as `id` or `<entity>_id` (a `sid` there is made up): another field would name no record.
    // A bare `key` or `guid` the consumer reads by is one the world finds whatever its value (the ministry a listed key names).
    const namesRecord =
      field !== undefined &&
      (parameter !== consumer.idParameter || recordIdField(field, entity, parameter) || (BARE_KEY.test(field) && field === parameter));
    if (field && namesRecord && schemaFits(items[field], parameterSchema(consumer.tool, parameter))) return `${name}.0.${field}`;
  }
  return undefined;
}

/** An object schema's properties with those of its `allOf` parts, however deep (a list item built from a base record). */
function mergedProperties(schema: unknown, depth = 0): Record<string, Schema> {
  const parts = depth < 6 && Array.isArray((schema as Schema | undefined)?.['allOf']) ? ((schema as Schema)['allOf'] as unknown[]) : [];
  return Object.assign({}, ...parts.map((part) => mergedProperties(part, depth + 1)), propertiesOf(schema)) as Record<string, Schema>;
}

/** The id parameters a read finds a record by whatever their value (`sim-server`'s world-walker meets the record). */
const BARE_KEY = /^(key|guid)$/i;

/**
 * Whether a list item's `field` is where the world puts the record's id: `id`, the entity's own (`order_id`,
 * `orderId`), or the `sid`/`uuid`/`guid` a read by `Sid` or `fax_sid` names (the world's id keys, record-projection).
 */
const recordIdField = (field: string, entity: string, parameter: string) => {
  const folded = fold(field);
  return folded === 'id' || folded === `${fold(entity)}id` || folded === ownIdSuffix(parameter, entity);
};

const fold = (text: string) => text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** The id key (`sid`, `uuid`, `guid`) an id parameter names on an `entity` record: `Sid`, `FaxSid` of a fax; else undefined. */
function ownIdSuffix(parameter: string, entity: string): string | undefined {
  const suffix = /(sid|uuid|guid)$/.exec(fold(parameter))?.[1];
  return suffix !== undefined && (fold(parameter) === suffix || fold(parameter) === `${fold(entity)}${suffix}`) ? suffix : undefined;
}

/** Parameter names too generic to say whose value they are (a committee's `classification` is no bill's): matched only between tools of one subject. */
const GENERIC =
  /^(id|sid|key|name|value|type|status|uri|url|code|q|query|classification|class|kind|category|title|description|label|state|deleted|active|enabled|visibility|created|updated|(created|updated|modified)[-_]?(at|on|date|time)?)$/i;

/**
 * Whether `producer`'s result holds `consumer`'s `parameter`: its outputSchema requires a field of
 * that name and type (a generic name like `key` only within one subject).
 */
export function producesField(producer: ToolRole, consumer: ToolRole, parameter: string): boolean {
  const { properties, required: fields } = resultFields(producer.tool);
  const field = findName(properties, parameter);
  const required = fields.includes(field ?? '');
  if (field === undefined || !required || !scalar(properties[field])) return false;
  // A record the consumer looks up by this value is one the world holds only as the producer's own (a review's `articleModelId` names no model record).
  if (
    parameter === consumer.idParameter &&
    ['read', 'update', 'delete'].includes(consumer.action) &&
    producer.entity !== idEntity(consumer)
  )
    return false;
  return (
    schemaFits(properties[field], parameterSchema(consumer.tool, parameter)) &&
    !BODY.test(parameter) &&
    (!GENERIC.test(parameter) || producer.subject === consumer.subject)
  );
}

/** A request body's wrapper (`data` of JSON:API, `body`, `payload`): another record's body never fills it. */
const BODY = /^(data|body|payload|attributes|request|input|params)$/i;

/** Whether a schema holds one value a user could name (a string, number, boolean), not an object or a list. */
export const scalar = (schema: Schema | undefined): boolean => {
  const declared = types(schema);
  if (declared !== undefined) return declared.every((type) => type !== 'object' && type !== 'array');
  if (schema?.['properties'] !== undefined || schema?.['items'] !== undefined) return false;
  // `allOf` / `anyOf` / `oneOf` parts (a JSON:API `data` wraps its record so): scalar only if every part is.
  const parts = ['allOf', 'anyOf', 'oneOf'].flatMap((key) => (Array.isArray(schema?.[key]) ? (schema[key] as Schema[]) : []));
  return parts.every((part) => scalar(part));
};

/**
 * Where a create's result holds the new record's id for `parameter`: the field of that name or `id`
 * at its top, or in the record it wraps (`podcast.id` of `{podcast, status}`), a scalar that fits the
 * parameter. Without a declared outputSchema the world's created record carries `id`.
 */
export function createdIdField(create: IndexedTool, consumer: ToolRole, parameter: string, idSchema?: Schema): string | undefined {
  if (!takesCreatedId(consumer, parameter, idSchema)) return undefined;
  const properties = propertiesOf(create.spec.outputSchema);
  if (Object.keys(properties).length === 0) return parameter;
  const target = parameterSchema(consumer.tool, parameter);
  const own = (of: Record<string, Schema>) => {
    const field = findName(of, parameter) ?? findName(of, 'id');
    return field !== undefined && scalar(of[field]) && schemaFits(of[field], target) ? field : undefined;
  };
  const top = own(properties);
  if (top !== undefined) return top;
  const { entity } = toolEntity(create.spec);
  for (const [name, property] of Object.entries(properties)) {
    if (!(types(property)?.includes('object') ?? property['properties'] !== undefined)) continue;
    // The wrapped record is the created one: named as its entity (`podcast`) or the generic `data` / `result`.
    if (
      !/^(data|result|record|item)$/i.test(name) &&
      name.replace(/[^a-z]/gi, '').toLowerCase() !== entity.replace(/[^a-z]/gi, '').toLowerCase()
    )
      continue;
    const inner = own(propertiesOf(property));
    if (inner !== undefined) return `${name}.${inner}`;
  }
  return undefined;
}

/** Nouns of a tool's name, verbs, filler and versions aside: `get_curated_podcast_by_id` → curated, podcast. */
export function nameNouns(tool: IndexedTool): string[] {
  return contentWords(tool.spec.name).filter((word) => !FILLER.has(word) && !VERB.test(word));
}

/**
 * Whether `consumer`'s record is one `source` made or listed: its name says nothing `source`'s does
 * not (`get_webhooks_id` of `post_webhooks`; `get_curated_podcast_by_id` is no `submit_podcast`'s record).
 */
export function namesSameRecord(source: IndexedTool, consumer: IndexedTool): boolean {
  const own = new Set(nameNouns(source));
  const idWords = new Set(contentWords(roleOf(consumer).idParameter ?? ''));
  return nameNouns(consumer).every((word) => own.has(word) || idWords.has(word));
}

/**
 * The schema the world shapes a new `entity` record's id by: the id parameter of a tool that reads,
 * changes or removes such a record by it (`ticket_id` of `get_ticket`, an integer); undefined when
 * none of `roles` names one (the world then makes string ids, `tic_8vqabmu8vt`).
 */
export function createdIdSchema(entity: string, roles: readonly ToolRole[]): Schema | undefined {
  const named = roles.find(
    (role) =>
      ['read', 'update', 'delete'].includes(role.action) &&
      role.idParameter !== undefined &&
      role.entity === entity &&
      idEntity(role) === entity,
  );
  return named === undefined ? undefined : parameterSchema(named.tool, named.idParameter as string);
}

/**
 * Whether a created record's id can feed `parameter`: the world makes it like the entity's id
 * (`idSchema`, from `createdIdSchema`), an integer where the entity's tools take integers, else a
 * string; the parameter must take that type.
 */
export function takesCreatedId(consumer: ToolRole, parameter: string, idSchema?: Schema): boolean {
  const type = parameterSchema(consumer.tool, parameter)?.['type'];
  const made = idSchema?.['type'] === 'integer' || idSchema?.['type'] === 'number' ? 'integer' : 'string';
  if (type === undefined) return made === 'string';
  return made === 'string' ? type === 'string' : type === 'integer' || type === 'number';
}

/**
 * Where a read's result holds a value `consumer` filters by (`fetch_fax` → `to` → `list_fax(To)`):
 * a field of `producer`'s outputSchema named like one of the consumer's parameters (case and `_`
 * aside), its schema fitting the parameter's. Only consumers the world does not look records up in
 * by that parameter (a list, or a tool without an id parameter), so the value never names a record
 * the world lacks; a generic name (`status`, `name`) only within one subject.
 */
export function filterFields(producer: ToolRole, consumer: ToolRole): Array<{ parameter: string; field: string }> {
  const lookup = entityIdParameter(consumer.tool.spec);
  if (consumer.action !== 'list' && lookup !== undefined && ((consumer.tool.spec.inputSchema.required ?? []) as string[]).includes(lookup))
    return [];
  const outputs = resultFields(producer.tool).properties;
  const fold = (name: string) => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const links: Array<{ parameter: string; field: string }> = [];
  for (const parameter of Object.keys(propertiesOf(consumer.tool.spec.inputSchema))) {
    if (parameter === lookup && consumer.action !== 'list') continue;
    if (GENERIC.test(parameter) && producer.subject !== consumer.subject) continue;
    const field = Object.keys(outputs).find((name) => fold(name) === fold(parameter));
    const schema = field === undefined ? undefined : outputs[field];
    // A flag (`deleted`) is no value a user carries from one answer to the next request.
    if (
      field === undefined ||
      !scalar(schema) ||
      BODY.test(parameter) ||
      types(schema)?.includes('boolean') ||
      parameterSchema(consumer.tool, parameter)?.['type'] === 'boolean'
    )
      continue;
    if (schemaFits(schema, parameterSchema(consumer.tool, parameter))) links.push({ parameter, field });
  }
  // A filter named for the producer's entity (`jurisdiction` of a bill search, after a jurisdiction's detail) takes that record's id.
  const entity = fold(producer.entity);
  const idField = findName(outputs, 'id');
  for (const parameter of Object.keys(propertiesOf(consumer.tool.spec.inputSchema))) {
    if (entity.length < 3 || parameter === lookup || links.some((link) => link.parameter === parameter)) continue;
    const target = parameterSchema(consumer.tool, parameter);
    // A bare entity name takes an id only where its description says so ("Filter by jurisdiction name or ID"): a creditor's `account` is a number of its own.
    if (
      fold(parameter) !== `${entity}id` &&
      !(fold(parameter) === entity && /\b(id|ids|identifier)\b/i.test(String(target?.['description'] ?? '')))
    )
      continue;
    if (
      idField !== undefined &&
      scalar(outputs[idField]) &&
      (target?.['type'] === undefined || target['type'] === 'string') &&
      target?.['enum'] === undefined &&
      target?.['pattern'] === undefined &&
      target?.['format'] === undefined
    )
      links.push({ parameter, field: idField });
  }
  return links;
}

/** Entity words of a tool, `ensgid`-style placeholders and generic words aside: `evidence`, `post`, `fax`. */
const entityWords = (tool: IndexedTool): Set<string> => {
  const { entity, subject } = roleOf(tool);
  return new Set([entity, subject].filter((word) => !/^(filter|data|get_|item|record|one|all)/.test(word) && !VERSION.test(word)));
};

/** Parameters that page or shape a result: sharing them says nothing about one user need. */
export const KNOBS =
  /^(size|from|count|skip|limit|offset|page|page_?size|per_?page|cursor|sort|order|fields|format|facets|direct|body|verbose|lang|language|key|api_?key|token)$/i;

/** Whether two tools work on the same entity (`get_order` and `cancel_order`). */
export const sameEntity = (tool: IndexedTool, other: IndexedTool) => {
  const mine = entityWords(tool);
  return [...entityWords(other)].some((word) => mine.has(word));
};

/**
 * The parameters two tools share by name and type, paging and output knobs aside (`region` of two
 * case counts, `sha1` of a hash's parents and children, `account` of a balance and a receipt): one
 * value there keeps a conversation on one thing.
 */
export function sharedNames(tool: IndexedTool, other: IndexedTool): string[] {
  const mine = (tool.spec.inputSchema.properties ?? {}) as Record<string, Schema>;
  const theirs = (other.spec.inputSchema.properties ?? {}) as Record<string, Schema>;
  return Object.keys(mine).filter(
    (name) =>
      theirs[name] !== undefined &&
      !KNOBS.test(name) &&
      canonicalJson(types(mine[name])) === canonicalJson(types(theirs[name])) &&
      mine[name]?.['format'] === theirs[name]?.['format'] &&
      mine[name]?.['pattern'] === theirs[name]?.['pattern'],
  );
}

/** Whether two tools belong in one story: the same entity, or a parameter of one value (the same region, account, hash). */
export const related = (tool: IndexedTool, other: IndexedTool): boolean =>
  sameEntity(tool, other) || sharedNames(tool, other).length > 0 || namesParent(tool, other) || namesParent(other, tool);

/** Whether `child` takes a record of `parent`'s entity (`list_fax_media(FaxSid)` of `fetch_fax`'s fax). */
function namesParent(child: IndexedTool, parent: IndexedTool): boolean {
  const { entity, idParameter } = roleOf(parent);
  if (idParameter === undefined || entity.length < 3) return false;
  return Object.keys(child.spec.inputSchema.properties ?? {}).some((name) => name.toLowerCase().includes(entity.toLowerCase()));
}
