import { describe, expect, it } from 'vitest';
import { createRandom, SchemaValidator, type PlannedCall, type ToolSpec } from '@inftool/core';
import { isResultRef, resolveRefs, resultRef } from './result-refs.js';
import { carriedValues, planStory } from './stories.js';
import { storyArcs } from './story-arcs.js';
import { createdIdField, filterFields, idEntity, namesSameRecord, roleOf, schemaFits } from './tool-roles.js';
import type { IndexedTool } from './tool-index.js';

const FX = { type: 'string', pattern: '^FX[0-9a-fA-F]{32}$' };
const ME = { type: 'string', pattern: '^ME[0-9a-fA-F]{32}$' };
const tool = (
  name: string,
  properties: Record<string, unknown>,
  required: string[],
  outputSchema?: Record<string, unknown>,
): IndexedTool => ({
  spec: {
    name,
    description: name.replace(/_/g, ' '),
    inputSchema: { type: 'object', properties, required },
    ...(outputSchema ? { outputSchema } : {}),
  } as ToolSpec,
  domain: 'd',
  category: 'c',
  server: 'fax',
});
const FAX_TOOLS = [
  tool('list_fax', { From: { type: 'string' } }, [], {
    type: 'object',
    properties: { faxes: { type: 'array', items: { type: 'object', properties: { sid: FX, status: { type: 'string' } } } } },
  }),
  tool('fetch_fax', { Sid: FX }, ['Sid']),
  tool('delete_fax', { Sid: FX }, ['Sid']),
  tool('fetch_fax_media', { FaxSid: FX, Sid: ME }, ['FaxSid', 'Sid']),
  tool('delete_fax_media', { FaxSid: FX, Sid: ME }, ['FaxSid', 'Sid']),
];
const validator = new SchemaValidator();
const byName = new Map(FAX_TOOLS.map((entry) => [entry.spec.name, entry]));
const valid = (call: PlannedCall) => validator.validate(byName.get(call.tool)!.spec.inputSchema, call.arguments).valid;
const hex = (seed: number) => createRandom(seed).next().toString(16).slice(2).padEnd(32, '0').slice(0, 32);
const sample = async (entry: IndexedTool, salt: number): Promise<PlannedCall> => {
  const args: Record<string, unknown> = {};
  for (const name of (entry.spec.inputSchema.required ?? []) as string[])
    args[name] = `${name === 'Sid' && entry.spec.name.includes('media') ? 'ME' : 'FX'}${hex(salt * 31 + name.length)}`;
  return { tool: entry.spec.name, arguments: args };
};

describe('schemaFits', () => {
  it('a value fits a parameter of the same type, pattern, format and enum only', () => {
    expect(schemaFits(FX, FX)).toBe(true);
    expect(schemaFits(ME, FX)).toBe(false);
    expect(schemaFits({ type: 'string' }, FX)).toBe(false);
    expect(schemaFits({ type: 'string', format: 'uuid' }, { type: 'string', format: 'uuid' })).toBe(true);
    expect(schemaFits({ type: 'string', enum: ['a'] }, { type: 'string', enum: ['a', 'b'] })).toBe(true);
    expect(schemaFits({ type: 'string' }, { type: 'string', enum: ['a', 'b'] })).toBe(false);
    expect(schemaFits({ type: 'integer' }, { type: 'string' })).toBe(false);
  });
});

describe('storyArcs', () => {
  it('never feeds a media sid into a fax sid; a listed fax is read by the `sid` the world gives its items', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      for (const arc of storyArcs(FAX_TOOLS, String(seed), createRandom(seed))) {
        const entities = new Set(arc.map((step) => step.role.entity));
        expect(entities.size).toBe(1); // one record's story: fax or media, never both
        // the world sets a listed fax's `sid` to its id (a read by `Sid` names it), so a list feeds only that field
        if (arc[0]?.role.tool.spec.name === 'list_fax') expect(arc[1]?.from?.field).toMatch(/\.0\.sid$/);
      }
    }
  });

  it('a list whose items carry `id` feeds a read of that record', () => {
    const list = tool('list_orders', {}, [], {
      type: 'object',
      properties: { orders: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } },
    });
    const get = tool('get_order', { order_id: { type: 'string' } }, ['order_id']);
    const arcs = storyArcs([list, get], '1', createRandom(1));
    expect(arcs.some((arc) => arc[0]?.role.tool === list && arc[1]?.from?.field === 'orders.0.id')).toBe(true);
    expect(roleOf(get).idParameter).toBe('order_id');
  });
});

describe('filterFields', () => {
  const read = tool('fetch_fax', { Sid: FX }, ['Sid'], {
    type: 'object',
    properties: { sid: FX, to: { type: ['string', 'null'] }, media_sid: ME, links: { type: 'object' } },
  });
  const list = tool('list_fax', { To: { type: 'string' }, PageSize: { type: 'integer' } }, []);
  const media = tool('fetch_fax_media', { FaxSid: FX, Sid: ME }, ['FaxSid', 'Sid']);

  it('a read’s field feeds a list that filters by it, never a lookup of a record the world may lack', () => {
    expect(filterFields(roleOf(read), roleOf(list))).toEqual([{ parameter: 'To', field: 'to' }]);
    expect(filterFields(roleOf(read), roleOf(media))).toEqual([]); // `media_sid` would name a media record the world does not hold
    const arcs = storyArcs([read, list], '3', createRandom(3));
    expect(arcs).toContainEqual([
      expect.objectContaining({ role: expect.objectContaining({ tool: read }) }),
      expect.objectContaining({ from: { step: 0, parameter: 'To', field: 'to' } }),
    ]);
  });
});

describe('planStory', () => {
  it('reads nothing a step deleted, keeps the parent record along an arc, and chains only fitting values', async () => {
    for (let seed = 0; seed < 40; seed += 1) {
      const random = createRandom(seed);
      const plan = await planStory(FAX_TOOLS, 8, {
        world: String(seed),
        random,
        call: (entry, salt) => sample(entry, seed * 100 + salt),
        valid,
      });
      // Turns nothing relates to, or the same call again, are cut: never more than asked, never only one.
      expect(plan.length).toBeLessThanOrEqual(8);
      expect(plan.length).toBeGreaterThanOrEqual(4);
      const deleted = new Set<string>();
      for (const [turn, [call]] of plan.entries()) {
        const role = roleOf(byName.get(call!.tool)!);
        const raw = call!.arguments[role.idParameter ?? ''];
        const id = isResultRef(raw) ? raw.$result.value : raw;
        expect(deleted.has(`${role.entity} ${String(id)}`), `turn ${turn} of seed ${seed} uses a deleted ${role.entity}`).toBe(false);
        if (role.action === 'delete' && id !== undefined) deleted.add(`${role.entity} ${String(id)}`);
        for (const value of Object.values(call!.arguments)) {
          if (!isResultRef(value)) continue;
          const source = plan[value.$result.turn]![0]!;
          expect(roleOf(byName.get(source.tool)!).entity).toBe(role.entity);
          // The media's fax is the one the arc started with.
          if ('FaxSid' in call!.arguments) expect(call!.arguments['FaxSid']).toBe(source.arguments['FaxSid']);
        }
        const literal = Object.fromEntries(Object.entries(call!.arguments).filter(([, value]) => !isResultRef(value)));
        const withRefsResolved = {
          tool: call!.tool,
          arguments: {
            ...literal,
            ...Object.fromEntries(
              Object.entries(call!.arguments)
                .filter(([, value]) => isResultRef(value))
                .map(([name, value]) => [
                  name,
                  (value as { $result: { value?: unknown } }).$result.value ??
                    (name === 'Sid' && call!.tool.includes('media') ? `ME${'0'.repeat(32)}` : `FX${'0'.repeat(32)}`),
                ]),
            ),
          },
        };
        expect(valid(withRefsResolved), `${call!.tool} ${JSON.stringify(call!.arguments)}`).toBe(true);
      }
    }
  });
});

describe('chained values on real-spec shapes', () => {
  const up = (
    name: string,
    properties: Record<string, unknown>,
    required: string[],
    outputSchema?: Record<string, unknown>,
  ): IndexedTool => ({ ...tool(name, properties, required, outputSchema), server: 'bank' });
  const JSONAPI = {
    allOf: [
      { type: 'object', properties: { id: { type: 'string' }, attributes: { type: 'object', properties: { name: { type: 'string' } } } } },
    ],
  };

  it('never chains a JSON:API body, an allOf-wrapped record or another subject’s classification', () => {
    const category = up('get_categories_id', { id: { type: 'string' } }, ['id'], {
      type: 'object',
      properties: { data: JSONAPI, classification: { type: 'string' } },
      required: ['data'],
    });
    const webhook = up(
      'post_webhooks',
      {
        data: {
          type: 'object',
          properties: { attributes: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] } },
          required: ['attributes'],
        },
      },
      [],
    );
    const bills = up('search_bills', { classification: { type: 'string' } }, []);
    expect(filterFields(roleOf(category), roleOf(webhook))).toEqual([]);
    expect(filterFields(roleOf(category), roleOf(bills))).toEqual([]);
    for (let seed = 0; seed < 10; seed += 1)
      for (const arc of storyArcs([category, webhook, bills], String(seed), createRandom(seed)))
        expect(arc.some((step) => step.role.tool === webhook)).toBe(false);
  });

  it('a create feeds the id where its result puts it, only to a read of the same record', () => {
    const submit = up('submit_podcast', { rss: { type: 'string' } }, ['rss'], {
      type: 'object',
      properties: {
        podcast: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } } },
        status: { type: 'string' },
      },
      required: ['podcast', 'status'],
    });
    const get = up('get_podcast_by_id', { id: { type: 'string' } }, ['id']);
    const curated = up('get_curated_podcast_by_id', { id: { type: 'string' } }, ['id']);
    expect(createdIdField(submit, roleOf(get), 'id')).toBe('podcast.id');
    expect(namesSameRecord(submit, curated)).toBe(false);
    for (let seed = 0; seed < 10; seed += 1) {
      for (const arc of storyArcs([submit, get, curated], String(seed), createRandom(seed))) {
        if (arc[0]?.role.tool === submit)
          expect(arc.slice(1).map((step) => [step.role.tool.spec.name, step.from?.field])).toEqual([['get_podcast_by_id', 'podcast.id']]);
        // A curated list's id is no podcast's: never one chain.
        expect(arc.some((step) => step.role.tool === curated) && arc.some((step) => step.role.tool === get)).toBe(false);
      }
    }
  });

  it('an id chains only into a parameter naming the same entity; a version word names none', () => {
    const read = up('get_categories_id', { id: { type: 'string' } }, ['id']);
    const patch = up('patch_transactions_transaction_id_relationships_category', { transactionId: { type: 'string' } }, ['transactionId']);
    expect(idEntity(roleOf(patch))).toBe('transaction');
    for (let seed = 0; seed < 10; seed += 1)
      for (const arc of storyArcs([read, patch], String(seed), createRandom(seed)))
        expect(arc.some((step) => step.role.tool === patch && step.from !== undefined)).toBe(false);
    const eua = up('create_eua_v2', { institution_id: { type: 'string' } }, ['institution_id'], {
      type: 'object',
      properties: { id: { type: 'string' } },
    });
    const transactions = up('retrieve_account_transactions_v2', { id: { type: 'string' } }, ['id']);
    expect(roleOf(eua).subject).not.toBe(roleOf(transactions).subject);
    for (let seed = 0; seed < 10; seed += 1)
      expect(storyArcs([eua, transactions], String(seed), createRandom(seed)).some((arc) => arc[0]?.role.tool === eua)).toBe(false);
  });

  it('a filter named for an entity takes that record’s id only where its description says it is one', () => {
    const jurisdiction = up('get_jurisdiction', { jurisdiction_id: { type: 'string' } }, ['jurisdiction_id'], {
      type: 'object',
      properties: { id: { type: 'string' }, name: { type: 'string' } },
    });
    const bills = up('search_bills', { jurisdiction: { type: 'string', description: 'Filter by jurisdiction name or ID.' } }, []);
    const creditors = up('list_creditors', { jurisdiction: { type: 'string' } }, []);
    expect(filterFields(roleOf(jurisdiction), roleOf(bills))).toEqual([{ parameter: 'jurisdiction', field: 'id' }]);
    expect(filterFields(roleOf(jurisdiction), roleOf(creditors))).toEqual([]);
  });

  it('a reference with a known value takes only the result’s field of that name, never another id it holds', () => {
    const result = JSON.stringify({ id: 'sum_1', articleModelId: 'mod_1' });
    const lookup = () => result;
    expect(resolveRefs({ tool: 't', arguments: { articleId: resultRef(0, 0, 'articleId', 'art_1') } }, lookup).arguments['articleId']).toBe(
      'art_1',
    );
    expect(resolveRefs({ tool: 't', arguments: { articleId: resultRef(0, 0, 'articleId') } }, lookup).arguments['articleId']).toBe('sum_1');
    expect(resolveRefs({ tool: 't', arguments: { id: resultRef(0, 0, 'articleModelId', 'x') } }, lookup).arguments['id']).toBe('mod_1');
  });
});

describe('planStory request size', () => {
  it('a chained optional value counts among the request’s two optional ones', async () => {
    const read = tool('fetch_fax', { Sid: FX }, ['Sid'], { type: 'object', properties: { sid: FX, to: { type: 'string' } } });
    const list = tool('list_fax', { To: { type: 'string' }, From: { type: 'string' }, Status: { type: 'string' } }, []);
    const tools = [read, list];
    const names = new Map(tools.map((entry) => [entry.spec.name, entry]));
    const check = (call: PlannedCall) => validator.validate(names.get(call.tool)!.spec.inputSchema, call.arguments).valid;
    let chained = 0;
    for (let seed = 0; seed < 20; seed += 1) {
      const plan = await planStory(tools, 4, {
        world: String(seed),
        random: createRandom(seed),
        call: async (entry, salt) => ({
          tool: entry.spec.name,
          arguments:
            entry === list
              ? { From: `+1555000${salt}`, Status: 'delivered' }
              : await sample(entry, seed * 100 + salt).then((call) => call.arguments),
        }),
        valid: check,
      });
      for (const [call] of plan) {
        if (call!.tool !== 'list_fax' || !isResultRef(call!.arguments['To'])) continue;
        chained += 1;
        expect(Object.keys(call!.arguments).length).toBeLessThanOrEqual(2);
      }
    }
    expect(chained).toBeGreaterThan(0);
  });
});

describe('a story never makes the same call again', () => {
  it('reads a carried value as the value it stands for: a read fed the id it was asked with is the same read', () => {
    const id = 'ea5bda44-f19d-34c8-eda9-f294893b6005';
    expect(carriedValues({ id: resultRef(2, 0, 'id', id) })).toEqual(carriedValues({ id }));
    // a reference whose value the plan does not know stays a reference
    expect(carriedValues({ id: resultRef(2, 0, 'id') })).toEqual({ id: resultRef(2, 0, 'id') });
  });
});
