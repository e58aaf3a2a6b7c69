import { describe, expect, it } from 'vitest';
import { onePlace } from './places.js';

const always = (): boolean => true;

describe('onePlace', () => {
  it('gives every place parameter its part of one city, written as it was written', () => {
    const args = { city: 'Raleigh, NC', country: 'SE', state: 'Virginia', hours: 3 };
    const placed = onePlace(args, 0, always);
    expect(placed).toEqual({ city: 'New York, US', country: 'US', state: 'New York', hours: 3 });
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
});
