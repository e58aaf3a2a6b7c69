import { describe, expect, it } from 'vitest';
import { onePlace } from './places.js';
import { schemaCountry } from './schema-country.js';

const german = { type: 'object', properties: { zip: { type: 'string', description: 'Zipcode (Postleitzahl) of a city in Germany.' } } };

describe('schemaCountry', () => {
  it("reads the one country a place parameter's description names", () => {
    expect(schemaCountry(german)).toBe('DE');
    expect(schemaCountry({ properties: { city: { description: 'A German or French city' } } })).toBeUndefined();
    expect(schemaCountry({ properties: { zip: { description: 'The ZIP code.' } } })).toBeUndefined();
    expect(schemaCountry({ properties: { zip: { description: 'Zipcode (Postleitzahl) of metered location' } } })).toBe('DE');
  });
  it('plans a post code of that country, never a Dublin or Osaka one', () => {
    for (const seed of [1, 7, 24, 31, 40])
      expect(['10115', '80331']).toContain(onePlace({ zip: 'D02 X285' }, seed, () => true, german)['zip']);
  });
});
