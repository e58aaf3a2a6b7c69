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

  it('a heterozygous Aa called homozygous dominant, or at 47.96 Hz, is implausible; 2pq as a fraction passes', () => {
    const args = { allele_frequency: 0.22, genotype: 'Aa' };
    expect(implausibleQuantities(call('calculate_genotype_frequency', args, { genotype_frequency: 47.96, unit: 'Hz' }))).toHaveLength(1);
    expect(
      implausibleQuantities(
        call('calculate_genotype_frequency', args, { genotype_type: 'homozygous dominant', genotype_frequency: 0.3432 }),
      ),
    ).toHaveLength(1);
    expect(
      implausibleQuantities(call('calculate_genotype_frequency', args, { genotype_type: 'heterozygous', genotype_frequency: 0.3432 })),
    ).toEqual([]);
  });

  it('7,090 km in 30 minutes, or cycled, is implausible; about ten hours by air passes', () => {
    const route = { origin: 'Madrid', destination: 'Miami', distance: 7090.8, distance_unit: 'km' };
    expect(implausibleQuantities(call('get_directions', {}, { ...route, duration_minutes: 30, mode: 'cycling' })).length).toBeGreaterThan(
      0,
    );
    expect(implausibleQuantities(call('get_directions', {}, { ...route, duration_minutes: 12000, mode: 'cycling' }))).toHaveLength(1);
    expect(implausibleQuantities(call('get_directions', {}, { ...route, duration_minutes: 577, mode: 'flight' }))).toEqual([]);
    expect(implausibleQuantities(call('get_directions', {}, { distance: 25, duration_minutes: 35, mode: 'driving' }))).toEqual([]);
  });

  it('a flight landing five days after it leaves, or taking no time, is implausible; seven hours passes', () => {
    const flight = { flight_number: 'AF333', departure_time: '2025-12-29T21:00:00Z', status: 'scheduled' };
    const late = { ...flight, arrival_time: '2026-01-03T23:00:00Z', duration_minutes: 463 };
    expect(implausibleQuantities(call('book_flight', { departure_city: 'London' }, late))).toHaveLength(1);
    const instant = { ...flight, arrival_time: '2025-12-30T04:43:00Z', duration_minutes: 0 };
    expect(implausibleQuantities(call('book_flight', { departure_city: 'London' }, instant))).toHaveLength(1);
    const fair = { ...flight, arrival_time: '2025-12-30T04:43:00Z', duration_minutes: 463 };
    expect(implausibleQuantities(call('book_flight', { departure_city: 'London' }, [fair]))).toEqual([]);
    expect(implausibleQuantities(call('search_flights', { origin: 'London' }, [fair, late]))).toHaveLength(1);
  });

  it('Jupiter and the Moon 5 meters apart is implausible; 792.6 billion meters passes', () => {
    const args = { body1: 'Jupiter', body2: 'the Moon', unit: 'meters' };
    expect(implausibleQuantities(call('calculate_distance', args, { ...args, distance: 5 }))).toHaveLength(1);
    expect(implausibleQuantities(call('calculate_distance', args, { ...args, distance: 7.926e11 }))).toEqual([]);
    expect(implausibleQuantities(call('calculate_distance', { body1: 'Earth', body2: 'Moon' }, { distance: 384_400, unit: 'km' }))).toEqual(
      [],
    );
  });
});
