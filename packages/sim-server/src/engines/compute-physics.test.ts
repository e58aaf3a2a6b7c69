import { describe, expect, it } from 'vitest';
import { computeResult } from './compute-result.js';
import { elementDiscoveryResult } from './element-facts.js';
import { uvRiskLevels } from './science-levels.js';
import { markedCaseNumbers } from './case-numbers.js';

describe('electrostatics, Heron and known science are computed, never made up', () => {
  it("Coulomb's force between two charges, in vacuum or a medium", () => {
    expect(computeResult(['electromagnetic', 'force'], { charge1: 0.000001, charge2: 0.000005, distance: 1 })).toEqual({
      force: 0.04494,
      unit: 'N',
    });
    expect(computeResult(['electric', 'force', 'calculate'], { Q1: 1, Q2: 2, r: 2, medium_permittivity: 2 })).toEqual({
      force: 2.247e9,
      unit: 'N',
    });
    // mass times acceleration still a force
    expect(computeResult(['physics', 'calculate', 'force'], { mass: 2, acceleration: 3 })).toEqual({ force: 6, unit: 'N' });
  });

  it('a point charge’s field keeps four significant figures and reads 2.1 as a relative permittivity', () => {
    expect(computeResult(['calculate', 'electric', 'field'], { charge: 0.00001, distance: 5, permitivity: 2.1 })).toEqual({
      electric_field: 1712,
      unit: 'N/C',
    });
    expect(computeResult(['electric', 'field', 'calculate'], { Q: 1e-9, r: 10 })).toEqual({ electric_field: 0.08988, unit: 'N/C' });
    expect(computeResult(['calculate', 'electric', 'field', 'strength'], { charge: 1, distance: 1, medium: 'water' })).toEqual({
      electric_field: 1.123e8,
      unit: 'N/C',
    });
  });

  it('Heron gives the area, or says three sides make no triangle', () => {
    expect(computeResult(['math', 'triangle', 'area', 'heron'], { side1: 3, side2: 4, side3: 5 })).toEqual({ area: 6 });
    const none = computeResult(['math', 'triangle', 'area', 'heron'], { side1: 35.65, side2: 9.59, side3: 10.89 });
    expect(none?.['note']).toMatch(/make no triangle/);
    expect(none).not.toHaveProperty('area');
  });

  it('a function that is no polynomial gets a note, not a made-up derivative', () => {
    const result = computeResult(['calculate', 'derivative'], { function: 'exp(-x) * x' });
    expect(result).toEqual({ note: 'exp(-x) * x is not a polynomial, so no derivative was worked out.' });
  });

  it('a UV risk level is the band of its index', () => {
    const result = { uv_index: 1, risk_level: 'high', days: [{ uv_index: 9, risk_level: 'low' }] };
    uvRiskLevels(result);
    expect(result).toEqual({ uv_index: 1, risk_level: 'low', days: [{ uv_index: 9, risk_level: 'very high' }] });
  });

  it('an element’s discoverer is the one on record, else not on record', () => {
    expect(elementDiscoveryResult(['discoverer', 'get'], { element_name: 'Caesium' })).toEqual({
      element_name: 'Caesium',
      discoverer: 'Robert Bunsen and Gustav Kirchhoff',
      year_discovered: 1860,
    });
    expect(elementDiscoveryResult(['discoverer', 'get'], { element_name: 'Vibranium' })).toMatchObject({ discoverer: 'not on record' });
    expect(elementDiscoveryResult(['get', 'weather'], { element_name: 'Caesium' })).toBeUndefined();
  });

  it('a case number’s civil or criminal marker follows its case type', () => {
    const result = {
      items: [
        { case_number: '6:23-cv-09701', case_type: 'criminal' },
        { case_number: '6:23-cr-02366', case_type: 'civil' },
      ],
    };
    markedCaseNumbers(result);
    expect(result.items.map((item) => item.case_number)).toEqual(['6:23-cr-09701', '6:23-cv-02366']);
  });

  it('a portfolio’s return is its ending value over its initial investment', () => {
    expect(computeResult(['portfolio', 'returns'], { initial_investment: 10000, ending_value: 12500, period: 5 })).toEqual({
      return_on_investment: 0.25,
    });
  });
});
