import { describe, expect, it } from 'vitest';
import { computeResult } from './compute-result.js';

describe('computed quantities', () => {
  it('emissions grow with distance and a thirstier fuel, in kg of CO2', () => {
    const hybrid = computeResult(['calculate', 'emissions'], { distance: 10, fuel_type: 'hybrid', fuel_efficiency: 35 });
    const diesel = computeResult(['calculate', 'emissions'], { distance: 50, fuel_type: 'diesel', fuel_efficiency: 34 });
    expect(hybrid).toEqual({ emissions: 2.54, unit: 'kg CO2' });
    expect((diesel?.['emissions'] as number) > (hybrid?.['emissions'] as number)).toBe(true);
    const worn = computeResult(['calculate', 'emissions'], {
      distance: 10,
      fuel_type: 'hybrid',
      fuel_efficiency: 35,
      efficiency_reduction: 50,
    });
    expect(worn?.['emissions']).toBeCloseTo(5.08, 1);
  });

  it('a roast takes longer the heavier it is, in minutes', () => {
    const small = computeResult(['calculate', 'cooking', 'time'], { weight_kg: 1.5 });
    const large = computeResult(['calculate', 'cooking', 'time'], { weight_kg: 22.5 });
    expect(small).toEqual({ cooking_time: 65, unit: 'minutes' });
    expect(large).toEqual({ cooking_time: 695, unit: 'minutes' });
    expect(computeResult(['calculate', 'cooking', 'time'], { weight_kg: 1.5, temp_celsius: 200 })?.['cooking_time']).toBe(59);
  });
});
