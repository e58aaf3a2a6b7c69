import { describe, expect, it } from 'vitest';
import { DOMAIN_NAMES } from './values/lexicon.js';
import { PROVIDER_SERVICES } from './provider-services.js';
import { fitKinds } from './world-search.js';
import { oneStoryPerRecord, STORIES, tellStory } from './world-stories.js';
import { harmonizeResult } from './world-facts.js';
import { KNOWN_DRUG_NAMES } from './known-biomedical.js';

type Json = Record<string, unknown>;

describe('one entity per id across a session', () => {
  it('does not copy the key a record is read by into a record it holds (a brand’s family)', () => {
    const result: Json = { key: 'bra_2', name: 'Samsung', brandFamily: { key: 'fam_1', name: 'Main Brand' } };
    harmonizeResult(result, { key: 'bra_1' }, new Map());
    expect(result['key']).toBe('bra_1');
    expect((result['brandFamily'] as Json)['key']).toBe('fam_1');
  });

  it('names the thing a record holds under a filter’s key for the filter (`jurisdiction: North Carolina`)', () => {
    const result: Json = { results: [{ id: 'bil_1', jurisdiction: { id: 'jur-1', name: 'Harbour Bill' } }] };
    harmonizeResult(result, { jurisdiction: 'North Carolina' }, new Map());
    expect(((result['results'] as Json[])[0]?.['jurisdiction'] as Json)['name']).toBe('North Carolina');
  });

  it('gives the thing a filter by number names that number as its id, never as its name (`jurisdiction: 1825645`)', () => {
    const result: Json = {
      results: [{ id: 'bil_1', jurisdiction: { id: 'ocd-jurisdiction/country:us/state:nc/government', name: 'North Carolina' } }],
    };
    harmonizeResult(result, { jurisdiction: '1825645' }, new Map());
    expect((result['results'] as Json[])[0]?.['jurisdiction']).toMatchObject({ id: '1825645', name: 'North Carolina' });
  });

  it('holds a date range for every dated record of the result, nested ones too, in each field’s format', () => {
    const result: Json = {
      results: [{ id: 'evt_1', date: '2025-12-17', start_date: '2025-12-18', agenda: [{ date: '2026-01-26T10:00:00Z' }] }],
    };
    harmonizeResult(result, { before: '2025-03-25T15:57:00Z' }, new Map());
    const [event] = result['results'] as Json[];
    expect(String(event?.['date']) <= '2025-03-25').toBe(true);
    expect(event?.['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(event?.['start_date']).toBe('2025-12-18');
    expect(String((event?.['agenda'] as Json[])[0]?.['date']).slice(0, 10) <= '2025-03-25').toBe(true);
    const created: Json = { created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-02T00:00:00Z' };
    harmonizeResult(created, { created_after: '2025-02-01T00:00:00Z' }, new Map());
    expect(String(created['created_at']) >= '2025-02-01').toBe(true);
    expect(String(created['updated_at']) >= String(created['created_at'])).toBe(true);
  });
});

describe('a result about what was asked', () => {
  it('titles the API documents of a service asked by name, and keeps a title that names it', () => {
    const result: Json = { preferred: '2.1.0', versions: { '2.1.0': { info: { title: 'Drive API', version: '2.1.0' } } } };
    harmonizeResult(result, { provider: 'apis.guru', service: 'graph', api: '2.1.0' }, new Map());
    expect(result).toMatchObject({ versions: { '2.1.0': { info: { title: 'Graph API', version: '2.1.0' } } } });
    const kept: Json = { info: { title: 'Microsoft Graph API' } };
    harmonizeResult(kept, { service: 'graph' }, new Map());
    expect(kept).toEqual({ info: { title: 'Microsoft Graph API' } });
  });

  it("a directory entry documents its own service and each version's document its version", () => {
    const result: Json = {
      'googleapis.com:drive': { preferred: 'v3', versions: { v1: { info: { title: 'Messaging API', version: 'v2' } } } },
    };
    harmonizeResult(result, { provider: 'googleapis.com' }, new Map());
    expect(result).toEqual({
      'googleapis.com:drive': { preferred: 'v1', versions: { v1: { info: { title: 'Drive API', version: 'v1' } } } },
    });
  });

  it("a directory lists the provider's own services: never Google's pubsub under another provider", () => {
    const google: Json = { data: ['pubsub', 'messaging', 'compute'] };
    harmonizeResult(google, { provider: 'googleapis.com' }, new Map(), '', undefined, undefined, 'get_services');
    expect(google['data']).toHaveLength(3);
    for (const service of google['data'] as string[]) expect(PROVIDER_SERVICES['googleapis.com']).toContain(service);
    const aws: Json = { data: ['pubsub', 'drive'] };
    harmonizeResult(aws, { provider: 'amazonaws.com' }, new Map(), '', undefined, undefined, 'get_services');
    for (const service of aws['data'] as string[]) expect(PROVIDER_SERVICES['amazonaws.com']).toContain(service);
    // a provider of one API has no service name, and its API is keyed by the provider alone, titled after it
    const single: Json = { data: ['pubsub'] };
    harmonizeResult(single, { provider: 'spotify.com' }, new Map(), '', undefined, undefined, 'get_services');
    expect(single).toEqual({ data: [''] });
    const entry: Json = { 'apis.guru:drive': { preferred: 'v1', versions: { v1: { info: { title: 'Drive API', version: 'v1' } } } } };
    harmonizeResult(entry, { provider: 'apis.guru' }, new Map(), '', undefined, undefined, 'get_provider');
    expect(entry).toEqual({ 'apis.guru': { preferred: 'v1', versions: { v1: { info: { title: 'APIs.guru API', version: 'v1' } } } } });
    // a call that names no provider is left alone
    const all: Json = { data: ['pubsub'] };
    harmonizeResult(all, {}, new Map(), '', undefined, undefined, 'get_services');
    expect(all).toEqual({ data: ['pubsub'] });
  });

  it('names the thing a read asked for by its name', () => {
    const result: Json = { name: 'Battle of Hastings', battle_name: 'Battle of Gettysburg', year: 1863 };
    harmonizeResult(result, { battle_name: 'Battle of Gettysburg' }, new Map(), '', undefined, {
      seen: new Map(),
      entity: 'battle_detail',
      write: false,
    });
    expect(result['name']).toBe('Battle of Gettysburg');
    const other: Json = { name: 'Kamloops Water System' };
    harmonizeResult(other, { city_name: 'Kamloops' }, new Map(), '', undefined, { seen: new Map(), entity: 'water_system', write: false });
    expect(other['name']).toBe('Kamloops Water System');
  });

  it('gives the country code asked for, whatever the spec example says', () => {
    const result: Json = { city_name: 'Leeds', country_code: 'Netherlands', data: [{ country_code: 'US', aqi: 3 }] };
    harmonizeResult(result, { postal_code: 20396, country: 'GB' }, new Map());
    expect(result).toEqual({ city_name: 'Leeds', country_code: 'GB', data: [{ country_code: 'GB', aqi: 3 }] });
  });

  it('names the city a weather call asked for, and one city per city id', () => {
    const result: Json = { city_name: 'Raleigh', country_code: 'US', data: [{ city_name: 'Raleigh', temp: 3 }] };
    harmonizeResult(result, { city: 'London' }, new Map());
    expect(result).toEqual({ city_name: 'London', country_code: 'GB', data: [{ city_name: 'London', temp: 3 }] });
    const byId = (id: number): unknown => {
      const value: Json = { city_name: 'Raleigh', lat: 35.77 };
      harmonizeResult(value, { city_id: id }, new Map());
      return value['city_name'];
    };
    expect(byId(70618)).toBe(byId(70618));
    expect(new Set([1, 2, 3, 4, 5, 6].map(byId)).size).toBeGreaterThan(2);
  });

  it('puts the records of a station at that station: a known code in its own city, another code in one city', () => {
    const observation = (): Json => ({
      city_name: 'Raleigh',
      state_code: 'NC',
      country_code: 'US',
      lat: 35.78,
      lon: -78.64,
      station: 'KRDU',
      timezone: 'America/New_York',
    });
    const known: Json = { count: 1, data: [observation()] };
    harmonizeResult(known, { stations: 'KVNY', units: 'I' }, new Map());
    expect((known['data'] as Json[])[0]).toMatchObject({
      city_name: 'Los Angeles',
      state_code: 'CA',
      station: 'KVNY',
      timezone: 'America/Los_Angeles',
    });
    expect(((known['data'] as Json[])[0]!['lat'] as number) - 34).toBeLessThan(1);
    const unknown: Json = {
      data: [
        { ...observation(), city_name: 'Stockholm' },
        { ...observation(), city_name: 'Singapore' },
      ],
    };
    harmonizeResult(unknown, { station: '2035445' }, new Map());
    const cities = (unknown['data'] as Json[]).map((record) => record['city_name']);
    expect(cities[0]).toBe(cities[1]);
    const again: Json = { data: [observation()] };
    harmonizeResult(again, { station: '2035445' }, new Map());
    expect((again['data'] as Json[])[0]!['city_name']).toBe(cities[0]);
    // a list of stations gives each record its own
    const pair: Json = { data: [observation(), observation()] };
    harmonizeResult(pair, { stations: 'EGLL,KJFK' }, new Map());
    expect((pair['data'] as Json[]).map((record) => [record['station'], record['city_name']])).toEqual([
      ['EGLL', 'London'],
      ['KJFK', 'New York'],
    ]);
  });
});

describe('versions asked and registers that add up', () => {
  it('answers a version asked under a map keyed by version numbers and dates, with a preferred version it lists', () => {
    const result: Json = {
      preferred: 'v1',
      versions: {
        v1: { info: { title: 'Analytics API', version: 'v2' } },
        '2024-01-01': { info: { title: 'Maps API', version: 'v1' } },
      },
    };
    harmonizeResult(result, { provider: 'apis.guru', api: '2.1.0' }, new Map());
    const versions = result['versions'] as Record<string, Json>;
    expect(Object.keys(versions)).toEqual(['2.1.0', '2024-01-01']);
    expect(result['preferred']).toBe('2.1.0');
    // apis.guru publishes one API: each version's document is titled by the provider, as its entry in a listing is
    expect(versions['2.1.0']?.['info']).toEqual({ title: 'APIs.guru API', version: '2.1.0' });
    expect(versions['2024-01-01']?.['info']).toEqual({ title: 'APIs.guru API', version: '2024-01-01' });
  });

  it('makes an OBIS total the sum of its tariffs, and shares a total the call sent', () => {
    const read: Json = { '1.8.0': 6, '1.8.1': 46, '1.8.2': 53, account: '0x53' };
    harmonizeResult(read, { account: '0x53' }, new Map());
    expect(read['1.8.0']).toBe(99);
    const posted: Json = { '1.8.0': 11, '1.8.1': 30, '1.8.2': 50 };
    harmonizeResult(posted, { '1.8.0': 74, zip: '20095' }, new Map());
    expect(posted['1.8.0']).toBe(74);
    expect((posted['1.8.1'] as number) + (posted['1.8.2'] as number)).toBe(74);
    expect(posted['1.8.1']).toBe(28);
  });
});

describe('facts of a well-known identifier', () => {
  it('a record that names one drug twice (`id` and `DRUG_ID`) states that drug’s real name, type and year', () => {
    const record: Json = {
      id: 'CHEMBL941',
      DRUG_ID: 'CHEMBL941',
      name: 'ATORVASTATIN',
      drug_type: 'Protein',
      year_first_approved: 1964,
    };
    const result = harmonizeResult(record, { drug_id: 'CHEMBL941', DRUG_ID: 'CHEMBL941' }, new Map()) as Json;
    expect(result).toMatchObject({ id: 'CHEMBL941', name: 'IMATINIB', drug_type: 'Small molecule', year_first_approved: 2001 });
  });

  it('an approved drug is at phase 4, and a drug named without its id states its own type and year', () => {
    const read = harmonizeResult(
      { id: 'CHEMBL1201580', name: 'X', drug_type: 'Small molecule', max_clinical_phase: 1 },
      { drug_id: 'CHEMBL1201580' },
      new Map(),
    );
    expect(read).toMatchObject({ name: 'ADALIMUMAB', drug_type: 'Antibody', max_clinical_phase: 4 });
    // every drug the genetics lexicon names is one whose facts the world knows
    for (const name of DOMAIN_NAMES['genetics']?.['drug'] ?? []) expect(KNOWN_DRUG_NAMES).toContain(name);
    const named = harmonizeResult(
      {
        items: [
          { name: 'ATORVASTATIN', drug_type: 'Antibody', max_clinical_phase: 2, year_first_approved: 1977 },
          { name: 'metformin', molecule_type: 'Protein', max_phase: 3 },
        ],
      },
      {},
      new Map(),
    );
    expect(named['items']).toEqual([
      { name: 'ATORVASTATIN', drug_type: 'Small molecule', max_clinical_phase: 4, year_first_approved: 1996 },
      { name: 'METFORMIN', molecule_type: 'Small molecule', max_phase: 4 },
    ]);
  });

  it('a search hit named by a known gene, disease or drug carries its real identifier, not a made-up one', () => {
    const hits: Json = {
      items: [
        { id: '4829130', name: 'BRCA1', entity_type: 'disease' },
        { id: '5120334', name: 'psoriasis', entity_type: 'target' },
        { id: '6001234', name: 'breast cancer', entity_type: 'disease' },
        { id: 'ENSG00000141510', name: 'TP53', entity_type: 'target' },
      ],
    };
    fitKinds(hits);
    expect(hits['items']).toEqual([
      { id: 'ENSG00000012048', name: 'BRCA1', entity_type: 'target' },
      { id: 'EFO_0000676', name: 'psoriasis', entity_type: 'disease' },
      // a disease the tables know by another name has EFO's id of it, never a serial
      { id: 'EFO_0000305', name: 'breast cancer', entity_type: 'disease' },
      { id: 'ENSG00000141510', name: 'TP53', entity_type: 'target' },
    ]);
  });

  it('two unrelated readings of a record never share a distinctive integer; counts, pages and sent values may', () => {
    const record = harmonizeResult(
      {
        gsi: 51,
        sci: 51,
        co2_g_standard: 51,
        page: 37,
        total: 37,
        adults: 23,
        guests_max: 23,
        scaling_factor: 66,
        voltage_scaling_factor: 66,
      },
      { adults: 23 },
      new Map(),
    );
    expect(new Set([record['gsi'], record['sci'], record['co2_g_standard']]).size).toBe(3);
    expect(record['gsi']).toBe(51);
    expect(record).toMatchObject({ page: 37, total: 37, adults: 23, guests_max: 23, scaling_factor: 66, voltage_scaling_factor: 66 });
  });

  it('a place is classed as what its name is: a US state a state, never a country or a municipality', () => {
    const result = harmonizeResult(
      {
        results: [
          { name: 'North Carolina', classification: 'country' },
          { name: 'Montana', classification: 'municipality' },
          { name: 'Chicago', classification: 'state' },
          { name: 'Committee on Finance', classification: 'committee' },
        ],
      },
      {},
      new Map(),
    );
    expect((result['results'] as Json[]).map((place) => place['classification'])).toEqual(['state', 'state', 'municipality', 'committee']);
  });

  it('a record that names two drugs states neither one’s facts in a field it cannot tell apart', () => {
    const record: Json = { id: 'CHEMBL941', other: 'CHEMBL939', name: 'SOMEDRUG' };
    const result = harmonizeResult(record, {}, new Map()) as Json;
    expect(result['name']).toBe('SOMEDRUG');
  });
});

describe('places and restaurants that fit the call', () => {
  it('a location naming a known city puts the records and their addresses there', () => {
    const result: Json = {
      items: [
        { id: 'nea_1', library_name: 'Franklin Library', address: '143 Huels Field, Madrid, Madrid 66757', city: 'Osaka' },
        { id: 'nea_2', library_name: 'Lincoln Library', address: '9762 14th Street, Cape Town, Western Cape 24718', city: 'Osaka' },
      ],
    };
    harmonizeResult(result, { location: 'Boston, MA' }, new Map());
    const [first, second] = result['items'] as Json[];
    // the street is kept, the ZIP is the city's own
    expect(first?.['address']).toBe('143 Huels Field, Boston, MA 02108');
    expect(second?.['address']).toBe('9762 14th Street, Boston, MA 02108');
    expect(first?.['city']).toBe('Boston');
    // a record named after another city is named after the one asked; a place near it keeps its name
    const lease: Json = { name: 'Dubai', parties: ['Rod Dare'], contract_type: 'lease', location: 'Stockholm, Sweden' };
    harmonizeResult(lease, { parties: ['Rod Dare'], contract_type: 'lease', location: 'Stockholm, Sweden' }, new Map());
    expect(lease['name']).toBe('Stockholm');
    const near: Json = { name: 'Paris', location: 'Lyon', country: 'France', distance_km: 390 };
    harmonizeResult(near, { location: 'Lyon' }, new Map());
    expect(near['name']).toBe('Paris');
    // an address of two parts in another city moves too
    const lyon: Json = { items: [{ id: '7621872', address: '13 Church Lane, Manchester M1 1AE', location: 'Lyon' }] };
    harmonizeResult(lyon, { location: 'Lyon', propertyType: 'condo' }, new Map());
    expect((lyon['items'] as Json[])[0]!['address']).toMatch(/, 69002 Lyon$/);
    // a borough is its city's
    const borough: Json = { name: 'x', cuisine: 'Thai', address: '1 Elm Street, Rome, Lazio 36771', city: 'Seattle' };
    harmonizeResult(borough, { location: 'Manhattan' }, new Map());
    expect(borough['city']).toBe('New York');
    // a city abroad takes a street of its country and its own post code, never a US state and ZIP
    const abroad: Json = { name: 'x', address: '1697 Hillard Park, Madrid, Madrid 56603', city: 'Madrid' };
    harmonizeResult(abroad, { location: 'Lyon' }, new Map());
    expect(abroad['address']).toMatch(/^\d+ (rue|avenue|boulevard) [^,]+, 69002 Lyon$/);
  });

  it('restaurants serve the cuisine asked and are named for it, each once', () => {
    const result: Json = {
      items: [1, 2, 3].map((index) => ({
        id: `res_${index}`,
        name: ['Seattle', 'Vienna', 'Lagos'][index - 1],
        cuisine: 'Chinese',
        address: `${index} Elm Street, Austin, TX 1`,
      })),
    };
    harmonizeResult(result, { location: 'Austin', type: 'Italian' }, new Map());
    const items = result['items'] as Json[];
    expect(items.map((item) => item['cuisine'])).toEqual(['Italian', 'Italian', 'Italian']);
    const names = items.map((item) => item['name']);
    expect(new Set(names).size).toBe(3);
    for (const name of names)
      expect(['Trattoria Lucca', 'Osteria Bella', 'Da Marco', 'Il Forno', 'Pasta & Basilico', 'Cucina Nonna Rosa']).toContain(name);
    // a `type` that names no cuisine is not one
    const shop: Json = { name: 'Seattle', cuisine: 'Thai' };
    harmonizeResult(shop, { type: 'takeaway' }, new Map());
    expect(shop['cuisine']).toBe('Thai');
    expect(shop['name']).not.toBe('Seattle');
  });
});

describe('a result read by name, in a place, with a status', () => {
  it('a read named for its thing (`get_filters_filter_name(filterName)`) returns the thing of that name', () => {
    const result: Json = { multiValue: true, name: 'price', type: 'ENUM' };
    harmonizeResult(
      result,
      { filterName: 'brand' },
      new Map(),
      '',
      undefined,
      { seen: new Map(), entity: 'name', write: false },
      'get_filters_filter_name',
    );
    expect(result['name']).toBe('brand');
  });

  it('institutions listed for a country list that country among theirs and are not named for it', () => {
    const result: Json = {
      items: [
        { id: '1342728', name: 'N26 Bank', countries: ['DE', 'AT'] },
        { id: '3994793', name: 'Banco Uno', countries: ['IT'] },
      ],
    };
    harmonizeResult(result, { country: 'PT' }, new Map());
    const items = result['items'] as Json[];
    expect(items.map((item) => item['name'])).toEqual(['N26 Bank', 'Banco Uno']);
    expect(items.map((item) => (item['countries'] as string[])[0])).toEqual(['PT', 'PT']);
  });

  it('a fax never answered lasted 0 seconds; a delivered one keeps its duration', () => {
    const result: Json = {
      faxes: [
        { sid: 'FX1', status: 'no-answer', duration: 3600 },
        { sid: 'FX2', status: 'delivered', duration: 60 },
      ],
    };
    harmonizeResult(result, {}, new Map());
    expect((result['faxes'] as Json[]).map((fax) => fax['duration'])).toEqual([0, 60]);
  });
});

describe('a story told of a place', () => {
  it('locates the record where its story happened', () => {
    const id = Array.from({ length: 60 }, (_, index) => `2025010${index}`).find((seed) => tellStory(seed).place !== undefined)!;
    const story = tellStory(id);
    const record: Json = { key: id, socialMediaHeadline: STORIES[0]!.headline, location: 'Kamloops, BC' };
    oneStoryPerRecord(record, new Map(), id);
    expect(record['socialMediaHeadline']).toBe(story.headline);
    expect(record['location']).toBe(`${story.place!}, BC`);
  });
});
