import { describe, expect, it } from 'vitest';
import type { PlannedCall, ToolSpec } from '@inftool/core';
import { followUpsFromLists } from './listed-follow-up.js';
import { withoutRepeatedReads } from './repeated-reads.js';
import type { IndexedTool } from './tool-index.js';

const tool = (
  name: string,
  properties: Record<string, unknown>,
  required: string[],
  outputSchema?: Record<string, unknown>,
): IndexedTool => ({
  spec: {
    name,
    description: name,
    inputSchema: { type: 'object', properties, required },
    ...(outputSchema ? { outputSchema } : {}),
  } as ToolSpec,
  domain: 'd',
  category: 'c',
  server: 's',
});
const ORDERS = {
  type: 'object',
  properties: { orders: { type: 'array', items: { type: 'object', properties: { order_id: { type: 'string' } } } } },
};
const TOOLS = [
  tool('list_orders', {}, [], ORDERS),
  tool('get_order', { order_id: { type: 'string' } }, ['order_id']),
  tool('get_customer', { customer_id: { type: 'string' } }, ['customer_id']),
];

describe('a follow-up after a list', () => {
  it('reads the first listed record rather than one the user never saw', () => {
    const plan: PlannedCall[][] = [[{ tool: 'list_orders', arguments: {} }], [{ tool: 'get_order', arguments: { order_id: 'o-991' } }]];
    expect(followUpsFromLists(plan, TOOLS)[1]?.[0]?.arguments).toEqual({
      order_id: { $result: { turn: 0, call: 0, field: 'orders.0.order_id' } },
    });
  });

  it('keeps an id the conversation named before, and a record of another kind', () => {
    const named: PlannedCall[][] = [
      [{ tool: 'get_order', arguments: { order_id: 'o-991' } }],
      [{ tool: 'list_orders', arguments: {} }],
      [{ tool: 'get_order', arguments: { order_id: 'o-991' } }],
    ];
    expect(followUpsFromLists(named, TOOLS)[2]?.[0]?.arguments).toEqual({ order_id: 'o-991' });
    const other: PlannedCall[][] = [
      [{ tool: 'list_orders', arguments: {} }],
      [{ tool: 'get_customer', arguments: { customer_id: 'c-4' } }],
    ];
    expect(followUpsFromLists(other, TOOLS)[1]?.[0]?.arguments).toEqual({ customer_id: 'c-4' });
  });

  it("reads a listed fax by its own sid: a read by `Sid` and a media list by its fax's `FaxSid`", () => {
    const FAXES = {
      type: 'object',
      properties: {
        faxes: { type: 'array', items: { type: 'object', properties: { sid: { type: 'string' }, from: { type: 'string' } } } },
      },
    };
    const fax = [
      tool('list_fax', { From: { type: 'string' } }, [], FAXES),
      tool('fetch_fax', { Sid: { type: 'string' } }, ['Sid']),
      tool('list_fax_media', { FaxSid: { type: 'string' } }, ['FaxSid']),
    ];
    const ref = { $result: { turn: 0, call: 0, field: 'faxes.0.sid' } };
    for (const [name, parameter] of [
      ['fetch_fax', 'Sid'],
      ['list_fax_media', 'FaxSid'],
    ] as const) {
      const plan: PlannedCall[][] = [[{ tool: 'list_fax', arguments: {} }], [{ tool: name, arguments: { [parameter]: 'FX17' } }]];
      expect(followUpsFromLists(plan, fax)[1]?.[0]?.arguments).toEqual({ [parameter]: ref });
    }
  });

  it('keeps the listed record in later turns that named the id it gave way to', () => {
    const plan: PlannedCall[][] = [
      [{ tool: 'list_orders', arguments: {} }],
      [{ tool: 'get_order', arguments: { order_id: 'o-991' } }],
      [{ tool: 'get_order', arguments: { order_id: 'o-991' } }],
    ];
    const ref = { $result: { turn: 0, call: 0, field: 'orders.0.order_id' } };
    expect(followUpsFromLists(plan, TOOLS).map((calls) => calls[0]?.arguments)).toEqual([{}, { order_id: ref }, { order_id: ref }]);
  });
});

describe('a story asks nothing twice', () => {
  it('reads a kind the story read before by its own id, never as the first listed', () => {
    const plan: PlannedCall[][] = [
      [{ tool: 'get_order', arguments: { order_id: 'o-1' } }],
      [{ tool: 'list_orders', arguments: {} }],
      [{ tool: 'get_order', arguments: { order_id: 'o-2' } }],
    ];
    expect(followUpsFromLists(plan, TOOLS)[2]?.[0]?.arguments).toEqual({ order_id: 'o-2' });
  });

  it('drops a turn that repeats an earlier read exactly, moving references to it and after it', () => {
    const listed = { $result: { turn: 0, call: 0, field: 'orders.0.order_id' } };
    const plan: PlannedCall[][] = [
      [{ tool: 'list_orders', arguments: {} }],
      [{ tool: 'get_order', arguments: { order_id: listed } }],
      [{ tool: 'get_customer', arguments: { customer_id: 'c-4' } }],
      [{ tool: 'get_order', arguments: { order_id: listed } }],
      [{ tool: 'get_customer', arguments: { customer_id: { $result: { turn: 3, call: 0, field: 'customer_id' } } } }],
    ];
    expect(withoutRepeatedReads(plan, TOOLS, 'w').map((calls) => calls[0]?.arguments)).toEqual([
      {},
      { order_id: listed },
      { customer_id: 'c-4' },
      { customer_id: { $result: { turn: 1, call: 0, field: 'customer_id' } } },
    ]);
  });

  it('drops a read repeated after only another record was made, and keeps one after its record changed', () => {
    const tools = [
      ...TOOLS,
      tool('create_order', { item: { type: 'string' } }, ['item']),
      tool('update_order', { order_id: { type: 'string' } }, ['order_id']),
    ];
    const read: PlannedCall = { tool: 'get_order', arguments: { order_id: 'o-1' } };
    const made: PlannedCall[][] = [[read], [{ tool: 'create_order', arguments: { item: 'lamp' } }], [read]];
    expect(withoutRepeatedReads(made, tools, 'w')).toHaveLength(2);
    const changed: PlannedCall[][] = [[read], [{ tool: 'update_order', arguments: { order_id: 'o-1' } }], [read]];
    expect(withoutRepeatedReads(changed, tools, 'w')).toHaveLength(3);
  });

  it('drops a read by a reference to the very record an earlier turn read by its id', () => {
    const plan: PlannedCall[][] = [
      [{ tool: 'get_order', arguments: { order_id: 'o-1' } }],
      [{ tool: 'get_customer', arguments: { customer_id: 'c-4' } }],
      [{ tool: 'get_order', arguments: { order_id: { $result: { turn: 0, call: 0, field: 'order_id', value: 'o-1' } } } }],
    ];
    expect(withoutRepeatedReads(plan, TOOLS, 'w')).toHaveLength(2);
  });
});
