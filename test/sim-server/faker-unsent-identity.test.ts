import { describe, expect, it } from 'vitest';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const TOOLS = [
  {
    name: 'stromkonto_register',
    description: 'Register (new Stromkonto). Calling this method with an unregistered (new) email will create a new account.',
    inputSchema: object({
      email: { type: 'string' },
      first_name: { type: 'string' },
      last_name: { type: 'string' },
      zipcode: { type: 'string' },
    }),
  },
  {
    name: 'payments_creditors_create',
    description: 'Create a creditor account.',
    inputSchema: object(
      { name: { type: 'string' }, account: { type: 'string' }, address_street: { type: 'string' }, agent_name: { type: 'string' } },
      ['name', 'account'],
    ),
    outputSchema: object(
      {
        id: { type: 'string' },
        name: { type: 'string' },
        account: { type: 'string' },
        address_street: { type: 'string' },
        agent_name: { type: 'string' },
      },
      ['id', 'name'],
    ),
  },
];
const session = toolSessions(TOOLS, 'unsent-identity');
type Json = Record<string, unknown>;

describe('faker: a create does not make up who or where it is for', () => {
  it('a registration without a first or last name comes back without them; one with them echoes them', async () => {
    const on = await session();
    for (const world of ['u1', 'u2', 'u3']) {
      const bare = (await callInWorld(on, 'stromkonto_register', { email: 'ada@example.com', zipcode: '70173' }, world)).value as Json;
      expect(bare['first_name']).toBeUndefined();
      expect(bare['last_name']).toBeUndefined();
    }
    const named = (await callInWorld(on, 'stromkonto_register', { email: 'ada@example.com', first_name: 'Ada' }, 'u4')).value as Json;
    expect(named['first_name']).toBe('Ada');
  });

  it('a creditor created without a street or an agent has none in its declared result', async () => {
    const on = await session();
    for (const world of ['c1', 'c2', 'c3']) {
      const made = (await callInWorld(on, 'payments_creditors_create', { name: 'Violet Jerde', account: 'checking-1676' }, world))
        .value as Json;
      expect(made['name']).toBe('Violet Jerde');
      expect(made['address_street']).toBeUndefined();
      expect(made['agent_name']).toBeUndefined();
    }
  });
});

describe('faker: a forecast for the place it was sent', () => {
  const forecast = toolSessions(
    [
      {
        name: 'get_weatherdata_forecast',
        description: 'Weather forecast for one or more locations.',
        inputSchema: object({ locations: { type: 'string' }, unitGroup: { type: 'string' } }),
        outputSchema: object({ location: { type: 'string' }, temperature: { type: 'number' }, conditions: { type: 'string' } }, [
          'location',
          'temperature',
        ]),
      },
    ],
    'forecast-place',
  );
  it('answers for the one place sent as `locations`', async () => {
    const on = await forecast();
    for (const world of ['f1', 'f2', 'f3']) {
      const result = (await callInWorld(on, 'get_weatherdata_forecast', { locations: 'Sterling, VA, US' }, world)).value as Json;
      expect(result['location']).toBe('Sterling, VA, US');
    }
  });
});
