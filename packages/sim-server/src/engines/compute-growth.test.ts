import { describe, expect, it } from 'vitest';
import { computeResult } from './compute-result.js';

describe('solarPanels', () => {
  it('a larger house needs more panels, less sun many more', () => {
    const words = ['solar', 'panel', 'calculate', 'need'];
    const sunny = computeResult(words, { square_footage: 1200, average_sunlight_hours: 13.42, usage_efficiency: 0.8 });
    const dim = computeResult(words, { square_footage: 1500, average_sunlight_hours: 1.21 });
    expect(sunny).toEqual({ number_of_panels: 5 });
    expect(dim).toEqual({ number_of_panels: 62 });
  });
});

describe('populationGrowth', () => {
  it('a population growing 5.46 % a year for 11 years grows by the compound factor, told in percent', () => {
    const result = computeResult(['population', 'growth', 'estimate'], { location: 'Buenos Aires', years: 11, rate: 5.46 });
    expect(result).toEqual({ population_growth_percent: 79.5 });
  });
  it('a rate told as 1.2 is 1.2 %, and a sent population grows to its estimate', () => {
    const result = computeResult(['population', 'growth', 'estimate'], { years: 10, rate: 1.2, current_population: 1_000_000 });
    expect(result?.['population_growth_percent']).toBe(12.7);
    expect(result?.['estimated_population']).toBe(1_126_692);
  });
  it('leaves a population call without a rate, or of another kind, to the other rules', () => {
    expect(computeResult(['population', 'growth', 'estimate'], { location: 'Lima', years: 5 })).toBeUndefined();
    expect(computeResult(['get', 'population'], { city: 'Lima', years: 5, rate: 1 })).toBeUndefined();
  });
});
