import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectInMemory, type Connected, callInWorld } from '../support/sim-client.js';

/**
 * A record changed or cancelled by a tool whose result names it by `bookingId` (no plain `id`), with
 * a status from an upper-case enum: later reads show what the change and the cancel left.
 */

type Json = Record<string, unknown>;
const object = (properties: Json, required: string[] = []) => ({ type: 'object', properties, required });
const BOOKING = object(
  {
    bookingId: { type: 'string' },
    start: { type: 'string', format: 'date' },
    end: { type: 'string', format: 'date' },
    createdAt: { type: 'string', format: 'date-time' },
    hotel: object({ name: { type: 'string' } }, ['name']),
    status: { type: 'string', enum: ['CANCELLED', 'PENDING', 'ACCEPTED', 'PAYMENT_REQUIRED', 'PAYMENT_ABANDONED'] },
  },
  ['bookingId', 'start', 'end', 'status', 'createdAt', 'hotel'],
);
const byId = object({ bookingId: { type: 'string' } }, ['bookingId']);
const TOOLS = [
  {
    name: 'list_bookings',
    description: 'List all bookings.',
    inputSchema: object({}),
    outputSchema: object({ data: { type: 'array', items: BOOKING } }, ['data']),
  },
  { name: 'retrieve_booking', description: 'Retrieve a booking.', inputSchema: byId, outputSchema: BOOKING },
  {
    name: 'update_booking',
    description: 'Change a booking.',
    inputSchema: object(
      { bookingId: { type: 'string' }, body: object({ start: { type: 'string' }, end: { type: 'string' } }, ['start', 'end']) },
      ['bookingId', 'body'],
    ),
    outputSchema: BOOKING,
  },
  { name: 'cancel_booking', description: 'Cancel a booking.', inputSchema: byId, outputSchema: BOOKING },
];

const opened: Connected[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((session) => session.close()));
});

async function session(): Promise<Connected> {
  const directory = mkdtempSync(join(tmpdir(), 'faker-cancel-'));
  const treeFile = join(directory, 'tools.json');
  writeFileSync(treeFile, JSON.stringify({ tools: TOOLS }));
  const made = await connectInMemory({ treeFile, seed: 'cancel-seed' });
  opened.push(made);
  return made;
}

describe('faker: a cancel keeps the record, in the status its enum spells', () => {
  it('reads back the changed dates and the CANCELLED status after an update and a cancel', async () => {
    const on = await session();
    const call = (name: string, args: Json) => callInWorld(on, name, args, 'world-c');
    const listed = await call('list_bookings', {});
    const first = (listed.value['data'] as Json[])[0] as Json;
    const bookingId = first['bookingId'] as string;
    expect((await call('retrieve_booking', { bookingId })).value['status']).toBe(first['status']);
    const changed = await call('update_booking', { bookingId, body: { start: '2025-07-05', end: '2025-07-18' } });
    expect(changed.value).toMatchObject({ bookingId, start: '2025-07-05', end: '2025-07-18' });
    const cancelled = await call('cancel_booking', { bookingId });
    expect(cancelled.value).toMatchObject({ bookingId, status: 'CANCELLED', end: '2025-07-18' });
    const read = await call('retrieve_booking', { bookingId });
    expect(read.value).toMatchObject({ bookingId, status: 'CANCELLED', start: '2025-07-05', end: '2025-07-18' });
    // another booking keeps its own status
    const other = (listed.value['data'] as Json[]).find((booking) => booking['bookingId'] !== bookingId);
    if (other !== undefined)
      expect((await call('retrieve_booking', { bookingId: other['bookingId'] as string })).value['status']).toBe(other['status']);
  });

  it('lists open bookings before cancelled ones, so the first one listed can be changed', async () => {
    for (const world of ['world-c', 'world-d', 'world-e', 'world-f']) {
      const on = await session();
      const data = (await callInWorld(on, 'list_bookings', {}, world)).value['data'] as Json[];
      const firstCancelled = data.findIndex((booking) => booking['status'] === 'CANCELLED');
      if (firstCancelled >= 0) expect(data.slice(firstCancelled).every((booking) => booking['status'] === 'CANCELLED')).toBe(true);
      const first = data[0] as Json;
      if (first['status'] !== 'CANCELLED') {
        const changed = await callInWorld(
          on,
          'update_booking',
          { bookingId: first['bookingId'], body: { start: '2025-07-05', end: '2025-07-18' } },
          world,
        );
        expect(changed.value).toMatchObject({ bookingId: first['bookingId'] });
      }
    }
  });

  it('keeps the creation time through an update, refuses to change a cancelled booking, and stays a night at least', async () => {
    const on = await session();
    const call = (name: string, args: Json) => callInWorld(on, name, args, 'world-c');
    const listed = (await call('list_bookings', {})).value['data'] as Json[];
    for (const booking of listed) expect(Date.parse(booking['end'] as string)).toBeGreaterThan(Date.parse(booking['start'] as string));
    const bookingId = (listed[0] as Json)['bookingId'] as string;
    const read = await call('retrieve_booking', { bookingId });
    const changed = await call('update_booking', { bookingId, body: { start: '2025-07-05', end: '2025-07-18' } });
    expect(changed.value['createdAt']).toBe(read.value['createdAt']);
    await call('cancel_booking', { bookingId });
    const refused = await call('update_booking', { bookingId, body: { start: '2025-08-05', end: '2025-08-18' } });
    expect(refused.isError).toBe(true);
    expect(refused.text).toMatch(/^409 Conflict/);
    expect((await call('retrieve_booking', { bookingId })).value).toMatchObject({
      start: '2025-07-05',
      end: '2025-07-18',
      createdAt: read.value['createdAt'],
    });
  });
});
