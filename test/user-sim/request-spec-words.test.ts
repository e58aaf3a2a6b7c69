import type { Persona, PlannedCall } from '@inftool/core';
import { PERSONAS, humanizeParameter, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const AIR = new Map<string, ToolView>([
  [
    'get_forecast_airquality_city_id_city_id',
    {
      name: 'get_forecast_airquality_city_id_city_id',
      description: 'Returns 72 hour (hourly) Air Quality forecast - Given a City ID.',
      inputSchema: {
        type: 'object',
        properties: {
          city_id: { type: 'integer', description: 'City ID. Example: 4487042' },
          hours: { type: 'integer', description: 'Number of hours to return.' },
        },
        required: ['city_id'],
      },
    },
  ],
]);

describe('requests in a person’s words, not the spec’s', () => {
  it('gives one span: the hours asked, not the 72 the description states beside them', () => {
    const calls: PlannedCall[] = [{ tool: 'get_forecast_airquality_city_id_city_id', arguments: { city_id: 36190, hours: 19 } }];
    for (const seed of [1, 2, 3, 4, 5]) {
      const text = requestText(terse, calls, AIR, { seed });
      expect(text).toMatch(/19 hours/);
      expect(text).not.toMatch(/72/);
    }
  });

  it('splits a contact word glued to the word before it', () => {
    expect(humanizeParameter('responseemail')).toBe('response email');
    expect(humanizeParameter('callbackurl')).toBe('callback URL');
    expect(humanizeParameter('username')).toBe('username');
  });
});
