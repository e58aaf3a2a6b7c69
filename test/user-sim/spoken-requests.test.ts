import { createRandom, type Persona, type PlannedCall } from '@inftool/core';
import { actionOf, PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});
/** The requests of every persona over a few seeds for one turn of `calls`. */
function requests(tool: ToolView, calls: Array<Record<string, unknown>>): string[] {
  const planned: PlannedCall[] = calls.map((args) => ({ tool: tool.name, arguments: args }));
  return (PERSONAS as Persona[]).flatMap((persona) =>
    [0, 1, 2].map((seed) => requestText(persona, planned, new Map([[tool.name, tool]]), { seed })),
  );
}
const random = createRandom(3);

describe('a request is said from the plan, not from a description sentence', () => {
  it('reads the verb a description leads with and drops its preamble ("the perform …", "the this function allows users to …")', () => {
    expect(actionOf('Perform sentiment analysis on a given piece of text.', 'sentiment_analysis', random)).toEqual({
      verb: 'perform',
      object: 'sentiment analysis on a piece of text',
    });
    expect(actionOf('This function allows users to add a product to their cart.', 'add_product_to_cart', random)).toEqual({
      verb: 'add',
      object: 'a product to my cart',
    });
  });

  it('says the thing a description gives access to, and no clause of the searcher’s criteria', () => {
    const forecast = actionOf('Weather Forecast API. Provides access to weather forecast information.', 'weatherdata_forecast', random);
    expect(forecast.object).toBe('the weather forecast');
    const inbox = actionOf('Get unread upcoming messages matching your search criteria', 'sms_inbox', random);
    expect(inbox.object).toBe('the unread upcoming messages');
    expect(actionOf('Returns a list of all products that match the filter criteria.', 'get_products', random).object).not.toMatch(
      /criteria|filter|match/,
    );
    expect(actionOf('Follow a user for the authenticated user.', 'follow_user', random).object).toBe('a user');
    // "their" of the things themselves stays: "shows and their ratings".
    expect(actionOf('Get a list of shows and their ratings on streaming services.', 'shows_ratings', random).object).toMatch(
      /their ratings/,
    );
  });

  it('asks for every country, not for a list of its fields', () => {
    const countries = actionOf(
      'getListOfCountries. Get name name, alpha-2, alpha-3 code, latitude and longitude for every country.',
      'get_list_of_countries',
      random,
    );
    expect(countries.object).toBe('every country');
  });

  it('says a user to follow as the user, and a number to round as itself', () => {
    const follow = view('follow_user', 'Follow a user for the authenticated user.', { username_to_follow: { type: 'string' } }, [
      'username_to_follow',
    ]);
    for (const text of requests(follow, [{ username_to_follow: 'bakerjane' }])) {
      expect(text).toMatch(/follow user bakerjane\b/i);
      expect(text).not.toMatch(/username to follow|authenticated/);
    }
    const round = view(
      'round_number',
      'Round a number to a specified number of decimal places.',
      { number: { type: 'number' }, decimal_places: { type: 'integer', default: 0 } },
      ['number'],
    );
    for (const text of requests(round, [{ number: 330.383, decimal_places: 2 }]))
      expect(text).toMatch(/round 330\.383 to 2 decimal places/i);
    for (const text of requests(round, [{ number: 330.383 }, { number: 465.496 }])) {
      expect(text).toMatch(/round 330\.383 and 465\.496\b/i);
      expect(text).not.toMatch(/number of|numbers 330/);
    }
  });

  it('says a place once: "in Berlin, DE", never "in Berlin, DE in Berlin in DE"; a city and its country as one place', () => {
    const history = view('get_history_hourly', 'Returns Historical Observations - Given City and/or State, Country.', {
      city: { type: 'string' },
      state: { type: 'string' },
      country: { type: 'string' },
      start_date: { type: 'string' },
    });
    for (const text of requests(history, [{ city: 'Berlin, DE', state: 'Berlin', country: 'DE', start_date: '2025-07-16' }])) {
      expect(text).toMatch(/in Berlin, DE\b/);
      expect(text).not.toMatch(/in Berlin, DE in|in DE\b/);
    }
    for (const text of requests(history, [{ city: 'Paris', country: 'FR' }])) expect(text).toMatch(/in Paris, FR\b/);
  });

  it('leaves no doubled comma where a description went on after one', () => {
    const battle = view(
      'get_battle_details',
      'Retrieve the details of a historical battle, including the participants and the winner.',
      { battle_name: { type: 'string' }, year: { type: 'integer' } },
      ['battle_name', 'year'],
    );
    const texts = requests(battle, [
      { battle_name: 'Battle of Gettysburg', year: 1863 },
      { battle_name: 'Battle of Waterloo', year: 1815 },
    ]);
    for (const text of texts) expect(text).not.toMatch(/,\s*,/);
  });

  it('keeps a thing in -ing ("a metered reading using account X") and no full stop of a heading ("change booking. 51…")', () => {
    const meter = view('metering_get', 'Meter Reading. Retrieves a metered reading using account (Stromkonto).', {
      account: { type: 'string' },
    });
    for (const text of requests(meter, [{ account: '0x4ebe6176' }])) {
      expect(text).toMatch(/a metered reading using account 0x4ebe6176/);
      expect(text).not.toMatch(/with account/);
    }
    expect(actionOf('Change a booking. <!-- theme: danger --> > Updates the specified booking.', 'update_booking', random)).toEqual({
      verb: 'change',
      object: 'a booking',
    });
  });

  it('says no empty part of a body and quotes a sentence inside it ("notes , rooms", "3 pages., destinations")', () => {
    const batch = view('post_batch_send', 'Send a batch of SMS messages.', { body: { type: 'object' } }, ['body']);
    const body = { content: 'Document sent in fine quality, 3 pages.', notes: {}, destinations: ['447298448439'], sender: 'YourCompany' };
    for (const text of requests(batch, [{ body }])) {
      expect(text).toContain('"Document sent in fine quality, 3 pages."');
      expect(text).not.toMatch(/\bnotes\b|[.!?],/);
    }
    const engine = view(
      'compute_rationale',
      'Query diagnostic engine for question rationale.',
      { sex: { type: 'string' }, extras: { type: 'object' } },
      ['sex'],
    );
    for (const text of requests(engine, [{ sex: 'male', extras: { extra_n65lewrl: {} } }])) expect(text).not.toMatch(/extras/);
  });

  it('reads a noun of the act as its verb and drops the documentation’s "single" and "specific"', () => {
    expect(actionOf('Prediction. Retrieval the GreenPowerIndex for a given city in Germany.', 'gsi_prediction', random).object).toBe(
      'the GreenPowerIndex for a city in Germany',
    );
    expect(actionOf('Get latest data for specific country.', 'get_latest_country_data', random).object).toBe(
      'the latest data for a country',
    );
    expect(actionOf('Get a single brand.', 'get_brands_key', random).object).toBe('a brand');
    expect(actionOf('Send a single SMS message.', 'send_sms', random).object).toBe('a single SMS message');
  });

  it('opens with no trouble the request does not have', () => {
    const slides = view('slides_get_all', 'Get all Slides');
    for (const text of requests(slides, [{}])) expect(text).not.toMatch(/stuck/i);
  });
});
