import type { PlannedCall } from '@inftool/core';
import { PERSONAS, requestText, toolNoun, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});
const call = (tool: string, args: Record<string, unknown>): PlannedCall => ({ tool, arguments: args });
const seeds = Array.from({ length: 8 }, (_, index) => `seed-${index}`);
const id = { type: 'string', description: 'The ID' };

describe('a multi-turn follow-up names the earlier result by what it was', () => {
  it('reads a path parameter glued into a name as the thing ("message", never "messageid")', () => {
    expect(toolNoun('get_messages_messageid')).toBe('message');
    expect(toolNoun('delete_batches_schedule_batchid')).toBe('batch');
    // a word that merely ends in "id" stays itself
    expect(toolNoun('get_android_apps')).toBe('app');
  });

  it('names a thing of several words from a name that says its operation twice ("air quality")', () => {
    expect(toolNoun('air_quality_air_quality_get')).toBe('air quality');
    expect(toolNoun('time_machine_time_machine_get')).toBe('time machine');
    expect(toolNoun('fetch_fax')).toBe('fax');
  });

  it('says what a cancelling call did ("the batch you just cancelled", never "scheduled")', () => {
    const tools = new Map([
      [
        'delete_batches_schedule_batchid',
        view('delete_batches_schedule_batchid', 'Cancels a scheduled SMS message', { batchid: id }, ['batchid']),
      ],
      [
        'get_messages_messageid',
        view('get_messages_messageid', 'Retrieve a logged message by the message ID', { messageid: id }, ['messageid']),
      ],
    ]);
    const plan = [
      [call('delete_batches_schedule_batchid', { batchid: '4617895' })],
      [call('get_messages_messageid', { messageid: { $result: { turn: 0, call: 0, field: 'messageid' } } })],
    ];
    for (const seed of seeds) {
      const text = requestText(PERSONAS[0]!, plan[1]!, tools, { plan, turn: 1, seed });
      expect(text).not.toMatch(/batchid|messageid|scheduled/);
      expect(text).toMatch(/batch (you just cancelled|from before|from earlier)|that batch/);
    }
  });

  it('says what a sending call did ("the batch you just sent", never "looked up")', () => {
    const tools = new Map([
      ['post_batch_any', view('post_batch_any', 'Send a collection of unique SMS messages', { body: { type: 'array' } }, ['body'])],
      [
        'delete_batches_schedule_batchid',
        view('delete_batches_schedule_batchid', 'Cancels a scheduled SMS message', { batchid: id }, ['batchid']),
      ],
    ]);
    const plan = [
      [call('post_batch_any', { body: [{ content: 'Hello', destination: '447777777777' }] })],
      [call('delete_batches_schedule_batchid', { batchid: { $result: { turn: 0, call: 0, field: 'batchid' } } })],
    ];
    for (const seed of seeds) {
      const text = requestText(PERSONAS[0]!, plan[1]!, tools, { plan, turn: 1, seed });
      expect(text).not.toMatch(/looked up|you just found/);
    }
  });

  it('says two fields of one earlier result together ("the latitude and longitude of that air quality")', () => {
    const tools = new Map([
      ['air_quality_air_quality_get', view('air_quality_air_quality_get', 'Air quality data', { place_id: id }, ['place_id'])],
      [
        'nearest_place_nearest_place_get',
        view(
          'nearest_place_nearest_place_get',
          'Get the nearest named location',
          { lat: { type: 'string', description: 'Latitude' }, lon: { type: 'string', description: 'Longitude' } },
          ['lat', 'lon'],
        ),
      ],
    ]);
    const plan = [
      [call('air_quality_air_quality_get', { place_id: '1767617' })],
      [
        call('nearest_place_nearest_place_get', {
          lat: { $result: { turn: 0, call: 0, field: 'lat' } },
          lon: { $result: { turn: 0, call: 0, field: 'lon' } },
        }),
      ],
    ];
    for (const seed of seeds) {
      const text = requestText(PERSONAS[0]!, plan[1]!, tools, { plan, turn: 1, seed });
      expect(text).toMatch(/the latitude and longitude of (that|the) air quality/);
      expect(text).not.toMatch(/\bquality\b[^.?]*\bquality\b/);
    }
  });

  it('never says the noun before a woven value twice ("delete the message message 4125255")', () => {
    const tools = new Map([
      [
        'delete_messages_messageid',
        view('delete_messages_messageid', 'Delete the message with the mathcing messageid', { messageid: id }, ['messageid']),
      ],
    ]);
    const plan = [[call('delete_messages_messageid', { messageid: '4125255' })]];
    for (const seed of seeds) expect(requestText(PERSONAS[0]!, plan[0]!, tools, { plan, turn: 0, seed })).not.toMatch(/\b(\w{3,}) \1\b/i);
  });
});
