import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededEntityIds } from '@inftool/sim-server';
import { connectInMemory, type Connected, callInWorld } from '../support/sim-client.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const TOOLS = [
  {
    name: 'currency_conversion',
    description: 'Convert an amount between currencies.',
    inputSchema: object({ amount: { type: 'number' }, from: { type: 'string' }, to: { type: 'string' } }, ['amount', 'from', 'to']),
  },
  { name: 'get_current_weather', description: 'Current weather in a city.', inputSchema: object({ city: { type: 'string' } }, ['city']) },
  {
    name: 'calculate_triangle_area',
    description: 'Area of a triangle.',
    inputSchema: object({ base: { type: 'number' }, height: { type: 'number' } }, ['base', 'height']),
  },
  {
    name: 'send_email',
    description: 'Send an email.',
    inputSchema: object({ to: { type: 'string' }, subject: { type: 'string' }, body: { type: 'string' } }, ['to', 'subject']),
  },
  {
    name: 'create_order',
    description: 'Place an order.',
    inputSchema: object({ product_id: { type: 'string' }, quantity: { type: 'integer', minimum: 1 } }, ['product_id', 'quantity']),
  },
  { name: 'get_order', description: 'An order by id.', inputSchema: object({ order_id: { type: 'string' } }, ['order_id']) },
  {
    name: 'get_order_status',
    description: 'The status of an order.',
    inputSchema: object({ order_id: { type: 'string' } }, ['order_id']),
    outputSchema: object({ order_id: { type: 'string' }, status: { type: 'string' }, total: { type: 'number' } }, ['order_id', 'status']),
  },
  {
    name: 'update_order',
    description: 'Change an order.',
    inputSchema: object({ order_id: { type: 'string' }, quantity: { type: 'integer', minimum: 1 } }, ['order_id']),
  },
  { name: 'cancel_order', description: 'Cancel an order.', inputSchema: object({ order_id: { type: 'string' } }, ['order_id']) },
  { name: 'delete_order', description: 'Delete an order.', inputSchema: object({ order_id: { type: 'string' } }, ['order_id']) },
  { name: 'list_orders', description: 'All orders.', inputSchema: object({ status: { type: 'string' }, limit: { type: 'integer' } }) },
  {
    name: 'post_orders_search',
    description: 'Search orders.',
    inputSchema: object({ product_id: { type: 'string' } }),
    _meta: { 'inftool/source': { format: 'openapi', file: 'shop.json', name: 'searchOrders', method: 'POST', path: '/orders/search' } },
  },
  { name: 'get_pet', description: 'A pet by id.', inputSchema: object({ petId: { type: 'integer', minimum: 1 } }, ['petId']) },
  { name: 'list_pets', description: 'All pets.', inputSchema: object({}) },
  {
    name: 'get_registry',
    description: 'The registry.',
    inputSchema: object({}),
    outputSchema: object(
      {
        versions: {
          type: 'object',
          minProperties: 1,
          additionalProperties: object({ added: { type: 'string', format: 'date-time' } }, ['added']),
        },
      },
      ['versions'],
    ),
  },
];

let treeFile = '';
let connected: Connected | undefined;
const opened: Connected[] = [];
beforeAll(() => {
  const directory = mkdtempSync(join(tmpdir(), 'faker-world-'));
  treeFile = join(directory, 'tools.json');
  writeFileSync(treeFile, JSON.stringify({ tools: TOOLS }));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((session) => session.close()));
  vi.useRealTimers();
});
afterAll(async () => connected?.close());

async function session(seed = 'server-seed'): Promise<Connected> {
  const made = await connectInMemory({ treeFile, seed });
  opened.push(made);
  return made;
}

type Json = Record<string, unknown>;
const call = (on: Connected, name: string, args: Json, world?: string) => callInWorld(on, name, args, world);

describe('faker: results that carry information (no outputSchema)', () => {
  it('computes what the arguments allow: a currency conversion and a triangle area', async () => {
    const on = await session();
    const converted = await call(on, 'currency_conversion', { amount: 100, from: 'USD', to: 'EUR' });
    // 2025's rate (packages/sim-server/src/engines/compute-currency.ts), and the amount it gives
    expect(converted.value).toMatchObject({ amount: 100, from: 'USD', to: 'EUR', rate: 0.87, converted_amount: 87 });
    const back = await call(on, 'currency_conversion', { amount: 87, from: 'EUR', to: 'USD' });
    expect(back.value['converted_amount']).toBeCloseTo(100, 0);
    const area = await call(on, 'calculate_triangle_area', { base: 10, height: 5 });
    expect(area.value).toMatchObject({ base: 10, height: 5, area: 25 });
  });

  it('answers a weather tool with a temperature, its unit, conditions and humidity; a send with a message id and status', async () => {
    const on = await session();
    const weather = await call(on, 'get_current_weather', { city: 'Oslo' });
    expect(weather.value).toMatchObject({ city: 'Oslo', unit: 'celsius' });
    expect(typeof weather.value['temperature']).toBe('number');
    expect(typeof weather.value['conditions']).toBe('string');
    expect(weather.value['humidity']).toBeGreaterThanOrEqual(0);
    const sent = await call(on, 'send_email', { to: 'ana@example.com', subject: 'Hi' });
    expect(sent.value).toMatchObject({ to: 'ana@example.com', subject: 'Hi' });
    expect(sent.value['message_id']).toMatch(/^msg_/);
    expect(['delivered', 'sent', 'queued']).toContain(sent.value['status']);
    expect(sent.value).not.toHaveProperty('body'); // an input that was not sent is not invented
  });

  it('a schema generation cannot satisfy (minProperties on a map) still gets a valid result, never the validator text', async () => {
    const on = await session();
    const registry = await call(on, 'get_registry', {});
    expect(registry.isError).toBe(false);
    expect(Object.keys(registry.value['versions'] as Json).length).toBeGreaterThanOrEqual(1);
  });
});

describe('faker: a consistent, seeded world', () => {
  it('starts with the records seededEntityIds names: reads and lists see them, with the same fields from every tool', async () => {
    const on = await session();
    const ids = seededEntityIds('world-1', 'order', { type: 'string' });
    const read = await call(on, 'get_order', { order_id: ids[2] }, 'world-1');
    expect(read.isError).toBe(false);
    expect(read.value['id']).toBe(ids[2]);
    const status = await call(on, 'get_order_status', { order_id: ids[2] }, 'world-1');
    expect(status.value).toMatchObject({ order_id: ids[2], status: read.value['status'] });
    const listed = await call(on, 'list_orders', {}, 'world-1');
    expect((listed.value['items'] as Json[]).map((item) => item['id'])).toEqual(ids);
    expect((listed.value['items'] as Json[])[2]).toEqual(read.value);
    // another session of the same world sees the same records
    const other = await session();
    expect((await call(other, 'get_order', { order_id: ids[2] }, 'world-1')).value).toEqual(read.value);
    // integer ids where the API's id is an integer, even for a list that takes no id
    const pets = await call(on, 'list_pets', {}, 'world-1');
    const petIds = (pets.value['items'] as Json[]).map((item) => item['id']);
    expect(petIds).toEqual(seededEntityIds('world-1', 'pet', { type: 'integer', minimum: 1 }));
    expect((await call(on, 'get_pet', { petId: petIds[0] as number }, 'world-1')).value['id']).toBe(petIds[0]);
  });

  it('an id the world does not hold is a 404 every time, for reads, updates and deletes', async () => {
    const on = await session();
    for (const name of ['get_order', 'get_order', 'update_order', 'delete_order', 'get_order_status']) {
      const result = await call(on, name, { order_id: 'ord_nosuchthing' }, 'world-1');
      expect(result.isError).toBe(true);
      expect(result.text).toMatch(/^404 Not Found: order "ord_nosuchthing"/);
    }
  });

  it('creates, updates, cancels and deletes, and later reads and lists agree', async () => {
    const on = await session();
    const created = await call(on, 'create_order', { product_id: 'p-1', quantity: 2 }, 'world-2');
    const id = created.value['id'] as string;
    expect(seededEntityIds('world-2', 'order')).not.toContain(id);
    expect((await call(on, 'get_order', { order_id: id }, 'world-2')).value).toMatchObject({ id, product_id: 'p-1', quantity: 2 });
    expect((await call(on, 'update_order', { order_id: id, quantity: 5 }, 'world-2')).value).toMatchObject({ id, quantity: 5 });
    expect((await call(on, 'get_order', { order_id: id }, 'world-2')).value['quantity']).toBe(5);
    const found = await call(on, 'post_orders_search', { product_id: 'p-1' }, 'world-2');
    expect((found.value['items'] as Json[]).map((item) => item['id'])).toContain(id);
    expect((await call(on, 'cancel_order', { order_id: id }, 'world-2')).value).toMatchObject({ id, status: 'cancelled' });
    expect((await call(on, 'get_order', { order_id: id }, 'world-2')).value['status']).toBe('cancelled');
    expect((await call(on, 'delete_order', { order_id: id }, 'world-2')).value).toEqual({ deleted: true, id });
    const gone = await call(on, 'get_order', { order_id: id }, 'world-2');
    expect(gone.text).toMatch(/404 Not Found.*deleted/);
    const listed = await call(on, 'list_orders', {}, 'world-2');
    expect((listed.value['items'] as Json[]).map((item) => item['id'])).not.toContain(id);
  });

  it('a search no record matches finds records that match it, and they stay in the world', async () => {
    const on = await session();
    const found = await call(on, 'list_orders', { status: 'shipped' }, 'world-3');
    const items = found.value['items'] as Json[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item['status'] === 'shipped')).toBe(true);
    const again = await call(on, 'get_order', { order_id: items[0]?.['id'] as string }, 'world-3');
    expect(again.value['status']).toBe('shipped');
  });

  it('without the world key, the server seed seeds the world', async () => {
    const on = await session('server-seed');
    const ids = seededEntityIds('server-seed', 'order', { type: 'string' });
    expect((await call(on, 'get_order', { order_id: ids[0] })).isError).toBe(false);
  });

  it('reads no clock: the same seed and calls give the same bytes on another day', async () => {
    const run = async (day: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(day));
      const on = await session();
      const texts = [];
      for (const [name, args] of [
        ['create_order', { product_id: 'p-2', quantity: 1 }],
        ['get_current_weather', { city: 'Lima' }],
        ['list_orders', {}],
        ['get_registry', {}],
      ] as const)
        texts.push((await call(on, name, args, 'world-4')).text);
      vi.useRealTimers();
      return texts;
    };
    const first = await run('2026-01-01T00:00:00Z');
    expect(await run('2031-07-15T12:00:00Z')).toEqual(first);
    expect(first.join('')).toMatch(/"created_at":"20\d\d-/);
  });
});
