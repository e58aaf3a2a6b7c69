import { describe, expect, it } from 'vitest';
import { entityIdParameter, seededEntityIds } from '@inftool/sim-server';
import { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from '../../packages/sim-server/src/engines/known-biomedical.js';
import type { ToolSpec } from '@inftool/core';
import { type Connected, callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

type Json = Record<string, unknown>;
const object = (properties: Json, required: string[] = []) => ({ type: 'object', properties, required });
const sid = (prefix: string) => ({ type: 'string', minLength: 34, maxLength: 34, pattern: `^${prefix}[0-9a-fA-F]{32}$` });
const nullable = (prefix: string) => ({ ...sid(prefix), type: ['string', 'null'] });
const FAX = object({
  sid: nullable('FX'),
  media_sid: nullable('ME'),
  account_sid: nullable('AC'),
  status: { type: ['string', 'null'], enum: ['queued', 'sending', 'delivered', 'failed', 'canceled', null] },
  num_pages: { type: ['integer', 'null'] },
});
const MEDIA = object({ sid: nullable('ME'), fax_sid: nullable('FX'), content_type: { type: ['string', 'null'] } });
const ARTICLE = {
  allOf: [object({ key: { type: 'string' }, timestamp: { type: 'string', format: 'date-time' } })],
  properties: { editionName: { type: 'string' }, htmlBody: { type: 'string' } },
  type: 'object',
};

const TOOLS = [
  {
    name: 'get_eco_by_id',
    description: 'Get evidence code by ID.',
    inputSchema: object({ ECO_ID: { type: 'string', description: 'An evidence code ontology ID.' } }, ['ECO_ID']),
    outputSchema: object({ id: { type: 'string' }, label: { type: 'string' } }),
  },
  {
    name: 'list_fax',
    description: 'Retrieve a list of all faxes.',
    inputSchema: object({ PageSize: { type: 'integer', minimum: 1 } }),
    outputSchema: object({ faxes: { type: 'array', items: FAX } }),
  },
  { name: 'fetch_fax', description: 'Fetch a specific fax.', inputSchema: object({ Sid: sid('FX') }, ['Sid']), outputSchema: FAX },
  {
    name: 'list_fax_media',
    description: 'All media of a fax.',
    inputSchema: object({ FaxSid: sid('FX'), PageSize: { type: 'integer', minimum: 1 } }, ['FaxSid']),
    outputSchema: object({ media: { type: 'array', items: MEDIA } }),
  },
  {
    name: 'fetch_fax_media',
    description: 'Fetch a specific fax media instance.',
    inputSchema: object({ FaxSid: sid('FX'), Sid: sid('ME') }, ['FaxSid', 'Sid']),
    outputSchema: MEDIA,
  },
  {
    name: 'delete_fax_media',
    description: 'Delete a specific fax media instance.',
    inputSchema: object({ FaxSid: sid('FX'), Sid: sid('ME') }, ['FaxSid', 'Sid']),
  },
  {
    name: 'list_committees',
    description: 'List committees of a legislature.',
    inputSchema: object({ classification: { type: 'string', enum: ['committee', 'subcommittee'] } }),
    outputSchema: object({
      results: { type: 'array', items: object({ id: { type: 'string' }, name: { type: 'string' }, classification: { type: 'string' } }) },
    }),
  },
  {
    name: 'list_jurisdictions',
    description: 'List jurisdictions.',
    inputSchema: object({ classification: { type: 'string', enum: ['state', 'municipality', 'country'] } }),
    outputSchema: object({ results: { type: 'array', items: object({ id: { type: 'string' }, classification: { type: 'string' } }) } }),
  },
  {
    name: 'newsletters_get_image',
    description: 'The image of a newsletter edition by its guid.',
    inputSchema: object({ guid: { type: 'string', description: '' } }, ['guid']),
    outputSchema: object({ fileName: { type: 'string' }, imageType: { type: 'string' } }),
  },
  {
    name: 'newsletters_get_article',
    description: 'An article of a newsletter edition.',
    inputSchema: object({ newsletterKey: { type: 'string' }, editionKey: { type: 'string' }, articleKey: { type: 'string' } }, [
      'newsletterKey',
      'editionKey',
      'articleKey',
    ]),
    outputSchema: ARTICLE,
  },
  {
    name: 'posts_get_all_keys',
    description: 'Keys of posts.',
    inputSchema: object({
      postKind: {
        type: 'string',
        default: '',
        description: 'One of: releases, stories, factsheets, updates or default (releases+stories+factsheets)',
      },
    }),
  },
  {
    name: 'posts_get_one',
    description: 'A post by key.',
    inputSchema: object({ key: { type: 'string' } }, ['key']),
    outputSchema: object({ key: { type: 'string' }, postKind: { type: 'string' }, title: { type: 'string' } }),
  },
  {
    name: 'get_spots_month',
    description: 'Spots of a region.',
    inputSchema: object({ region: { type: 'string' } }, ['region']),
    outputSchema: object(
      {
        status: { type: 'integer' },
        data: object({ location: { type: 'object' }, regions: { type: 'array', minItems: 3, maxItems: 3, items: { type: 'string' } } }, [
          'location',
          'regions',
        ]),
      },
      ['status', 'data'],
    ),
  },
];

const session = toolSessions(TOOLS, 'server-seed');

const call = (on: Connected, name: string, args: Json, world = 'w-ids') => callInWorld(on, name, args, world);

const spec = (name: string) => TOOLS.find((tool) => tool.name === name) as unknown as ToolSpec;

describe('faker world: ids shaped by the id parameter, the same for every tool of an entity', () => {
  it('a guid is a UUID, for the planner (seededEntityIds with the schema entityIdParameter found) and the server alike', async () => {
    const image = spec('newsletters_get_image');
    expect(entityIdParameter(image)).toBe('guid');
    const schema = (image.inputSchema.properties as Record<string, Json>)['guid'];
    const ids = seededEntityIds('w-ids', 'image', schema);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    const on = await session();
    const read = await call(on, 'newsletters_get_image', { guid: ids[1] as string });
    expect(read.isError).toBe(false);
  });

  it('fax ids: records a list returns are readable by their sid; a media record names the fax it was read with; a fax names a media the world has', async () => {
    const on = await session();
    const faxes = (await call(on, 'list_fax', {})).value['faxes'] as Json[];
    expect(faxes.length).toBeGreaterThan(0);
    for (const fax of faxes) {
      expect(fax['sid']).toMatch(/^FX[0-9a-fA-F]{32}$/);
      expect(fax['status']).not.toBe('failed');
    }
    const fax = await call(on, 'fetch_fax', { Sid: faxes[0]!['sid'] as string });
    expect(fax.isError).toBe(false);
    expect(fax.value['sid']).toBe(faxes[0]!['sid']);
    const mediaSid = fax.value['media_sid'] as string;
    expect(mediaSid).toMatch(/^ME[0-9a-fA-F]{32}$/);
    const media = await call(on, 'fetch_fax_media', { FaxSid: fax.value['sid'] as string, Sid: mediaSid });
    expect(media.isError).toBe(false);
    expect(media.value).toMatchObject({ sid: mediaSid, fax_sid: fax.value['sid'] });
    // a list of a fax's media gives media ids (not fax ids), each readable, each of that fax
    const listed = (await call(on, 'list_fax_media', { FaxSid: fax.value['sid'] as string })).value['media'] as Json[];
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) {
      expect(item['sid']).toMatch(/^ME[0-9a-fA-F]{32}$/);
      expect(item['fax_sid']).toBe(fax.value['sid']);
      expect((await call(on, 'fetch_fax_media', { FaxSid: fax.value['sid'] as string, Sid: item['sid'] as string })).isError).toBe(false);
    }
  });

  it('a deleted medium, or one of another fax, is never the medium another fax names', async () => {
    const on = await session();
    const faxes = ((await call(on, 'list_fax', { PageSize: 5 })).value['faxes'] as Json[]).map((fax) => fax['sid'] as string);
    const first = await call(on, 'fetch_fax', { Sid: faxes[0]! });
    const medium = first.value['media_sid'] as string;
    expect((await call(on, 'fetch_fax_media', { FaxSid: faxes[0]!, Sid: medium })).isError).toBe(false);
    expect((await call(on, 'delete_fax_media', { FaxSid: faxes[0]!, Sid: medium })).isError).toBe(false);
    const others = await Promise.all(
      seededEntityIds('w-ids', 'fax', sid('FX')).map(async (other) => (await call(on, 'fetch_fax', { Sid: other as string })).value),
    );
    const named = others.filter((fax) => fax['sid'] !== faxes[0]).map((fax) => fax['media_sid']);
    expect(named.length).toBeGreaterThan(3);
    expect(named).not.toContain(medium);
    // and each fax has a medium of its own
    expect(new Set(named).size).toBe(named.length);
  });

  it('a field two tools allow different values for takes those of the tool about its own kind of record', async () => {
    const on = await session();
    for (const world of ['w-a', 'w-b', 'w-c']) {
      const jurisdictions = (await call(on, 'list_jurisdictions', {}, world)).value['results'] as Json[];
      const committees = (await call(on, 'list_committees', {}, world)).value['results'] as Json[];
      for (const jurisdiction of jurisdictions) expect(['state', 'municipality', 'country']).toContain(jurisdiction['classification']);
      for (const committee of committees) expect(['committee', 'subcommittee']).toContain(committee['classification']);
    }
  });

  it('a read by key echoes every key it was called with, even where the record schema sits in allOf', async () => {
    const on = await session();
    const article = spec('newsletters_get_article');
    expect(entityIdParameter(article)).toBe('articleKey');
    const [articleKey] = seededEntityIds('w-ids', 'article', (article.inputSchema.properties as Record<string, Json>)['articleKey']);
    const read = await call(on, 'newsletters_get_article', {
      newsletterKey: 'weekly',
      editionKey: 'edition-12',
      articleKey: articleKey as string,
    });
    expect(read.isError).toBe(false);
    expect(read.value['key']).toBe(articleKey);
    // an article key the world does not hold is a 404; a bare `key` names whatever the tool reads
    expect(
      (await call(on, 'newsletters_get_article', { newsletterKey: 'weekly', editionKey: 'edition-12', articleKey: 'art_nosuchthing' }))
        .isError,
    ).toBe(true);
    const post = await call(on, 'posts_get_one', { key: 'post-77' });
    expect(post.value['key']).toBe('post-77');
  });
});

describe("seeded ids take the shape the id parameter shows, a real service's shape when nothing is known", () => {
  const SERVICE_SHAPE = /^([1-9]\d{6}|20\d{6}-\d{6})$/;
  const ids = (schema: Json, entity = 'drug') => seededEntityIds('w-shapes', entity, schema) as string[];

  it('like an example the schema gives: its prefix and leading zeros kept, the rest drawn; stable per world, distinct per record', () => {
    const drugbank = ids({ type: 'string', examples: ['DB00945'] });
    for (const id of drugbank) expect(id).toMatch(/^DB00[1-9][0-9]{2}$/);
    expect(new Set(drugbank).size).toBeGreaterThan(2);
    expect(ids({ type: 'string', examples: ['DB00945'] })).toEqual(drugbank);
    expect(seededEntityIds('another-world', 'drug', { type: 'string', examples: ['DB00945'] })).not.toEqual(drugbank);
    for (const id of ids({ type: 'string', examples: ['PR-000120'] })) expect(id).toMatch(/^PR-000[1-9][0-9]{2}$/);
    const sid = `MM${'0a1b2c3d4e5f'.repeat(3).slice(0, 32)}`;
    for (const id of ids({ type: 'string', example: sid, minLength: 34, maxLength: 34 })) expect(id).toMatch(/^MM[0-9a-f]{32}$/);
  });

  it('like an id its description gives ("e.g. ECO:0000269"), else of the namespace it names', () => {
    for (const id of ids({ type: 'string', description: 'An ECO id, e.g. ECO:0000269 or ECO_0000269.' }, 'eco'))
      expect(id).toMatch(/^ECO[:_]0000[1-9][0-9]{2}$/);
    for (const id of ids({ type: 'string', description: 'An evidence code ontology ID.' }, 'eco')) expect(id).toMatch(/^ECO_0000\d{3}$/);
  });

  it('a namespace the world knows real records of (ChEMBL, EFO, Ensembl) gives real ids, distinct, so their facts are true', () => {
    const drugs = ids({ type: 'string', description: 'An ID in the drug index.' });
    expect(new Set(drugs).size).toBe(drugs.length);
    for (const id of drugs) expect(Object.keys(KNOWN_DRUGS)).toContain(id);
    expect(ids({ type: 'string', examples: ['CHEMBL25'] })).toEqual(drugs);
    for (const id of ids({ type: 'string', description: 'An EFO identifier.' }, 'disease'))
      expect(Object.keys(KNOWN_DISEASES)).toContain(id);
    for (const id of ids({ type: 'string', examples: ['ENSG00000141510'] }, 'target')) expect(Object.keys(KNOWN_GENES)).toContain(id);
    // a schema no real id fits keeps ids of the shape
    for (const id of ids({ type: 'string', examples: ['CHEMBL25'], maxLength: 8 })) expect(id).toMatch(/^CHEMBL[1-9][0-9]$/);
  });

  it('one of its enum; a known shape that breaks the schema, or nothing known, gives a number or a dated key, never an invented prefix', () => {
    for (const id of ids({ type: 'string', enum: ['aspirin', 'ibuprofen'] })) expect(['aspirin', 'ibuprofen']).toContain(id);
    for (const id of ids({ type: 'string', description: 'The drug.' })) expect(id).toMatch(/^[1-9]\d{6}$/);
    for (const id of ids({ type: 'string', examples: ['CHEMBL25'], minLength: 12 })) expect(id).not.toMatch(/^CHEMBL|_/);
    for (const id of ids({ type: 'string', examples: ['not an id'] })) expect(id).toMatch(SERVICE_SHAPE);
    // a news post is keyed by its date and a serial; a longer id keeps to digits
    for (const id of ids({ type: 'string' }, 'post')) expect(id).toMatch(/^20\d{6}-\d{6}$/);
    for (const id of ids({ type: 'string', minLength: 12 })) expect(id).toMatch(/^[1-9]\d{11}$/);
  });

  it('the server holds the records the planner seeds: an ECO id read in the world is found, and the same on each call', async () => {
    const eco = spec('get_eco_by_id');
    expect(entityIdParameter(eco)).toBe('ECO_ID');
    const [first] = seededEntityIds('w-ids', 'eco', (eco.inputSchema.properties as Record<string, Json>)['ECO_ID']) as string[];
    expect(first).toMatch(/^ECO_0000\d{3}$/);
    const on = await session();
    const read = await call(on, 'get_eco_by_id', { ECO_ID: first! });
    expect(read.isError).toBe(false);
    expect(read.value['id']).toBe(first);
    expect((await call(on, 'get_eco_by_id', { ECO_ID: first! })).value).toEqual(read.value);
  });
});

describe('faker values a reviewer accepts', () => {
  it('a result field takes the values a parameter of the same name lists; status numbers read as success; open objects are filled; names do not repeat', async () => {
    const on = await session();
    for (const key of ['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6']) {
      const post = await call(on, 'posts_get_one', { key });
      expect(['releases', 'stories', 'factsheets', 'updates', 'default']).toContain(post.value['postKind']);
    }
    for (const region of ['north', 'south', 'east', 'west', 'central']) {
      const spots = await call(on, 'get_spots_month', { region });
      expect(spots.value['status']).toBe(200);
      const data = spots.value['data'] as Json;
      expect(Object.keys(data['location'] as Json)).toEqual(['latitude', 'longitude']);
      const regions = data['regions'] as string[];
      expect(new Set(regions).size).toBe(regions.length);
    }
  });
});
