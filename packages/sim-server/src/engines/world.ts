import RandExpModule from 'randexp';
import { createRandom, sha256Hex, type ToolSpec, SIMULATION_META_KEY } from '@inftool/core';
import type { CatalogTool } from '../catalog/catalog.js';
import { entityAction, entityIdArgument, entityType, idArgumentEntity, type EntityAction } from './entity-rules.js';
import { descriptionHints, namespacedIdentifier } from './values/description-hints.js';
import { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from './known-biomedical.js';
import { ECO_TERMS } from './values/real-things.js';
import { literalFits } from './values/schema-tools.js';
import { serviceId } from './values/service-ids.js';
import { oneCaseHex } from './values/strings.js';

// randexp is CommonJS: its types put the class on `.default`, its runtime exports the class itself.
type RandExpClass = typeof RandExpModule.default;
const RandExp: RandExpClass =
  (RandExpModule as unknown as { default?: RandExpClass }).default ?? (RandExpModule as unknown as RandExpClass);

/** How many records of each entity type a fresh world holds. */
export const SEEDED_ENTITIES = 5;

/** What a tool does to the world, worked out from its definition alone (the planner needs no catalog). */
export function toolEntity(spec: ToolSpec): { entity: string; action: EntityAction } {
  const tool = { spec, place: {}, hints: (spec._meta?.[SIMULATION_META_KEY] ?? {}) as CatalogTool['hints'] } satisfies CatalogTool;
  return { entity: entityType(tool), action: entityAction(tool) };
}

/** The parameter of `spec` that names an existing record (`order_id`, `id`, `petId`...), if any. */
export function entityIdParameter(spec: ToolSpec): string | undefined {
  const { entity } = toolEntity(spec);
  const schemas = (spec.inputSchema.properties ?? {}) as Record<string, unknown>;
  const properties = Object.fromEntries(Object.keys(schemas).map((name) => [name, 'x']));
  const name = entityIdArgument(properties, entity)?.[0];
  const schema = name === undefined ? undefined : schemas[name];
  if (name !== undefined && schema !== null && typeof schema === 'object') idNames.set(schema, name);
  return name;
}

/**
 * The names of id parameters, by their schema object: a caller that found the parameter with
 * `entityIdParameter` and passes its schema to `seededEntityIds` gets ids shaped by the name too
 * (`guid` → a UUID) without passing it.
 */
const idNames = new WeakMap<object, string>();

/** An id parameter's schema with what its name and description say made explicit: `guid`, `uuid`, "a UUID" → `format: uuid`. */
export function idShape(idSchema: Record<string, unknown> | undefined, name?: string): Record<string, unknown> | undefined {
  const named = name ?? (idSchema === undefined ? undefined : idNames.get(idSchema));
  const description = typeof idSchema?.['description'] === 'string' ? idSchema['description'] : '';
  if (idSchema?.['format'] !== undefined || idSchema?.['pattern'] !== undefined || idSchema?.['enum'] !== undefined) return idSchema;
  const type = idSchema?.['type'];
  if (type !== undefined && type !== 'string' && !(Array.isArray(type) && type.includes('string'))) return idSchema;
  if ((named !== undefined && /(^|_)(guid|uuid)$|(Guid|Uuid|GUID|UUID)$/.test(named)) || /\b(uuid|guid)\b/i.test(description))
    return { ...(idSchema ?? {}), format: 'uuid' };
  return idSchema;
}

/**
 * The ids of the `entity` records a world starts with: deterministic in (world, entity), and shaped
 * by the id parameter's schema where one is given: integers (within its bounds) for an integer id, a
 * UUID for `format: uuid` (or an id named `guid`/`uuid`), a string matching its `pattern` (`^FX[0-9a-f]{32}$`),
 * one of its `enum`, one in the shape of its examples (`ECO:0000269` → `ECO:0000413`, `CHEMBL25` →
 * `CHEMBL83`, from `examples` or an "e.g." in its description), an id of the namespace its
 * description names ("An Ensembl gene identifier" → `ENSG00000…`), else the shape a real service
 * would use (`serviceId`: a dated key for a news post, `4829130` otherwise).
 */
export function seededEntityIds(world: string, entity: string, given?: Record<string, unknown>, idName?: string): Array<string | number> {
  const idSchema = idShape(given, idName);
  const type = Array.isArray(idSchema?.['type']) ? (idSchema['type'] as unknown[]).find((entry) => entry !== 'null') : idSchema?.['type'];
  const ids = Array.from({ length: SEEDED_ENTITIES }, (_, index) => {
    const hash = sha256Hex(`${world}\u0000${entity}\u0000${index}`);
    if (type === 'integer' || type === 'number') return seededInteger(hash, idSchema ?? {});
    return seededString(hash, entity, idSchema ?? {}, referenceTime(world.split('\u0000')[0] ?? world).getTime());
  });
  return realIds(ids, `${world}\u0000${entity}`, idSchema ?? {});
}

/** Namespaces whose real identifiers the world knows facts of (a drug's name, a gene's symbol). */
const REAL_IDS: Array<[RegExp, string[]]> = [
  [/^CHEMBL\d+$/, Object.keys(KNOWN_DRUGS)],
  [/^EFO_\d+$/, Object.keys(KNOWN_DISEASES)],
  [/^ENSG\d{11}$/, Object.keys(KNOWN_GENES)],
  [/^ECO_\d{7}$/, Object.keys(ECO_TERMS)],
];

/**
 * Ids of a namespace the world knows real records of (`CHEMBL…`, `EFO_…`, `ENSG…`, `ECO_…`) replaced by real
 * ones, distinct and in an order drawn from `seed`: a drug the world holds is a real drug with its
 * real name and type, never a made-up number that the facts cannot speak for.
 */
function realIds(ids: Array<string | number>, seed: string, schema: Record<string, unknown>): Array<string | number> {
  const family = REAL_IDS.find(([shape]) => ids.every((id) => typeof id === 'string' && shape.test(id)));
  if (family === undefined) return ids;
  const real = family[1]
    .filter((id) => literalFits(id, schema))
    .map((id) => ({ id, rank: sha256Hex(`${seed}\u0000${id}`) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : 1))
    .map(({ id }) => id);
  return real.length < ids.length ? ids : real.slice(0, ids.length);
}

function seededInteger(hash: string, schema: Record<string, unknown>): number {
  const low = typeof schema['minimum'] === 'number' ? Math.ceil(schema['minimum']) : 1000;
  const high = typeof schema['maximum'] === 'number' ? Math.floor(schema['maximum']) : Math.max(low + 89_999, 99_999);
  return low + (parseInt(hash.slice(0, 8), 16) % Math.max(1, high - low + 1));
}

function seededString(hash: string, entity: string, schema: Record<string, unknown>, reference?: number): string {
  if (schema['format'] === 'uuid')
    return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
  if (typeof schema['pattern'] === 'string') {
    const matching = fromPattern(schema['pattern'], hash);
    if (matching !== undefined) return matching;
  }
  if (Array.isArray(schema['enum'])) {
    const values = schema['enum'].filter((value): value is string => typeof value === 'string' && value !== '');
    if (values.length > 0) return values[parseInt(hash.slice(0, 8), 16) % values.length] as string;
  }
  const known = knownShape(hash, schema);
  if (known !== undefined) return known;
  const random = createRandom(parseInt(hash.slice(24, 32), 16));
  let id = serviceId(entity, () => random.next(), 2024 + (parseInt(hash.slice(32, 34), 16) % 2), reference);
  const minLength = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
  const maxLength = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : undefined;
  if (id.length < minLength) id = (id + [...hash].map((character) => parseInt(character, 16) % 10).join('')).slice(0, minLength);
  if (maxLength !== undefined && id.length > maxLength) id = hash.slice(0, Math.max(1, maxLength));
  return literalFits(id, schema)
    ? id
    : `${
        entity
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 3)
          .toLowerCase() || 'id'
      }_${hash.slice(0, 10)}`;
}

/** An id-like example: letters and digits, no spaces, not a date (`ECO:0000269`, `CHEMBL25`, `MM8a1f…`). */
const ID_EXAMPLE = /^(?!\d{4}-\d{2}-\d{2})(?=.*\d)[A-Za-z0-9_.:-]{4,}$/;

/**
 * An id in the shape the schema shows for its values: like one of its `examples` (or `example`),
 * else like an id its description gives ("e.g. ECO:0000269"), else of the namespace the
 * description names; undefined when nothing is known or no such id fits the schema.
 */
function knownShape(hash: string, schema: Record<string, unknown>): string | undefined {
  const random = createRandom(parseInt(hash.slice(8, 16), 16));
  const given = [...(Array.isArray(schema['examples']) ? (schema['examples'] as unknown[]) : []), schema['example']];
  const examples = given.filter((value): value is string => typeof value === 'string' && ID_EXAMPLE.test(value));
  const described = descriptionHints(schema).examples.filter((value) => ID_EXAMPLE.test(value));
  const candidates: Array<string | undefined> = [];
  for (const example of examples.length > 0 ? examples : described) candidates.push(likeExample(example, random.next.bind(random)));
  if (typeof schema['description'] === 'string') {
    const draw = (count: number, alphabet: string) =>
      Array.from({ length: count }, () => alphabet[Math.floor(random.next() * alphabet.length)]).join('');
    candidates.push(
      namespacedIdentifier(
        schema['description'],
        (count) => draw(count, '0123456789'),
        (count) => draw(count, '0123456789abcdef'),
      ),
    );
  }
  const start = parseInt(hash.slice(16, 24), 16);
  const found = candidates.filter((candidate): candidate is string => candidate !== undefined && literalFits(candidate, schema));
  return found.length === 0 ? undefined : found[start % found.length];
}

/**
 * Another id in the shape of `example`: its leading letters (`ECO:`, `CHEMBL`, `ENSG`, `MM`) and the
 * leading zeros of its number kept, every other character drawn from its class (a digit for a
 * digit, hex for hex, a letter of the same case for a letter).
 */
export function likeExample(example: string, next: () => number): string {
  const lowerHex = /^[0-9a-f_.:-]+$/.test(example);
  const prefix = lowerHex ? '' : (/^[A-Z]{2,}(?=[0-9a-f]+$)|^[A-Za-z]+[_.:-]?(?=[0-9])|^[A-Za-z]+[_.:-]/.exec(example)?.[0] ?? '');
  const rest = example.slice(prefix.length);
  const zeros = /^[0-9]+$/.test(rest) ? (/^0*(?=.)/.exec(rest)?.[0] ?? '') : '';
  const hex = /^[0-9a-f_.:-]+$/.test(rest) && /[a-f]/.test(rest);
  const pick = (alphabet: string) => alphabet[Math.floor(next() * alphabet.length)] as string;
  let out = prefix + zeros;
  for (const [index, character] of [...rest.slice(zeros.length)].entries()) {
    if (hex && /[0-9a-f]/.test(character)) out += pick('0123456789abcdef');
    else if (/[0-9]/.test(character)) out += index === 0 && zeros === '' && rest.length > 1 ? pick('123456789') : pick('0123456789');
    else if (/[a-z]/.test(character)) out += pick('abcdefghijklmnopqrstuvwxyz');
    else if (/[A-Z]/.test(character)) out += pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    else out += character;
  }
  return out;
}

/** A string matching `pattern`, drawn from the hash (randexp on a generator seeded by it). */
function fromPattern(pattern: string, hash: string): string | undefined {
  try {
    const random = createRandom(parseInt(hash.slice(0, 8), 16));
    const generator = new RandExp(oneCaseHex(pattern));
    generator.max = 12;
    generator.randInt = (low: number, high: number) => low + Math.floor(random.next() * (high - low + 1));
    const value = generator.gen();
    return new RegExp(pattern, 'u').test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The earliest reference instant a world can have; each world adds up to about 400 days. */
const REFERENCE_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

/**
 * "Now" in the world of `seed`: the instant every generated date is relative to, derived from the
 * seed alone (never the wall clock), so the same seed gives the same dates on any day.
 */
export function referenceTime(seed: string): Date {
  const hash = parseInt(sha256Hex(`${seed}\u0000now`).slice(0, 8), 16);
  return new Date(REFERENCE_EPOCH + (hash % 400) * 86_400_000 + (hash % 9) * 3_600_000 + (hash % 4) * 900_000);
}

/**
 * The entity whose records the id parameter of `spec` names: the tool's own for a bare `id` or one
 * named for it, else the parent its name says (`articleId` on `get_articles_article_id_units` names
 * an article): the world looks the id up in that entity's table, so a planner seeds ids of it.
 */
export function idParameterEntity(spec: ToolSpec, parameter: string): string {
  const description = ((spec.inputSchema.properties ?? {}) as Record<string, { description?: unknown } | undefined>)[parameter]
    ?.description;
  return idArgumentEntity(parameter, toolEntity(spec).entity, typeof description === 'string' ? description : undefined);
}
