import { describe, expect, it } from 'vitest';
import { spelledName, spelledWords } from './abbreviations.js';

describe('spelledName: abbreviations in API names spelled out', () => {
  it('spells out the common abbreviations of field and parameter names', () => {
    expect(spelledName('lat')).toBe('latitude');
    expect(spelledName('lng')).toBe('longitude');
    expect(spelledName('tz')).toBe('time zone');
    expect(spelledName('timezone')).toBe('time zone');
    expect(spelledName('setLang')).toBe('set language');
    expect(spelledName('cc')).toBe('country code');
    expect(spelledName('ttl')).toBe('time to live');
    expect(spelledName('wind_spd')).toBe('wind speed');
    expect(spelledName('OwnerDesc')).toBe('owner description');
    expect(spelledName('rh')).toBe('relative humidity');
    expect(spelledName('app_temp')).toBe('apparent temperature');
    expect(spelledName('app_id')).toBe('app ID');
  });

  it('says a trailing minimum or maximum first, and "number of" for a leading num', () => {
    expect(spelledName('temp_max')).toBe('maximum temperature');
    expect(spelledName('minTemp')).toBe('minimum temperature');
    expect(spelledName('num_pages')).toBe('number of pages');
    expect(spelledName('PageNo')).toBe('page number');
  });

  it('keeps words that are only abbreviations in some places', () => {
    expect(spelledName('no_surface')).toBe('no surface');
    expect(spelledName('long_name')).toBe('long name');
    expect(spelledName('lat_long')).toBe('latitude longitude');
    expect(spelledName('invalid')).toBe('invalid');
    expect(spelledName('liquid')).toBe('liquid');
  });

  it('writes acronyms in capitals and splits a noun glued to its id', () => {
    expect(spelledWords('iata_code')).toEqual(['IATA', 'code']);
    expect(spelledName('bic')).toBe('BIC');
    expect(spelledName('messageid')).toBe('message ID');
    expect(spelledName('orderids')).toBe('order IDs');
  });

  it('says a word once where an expansion ends with the next word', () => {
    expect(spelledName('uv_index')).toBe('UV index');
    expect(spelledName('uv')).toBe('UV index');
  });
});
