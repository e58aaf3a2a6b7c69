import type { Persona } from '@inftool/core';
import { PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';
import { requestWording } from '../../packages/harness/src/run/checks/user-request.js';

const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const energy = (description: string): ToolView => ({
  name: 'get_history_energy_lat_lat_lon_lon',
  description,
  inputSchema: { type: 'object', properties: { lat: { type: 'number' }, lon: { type: 'number' } }, required: ['lat', 'lon'] },
});
const say = (tool: ToolView, seed: number) =>
  requestText(terse, [{ tool: tool.name, arguments: { lat: 19.076, lon: 72.8777 } }], new Map([[tool.name, tool]]), { seed });

describe("an API's response", () => {
  it('is asked for as the data it holds ("the energy data", "the energy forecast"), and the check rejects "the energy API response"', () => {
    for (const seed of [1, 2, 3, 4]) {
      const data = say(energy('Returns Energy API response - Given a single lat/lon. Returns aggregate energy fields.'), seed);
      expect(data).toMatch(/the energy data/);
      expect(requestWording(data)).toEqual([]);
      expect(say(energy('Returns Energy Forecast API response - Given a single lat/lon.'), seed)).toMatch(/the energy forecast/);
    }
    expect(requestWording('Could you get me the energy API response for a latitude of 19.076?').join()).toMatch(/"API response"/);
  });
});

describe("a documentation's choice of steps", () => {
  it('is left to the values ("the historical weather records", never "the hourly or daily historical weather records")', () => {
    const tool: ToolView = {
      name: 'get_weatherdata_history',
      description: 'Retrieves hourly or daily historical weather records.',
      inputSchema: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
    };
    for (const seed of [1, 2, 3]) {
      const text = requestText(terse, [{ tool: tool.name, arguments: { location: 'Sterling, VA, US' } }], new Map([[tool.name, tool]]), {
        seed,
      });
      expect(text).toMatch(/the historical weather records/);
      expect(text).not.toMatch(/hourly or daily/);
    }
  });
});
