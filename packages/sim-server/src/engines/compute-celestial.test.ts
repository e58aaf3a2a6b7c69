import { describe, expect, it } from 'vitest';
import { AU_KM } from './compute-celestial.js';
import { computeResult } from './compute-result.js';

describe('celestialDistance', () => {
  const words = ['calculate', 'distance'];
  it('puts two planets a typical distance of their orbits apart, in the unit asked', () => {
    const meters = computeResult(words, { body1: 'Jupiter', body2: 'the Moon', unit: 'meters' });
    expect(meters?.['unit']).toBe('meters');
    const km = (meters?.['distance'] as number) / 1000;
    // between the closest (4.2 AU) and the farthest (6.2 AU) they come
    expect(km).toBeGreaterThan(4.2 * AU_KM);
    expect(km).toBeLessThan(6.2 * AU_KM);
    expect(computeResult(words, { body1: 'Earth', body2: 'Moon' })).toEqual({ distance: 384_400, unit: 'km' });
  });
  it('leaves cities and unknown bodies to the other rules', () => {
    expect(computeResult(words, { body1: 'Madrid', body2: 'Moon' })).toBeUndefined();
    expect(computeResult(words, { origin: 'Boston', destination: 'Austin' })).toBeUndefined();
  });
});
