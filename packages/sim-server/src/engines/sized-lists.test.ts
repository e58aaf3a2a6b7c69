import { describe, expect, it } from 'vitest';
import { askedListSize, SIZED_LIST_CAP, sizedSchema } from './sized-lists.js';

const list = (extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties: { city_name: { type: 'string' }, data: { type: 'array', items: { type: 'object' }, ...extra } },
});

describe('askedListSize', () => {
  it('a forecast span and a sequence length are sizes; a history span, a limit and a count are not', () => {
    expect(askedListSize('get_forecast_daily_postal_code', { days: 20 })).toBe(20);
    expect(askedListSize('getForecastHourly', { hours: '5' })).toBe(5);
    expect(askedListSize('music_generator_generate_melody', { length: 10 })).toBe(10);
    expect(askedListSize('bank_get_transaction_history', { days: 3 })).toBeUndefined();
    expect(askedListSize('get_forecast_daily', { limit: 3, count: 4 })).toBeUndefined();
    expect(askedListSize('get_forecast_hourly', { days: 2 })).toBeUndefined();
    expect(askedListSize('string_length', { length: 10 })).toBeUndefined();
  });
});

describe('sizedSchema', () => {
  it('sizes the one list, capped by a declared maxItems and by the cap; an inferred bound yields', () => {
    const sized = sizedSchema(list(), 20, true) as { properties: { data: Record<string, unknown> } };
    expect(sized.properties.data).toMatchObject({ minItems: 20, maxItems: 20 });
    expect((sizedSchema(list({ maxItems: 8 }), 12, true) as typeof sized).properties.data).toMatchObject({ minItems: 8, maxItems: 8 });
    expect((sizedSchema(list({ maxItems: 8 }), 12, false) as typeof sized).properties.data).toMatchObject({ minItems: 12 });
    expect((sizedSchema(list(), 500, true) as typeof sized).properties.data['maxItems']).toBe(SIZED_LIST_CAP);
  });

  it('leaves a schema with no list or two lists as it is', () => {
    const two = { type: 'object', properties: { a: { type: 'array' }, b: { type: 'array' } } };
    expect(sizedSchema(two, 5, true)).toBe(two);
    const none = { type: 'object', properties: { a: { type: 'string' } } };
    expect(sizedSchema(none, 5, true)).toBe(none);
  });
});
