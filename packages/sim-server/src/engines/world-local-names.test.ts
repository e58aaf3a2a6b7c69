import { describe, expect, it } from 'vitest';
import { localThingNames } from './world-local-names.js';

describe('localThingNames', () => {
  it('names a thing in a city like a local thing, never after another city', () => {
    const lots = {
      items: [
        { id: '7655280', name: 'Dubai', location: 'Mumbai, India', type: 'public' },
        { id: '2', name: 'Shivaji Park Garage', location: 'Mumbai, India' },
      ],
    };
    localThingNames(lots, { location: 'Mumbai, India', radius: 10 }, 'parking_lot_find_nearest');
    expect(lots.items[0]!.name).toMatch(/^[A-Z][a-z ]+ Parking Lot$/);
    expect(lots.items[0]!.name).not.toContain('Dubai');
    expect(lots.items[1]!.name).toBe('Shivaji Park Garage');
    // the same record is named alike on every call
    const again = { id: '7655280', name: 'Dubai', location: 'Mumbai, India' };
    localThingNames(again, {}, 'parking_lot_find_nearest');
    expect(again.name).toBe(lots.items[0]!.name);
  });

  it('names things after the city the call asks when the record tells none; keeps the names of place searches', () => {
    const parks = { items: [{ id: '1', name: 'Miami', attractionType: 'park' }] };
    localThingNames(parks, { location: 'Milan, Italy' }, 'tourist_attraction_find');
    expect(parks.items[0]!.name).toMatch(/^[A-Z][a-z ]+ Park$/);
    const cities = { items: [{ name: 'Dubai', location: 'Mumbai, India' }] };
    localThingNames(cities, { location: 'Mumbai' }, 'search_cities');
    expect(cities.items[0]!.name).toBe('Dubai');
  });
});
