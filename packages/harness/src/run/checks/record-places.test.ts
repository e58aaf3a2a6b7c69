import { describe, expect, it } from 'vitest';
import { recordPlaceProblems } from './record-places.js';

describe('recordPlaceProblems', () => {
  it('rejects records whose place fields name other places', () => {
    const hotel = {
      name: 'Raffles Hotel Singapore',
      address: { city: 'Impalaland', country: 'ARE', countryName: 'Spain', postalCode: '64020', region: 'Middle East' },
      phoneNumbers: ['+14151798051'],
    };
    expect(recordPlaceProblems({ hotel }).join('; ')).toMatch(/country "ARE" and countryName "Spain"/);
    expect(recordPlaceProblems([{ name: 'Kronenhalle', city: 'Zurich', phone: '+12252555211' }])).toEqual([
      'phone "+12252555211" is no phone of CH',
    ]);
    expect(recordPlaceProblems({ city: 'Seattle', country: 'US', postalCode: '88768', lat: 81.3, lon: -10.9 })).toEqual([
      'seattle is not at 81.3, -10.9',
      'postalCode "88768" is no post code of seattle',
    ]);
    expect(recordPlaceProblems({ address_country: 'US', currency: 'USD', type: 'IBAN' })).toEqual(['an account in US has type "IBAN"']);
    expect(recordPlaceProblems({ address_country: 'JP', currency: 'LSL' })).toEqual(['currency "LSL" is not the money of JP']);
    expect(recordPlaceProblems({ country: 'DE', iban: 'FR7630006000011234567890189' })).toEqual([
      'iban "FR7630006000011234567890189" is no IBAN of DE',
    ]);
  });
  it('passes records true to their place', () => {
    expect(
      recordPlaceProblems({
        city: 'Zurich',
        country: 'CH',
        zip: '8001',
        phone: '+41 44 123 45 67',
        currency: 'CHF',
        lat: 47.37,
        lon: 8.54,
      }),
    ).toEqual([]);
    expect(recordPlaceProblems({ city_name: 'Raleigh', country_code: 'US', lat: 35.78, lon: -78.64, phone: '(919) 555-0100' })).toEqual([]);
    expect(
      recordPlaceProblems({ address: { city: 'London', country: 'GB', countryName: 'United Kingdom', postalCode: 'SW1A 1AA' } }),
    ).toEqual([]);
  });
});
