import { describe, expect, it } from 'vitest';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

type Json = Record<string, unknown>;
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const reading = object({ datetime: { type: 'string', examples: ['2025-05-01:00'] }, temp: { type: 'number' } }, ['datetime', 'temp']);
const TOOLS = [
  {
    name: 'get_forecast_daily_postal_code',
    description: 'Returns a daily forecast for a postal code. weatherbit',
    inputSchema: object({ postal_code: { type: 'string' }, days: { type: 'integer' } }, ['postal_code']),
    outputSchema: object({ city_name: { type: 'string' }, data: { type: 'array', items: reading } }, ['city_name', 'data']),
  },
  {
    name: 'get_forecast_hourly_city',
    description: 'Returns an hourly forecast for a city, at most 8 hours. weatherbit',
    inputSchema: object({ city: { type: 'string' }, hours: { type: 'integer' } }, ['city']),
    outputSchema: object({ city_name: { type: 'string' }, data: { type: 'array', items: reading, maxItems: 8 } }, ['city_name', 'data']),
  },
  {
    name: 'music_generator_generate_melody',
    description: 'Generate a melody from a key, a start note, a length and a tempo.',
    inputSchema: object({ key: { type: 'string' }, start_note: { type: 'string' }, length: { type: 'integer' } }, ['key', 'length']),
  },
];
const session = toolSessions(TOOLS, 'sized');

describe('faker: a call that asks for a number of items gets them', () => {
  it('a daily forecast of 20 days has 20 rows; an hourly one of 12 hours stops at the 8 its spec allows', async () => {
    const on = await session();
    for (const days of [1, 7, 20]) {
      const result = (await callInWorld(on, 'get_forecast_daily_postal_code', { postal_code: '27601', days }, 'w1')).value;
      expect((result['data'] as Json[]).length).toBe(days);
    }
    const hourly = (await callInWorld(on, 'get_forecast_hourly_city', { city: 'Raleigh', hours: 12 }, 'w1')).value;
    expect((hourly['data'] as Json[]).length).toBe(8);
  });

  it('a melody of length 10 has 10 notes, of length 5 five', async () => {
    const on = await session();
    const melody = (await callInWorld(on, 'music_generator_generate_melody', { key: 'C', length: 10 }, 'w2')).value;
    expect(melody['notes']).toHaveLength(10);
    const short = (await callInWorld(on, 'music_generator_generate_melody', { key: 'C', length: 5 }, 'w2')).value;
    expect(short['notes']).toHaveLength(5);
  });
});

describe('faker: a post code places the forecast', () => {
  it('a known city’s post code gives that city, whatever the spec’s example city', async () => {
    const on = await session();
    const seattle = (await callInWorld(on, 'get_forecast_daily_postal_code', { postal_code: '98101', days: 2 }, 'p1')).value;
    expect(seattle['city_name']).toBe('Seattle');
    const manchester = (await callInWorld(on, 'get_forecast_daily_postal_code', { postal_code: 'M1 1AE', days: 2 }, 'p1')).value;
    expect(manchester['city_name']).toBe('Manchester');
  });
});
