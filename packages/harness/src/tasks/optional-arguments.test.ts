import { describe, expect, it } from 'vitest';
import { describedLabel, spokenArguments } from '@inftool/user-sim';
import {
  aboutParameter,
  bodyWithoutFlags,
  keptOptional,
  orderedRanges,
  saysDefault,
  technicalSwitch,
  trimmedBody,
  withinOptionalLimit,
} from './optional-arguments.js';
import { mistyped } from './fault-plan.js';

const schema = {
  type: 'object',
  required: ['disease'],
  properties: {
    disease: { type: 'string' },
    target: { type: 'string' },
    pathway: { type: 'string' },
    datasource: { type: 'string' },
    size: { type: 'number' },
    direct: { type: 'boolean' },
    sort: { type: 'string', description: 'Sort by the given score type.' },
    uniprotkw: { type: 'string', description: 'A UniProt keyword (meaning all the targets linked to that keyword).' },
    kwha: { type: 'integer', description: 'Total amount of energy in kilo-watt-hours per year.' },
  },
};

describe('optional arguments of a request', () => {
  it('keeps the required ones and at most two optional ones, never a flag, a sort or an opaque name', () => {
    const args = {
      disease: 'EFO_1',
      target: 'ENSG1',
      pathway: 'R-HSA-1',
      datasource: 'chembl',
      size: 10,
      direct: true,
      sort: '~scores.overall',
      kwha: 2100,
    };
    for (const seed of [1, 2, 3, 4, 5]) {
      const kept = keptOptional(args, schema, 'get_association_filter', 'Filter available associations.', seed);
      expect(kept['disease']).toBe('EFO_1');
      expect(Object.keys(kept).length).toBeLessThanOrEqual(3);
      expect(kept).not.toHaveProperty('direct');
      expect(kept).not.toHaveProperty('sort');
      expect(kept).not.toHaveProperty('kwha');
    }
  });

  it('tells technical switches from values a person says', () => {
    expect(technicalSwitch('facets', { type: 'boolean' }, true)).toBe(true);
    expect(technicalSwitch('order', { type: 'string' }, 'asc')).toBe(true);
    expect(technicalSwitch('field', { type: 'string' }, '~scores.association_score')).toBe(true);
    expect(technicalSwitch('kwha', { type: 'integer', description: 'Total amount of energy per year.' }, 2100)).toBe(true);
    expect(technicalSwitch('uniprotkw', schema.properties.uniprotkw, 'BRCA1')).toBe(false);
    expect(technicalSwitch('target', { type: 'string' }, 'ENSG00000141510')).toBe(false);
    expect(technicalSwitch('vid', { type: 'string', description: 'VID key of the process.' }, 'VID-1')).toBe(false);
  });

  it('always plans the optional parameter the tool is about', () => {
    expect(aboutParameter('postKeys', 'posts_get', 'Get the posts associated with the keys in the list passed in')).toBe(true);
    expect(aboutParameter('count', 'posts_get', 'Get the posts associated with the keys in the list passed in')).toBe(false);
    expect(aboutParameter('From', 'list_fax', 'Retrieve a list of all faxes from a number.')).toBe(false);
    const kept = keptOptional(
      { postKeys: ['pos_1'], count: 3, skip: 2, postKind: 'stories' },
      { type: 'object', properties: { postKeys: {}, count: {}, skip: {}, postKind: {} } },
      'posts_get',
      'Get the posts with the keys in the list',
      7,
    );
    expect(kept).toHaveProperty('postKeys');
    expect(Object.keys(kept)).toHaveLength(2);
  });

  it('tells whether carried-over values keep to two optional ones', () => {
    expect(withinOptionalLimit(schema, { disease: 'EFO_1', target: 'ENSG1', pathway: 'R-HSA-1' })).toBe(true);
    expect(withinOptionalLimit(schema, { disease: 'EFO_1', target: 'ENSG1', pathway: 'R-HSA-1', size: 10 })).toBe(false);
  });

  it('drops the flags of a body typed as JSON text, nothing else', () => {
    expect(bodyWithoutFlags('{"target":["ENSG1","ENSG2"],"facets":"true"}')).toBe('{"target":["ENSG1","ENSG2"]}');
    expect(bodyWithoutFlags('{"target":["ENSG1"],"pvalue":0.001}')).toBe('{"target":["ENSG1"],"pvalue":0.001}');
    expect(bodyWithoutFlags('{"facets":true}')).toBe('{"facets":true}');
    expect(bodyWithoutFlags('["a","b"]')).toBe('["a","b"]');
  });

  it('puts the start of a range before its end', () => {
    expect(orderedRanges({ DateCreatedAfter: '2025-05-01T00:00:00Z', DateCreatedOnOrBefore: '2025-04-01T00:00:00Z' })).toEqual({
      DateCreatedAfter: '2025-04-01T00:00:00Z',
      DateCreatedOnOrBefore: '2025-05-01T00:00:00Z',
    });
    expect(orderedRanges({ start_date: '2025-03-09', end_date: '2025-01-02', min_price: 9, max_price: 3 })).toEqual({
      start_date: '2025-01-02',
      end_date: '2025-03-09',
      min_price: 3,
      max_price: 9,
    });
    // Not a range of one thing: a sender and a recipient stay as they are.
    expect(orderedRanges({ From: '+15550000002', To: '+15550000001' })).toEqual({ From: '+15550000002', To: '+15550000001' });
    expect(orderedRanges({ start_date: '2025-01-02', end_date: '2025-03-09' })).toEqual({
      start_date: '2025-01-02',
      end_date: '2025-03-09',
    });
  });

  it('says an abbreviated name by its description', () => {
    expect(describedLabel(schema.properties.uniprotkw)).toBe('UniProt keyword');
    expect(describedLabel({ description: 'If provided together with milliseconds, a cost.' })).toBeUndefined();
    const spoken = spokenArguments({ uniprotkw: 'BRCA1' }, schema);
    expect(spoken[0]?.label).toBe('UniProt keyword');
  });
});

describe('a mistyped id', () => {
  it('swaps two neighbouring characters near the end, keeping the prefix', () => {
    expect(mistyped('FX18ebbF66')).toBe('FX18ebb6F6');
    expect(mistyped('FX18ebbF66', 1)).toBe('FX18ebFb66');
    // Nothing to swap after the prefix: no typo.
    expect(mistyped('pos_aaaa')).toBeUndefined();
  });
});

describe('trimmedBody', () => {
  const booking = {
    type: 'object',
    properties: {
      rooms: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            adults: { type: 'integer' },
            rateId: { type: 'string' },
            notes: { type: 'object', properties: { fromGuest: { type: 'string' }, fromSeller: { type: 'string' } } },
          },
          required: ['adults', 'rateId'],
        },
      },
      contact: {
        allOf: [
          {
            type: 'object',
            properties: {
              email: { type: 'string' },
              firstName: { type: 'string' },
              lastName: { type: 'string' },
              sendEmail: { type: 'boolean' },
            },
            required: ['email'],
          },
        ],
      },
    },
    required: ['rooms'],
  };
  it('each nested object keeps its required values and at most one optional one, never a flag', () => {
    for (let seed = 0; seed < 10; seed += 1) {
      const body = trimmedBody(
        {
          rooms: [{ adults: 2, rateId: 'r1', notes: { fromGuest: 'late arrival', fromSeller: 'vip' } }],
          contact: { email: 'a@example.com', firstName: 'Ana', lastName: 'Lee', sendEmail: true },
        },
        booking,
        seed,
      ) as Record<string, any>;
      expect(body['rooms'][0]).toMatchObject({ adults: 2, rateId: 'r1' });
      expect(Object.keys(body['rooms'][0]).length).toBeLessThanOrEqual(3);
      if (body['rooms'][0].notes) expect(Object.keys(body['rooms'][0].notes).length).toBe(1);
      expect(body['contact'].email).toBe('a@example.com');
      expect(Object.keys(body['contact']).length).toBeLessThanOrEqual(2);
      expect(body['contact'].sendEmail).toBeUndefined();
    }
    expect(trimmedBody('text', booking, 1)).toBe('text');
  });
});

describe('optional arguments at their default', () => {
  it('leaves out an optional value the schema defaults to (the user never said it), and keeps a value they would say', () => {
    const schema = {
      type: 'object',
      properties: {
        number: { type: 'number' },
        decimal_places: { type: 'integer', description: 'The number of decimal places to round to.', default: 0 },
      },
      required: ['number'],
    };
    const description = 'Round a number to a specified number of decimal places.';
    expect(keptOptional({ number: 330.383, decimal_places: 0 }, schema, 'round_number', description, 1)).toEqual({ number: 330.383 });
    expect(keptOptional({ number: 330.383, decimal_places: 2 }, schema, 'round_number', description, 1)).toEqual({
      number: 330.383,
      decimal_places: 2,
    });
    expect(saysDefault({ type: 'number', default: 0.8 }, 0.8)).toBe(true);
    expect(saysDefault({ type: 'number' }, 0.8)).toBe(false);
    expect(saysDefault({ type: 'object' }, {})).toBe(true);
    expect(saysDefault({ type: 'object' }, { value: 30, unit: 'year' })).toBe(false);
  });
});
