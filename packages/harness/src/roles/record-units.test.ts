import { describe, expect, it } from 'vitest';
import { describeResult } from './describe-result.js';
import { describeTurn } from './describe-turn.js';
import { apiSystem, defaultSystem } from './record-units.js';
import type { CallOutcome } from './call-outcome.js';

const outcome = (tool: string, args: Record<string, unknown>, data: unknown, extra: Partial<CallOutcome> = {}): CallOutcome => ({
  tool,
  arguments: args,
  result: JSON.stringify(data),
  isError: false,
  ...extra,
});

describe('answers give each number its unit', () => {
  it("a record's own units win over the call's system: `unit: celsius`, `wind_speed_unit: km/h`", () => {
    const weather = {
      location: 'Bangalore',
      temperature: 2.4,
      unit: 'celsius',
      conditions: 'rain',
      wind_speed: 19,
      wind_speed_unit: 'km/h',
    };
    const said = describeResult(outcome('get_timeline', { location: 'Bangalore', unitGroup: 'us' }, weather));
    expect(said).toMatch(/2\.4 °C/);
    expect(said).toMatch(/19 km\/h/);
    expect(said).not.toMatch(/mph|°F/);
  });

  it('a `<key>_unit` beside a number goes with it; a key that is a unit names the quantity', () => {
    const route = { origin: 'Bangalore', destination: 'Boston', distance: 13079.6, distance_unit: 'km', mode: 'cycling' };
    expect(describeResult(outcome('map_routing_fastest_route', { start_location: 'Bangalore' }, route))).toMatch(
      /distance is 13,?079\.6 km/,
    );
    const liters = describeResult(outcome('gallon_to_liter', { gallon: 40.91 }, { liter: 154.8612 }));
    expect(liters).toMatch(/the volume is 154\.86 liters/);
    expect(liters).not.toMatch(/the liter is/);
    const gallons = describeResult(outcome('liter_to_gallon', { liter: 23.86 }, { gallon: 6.3031 }));
    expect(gallons).toBe('For 23.86 liters, the volume is 6.3 gallons.');
  });

  it("the tool's default system gives units when the call sent none; pollutants beside an AQI are in µg/m³", () => {
    const schema = {
      properties: {
        units: { type: 'string', enum: ['S', 'I'], description: 'Convert to units. Default Metric See units field description' },
      },
    };
    expect(defaultSystem(schema, {})).toBe('metric');
    expect(defaultSystem(schema, { units: 'I' })).toBeUndefined();
    expect(defaultSystem({ properties: { units: { type: 'string' } } }, {})).toBeUndefined();
    // Every tool of the API with a units parameter defaults to metric: its tools without one report in metric too.
    expect(apiSystem([{ parameters: schema }, { parameters: schema }, { parameters: { properties: { city: {} } } }])).toBe('metric');
    expect(apiSystem([{ parameters: schema }, { parameters: { properties: { units: { default: 'I' } } } }])).toBeUndefined();
    expect(apiSystem([{ parameters: schema }])).toBeUndefined();
    const daily = {
      city_name: 'Raleigh',
      data: [
        { datetime: '2025-05-09', max_temp: 28.9, min_temp: 17 },
        { datetime: '2025-05-10', max_temp: 27, min_temp: 16.2 },
      ],
    };
    expect(describeResult(outcome('get_forecast_daily', { postal_code: 27601 }, daily, { system: 'metric' }))).toMatch(/28\.9 °C/);
    expect(describeResult(outcome('get_forecast_daily', { postal_code: 27601 }, daily))).not.toMatch(/°/);
    const air = { city_name: 'Seattle', data: [{ aqi: 64, pm10: 150, timestamp_local: '2025-07-27T13:39:00.000Z' }] };
    const aq = describeResult(outcome('get_current_airquality', { lat: 47.6 }, air));
    expect(aq).toMatch(/150 µg\/m³/);
    expect(aq).not.toMatch(/13:39 UTC/);
  });
});

describe('answers call things what they are', () => {
  it('two deletions are no lookups; a slug the user typed keeps its hyphens; a slug name is not re-capitalised', () => {
    const deleted = (project: string) => outcome('delete_project_envvar', { project, name: 'API_TOKEN' }, { message: 'OK' });
    const said = describeTurn([deleted('payments-service'), deleted('web-frontend')]);
    expect(said).not.toMatch(/lookups|answers to both/);
    expect(said).toMatch(/payments-service/);
    expect(said).toMatch(/web-frontend/);
    const record = { Name: 'api-parallel-prod', Description: 'Glossary of product names.', Status: 'ACTIVE' };
    expect(describeResult(outcome('get_parallel_data', { Name: 'api-parallel-prod' }, record))).not.toMatch(/Api-parallel-prod/);
  });

  it("a record is its own subject, not its owner's; a list is named by its key; a glued id names what was asked", () => {
    const account = { id: '6d80', iban: 'PK78ONWX6100102009362614', owner_name: "Garrett O'Conner", status: 'DISCOVERED' };
    const said = describeResult(outcome('retrieve_account_metadata', { id: '6d80' }, account));
    expect(said).not.toMatch(/O'Conner is discovered/);
    expect(said).toMatch(/account 6d80 is discovered/);
    const lists = {
      curated_lists: [
        { title: 'Morning Commute', podcasts: [{ title: 'A' }] },
        { title: 'Bookish', podcasts: [{ title: 'B' }] },
      ],
    };
    expect(describeResult(outcome('get_curated_podcasts', {}, lists, { request: 'get me the curated lists of podcasts' }))).toMatch(
      /2 curated lists/,
    );
    const message = {
      content: 'Just landed, I will be at the office in an hour.',
      id: '3729247',
      messageid: '3884939',
      status: 'DELIVERED',
    };
    const read = describeResult(outcome('get_messages_messageid', { messageid: '3884939' }, message));
    expect(read).toMatch(/3884939/);
    expect(read).not.toMatch(/3729247/);
  });

  it('related items are said under the gene each belongs to; a row id is no name; TPM is a unit', () => {
    const items = [
      { id: '3209111', subject: 'ENSG00000012048', related_name: 'TP53', score: 0.71 },
      { id: '6111747', subject: 'ENSG00000133703', related_name: 'EGFR', score: 0.07 },
      { id: '9080020', subject: 'ENSG00000012048', related_name: 'ATM', score: 0.97 },
    ];
    const body = JSON.stringify({ subject: ['ENSG00000012048', 'ENSG00000133703'] });
    const related = describeResult(outcome('post_relation', { body }, { items, total: 3 }));
    expect(related).toMatch(/TP53 \(score 0\.71\) and ATM \(score 0\.97\) for ENSG00000012048; EGFR \(score 0\.07\) for ENSG00000133703/);
    const row = { id: '8957954', tissue: 'breast', rna_level: 4, rna_value_tpm: 87.66, gene: 'ENSG00000146648' };
    const expression = describeResult(outcome('get_target_expression_by_ensgid', { gene: 'ENSG00000146648' }, { items: [row], total: 1 }));
    expect(expression).not.toMatch(/expression: 8957954/);
    expect(expression).toMatch(/87\.66 TPM/);
  });

  it('a count of a fixed term takes no article: "3 degrees of freedom"', () => {
    const test = { t_statistic: -0.1119, degrees_of_freedom: 3, p_value: 0.918, significant: false };
    const said = describeResult(outcome('t_test', { alpha: 0.1 }, test));
    expect(said).toMatch(/3 degrees of freedom/);
    expect(said).not.toMatch(/of the freedom/);
  });
});
