import { describe, expect, it } from 'vitest';
import { otherPlaceProblems } from './result-addresses.js';

describe('results about the place the call named', () => {
  it('rejects an address in another city than the location searched, passes its own', () => {
    const args = { location: 'Lyon', propertyType: 'condo', bedrooms: 5 };
    const bad = {
      items: [
        { id: '1', address: '13 Church Lane, Manchester M1 1AE' },
        { id: '2', address: '111 rue Pasteur, 69002 Lyon' },
      ],
    };
    expect(otherPlaceProblems(args, bad)).toEqual(['address "13 Church Lane, Manchester M1 1AE" is in manchester, not lyon']);
    const good = {
      items: [
        { id: '2', address: '111 rue Pasteur, 69002 Lyon' },
        { id: '3', address: '8 rue Victor Hugo' },
      ],
    };
    expect(otherPlaceProblems(args, good)).toEqual([]);
    // a billing address or an email address is not the record's place
    expect(otherPlaceProblems(args, { billing_address: '1 High Street, London SW1A 1AA', email: 'paris@example.com' })).toEqual([]);
  });

  it('rejects an address in another country than the one asked', () => {
    expect(otherPlaceProblems({ country: 'FR' }, { address: 'Hauptstraße 12, 10115 Berlin' })).toHaveLength(1);
    expect(otherPlaceProblems({ country: 'FR' }, { address: '12 rue Pasteur, 69002 Lyon' })).toEqual([]);
  });

  it('rejects a record asked for one city named after another, passes a place record near it', () => {
    const args = { parties: ['Rod Dare'], contract_type: 'lease', location: 'Stockholm, Sweden' };
    expect(otherPlaceProblems(args, { name: 'Dubai', contract_type: 'lease', location: 'Stockholm, Sweden' })).toEqual([
      'the record asked for stockholm is named Dubai',
    ]);
    expect(otherPlaceProblems(args, { name: 'Stockholm', contract_type: 'lease' })).toEqual([]);
    expect(otherPlaceProblems({ location: 'Lyon' }, { name: 'Paris', country: 'France', distance_km: 390 })).toEqual([]);
  });

  it('rejects rows of another thing than the name asked of a tool named for it', () => {
    const rows = {
      items: [
        { country: 'Germany', deaths: 37 },
        { country: 'Japan', deaths: 22 },
      ],
    };
    expect(otherPlaceProblems({ name: 'Germany' }, rows, 'get_latest_country_data_by_name')).toEqual([
      'country "Japan" listed for Germany',
    ]);
    expect(otherPlaceProblems({ name: 'Germany' }, { items: [{ country: 'Germany' }] }, 'get_latest_country_data_by_name')).toEqual([]);
    expect(otherPlaceProblems({ name: 'Germany' }, rows, 'get_latest_all_data')).toEqual([]);
  });

  it("rejects a known station's records in another city, and one station in two cities", () => {
    const raleigh = { data: [{ city_name: 'Raleigh', station: 'KVNY', temp: 43.4 }] };
    expect(otherPlaceProblems({ stations: 'KVNY', units: 'I' }, raleigh)).toEqual(['station KVNY is in los angeles, not Raleigh']);
    expect(otherPlaceProblems({ stations: 'KVNY' }, { data: [{ city_name: 'Los Angeles', station: 'KVNY' }] })).toEqual([]);
    const split = {
      data: [
        { city_name: 'Stockholm', station: '2035445' },
        { city_name: 'Singapore', station: '2035445' },
      ],
    };
    expect(otherPlaceProblems({ station: '2035445' }, split)).toEqual(['station 2035445 is placed in stockholm and singapore']);
    const one = {
      data: [
        { city_name: 'Stockholm', station: '2035445' },
        { city_name: 'Stockholm', station: '2035445' },
      ],
    };
    expect(otherPlaceProblems({ station: '2035445' }, one)).toEqual([]);
  });
});
