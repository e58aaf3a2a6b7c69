import { describe, expect, it } from 'vitest';
import { cityNamedThings } from './city-named-things.js';

describe('cityNamedThings', () => {
  it('rejects a thing in one city named after another, and passes a local name or a place search', () => {
    const data = { items: [{ id: '7655280', name: 'Dubai', location: 'Mumbai, India', radius: 10 }] };
    expect(cityNamedThings('parking_lot_find_nearest', { location: 'Mumbai, India' }, data)).toEqual([
      'a thing in mumbai is named "Dubai", another city',
    ]);
    expect(cityNamedThings('tourist_attraction_find', { location: 'Milan, Italy' }, { items: [{ name: 'Miami' }] })).toHaveLength(1);
    expect(
      cityNamedThings('parking_lot_find_nearest', { location: 'Mumbai, India' }, { items: [{ name: 'Central Parking Lot' }] }),
    ).toEqual([]);
    expect(cityNamedThings('search_cities', { location: 'Mumbai' }, { items: [{ name: 'Dubai', location: 'Mumbai' }] })).toEqual([]);
  });
});
