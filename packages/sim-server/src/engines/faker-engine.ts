import { withoutRelabelled, type SeenRecords } from './world-relabel.js';
import { statusPairs } from './world-status-pairs.js';
import { rememberSettled, settledStaySettled } from './world-settled.js';
import { coherentArguments } from './values/known-facts.js';
import type { Faker, Randomizer } from '@faker-js/faker';
import { canonicalJson, createRandom, seedFrom, type Random, type SchemaValidator, SOURCE_META_KEY } from '@inftool/core';
import type { CatalogTool } from '../catalog/catalog.js';
import type { EngineContext, EngineResult, SimulationEngine } from './engine.js';
import { entityAction, entityIdArgument, entityType, nameWords, singular } from './entity-rules.js';
import { idKeys, locateRecord } from './record-projection.js';
import { allowedValues } from './allowed-values.js';
import { answersWithRecordOf, argumentEntity, catalogIds, entityId, ID_NAME, lookupField, managedEntities } from './catalog-ids.js';
import { fileCommandOf, fileCommandResult } from './file-commands.js';
import { generationSchema } from './cut-schemas.js';
import { askedListSize, sizedSchema } from './sized-lists.js';
import { FILE_COMMAND_TOPIC, inferOutputSchema, type InferredOutput, type ResultKind } from './infer-output-schema.js';
import { minimalValue } from './minimal-value.js';
import { withSystemSense } from './described-fields.js';
import { apiHost } from './values/topic.js';
import { generateValue } from './value-generator.js';
import { onePlace } from './values/places.js';
import { idShape, referenceTime } from './world.js';
import { batchIds, RESULT_OPTIONAL_RATE, WorldWalker, type Generate, type WorldWalkerOptions } from './world-walker.js';
import { harmonizeResult } from './world-facts.js';
import { oneEntityPerId } from './world-entities.js';
import { fitKinds } from './world-search.js';
import { valuesOfKind } from './kind-values.js';
import { honourAskedDay, honourPlaces, honourSides } from './world-arguments.js';
import { coherentPages } from './world-paging.js';
import { coherentSeries } from './world-series.js';
import { oneReportWorld } from './world-reports.js';
import { climateWeather } from './world-climate.js';
import { coherentWeather } from './world-weather.js';
import { fitCall } from './world-fit-call.js';
import { cityTimeZones } from './values/famous-records.js';
import { truePlaceRecords } from './place-records.js';
import { recordsTrueToPlace } from './record-places.js';
import { oneStoryPerRecord, searchedFor } from './world-stories.js';
import { oneTextPerRecord } from './world-texts.js';
import { keptLists } from './world-lists.js';
import { storeKeys } from './world-store-keys.js';
import { stateOutcome } from './operation-outcome.js';
import { doneOutcome, writeAction } from './write-outcome.js';
import { computedIntoSchema } from './compute-explicit.js';
import { domainResult } from './domain-results.js';
import { withoutInvalidParts } from './prune-invalid.js';
import { distinctIntegers } from './distinct-integers.js';
import { apiTitle, nameTheService } from './result-topics.js';
import type { WorldTables } from './world-tables.js';

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
    const valid = (candidate: Json): boolean => schema === undefined || this.validator.validate(schema, candidate).valid;
    const call: CallResult = { context, value: value as Json, world, action, valid, ...readTarget(context, action) };
    const shown = new Map([...world.seen].map(([id, entry]) => [id, { kind: entry.kind, facts: { ...entry.facts } }]));
    const first = harmonizeCall(call, true) ?? harmonizeCall(call, false) ?? harmonizeCall(call, true, true) ?? (value as Json);
    const serial = kept(first, valid, (copy) =>
      coherentSeries(copy, context.arguments, context.tool.spec.name, referenceTime(context.world ?? '')),
    );
    // the counts of a region at a moment are the same from every report and chart of the session
    const ordered = kept(serial, valid, (copy) => oneReportWorld(copy, context.arguments, context.world ?? ''));
    // weather a meteorologist would believe: percents, min ≤ temp ≤ max, no snow when warm, smooth series
    const weather = kept(ordered, valid, (copy) => coherentWeather(copy, context.arguments));
    // a result that fits its call and agrees with itself: the symbol and place asked, filters and dates honoured, counts that add up
    const fitted = fitCall(weather, { args: context.arguments, action, valid, kept, sent: world.sent });
    // the fit may move a record to another city: its time zone follows
    const zoned = kept(fitted, valid, (copy) => {
      cityTimeZones(copy, context.arguments);
      truePlaceRecords(copy);
    });
    // a record's country, post code, point, phones, money and IBAN are its place's
    const placed = kept(zoned, valid, (copy) => recordsTrueToPlace(copy, context.arguments));
    // weather its place and moment allow, once the record sits in its city: seasonal temperatures, local times, UV, AQI
    const series = kept(placed, valid, (copy) =>
      climateWeather(copy, context.arguments, context.tool.spec.name, referenceTime(context.world ?? '')),
    );
    // a last page's links: null, else left out, else (a schema that wants them) kept with a full page
    const modes = ['null', 'drop', 'full'] as const;
    const paged = modes.map((mode) => kept(series, valid, (copy) => coherentPages(copy, context.arguments, mode)));
    const harmonized = paged.find((candidate) => candidate !== series) ?? series;
    // a change whose output is only its status says what it changed (`Ticket 4 updated: priority set to 3.`)
    // a watchlist the session added to or removed from reads back as it now is
    const plain = keptLists(harmonized, context.arguments, context.tool.spec.name, world.facts, valid);
    // a store's keys the session used are in its listing of keys
    const listed = storeKeys(plain, context.arguments, context.tool.spec.name, world.facts, valid);
    const stated = stateOutcome(listed, schema, context.tool.spec.name, context.arguments);
    const told = stated !== listed && valid(stated) ? stated : listed;
    // a create or delete that answers went through: no drawn `status: "RJ"`, `available: false` (a failure is a planned fault)
    const write = writeAction(context.tool);
    const done = write === undefined ? told : doneOutcome(told, schema, write);
    const outcome = done !== told && valid(done) ? done : told;
    // the status a write's outcome settled on agrees with the fields beside it (a requisition just created lists no accounts)
    const paired = kept(outcome, valid, (copy) => statusPairs(copy, context.arguments));
    // a record the session saw settled (cancelled, delivered) is never under way again
    const final = kept(paired, valid, (copy) => settledStaySettled(copy, world, context.tool.spec.name));
    rememberSettled(final, world);
    // what a create or an update sent is the record's from now on: later results keep it as sent
    if (action === 'create' || action === 'update') sentScalars(context.arguments, world.sent);
    return {
      ...result,
      structuredContent: action === 'read' || action === 'list' ? unrelabelled(final, context.arguments, shown, world, valid) : final,
    };
  }

  private async simulate(context: EngineContext): Promise<EngineResult> {
    const simulation = await this.prepare(context);
    const { inferred } = simulation;
    // a file-system command answers from the file's lines, as such tools do (`cat` → file_content, `wc` → count),
    // whether its output schema is declared (BFCL's multi-turn file system) or inferred
    const command = inferred?.topic === FILE_COMMAND_TOPIC ? inferred.words[0] : fileCommandOf(context.tool);
    if (command !== undefined) {
      const answer = fileCommandResult(command, context.arguments);
      const { explicit } = simulation;
      if (answer !== undefined && (explicit === undefined || this.validator.validate(explicit, answer).valid))
        return { structuredContent: answer };
    }
    // a history, battle, contribution or device-setting tool answers from real facts or from the call itself
    const known = inferred === undefined ? undefined : domainResult(inferred.words, context.tool.spec.description ?? '', context.arguments);
    if (known !== undefined) return { structuredContent: known };
    const action = inferred?.kind ?? entityAction(context.tool);
    return worldResult(simulation, action) ?? this.drawnResult(simulation);
  }

  /** How this call draws its values, the schema its result is made from, and the walker over the session's world. */
  private async prepare(context: EngineContext): Promise<Simulation> {
    const faker = this.faker ?? (await this.load());
    const { tool } = context;
    const worldSeed = context.world ?? '';
    const now = referenceTime(worldSeed);
    const allowed = allowedValues(context.catalog, tool);
    const description = toolContext(tool);
    const generate: Generate = (schema, name, seed, echo, optionalRate) =>
      this.generateSeeded(faker, schema, name, seed, now, echo, optionalRate, allowed, description);
    // what a result is made from: the declared schema, its cut properties grafted from the server's other tools
    // a call that asks for a number of items (`days: 20` of a forecast, `length: 10` notes) gets them
    const size = askedListSize(tool.spec.name, context.arguments);
    const declared = generationSchema(context.catalog, tool);
    const explicit = declared === undefined ? undefined : sizedSchema(declared, size, true);
    const drawn = declared === undefined ? inferOutputSchema(tool) : undefined;
    const inferred =
      drawn === undefined || size === undefined
        ? drawn
        : { ...drawn, schema: sizedSchema(drawn.schema, size, false), record: sizedSchema(drawn.record, size, false) };
    const walkerOptions: WorldWalkerOptions = {
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
    return { context, generate, explicit, inferred, walkerOptions, walker: new WorldWalker(walkerOptions) };
  }

  /** A result no record of the world gives: reads without an id and computations, drawn from the world and the arguments. */
  private drawnResult({ context, generate, explicit, inferred, walker }: Simulation): EngineResult {
    const { tool } = context;
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
    if (!generated.ok) return generated;
    const varied = variedVersion(this.atKnownCity(generated, schema, seed, context), schema, seed, this.validator);
    // a call that names a famous thing asks of it as it is (the Battle of Waterloo in 1815, at Waterloo)
    const told = varied.ok ? coherentArguments(varied.value) : undefined;
    return told !== undefined && told !== (varied as { value: Json }).value && this.validator.validate(schema, told).valid
      ? { ok: true, value: told }
      : varied;
  }

  /**
   * Arguments that speak of a place in two ways or more (a point, a city and its country, an address's
   * post code and currency) speak of one real city, drawn by the seed (`values/places.ts`), so that the
   * answer can name the place and no part contradicts another. An API about Germany keeps its German places.
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
    const placed = onePlace(
      value as Record<string, unknown>,
      seed,
      (candidate) => this.validator.validate(schema, candidate as Json).valid,
    );
    return { ok: true, value: placed as Json };
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
  const source = spec._meta?.[SOURCE_META_KEY];
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

/** One call being simulated: how it draws values, the schema its result is made from, the walker over the session's world. */
interface Simulation {
  context: EngineContext;
  generate: Generate;
  explicit: Json | undefined;
  inferred: InferredOutput | undefined;
  walkerOptions: WorldWalkerOptions;
  walker: WorldWalker;
}

/**
 * The result the session's world gives: a batch of records by their ids, a record by its id (or its
 * parent's), one found by a field an earlier result showed, a list or a create; undefined when the
 * call's result is drawn afresh.
 */
function worldResult(simulation: Simulation, action: ResultKind): EngineResult | undefined {
  const { context, walker, explicit, inferred } = simulation;
  const { tool } = context;
  // A lookup of several records by their ids answers with exactly those records.
  // (`post_evidence_by_id` with a body of ids reads, though it is sent as a POST)
  const looksUp =
    action === 'read' || action === 'list' || action === 'other' || (action === 'create' && nameWords(tool.spec.name).includes('by'));
  const batch = looksUp ? batchIds(context.arguments, entityType(tool)) : undefined;
  if (batch !== undefined) return walker.batch(batch, explicit, inferred);
  const idArgument = entityIdArgument(context.arguments, entityType(tool));
  const ofParent = idArgument === undefined ? undefined : parentResult(simulation, action, idArgument);
  if (ofParent !== undefined) return ofParent;
  // (a read by a bare account key that names a place, `gsi_prediction(zip, key)`, is a reading of the place: seeded by it below)
  if (
    idArgument &&
    (action === 'read' || action === 'update' || action === 'delete') &&
    !(action === 'read' && keyOfSubject(idArgument[0], context.arguments))
  )
    return walker.byId(action, idArgument, explicit, inferred);
  // A read by a field an earlier result showed (`reference`, `slug`, `code`) finds the record that carries it.
  if (idArgument === undefined && (action === 'read' || action === 'other')) {
    const found = foundResult(simulation);
    if (found !== undefined) return found;
  }
  // a read that lists a collection named by a key (`posts_get_latest(indexKind, indexKey)`) lists the world's members of it
  const lister = idArgument === undefined && (action === 'read' || action === 'other') ? collectionLister(context, explicit) : undefined;
  if (lister !== undefined) return new WorldWalker({ ...simulation.walkerOptions, ...lister }).list(explicit, undefined);
  if (action === 'list') return walker.list(explicit, inferred);
  if (action === 'create') return walker.create(explicit, inferred);
  return undefined;
}

/**
 * A call whose id argument names another entity (`articleId` on `get_articles_article_id_units`):
 * the parent of what the tool reads, or the record a change of one of its parts answers with.
 */
function parentResult(simulation: Simulation, action: ResultKind, idArgument: [string, string]): EngineResult | undefined {
  const { context, walker, walkerOptions, explicit, inferred } = simulation;
  const { tool } = context;
  const parent = argumentEntity(tool, idArgument[0]);
  // a change of a part that answers with the whole parent record (`update_booking_contact` → the booking) changes the parent
  if (parent !== undefined && action === 'update' && answersWithRecordOf(context.catalog, tool, parent)) {
    const ids = catalogIds(context.catalog).get(parent);
    const owner = new WorldWalker({ ...walkerOptions, entity: parent, ...(ids ? { idSchema: ids.schema, idName: ids.name } : {}) });
    return owner.byId('update', idArgument, explicit, inferred);
  }
  if (
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
  return undefined;
}

/** A read by a field an earlier result showed (`reference`, `slug`, `code`): the record that carries it, or undefined. */
function foundResult({ context, walker, walkerOptions, explicit, inferred }: Simulation): EngineResult | undefined {
  const { tool } = context;
  const found = lookupField(context.arguments, walkerOptions.world, tool);
  if (found === undefined) return undefined;
  const ids = catalogIds(context.catalog).get(found.entity);
  const owner =
    found.entity === entityType(tool)
      ? walker
      : new WorldWalker({ ...walkerOptions, entity: found.entity, ...(ids ? { idSchema: ids.schema, idName: ids.name } : {}) });
  return owner.byId('read', [ids?.name ?? 'id', String(found.record.id)], explicit, inferred);
}

/** A result and what it is harmonized with: the session's world, the record the call reads, the output schema's check. */
interface CallResult {
  context: EngineContext;
  value: Json;
  world: WorldTables;
  action: ResultKind;
  /** The id of the record a read names, if any. */
  readId: string | number | undefined;
  /** Whether that id names the subject read about (a place read by an account key), not a record of its own. */
  subjectRead: boolean;
  /** The id of the record an update or a delete (a cancel) names: what its result says of it is the record's latest. */
  writeId?: string | number;
  valid: (candidate: Json) => boolean;
}

/** The record a call reads: its entity's id argument, else its one id argument (`place_id` on `air_quality`). */
function readTarget(
  context: EngineContext,
  action: ResultKind,
): { readId: string | number | undefined; subjectRead: boolean; writeId?: string | number } {
  const idArguments = Object.entries(context.arguments).filter(
    ([key, entry]) => ID_NAME.test(key) && (typeof entry === 'string' || typeof entry === 'number'),
  );
  const askedBy = entityIdArgument(context.arguments, entityType(context.tool)) ?? (idArguments.length === 1 ? idArguments[0] : undefined);
  const asked = askedBy?.[1];
  const readId =
    action !== 'create' && action !== 'update' && action !== 'delete' && (typeof asked === 'string' || typeof asked === 'number')
      ? asked
      : undefined;
  // a reading of a place by an account key is the place's, not a record of the key's
  const subjectRead = readId !== undefined && askedBy !== undefined && keyOfSubject(askedBy[0], context.arguments);
  const written = (action === 'update' || action === 'delete') && (typeof asked === 'string' || typeof asked === 'number');
  return { readId, subjectRead, ...(written ? { writeId: asked } : {}) };
}

/**
 * The result harmonized (`entities`: with one entity per id; `only`: that alone, when the rest
 * cannot be kept), or undefined when it no longer fits the output schema. What the session has seen
 * of each id is updated only when `entities` is asked and the result is kept.
 */
function harmonizeCall(call: CallResult, entities: boolean, only = false): Json | undefined {
  const { context, world, readId, subjectRead, valid } = call;
  // what the session has seen of each id changes only when the result it is read from is sent
  const seen = new Map([...world.seen].map(([id, entry]) => [id, { kind: entry.kind, facts: { ...entry.facts } }]));
  // a read listing a collection of another entity's records (`posts_get_latest` lists posts) is about those
  const entity = collectionLister(context, generationSchema(context.catalog, context.tool))?.entity ?? entityType(context.tool);
  const write = call.action !== 'read' && call.action !== 'list';
  const topId = subjectRead ? undefined : (readId ?? call.writeId);
  const options = { seen, entity, write, valid, sent: world.sent, ...(topId === undefined ? {} : { topId }) };
  const copy = structuredClone(call.value);
  valuesOfKind(copy, allowedValues(context.catalog, context.tool));
  if (only) oneEntityPerId(copy, context.arguments, seen, entity, write, valid, subjectRead ? undefined : readId);
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
        write,
      );
  fitKinds(harmonized, context.arguments);
  honourSides(harmonized, context.arguments);
  honourPlaces(harmonized, context.arguments);
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
  oneTextPerRecord(harmonized, world.facts, valid, sentValues(context.arguments));
  if (!valid(harmonized)) return undefined;
  if (entities) {
    world.seen.clear();
    for (const [id, entry] of seen) world.seen.set(id, entry);
  }
  return harmonized;
}

/** `value` without the listed records a sent filter relabelled (what the session was shown of them kept), if still valid. */
function unrelabelled(value: Json, args: Json, shown: SeenRecords, world: WorldTables, valid: (candidate: Json) => boolean): Json {
  const copy = structuredClone(value);
  const dropped = withoutRelabelled(copy, args, shown);
  if (dropped.length === 0 || !valid(copy)) return value;
  for (const id of dropped) {
    const before = shown.get(id);
    if (before !== undefined) world.seen.set(id, before);
  }
  return copy;
}

/** `value` changed by `change` (on a copy), if the change leaves it valid; else `value` as it was. */
function kept(value: Json, valid: (candidate: Json) => boolean, change: (copy: Json) => void): Json {
  const copy = structuredClone(value);
  change(copy);
  return valid(copy) ? copy : value;
}

/**
 * The entity whose records a read without an id lists, when a key argument names the collection
 * (`indexKey` on `posts_get_latest`) and the result is a list of records keyed as that entity's
 * reads key them: the tool's entity, else the first word of its name that is an entity (`posts` → post).
 */
function collectionLister(
  context: EngineContext,
  explicit: Json | undefined,
): { entity: string; idSchema?: Json; idName?: string } | undefined {
  const { tool, arguments: args } = context;
  if (explicit === undefined) return undefined;
  const keyed = Object.entries(args).some(
    ([key, value]) => ID_NAME.test(key) && (typeof value === 'string' || typeof value === 'number') && String(value) !== '',
  );
  if (!keyed) return undefined;
  const ids = catalogIds(context.catalog);
  const entity = [entityType(tool), ...nameWords(tool.spec.name).map(singular)].find((candidate) => ids.has(candidate));
  if (entity === undefined) return undefined;
  const id = ids.get(entity)!;
  const location = locateRecord(explicit, true, entity);
  if (location === undefined || idKeys(location.schema, id.name, entity).length === 0) return undefined;
  return { entity, idSchema: id.schema, idName: id.name };
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

/** Adds the strings and numbers of `args` (nested ones too, a JSON body's too) to `into`. */
function sentScalars(args: unknown, into: Set<string>): void {
  if (typeof args === 'string') {
    into.add(args);
    if (/^\s*[[{]/.test(args))
      try {
        sentScalars(JSON.parse(args), into);
      } catch {
        /* not a document */
      }
  } else if (typeof args === 'number') into.add(String(args));
  else if (Array.isArray(args)) for (const item of args) sentScalars(item, into);
  else if (typeof args === 'object' && args !== null) for (const item of Object.values(args)) sentScalars(item, into);
}
