import { describe, expect, it } from 'vitest';
import { SchemaValidator, type Task } from '@inftool/core';
import { fieldOf, resolveRefs, resultRef } from './result-refs.js';
import { wrongAttempt } from './wrong-arguments.js';
import { faultArgument, pickFault, plannedFaultMeta } from './fault-plan.js';
import { brokenDate } from './sayable-arguments.js';
import { firstPage, plumbing } from './tool-needs.js';
import { createRandom } from '@inftool/core';
import { actionPhrase } from '../roles/action-phrase.js';
import { toolPhrase } from './goal-text.js';

const validator = new SchemaValidator();

describe('result refs', () => {
  it('walks a path into a list item, and finds the item under another list name', () => {
    const result = JSON.stringify({ faxes: [{ sid: 'FX01', status: 'delivered' }, { sid: 'FX02' }], meta: { page: 0 } });
    expect(fieldOf(result, 'faxes.1.sid')).toBe('FX02');
    expect(fieldOf(result, 'items.0.Sid')).toBe('FX01'); // `items` is not there: the first list, the field case-insensitively
    expect(fieldOf(result, 'faxes.5.sid')).toBeUndefined();
  });

  it('a plain field: exact, else id, else the first *_id', () => {
    expect(fieldOf({ order_id: 'ord_1', id: 'x' }, 'order_id')).toBe('ord_1');
    expect(fieldOf({ id: 'ord_2' }, 'order_id')).toBe('ord_2');
    expect(fieldOf({ booking_id: 'b_3' }, 'order_id')).toBe('b_3');
  });

  it('falls back to the planned value where the result does not repeat it, and leaves an unknown ref as it is', () => {
    const call = { tool: 'update_order', arguments: { order_id: resultRef(0, 0, 'order_id', 'ord_9'), quantity: 2 } };
    expect(resolveRefs(call, () => JSON.stringify({ status: 'ok' })).arguments).toEqual({ order_id: 'ord_9', quantity: 2 });
    const bare = { tool: 'get_order', arguments: { order_id: resultRef(0, 0, 'order_id') } };
    expect(resolveRefs(bare, () => '{}').arguments['order_id']).toEqual(resultRef(0, 0, 'order_id'));
  });
});

describe('wrongAttempt: the assistant’s own mistake, which validation rejects', () => {
  const schema = {
    type: 'object',
    properties: {
      city: { type: 'string' },
      days: { type: 'integer' },
      units: { type: 'string', enum: ['metric', 'imperial'] },
      date: { type: 'string', format: 'date' },
    },
    required: ['city'],
  };

  it('a number sent as text, first', () => {
    const wrong = wrongAttempt({ city: 'Lyon', days: 3 }, schema)!;
    expect(wrong).toMatchObject({ arguments: { city: 'Lyon', days: '3' }, parameter: 'days', mistake: 'sent the days as text' });
    expect(validator.validate(schema, wrong.arguments).valid).toBe(false);
  });

  it('an enum value in the wrong case, a date in the wrong format', () => {
    expect(wrongAttempt({ city: 'Lyon', units: 'metric' }, schema)!.arguments).toEqual({ city: 'Lyon', units: 'METRIC' });
    expect(wrongAttempt({ city: 'Lyon', date: '2025-03-15' }, schema)!.arguments).toEqual({ city: 'Lyon', date: '03/15/2025' });
  });

  it('a value off its pattern, digits sent as a number, one value for a list', () => {
    const fax = {
      type: 'object',
      properties: {
        To: { type: 'string', pattern: '^\\+[1-9]\\d{6,14}$' },
        Sid: { type: 'string', pattern: '^FX[0-9a-f]{32}$' },
        zip: { type: 'string' },
        ids: { type: 'array', items: { type: 'string' } },
      },
    };
    const phone = wrongAttempt({ To: '+14155550100' }, fax)!;
    expect(phone).toMatchObject({ arguments: { To: '14155550100' }, mistake: 'wrote the to as "14155550100"' });
    expect(validator.validate(fax, phone.arguments).valid).toBe(false);
    // No model lowercases an id it was given: no slip on it.
    expect(wrongAttempt({ Sid: `FX${'a'.repeat(32)}` }, fax)).toBeUndefined();
    expect(wrongAttempt({ zip: '97149' }, fax)!.arguments).toEqual({ zip: 97149 });
    expect(wrongAttempt({ ids: ['ENSG1', 'ENSG2'] }, fax)!.arguments).toEqual({ ids: 'ENSG1' });
  });

  it('never a slip on a value the user did not say (the schema default)', () => {
    const filter = {
      type: 'object',
      properties: { scorevalue_min: { type: 'number', default: 0 }, target: { type: 'string' }, size: { type: 'integer' } },
    };
    expect(wrongAttempt({ scorevalue_min: 0, target: 'ENSG1' }, filter)).toBeUndefined();
    expect(wrongAttempt({ scorevalue_min: 0, size: 5 }, filter)).toMatchObject({
      parameter: 'size',
      arguments: { scorevalue_min: 0, size: '5' },
    });
  });

  it('never leaves out a value the user gave, and never an attempt with no arguments', () => {
    // `delete_fax({})` after the user named the fax: no plausible slip, so no deliberate mistake at all.
    expect(wrongAttempt({ city: 'Lyon' }, schema)).toBeUndefined();
    expect(
      wrongAttempt({ Sid: 'fax-4421' }, { type: 'object', properties: { Sid: { type: 'string' } }, required: ['Sid'] }),
    ).toBeUndefined();
    expect(wrongAttempt({}, { type: 'object', properties: {} })).toBeUndefined();
  });
});

describe('plannedFaultMeta', () => {
  const task = (recovery: 'retry' | 'correct' | 'report') =>
    ({
      expectedCalls: [[{ tool: 'list_orders', arguments: {} }], [{ tool: 'get_order', arguments: { order_id: 'o1' } }]],
      faults: [{ turn: 1, call: 0, fault: 'rate_limited', recovery }],
    }) as unknown as Task;

  it('marks only the first attempt of the planned call in its turn', () => {
    const meta = plannedFaultMeta(task('retry'))!;
    expect(meta({ turn: 1, tool: 'get_order', attempt: 0 })).toEqual({ 'inftool/fault': 'rate_limited' });
    expect(meta({ turn: 1, tool: 'get_order', attempt: 1 })).toBeUndefined();
    expect(meta({ turn: 0, tool: 'list_orders', attempt: 0 })).toBeUndefined();
  });

  it('names the argument the user got wrong, so the 404 names the id that was sent', () => {
    const typo = {
      expectedCalls: [
        [{ tool: 'get_category_subtree', arguments: { category_id: 'cat_169bc35323', category_tree_id: 'ebay_1' } }],
        [{ tool: 'get_category_subtree', arguments: { category_id: 'cat_169bc35233', category_tree_id: 'ebay_1' } }],
      ],
      faults: [{ turn: 0, call: 0, fault: 'not_found', recovery: 'ask' }],
    } as unknown as Task;
    expect(faultArgument(typo, typo.faults![0]!)).toBe('category_id');
    expect(plannedFaultMeta(typo)!({ turn: 0, tool: 'get_category_subtree', attempt: 0 })).toEqual({
      'inftool/fault': 'not_found',
      'inftool/fault-argument': 'category_id',
    });
    // The corrected call of the next turn fails no more.
    expect(plannedFaultMeta(typo)!({ turn: 1, tool: 'get_category_subtree', attempt: 0 })).toBeUndefined();
    expect(faultArgument(task('retry'), task('retry').faults![0]!)).toBeUndefined();
  });

  it('sends nothing for an older plan’s own-mistake fault (validation rejects it) or without faults', () => {
    expect(plannedFaultMeta(task('correct'))).toBeUndefined();
    expect(plannedFaultMeta({ expectedCalls: [] } as unknown as Task)).toBeUndefined();
  });
});

describe('actionPhrase', () => {
  it('a description that starts with a verb, a name with its verb inside, and a noun phrase', () => {
    expect(actionPhrase('gsi_besthour', 'Gets the best hour for green energy.')).toEqual({
      verbal: true,
      text: 'get the best hour for green energy',
    });
    expect(actionPhrase('flight_schedule_get_timings')).toEqual({ verbal: true, text: 'get flight schedule timings' });
    expect(
      actionPhrase(
        'cancel_order',
        'This tool belongs to the trading system, which allows users to trade stocks. Tool description: Cancel an order.',
      ),
    ).toEqual({ verbal: true, text: 'cancel an order' });
    expect(actionPhrase('quittung_zugferd', 'Zugferd XML (Strom-Quittung) for a receipt.')).toEqual({
      verbal: false,
      text: 'quittung zugferd',
    });
  });
});

describe('plan plumbing', () => {
  it('optional paging, output knobs and secrets are plumbing; a city, a date bound or a count are not', () => {
    for (const name of ['cursor', 'pageToken', 'offset', 'skip', 'format', 'fields', 'password', 'api_key', 'client_secret'])
      expect(plumbing(name, { type: 'string' }), name).toBe(true);
    expect(plumbing('from', { type: 'integer' })).toBe(true);
    expect(plumbing('datastructure', { type: 'string', description: 'Type of data structure to return.' })).toBe(true);
    for (const name of ['city', 'count', 'limit', 'key', 'token_symbol']) expect(plumbing(name, { type: 'string' }), name).toBe(false);
    expect(plumbing('from', { type: 'string', description: 'Sender phone number' })).toBe(false);
  });

  it('required paging asks for the first page; a cursor only when its start is known', () => {
    expect(firstPage('offset', { type: 'integer' })).toBe(0);
    expect(firstPage('page', { type: 'integer', minimum: 1 })).toBe(1);
    expect(firstPage('cursor', { type: 'string', description: 'A cursor must be given to paginate over. The starting cursor is 0.' })).toBe(
      '0',
    );
    expect(firstPage('cursor', { type: 'string' })).toBeUndefined();
    expect(firstPage('sha1', { type: 'string' })).toBeUndefined();
  });

  it('server-side faults are retried; none rejects a valid value, none is the assistant’s own mistake', () => {
    const random = createRandom(7);
    const picked = Array.from({ length: 200 }, () => pickFault(random, 0, 0));
    expect(new Set(picked.map((fault) => fault.recovery))).toEqual(new Set(['retry']));
    expect(new Set(picked.map((fault) => fault.fault))).toEqual(new Set(['rate_limited', 'server_error', 'unavailable', 'timeout']));
  });
});

describe('goal phrases', () => {
  const entry = (name: string, description: string) =>
    ({ spec: { name, description, inputSchema: { type: 'object' } }, domain: 'd', category: 'c', server: 's' }) as Parameters<
      typeof toolPhrase
    >[0];
  it('a title in capitals reads as words; an acronym keeps its capitals', () => {
    expect(toolPhrase(entry('jurisdiction_detail', 'Jurisdiction Detail'), 'jurisdiction_detail')).toBe('jurisdiction detail');
    expect(toolPhrase(entry('eua', 'API endpoints related to end-user agreements.'), 'eua')).toBe(
      'API endpoints related to end-user agreements',
    );
    expect(toolPhrase(entry('get_x', 'Get the Ministry associated with the key.'), 'get_x')).toBe(
      'get the Ministry associated with the key',
    );
  });
});

describe('brokenDate', () => {
  it('a date or time shape naming no day is broken; real dates and other texts are not', () => {
    expect(brokenDate('2868-57-34P50:23:31.400J')).toBe(true);
    expect(brokenDate('2025-13-01')).toBe(true);
    expect(brokenDate('2025-06-01')).toBe(false);
    expect(brokenDate('2025-06-01T10:20:30.123Z')).toBe(false);
    expect(brokenDate('2025-06-01 10:20:30+02:00')).toBe(false);
    expect(brokenDate('2025-06')).toBe(false);
    expect(brokenDate('checking-1676')).toBe(false);
  });
});
