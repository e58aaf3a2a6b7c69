import { Faker, en } from '@faker-js/faker';
import { seedFrom, type SchemaValidator } from '@inftool/core';
import { generateValue } from '@inftool/sim-server';

type Schema = Record<string, unknown>;

/** How a case was made: a sampled value, or one mutation of a sampled value. */
export type CaseKind =
  | 'sample'
  | 'wrong-type'
  | 'missing-required'
  | 'out-of-range'
  | 'length'
  | 'pattern'
  | 'format'
  | 'enum'
  | 'not-integer'
  | 'extra-property';

/** One value checked by both validators. */
export interface DifferentialCase {
  kind: CaseKind;
  /** JSON path of the changed place (`$` for a sample). */
  path: string;
  value: unknown;
}

/** A case where the two validators disagree. */
export interface Disagreement extends DifferentialCase {
  ajv: boolean;
  zod: boolean;
}

export interface DifferentialResult {
  cases: number;
  agreed: number;
  /** The first few disagreements (enough to say why). */
  disagreements: Disagreement[];
  /** Cases by kind, and how many of them Ajv rejects (a mutation Ajv still accepts tests acceptance, not rejection). */
  byKind: Partial<Record<CaseKind, { cases: number; rejected: number }>>;
}

export interface DifferentialOptions {
  /** Sampled values per schema (each with its mutations). Defaults to 6. */
  samples?: number;
  /** Most cases per schema. Defaults to 120. */
  maxCases?: number;
  /** Seed of the sampler; same seed, same cases. */
  seed?: string;
  /** The tool the schema belongs to, so sampled values fit its topic. */
  tool?: { name: string; description?: string };
}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

const jsonType = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

function typesOf(schema: Schema): string[] | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string');
  return undefined;
}

const allows = (types: string[], value: unknown): boolean => {
  const type = jsonType(value);
  return types.includes(type) || (type === 'integer' && types.includes('number'));
};

/** A value of a JSON type the schema's `type` does not allow, or none when it allows every type. */
function wrongTyped(types: string[]): unknown {
  return ([12345, 'not the right type', true, null, [], {}] as unknown[]).find((value) => !allows(types, value));
}

/** Deep copy of `root` with the value at `path` (property names and indexes) replaced, or deleted when `value` is `DELETE`. */
const DELETE = Symbol('delete');
function withChange(root: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = withChange(copy[head as number], rest, value);
    return copy;
  }
  const copy = { ...(root as Schema) };
  if (rest.length === 0 && value === DELETE) delete copy[head as string];
  else copy[head as string] = withChange(copy[head as string], rest, value);
  return copy;
}

const pathText = (path: Array<string | number>): string =>
  '$' +
  path
    .map((step) => (typeof step === 'number' ? `[${step}]` : /^[A-Za-z_$][\w$]*$/.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`))
    .join('');

/** A string that the pattern does not match, if one of a few candidates is such. */
function breaksPattern(pattern: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  return ['', '~~ not matching ~~', '0', 'a', 'ZZZZZZZZZZZZ'].find((candidate) => !regex.test(candidate));
}

/**
 * Mutations of `value` (valid or not) against `schema`, each one change deep in the value: a wrong
 * type, a required property taken out, a number past a bound, a string too short or long, a broken
 * pattern or format, a value outside an enum, a fraction where an integer goes, an extra property
 * where `additionalProperties: false` forbids one. Follows `properties` and `items`.
 */
export function mutations(
  schema: unknown,
  value: unknown,
  path: Array<string | number> = [],
  depth = 0,
): Array<Omit<DifferentialCase, 'value'> & { change: [Array<string | number>, unknown] }> {
  if (!isSchema(schema) || depth > 6) return [];
  const out: Array<Omit<DifferentialCase, 'value'> & { change: [Array<string | number>, unknown] }> = [];
  const add = (kind: CaseKind, at: Array<string | number>, next: unknown): void =>
    void out.push({ kind, path: pathText(at), change: [at, next] });
  const types = typesOf(schema);
  if (types) {
    const wrong = wrongTyped(types);
    if (wrong !== undefined) add('wrong-type', path, wrong);
  }
  if (Array.isArray(schema['enum'])) add('enum', path, typeof value === 'number' ? 987654321 : 'not-one-of-the-listed-values');
  if (typeof value === 'number' || types?.some((type) => type === 'number' || type === 'integer')) {
    if (typeof schema['minimum'] === 'number') add('out-of-range', path, schema['minimum'] - 1);
    if (typeof schema['maximum'] === 'number') add('out-of-range', path, schema['maximum'] + 1);
    if (typeof schema['exclusiveMinimum'] === 'number') add('out-of-range', path, schema['exclusiveMinimum']);
    if (typeof schema['exclusiveMaximum'] === 'number') add('out-of-range', path, schema['exclusiveMaximum']);
    if (types?.includes('integer') && !types.includes('number')) add('not-integer', path, (typeof value === 'number' ? value : 1) + 0.5);
  }
  if (typeof value === 'string' || types?.includes('string')) {
    if (typeof schema['minLength'] === 'number' && schema['minLength'] > 0) add('length', path, 'x'.repeat(schema['minLength'] - 1));
    if (typeof schema['maxLength'] === 'number') add('length', path, 'x'.repeat(schema['maxLength'] + 1));
    if (typeof schema['pattern'] === 'string') {
      const broken = breaksPattern(schema['pattern']);
      if (broken !== undefined) add('pattern', path, broken);
    }
    if (typeof schema['format'] === 'string') add('format', path, `not a valid ${schema['format']}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && schema['minItems'] > 0) add('length', path, value.slice(0, schema['minItems'] - 1));
    if (typeof schema['maxItems'] === 'number' && value.length > 0)
      add(
        'length',
        path,
        Array.from({ length: schema['maxItems'] + 1 }, (_, index) => value[index % value.length]),
      );
    if (value.length > 0) out.push(...mutations(schema['items'], value[0], [...path, 0], depth + 1));
  }
  if (isSchema(value)) {
    const required = Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : [];
    for (const name of required) if (typeof name === 'string' && name in value) add('missing-required', [...path, name], DELETE);
    if (schema['additionalProperties'] === false) {
      const extra = ['unexpected_field', 'unexpected_field_2'].find((name) => !(name in value));
      if (extra !== undefined) add('extra-property', [...path, extra], 'surprise');
    }
    const properties = isSchema(schema['properties']) ? schema['properties'] : {};
    for (const [name, child] of Object.entries(properties)) {
      if (name in value) out.push(...mutations(child, value[name], [...path, name], depth + 1));
    }
  }
  return out;
}

/**
 * The cases a generated validator is checked on: values sampled from the schema by the faker
 * engine's value generator (optional properties left out in some, all present in others), and
 * mutations of each. Deterministic for a seed.
 */
export function differentialCases(schema: Schema, options: DifferentialOptions = {}): DifferentialCase[] {
  const samples = options.samples ?? 6;
  const maxCases = options.maxCases ?? 120;
  const name = options.tool?.name ?? 'value';
  const faker = new Faker({ locale: [en] });
  const cases: DifferentialCase[] = [];
  const seen = new Set<string>();
  const push = (entry: DifferentialCase): void => {
    const key = JSON.stringify(entry.value) ?? 'undefined';
    if (seen.has(key)) return;
    seen.add(key);
    cases.push(entry);
  };
  const sampled: unknown[] = [];
  for (let index = 0; index < samples; index += 1) {
    faker.seed(seedFrom(options.seed ?? 'scaffold', name, index));
    const value = generateValue(schema, name, {
      faker,
      root: schema,
      optionalRate: [0, 1, 0.5][index % 3] as number,
      context: { tool: name, ...(options.tool?.description ? { description: options.tool.description } : {}) },
    });
    sampled.push(value);
    push({ kind: 'sample', path: '$', value });
  }
  // Mutations round-robin over the samples, so a wide schema does not spend the budget on the first one.
  const perSample = sampled.map((value) => mutations(schema, value).map((mutation) => ({ mutation, value })));
  for (let round = 0; cases.length < maxCases && perSample.some((list) => list.length > round); round += 1) {
    for (const list of perSample) {
      const entry = list[round];
      if (entry === undefined || cases.length >= maxCases) continue;
      const [at, next] = entry.mutation.change;
      push({ kind: entry.mutation.kind, path: entry.mutation.path, value: withChange(entry.value, at, next) });
    }
  }
  return cases;
}

/** Something that says yes or no to a value (a zod schema's `safeParse`, Ajv's validate). */
export type Verdict = (value: unknown) => boolean;

/** Both validators on every case: agreement, the disagreements, and how often Ajv rejected each kind of mutation. */
export function compareValidators(cases: readonly DifferentialCase[], ajv: Verdict, zod: Verdict, keep = 5): DifferentialResult {
  const result: DifferentialResult = { cases: cases.length, agreed: 0, disagreements: [], byKind: {} };
  for (const entry of cases) {
    const byAjv = ajv(entry.value);
    let byZod: boolean;
    try {
      byZod = zod(entry.value);
    } catch {
      byZod = false;
    }
    const tally = (result.byKind[entry.kind] ??= { cases: 0, rejected: 0 });
    tally.cases += 1;
    if (!byAjv) tally.rejected += 1;
    if (byAjv === byZod) result.agreed += 1;
    else if (result.disagreements.length < keep) result.disagreements.push({ ...entry, ajv: byAjv, zod: byZod });
  }
  return result;
}

/** Ajv 2020-12 (the project's validator, formats on) as a verdict. */
export function ajvVerdict(validator: SchemaValidator, schema: Schema): Verdict {
  const validate = validator.compile(schema);
  return (value) => validate(value) === true;
}
