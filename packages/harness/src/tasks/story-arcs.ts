import { nameWords, type Random } from '@inftool/core';
import { entityIdParameter, idParameterEntity } from '@inftool/sim-server';
import type { IndexedTool } from './tool-index.js';
import {
  createdIdField,
  createdIdSchema,
  filterFields,
  idEntity,
  listItemField,
  namesSameRecord,
  parameterSchema,
  producesField,
  roleOf,
  schemaFits,
  worldId,
  type ToolRole,
} from './tool-roles.js';

/** One planned step of a story; `from` says which earlier step of the same arc feeds which argument. */
export interface StoryStep {
  role: ToolRole;
  from?: { step: number; parameter: string; field: string };
  /** The id the arc works on when it starts from the world (every step of the arc uses it). */
  id?: string | number;
  /** The parameter naming the owner of the part the step works on (`FaxSid` of a fax's medium): the owner the arc's first step read. */
  owner?: string;
}

/** A run of steps on one thing: made or found first, then read, changed, removed. */
export type Arc = StoryStep[];

const ORDER: Record<string, number> = { read: 0, update: 1, other: 2, delete: 3 };

/**
 * The arcs a server's tools allow: create → read/update/delete of the created record; list/search →
 * read/update/delete of one of the results; read → update → delete of a record the world starts with;
 * and any value one tool returns that another needs (`get_user_id` → `send_message(receiver_id)`,
 * `authenticate` → `access_token`).
 */
export function storyArcs(tools: IndexedTool[], world: string, random: Random): Arc[] {
  const server: ArcSource = { roles: tools.map(roleOf), world, random };
  // In this order: each kind of arc draws from `random` in turn.
  const owned = ownedPartArcs(server);
  // A part read first needs its owner, which only a read of the owner gives (a fax's `media_sid`): those parts start from the owner.
  const parts = new Set(owned.map((arc) => arc[1]?.role.tool));
  const fromOwner = (arc: Arc) => arc[0] !== undefined && arc[0].id !== undefined && parts.has(arc[0].role.tool);
  return [
    ...owned,
    ...[...madeRecordArcs(server), ...recordChainArcs(server), ...relatedReadArcs(server)].filter((arc) => !fromOwner(arc)),
    ...resultFilterArcs(server).filter((arc) => !fromOwner(arc)),
    ...carriedValueArcs(server),
  ].map((arc) => sameStoreArc(arc, server.roles));
}

/**
 * The tool of the producer's store where two stores of one kind sit side by side (`core_memory_*` and
 * `archival_memory_*`): a key read from the core memory is read back with `core_memory_retrieve`, never
 * `archival_memory_retrieve`. A step fed by another store's result takes its namesake in the producer's
 * store (`<producer's qualifier>_<the rest of the consumer's name>`) where the server has one.
 */
export function sameStoreArc(arc: Arc, roles: readonly ToolRole[]): Arc {
  return arc.map((step) => {
    if (step.from === undefined) return step;
    const producer = arc[step.from.step]?.role.tool.spec.name.split('_') ?? [];
    const consumer = step.role.tool.spec.name.split('_');
    if (producer.length < 3 || consumer.length < 3 || producer[0] === consumer[0] || producer[1] !== consumer[1]) return step;
    const namesake = [producer[0], ...consumer.slice(1)].join('_');
    const role = roles.find((other) => other.tool.spec.name === namesake);
    const parameter = step.from.parameter;
    if (role === undefined || !(parameter in (role.tool.spec.inputSchema.properties ?? {}))) return step;
    return { ...step, role };
  });
}

/** What the arcs are drawn from: a server's tools' roles, the world's seed and the task's random stream. */
interface ArcSource {
  roles: ToolRole[];
  world: string;
  random: Random;
}

/** The roles that take a record of `subject` by its id (reads first, deletes last). */
function consumersOf(roles: ToolRole[], subject: string, exclude?: ToolRole): ToolRole[] {
  return roles
    .filter(
      (role) =>
        role !== exclude && role.subject === subject && role.idParameter && ['read', 'update', 'delete', 'other'].includes(role.action),
    )
    .sort((a, b) => (ORDER[a.action] ?? 2) - (ORDER[b.action] ?? 2));
}

/** create → read/update/delete of the created record; list/search → read/update/delete of one of the results. */
function madeRecordArcs({ roles, random }: ArcSource): Arc[] {
  const arcs: Arc[] = [];
  for (const source of roles) {
    if ((source.action !== 'create' && source.action !== 'list' && !listsRecords(source)) || bodyQuery(source)) continue;
    // A list scoped by a parent record (`list_fax_media(FaxSid)`) shows records the world makes up for it, not ones a read finds again.
    if (source.action !== 'create' && source.idParameter) continue;
    // A "create" on a record named by its own id (`post_transactions_transaction_id_relationships_tags`) makes no new record.
    if (source.action === 'create' && source.idParameter !== undefined && source.idParameter === entityIdParameter(source.tool.spec))
      continue;
    // A created record's id comes back where its outputSchema puts it (`id`, `podcast.id`); a list's item only where its outputSchema says so.
    // The consumer's record is the one made or listed: its name says no other thing (`get_curated_podcast_by_id` is no submitted podcast).
    const fed = [
      ...consumersOf(roles, source.subject, source).filter((role) => namesSameRecord(source.tool, role.tool)),
      ...idTakers(roles, source),
    ]
      .filter((role) => idEntity(role) === source.entity)
      .flatMap((role) => {
        const parameter = role.idParameter as string;
        const field =
          source.action === 'create'
            ? createdIdField(source.tool, role, parameter, createdIdSchema(source.entity, roles))
            : listItemField(source.tool, role, parameter);
        // A list by another name (a read) leaves its items unknown to the world: only a bare key, which the world finds whatever it is, feeds a read.
        const found = field !== undefined && (source.action !== 'read' || /(^|\.)(key|guid)$/i.test(field));
        return found ? [{ role, from: { step: 0, parameter, field } }] : [];
      });
    if (fed.length > 0) arcs.push([{ role: source }, ...fed.slice(0, random.int(1, 3))]);
  }
  return arcs;
}

/** A read with no id whose declared result is a list of records (`ministries_get_all` → `items`): a list by another name. */
const listsRecords = (role: ToolRole): boolean =>
  role.action === 'read' &&
  role.idParameter === undefined &&
  Object.values((role.tool.spec.outputSchema?.['properties'] ?? {}) as Record<string, Record<string, unknown>>).some(
    (property) => (property['type'] === 'array' || property['type'] === undefined) && typeof property['items'] === 'object',
  );

/** Tools of another name that take the record `source` makes by an id named for it (`comment(tweet_id)` after `post_tweet`). */
function idTakers(roles: ToolRole[], source: ToolRole): ToolRole[] {
  if (source.action !== 'create') return [];
  return roles.filter(
    (role) =>
      role !== source &&
      role.subject !== source.subject &&
      role.idParameter !== undefined &&
      ['read', 'update', 'other'].includes(role.action) &&
      namesEntityId(role.idParameter, source.entity),
  );
}

/** read → update → delete of a record the world starts with, every step naming the same record. */
function recordChainArcs({ roles, world, random }: ArcSource): Arc[] {
  const arcs: Arc[] = [];
  for (const subject of new Set(roles.map((role) => role.subject))) {
    const all = consumersOf(roles, subject).filter((role) => role.action !== 'other');
    const head = all[0];
    // Every step names the same record: its id parameter takes the first step's id.
    // The id names the same kind of record at every step (a transaction's category update takes a transaction's id, not a category's).
    // And the tools' names speak of one record: a curated list's id is no podcast's.
    const chain =
      head === undefined
        ? []
        : all.filter(
            (role) =>
              role.entity === head.entity &&
              idEntity(role) === idEntity(head) &&
              namesSameRecord(head.tool, role.tool) &&
              namesSameRecord(role.tool, head.tool) &&
              schemaFits(idSchema(head), idSchema(role)),
          );
    if (chain.length < 2 || chain.every((role) => role.action === chain[0]?.action)) continue;
    const first = chain[0] as ToolRole;
    const id = worldId(first, world, random.pick.bind(random));
    // Read first (the world has the record), then change or remove the same record: the id the read returned.
    if (id !== undefined)
      arcs.push(
        chain
          .slice(0, 3)
          .map((role, index) =>
            index === 0
              ? { role, id }
              : { role, id, from: { step: 0, parameter: role.idParameter as string, field: first.idParameter as string } },
          ),
      );
  }
  return arcs;
}

/** Related reads of one record (`ministries_get_one(key)` → `ministries_get_minister(key)`): the same id, as the first read returned it. */
function relatedReadArcs({ roles, world, random }: ArcSource): Arc[] {
  const related = new Map<string, ToolRole[]>();
  for (const role of roles.filter((candidate) => candidate.action === 'read' && candidate.idParameter)) {
    const group = `${role.idParameter}\u0000${role.tool.spec.name.split(/[_.-]/).find((word) => !/^(get|post|put|patch|delete|fetch|list|read)$/i.test(word)) ?? ''}`;
    related.set(group, [...(related.get(group) ?? []), role]);
  }
  const arcs: Arc[] = [];
  for (const candidates of related.values()) {
    // Reads of one record: the id parameters take the same ids (`fetch_fax(Sid: FX…)` and `fetch_fax_media(Sid: ME…)` do not).
    const group = candidates.filter(
      (role) =>
        idEntity(role) === idEntity(candidates[0] as ToolRole) &&
        schemaFits(idSchema(candidates[0] as ToolRole), idSchema(role)) &&
        schemaFits(idSchema(role), idSchema(candidates[0] as ToolRole)),
    );
    if (group.length < 2) continue;
    const [first, second] = shuffle2(group, random);
    const id = worldId(first, world, random.pick.bind(random));
    if (id !== undefined)
      arcs.push([
        { role: first, id },
        { role: second, id, from: { step: 0, parameter: second.idParameter as string, field: first.idParameter as string } },
      ]);
  }
  return arcs;
}

/** A value a read of a world record returns, as a filter of a related list (the fax's `to` → faxes sent to that number). */
function resultFilterArcs({ roles, world, random }: ArcSource): Arc[] {
  const arcs: Arc[] = [];
  for (const producer of roles.filter((role) => role.action === 'read' && role.idParameter)) {
    const id = worldId(producer, world, random.pick.bind(random));
    if (id === undefined) continue;
    for (const consumer of roles) {
      if (consumer === producer || consumer.tool === producer.tool) continue;
      const links = filterFields(producer, consumer).filter((link) => !misfitCarry(producer, consumer, link.parameter));
      if (links.length > 0) {
        const link = random.pick(links);
        arcs.push([
          { role: producer, id },
          { role: consumer, from: { step: 0, parameter: link.parameter, field: link.field } },
        ]);
      }
    }
  }
  return arcs;
}

/**
 * A record's part, read from its owner (`fetch_fax` → `fetch_fax_media(FaxSid, Sid)`): the owner is read
 * from the world, the part's id is the one its result names (`media_sid`), the owner's id stays the one
 * the user gave; then the part's other uses (`delete_fax_media`) on the same part and owner.
 */
function ownedPartArcs({ roles, world, random }: ArcSource): Arc[] {
  const arcs: Arc[] = [];
  for (const part of roles.filter((role) => role.action === 'read' && role.idParameter)) {
    const required = (part.tool.spec.inputSchema.required ?? []) as string[];
    for (const owner of roles.filter((role) => role.action === 'read' && role.idParameter && role.entity !== part.entity)) {
      const ownerParameter = required.find((name) => name !== part.idParameter && idParameterEntity(part.tool.spec, name) === owner.entity);
      const field = ownerParameter === undefined ? undefined : partField(owner, part);
      const id = field === undefined ? undefined : worldId(owner, world, random.pick.bind(random));
      if (ownerParameter === undefined || field === undefined || id === undefined) continue;
      const parameter = part.idParameter as string;
      const uses = consumersOf(roles, part.subject, part).filter(
        (role) => role.entity === part.entity && role.action !== 'read' && role.idParameter === parameter,
      );
      arcs.push([
        { role: owner, id },
        { role: part, from: { step: 0, parameter, field }, owner: ownerParameter },
        ...uses.slice(0, 1).map((role) => ({ role, from: { step: 0, parameter, field }, owner: ownerParameter })),
      ]);
    }
  }
  return arcs;
}

/** The field of an owner's declared result naming its part by id (`media_sid` of a fax, for a medium's `Sid`). */
function partField(owner: ToolRole, part: ToolRole): string | undefined {
  const properties = (owner.tool.spec.outputSchema?.['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  const entity = part.entity.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const name = Object.keys(properties).find((key) =>
    new RegExp(`^${entity}(id|sid|key|guid|uuid)$`).test(key.replace(/[^A-Za-z0-9]/g, '').toLowerCase()),
  );
  return name !== undefined && schemaFits(properties[name], parameterSchema(part.tool, part.idParameter as string)) ? name : undefined;
}

/** Any value one tool returns that another needs (`get_user_id` → `send_message(receiver_id)`, `authenticate` → `access_token`). */
function carriedValueArcs({ roles }: ArcSource): Arc[] {
  const arcs: Arc[] = [];
  for (const consumer of roles) {
    const fed = ((consumer.tool.spec.inputSchema.required ?? []) as string[]).flatMap((parameter) => {
      const producer = roles.find(
        (role) =>
          role !== consumer && !bodyQuery(role) && producesField(role, consumer, parameter) && !misfitCarry(role, consumer, parameter),
      );
      return producer ? [{ producer, parameter }] : [];
    });
    // A record's number (a stock's price) goes with its name: where the same result gives the consumer a text (the symbol), a number alone is not carried.
    const named = (producer: ToolRole) =>
      fed.some((other) => other.producer === producer && parameterSchema(consumer.tool, other.parameter)?.['type'] === 'string');
    for (const { producer, parameter } of fed) {
      if (parameterSchema(consumer.tool, parameter)?.['type'] !== 'string' && named(producer)) continue;
      arcs.push([{ role: producer }, { role: consumer, from: { step: 0, parameter, field: parameter } }]);
    }
  }
  return arcs;
}

/** A log-in: the user signs in as themselves, never as a record another call made or found. */
const LOGIN = /^(login|logon|signin|authenticate|authorize)$/;

/**
 * A carried value that makes no sense as a follow-up (docs/harness.md, `world_consistent` (v), (w)):
 * - circular: the consumer is named for a value the producer was given (`posts_get_one(key)` →
 *   `posts_get_key_from_reference` gives back that key; `gallon_to_liter(gallon)` → `liter_to_gallon` converts back);
 * - a status text: the message a write returns about itself ("Contact janelle97 added.") is no message to send;
 * - a log-in as someone else: the user of a contact just added is not who signs in;
 * - a copy: a new record given the title or text of a record of its kind just read;
 * - a bare handle of another store: `core_memory_retrieve_all`'s `key` fed to `archival_memory_retrieve`.
 */
export function misfitCarry(producer: ToolRole, consumer: ToolRole, parameter: string): boolean {
  const consumerWords = nameWords(consumer.tool.spec.name);
  const given = Object.keys((producer.tool.spec.inputSchema.properties ?? {}) as Record<string, unknown>);
  const namedFor = (name: string) => {
    const words = nameWords(name);
    return words.length > 0 && words.every((word) => consumerWords.includes(word));
  };
  const returned = Object.keys((consumer.tool.spec.outputSchema?.['properties'] ?? {}) as Record<string, unknown>);
  const givesBack = (name: string) =>
    name.toLowerCase() !== parameter.toLowerCase() &&
    namedFor(name) &&
    returned.some((field) => field.toLowerCase() === name.toLowerCase());
  // A lookup by the carried value (not a record's own id) that returns what the producer was given.
  if (consumer.action !== 'create' && parameter !== consumer.idParameter && given.some(givesBack)) return true;
  const field = Object.entries((producer.tool.spec.outputSchema?.['properties'] ?? {}) as Record<string, Record<string, unknown>>).find(
    ([name]) => name.toLowerCase() === parameter.toLowerCase(),
  );
  const describesOutcome =
    /^(status|message|msg|result)$/i.test(parameter) &&
    (producer.action !== 'read' || /\b(result|outcome) of\b|\bsuccess/i.test(String(field?.[1]?.['description'] ?? '')));
  if (describesOutcome) return true;
  // A new record given an old one's own words (a ticket's title, a tweet's text, a memory's value) is a copy, not a follow-up.
  if (
    consumer.action === 'create' &&
    producer.subject === consumer.subject &&
    /^(title|name|content|text|value|body|description)$/i.test(parameter)
  )
    return true;
  const joined = consumerWords.join('');
  if ((consumerWords.some((word) => LOGIN.test(word)) || /log_?in|sign_?in/.test(joined)) && producer.subject !== 'user') return true;
  // A bare handle (`key`, `id`) names a record of one store only: a core memory's key is no archival memory's.
  // (Each names a store the other does not; a part of the same record, `get_episode_recommendations` of an episode, is no other store.)
  return (
    /^(key|id|name|handle)$/i.test(parameter) &&
    !namesSameRecord(producer.tool, consumer.tool) &&
    !namesSameRecord(consumer.tool, producer.tool)
  );
}

/**
 * A call that sends its query as a JSON text body (`post_evidence_by_id(body)`: evidence for a list of ids)
 * and declares no result: what comes back is a list for that body, not the one record its inferred result names.
 */
const bodyQuery = (role: ToolRole): boolean =>
  role.tool.spec.outputSchema === undefined &&
  ((role.tool.spec.inputSchema.required ?? []) as string[]).some(
    (name) => name.toLowerCase() === 'body' && parameterSchema(role.tool, name)?.['type'] === 'string',
  );

/** Whether a parameter is the id of `entity` by its name: `tweet_id`, `tweetId` of a tweet. */
const namesEntityId = (parameter: string, entity: string) =>
  entity.length >= 3 && parameter.replace(/[^A-Za-z0-9]/g, '').toLowerCase() === `${entity.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}id`;

const idSchema = (role: ToolRole) => (role.idParameter ? parameterSchema(role.tool, role.idParameter) : undefined);

/** Two different members of a group, in random order. */
function shuffle2(group: ToolRole[], random: Random): [ToolRole, ToolRole] {
  const first = random.int(0, group.length - 1);
  const second = (first + random.int(1, group.length - 1)) % group.length;
  return [group[first] as ToolRole, group[second] as ToolRole];
}
