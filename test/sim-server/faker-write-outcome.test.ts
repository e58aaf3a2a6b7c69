import { describe, expect, it } from 'vitest';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

/**
 * A create or delete that answers went through (docs/sim-server.md, "Outcomes"): its status is a
 * state of a record made or removed, never a drawn rejection or a review still pending, its
 * `available` true; a read of a table of labels is never an empty `{}`.
 */

type Json = Record<string, unknown>;
const object = (properties: Json, required: string[] = []) => ({ type: 'object', properties, required });

const TOOLS = [
  {
    name: 'requisition_created',
    description: 'Create a new requisition',
    inputSchema: object({ institution_id: { type: 'string' } }, ['institution_id']),
    outputSchema: object(
      {
        id: { type: 'string', format: 'uuid' },
        institution_id: { type: 'string' },
        status: { allOf: [{ type: 'string', enum: ['RJ', 'ER', 'CR', 'LN', 'EX'] }], description: 'status of this requisition' },
      },
      ['id', 'institution_id', 'status'],
    ),
  },
  {
    name: 'list_podcasts',
    description: 'List podcasts.',
    inputSchema: object({}),
    annotations: { readOnlyHint: true },
    outputSchema: object(
      { podcasts: { type: 'array', items: object({ id: { type: 'string' }, title: { type: 'string' } }, ['id', 'title']) } },
      ['podcasts'],
    ),
  },
  {
    name: 'delete_podcast_by_id',
    description: 'Request to delete a podcast',
    inputSchema: object({ id: { type: 'string' } }, ['id']),
    annotations: { destructiveHint: true },
    outputSchema: object({ status: { type: 'string', enum: ['in review', 'deleted'] } }, ['status']),
  },
  {
    name: 'book_hotel',
    description: 'Book a room in a hotel.',
    inputSchema: object({ hotel_name: { type: 'string' }, room_type: { type: 'string' } }, ['hotel_name']),
    outputSchema: object({ id: { type: 'string' }, hotel_name: { type: 'string' }, available: { type: 'boolean' } }, [
      'id',
      'hotel_name',
      'available',
    ]),
  },
  {
    name: 'get_regions',
    description: 'Fetch a list of supported countries/regions. It returns a dictionary of country codes & country names.',
    inputSchema: object({}),
    annotations: { readOnlyHint: true },
    outputSchema: object({ regions: { type: 'object', examples: [{ au: 'Australia', de: 'Germany', us: 'United States' }] } }, ['regions']),
  },
];

const sessions = toolSessions(TOOLS, 'write-outcome');

describe('faker: a change that answers went through', () => {
  it('creates in a made state, deletes in a removed one, books an available room; a label table is not empty', async () => {
    const on = await sessions();
    for (let round = 0; round < 6; round += 1) {
      const world = `world-${round}`;
      const made = await callInWorld(on, 'requisition_created', { institution_id: `inst-${round}` }, world);
      expect(made.value['status']).toBe('CR');
      const podcasts = (await callInWorld(on, 'list_podcasts', {}, world)).value['podcasts'] as Json[];
      const gone = await callInWorld(on, 'delete_podcast_by_id', { id: podcasts[0]?.['id'] as string }, world);
      expect(gone.text).toBe('{"status":"deleted"}');
      const booked = await callInWorld(on, 'book_hotel', { hotel_name: 'Motel One', room_type: 'king' }, world);
      expect(booked.value['available']).toBe(true);
      const regions = (await callInWorld(on, 'get_regions', {}, world)).value['regions'] as Json;
      expect(Object.keys(regions).length).toBeGreaterThan(0);
      for (const [code, name] of Object.entries(regions)) expect({ au: 'Australia', de: 'Germany', us: 'United States' }[code]).toBe(name);
    }
  });
});
