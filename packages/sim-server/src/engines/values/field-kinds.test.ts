import { Faker, en } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });
const value = (schema: Record<string, unknown>, name: string, tool: string, description: string, seed: number): unknown => {
  faker.seed(seed);
  return generateValue(schema, name, { faker, root: schema, context: { tool, description } });
};
const str = { type: 'string' };

describe('fields whose kind the name says', () => {
  it('gives each field a value of its kind, never the field or tool name restated', () => {
    for (let seed = 0; seed < 15; seed += 1) {
      expect(value(str, 'byline', 'posts_get', 'Get a post from the BC newsroom.', seed)).toMatch(/^By [A-Z][\w'-]+ [A-Z][\w' -]+$/);
      expect(value(str, 'detailsHtml', 'posts_get', 'Get a post from the BC newsroom.', seed)).toMatch(/^<p>.+<\/p>$/);
      expect(
        value(
          { type: 'string', description: 'The value of the `openapi` or `swagger` property of the source definition' },
          'openapiVer',
          'get_provider',
          'List all APIs for a provider.',
          seed,
        ),
      ).toMatch(/^[23]\.\d(\.\d)?$/);
      expect(
        value({ type: 'string', description: 'Recommended version' }, 'preferred', 'get_provider', 'List all APIs for a provider.', seed),
      ).toMatch(/^v?\d+(\.\d+)*$/);
      expect(value(str, 'change', 'get_spots_week', 'Get the weekly change of cases by region.', seed)).toMatch(/^[+-]\d+\.\d%$/);
      expect(
        value({ type: 'array', items: str, minItems: 1 }, 'parents', 'get_parents', 'Return parents from a given SHA1.', seed),
      ).toEqual(expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{40}$/)]));
      const sectors = value(
        { type: 'array', items: str, minItems: 1 },
        'sectorKeys',
        'posts_get',
        'Get a post from the BC newsroom.',
        seed,
      ) as string[];
      for (const sector of sectors) expect(sector).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(sectors.join(' ')).not.toMatch(/sector/);
      expect(value(str, 'subheadline', 'posts_get', 'Get a post from the BC newsroom.', seed)).not.toMatch(/subheadline|posts/);
    }
  });

  it('a parent outside version control is no SHA-1', () => {
    for (let seed = 0; seed < 10; seed += 1)
      expect(value(str, 'parent', 'get_family_tree', 'Get a person in a family tree.', seed)).not.toMatch(/^[0-9a-f]{40}$/);
  });

  it('an unknown string names a thing, not `<field>-<n>` or `<tool> <field>`', () => {
    for (let seed = 0; seed < 10; seed += 1) {
      const text = String(value(str, 'txtype', 'stromkonto_choices', 'Choices of a power account.', seed));
      expect(text).not.toMatch(/^txtype-\d+$|stromkonto txtype/);
    }
  });
});

describe('maps of records', () => {
  const regionRecord = {
    type: 'object',
    properties: { name: { type: 'string', title: 'Region name' }, deaths: { type: 'integer' } },
    required: ['name', 'deaths'],
  };
  it('keys records about regions by region name, the asked region first, and the record carries its key as name', () => {
    for (let seed = 0; seed < 10; seed += 1) {
      faker.seed(seed);
      const data = generateValue({ type: 'object', additionalProperties: regionRecord }, 'data', {
        faker,
        root: {},
        context: { tool: 'get_spots_week' },
        echo: { region: 'Middle East' },
      }) as Record<string, { name: string }>;
      expect(Object.keys(data)[0]).toBe('Middle East');
      for (const [key, record] of Object.entries(data)) expect(record.name).toBe(key);
      expect(Object.keys(data).join(' ')).not.toMatch(/primary|secondary/);
    }
  });

  it('keys versions by version string, and `preferred` names one of them', () => {
    const provider = {
      type: 'object',
      properties: {
        preferred: { type: 'string', description: 'Recommended version' },
        versions: {
          type: 'object',
          additionalProperties: { type: 'object', properties: { added: { type: 'string', format: 'date-time' } }, required: ['added'] },
        },
      },
      required: ['preferred', 'versions'],
    };
    for (let seed = 0; seed < 10; seed += 1) {
      const api = value(provider, 'api', 'get_provider', 'List all APIs for a provider.', seed) as {
        preferred: string;
        versions: Record<string, unknown>;
      };
      for (const key of Object.keys(api.versions)) expect(key).toMatch(/^(v\d|\d+\.\d+\.\d+|\d{4}-\d\d-\d\d)$/);
      expect(Object.keys(api.versions)).toContain(api.preferred);
    }
  });

  it('keys other maps of records by ids named after the map', () => {
    faker.seed(3);
    const apis = generateValue(
      { type: 'object', additionalProperties: { type: 'object', properties: { added: { type: 'string' } } } },
      'apis',
      { faker, root: {}, context: { tool: 'list_apis' } },
    ) as Record<string, unknown>;
    for (const key of Object.keys(apis)) expect(key).toMatch(/^api_[a-z0-9]{8}$/);
  });
});

describe('times and senders', () => {
  it('an integer named like a moment is an epoch near the reference, in ms when the examples are', () => {
    for (let seed = 0; seed < 5; seed += 1) {
      expect(value({ type: 'integer' }, 'timeStamp', 'metering_get', 'Get a meter reading.', seed)).toBeGreaterThan(1.6e9);
      expect(value({ type: 'integer' }, 'session_started', 'get_sessions', 'List charging sessions.', seed)).toBeLessThan(2e9);
      expect(
        value(
          { type: 'integer', description: 'When it was received, e.g. 1717000000000' },
          'received',
          'get_reading',
          'Get a reading.',
          seed,
        ),
      ).toBeGreaterThan(1e12);
    }
  });

  it('a fax goes from a number, a trip from a place', () => {
    expect(value(str, 'From', 'list_fax', 'Retrieve a list of faxes.', 1)).toMatch(/^\+1\d{10}$/);
    expect(value(str, 'from', 'search_trains', 'Find train connections.', 1)).not.toMatch(/^\+/);
  });
});

describe('values that agree with the call and the parameter', () => {
  it('a place names the city of the zip asked for', () => {
    faker.seed(4);
    const place = generateValue({ type: 'object', properties: { city: str, zip: str }, required: ['city', 'zip'] }, 'location', {
      faker,
      root: {},
      context: { tool: 'gsi_prediction', description: 'Green power index prediction for a zip code.' },
      echo: { zip: '04109' },
    }) as { city: string; zip: string };
    expect(place).toEqual({ city: 'Leipzig', zip: '04109' });
  });

  it("a genetics parameter's own name beats a description that names another kind", () => {
    for (let seed = 0; seed < 10; seed += 1) {
      expect(
        value(
          { type: 'string', description: 'An EFO gene identifier.' },
          'disease',
          'get_relation_by_efoid',
          'Find related entities by disease. open targets',
          seed,
        ),
      ).toMatch(/^(EFO|MONDO)_\d+$/);
      expect(
        value(
          { type: 'string', description: 'A pathway identifier (meaning all the targets linked to that pathway).' },
          'pathway',
          'get_evidence_filter',
          'Filter available evidence. open targets',
          seed,
        ),
      ).toMatch(/^R-HSA-\d+$/);
    }
  });
});

describe("the API's domain decides what an unnamed thing is", () => {
  it('a leading HTTP verb is no news post, and a server name with underscores still places the tool', async () => {
    const { toolTopic } = await import('./topic.js');
    expect(toolTopic('post_relation', 'Find related entities. open_targets_platform_rest_api').domain).toBe('genetics');
    expect(toolTopic('posts_get', 'Get a post.').domain).toBe('news');
  });

  it("a hit, a relation and a keyed value name the domain's things and kinds, not `Riverside Hit` or `Key 93`", () => {
    for (let seed = 0; seed < 10; seed += 1) {
      const hit = value(
        {
          type: 'object',
          properties: { name: str, entity_type: str, score: { type: 'number' } },
          required: ['name', 'entity_type', 'score'],
        },
        'hit',
        'hit',
        'Find the best hit. open_targets_platform_rest_api',
        seed,
      ) as Record<string, string>;
      expect(hit['name']).not.toMatch(/hit/i);
      expect(['target', 'disease', 'drug']).toContain(hit['entity_type']);
      expect(value(str, 'value', 'key', 'Get all keys of posts. bc_gov_news', seed)).not.toMatch(/^Key \d+$|Key$/);
    }
  });

  it('an energy API places meters in Germany', () => {
    for (let seed = 0; seed < 5; seed += 1)
      expect(value(str, 'location', 'om_readings', 'Meter readings of a metering point (Stromzähler).', seed)).toMatch(/, \d{5} [A-ZÄÖÜ]/);
  });
});

describe('epochs a spec gives as examples', () => {
  it('an epoch example gives the unit, not a stale moment; "Timestamps in Seconds" is no duration', () => {
    for (let seed = 0; seed < 5; seed += 1) {
      const ms = value(
        { type: 'integer', description: 'Timestamp in Standard Milliseconds', examples: [1609293600000] },
        'timeStamp',
        'gsi_prediction',
        'Green power index prediction.',
        seed,
      ) as number;
      expect(ms).toBeGreaterThan(1.7e12);
      const seconds = value(
        { type: 'integer', description: 'Timestamps in Seconds', examples: [1609293600] },
        'epochtime',
        'gsi_prediction',
        'Green power index prediction.',
        seed,
      ) as number;
      expect(seconds).toBeGreaterThan(1.7e9);
      expect(seconds).toBeLessThan(2e9);
      expect(
        value({ type: 'integer', description: 'Timestamp in milliseconds' }, 'end_timestamp', 'gsi_marketdata', 'Market data.', seed),
      ).toBeGreaterThan(1.7e12);
    }
  });
});

describe('counts of one whole', () => {
  it('a total is at least its parts and a ratio is the part over the total', () => {
    const region = {
      type: 'object',
      properties: {
        active_cases: { type: 'integer' },
        deaths: { type: 'integer' },
        'recovered"': { type: 'integer' },
        total_cases: { type: 'integer' },
        death_ratio: { type: 'number' },
        recovery_ratio: { type: 'number' },
      },
      required: ['active_cases', 'deaths', 'recovered"', 'total_cases', 'death_ratio', 'recovery_ratio'],
    };
    for (let seed = 0; seed < 10; seed += 1) {
      const r = value(region, 'region', 'get_summary_region', 'Coronavirus situation by region.', seed) as Record<string, number>;
      expect(r['total_cases']).toBeGreaterThanOrEqual(r['active_cases']! + r['deaths']! + r['recovered"']!);
      expect(r['death_ratio']).toBeCloseTo(r['deaths']! / r['total_cases']!, 2);
      expect(r['recovery_ratio']).toBeCloseTo(r['recovered"']! / r['total_cases']!, 2);
    }
  });
});
