import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../support/reviewed-calls.js';
import { implausibleContent } from '../../packages/harness/src/run/checks/result-content.js';
import { contradictoryPlaces } from '../../packages/harness/src/run/checks/result-places.js';

/** The examples are cut from accepted real-tree records a reviewer rejected. */
describe('results_plausible: a result in the place, the units and the kinds of text the call asked', () => {
  it('flags a time zone of another place than the record or the point asked, and passes the own one', () => {
    const london = call('get_forecast_airquality', { lat: 51.5074, lon: -0.1278, hours: 3 }, { timezone: 'America/New_York', data: [] });
    expect(implausibleContent(london)).toEqual(['get_forecast_airquality: london is in Europe/London, not America/New_York']);
    const zurich = call('find_places', { text: 'Zurich' }, [{ name: 'Zurich', timezone: 'Asia/Tokyo' }]);
    expect(implausibleContent(zurich)).toEqual(['find_places: zurich is in Europe/Zurich, not Asia/Tokyo']);
    expect(implausibleContent(call('get_forecast_airquality', { lat: 51.5074, lon: -0.1278 }, { timezone: 'Europe/London' }))).toEqual([]);
    // an unknown point and an abbreviation are left alone
    expect(implausibleContent(call('list_hotels', { lat: 12.1, lon: -40.2 }, { timezone: 'AST' }))).toEqual([]);
  });

  it('flags a place hit named after a city far from its point, and passes one at its city', () => {
    const place = { name: 'Austin', country: 'United States', lat: '49.2827', lon: '23.5W', timezone: 'America/Chicago' };
    expect(implausibleContent(call('nearest_place', { lat: '49.2827', lon: '23.5W' }, place))).toEqual([
      'nearest_place: austin is not at 49.2827, -23.5',
    ]);
    const austin = { ...place, lat: '30.2672', lon: '-97.7431' };
    expect(implausibleContent(call('nearest_place', { lat: '30.2672', lon: '-97.7431' }, austin))).toEqual([]);
  });

  it('flags temperatures in another scale than asked, and passes the asked one', () => {
    const kelvin = call('get_current_station', { station: '2035445', units: 'S' }, { data: [{ temp: 15.87, rh: 60 }] });
    expect(implausibleContent(kelvin)).toEqual(['get_current_station: temp 15.87 is not in kelvin, as the call asked']);
    const labelled = call('visual_crossing_timeline', { location: 'London,UK', unitGroup: 'us' }, { temperature: 11.8, unit: 'celsius' });
    expect(implausibleContent(labelled)).toEqual(['visual_crossing_timeline: unit "celsius" though the call asked for °F']);
    expect(implausibleContent(call('get_current_station', { units: 'S' }, { data: [{ temp: 289.02, rh: 60 }] }))).toEqual([]);
    expect(implausibleContent(call('visual_crossing_timeline', { unitGroup: 'us' }, { temperature: 53.2, unit: 'fahrenheit' }))).toEqual(
      [],
    );
  });

  it('flags a file path in a field of a tool with no files, and passes one of a file tool', () => {
    const wind = call('time_machine_get', { place_id: '3550725' }, { wind: { speed: 3.1, dir: '/home/alex/documents' } });
    expect(implausibleContent(wind)).toEqual(['time_machine_get: dir "/home/alex/documents" is a file path']);
    expect(implausibleContent(call('random_gif', {}, { source: 'https://www.reddit.com/r/gifs' }))).toEqual([]);
    expect(implausibleContent(call('list_files', { folder: 'docs' }, { source: '/srv/app/uploads' }))).toEqual([]);
  });
});

describe('arguments_plausible: one place per call', () => {
  it('flags a city, a state, a country, a point, a currency and a post code of different places', () => {
    expect(contradictoryPlaces({ city: 'Paris', country: 'SE' })).toEqual(['paris is not in SE']);
    expect(contradictoryPlaces({ city: 'Raleigh, NC', country: 'US', state: 'Virginia' })).toEqual(['raleigh is not in Virginia']);
    expect(contradictoryPlaces({ city: 'Berlin, DE', country: 'DE', state: 'Illinois' })).toEqual([
      'city "Berlin, DE" says its country again beside the country argument',
      'berlin is not in Illinois',
      'Illinois is not in DE',
    ]);
    expect(contradictoryPlaces({ city: 'Zurich', lat: '-23.5', lon: '8.54' })).toEqual(['zurich is not at -23.5, 8.54']);
    expect(contradictoryPlaces({ account: 'checking-1676', address_country: 'CY', currency: 'HNL', post_code: '675828' })).toEqual([
      'HNL is not the currency of CY',
      '675828 is no post code of CY',
    ]);
  });

  it('flags a city that repeats the country argument, a post code of another city and an airport of another country', () => {
    expect(contradictoryPlaces({ city: 'Melbourne, AU', country: 'AU', state: 'Victoria' })).toEqual([
      'city "Melbourne, AU" says its country again beside the country argument',
    ]);
    expect(contradictoryPlaces({ city: 'Paris', postal_code: '10115' })).toEqual(['10115 is no post code of paris']);
    expect(contradictoryPlaces({ subType: ['AIRPORT'], keyword: 'MUC', countryCode: 'US' })).toEqual(['airport MUC is not in US']);
    // the same parts of one place pass: a bare city, its own post code, its own airport
    expect(contradictoryPlaces({ city: 'Melbourne', country: 'AU', state: 'Victoria' })).toEqual([]);
    expect(contradictoryPlaces({ city: 'Berlin', postal_code: '10115' })).toEqual([]);
    expect(contradictoryPlaces({ city: 'Zurich', postal_code: 8001 })).toEqual([]);
    expect(contradictoryPlaces({ subType: ['AIRPORT'], keyword: 'MUC', countryCode: 'DE' })).toEqual([]);
  });

  it('passes the parts of one place', () => {
    expect(contradictoryPlaces({ city: 'Raleigh, NC', country: 'US', state: 'North Carolina' })).toEqual([]);
    expect(contradictoryPlaces({ city: 'Paris', country: 'France', lat: 48.8566, lon: 2.3522, timezone: 'Europe/Paris' })).toEqual([]);
    expect(contradictoryPlaces({ address_country: 'CY', currency: 'EUR', post_code: '1010' })).toEqual([]);
    expect(contradictoryPlaces({ creditor: { address_country: 'Sweden', currency: 'SEK', post_code: '111 22' } })).toEqual([]);
  });
});
