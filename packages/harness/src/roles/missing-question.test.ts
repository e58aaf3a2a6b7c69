import { describe, expect, it } from 'vitest';
import { namedQuestion } from './missing-question.js';

const tool = (name: string, description: string, properties: Record<string, unknown>) => ({
  name,
  description,
  parameters: { type: 'object', properties },
});

describe('a clarifying question names the missing value and why it is needed', () => {
  it('asks which record is meant for its own handle, with what it is needed for', () => {
    const question = namedQuestion('key', 'key', tool('posts_get_one', 'Get a post.', { key: { type: 'string' } }), 'a');
    expect(question).toMatch(/\bpost\b/);
    expect(question).toMatch(/\bkey\b/);
    expect(question).toMatch(/I need (its key|it) to get a post/);
  });

  it('asks for a request body by the parts its example holds, never "which details"', () => {
    const filter = tool('post_evidence_filter', 'Batch filter available evidence.', {
      body: { type: 'string', examples: ['{"target":["ENSG00000094755"], "disease":["EFO_0003767"]}'] },
    });
    const question = namedQuestion('body', 'body', filter, 'a') ?? '';
    expect(question).toMatch(/targets and diseases/);
    expect(question).toMatch(/evidence/);
    expect(question).not.toMatch(/details/);
  });

  it('asks for another value by its label, saying what it is for', () => {
    const question = namedQuestion(
      'region',
      'region',
      tool('get_spots_month', 'Get the change chart for the month.', { region: {} }),
      'ab',
    );
    expect(question).toMatch(/region/);
    expect(question).toMatch(/I need it to get the change chart for the month/);
  });

  it('gives no reason rather than one that is not a thing ("for the nearest", "for the api")', () => {
    const nearest = namedQuestion('latitude', 'lat', tool('nearest', 'Nearest.', { lat: { type: 'number' } }), 'ab') ?? '';
    expect(nearest).toMatch(/latitude/);
    expect(nearest).not.toMatch(/for the nearest/);
    const forecast = namedQuestion('city', 'city', tool('forecast', 'Forecast.', { city: { type: 'string' } }), 'ab') ?? '';
    expect(forecast).toMatch(/I need it (for|to get) the forecast\./);
  });

  it('says its reason in speech, not a summary with a parameter name ("by articleModelId") or Title Case', () => {
    const reviews = tool('get_article_reviews_summaries', 'Get Article Reviews Summaries by articleModelId', {
      articleModelId: { type: 'string' },
    });
    const question = namedQuestion('article model ID', 'articleModelId', reviews, 'ab') ?? '';
    expect(question).toMatch(/article model ID/);
    expect(question).not.toMatch(/articleModelId|Article Reviews/);
  });
});

describe('a clarifying question for a new record or a bare preposition', () => {
  it('asks what a record to be made should have, never which one is meant', () => {
    const create = tool('payments_creditors_create', '', { name: { type: 'string' } });
    expect(namedQuestion('name', 'name', create, 'a')).toMatch(/What name should the new creditor have\?/);
  });

  it('says a value labelled by a preposition by its description', () => {
    const forex = tool('get_v1_historic_forex_from_to_date', 'Historic Forex Ticks.', {
      from: { type: 'string', description: 'From Symbol of the currency pair' },
    });
    expect(namedQuestion('from', 'from', forex, 'a')).toMatch(/^What is the from symbol of the currency pair\?/);
  });
});

describe('a clarifying question says why in the words the user asked for the call', () => {
  it("gives the call itself as the reason, never a lookup of the value's own owner nor the spec's summary", () => {
    const air = tool('get_current_airquality_city_id_city_id', 'Returns current air quality conditions.', {
      city_id: { type: 'integer', description: 'City ID' },
    });
    const question = namedQuestion('city ID', 'city_id', air, 'ab') ?? '';
    expect(question).toMatch(/city/);
    expect(question).toMatch(/I need (it|its ID) to get the current air quality/);
    expect(question).not.toMatch(/look up the city/);
    const hourly = tool('get_forecast_hourly_lat_lat_lon_lon', 'Returns an hourly forecast - given a lat/lon.', {
      lat: { type: 'number', description: 'Latitude' },
      lon: { type: 'number', description: 'Longitude' },
    });
    const asked = namedQuestion('longitude', 'lon', hourly, 'ab') ?? '';
    expect(asked).toMatch(/longitude/);
    expect(asked).not.toMatch(/lat\/lon| - |latitude longitude/);
  });

  it('never asks for "the name of the name" of a tool named for its handle', () => {
    const country = tool('get_latest_country_data_by_name', 'Returns the latest data for a country.', { name: { type: 'string' } });
    const question = namedQuestion('name', 'name', country, 'ab') ?? '';
    expect(question).toMatch(/\bname\b/);
    expect(question).not.toMatch(/name of the name|look up the name/);
  });

  it('tells tools sharing one description apart as the request did ("to create a payments creditor")', () => {
    const create = tool('payments_creditors_create', 'API endpoints related to creditor accounts.', { name: { type: 'string' } });
    const list = tool('payments_creditors_list', 'API endpoints related to creditor accounts.', { account: { type: 'string' } });
    const question = namedQuestion('name', 'name', create, 'a', [create, list]) ?? '';
    expect(question).toMatch(/What name should the new creditor have\?/);
    expect(question).not.toMatch(/API endpoints/);
  });

  it('asks for one of numbered siblings by its place ("What is the first number?"), never "What number 1 should I use?"', () => {
    const gcd = tool('math_gcd', 'Calculate the greatest common divisor of two numbers.', {
      num1: { type: 'integer' },
      num2: { type: 'integer' },
    });
    const question = namedQuestion('number 1', 'num1', gcd, 'a') ?? '';
    expect(question).toMatch(/^What is the first number\?/);
    expect(question).not.toMatch(/number 1/);
  });
});
