import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '@inftool/core';
import { compareValidators, differentialCases, mutations } from './differential.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSchema, scaffoldServer } from './scaffold.js';
import { evaluateZodSource, withoutDefaults, zodSource } from './zod-source.js';

const validator = new SchemaValidator();
const tool = { name: 'book_table', description: 'Book a table at a restaurant.', inputSchema: { type: 'object' as const } };

const booking = {
  type: 'object',
  properties: {
    restaurant_id: { type: 'string', pattern: '^R[0-9]{4}$' },
    party_size: { type: 'integer', minimum: 1, maximum: 12 },
    email: { type: 'string', format: 'email' },
    seating: { type: 'string', enum: ['indoor', 'terrace'] },
    notes: { type: 'string', maxLength: 20 },
    guests: { type: 'array', items: { type: 'string', minLength: 2 }, maxItems: 3 },
  },
  required: ['restaurant_id', 'party_size'],
  additionalProperties: false,
};

describe('differential cases', () => {
  it('makes every kind of mutation, each one rejected by Ajv, from a valid sample', () => {
    const sample = { restaurant_id: 'R1234', party_size: 4, email: 'ana@example.com', seating: 'indoor', notes: 'window', guests: ['Bo'] };
    expect(validator.validate(booking, sample).valid).toBe(true);
    const found = mutations(booking, sample);
    const kinds = new Set(found.map((mutation) => mutation.kind));
    for (const kind of [
      'wrong-type',
      'missing-required',
      'out-of-range',
      'length',
      'pattern',
      'format',
      'enum',
      'not-integer',
      'extra-property',
    ])
      expect(kinds, kind).toContain(kind);
    expect(found.map((mutation) => mutation.path)).toEqual(
      expect.arrayContaining(['$.restaurant_id', '$.party_size', '$.guests[0]', '$.unexpected_field']),
    );
    const cases = differentialCases(booking, { tool, samples: 4, maxCases: 500 });
    const mutated = cases.filter((entry) => entry.kind !== 'sample');
    const acceptedByAjv = mutated.filter((entry) => validator.validate(booking, entry.value).valid);
    expect(mutated.length).toBeGreaterThan(20);
    expect(acceptedByAjv).toEqual([]);
  });

  it('samples values the schema accepts, deterministically for a seed', () => {
    const first = differentialCases(booking, { tool, seed: 'a' });
    expect(differentialCases(booking, { tool, seed: 'a' })).toEqual(first);
    const samples = first.filter((entry) => entry.kind === 'sample');
    expect(samples.length).toBeGreaterThan(2);
    for (const sample of samples) expect(validator.validate(booking, sample.value)).toEqual({ valid: true });
  });

  it('counts agreement and keeps the disagreements', () => {
    const cases = differentialCases(booking, { tool, maxCases: 40 });
    const ajv = (value: unknown): boolean => validator.validate(booking, value).valid;
    expect(compareValidators(cases, ajv, ajv).agreed).toBe(cases.length);
    const lenient = compareValidators(cases, ajv, () => true);
    expect(lenient.agreed).toBe(cases.filter((entry) => ajv(entry.value)).length);
    expect(lenient.disagreements[0]).toMatchObject({ ajv: false, zod: true });
  });
});

describe('generated zod, checked against Ajv', () => {
  it('uses the generated schema when it agrees on every case', () => {
    const check = checkSchema(booking, validator, tool, {});
    expect(check.uses).toBe('zod');
    expect(check.agreed).toBe(check.cases);
    expect(check.source).toContain('.strict()');
  });

  it('falls back where json-schema-to-zod drops `required` of an object without properties (a BFCL shape)', () => {
    const schema = {
      type: 'object',
      properties: { population: { type: 'object', description: 'adults, children', required: ['adults', 'children'] } },
      required: ['population'],
    };
    const check = checkSchema(schema, validator, tool, {});
    expect(check.uses).toBe('fallback');
    expect(check.reason).toMatch(/zod accepts what Ajv rejects \(missing-required at \$\.population\.adults\)/);
  });

  it('falls back when the generated zod does not run under zod 4 (format ipv4 → .ip())', () => {
    const check = checkSchema({ type: 'object', properties: { address: { type: 'string', format: 'ipv4' } } }, validator, tool, {});
    expect(check).toMatchObject({ uses: 'fallback', cases: 0 });
    expect(check.reason).toMatch(/does not run under zod 4: .*ip/);
  });

  it('leaves `default` keywords out, so a property with a default stays optional and no default is sent', () => {
    const schema = {
      type: 'object',
      properties: { default: { type: 'string', default: 'x' }, count: { type: 'integer', default: '' } },
      required: [],
    };
    expect(withoutDefaults(schema)).toEqual({
      type: 'object',
      properties: { default: { type: 'string' }, count: { type: 'integer' } },
      required: [],
    });
    const zod = evaluateZodSource(zodSource(schema));
    expect(zod.parse({})).toEqual({});
    expect(zod.safeParse({ count: 'ten' }).success).toBe(false);
  });
});

describe('scaffoldServer', () => {
  it('leaves a directory with other files alone, and names the files', async () => {
    const out = await mkdtemp(join(tmpdir(), 'inftool-scaffold-out-'));
    try {
      await writeFile(join(out, 'notes.txt'), 'mine');
      const treeFile = fileURLToPath(new URL('../../../../examples/demo-tree.json', import.meta.url));
      await expect(scaffoldServer({ treeFile, server: 'skyways', out, mode: 'simulated' })).rejects.toThrow(
        /already holds files \(notes\.txt\) and is not a scaffolded project/,
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
