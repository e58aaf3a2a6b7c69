import { describe, expect, it } from 'vitest';
import type { CatalogTool } from '../catalog/catalog.js';
import { computeResult } from './compute-result.js';
import { describedFields, systemContext, withSystemSense } from './described-fields.js';
import { entityAction } from './entity-rules.js';
import { inferOutputSchema } from './infer-output-schema.js';

const tool = (name: string, description: string, properties: Record<string, unknown> = {}): CatalogTool =>
  ({ spec: { name, description, inputSchema: { type: 'object', properties } }, hints: {} }) as unknown as CatalogTool;
const properties = (name: string, description: string, input: Record<string, unknown> = {}): Record<string, Record<string, unknown>> => {
  const schema = inferOutputSchema(tool(name, description, input)).schema as Record<string, unknown>;
  const items =
    ((schema['properties'] as Record<string, Record<string, unknown>>)['items']?.['items'] as Record<string, unknown> | undefined) ??
    schema;
  return items['properties'] as Record<string, Record<string, unknown>>;
};

const TICKETING =
  'This tool belongs to the ticketing system that is part of a company, which allows users to create, view, and manage support business tickets. Tool description: ';
const TRADING =
  'This tool belongs to the trading system, which allows users to trade stocks, manage their account, and view stock information. Tool description: ';

describe('a record as its system understands the noun', () => {
  it('reads the system a tool belongs to', () => {
    expect(systemContext(TRADING)).toBe('trading');
    expect(systemContext('Get the weather.')).toBeUndefined();
  });

  it('a ticket of a ticketing system is a support ticket, no event booking', () => {
    const ticket = properties('get_user_tickets', `${TICKETING}Get all tickets created by the current user.`, {
      status: { type: 'string' },
    });
    expect(Object.keys(ticket)).toEqual(expect.arrayContaining(['title', 'status', 'priority']));
    expect(Object.keys(ticket)).not.toContain('total_price');
    // without a ticketing system, a ticket stays a booking
    expect(Object.keys(properties('get_tickets', 'Get concert tickets.', { event: { type: 'string' } }))).not.toContain('priority');
  });

  it('an order of a trading system is a trade, and placing one creates it', () => {
    const order = properties('get_order_details', `${TRADING}Get the details of an order.`, { order_id: { type: 'integer' } });
    expect(Object.keys(order)).toEqual(expect.arrayContaining(['symbol', 'order_type', 'price', 'amount', 'status']));
    expect(Object.keys(order)).not.toContain('estimated_delivery');
    expect(entityAction(tool('place_order', `${TRADING}Place an order.`))).toBe('create');
    expect(entityAction(tool('place_details', 'Details of a place.'))).not.toBe('create');
  });
});

describe('attributes a description lists', () => {
  it('"such as opening hours and ticket prices" gives typed fields, never a service status', () => {
    const museum = properties('museum_info_get_info', 'Retrieve specific details about museums, such as opening hours and ticket prices.', {
      location: { type: 'string' },
      details: { type: 'array', items: { type: 'string', enum: ['Opening hours', 'Adult tickets'] } },
    });
    expect(museum['opening_hours']?.['pattern']).toBeDefined();
    expect(museum['ticket_price']?.['type']).toBe('number');
    expect(museum['adult_tickets']?.['type']).toBe('number');
    expect(Object.keys(museum)).not.toContain('record_count');
  });

  it('an example in a parameter names the attribute asked for', () => {
    expect(
      describedFields('Retrieve information for a specific team.', {
        team: { type: 'string' },
        info: { type: 'string', description: "The information sought. E.g., 'championships_won'." },
      }),
    ).toEqual({ championships_won: { type: 'integer', minimum: 0, maximum: 40 } });
  });

  it('free-text attributes are left out', () => {
    expect(describedFields('Retrieve the details of a battle, including the participants and the winner.', {})).toEqual({});
  });

  it('the quantity before words of when: a UV index and its risk level', () => {
    const uv = properties('uv_index_get_future', 'Retrieve the future UV index for a given location and date.', {
      location: { type: 'string' },
      date: { type: 'string' },
    });
    expect(uv['uv_index']).toMatchObject({ type: 'integer', minimum: 0, maximum: 11 });
    expect(uv['risk_level']?.['enum']).toContain('moderate');
    expect(Object.keys(uv)).not.toContain('name');
  });
});

describe('computed conversions', () => {
  it('a currency conversion carries both currencies, the rate and the converted amount, also for a code the table lacks', () => {
    const result = computeResult(['convert', 'currency'], { amount: 284.43, from_currency: 'SRD', to_currency: 'JPY' }) as Record<
      string,
      number | string
    >;
    expect(result).toMatchObject({ amount: 284.43, from_currency: 'SRD', to_currency: 'JPY' });
    expect(result['converted_amount']).toBeCloseTo(284.43 * (result['rate'] as number), 1);
    expect(computeResult(['convert', 'currency'], { amount: 1, from_currency: 'SRD', to_currency: 'JPY' })).toEqual(
      computeResult(['convert', 'currency'], { amount: 1, from_currency: 'SRD', to_currency: 'JPY' }),
    );
    expect(computeResult(['convert', 'currency'], { amount: 10, base_currency: 'euro', target_currency: 'USD' })).toMatchObject({
      from_currency: 'EUR',
      to_currency: 'USD',
    });
  });

  it('a conversion named `x_to_y` takes its units from the name', () => {
    expect(computeResult(['convert', 'celsius', 'to', 'fahrenheit'], { celsius: 100 })).toMatchObject({
      converted_value: 212,
      unit: 'fahrenheit',
    });
    expect(computeResult(['miles', 'to', 'km'], { miles: 1 })).toMatchObject({ converted_value: 1.6093, unit: 'km' });
  });

  it('a time zone is a name, not a number', () => {
    expect(
      properties('time_zone_converter', 'Retrieve the current time of a specific city.', { city: { type: 'string' } })['time_zone'],
    ).toEqual({ type: 'string' });
  });
});

describe('people and returns', () => {
  it('a tool about people names them as people, several for a plural noun', () => {
    const monarchs = inferOutputSchema(
      tool('european_history_get_monarchs', 'Retrieve the list of monarchs of a country.', { country: { type: 'string' } }),
    );
    expect(monarchs.kind).toBe('list');
    expect(Object.keys(monarchs.record['properties'] as object)).toContain('full_name');
    expect(Object.keys(monarchs.record['properties'] as object)).not.toContain('name');
  });

  it('returns are a number, not a list of words', () => {
    expect(
      properties('portfolio_returns', 'Get the returns of a portfolio.', { period: { type: 'integer' } })['portfolio_returns']?.['type'],
    ).toBe('number');
  });
});

describe('a record just made, a person asked for by name', () => {
  it('a ticket just created is open, and resolving one updates it', () => {
    expect(
      properties('create_ticket', `${TICKETING}Create a ticket in the system and queue it.`, { title: { type: 'string' } })['status'],
    ).toEqual({ const: 'open' });
    expect(entityAction(tool('resolve_ticket', `${TICKETING}Resolve a ticket with a resolution.`))).toBe('update');
  });

  it('a person the call names is not renamed', () => {
    const sculptor = properties('sculptor_info_get', 'Get information about a sculptor.', { name: { type: 'string' } });
    expect(Object.keys(sculptor)).not.toContain('full_name');
    expect(Object.keys(sculptor)).toEqual(expect.arrayContaining(['birth_place', 'birth_year']));
  });
});

describe('what a description says a tool computes', () => {
  it('a name with no verb whose description estimates computes the described quantity and its unit', () => {
    const solar = inferOutputSchema(
      tool('solar_farm_potential', 'Estimate the energy output of a solar farm given its location and panel area for a particular month.', {
        panelArea: { type: 'integer' },
      }),
    );
    expect(solar.kind).toBe('compute');
    expect((solar.schema['properties'] as Record<string, unknown>)['energy_output']).toMatchObject({ type: 'number' });
    expect((solar.schema['properties'] as Record<string, unknown>)['unit']).toEqual({ const: 'kWh' });
  });

  it('a revenue forecast is revenue in dollars, no weather', () => {
    const revenue = inferOutputSchema(
      tool(
        'corporate_finance_revenue_forecast',
        'Estimate the revenue of a company by multiplying the sales units of the product with its selling price.',
        { company: { type: 'string' } },
      ),
    );
    expect(revenue.topic).toBeUndefined();
    expect((revenue.schema['properties'] as Record<string, unknown>)['unit']).toEqual({ const: 'USD' });
    expect(inferOutputSchema(tool('get_weather_forecast', 'Get the weather forecast.', { city: { type: 'string' } })).topic).toBe(
      'weather',
    );
  });
});

describe('a declared result as its system has its fields', () => {
  const declared = {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      status: { type: 'string', description: 'Current status of the ticket.' },
      priority: { type: 'integer', description: 'Priority level of the ticket.' },
      created_by: { type: 'string', description: 'Username of the ticket creator.' },
    },
  };
  it("a ticket's status is a ticket's state and its priority 1 to 5; other fields stay as declared", () => {
    const properties = withSystemSense(declared, 'get_ticket', `${TICKETING}Get a specific ticket by its ID.`)['properties'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(properties['status']?.['enum']).toEqual(['open', 'in progress', 'resolved', 'closed']);
    expect(properties['status']?.['description']).toBe('Current status of the ticket.');
    expect([properties['priority']?.['minimum'], properties['priority']?.['maximum']]).toEqual([1, 5]);
    expect(properties['created_by']).toEqual(declared.properties.created_by);
  });

  it('the status of an operation is its outcome; without a system, or of another noun, nothing changes', () => {
    const operation = { type: 'object', properties: { status: { type: 'string', description: 'Status of the update operation.' } } };
    expect(
      (
        withSystemSense(operation, 'edit_ticket', `${TICKETING}Modify the details of an existing ticket.`)['properties'] as Record<
          string,
          Record<string, unknown>
        >
      )['status']?.['enum'],
    ).toEqual(['success']);
    expect(withSystemSense(declared, 'get_ticket', 'Get a specific ticket by its ID.')).toBe(declared);
    // a ticket just created is open
    expect(
      (
        withSystemSense(declared, 'create_ticket', `${TICKETING}Create a ticket in the system and queue it.`)['properties'] as Record<
          string,
          Record<string, unknown>
        >
      )['status']?.['const'],
    ).toBe('open');
    expect(withSystemSense(declared, 'get_weather', `${TICKETING}Get the weather.`)).toBe(declared);
  });

  it('an order just placed is open on the book, not still pending', () => {
    const order = {
      type: 'object',
      properties: { order_id: { type: 'integer' }, status: { type: 'string', description: 'Status of the order.' } },
    };
    const placed = withSystemSense(order, 'place_order', `${TRADING}Place an order.`)['properties'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(placed['status']?.['const']).toBe('Open');
  });
});

describe('prices of what is priced', () => {
  it("a game's sales are copies sold, never a few dollars", () => {
    const sales = properties('video_games_get_sales', 'Get the sales figures for a video game for a given year.', {
      game_title: { type: 'string' },
    });
    expect(sales['copies_sold']?.['minimum']).toBeGreaterThanOrEqual(100_000);
    expect(sales).not.toHaveProperty('currency');
  });

  it('a painting at auction is priced in millions, never in tens', () => {
    const art = properties('art_auction_fetch_artwork_price', 'Fetch the price of a specific artwork on the auction platform.', {
      artwork_name: { type: 'string' },
    });
    expect(art['artwork_price']?.['minimum']).toBeGreaterThanOrEqual(1_000_000);
  });
});
