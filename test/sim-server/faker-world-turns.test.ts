import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '@inftool/core';
import { FakerEngine } from '@inftool/sim-server';
import { type Connected, callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

/**
 * One world across the tools and turns of a session: an entity keeps its attributes in every tool,
 * an update changes what it sent (and its update time) only, a listing answers the day it asks for,
 * and an API directory tells each API, provider and service the same way from turn to turn.
 */

type Json = Record<string, unknown>;
const object = (properties: Json, required: string[] = []) => ({ type: 'object', properties, required });
const text = { type: 'string' };

// Open States: jurisdictions take `state`/`municipality`/`country` (an enumeration FastAPI wraps in a one-branch allOf), committees `committee`/`subcommittee`.
const JURISDICTION = object(
  {
    id: { ...text, examples: ['ocd-jurisdiction/country:us/state:nc/government'] },
    name: text,
    classification: { ...text, examples: ['state'] },
  },
  ['id', 'name', 'classification'],
);
const OPEN_STATES = [
  {
    name: 'bills_search_bills_get',
    description: 'Search for bills matching given criteria.',
    inputSchema: object({ session: text, classification: { ...text, description: 'Filter by classification, e.g. bill or resolution' } }),
    outputSchema: object({
      results: {
        type: 'array',
        minItems: 3,
        maxItems: 3,
        items: object({ id: text, title: text, classification: { type: 'array', items: text }, jurisdiction: JURISDICTION }, [
          'id',
          'title',
          'jurisdiction',
        ]),
      },
    }),
  },
  {
    name: 'committee_list_committees_get',
    description: 'List committees.',
    inputSchema: object({ classification: { type: 'string', enum: ['committee', 'subcommittee'] } }),
    outputSchema: object({ results: { type: 'array', items: object({ id: text, name: text, classification: text }) } }),
  },
  {
    name: 'jurisdiction_list_jurisdictions_get',
    description: 'List jurisdictions.',
    inputSchema: object({
      classification: {
        allOf: [
          {
            description: 'An enumeration.',
            enum: ['state', 'municipality', 'country'],
            title: 'JurisdictionClassification',
            type: 'string',
          },
        ],
        description: 'Filter returned jurisdictions by type.',
      },
    }),
    outputSchema: object({ results: { type: 'array', items: JURISDICTION } }),
  },
  {
    name: 'event_list_events_get',
    description: 'List events.',
    inputSchema: object({ jurisdiction: text }),
    outputSchema: object({ results: { type: 'array', items: object({ id: text, name: text }, ['id', 'name']) } }),
  },
  {
    name: 'event_detail_events_event_id_get',
    description: 'Get details on a single event by ID.',
    inputSchema: object({ event_id: text }, ['event_id']),
    outputSchema: object({ id: text, name: text, jurisdiction: JURISDICTION }, ['id', 'name', 'jurisdiction']),
  },
];

OPEN_STATES.push({
  name: 'people_search_people_get',
  description: 'Get list of people matching selected criteria.',
  inputSchema: object({
    jurisdiction: { ...text, description: 'Filter by jurisdiction name or id.' },
    name: { ...text, description: 'Filter by name, case-insensitive match.' },
  }),
  outputSchema: object({
    results: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: object({ id: text, name: text, given_name: text, family_name: text, jurisdiction: JURISDICTION }, [
        'id',
        'name',
        'given_name',
        'family_name',
        'jurisdiction',
      ]),
    },
  }),
} as (typeof OPEN_STATES)[number]);
const openStates = toolSessions(OPEN_STATES, 'server-seed');
const call = async (on: Connected, name: string, args: Json, world: string): Promise<Json> => {
  const outcome = await callInWorld(on, name, args, world);
  expect(outcome.isError).toBe(false);
  return outcome.value;
};

describe('one entity, one description in every tool and turn', () => {
  it("a bill's jurisdiction is classed as a jurisdiction (an enumeration in allOf), and keeps its class in later tools", async () => {
    const on = await openStates();
    for (const world of ['w-1', 'w-2', 'w-3', 'w-4']) {
      const bills = (await call(on, 'bills_search_bills_get', { session: '2025' }, world))['results'] as Json[];
      const classes = new Map<string, unknown>();
      for (const bill of bills) {
        const jurisdiction = bill['jurisdiction'] as Json;
        expect(['state', 'municipality', 'country']).toContain(jurisdiction['classification']);
        classes.set(jurisdiction['id'] as string, jurisdiction['classification']);
      }
      const events = (await call(on, 'event_list_events_get', {}, world))['results'] as Json[];
      const event = await call(on, 'event_detail_events_event_id_get', { event_id: events[0]!['id'] as string }, world);
      const jurisdiction = event['jurisdiction'] as Json;
      if (classes.has(jurisdiction['id'] as string)) expect(jurisdiction['classification']).toBe(classes.get(jurisdiction['id'] as string));
      const committees = (await call(on, 'committee_list_committees_get', {}, world))['results'] as Json[];
      for (const committee of committees) expect(['committee', 'subcommittee']).toContain(committee['classification']);
    }
  });
});

const WEATHER = [
  {
    name: 'time_machine_time_machine_get',
    description: 'Returns weather data for a single location and given day in the past.',
    inputSchema: object(
      {
        place_id: text,
        date: { type: 'string', format: 'date', description: 'The day of the data in the past. Specify in `YYYY-MM-DD` format.' },
      },
      ['date'],
    ),
    outputSchema: object({
      data: {
        type: 'array',
        minItems: 3,
        maxItems: 3,
        items: object(
          {
            date: { type: 'string', format: 'date-time', examples: ['2025-10-15T13:51:06.407Z'] },
            temperature: { type: 'number' },
            cloud_cover: object({ high: { type: 'integer' }, low: { type: 'integer' } }),
          },
          ['date', 'temperature'],
        ),
      },
      timezone: text,
    }),
  },
];
const weather = toolSessions(WEATHER, 'server-seed');

describe('a filter names the things it asks for', () => {
  it('people of two jurisdictions asked by name are of two jurisdictions with ids of their own, each told the same in every turn', async () => {
    const on = await openStates();
    for (const world of ['w-1', 'w-2', 'w-3']) {
      const seen = new Map<string, string>();
      for (const [jurisdiction, name] of [
        ['Minnesota', 'Lydia Reilly'],
        ['North Carolina', 'Hiram Jenkins'],
        ['Minnesota', 'Haylee Block'],
      ] as const) {
        const [person] = (await call(on, 'people_search_people_get', { jurisdiction, name }, world))['results'] as Json[];
        expect(person).toMatchObject({ name, given_name: name.split(' ')[0], family_name: name.split(' ')[1] });
        const held = person!['jurisdiction'] as Json;
        expect(held['name']).toBe(jurisdiction);
        if (seen.has(held['id'] as string)) expect(seen.get(held['id'] as string)).toBe(jurisdiction);
        seen.set(held['id'] as string, jurisdiction);
      }
      expect(new Set(seen.values()).size).toBe(2);
    }
  });
});

describe('a listing answers what its call asks', () => {
  it('the readings of a day asked for are dated that day, at their own times of day', async () => {
    const on = await weather();
    for (const [world, day] of [
      ['w-1', '2025-05-26'],
      ['w-2', '2025-05-14'],
      ['w-3', '2024-11-02'],
    ] as const) {
      const readings = (await call(on, 'time_machine_time_machine_get', { date: day, place_id: '2196831' }, world))['data'] as Json[];
      expect(readings.length).toBe(3);
      for (const reading of readings) expect(String(reading['date']).slice(0, 10)).toBe(day);
      expect(new Set(readings.map((reading) => reading['date'])).size).toBe(3);
    }
  });
});

const CONTACT = object({ email: text, firstName: text, lastName: text });
const BOOKING = object(
  {
    bookingId: text,
    contact: object({ ...CONTACT.properties, contactId: { type: 'string', format: 'uuid' } }, ['email', 'firstName', 'lastName']),
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    start: { type: 'string', format: 'date' },
    end: { type: 'string', format: 'date' },
    hotelConfirmationCode: text,
    status: { type: 'string', enum: ['ACCEPTED', 'CANCELLED', 'PENDING'] },
  },
  ['bookingId', 'contact', 'createdAt', 'updatedAt', 'start', 'end', 'hotelConfirmationCode', 'status'],
);
const bookingId = { type: 'string', description: 'The unique identifier of the booking you would like to update.' };
const BOOKINGS = [
  {
    name: 'list_bookings',
    description: 'List all bookings.',
    inputSchema: object({}),
    outputSchema: object({ data: { type: 'array', items: BOOKING } }),
  },
  {
    name: 'retrieve_booking',
    description: 'Retrieve a booking.',
    inputSchema: object({ bookingId }, ['bookingId']),
    outputSchema: BOOKING,
  },
  {
    name: 'update_booking_contact',
    description: 'Update the contact person of a booking.',
    inputSchema: object({ bookingId, bookingContact: CONTACT }, ['bookingId', 'bookingContact']),
    outputSchema: BOOKING,
  },
  {
    name: 'update_booking',
    description: 'Change a booking.',
    inputSchema: object({ bookingId, body: object({ bookingContact: CONTACT, end: { type: 'string', format: 'date' } }) }, [
      'bookingId',
      'body',
    ]),
    outputSchema: BOOKING,
  },
];
const hotelId = {
  type: 'string',
  format: 'uuid',
  description: 'The uuid of hotel for which rate plans are being fetched.',
  examples: ['40c0b330-186a-40bf-ae36-2c61fb322db0'],
};
BOOKINGS.push(
  {
    name: 'list_hotels',
    description: 'List hotels.',
    inputSchema: object({}),
    outputSchema: object({ data: { type: 'array', items: object({ hotelId, name: text }, ['hotelId', 'name']) } }),
  },
  {
    name: 'list_rate_plans_for_hotel',
    description: 'List all rate plans for a hotel.',
    inputSchema: object({ hotelId, size: { type: 'integer' } }, ['hotelId']),
    outputSchema: object({
      data: {
        type: 'array',
        minItems: 2,
        items: object({ hotelId, ratePlanId: { type: 'integer' }, description: text }, ['hotelId', 'ratePlanId']),
      },
    }),
  },
);
const bookings = toolSessions(BOOKINGS, 'server-seed');
const without = (record: Json, ...keys: string[]): Json =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

describe("a listing of a parent's records", () => {
  it("rate plans listed for a hotel are that hotel's, in every world", async () => {
    const on = await bookings();
    for (const world of ['w-1', 'w-2', 'w-3']) {
      const hotel = ((await call(on, 'list_hotels', {}, world))['data'] as Json[])[0]!['hotelId'] as string;
      for (const asked of [hotel, '40c0b330-186a-40bf-ae36-2c61fb322db0']) {
        const plans = (await call(on, 'list_rate_plans_for_hotel', { hotelId: asked, size: 40 }, world))['data'] as Json[];
        expect(plans.length).toBeGreaterThan(0);
        for (const plan of plans) expect(plan['hotelId']).toBe(asked);
      }
    }
  });
});

describe('an update changes what it sent, and its update time, only', () => {
  it("a change of a booking's contact is a change of the booking: the rest of it stays as listed and read", async () => {
    const on = await bookings();
    const sent = { email: 'jocelin.carreon@example.com', firstName: 'Jocelín', lastName: 'Carreón' };
    for (const world of ['w-1', 'w-2', 'w-3']) {
      // a live booking: a cancelled one is closed for changes (409)
      const listed = ((await call(on, 'list_bookings', {}, world))['data'] as Json[]).find(
        (booking) => !/cancel/i.test(String(booking['status'])),
      )!;
      const id = listed['bookingId'] as string;
      const before = await call(on, 'retrieve_booking', { bookingId: id }, world);
      expect(without(before, 'updatedAt')).toEqual(without(listed, 'updatedAt'));
      const changed = await call(on, 'update_booking_contact', { bookingId: id, bookingContact: sent }, world);
      expect(changed['contact']).toMatchObject(sent);
      expect(without(changed, 'contact', 'updatedAt')).toEqual(without(before, 'contact', 'updatedAt'));
      expect((changed['contact'] as Json)['contactId']).toBe((before['contact'] as Json)['contactId']);
      const after = await call(on, 'retrieve_booking', { bookingId: id }, world);
      expect(without(after, 'updatedAt')).toEqual(without(changed, 'updatedAt'));
      const moved = await call(
        on,
        'update_booking',
        { bookingId: id, body: { end: '2027-06-26', bookingContact: { ...sent, lastName: 'Sample' } } },
        world,
      );
      expect(moved['end']).toBe('2027-06-26');
      expect(moved['contact']).toMatchObject({ ...sent, lastName: 'Sample' });
      expect(without(moved, 'contact', 'end', 'updatedAt')).toEqual(without(after, 'contact', 'end', 'updatedAt'));
      // an email the user sent stays theirs on later reads, whatever the name beside it
      const own = { email: 'boss@acme.com', firstName: 'Jocelín', lastName: 'Carreón' };
      await call(on, 'update_booking_contact', { bookingId: id, bookingContact: own }, world);
      expect((await call(on, 'retrieve_booking', { bookingId: id }, world))['contact']).toMatchObject(own);
    }
  });
});

const API_VERSION = object(
  {
    added: { type: 'string', format: 'date-time' },
    updated: { type: 'string', format: 'date-time' },
    info: { type: 'object', minProperties: 1, description: 'Copy of `info` section from OpenAPI definition' },
    openapiVer: text,
    swaggerUrl: { type: 'string', format: 'url' },
  },
  ['added', 'updated', 'info', 'openapiVer', 'swaggerUrl'],
);
const API = {
  type: 'object',
  additionalProperties: false,
  description: 'Meta information about API',
  properties: {
    added: { type: 'string', format: 'date-time' },
    preferred: { type: 'string', description: 'Recommended version' },
    versions: { type: 'object', minProperties: 1, additionalProperties: API_VERSION },
  },
  required: ['added', 'preferred', 'versions'],
};
const DRIVE = {
  added: '2025-10-15T13:51:00.503Z',
  info: { title: 'Drive', version: 'v3' },
  openapiVer: '3.0.0',
  swaggerUrl: 'https://api.apis.guru/v2/specs/googleapis.com/drive/v3/swagger.json',
  updated: '2025-10-15T13:51:00.503Z',
};
const APIS = {
  type: 'object',
  minProperties: 1,
  description: 'List of API details. It is a JSON object with API IDs(`[:]`) as keys.',
  examples: [{ 'googleapis.com:drive': { added: '2025-10-15T13:51:00.503Z', preferred: 'v3', versions: { v3: DRIVE } } }],
  additionalProperties: API,
};
const provider = { type: 'string', minLength: 1, examples: ['apis.guru'] };
const DIRECTORY = [
  {
    name: 'get_providers',
    description: 'List all the providers in the directory.',
    inputSchema: object({}),
    outputSchema: object({ data: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } }),
  },
  {
    name: 'get_services',
    description: 'List all serviceNames in the directory for a particular providerName.',
    inputSchema: object({ provider }, ['provider']),
    outputSchema: object({ data: { type: 'array', minItems: 1, items: { type: 'string' } } }),
  },
  {
    name: 'get_provider',
    description: 'List all APIs in the directory for a particular providerName.',
    inputSchema: object({ provider }, ['provider']),
    outputSchema: APIS,
  },
  {
    name: 'get_api',
    description:
      'Retrieve one version of a particular API. Returns the API entry for one specific version of an API where there is no serviceName.',
    inputSchema: object({ provider, api: { type: 'string', minLength: 1, examples: ['2.1.0'] } }, ['provider', 'api']),
    outputSchema: API,
  },
  {
    name: 'get_service_api',
    description: 'Retrieve one version of a particular API with a serviceName.',
    inputSchema: object(
      { provider, service: { type: 'string', examples: ['graph'] }, api: { type: 'string', minLength: 1, examples: ['2.1.0'] } },
      ['provider', 'service', 'api'],
    ),
    outputSchema: API,
  },
];
const directory = toolSessions(DIRECTORY, 'server-seed');
const titles = (entry: Json): unknown[] =>
  Object.values(entry['versions'] as Json).map((version) => ((version as Json)['info'] as Json)['title']);

describe('an API directory tells each API the same way in every turn', () => {
  it("an API asked by version, then listed with its provider's APIs, keeps its preferred version, versions and title", async () => {
    const on = await directory();
    for (const world of ['w-1', 'w-2', 'w-3']) {
      const one = await call(on, 'get_api', { provider: 'apis.guru', api: '2.1.0' }, world);
      expect(one['versions']).toHaveProperty('2.1.0');
      expect(new Set(titles(one))).toEqual(new Set(['APIs.guru API']));
      const listed = (await call(on, 'get_provider', { provider: 'apis.guru' }, world))['apis.guru'] as Json;
      expect(listed['preferred']).toBe(one['preferred']);
      expect(listed['versions']).toEqual(one['versions']);
      const again = await call(on, 'get_api', { provider: 'apis.guru', api: '2.1.0' }, world);
      expect(again).toEqual(one);

      const fax = await call(on, 'get_service_api', { provider: 'twilio.com', service: 'twilio_fax_v1', api: '1.0.0' }, world);
      const apis = await call(on, 'get_provider', { provider: 'twilio.com' }, world);
      expect(apis['twilio.com:twilio_fax_v1']).toEqual(fax);
    }
  });

  it('a listing of providers or of services holds the ones the session has shown', async () => {
    const on = await directory();
    for (const world of ['w-1', 'w-2', 'w-3']) {
      await call(on, 'get_api', { provider: 'apis.guru', api: '2.1.0' }, world);
      await call(on, 'get_service_api', { provider: 'twilio.com', service: 'twilio_fax_v1', api: '1.0.0' }, world);
      const providers = (await call(on, 'get_providers', {}, world))['data'] as string[];
      expect(providers).toEqual(expect.arrayContaining(['apis.guru', 'twilio.com']));
      expect(new Set(providers).size).toBe(providers.length);
      const services = (await call(on, 'get_services', { provider: 'twilio.com' }, world))['data'] as string[];
      expect(services).toContain('twilio_fax_v1');
      const apis = Object.keys(await call(on, 'get_provider', { provider: 'twilio.com' }, world));
      for (const service of services) expect(apis).toContain(`twilio.com:${service}`);
    }
  });
});

describe('planned values', () => {
  it('a version argument whose spec shows one release is drawn among releases, not the example every time', async () => {
    const engine = new FakerEngine(new SchemaValidator());
    const schema = DIRECTORY.find((tool) => tool.name === 'get_api')!.inputSchema;
    const asked = new Set<unknown>();
    for (let seed = 1; seed <= 12; seed += 1) {
      const sampled = await engine.sampleObject(schema, 'get_api', seed, 1, {
        description: 'Retrieve one version of a particular API. apis_guru',
        host: 'api.apis.guru',
      });
      expect(sampled.ok).toBe(true);
      if (sampled.ok) asked.add(sampled.value['api']);
    }
    expect(asked.size).toBeGreaterThan(3);
    for (const version of asked) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
