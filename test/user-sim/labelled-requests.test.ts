import { type Persona, type PlannedCall } from '@inftool/core';
import { PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

/** Requests written as a person asks, never built from tool names, operation ids or parameter labels. */

const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});
const call = (tool: string, args: Record<string, unknown>): PlannedCall => ({ tool, arguments: args });
const seeds = Array.from({ length: 8 }, (_, index) => index);
const persona = PERSONAS[0] as Persona;
const texts = (tools: ToolView[], plan: PlannedCall[][], turn = 0) =>
  seeds.map((seed) =>
    requestText(persona, plan[turn] as PlannedCall[], new Map(tools.map((tool) => [tool.name, tool])), { seed, plan, turn }),
  );

describe('a request never says a label', () => {
  it('says a number of hours with what it counts: "over the next 24 hours", "for 10 hours in a row"', () => {
    const bestHour = view('gsi_besthour', 'Get best hour (with most regional green energy) in a given timeframe.', {
      timeframe: { type: 'integer', description: 'Number of hours to check (default 24 hours from now).' },
      hours: { type: 'integer', description: 'How many hours in row do you need the device turned on?' },
    });
    for (const text of texts([bestHour], [[call('gsi_besthour', { timeframe: 24, hours: 10 })]])) {
      expect(text).toMatch(/over the next 24 hours/);
      expect(text).toMatch(/for 10 hours in a row/);
      expect(text).not.toMatch(/timeframe of 24|with 10 hours|in a timeframe/);
    }
    const forecast = view('get_forecast_airquality_lat_lat_lon_lon', 'Returns 72 hour (hourly) Air Quality forecast.', {
      lat: { type: 'number', description: 'Latitude component of location.' },
      hours: { type: 'integer', description: 'Number of hours to return.' },
    });
    for (const text of texts([forecast], [[call(forecast.name, { lat: 51.5, hours: 3 })]])) {
      expect(text).toMatch(/over the next 3 hours/);
      expect(text).not.toMatch(/with 3 hours/);
    }
  });

  it('says minutes it cannot place in time with their unit ("a validity of 1440 minutes") and quotes a text the user writes', () => {
    const flash = view('send_flash_message', 'Send an SMS flash message.', {
      content: { type: 'string' },
      validity: {
        type: 'integer',
        description: 'The optional number of minutes to attempt delivery before the message is marked as EXPIRED.',
      },
    });
    const message = 'Thanks for the notes from yesterday, they were really helpful.';
    for (const text of texts([flash], [[call(flash.name, { content: message, validity: 1440 })]])) {
      expect(text).toMatch(/a validity of 1440 minutes/);
      expect(text).toContain(`saying "${message}"`);
      expect(text).not.toMatch(/for Thanks/);
    }
  });

  it('puts a kind before the thing it sorts ("the latest stories posts"), never "the stories post kind"', () => {
    const posts = view('posts_get_latest', 'Get the latest posts.', { indexKind: { type: 'string' }, postKind: { type: 'string' } });
    for (const text of texts([posts], [[call('posts_get_latest', { indexKind: 'home', postKind: 'stories' })]])) {
      expect(text).toMatch(/stories posts/);
      expect(text).not.toMatch(/index kind|post kind/);
    }
  });

  it('makes a word the name\u2019s length limit cut whole from the description ("that forecast", never "that forec")', () => {
    const forecast = view(
      'get_visual_crossing_web_services_rest_services_weatherdata_forec',
      'Weather Forecast API. Provides access to weather forecast information.',
      { locations: { type: 'string' } },
    );
    const timeline = view('get_visual_crossing_web_services_rest_services_timeline_location', 'Historical and Forecast Weather API.', {
      location: { type: 'string' },
    });
    const plan: PlannedCall[][] = [
      [call(forecast.name, { locations: 'Bangalore' })],
      [call(timeline.name, { location: { $result: { turn: 0, call: 0, field: 'resolvedAddress' } } })],
    ];
    for (const text of texts([forecast, timeline], plan, 1)) expect(text).not.toMatch(/\bforec\b/);
  });

  it('says a documentation\u2019s doubled word once and leaves its scope out ("a file of any extension")', () => {
    const countries = view('get_list_of_countries', 'getListOfCountries. Get name name, alpha-2, alpha-3 code, latitude and longitude.');
    for (const text of texts([countries], [[call(countries.name, {})]])) expect(text).not.toMatch(/name name/);
    const touch = view('touch', 'Create a new file of any extension in the current directory.', { file_name: { type: 'string' } });
    for (const text of texts([touch], [[call('touch', { file_name: 'sales-q2.jpg' })]])) {
      expect(text).toMatch(/sales-q2\.jpg/);
      expect(text).not.toMatch(/of any extension/);
    }
  });

  it('says what a long verb-led description asks, never the tool name read out ("the solar panel calculate need")', () => {
    const solar = view(
      'solar_panel_calculate_need',
      'Calculate the number of solar panels needed for a house based on the square footage and average sunlight hours.',
      { square_footage: { type: 'number' }, average_sunlight_hours: { type: 'number' } },
    );
    for (const text of texts([solar], [[call(solar.name, { square_footage: 1200, average_sunlight_hours: 13.42 })]])) {
      expect(text).toMatch(/calculate the number of solar panels/i);
      expect(text).not.toMatch(/calculate need/);
    }
  });
});
