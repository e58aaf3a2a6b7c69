import type { Faker, Randomizer } from '@faker-js/faker';
import { canonicalJson, createRandom, seedFrom, type Random, type SchemaValidator } from '@inftool/core';
import type { Catalog, CatalogTool } from '../catalog/catalog.js';
import type { EngineContext, EngineResult, SimulationEngine } from './engine.js';
import { entityAction, entityIdArgument, entityType, idArgumentEntity, nameWords, singular } from './entity-rules.js';
import { fileCommandResult } from './file-commands.js';
import { generationSchema } from './cut-schemas.js';
import { FILE_COMMAND_TOPIC, inferOutputSchema } from './infer-output-schema.js';
import { minimalValue } from './minimal-value.js';
import { descriptionHints } from './values/description-hints.js';
import { withSystemSense } from './described-fields.js';
import { apiHost } from './values/topic.js';
import { generateValue } from './value-generator.js';
import { CITIES } from './values/lexicon.js';
import { idShape, referenceTime } from './world.js';
import { batchIds, RESULT_OPTIONAL_RATE, WorldWalker, type Generate } from './world-walker.js';
import { harmonizeResult, oneEntityPerId } from './world-facts.js';
import { fitKinds } from './world-search.js';
import { valuesOfKind } from './kind-values.js';
import { honourAskedDay, honourSides } from './world-arguments.js';
import { oneStoryPerRecord, searchedFor } from './world-stories.js';
import { stateOutcome } from './operation-outcome.js';
import { computedIntoSchema } from './compute-explicit.js';
import { domainResult } from './domain-results.js';
import { withoutInvalidParts } from './prune-invalid.js';
import { distinctIntegers } from './distinct-integers.js';
import { apiTitle, nameTheService } from './result-topics.js';
import type { WorldTables } from './world-tables.js';

const ID_NAME = /^(id|sid|uuid|guid|key)$|(_id|_uuid|_guid|_key|_sid|Id|ID|Sid|Uuid|Guid|Key)$/;

type Json = Record<string, unknown>;
type Generated = { ok: true; value: Json } | { ok: false; error: string };

const ATTEMPTS = 5;
/** Dates of values sampled outside a session (the planner's arguments) are relative to this instant. */
const SAMPLING_REFERENCE_TIME = new Date(Date.UTC(2025, 5, 2, 9, 0, 0));

/**
 * Faker's default randomizer (a Mersenne Twister) spends ~30 µs in every `seed()`, and this engine
 * reseeds on every call; sfc32 from core reseeds in well under a microsecond.
 */
function sfc32Randomizer(): Randomizer {
  // Faker calls these detached from the object, so they are closures, not methods.
  let random: Random = createRandom(0);
  return {
    next: () => random.next(),
    seed: (seed) => {
      let mixed = 0x811c9dc5;
      for (const part of Array.isArray(seed) ? seed : [seed]) mixed = Math.imul(mixed ^ (part >>> 0), 0x01000193) >>> 0;
      random = createRandom(mixed);
    },
  };
}

/**
 * Deterministic and model-free. A tool without an outputSchema gets one inferred from its name,
 * description and inputs (a list, a record, a computed value...). Calls that name an entity meet the
 * session's seeded world (`WorldWalker`): seeded records, creates, updates, deletes and 404s agree
 * across tools. Dates are relative to the world's reference instant, never the clock.
 */
export class FakerEngine implements SimulationEngine {
  readonly name = 'faker';
  /**
   * Faker's locale data takes ~150 ms to load: it loads on `warmUp` (right after the server starts
   * listening) or on the first call, whichever comes first, so a large catalog is served sooner.
   */
  private loading?: Promise<Faker>;
  private faker?: Faker;

  constructor(private readonly validator: SchemaValidator) {}

  async warmUp(): Promise<void> {
    await this.load();
  }

  private load(): Promise<Faker> {
    this.loading ??= import('@faker-js/faker').then(
      ({ Faker, en, base }) => (this.faker = new Faker({ locale: [en, base], randomizer: sfc32Randomizer() })), // base: country codes, currency codes…
      (error: unknown) => {
        this.loading = undefined; // the next call tries again
        throw error;
      },
    );
    return this.loading;
  }

  async call(context: EngineContext): Promise<EngineResult> {
    const result = await this.simulate(context);
    const value = result.structuredContent;
    if (result.isError === true || value === undefined || value === null || typeof value !== 'object' || Array.isArray(value))
      return result;
    // Consistent with the call, with reality and with what the session showed before; kept only if still valid.
    const world = context.session.world(context.world ?? '');
    const schema = context.tool.spec.outputSchema as Json | undefined;
    const action = entityAction(context.tool);
    // the id a read names its record by: its entity's id argument, else its one id argument (`place_id` on `air_quality`)
    const idArguments = Object.entries(context.arguments).filter(
      ([key, entry]) => ID_NAME.test(key) && (typeof entry === 'string' || typeof entry === 'number'),
    );
    const askedBy =
      entityIdArgument(context.arguments, entityType(context.tool)) ?? (idArguments.length === 1 ? idArguments[0] : undefined);
    const asked = askedBy?.[1];
    const readId =
      action !== 'create' && action !== 'update' && action !== 'delete' && (typeof asked === 'string' || typeof asked === 'number')
        ? asked
        : undefined;
    // a reading of a place by an account key is the place's, not a record of the key's
    const subjectRead = readId !== undefined && askedBy !== undefined && keyOfSubject(askedBy[0], context.arguments);
    const valid = (candidate: Json): boolean => schema === undefined || this.validator.validate(schema, candidate).valid;
    /** The result harmonized (`entities`: with one entity per id; `only`: that alone, when the rest cannot be kept). */
    const harmonize = (entities: boolean, only = false): Json | undefined => {
      // what the session has seen of each id changes only when the result it is read from is sent
      const seen = new Map([...world.seen].map(([id, entry]) => [id, { kind: entry.kind, facts: { ...entry.facts } }]));
      const options = {
        seen,
        entity: entityType(context.tool),
        write: action !== 'read' && action !== 'list',
        valid,
        ...(readId === undefined || subjectRead ? {} : { topId: readId }),
      };
      const copy = structuredClone(value as Json);
      valuesOfKind(copy, allowedValues(context.catalog, context.tool));
      if (only) oneEntityPerId(copy, context.arguments, seen, options.entity, options.write, valid, subjectRead ? undefined : readId);
      const harmonized = only
        ? copy
        : harmonizeResult(
            copy,
            context.arguments,
            world.facts,
            toolContext(context.tool)?.description ?? '',
            referenceTime(context.world ?? ''),
            entities ? options : undefined,
            context.tool.spec.name,
          );
      fitKinds(harmonized, context.arguments);
      honourSides(harmonized, context.arguments);
      honourAskedDay(harmonized, context.arguments, referenceTime(context.world ?? ''));
      oneStoryPerRecord(harmonized, world.facts, subjectRead ? undefined : readId, {
        query: searchedFor(context.arguments),
        salt: String(context.seed),
        sent: Object.values(context.arguments),
      });
      nameTheService(
        harmonized,
        context.tool.spec.name,
        apiTitle(context.tool.spec as { _meta?: Record<string, unknown> }, context.tool.place.server),
      );
      distinctIntegers(harmonized, sentValues(context.arguments));
      if (!valid(harmonized)) return undefined;
      if (entities) {
        world.seen.clear();
        for (const [id, entry] of seen) world.seen.set(id, entry);
      }
      return harmonized;
    };
    const harmonized = harmonize(true) ?? harmonize(false) ?? harmonize(true, true) ?? (value as Json);
    // a change whose output is only its status says what it changed (`Ticket 4 updated: priority set to 3.`)
    const stated = stateOutcome(harmonized, schema, context.tool.spec.name, context.arguments);
    return { ...result, structuredContent: stated !== harmonized && valid(stated) ? stated : harmonized };
  }

  private async simulate(context: EngineContext): Promise<EngineResult> {
    const faker = this.faker ?? (await this.load());
    const { tool } = context;
    const worldSeed = context.world ?? '';
    const now = referenceTime(worldSeed);
    const allowed = allowedValues(context.catalog, tool);
    const description = toolContext(tool);
    const generate: Generate = (schema, name, seed, echo, optionalRate) =>
      this.generateSeeded(faker, schema, name, seed, now, echo, optionalRate, allowed, description);
    // what a result is made from: the declared schema, its cut properties grafted from the server's other tools
    const explicit = generationSchema(context.catalog, tool);
    const inferred = explicit === undefined ? inferOutputSchema(tool) : undefined;
    const walkerOptions = {
      tool,
      args: context.arguments,
      world: context.session.world(worldSeed),
      validator: this.validator,
      generate,
      now,
      callIndex: context.session.history.length,
      entity: entityType(tool),
      ...entityId(context.catalog, tool),
      idSchemaFor: (entity: string) => catalogIds(context.catalog).get(entity)?.schema,
    };
    const walker = new WorldWalker(walkerOptions);

    // a file-system command answers from the file's lines, as such tools do (`cat` → file_content, `wc` → count)
    if (inferred?.topic === FILE_COMMAND_TOPIC) {
      const answer = fileCommandResult(inferred.words[0] ?? '', context.arguments);
      if (answer !== undefined) return { structuredContent: answer };
    }
    // a history, battle, contribution or device-setting tool answers from real facts or from the call itself
    const known = inferred === undefined ? undefined : domainResult(inferred.words, tool.spec.description ?? '', context.arguments);
    if (known !== undefined) return { structuredContent: known };
    const action = inferred?.kind ?? entityAction(tool);
    // A lookup of several records by their ids answers with exactly those records.
    // (`post_evidence_by_id` with a body of ids reads, though it is sent as a POST)
    const looksUp =
      action === 'read' || action === 'list' || action === 'other' || (action === 'create' && nameWords(tool.spec.name).includes('by'));
    const batch = looksUp ? batchIds(context.arguments, entityType(tool)) : undefined;
    if (batch !== undefined) return walker.batch(batch, explicit, inferred);
    const idArgument = entityIdArgument(context.arguments, entityType(tool));
    // An id argument that names another entity (`articleId` on `get_articles_article_id_units`) names the parent of what the tool reads.
    const parent = idArgument === undefined ? undefined : argumentEntity(tool, idArgument[0]);
    // a change of a part that answers with the whole parent record (`update_booking_contact` → the booking) changes the parent
    if (idArgument && parent !== undefined && action === 'update' && answersWithRecordOf(context.catalog, tool, parent)) {
      const ids = catalogIds(context.catalog).get(parent);
      const owner = new WorldWalker({ ...walkerOptions, entity: parent, ...(ids ? { idSchema: ids.schema, idName: ids.name } : {}) });
      return owner.byId('update', idArgument, explicit, inferred);
    }
    if (
      idArgument &&
      parent !== undefined &&
      parent !== entityType(tool) &&
      (action === 'read' || action === 'update' || action === 'delete' || action === 'list')
    ) {
      const parentId = catalogIds(context.catalog).get(parent);
      const argumentSchema = (((tool.spec.inputSchema as Json)['properties'] ?? {}) as Record<string, Json | undefined>)[idArgument[0]];
      const shaped = argumentSchema === undefined ? undefined : idShape(argumentSchema, idArgument[0]);
      return walker.scoped(
        action,
        {
          entity: parent,
          managed: managedEntities(context.catalog).has(parent),
          ...(parentId ? { idSchema: parentId.schema } : {}),
          ...(shaped ? { argumentSchema: shaped } : {}),
        },
        idArgument,
        explicit,
        inferred,
      );
    }
    // (a read by a bare account key that names a place, `gsi_prediction(zip, key)`, is a reading of the place: seeded by it below)
    if (
      idArgument &&
      (action === 'read' || action === 'update' || action === 'delete') &&
      !(action === 'read' && keyOfSubject(idArgument[0], context.arguments))
    )
      return walker.byId(action, idArgument, explicit, inferred);
    // A read by a field an earlier result showed (`reference`, `slug`, `code`) finds the record that carries it.
    if (idArgument === undefined && (action === 'read' || action === 'other')) {
      const found = lookupField(context.arguments, context.session.world(worldSeed), tool);
      if (found !== undefined) {
        const ids = catalogIds(context.catalog).get(found.entity);
        const owner =
          found.entity === entityType(tool)
            ? walker
            : new WorldWalker({ ...walkerOptions, entity: found.entity, ...(ids ? { idSchema: ids.schema, idName: ids.name } : {}) });
        return owner.byId('read', [ids?.name ?? 'id', String(found.record.id)], explicit, inferred);
      }
    }
    if (action === 'list') return walker.list(explicit, inferred);
    if (action === 'create') return walker.create(explicit, inferred);

    const schema = explicit ?? (inferred as NonNullable<typeof inferred>).schema;
    // Reads without an id and computations depend on the world and the arguments, not on the conversation.
    const value = generate(schema, tool.spec.name, walker.callSeed(), context.arguments, RESULT_OPTIONAL_RATE);
    if (!value.ok) return unavailable(tool);
    // a declared result that a formula gives (`liter_to_gallon` → `gallon`) is computed, not drawn
    if (inferred === undefined) {
      const computed = computedIntoSchema(value.value, explicit, tool.spec.name, context.arguments);
      return { structuredContent: computed !== value.value && this.validator.validate(schema, computed).valid ? computed : value.value };
    }
    return { structuredContent: walker.finishInferred(value.value, inferred) };
  }

  /**
   * A value for an object `schema` (arguments for a tool, say), seeded and checked like a result:
   * the harness's offline task sampler plans arguments with it.
   */
  async sampleObject(
    schema: Json,
    name: string,
    seed: number,
    optionalRate?: number,
    description?: string | ValueContext,
  ): Promise<Generated> {
    const faker = this.faker ?? (await this.load());
    const context = typeof description === 'string' ? { description } : description;
    const generated = this.generateSeeded(faker, schema, name, seed, SAMPLING_REFERENCE_TIME, undefined, optionalRate, undefined, context);
    return generated.ok ? variedVersion(this.atKnownCity(generated, schema, seed, context), schema, seed, this.validator) : generated;
  }

  /**
   * Arguments that give a point (`lat` and `lon`) give a real city's, drawn by the seed, so that the
   * answer can name the place (drawn one by one, a latitude and a longitude land in the sea). An API
   * about Germany keeps its German points; a schema the city breaks keeps the drawn point.
   */
  private atKnownCity(generated: { ok: true; value: Json }, schema: Json, seed: number, context: ValueContext | undefined): Generated {
    const value = generated.value;
    if (
      typeof value !== 'object' ||
      value === null ||
      Array.isArray(value) ||
      /german|germany|deutschland|strom/i.test(context?.description ?? '')
    )
      return generated;
    const record = value as Record<string, Json>;
    const latitude = Object.keys(record).find((key) => /^(lat|latitude)$/i.test(key));
    const longitude = Object.keys(record).find((key) => /^(lon|lng|long|longitude)$/i.test(key));
    if (latitude === undefined || longitude === undefined) return generated;
    const city = CITIES[Math.abs(seed) % CITIES.length]!;
    const moved: Record<string, Json> = { ...record };
    for (const [key, coordinate] of [
      [latitude, city[3]],
      [longitude, city[4]],
    ] as const)
      moved[key] = (typeof record[key] === 'string' ? String(coordinate) : coordinate) as unknown as Json;
    return this.validator.validate(schema, moved).valid ? { ok: true, value: moved } : generated;
  }

  /**
   * Generates a value for `schema`, retrying with the next seeds until it validates; after the last
   * try, the smallest valid value (required fields, enums, defaults), or, when that holds next to
   * nothing, the first try with the parts the schema rejects cut away, so a hard schema still gets an
   * answer, never the validator's complaint.
   */
  private generateSeeded(
    faker: Faker,
    schema: Json,
    name: string,
    seed: number,
    now: Date,
    echo?: Json,
    optionalRate?: number,
    allowed?: ReadonlyMap<string, readonly string[]>,
    place?: ValueContext,
  ): Generated {
    // the tool's description places its values in a domain (a genetics API's ids and search terms)
    const context = place === undefined ? {} : { context: { tool: name, ...place } };
    // a ticket of a ticketing system has a ticket's states and priorities (described-fields)
    schema = withSystemSense(schema, name, place?.description);
    faker.setDefaultRefDate(now);
    let lastError = '';
    let first: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      faker.seed(seed + attempt);
      // The first try echoes the arguments where names match (a search for CDG returns CDG flights).
      const value = generateValue(schema, name, {
        faker,
        root: schema,
        referenceTime: now.getTime(),
        ...context,
        ...(attempt === 0 && echo ? { echo } : {}),
        ...(optionalRate === undefined ? {} : { optionalRate }),
        ...(allowed === undefined ? {} : { allowed }),
      });
      const check = this.validator.validate(schema, value);
      if (check.valid) return { ok: true, value: value as Json };
      if (attempt === 0) first = value;
      lastError = check.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    }
    faker.seed(seed);
    const minimal = minimalValue(schema, name, {
      root: schema,
      validator: this.validator,
      referenceTime: now,
      leaf: (leaf, leafName) => generateValue(leaf, leafName, { faker, root: schema, referenceTime: now.getTime(), ...context }),
    });
    const smallest = this.validator.validate(schema, minimal).valid ? minimal : undefined;
    // a schema that requires next to nothing (a playlist of optional fields whose items' `oneOf` no item
    // fits) keeps the first try with the parts it rejects cut away, not a bare `{}`
    const sparse = typeof smallest !== 'object' || smallest === null || Object.keys(smallest).length < 2;
    const pruned = sparse ? withoutInvalidParts(first, schema, this.validator) : undefined;
    if (pruned !== undefined) return { ok: true, value: pruned };
    if (smallest !== undefined) return { ok: true, value: smallest as Json };
    return { ok: false, error: lastError };
  }
}

/** Versions an API may go by, in the shape of `1.2.3`. */
const RELEASES = ['1.0.0', '1.2.0', '1.4.2', '2.0.0', '2.1.0', '2.3.1', '3.0.0', '3.1.4'];

/**
 * A version argument (`api`, `version`) whose spec shows one example release (`2.1.0`) is drawn
 * among releases of that shape by the seed: users ask for the versions they use, not the spec's
 * example every time. A value the schema refuses keeps the sampled one.
 */
function variedVersion(generated: Generated, schema: Json, seed: number, validator: SchemaValidator): Generated {
  if (!generated.ok) return generated;
  const properties = (schema['properties'] ?? {}) as Record<string, Json>;
  const value = { ...generated.value };
  for (const [name, entry] of Object.entries(value)) {
    const examples = properties[name]?.['examples'];
    if (!/^(api|version|api_?version|ver)$/i.test(name) || typeof entry !== 'string' || !/^\d+\.\d+\.\d+$/.test(entry)) continue;
    if (!Array.isArray(examples) || examples.length !== 1 || examples[0] !== entry) continue;
    // drawn with the call's other values (the provider, the service): one task asks several APIs for different versions
    const others = canonicalJson(Object.entries(value).filter(([other]) => other !== name));
    value[name] = RELEASES[seedFrom(String(seed), others) % RELEASES.length] as string;
  }
  return validator.validate(schema, value).valid ? { ok: true, value } : generated;
}

/** Arguments that name the place or the subject a reading is of (`zip`, `city`, `lat`, `symbol`): its measures are that subject's. */
const SUBJECT_ARGUMENT =
  /^(zip|zip_?code|postcode|postal_?code|plz|city|city_?name|town|location|place|region|country|state|lat|latitude|lon|lng|longitude|address|station|symbol|ticker)$/i;

/** Whether a call names the subject of a reading beside its id (`gsi_prediction(zip="20095", key=account)`). */
function readsSubject(args: Json): boolean {
  return Object.entries(args).some(
    ([key, value]) => SUBJECT_ARGUMENT.test(key) && (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')),
  );
}

/** A bare `key` or `guid` beside a subject names an account or a client, not the record read: the reading is the subject's. */
function keyOfSubject(idArgument: string, args: Json): boolean {
  return /^(key|guid)$/i.test(idArgument) && readsSubject(args);
}

/** What places a tool's values: the text of its domain (its description and its server's name) and the API's host. */
export interface ValueContext {
  description?: string;
  host?: string;
}

/** The host of a tool's API, guessed from its spec file's name or its server's name (see `apiHost`). */
export function toolHost(spec: { _meta?: Record<string, unknown> }, server: string | undefined): string | undefined {
  const source = spec._meta?.['inftool/source'];
  const file = typeof source === 'object' && source !== null ? (source as Record<string, unknown>)['file'] : undefined;
  return apiHost(typeof file === 'string' ? file : undefined, server);
}

function toolContext(tool: CatalogTool): ValueContext | undefined {
  const text = [tool.spec.description ?? '', tool.place.server ?? ''].join(' ').trim();
  const host = toolHost(tool.spec as { _meta?: Record<string, unknown> }, tool.place.server);
  if (text === '' && host === undefined) return undefined;
  return { ...(text === '' ? {} : { description: text }), ...(host === undefined ? {} : { host }) };
}

/** What a client sees when even the smallest valid value cannot be made: a plain server error, no validator text. */
export function unavailable(tool: CatalogTool): EngineResult {
  return { isError: true, content: [{ type: 'text', text: `503 Service Unavailable: ${tool.spec.name} could not complete the request` }] };
}

const allowedByCatalog = new WeakMap<Catalog, Map<string, readonly string[]>>();

/**
 * The values string parameters of the catalog allow, by name normalised: their enum, or the values
 * their description lists ("One of: releases, stories, factsheets"). A result field of the same name
 * takes one, so a value the client chains from a result into a call is one the call accepts.
 */
function allowedValues(catalog: Catalog | undefined, tool: CatalogTool): ReadonlyMap<string, readonly string[]> {
  if (catalog === undefined) return collectAllowed([tool]);
  let map = allowedByCatalog.get(catalog);
  if (map === undefined) {
    map = collectAllowed(catalog.tools);
    allowedByCatalog.set(catalog, map);
  }
  return map;
}

/**
 * Allowed values by field name (`classification`) and by the entity of the tool that takes it
 * (`committee:classification`): a name two tools allow different values for (a committee's
 * `committee`/`subcommittee`, a jurisdiction's `state`/`country`) is typed by entity only, so one
 * kind of thing never takes another's values.
 */
function collectAllowed(tools: readonly CatalogTool[]): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  const conflicting = new Set<string>();
  for (const tool of tools) {
    const entity = singular(entityType(tool))
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
    for (const [name, declared] of Object.entries(((tool.spec.inputSchema as Json)['properties'] ?? {}) as Record<string, Json>)) {
      if (declared === null || typeof declared !== 'object') continue;
      // an enumeration wrapped in a one-branch `allOf` (FastAPI's `JurisdictionClassification`) allows its values as well
      const schema = unwrapped(declared);
      const key = name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
      const enumerated = Array.isArray(schema['enum'])
        ? (schema['enum'] as unknown[]).filter((value): value is string => typeof value === 'string' && value !== '')
        : [];
      const described =
        schema['type'] === 'string' || schema['type'] === undefined
          ? descriptionHints(schema).allowed.filter((value) => value.length <= 40 && !/\s{2}|[()]/.test(value))
          : [];
      let values = enumerated.length >= 2 ? enumerated : described.length >= 2 ? described : [];
      // a status a filter may ask for ("failed") is not one a successful result reports of itself
      if (/^(status|state|result)$/.test(key))
        values = values.filter(
          (value) =>
            !/^(error|errored|fail|failed|failure|fault|denied|forbidden|unauthorized|not[ _-]?found|invalid|rejected)$/i.test(value),
        );
      if (values.length === 0) continue;
      if (!map.has(`${entity}:${key}`)) map.set(`${entity}:${key}`, values);
      const before = map.get(key);
      if (before !== undefined && before.join('\u0000') !== values.join('\u0000')) conflicting.add(key);
      else if (before === undefined && !conflicting.has(key)) map.set(key, values);
    }
  }
  for (const key of conflicting) map.delete(key);
  return map;
}

/** A schema whose only content is one `allOf` branch (a referenced enumeration, with a description beside it), as that branch. */
function unwrapped(schema: Json): Json {
  const branches = schema['allOf'];
  if (!Array.isArray(branches) || branches.length !== 1 || schema['enum'] !== undefined) return schema;
  const branch = branches[0] as unknown;
  return branch !== null && typeof branch === 'object' && !Array.isArray(branch)
    ? { ...(branch as Json), ...schema, allOf: undefined }
    : schema;
}

interface EntityId {
  idSchema?: Json;
  idName?: string;
}

const idSchemas = new WeakMap<Catalog, Map<string, { schema: Json; name: string }>>();

/** Each entity of the catalog's id parameter (name and schema shaped by the name), from the first tool that takes one. */
function catalogIds(catalog: Catalog | undefined): Map<string, { schema: Json; name: string }> {
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
function entityId(catalog: Catalog | undefined, tool: CatalogTool): EntityId {
  const entity = entityType(tool);
  const own = ['read', 'update', 'delete'].includes(entityAction(tool)) ? idSchemaOf(tool, entity) : undefined;
  const found = own ?? catalogIds(catalog).get(entity) ?? idSchemaOf(tool, entity);
  return found === undefined ? {} : { idSchema: found.schema, idName: found.name };
}

/** The entity the `key` argument of `tool` names, by its name or description (`articleId`, a bare `id` "Episode id."). */
function argumentEntity(tool: CatalogTool, key: string): string {
  const schema = (((tool.spec.inputSchema as Json)['properties'] ?? {}) as Record<string, Json | undefined>)[key];
  const description = typeof schema?.['description'] === 'string' ? schema['description'] : undefined;
  return idArgumentEntity(key, entityType(tool), description);
}

const parentRecords = new WeakMap<CatalogTool, boolean>();

/**
 * Whether `tool` answers with the record of `parent` itself: its declared result is the one a tool
 * that reads a `parent` by id declares (Impala's `update_booking_contact` returns the booking).
 */
function answersWithRecordOf(catalog: Catalog | undefined, tool: CatalogTool, parent: string): boolean {
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
function managedEntities(catalog: Catalog | undefined): Set<string> {
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
function lookupField(args: Json, world: WorldTables, tool: CatalogTool): ReturnType<WorldTables['findBy']> {
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

/** Every value a call sent, as text (nested ones too). */
function sentValues(args: Json): Set<string> {
  const sent = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
    else if (typeof value === 'number' || typeof value === 'string') sent.add(String(value));
  };
  collect(args);
  return sent;
}
