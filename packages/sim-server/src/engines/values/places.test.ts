import { describe, expect, it } from 'vitest';
import { cityTimeZones } from './famous-records.js';
import { CITY_AIRPORTS, cityOfPostcode, CITY_POSTCODES, onePlace } from './places.js';
import { CITIES } from './lexicon.js';

const always = (): boolean => true;

describe('onePlace', () => {
  it('gives an airport code beside a country the same city: MUC never goes with US', () => {
    const search = { subType: ['AIRPORT'], keyword: 'MUC', countryCode: 'US' };
    for (const seed of [0, 5, 19, 33]) {
      const placed = onePlace(search, seed, always) as { keyword: string; countryCode: string };
      const city = Object.keys(CITY_AIRPORTS).find((name) => CITY_AIRPORTS[name] === placed.keyword);
      expect(CITIES.find((entry) => entry[0] === city)?.[2]).toBe(placed.countryCode);
    }
    // a keyword that is no airport code is a plain search, left as it is
    expect(onePlace({ keyword: 'coffee', countryCode: 'US' }, 3, always)).toEqual({ keyword: 'coffee', countryCode: 'US' });
  });

  it('gives every place parameter its part of one city, written as it was written', () => {
    const args = { city: 'Raleigh, NC', country: 'SE', state: 'Virginia', hours: 3 };
    const placed = onePlace(args, 0, always);
    // beside a country parameter the city is bare: `New York`, never `New York, US` with `country: US`
    expect(placed).toEqual({ city: 'New York', country: 'US', state: 'New York', hours: 3 });
    expect(onePlace({ city: 'Raleigh, NC', hours: 3, postal_code: '10001' }, 0, always)).toMatchObject({ city: 'New York, US' });
    const payment = { account: 'checking-1676', address_country: 'CY', currency: 'HNL', post_code: '675828' };
    // seed 15 is Paris
    expect(onePlace(payment, 15, always)).toEqual({ account: 'checking-1676', address_country: 'FR', currency: 'EUR', post_code: '75001' });
    expect(onePlace({ lat: '23.5S', lon: '-118.2437', tz: 'Asia/Tokyo' }, 29, always)).toEqual({
      lat: '35.6762',
      lon: '139.6503',
      tz: 'Asia/Tokyo',
    });
  });

  it('reaches nested objects and takes the first city the schema accepts', () => {
    const args = { creditor: { currency: 'LYD', post_code: 902589 }, address_country: 'Zurich' };
    const onlyEuro = (candidate: Record<string, unknown>): boolean =>
      (candidate['creditor'] as Record<string, unknown>)['currency'] === 'EUR';
    const placed = onePlace(args, 0, onlyEuro);
    expect(placed).toEqual({ creditor: { currency: 'EUR', post_code: 75001 }, address_country: 'France' });
  });

  it('leaves a call with one place part, or one no city fits', () => {
    expect(onePlace({ country: 'BG', date_from: '2025-05-19' }, 3, always)).toEqual({ country: 'BG', date_from: '2025-05-19' });
    const args = { city: 'Paris', country: 'SE' };
    expect(onePlace(args, 3, () => false)).toBe(args);
  });

  it('leaves a time-zone switch alone and takes the parts a schema accepts when it refuses every city', () => {
    const weather = { lat: 3.0252, lon: 31.7447, tz: 'local' };
    expect(onePlace(weather, 0, always)).toEqual({ lat: 40.7128, lon: -74.006, tz: 'local' });
    const onlyItsOwn = (candidate: Record<string, unknown>): boolean => candidate['country'] === 'XK';
    expect(onePlace({ city: 'Paris', country: 'XK', lat: 1, lon: 2 }, 0, onlyItsOwn)).toEqual({
      city: 'New York',
      country: 'XK',
      lat: 40.7128,
      lon: -74.006,
    });
  });
});

describe('cityTimeZones', () => {
  it('gives a record at a point asked the time zone of the city there, and a place named by `name` its own', () => {
    const dublin: Record<string, unknown> = { timezone: 'America/New_York', elevation: 8 };
    cityTimeZones(dublin, { lat: '53.3498', lon: '-6.2603' });
    expect(dublin['timezone']).toBe('Europe/Dublin');
    const vancouver: Record<string, unknown> = { timezone: 'America/Los_Angeles' };
    cityTimeZones(vancouver, { lat: 49.2827, lon: -123.1207 });
    expect(vancouver['timezone']).toBe('America/Vancouver');
    const zurich: Record<string, unknown> = { name: 'Zurich', timezone: 'Asia/Tokyo' };
    cityTimeZones(zurich, { text: 'Zurich' });
    expect(zurich['timezone']).toBe('Europe/Zurich');
    const nowhere: Record<string, unknown> = { timezone: 'Europe/Lisbon' };
    cityTimeZones(nowhere, { lat: 38.7, lon: 4.9 });
    expect(nowhere['timezone']).toBe('Europe/Lisbon');
  });

  it('gives a post code sent alone a real city’s code (none of a city without one)', () => {
    for (let seed = 0; seed < 40; seed += 1) {
      const placed = onePlace({ postal_code: '51271', days: 20 }, seed, always);
      expect(Object.values(CITY_POSTCODES)).toContain(placed['postal_code']);
      expect(placed['days']).toBe(20);
    }
  });
});

describe('cityOfPostcode', () => {
  it('finds the city of a known post code however it is written, and none for an unknown one', () => {
    expect(cityOfPostcode('M1 1AE')?.[0]).toBe('Manchester');
    expect(cityOfPostcode('m1  1ae')?.[0]).toBe('Manchester');
    expect(cityOfPostcode('2108')?.[0]).toBe('Boston');
    expect(cityOfPostcode('28013')?.[0]).toBe('Madrid');
    expect(cityOfPostcode('20396')).toBeUndefined();
  });
});

describe('cityOfPostcode beside a country', () => {
  it('is none when the country sent is another', () => {
    expect(cityOfPostcode('20121', 'ES')).toBeUndefined();
    expect(cityOfPostcode('20121', 'IT')?.[0]).toBe('Milan');
  });
});
