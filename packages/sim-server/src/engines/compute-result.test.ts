import { describe, expect, it } from 'vitest';
import { computeResult } from './compute-result.js';

/** Argument names as BFCL's function docs spell them. */
describe('computed results are right, or not claimed', () => {
  it('compound interest tells periods per year from years, and takes "principle" for the principal', () => {
    const expected = { final_amount: 1647.01, interest_earned: 647.01 };
    expect(
      computeResult(['calculate', 'compound', 'interest'], {
        principal_amount: 1000,
        annual_interest_rate: 0.05,
        compounding_periods_per_year: 12,
        years: 10,
      }),
    ).toEqual(expected);
    expect(computeResult(['financial', 'compound', 'interest'], { principle: 1000, rate: 5, time: 10, n: 12 })).toEqual(expected);
    // a frequency named in words: quarterly is 4 periods a year (1000 at 4.7 % for 23 years: 2,929.1, not the yearly 2,875.9)
    expect(
      computeResult(['compound', 'interest'], { principal: 1000, annual_rate: 4.7, compounding_freq: 'quarterly', time_in_years: 23 }),
    ).toEqual({ final_amount: 2929.11, interest_earned: 1929.11 });
    expect(
      computeResult(['calculate', 'future', 'value'], { present_value: 1000, annual_interest_rate: 0.05, number_of_years: 10 }),
    ).toEqual({
      final_amount: 1628.89,
      interest_earned: 628.89,
    });
  });

  it('displacement, final velocity from a distance, primes, factors, quadratic roots, Fibonacci, word counts, statistics', () => {
    expect(computeResult(['kinematics', 'calculate', 'displacement'], { initial_speed: 2, acceleration: 3, time: 4 })).toEqual({
      displacement: 32,
      unit: 'm',
    });
    expect(
      computeResult(['kinematics', 'final', 'velocity', 'from', 'distance'], { acceleration: 2, distance: 25, initial_velocity: 0 }),
    ).toEqual({ final_velocity: 10, unit: 'm/s' });
    expect(computeResult(['find', 'prime', 'numbers'], { start: 10, end: 30 })).toEqual({ primes: [11, 13, 17, 19, 23, 29], count: 6 });
    expect(computeResult(['prime', 'factors'], { num: 360 })).toEqual({ prime_factors: [2, 2, 2, 3, 3, 5] });
    expect(computeResult(['solve', 'quadratic'], { a: 1, b: -3, c: 2 })).toEqual({ roots: [2, 1], discriminant: 1 });
    expect(computeResult(['solve', 'quadratic'], { a: 1, b: 2, c: 5 })).toEqual({ roots: ['-1+2i', '-1-2i'], discriminant: -16 });
    expect(computeResult(['get', 'fibonacci', 'sequence'], { count: 7 })).toEqual({ sequence: [0, 1, 1, 2, 3, 5, 8], last: 8 });
    expect(computeResult(['word', 'count'], { text: 'to be or not to be' })).toEqual({ word_count: 6 });
    expect(computeResult(['statistics', 'median'], { data: [3, 1, 4, 2] })).toEqual({ median: 2.5 });
    expect(computeResult(['standard', 'deviation'], { numbers: [2, 4, 4, 4, 5, 5, 7, 9] })).toMatchObject({ standard_deviation: 2 });
    expect(computeResult(['calculate', 'tip'], { bill_total: 80, tip_percentage: 15, split: 2 })).toEqual({
      tip_amount: 12,
      total_amount: 92,
      per_person: 46,
    });
  });

  it("a body thrown straight up reaches v² / 2g; a height that is no body's flight is not computed", () => {
    const words = ['calculate', 'maximum', 'height'];
    expect(computeResult(words, { initial_velocity: 26, gravity: 9.8 })).toEqual({ maximum_height: 34.49, unit: 'meters' });
    expect(computeResult(words, { initial_velocity: 20 })).toEqual({ maximum_height: 20.41, unit: 'meters' });
    expect(computeResult(['get', 'height'], { initial_velocity: 26 })).toBeUndefined();
  });

  it('lists the first primes of a wide range and says the list is not complete', () => {
    const wide = computeResult(['generate', 'prime'], { start: 0, end: 1753621200 }) as { primes: number[]; complete: boolean };
    expect(wide.complete).toBe(false);
    expect(wide.primes.slice(0, 5)).toEqual([2, 3, 5, 7, 11]);
    expect(wide.primes).toHaveLength(100);
  });

  it('claims nothing when the arguments do not give the inputs', () => {
    expect(computeResult(['find', 'prime', 'numbers'], { count: 5 })).toBeUndefined();
    expect(computeResult(['calculate', 'displacement'], { initial_velocity: 1 })).toBeUndefined();
    expect(computeResult(['compound', 'interest'], { principal: 1000, rate: 0.05 })).toBeUndefined();
  });
});

describe('waves and fields computed from their inputs', () => {
  it('a wave’s velocity is frequency times wavelength; an electric field follows Coulomb’s law', () => {
    expect(computeResult(['physics', 'wave', 'velocity'], { frequency: 55.75, wavelength: 76.61 })).toEqual({
      wave_velocity: 4271.01,
      unit: 'm/s',
    });
    const field = computeResult(['calculate', 'electric', 'field'], { charge: 2, distance: 3 });
    // to four significant figures: 2 C at 3 m is 1.997e9 N/C
    expect(field?.['electric_field']).toBe(1.997e9);
    // an amount of substance's energy is its moles times the energy per mole
    expect(computeResult(['biological', 'calc', 'energy'], { mols: 83, substance: 'H2SO4', joules_per_mol: 74 })).toEqual({
      energy: 6142,
      unit: 'J',
    });
    expect(computeResult(['biological', 'calc', 'energy'], { mols: 2, substance: 'C6H12O6' })).toEqual({ energy: 5_600_000, unit: 'J' });
    // a permittivity of 2.1 is relative: 1e-5 C at 5 m gives about 1,712 N/C, never 0
    const dielectric = computeResult(['calculate', 'electric', 'field'], { charge: 0.00001, distance: 5, permitivity: 2.1 });
    expect(dielectric?.['electric_field']).toBeCloseTo(0.00001 / (4 * Math.PI * 8.854e-12 * 2.1 * 25), 0);
    expect(field?.['unit']).toBe('N/C');
    // a return on assets is net income over total assets, in percent
    expect(computeResult(['financial', 'ratios', 'calculate', 'roa'], { net_income: 50000, total_assets: 1000000 })).toEqual({
      return_on_assets: 5,
    });
    // a velocity from acceleration and time is still that
    expect(computeResult(['final', 'velocity'], { initial_velocity: 0, acceleration: 9.8, time: 2 })).toEqual({
      final_velocity: 19.6,
      unit: 'm/s',
    });
  });

  it('acceleration from a change of speed over a time or a distance; an investment value compounds', () => {
    expect(
      computeResult(['kinematics', 'calculate', 'acceleration'], { initial_speed: 45.87, final_speed: 73.56, time: 3600, distance: 10 }),
    ).toEqual({ acceleration: 0.007692, unit: 'm/s²' });
    expect(computeResult(['calculate', 'acceleration'], { initial_velocity: 0, final_velocity: 10, distance: 25 })).toEqual({
      acceleration: 2,
      unit: 'm/s²',
    });
    expect(computeResult(['calculate', 'investment', 'value'], { principal: 1000, interest_rate: 5, term: 10 })).toEqual({
      final_amount: 1628.89,
      interest_earned: 628.89,
    });
  });
});
