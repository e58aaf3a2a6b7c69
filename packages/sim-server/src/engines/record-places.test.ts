import { describe, expect, it } from 'vitest';
import { foreignPhone, ibanIn, phoneIn, recordsTrueToPlace } from './record-places.js';

describe('recordsTrueToPlace', () => {
  it('puts a hotel named after Singapore, with its address, point and phones, in Singapore', () => {
    const hotel = {
      name: 'Raffles Hotel Singapore',
      address: { city: 'Impalaland', country: 'ARE', countryName: 'Spain', postalCode: '64020', region: 'Middle East' },
      location: { latitude: 70.888985, longitude: -142.0998 },
      phoneNumbers: ['+14151798051'],
    };
    recordsTrueToPlace({ hotel });
    expect(hotel.address).toMatchObject({
      city: 'Singapore',
      country: 'SGP',
      countryName: 'Singapore',
      postalCode: '018956',
      region: 'Asia Pacific',
    });
    expect(Math.abs(hotel.location.latitude - 1.3521)).toBeLessThan(0.05);
    expect(hotel.phoneNumbers[0]).toMatch(/^\+65\d{8}$/);
  });
  it('gives a Zurich restaurant Swiss phones and a city post code, and a Seattle record its own', () => {
    const rows = [
      { name: 'Kronenhalle', city: 'Zurich', phone: '+12252555211', zip: '94103' },
      { city: 'Seattle', country: 'US', postalCode: '88768', lat: 81.36, lon: -10.98 },
    ];
    recordsTrueToPlace({ rows });
    expect(rows[0]!.phone).toMatch(/^\+41/);
    expect(rows[0]!.zip).toBe('8001');
    expect(rows[1]).toMatchObject({ postalCode: '98101' });
    expect(Math.abs(rows[1]!.lat! - 47.6062)).toBeLessThan(0.05);
  });
  it("keeps a city the table does not know at its own point and a record's money its country's unless sent", () => {
    const station = { city_name: 'Raleigh', country_code: 'US', lat: 35.7796, lon: -78.6382 };
    const creditors = [
      { address_country: 'JP', currency: 'LSL' },
      { address_country: 'CY', currency: 'PKR' },
      { address_country: 'NO', currency: 'GBP' },
    ];
    recordsTrueToPlace({ data: [station] });
    recordsTrueToPlace({ creditors }, { currency: 'PKR' });
    expect(station).toMatchObject({ lat: 35.7796, lon: -78.6382 });
    expect(creditors).toEqual([
      { address_country: 'JP', currency: 'JPY' },
      { address_country: 'PK', currency: 'PKR' },
      { address_country: 'NO', currency: 'NOK' },
    ]);
  });
  it('writes phones and IBANs of a country', () => {
    expect(foreignPhone('+41 44 123 45 67', '41')).toBe(false);
    expect(foreignPhone('(415) 555-0100', '41')).toBe(true);
    expect(phoneIn('+1 415 555 0100', '44')).toBe('+44 155550100');
    const iban = ibanIn('LB4700622M927ZP090419VZ496VB', 'DE');
    const numeric = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
    expect([...numeric].reduce((sum, digit) => (sum * 10 + Number(digit)) % 97, 0)).toBe(1);
  });
});
