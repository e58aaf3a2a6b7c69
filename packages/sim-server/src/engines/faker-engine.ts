import type { Faker, Randomizer } from '@faker-js/faker';
import { createRandom, formatIssues, type Random, type SchemaValidator } from '@inftool/core';
import type { EngineContext, EngineResult, SimulationEngine } from './engine.js';
import { entityAction, entityIdArgument, entityType } from './entity-rules.js';
import { generateValue } from './value-generator.js';

type Json = Record<string, unknown>;

/** When a tool has no outputSchema, the faker engine answers in this generic shape. */
const GENERIC_RESULT_SCHEMA: Json = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['ok', 'success', 'completed'] },
    message: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
  },
  required: ['status'],
};

const ATTEMPTS = 5;

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
 * Deterministic and model-free. Values come from the output schema and property names, seeded by
 * tool + arguments + session, with entity memory: what a `create_*` call made, a later `get_*`
 * with its id reads back, `update_*` changes and `delete_*` removes.
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
    const faker = this.faker ?? (await this.load());
    const { tool, session } = context;
    const action = entityAction(tool);
    const entity = entityType(tool);
    const idArgument = entityIdArgument(context.arguments, entity);
    const outputSchema = tool.spec.outputSchema as Json | undefined;

    if (idArgument && (action === 'read' || action === 'update' || action === 'delete')) {
      const id = idArgument[1];
      const found = session.recall(entity, id);
      if (found === undefined && (session.wasDeleted(id) || session.entities.has(entity))) {
        return { isError: true, content: [{ type: 'text', text: `404 Not Found: ${entity} "${id}" does not exist${session.wasDeleted(id) ? ' (it was deleted)' : ''}` }] };
      }
      if (found !== undefined) {
        if (action === 'delete') {
          session.forget(found.entity, id);
          return this.checked(faker, outputSchema, { id, status: 'deleted' }, context);
        }
        if (action === 'update') {
          const updated = { ...found.value, ...context.arguments, id };
          session.remember(found.entity, id, updated);
          return this.checked(faker, outputSchema, updated, context);
        }
        return this.checked(faker, outputSchema, found.value, context);
      }
    }

    const value = this.generate(faker, outputSchema ?? GENERIC_RESULT_SCHEMA, context);
    if (!value.ok) return { isError: true, content: [{ type: 'text', text: `faker engine could not produce a value matching the outputSchema of ${tool.spec.name}: ${value.error}` }] };
    const result = value.value;
    if (outputSchema === undefined) {
      if (action === 'list') result['items'] = session.list(entity).slice(0, 20);
      Object.assign(result, echoArguments(context.arguments, result));
    }
    if (action === 'create') {
      // A created thing gets a fresh id (never an echoed argument such as a flight_id).
      const declared = outputSchema === undefined ? undefined : result['id'] ?? result[`${entity}_id`];
      const id = typeof declared === 'string' || typeof declared === 'number' ? String(declared) : `${entity.slice(0, 3)}_${faker.string.alphanumeric({ length: 10, casing: 'lower' })}`;
      if (outputSchema === undefined) result['id'] = id;
      session.remember(entity, id, { ...context.arguments, ...result, id });
    }
    return { structuredContent: result };
  }

  /**
   * A value for an object `schema` (arguments for a tool, say), seeded and checked like a result:
   * the harness's offline task sampler plans arguments with it.
   */
  async sampleObject(schema: Json, name: string, seed: number, optionalRate?: number): Promise<{ ok: true; value: Json } | { ok: false; error: string }> {
    const faker = this.faker ?? (await this.load());
    return this.generateSeeded(faker, schema, name, seed, undefined, optionalRate);
  }

  private generate(faker: Faker, schema: Json, context: EngineContext): { ok: true; value: Json } | { ok: false; error: string } {
    return this.generateSeeded(faker, schema, context.tool.spec.name, context.seed, context.arguments);
  }

  /** Generates a value for `schema`, retrying with the next seeds until it validates. */
  private generateSeeded(faker: Faker, schema: Json, name: string, seed: number, echo?: Json, optionalRate?: number): { ok: true; value: Json } | { ok: false; error: string } {
    let lastError = '';
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      faker.seed(seed + attempt);
      // The first try echoes the arguments where names match (a search for CDG returns CDG flights).
      const value = generateValue(schema, name, { faker, root: schema, ...(attempt === 0 && echo ? { echo } : {}), ...(optionalRate === undefined ? {} : { optionalRate }) });
      const check = this.validator.validate(schema, value);
      if (check.valid) return { ok: true, value: value as Json };
      lastError = formatIssues(check.issues);
    }
    return { ok: false, error: lastError };
  }

  /** A stored entity answers a read only if it fits the outputSchema; otherwise a fresh value does. */
  private checked(faker: Faker, outputSchema: Json | undefined, value: Json, context: EngineContext): EngineResult {
    if (outputSchema === undefined || this.validator.validate(outputSchema, value).valid) return { structuredContent: value };
    const fresh = this.generate(faker, outputSchema, context);
    return fresh.ok ? { structuredContent: fresh.value } : { isError: true, content: [{ type: 'text', text: fresh.error }] };
  }
}

/** Scalar arguments echoed into a generic result, as APIs echo what they were asked. */
function echoArguments(args: Json, result: Json): Json {
  const echoed: Json = {};
  for (const [key, value] of Object.entries(args)) {
    if (!(key in result) && (typeof value !== 'object' || value === null)) echoed[key] = value;
  }
  return echoed;
}
