import { describe, expect, it } from 'vitest';
import { placeUnitProblems } from './result-places.js';

describe('place records in results', () => {
  it("rejects a city in another place's admin areas or typed as a country, passes its own", () => {
    const bad = { name: 'Denver', adm_area1: 'England', adm_area2: 'Amsterdam, Netherlands', country: 'United States', type: 'Norway' };
    expect(placeUnitProblems('nearest_place', {}, { items: [bad] })).toHaveLength(3);
    expect(placeUnitProblems('nearest_place', {}, { name: 'Dublin', adm_area1: 'England', country: 'Ireland' })).toHaveLength(1);
    expect(placeUnitProblems('nearest_place', {}, { name: 'Dublin', adm_area1: 'Osaka', country: 'Ireland' })).toHaveLength(1);
    const good = { name: 'Denver', adm_area1: 'Colorado', adm_area2: 'Denver', country: 'United States', type: 'city' };
    expect(placeUnitProblems('nearest_place', {}, { items: [good] })).toEqual([]);
    expect(placeUnitProblems('nearest_place', {}, { name: 'London', adm_area1: 'England', adm_area2: 'Greater London' })).toEqual([]);
  });

  it('rejects a country with false codes or far from home, passes its real ones', () => {
    const bad = { name: 'Canada', 'alpha-2-code': '897951', 'alpha-3-code': '391700', latitude: -44.9, longitude: 1.9 };
    expect(placeUnitProblems('get_list_of_countries', {}, { items: [bad] })).toHaveLength(3);
    const good = { name: 'Canada', 'alpha-2-code': 'CA', 'alpha-3-code': 'CAN', latitude: 56.1, longitude: -106.3 };
    expect(placeUnitProblems('get_list_of_countries', {}, { items: [good] })).toEqual([]);
  });

  it("rejects a place as an SMS tool's destination, passes a phone number", () => {
    const bad = { message: { destination: '447777777777', destinations: ['Leeds, United Kingdom', 'Manchester, United Kingdom'] } };
    expect(placeUnitProblems('get_messages_schedule', {}, bad)).toHaveLength(2);
    const good = { message: { destination: '447777777777', destinations: ['447035167591'] } };
    expect(placeUnitProblems('get_messages_schedule', {}, good)).toEqual([]);
    expect(placeUnitProblems('book_flight', {}, { destination: 'Rome, Italy' })).toEqual([]);
  });
});
