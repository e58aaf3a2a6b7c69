import { describe, expect, it } from 'vitest';
import { coversRequest, toolJobWords } from './capable-neighbour.js';
import type { IndexedTool } from './tool-index.js';

const tool = (name: string, description: string, required: string[] = [], properties: string[] = required): IndexedTool => ({
  spec: {
    name,
    description,
    inputSchema: { type: 'object', properties: Object.fromEntries(properties.map((key) => [key, { type: 'string' }])), required },
  },
  domain: 'd',
  category: 'c',
  server: 's',
});

describe('coversRequest: an offered tool that could itself serve the withheld one’s request', () => {
  it('reads the thing a description acts on, its owner and whether it tells details', () => {
    expect(
      toolJobWords(tool('parks_find_nearby', 'Locate nearby parks based on specific criteria like tennis court availability.')),
    ).toMatchObject({
      reads: true,
      thing: { head: 'park', modifiers: ['nearby'] },
    });
    expect(toolJobWords(tool('outcome', 'Retrieve the outcome of a specific law case.'))).toMatchObject({
      thing: { head: 'outcome' },
      of: { head: 'case', modifiers: ['law'] },
    });
    expect(toolJobWords(tool('details', 'Fetches detailed information on a specific case including its history.'))).toMatchObject({
      details: true,
      thing: { head: 'case' },
    });
  });

  it('drops a search of the same thing by other criteria, and the details of the thing a part is asked of', () => {
    const parks = tool('parks_find_nearby', 'Locate nearby parks based on specific criteria like tennis court availability.', ['location']);
    expect(
      coversRequest(parks, tool('park_search_find', 'Search for parks based on facilities and location.', ['facilities', 'location'])),
    ).toBe(true);
    const recipe = tool('recipe_search', 'Search for a cooking recipe based on specific dietary needs and time constraint.', [
      'dish',
      'diet',
    ]);
    expect(
      coversRequest(
        recipe,
        tool('recipe_finder_find', 'Find a recipe based on dietary preferences, number of servings.', ['servings', 'diet']),
      ),
    ).toBe(true);
    const outcome = tool('retrieve_case_outcome', 'Retrieve the outcome of a specific law case.', ['case_name', 'case_year']);
    expect(
      coversRequest(outcome, tool('case_info_get', 'Retrieve case details including the judgement from a case id.', ['case_id'])),
    ).toBe(true);
    expect(
      coversRequest(
        tool('area', 'Calculate the area of a triangle using its base and height.'),
        tool('area_any', 'Calculate the area of a triangle.'),
      ),
    ).toBe(true);
  });

  it('drops a read of the owner’s records for a part any record tells, and a velocity asked of a speed', () => {
    const outcome = tool('retrieve_case_outcome', 'Retrieve the outcome of a specific law case.', ['case_name', 'case_year']);
    expect(
      coversRequest(outcome, tool('law_case_search', 'Search and retrieve law cases based on the topic, timeline, and location.')),
    ).toBe(true);
    expect(coversRequest(outcome, tool('top_cases', 'Retrieve a list of the most influential cases in a specific field of law.'))).toBe(
      false,
    );
    const velocity = tool('final_velocity', 'Calculate the final velocity of an object under constant acceleration.');
    expect(coversRequest(velocity, tool('final_speed', 'Calculate the final speed of an object under constant acceleration.'))).toBe(true);
    const speed = 'Calculate the final speed of an object that starts from an initial speed and then accelerates for a certain duration.';
    expect(coversRequest(velocity, tool('kinematics_calculate_final_speed', speed))).toBe(true);
  });

  it('drops the details of a kind of the owner', () => {
    const outcome = tool('retrieve_case_outcome', 'Retrieve the outcome of a specific law case.', ['case_name', 'case_year']);
    expect(coversRequest(outcome, tool('criminal_case_details_get', 'Retrieve the details of a specific criminal case.'))).toBe(true);
  });

  it('keeps true near misses: another thing, another kind of it, a lookup by the thing’s own key, a computation told by its particulars', () => {
    const recipe = tool('recipe_search', 'Search for a cooking recipe based on specific dietary needs.', ['dish']);
    expect(coversRequest(recipe, tool('recipe_get_temperature', 'Get the cooking temperature for a specific recipe.', ['dish_name']))).toBe(
      false,
    );
    expect(coversRequest(recipe, tool('restaurants', 'Search for the restaurants based on the specific dishes.'))).toBe(false);
    const uv = tool('uv_index', 'Retrieve UV index data for a specified location and date.');
    expect(coversRequest(uv, tool('happiness_index', 'Fetches the happiness index for a given country.'))).toBe(false);
    const latest = tool('posts_get_latest', 'Get the latest posts of postKind for the specified index.', ['indexKind', 'indexKey']);
    expect(coversRequest(latest, tool('posts_get', 'Get the posts associated with the keys in the list passed in.', [], ['keys']))).toBe(
      false,
    );
    const heron = tool('heron', "Calculates the area of a triangle using Heron's formula, given the lengths of its three sides.");
    const board = tool('departures', 'Get departure board of a location.', ['id']);
    expect(coversRequest(board, tool('location', 'Get location information.', ['id']))).toBe(false);
    expect(coversRequest(tool('area', 'Calculate the area of a triangle using its base and height.'), heron)).toBe(false);
    const status = tool('conviction', 'Find the conviction status of a criminal in a specified region.');
    expect(coversRequest(status, tool('court_status', 'Retrieves the status and trial dates for court cases from county courts.'))).toBe(
      false,
    );
    expect(
      coversRequest(
        tool('stores', 'Locate nearby stores based on preferences.'),
        tool('count', 'Returns the number of stores that carry a product.'),
      ),
    ).toBe(false);
  });

  it('drops the same reading now or by another value, and a booking of the same room; keeps another time', () => {
    const withFee = tool('get_exchange_rate_with_fee', 'Retrieve the exchange rate between two currencies including transaction fee.', [
      'base_currency',
      'fee',
    ]);
    const latest = tool('latest_exchange_rate', 'Retrieve the latest exchange rate between two specified currencies.', ['source_currency']);
    expect(coversRequest(withFee, latest)).toBe(true);
    const byPostal = tool('get_current_postal_code', 'Returns a current observation by postal code.', ['postal_code']);
    const byCity = tool('get_current_city_id', 'Returns a Current Observation - Given a City ID.', ['city_id']);
    expect(coversRequest(byPostal, byCity)).toBe(true);
    const room = tool('book_room', 'Book a room in a specified hotel.', ['hotel_name', 'room_type']);
    expect(
      coversRequest(room, tool('hotel_book', 'Book a hotel room given the location, room type, and number of nights.', ['location'])),
    ).toBe(true);
    expect(coversRequest(room, tool('hotel_book', 'Book a hotel for a specific location for the number of nights', ['location']))).toBe(
      true,
    );
    const history = tool('get_history_postal', 'Returns historical observations - Given a Postal Code.', ['postal_code']);
    expect(coversRequest(history, byCity)).toBe(false);
  });
});
