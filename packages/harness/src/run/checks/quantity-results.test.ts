import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { implausibleQuantities } from './quantity-results.js';

describe('implausibleQuantities', () => {
  it('a 10-mile hybrid trip emitting 85.6 kg of CO2 is implausible; 2.5 kg passes', () => {
    const args = { distance: 10, fuel_type: 'hybrid', fuel_efficiency: 35 };
    expect(implausibleQuantities(call('calculate_emissions', args, { emissions: 85.62 }))).toHaveLength(1);
    expect(implausibleQuantities(call('calculate_emissions', args, { emissions: 2.54, unit: 'kg CO2' }))).toEqual([]);
    expect(implausibleQuantities(call('calculate_emissions', args, { emissions: 2540, unit: 'g' }))).toEqual([]);
  });

  it('22.5 kg cooked in 13.47 seconds is implausible; about 11 hours passes', () => {
    expect(implausibleQuantities(call('calculate_cooking_time', { weight_kg: 22.5 }, { cooking_time: 13.47, unit: 's' }))).toHaveLength(1);
    expect(implausibleQuantities(call('calculate_cooking_time', { weight_kg: 22.5 }, { cooking_time: 695, unit: 'minutes' }))).toEqual([]);
    expect(implausibleQuantities(call('calculate_cooking_time', { weight_kg: 1.5 }, { cooking_time: 1.1, unit: 'hours' }))).toEqual([]);
  });
});
