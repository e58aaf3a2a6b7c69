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

describe('implausibleScience: molar energy', () => {
  it('rejects an energy that is not moles times the energy per mole, and passes it in J or kJ', () => {
    const args = { mols: 83, substance: 'H2SO4', joules_per_mol: 74 };
    expect(implausibleScience(call('biological_calc_energy', args, { ...args, biological_energy: 77.3, unit: 'J' }))).toEqual([
      'biological_calc_energy: biological_energy 77.3 for 83 mol at 74 J/mol (6142 J)',
    ]);
    expect(implausibleScience(call('biological_calc_energy', args, { ...args, energy: 6142, unit: 'J' }))).toEqual([]);
    expect(implausibleScience(call('biological_calc_energy', args, { ...args, energy: 6.142, unit: 'kJ' }))).toEqual([]);
  });
});
