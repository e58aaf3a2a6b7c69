import { describe, expect, it } from 'vitest';
import { harmonizeResult } from '../../packages/sim-server/src/engines/world-facts.js';
import { nameLike } from '../../packages/sim-server/src/engines/world-echo-arguments.js';
import { cityAt } from '../../packages/sim-server/src/engines/world-postcodes.js';
import { FakerEngine } from '../../packages/sim-server/src/engines/faker-engine.js';
import { SchemaValidator } from '@inftool/core';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const post = object({ key: { type: 'string' }, reference: { type: 'string', pattern: '^REF-[0-9]{5}$' }, headline: { type: 'string' } }, [
  'key',
  'reference',
  'headline',
]);
const counts = object({ name: { title: 'Region name', type: 'string' }, total_cases: { type: 'integer', minimum: 0 } }, [
  'name',
  'total_cases',
]);
const TOOLS = [
  { name: 'posts_get_one', description: 'A post by key.', inputSchema: object({ key: { type: 'string' } }, ['key']), outputSchema: post },
  {
    name: 'posts_get',
    description: 'The posts with the keys in the list.',
    inputSchema: object({ postKeys: { type: 'array', items: { type: 'string' } } }),
    outputSchema: object({ items: { type: 'array', items: post } }, ['items']),
  },
  {
    name: 'posts_get_key_from_reference',
    description: 'The post key of a reference.',
    inputSchema: object({ reference: { type: 'string' } }, ['reference']),
    outputSchema: object({ key: { type: 'string' }, value: { type: 'string' } }, ['key', 'value']),
  },
  {
    name: 'get_orders',
    description: 'Orders by id.',
    inputSchema: object({ body: { type: 'string', examples: ['{"ids": ["a", "b"]}'] } }, ['body']),
  },
  { name: 'get_order', description: 'An order by id.', inputSchema: object({ order_id: { type: 'string' } }, ['order_id']) },
  {
    name: 'post_expression_search',
    description: 'Batch query expression levels.',
    inputSchema: object({ body: { type: 'string', examples: ['{"gene": ["g1", "g2"]}'] } }, ['body']),
  },
  {
    name: 'get_spots_week',
    description: 'Case counts by region.',
    inputSchema: object({ region: { type: 'string' } }, ['region']),
    outputSchema: object(
      { data: { type: 'object', additionalProperties: counts, example: { switzerland: { name: 'switzerland', total_cases: 23280 } } } },
      ['data'],
    ),
  },
  {
    name: 'list_fax',
    description: 'Faxes.',
    inputSchema: object({
      DateCreatedOnOrBefore: { type: 'string', format: 'date-time' },
      DateCreatedAfter: { type: 'string', format: 'date-time' },
    }),
    outputSchema: object(
      {
        faxes: {
          type: 'array',
          items: object({ sid: { type: 'string' }, date_created: { type: 'string', format: 'date-time' } }, ['sid', 'date_created']),
        },
      },
      ['faxes'],
    ),
  },
  {
    name: 'get_target_by_ensgid',
    description: 'Find information about a target.',
    inputSchema: object({ target: { type: 'string' } }, ['target']),
  },
  {
    name: 'get_relation_by_ensgid',
    description: 'Find related entities by target. Get `relation` objects.',
    inputSchema: object({ target: { type: 'string' } }, ['target']),
  },
  { name: 'search_places', description: 'Search places.', inputSchema: object({ q: { type: 'string' } }, ['q']) },
];

const session = toolSessions(TOOLS, 'lookups');
type Json = Record<string, unknown>;

describe('faker world: lookups answer with the records asked for', () => {
  it('a lookup by a list of keys returns one record per key, each carrying its key, agreeing with a read of it', async () => {
    const on = await session();
    const one = await callInWorld(on, 'posts_get_one', { key: 'pos_alpha00001' }, 'w');
    const many = await callInWorld(on, 'posts_get', { postKeys: ['pos_alpha00001', 'pos_beta000002', 'pos_gamma00003'] }, 'w');
    const items = many.value['items'] as Json[];
    expect(items.map((item) => item['key'])).toEqual(['pos_alpha00001', 'pos_beta000002', 'pos_gamma00003']);
    expect(items[0]?.['headline']).toBe(one.value['headline']);
  });

  it('a lookup by ids in a JSON request body returns those records', async () => {
    const on = await session();
    const result = await callInWorld(on, 'get_orders', { body: JSON.stringify({ ids: ['ord_1', 'ord_2'] }) }, 'w');
    const items = result.value['items'] as Json[];
    expect(items.map((item) => item['id'])).toEqual(['ord_1', 'ord_2']);
    expect(JSON.stringify(result.value)).not.toContain('{\\"ids\\"');
  });

  it('a lookup by a field an earlier result showed (a reference) returns the record that carries it', async () => {
    const on = await session();
    const one = await callInWorld(on, 'posts_get_one', { key: 'pos_alpha00001' }, 'w');
    const found = await callInWorld(on, 'posts_get_key_from_reference', { reference: one.value['reference'] }, 'w');
    expect(found.value['key']).toBe('pos_alpha00001');
  });

  it('a request body is no field of the records found', async () => {
    const on = await session();
    const body = JSON.stringify({ gene: ['ENSG00000157764'] });
    const result = await callInWorld(on, 'post_expression_search', { body }, 'w');
    expect(JSON.stringify(result.value)).not.toContain('gene\\"');
  });

  it('a map of records by region holds only the region asked for', async () => {
    const on = await session();
    for (const region of ['Europe', 'Middle East']) {
      const result = await callInWorld(on, 'get_spots_week', { region }, `w-${region}`);
      const data = result.value['data'] as Record<string, Json>;
      expect(Object.keys(data)).toEqual([region]);
      expect(data[region]?.['name']).toBe(region);
    }
  });

  it('a relation tool looked up by a target answers with relations of that target, not its profile', async () => {
    const on = await session();
    await callInWorld(on, 'get_target_by_ensgid', { target: 'ENSG00000157764' }, 'w');
    const result = await callInWorld(on, 'get_relation_by_ensgid', { target: 'ENSG00000157764' }, 'w');
    const items = result.value['items'] as Json[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item['subject']).toBe('ENSG00000157764');
      expect(item).not.toHaveProperty('approved_symbol');
      expect(typeof item['related_name']).toBe('string');
    }
  });

  it('a date range that holds no instant finds nothing', async () => {
    const on = await session();
    const result = await callInWorld(
      on,
      'list_fax',
      { DateCreatedOnOrBefore: '2025-04-09T06:50:00Z', DateCreatedAfter: '2025-04-27T10:02:00Z' },
      'w',
    );
    expect(result.value['faxes']).toEqual([]);
  });

  it('a free-text search of several words names no record after itself', async () => {
    const on = await session();
    const result = await callInWorld(on, 'search_places', { q: 'nearby objects enables' }, 'w');
    expect(JSON.stringify(result.value).toLowerCase()).not.toContain('objects enables');
  });
});

describe('harmonizeResult: numbers the call sent', () => {
  it('puts the coordinates and counts sent into the record, not into the items it lists, and leaves paging alone', () => {
    const forecast = { lat: '38.25', lon: -78, limit: 3, data: [{ lat: 1.5, temp: 20 }] };
    harmonizeResult(forecast, { lat: 28.745, lon: -12.6492, limit: 10 }, new Map());
    expect(forecast.lat).toBe('28.745');
    expect(forecast.lon).toBe(-12.6492);
    expect(forecast.data[0]!.lat).toBe(1.5);
    expect(forecast.limit).toBe(3);
  });
});

describe('harmonizeResult: a plural argument with one value', () => {
  it('names the record by its singular field; several values, or items of a list, are left alone', () => {
    const history = { location: 'Stockholm, Sweden', temperature: 7.2, days: [{ location: 'Oslo', temp: 3 }] };
    harmonizeResult(history, { locations: 'Bangalore', unitGroup: 'us' }, new Map());
    expect(history.location).toBe('Bangalore');
    expect(history.days[0]!.location).toBe('Oslo');
    const several = { location: 'Stockholm, Sweden', temperature: 7.2 };
    harmonizeResult(several, { locations: 'Bangalore,Paris' }, new Map());
    expect(several.location).toBe('Stockholm, Sweden');
  });
});

describe('coordinates of a known city', () => {
  it('plans a point as a real city and places the answering record there', async () => {
    const engine = new FakerEngine(new SchemaValidator());
    const schema = { type: 'object', properties: { lat: { type: 'number' }, lon: { type: 'number' } }, required: ['lat', 'lon'] };
    for (let seed = 0; seed < 10; seed += 1) {
      const sampled = await engine.sampleObject(schema, 'get_forecast_hourly', seed, 1, 'Returns a forecast for a point.');
      expect(sampled.ok).toBe(true);
      const { lat, lon } = (sampled as unknown as { value: { lat: number; lon: number } }).value;
      expect(cityAt(lat, lon)).toBeDefined();
    }
    const forecast = {
      city_name: 'Raleigh',
      state_code: 'NC',
      country_code: 'US',
      lat: 38.25,
      lon: -78,
      data: [{ station: 'KNYC', city_name: 'Elsewhere' }],
    };
    harmonizeResult(forecast, { lat: 48.8566, lon: 2.3522 }, new Map());
    expect([forecast.city_name, forecast.country_code, forecast.lat, forecast.lon]).toEqual(['Paris', 'FR', 48.8566, 2.3522]);
    expect(forecast.data[0]!.city_name).toBe('Elsewhere');
  });
});

describe('harmonizeResult: the version asked for', () => {
  it('is in a map keyed by versions, and the preferred one; a map of other keys and other arguments are left alone', () => {
    const api = { added: '2025-05-25T23:54:00Z', preferred: 'v3', versions: { v3: { info: { title: 'Payments API', version: 'v3' } } } };
    harmonizeResult(api, { provider: 'stripe.com', api: '2.1.0' }, new Map());
    expect(Object.keys(api.versions)).toEqual(['2.1.0']);
    expect(api.preferred).toBe('2.1.0');
    expect((api.versions as unknown as Record<string, { info: { version: string } }>)['2.1.0']!.info.version).toBe('2.1.0');
    const meter = { readings: { '1.8.0': { value: 6 }, '1.8.1': { value: 46 } } };
    harmonizeResult(meter, { zip: '04109' }, new Map());
    expect(Object.keys(meter.readings)).toEqual(['1.8.0', '1.8.1']);
  });
});

describe('harmonizeResult: a place asked for over time', () => {
  it('names every record of a time series for the region asked, and leaves maps of other things alone', () => {
    const series = {
      data: {
        'Thu Apr 09 2020 12:20:00 GMT+0000': { name: 'Europe', deaths: 18 },
        'Thu Apr 09 2020 12:40:00 GMT+0000': { name: 'Latin America', deaths: 32 },
      },
    };
    harmonizeResult(series, { region: 'Europe' }, new Map());
    expect(Object.values(series.data).map((record) => record.name)).toEqual(['Europe', 'Europe']);
    const byPerson = { data: { ada: { name: 'Ada Lovelace' }, alan: { name: 'Alan Turing' } } };
    harmonizeResult(byPerson, { region: 'Europe' }, new Map());
    expect(byPerson.data.alan.name).toBe('Alan Turing');
  });
});

describe('harmonizeResult: domain facts that agree with the call', () => {
  it('a p-value cutoff holds for every p-value of the result (also from a JSON body)', () => {
    const value = {
      items: [
        { pathway: 'Cell Cycle', p_value: 0.02 },
        { pathway: 'Apoptosis', p_value: 0.0004 },
      ],
    };
    harmonizeResult(value, { body: JSON.stringify({ target: ['ENSG00000141510'], pvalue: 0.001 }) }, new Map());
    for (const item of value.items) expect(item.p_value).toBeLessThanOrEqual(0.001);
    expect(value.items[1]?.p_value).toBe(0.0004);
  });

  it('a German postcode gives its city, for a tool about Germany only', () => {
    const german = { location: { city: 'Köln', zip: '04109' } };
    harmonizeResult(german, { zip: '04109' }, new Map(), 'Zipcode (Postleitzahl) of a city in Germany.');
    expect(german.location.city).toBe('Leipzig');
    const dispatch = {
      from: [{ location: { latitude: 6.1811, longitude: -119.4618 } }, { location: { latitude: -34.091, longitude: 42.6343 } }],
    };
    harmonizeResult(dispatch, { zip: '10115' }, new Map(), 'Zipcode (Postleitzahl) of a city in Germany.');
    for (const { location } of dispatch.from) {
      expect(Math.abs(location.latitude - 52.52)).toBeLessThanOrEqual(0.12);
      expect(Math.abs(location.longitude - 13.4)).toBeLessThanOrEqual(0.12);
    }
    expect(dispatch.from[0]?.location.latitude).not.toBe(dispatch.from[1]?.location.latitude);
    const other = { location: { city: 'New York', zip: '10115' } };
    harmonizeResult(other, { zip: '10115' }, new Map(), 'Weather by US zip code.');
    expect(other.location.city).toBe('New York');
  });

  it('a record that names a well-known drug states its facts', () => {
    const value = { id: 'dru_1', name: 'ADALIMUMAB', drug_type: 'Small molecule', year_first_approved: 2013 };
    harmonizeResult(value, { drug_id: 'dru_1' }, new Map());
    expect(value).toMatchObject({ name: 'ADALIMUMAB', drug_type: 'Antibody', year_first_approved: 2002 });
  });

  it('items about a list the call asks about are about its entries, in turn', () => {
    const value = {
      items: [
        { subject: 'psoriasis', score: 0.5 },
        { subject: 'EGFR', score: 0.4 },
        { subject: 'TP53', score: 0.3 },
      ],
    };
    harmonizeResult(value, { body: JSON.stringify({ subject: ['ENSG00000157764', 'ENSG00000141510'] }) }, new Map());
    expect(value.items.map((item) => item.subject)).toEqual(['ENSG00000157764', 'ENSG00000141510', 'ENSG00000157764']);
  });

  it('a search text names a record only when it could be a name', () => {
    expect(nameLike('KRAS')).toBe(true);
    expect(nameLike('rheumatoid arthritis')).toBe(true);
    expect(nameLike('nearby objects enables')).toBe(false);
    expect(nameLike('{"target": ["x"]}')).toBe(false);
  });
});

describe('harmonizeResult: lists of distinct records', () => {
  it('a list names each record once, and its count counts what is left', () => {
    const value = {
      items: [
        { id: 'a', name: 'Ministry of Transport' },
        { id: 'b', name: 'Ministry of Health' },
        { id: 'c', name: 'Ministry of Transport' },
      ],
      total: 3,
    };
    harmonizeResult(value, {}, new Map());
    expect(value.items.map((item) => item.id)).toEqual(['a', 'b']);
    expect(value.total).toBe(2);
  });
});

describe('harmonizeResult: moments and relations', () => {
  it('a number in a field that names a moment is a time shortly before now', () => {
    const now = new Date(Date.UTC(2025, 5, 1, 12, 0, 0));
    const value = { data: { generated_on: 81, total_cases: 81 } };
    harmonizeResult(value, {}, new Map(), '', now);
    expect(value.data.generated_on).toBe(now.getTime() / 1000 - 81 * 60);
    expect(value.data.total_cases).toBe(81);
  });

  it('relations are of the subject asked for, and a target is related to targets of its own pathway', () => {
    const value = {
      items: [
        { subject: 'psoriasis', related_name: 'asthma', related_type: 'target' },
        { subject: 'EGFR', related_name: 'TP53', related_type: 'disease' },
      ],
    };
    harmonizeResult(value, { target: 'ENSG00000157764' }, new Map());
    expect(value.items).toEqual([
      // BRAF (ENSG00000157764) is a MAPK-pathway kinase: its related targets are pathway neighbours, never a disease or itself
      { subject: 'ENSG00000157764', related_name: 'ERBB2', related_type: 'target' },
      { subject: 'ENSG00000157764', related_name: 'KRAS', related_type: 'target' },
    ]);
  });
});
