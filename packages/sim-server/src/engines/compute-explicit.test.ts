import { describe, expect, it } from 'vitest';
import { computedIntoSchema } from './compute-explicit.js';

/** Output schemas as BFCL's multi-turn function docs declare them (`math_api`, `vehicle_control`). */
const declared = (...keys: string[]) => ({ type: 'object', properties: Object.fromEntries(keys.map((key) => [key, { type: 'number' }])) });

describe('a declared result that a formula gives is computed, not drawn', () => {
  it('writes the computed number into the one number field', () => {
    expect(computedIntoSchema({ gallon: 90.81 }, declared('gallon'), 'liter_to_gallon', { liter: 78.35 })).toEqual({ gallon: 20.6979 });
    expect(computedIntoSchema({ liter: 1 }, declared('liter'), 'gallon_to_liter', { gallon: 10 })).toEqual({ liter: 37.8541 });
    expect(computedIntoSchema({ result: 1 }, declared('result'), 'add', { a: 2, b: 3 })).toEqual({ result: 5 });
    expect(computedIntoSchema({ result: 1 }, declared('result'), 'divide', { a: 6, b: 4 })).toEqual({ result: 1.5 });
    expect(computedIntoSchema({ result: 1 }, declared('result'), 'subtract', { a: 6, b: 4 })).toEqual({ result: 2 });
    expect(computedIntoSchema({ result: 1 }, declared('result'), 'mean', { numbers: [1, 2, 6] })).toEqual({ result: 3 });
    expect(computedIntoSchema({ result: 1 }, declared('result'), 'round_number', { number: 40.634, decimal_places: 2 })).toEqual({
      result: 40.63,
    });
    expect(computedIntoSchema({ result: 1 }, declared('result'), 'logarithm', { value: 8, base: 2, precision: 4 })).toEqual({ result: 3 });
    expect(computedIntoSchema({ result: 1 }, declared('result'), 'si_unit_conversion', { value: 3, unit_in: 'km', unit_out: 'm' })).toEqual(
      { result: 3000 },
    );
  });

  it('fills the fields a formula names, and claims nothing where no formula fits or the fit is not one to one', () => {
    expect(
      computedIntoSchema(
        { final_amount: 1, interest_earned: 1 },
        declared('final_amount', 'interest_earned'),
        'calculate_compound_interest',
        {
          principal: 1000,
          rate: 5,
          years: 10,
          n: 12,
        },
      ),
    ).toEqual({ final_amount: 1647.01, interest_earned: 647.01 });
    const untouched = { distance: 7531.9 };
    expect(computedIntoSchema(untouched, declared('distance'), 'estimate_distance', { cityA: 'Madrid', cityB: 'Mumbai' })).toBe(untouched);
    const two = { result: 1, error: 0 };
    expect(computedIntoSchema(two, declared('result', 'error'), 'add', { a: 2, b: 3 })).toBe(two);
    expect(computedIntoSchema({ result: 1 }, declared('result'), 'divide', { a: 6, b: 0 })).toEqual({ result: 1 });
  });
});
