import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { SchemaValidator } from '@inftool/core';
import { FakerEngine } from './faker-engine.js';
import { DEFAULT_REFERENCE_TIME, generateValue } from './value-generator.js';
import { NAME_RULES, nameRule } from './values/name-rules.js';
import { descriptionHints } from './values/description-hints.js';

type Schema = Record<string, unknown>;
const faker = new Faker({ locale: [en] });

/** Values for `schema` over many seeds. */
function sample(schema: Schema, name: string, seeds = 40, options: { referenceTime?: number; tool?: string } = {}): unknown[] {
  return Array.from({ length: seeds }, (_, seed) => {
    faker.seed(seed + 1);
    return generateValue(schema, name, {
      faker,
      root: schema,
      ...(options.referenceTime === undefined ? {} : { referenceTime: options.referenceTime }),
      ...(options.tool === undefined ? {} : { context: { tool: options.tool } }),
    });
  });
}

function property(properties: Schema, required = Object.keys(properties)): Schema {
  return { type: 'object', properties, required };
}

const ruleIndex = (snake: string): number => NAME_RULES.findIndex(([pattern]) => pattern.test(snake));

describe('generateValue: names', () => {
  it('pins the rule order: specific names before the general ones they contain', () => {
    expect(ruleIndex('country_code')).toBeLessThan(ruleIndex('country'));
    expect(nameRule('country_code')).not.toBe(nameRule('country'));
    expect(ruleIndex('sha256')).toBeLessThan(ruleIndex('hash'));
    expect(nameRule('sha256')).not.toBe(nameRule('hash'));
    expect(nameRule('user_name')).not.toBe(nameRule('name'));
    expect(nameRule('created_at')).toBe(nameRule('due_date'));
    expect(ruleIndex('id_webhook')).toBeLessThan(ruleIndex('webhook'));
  });

  it('hashes have their lengths, header names included', () => {
    const [value] = sample(
      property({
        md5: { type: 'string' },
        sha1: { type: 'string' },
        sha256: { type: 'string' },
        'X-Amz-Content-Sha256': { type: 'string' },
      }),
      'get_lookup',
      1,
    ) as Array<Record<string, string>>;
    expect(value?.['md5']).toMatch(/^[0-9a-f]{32}$/);
    expect(value?.['sha1']).toMatch(/^[0-9a-f]{40}$/);
    expect(value?.['sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(value?.['X-Amz-Content-Sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never falls back to random dictionary words', () => {
    const words = new Set([...en.word!.adverb!, ...en.word!.conjunction!, ...en.word!.preposition!, ...en.word!.interjection!]);
    const schema = property({
      species: { type: 'string' },
      CallUUID: { type: 'string' },
      indexKind: { type: 'string' },
      postKind: { type: 'string' },
      'api-version': { type: 'string' },
      widget: { type: 'string' },
      thing: {},
    });
    for (const value of sample(schema, 'posts_get_all_keys', 60) as Array<Record<string, string>>) {
      for (const text of Object.values(value))
        expect(
          text.split(/\s+/).some((word) => words.has(word.toLowerCase())),
          text,
        ).toBe(false);
      expect(value['CallUUID']).toMatch(/^[0-9a-f-]{36}$/);
      expect(value['api-version']).toMatch(/^(\d{4}-\d{2}-\d{2}(-preview)?|v?\d+(\.\d+)*)$/);
    }
  });

  it('ids follow the schema: integers, uuids, a sibling example shape, else a number as a real service gives, never an invented prefix', () => {
    const values = sample(
      property({
        order_id: { type: 'string' },
        petId: { type: 'integer' },
        CallUUID: { type: 'string', format: 'uuid' },
        trackId: { type: 'string', examples: ['4iV5W9uYEdYUVa79Axb7Rh'] },
      }),
      'get_order',
      30,
    ) as Array<Record<string, unknown>>;
    for (const value of values) {
      expect(value['order_id']).toMatch(/^[1-9]\d{6}$/);
      expect(Number.isInteger(value['petId'])).toBe(true);
      expect(value['trackId']).toMatch(/^[A-Za-z0-9]{22}$/);
    }
    expect(new Set(values.map((value) => value['trackId'])).size).toBeGreaterThan(1);
    expect(new Set(values.map((value) => value['order_id'])).size).toBeGreaterThan(20);
    // a news post's key is dated, as a news service numbers its releases
    const posts = sample(property({ key: { type: 'string' } }), 'posts_get_one', 10, { tool: 'posts_get_one' }) as Array<
      Record<string, unknown>
    >;
    for (const post of posts) expect(post['key']).toMatch(/^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-\d{6}$/);
  });
});

describe('generateValue: query-string examples', () => {
  it('fills a city from its own examples or places, never with a country code', () => {
    const schema = property(
      {
        city: { type: 'string', description: 'City search.. Example - &city=Raleigh,NC or &city=Berlin,DE or city=Paris&country=FR' },
        country: { type: 'string', description: 'Country Code (2 letter).' },
      },
      ['city'],
    );
    const calls = sample(schema, 'get_current_city_city_country_country', 40, { tool: 'get_current_city_city_country_country' });
    for (const call of calls as Array<Record<string, unknown>>) expect(call['city']).not.toMatch(/^[A-Z]{2}$|&|=/);
  });
});

describe('generateValue: a water system record', () => {
  it('names the kind of area a system serves, never a label of `desc`', () => {
    const schema = property({ ServiceAreaTypeDesc: { type: 'string' } });
    const records = sample(schema, 'post_sdw_rest_services_get_qid', 20, { tool: 'post_sdw_rest_services_get_qid' });
    for (const record of records as Array<Record<string, unknown>>)
      expect(record['ServiceAreaTypeDesc']).toMatch(/^[A-Z][a-z]+([ /][A-Z][\w-]*)*$/);
  });
});

describe('generateValue: description hints', () => {
  it('parses date formats, ranges, examples and allowed lists', () => {
    expect(descriptionHints({ description: 'The date in YYYY-MM-DD format' }).dateFormat).toBe('YYYY-MM-DD');
    expect(descriptionHints({ description: 'Start date, yyyyMMdd' }).dateFormat).toBe('yyyyMMdd');
    expect(descriptionHints({ description: 'in the format mm/dd/yyyy' }).dateFormat).toBe('MM/dd/yyyy');
    expect(descriptionHints({ description: 'A value between 0 and 1' })).toMatchObject({ minimum: 0, maximum: 1 });
    expect(descriptionHints({ description: 'Month (1-12)' })).toMatchObject({ minimum: 1, maximum: 12 });
    expect(descriptionHints({ description: 'a number from 1 to 100' })).toMatchObject({ minimum: 1, maximum: 100 });
    expect(descriptionHints({ description: 'Page size, max 50' }).maximum).toBe(50);
    expect(descriptionHints({ description: "Specific type of guide. (eg: 'strategy', 'walkthrough')" }).examples).toEqual([
      'strategy',
      'walkthrough',
    ]);
    expect(descriptionHints({ description: 'Upload protocol for media (e.g. "raw", "multipart").' }).examples).toEqual([
      'raw',
      'multipart',
    ]);
    // query-string examples give the values of their own key, never another key's code
    expect(
      descriptionHints({ description: 'City search.. Example - &city=Raleigh,NC or &city=Berlin,DE or city=Paris&country=FR' }).examples,
    ).toEqual(['Raleigh, NC', 'Berlin, DE', 'Paris']);
    expect(descriptionHints({ description: 'One of: admin, normal or observer' }).allowed).toEqual(['admin', 'normal', 'observer']);
    expect(descriptionHints({ description: 'Unix timestamp in milliseconds' }).epoch).toBe('ms');
    expect(descriptionHints({ description: 'Format: projects/{project}/topics/{topic}' }).template).toBe(
      'projects/{project}/topics/{topic}',
    );
  });

  it('a stated format, range or example is what comes out', () => {
    const schema = property({
      day: { type: 'string', description: 'Day in yyyyMMdd format' },
      due: { type: 'string', description: 'Due date, MM/DD/YYYY' },
      probability: { type: 'number', description: 'A weight between 0 and 1' },
      limit: { type: 'integer', description: 'a number from 1 to 20' },
      upload_protocol: { type: 'string', description: 'Upload protocol for media (e.g. "raw", "multipart").' },
      role: { type: 'string', description: 'One of: admin, normal or observer' },
      topic: { type: 'string', description: 'Format: projects/{project}/topics/{topic}' },
    });
    for (const value of sample(schema, 'tool', 30) as Array<Record<string, unknown>>) {
      expect(value['day']).toMatch(/^20\d{6}$/);
      expect(value['due']).toMatch(/^\d{2}\/\d{2}\/20\d{2}$/);
      expect(value['probability']).toBeGreaterThanOrEqual(0);
      expect(value['probability']).toBeLessThanOrEqual(1);
      expect(value['limit']).toBeGreaterThanOrEqual(1);
      expect(value['limit']).toBeLessThanOrEqual(20);
      expect(['admin', 'normal', 'observer']).toContain(value['role']);
      expect(value['topic']).toMatch(/^projects\/[a-z0-9-]+\/topics\/topic-\d+$/);
    }
    expect(new Set(sample(schema, 'tool', 30).map((value) => (value as Record<string, unknown>)['upload_protocol'])).has('multipart')).toBe(
      true,
    );
  });
});

describe('generateValue: numbers and dates', () => {
  it('numbers have sense, and schema bounds win', () => {
    const schema = property({
      month: { type: 'integer' },
      hour: { type: 'integer' },
      page: { type: 'integer' },
      per_page: { type: 'integer' },
      rating: { type: 'number' },
      price: { type: 'number' },
      percent: { type: 'number' },
      year: { type: 'integer' },
      capped: { type: 'integer', minimum: 500, maximum: 510 },
    });
    for (const value of sample(schema, 'list_things', 50) as Array<Record<string, number>>) {
      expect(value['month']).toBeGreaterThanOrEqual(1);
      expect(value['month']).toBeLessThanOrEqual(12);
      expect(value['hour']).toBeLessThanOrEqual(23);
      expect(value['page']).toBeGreaterThanOrEqual(1);
      expect([5, 10, 20, 25, 50]).toContain(value['per_page']);
      expect(value['rating']).toBeGreaterThanOrEqual(1);
      expect(value['rating']).toBeLessThanOrEqual(5);
      expect(Math.round((value['price'] as number) * 100) / 100).toBe(value['price']);
      expect(value['percent']).toBeLessThanOrEqual(100);
      expect(Math.abs((value['year'] as number) - 2025)).toBeLessThanOrEqual(5);
      expect(value['capped']).toBeGreaterThanOrEqual(500);
      expect(value['capped']).toBeLessThanOrEqual(510);
    }
  });

  it('dates come from the reference instant, never the clock: created in the past, due ahead', () => {
    const schema = property({ created_at: { type: 'string', format: 'date-time' }, due_date: { type: 'string', format: 'date' } });
    const reference = Date.UTC(2031, 2, 10);
    for (const value of sample(schema, 'create_task', 30, { referenceTime: reference }) as Array<Record<string, string>>) {
      const created = Date.parse(value['created_at'] as string);
      expect(created).toBeLessThan(reference);
      expect(created).toBeGreaterThan(reference - 100 * 86_400_000);
      expect(Date.parse(value['due_date'] as string)).toBeGreaterThanOrEqual(reference - 86_400_000);
    }
    const [byDefault] = sample(schema, 'create_task', 1) as Array<Record<string, string>>;
    expect(Math.abs(Date.parse(byDefault?.['created_at'] as string) - DEFAULT_REFERENCE_TIME)).toBeLessThan(100 * 86_400_000);
  });

  it('is deterministic for a seed', () => {
    const schema = property({ q: { type: 'string' }, created_at: { type: 'string', format: 'date-time' }, count: { type: 'integer' } });
    expect(sample(schema, 'search_flights', 5)).toEqual(sample(schema, 'search_flights', 5));
  });
});

describe('generateValue: every keyword it meets is satisfied', () => {
  const validator = new SchemaValidator();
  const schemas: Record<string, Schema> = {
    minProperties: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, minProperties: 2 },
    maxProperties: {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
      maxProperties: 1,
    },
    mapWithMin: { type: 'object', additionalProperties: { type: 'integer', minimum: 1 }, minProperties: 3 },
    patternProperties: {
      type: 'object',
      patternProperties: { '^x-[a-z]{3}$': { type: 'string' } },
      additionalProperties: false,
      minProperties: 1,
    },
    propertyNames: { type: 'object', propertyNames: { pattern: '^[A-Z]{2}$' }, additionalProperties: { type: 'number' }, minProperties: 1 },
    dependentRequired: {
      type: 'object',
      properties: { card: { type: 'string' }, billing_address: { type: 'string' } },
      required: ['card'],
      dependentRequired: { card: ['billing_address'] },
    },
    dependentSchemas: {
      type: 'object',
      properties: { card: { type: 'string' } },
      required: ['card'],
      dependentSchemas: { card: { properties: { cvv: { type: 'string', pattern: '^\\d{3}$' } }, required: ['cvv'] } },
    },
    contains: { type: 'array', items: { type: 'integer' }, contains: { const: 7 }, minContains: 2, maxItems: 4 },
    prefixItems: {
      type: 'array',
      prefixItems: [
        { type: 'string', format: 'date' },
        { type: 'integer', minimum: 1, maximum: 3 },
      ],
      items: false,
    },
    uniqueItems: { type: 'array', items: { enum: ['a', 'b', 'c'] }, minItems: 3, uniqueItems: true },
    multipleOfDecimal: { type: 'number', minimum: 0.1, maximum: 10, multipleOf: 0.1 },
    exclusiveBounds: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    exclusiveInteger: { type: 'integer', exclusiveMinimum: 3, exclusiveMaximum: 5 },
    lengthWithFormat: { type: 'string', format: 'email', maxLength: 40 },
    fixedLength: { type: 'string', minLength: 24, maxLength: 24, pattern: '[A-z0-9]' },
    not: { type: 'string', enum: ['a', 'b'], not: { const: 'a' } },
    ifThenElse: {
      type: 'object',
      properties: { kind: { enum: ['card', 'bank'] }, number: { type: 'string' } },
      required: ['kind'],
      if: { properties: { kind: { const: 'card' } } },
      then: { required: ['number'] },
      else: { not: { required: ['number'] } },
    },
    typeArray: { type: ['integer', 'null'], minimum: 1, maximum: 9 },
    nestedRef: {
      type: 'object',
      properties: { owner: { $ref: '#/$defs/person' } },
      required: ['owner'],
      $defs: {
        person: {
          type: 'object',
          properties: { email: { type: 'string', format: 'email' }, friend: { $ref: '#/$defs/person' } },
          required: ['email'],
        },
      },
    },
    int32: { type: 'number', format: 'int32', minimum: 0, maximum: 255 },
    allOf: {
      allOf: [
        { type: 'object', properties: { a: { type: 'integer', minimum: 5 } }, required: ['a'] },
        { properties: { a: { maximum: 6 } } },
      ],
    },
  };
  for (const [keyword, schema] of Object.entries(schemas)) {
    it(keyword, () => {
      for (const value of sample(schema, 'thing', 60)) expect(validator.validate(schema, value).valid, JSON.stringify(value)).toBe(true);
    });
  }

  it('sampleObject fails for next to no schema', async () => {
    const engine = new FakerEngine(validator);
    let failures = 0;
    for (const [index, schema] of Object.values(schemas).entries()) {
      if (schema['type'] !== 'object') continue;
      for (let seed = 0; seed < 30; seed += 1) if (!(await engine.sampleObject(schema, `tool_${index}`, seed)).ok) failures += 1;
    }
    expect(failures).toBe(0);
  });
});

describe('generateValue: what a reviewer rejects', () => {
  it('an identifier has no spaces: a namespaced id where the description names one (inside the body the examples show), never a street address', () => {
    const gene = { type: 'string', description: 'An Ensembl gene identifier.', examples: ['{"subject":["gene1", "gene2"]}\n'] };
    for (const value of sample(gene, 'body'))
      for (const id of (JSON.parse(value as string) as { subject: string[] }).subject) expect(id).toMatch(/^ENSG\d{11}$/);
    for (const value of sample({ type: 'string', description: 'An EFO identifier.' }, 'disease')) expect(value).toMatch(/^EFO_\d{7}$/);
    for (const value of sample({ type: 'string', description: 'Any valid Stromkonto account (address).' }, 'key'))
      expect(String(value)).not.toMatch(/\s/);
  });

  it('lists with a bracketed note parse; empty and relative defaults are not sent; example floats vary', () => {
    expect(
      descriptionHints({ description: 'One of: releases, stories, factsheets, updates or default (releases+stories+factsheets)' }).allowed,
    ).toEqual(['releases', 'stories', 'factsheets', 'updates', 'default']);
    expect(
      sample({ type: 'string', default: '', description: 'One of: releases, stories or updates' }, 'postKind').every((value) =>
        ['releases', 'stories', 'updates'].includes(value as string),
      ),
    ).toBe(true);
    expect(sample({ type: 'string', default: 'Today', description: 'Date to query spots on' }, 'date')).not.toContain('Today');
    const energies = sample({ type: 'number', examples: [0.2345677] }, 'energy');
    expect(new Set(energies).size).toBeGreaterThan(10);
  });

  it('a status-like number reads as success', () => {
    for (const value of sample({ type: 'integer' }, 'status')) expect(value).toBe(200);
    for (const value of sample({ type: 'integer' }, 'status_code')) expect(value).toBe(200);
  });
});

describe('generateValue: request bodies carried as text', () => {
  it('fills a JSON example body with real values of what the description names, keeping its keys and literal settings', () => {
    const schema = {
      type: 'string',
      description: 'An Ensembl gene identifier.',
      examples: ['{"target":["target1", "target2"],\n"facets" = "true"}\n'],
    };
    for (const value of sample(schema, 'body', 20)) {
      const document = JSON.parse(value as string) as { target: string[]; facets: string };
      expect(Object.keys(document).sort()).toEqual(['facets', 'target']);
      expect(document.facets).toBe('true');
      expect(document.target.length).toBeGreaterThanOrEqual(2);
      for (const id of document.target) expect(id).toMatch(/^ENSG\d{11}$/);
    }
  });

  it('writes a list the description asks for as a JSON array of single values, never a sentence', () => {
    for (const value of sample({ type: 'string', description: 'list of strings to search for' }, 'body', 20)) {
      const list = JSON.parse(value as string) as unknown[];
      expect(Array.isArray(list)).toBe(true);
      for (const item of list) expect(typeof item === 'string' && !/[.!?]$/.test(item)).toBe(true);
    }
  });
});

describe('generateValue: moments of one record in order', () => {
  it('never updates a record before it was created, nor ends what has not started', () => {
    const schema = {
      type: 'object',
      properties: {
        date_created: { type: 'string', format: 'date-time' },
        date_updated: { type: 'string', format: 'date-time' },
        start: { type: 'integer' },
        end: { type: 'integer' },
      },
      required: ['date_created', 'date_updated', 'start', 'end'],
    };
    for (const value of sample(schema, 'fetch_fax', 60) as Array<{
      date_created: string;
      date_updated: string;
      start: number;
      end: number;
    }>) {
      expect(value.date_created <= value.date_updated).toBe(true);
      expect(value.start <= value.end).toBe(true);
    }
  });
});

describe('generateValue: a sample response is not a result', () => {
  it('builds an object from its schema rather than copying the spec example (keyed by its own dates and regions)', () => {
    const example = { 'Thu Apr 09 2020 12:20:00 GMT+0000': { deaths: 3339, total_cases: 82883 } };
    const schema = {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: { deaths: { type: 'integer' }, total_cases: { type: 'integer' } },
        required: ['deaths', 'total_cases'],
      },
      examples: [example],
    };
    for (const value of sample(schema, 'data', 30)) expect(value).not.toEqual(example);
  });

  it('a record of a map the example keys by name carries its key as its name, whatever the name field reads like', () => {
    const report = {
      type: 'object',
      properties: { name: { type: 'string', title: 'Region name' }, deaths: { type: 'integer' } },
      required: ['name', 'deaths'],
    };
    const byName = { type: 'object', additionalProperties: report, examples: [{ switzerland: { name: 'switzerland', deaths: 895 } }] };
    const values = sample(byName, 'regions', 20) as Array<Record<string, { name: string }>>;
    for (const value of values) for (const [key, record] of Object.entries(value)) expect(record.name).toBe(key);
    // a map keyed by something else keeps the names it is given
    const byId = { type: 'object', additionalProperties: report, examples: [{ r1: { name: 'Europe', deaths: 895 } }] };
    const other = sample(byId, 'regions', 20) as Array<Record<string, { name: string }>>;
    expect(other.flatMap((value) => Object.entries(value)).some(([key, record]) => record.name !== key)).toBe(true);
  });
});

describe('patterns: hex in one case', () => {
  it('writes a Twilio-style SID whose pattern allows either case in lower-case hex, still matching', () => {
    const pattern = '^FX[0-9a-fA-F]{32}$';
    for (const value of sample({ type: 'string', pattern }, 'sid', 20)) {
      expect(value).toMatch(new RegExp(pattern));
      expect(String(value).slice(2)).toMatch(/^[0-9a-f]{32}$/);
    }
  });
});

describe('generateValue on schemas that never end', () => {
  const depthOf = (value: unknown): number =>
    typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

  it('the generator itself ends on cycles with no finite value and on schemas nested thousands of levels deep', () => {
    const endless = { type: 'object', properties: { a: { allOf: [{ $ref: '#' }] } }, required: ['a'] };
    let deep: Record<string, unknown> = { type: 'string' };
    for (let level = 0; level < 5000; level += 1) deep = { type: 'object', properties: { a: deep }, required: ['a'] };
    for (const schema of [endless, deep]) {
      const seeded = new Faker({ locale: [en] });
      seeded.seed(1);
      const value = generateValue(schema, 'result', { faker: seeded, root: schema });
      expect(depthOf(value)).toBeLessThan(100);
    }
  });
});

describe('generateValue: a folder only where there are files', () => {
  it('gives a weather record a compass direction and a picture a source, a file tool a folder', () => {
    const winds = sample(property({ dir: { type: 'string' } }), 'get_weather_forecast', 10, { tool: 'get_weather_forecast' });
    for (const wind of winds as Array<Record<string, unknown>>) expect(wind['dir']).toMatch(/^[NESW]{1,3}$/);
    const gifs = sample(property({ source: { type: 'string' } }), 'random_gif', 10, { tool: 'random_gif' });
    for (const gif of gifs as Array<Record<string, unknown>>) expect(gif['source']).not.toMatch(/^\//);
    const listings = sample(property({ dir: { type: 'string' } }), 'list_files_in_folder', 10, { tool: 'list_files_in_folder' });
    expect((listings as Array<Record<string, unknown>>).some((listing) => /\//.test(String(listing['dir'])))).toBe(true);
  });
});
