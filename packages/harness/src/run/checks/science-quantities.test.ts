import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { implausibleScience } from './science-quantities.js';

describe('implausibleScience: electric fields', () => {
  it("rejects a field of 0 N/C from a nonzero charge, and passes Coulomb's value", () => {
    const args = { charge: 0.00001, distance: 5, permitivity: 2.1 };
    expect(implausibleScience(call('calculate_electric_field', args, { ...args, unit: 'N/C', electric_field: 0 }))).toEqual([
      'calculate_electric_field: electric_field 0 from a charge of 0.00001 C',
    ]);
    expect(implausibleScience(call('calculate_electric_field', args, { ...args, unit: 'N/C', electric_field: 1711.7 }))).toEqual([]);
  });
});
