import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { wrongScience } from './science-results.js';

describe('wrongScience', () => {
  it('a Coulomb force of 12.31 N for 1 µC and 5 µC at 1 m is wrong; 0.04494 N passes', () => {
    const args = { charge1: 0.000001, charge2: 0.000005, distance: 1 };
    expect(wrongScience(call('electromagnetic_force', args, { electromagnetic_force: 12.31, unit: 'N' }))).toHaveLength(1);
    expect(wrongScience(call('electromagnetic_force', args, { force: 0.04494, unit: 'N' }))).toEqual([]);
    expect(wrongScience(call('electric_force_calculate', { Q1: 1, Q2: 1, r: 1 }, { force: 8.988e9 }))).toEqual([]);
  });

  it('a field of 0 N/C is wrong; the field in a medium of relative permittivity 2.1 passes', () => {
    const args = { charge: 0.00001, distance: 5, permitivity: 2.1 };
    expect(wrongScience(call('calculate_electric_field', args, { electric_field: 0, unit: 'N/C' }))).toHaveLength(1);
    expect(wrongScience(call('calculate_electric_field', args, { electric_field: 1712, unit: 'N/C' }))).toEqual([]);
    // a medium the check cannot read is not judged
    expect(
      wrongScience(call('calculate_electric_field_strength', { charge: 1, distance: 2, medium: 'oil' }, { electric_field: 5 })),
    ).toEqual([]);
  });

  it('an area for sides that make no triangle is wrong; Heron of 3, 4, 5 is 6', () => {
    expect(wrongScience(call('math_triangle_area_heron', { side1: 35.65, side2: 9.59, side3: 10.89 }, { area_heron: 52.04 }))).toHaveLength(
      1,
    );
    expect(wrongScience(call('math_triangle_area_heron', { side1: 3, side2: 4, side3: 5 }, { area: 6 }))).toEqual([]);
    expect(wrongScience(call('math_triangle_area_heron', { side1: 3, side2: 4, side3: 5 }, { area: 7.5 }))).toHaveLength(1);
  });

  it('a UV index of 1 called high is wrong; 7 high passes', () => {
    expect(wrongScience(call('uv_index_get_future', { location: 'Cape Town' }, { uv_index: 1, risk_level: 'high' }))).toHaveLength(1);
    expect(wrongScience(call('uv_index_get_future', { location: 'Cape Town' }, { uv_index: 7, risk_level: 'high' }))).toEqual([]);
  });

  it('a derivative asked as a function and answered with a number is wrong; one at a point passes', () => {
    expect(wrongScience(call('parallel_71_calculate_derivative', { function: 'exp(-x) * x' }, { derivative: 38.69 }))).toHaveLength(1);
    expect(wrongScience(call('calculate_derivative', { function: 'x**2', x_value: 3 }, { derivative: 6 }))).toEqual([]);
  });

  it('Röntgen as the discoverer of caesium is wrong; Bunsen and Kirchhoff pass; an element not on record is not judged', () => {
    expect(
      wrongScience(call('discoverer_get', { element_name: 'Caesium' }, { full_name: 'Wilhelm Röntgen', birth_year: 1845 })),
    ).toHaveLength(1);
    expect(
      wrongScience(
        call('discoverer_get', { element_name: 'Caesium' }, { discoverer: 'Robert Bunsen and Gustav Kirchhoff', year_discovered: 1860 }),
      ),
    ).toEqual([]);
    expect(wrongScience(call('discoverer_get', { element_name: 'Unobtainium' }, { full_name: 'Wilhelm Röntgen' }))).toEqual([]);
  });

  it('a criminal case numbered as civil is wrong; the marker of its type passes', () => {
    const filed = (caseNumber: string, type: string) =>
      call('legal_case_file', { court: 'Denver, CO', case_type: type }, { case_number: caseNumber, case_type: type });
    expect(wrongScience(filed('6:23-cv-09701', 'criminal'))).toHaveLength(1);
    expect(wrongScience(filed('6:23-cr-02366', 'civil'))).toHaveLength(1);
    expect(wrongScience(filed('6:23-cr-09701', 'criminal'))).toEqual([]);
    expect(wrongScience(filed('1:24-cv-02590', 'employment'))).toEqual([]);
  });

  it('a progression in D holding C, or at 90 bpm when 72 was sent, is wrong; one in key and tempo passes', () => {
    const args = { key: 'D', tempo: 72, duration: 30 };
    expect(
      wrongScience(call('music_generator_generate_scale_progression', args, { notes: ['E4', 'B4', 'G4', 'C5'], tempo_bpm: 72 })),
    ).toHaveLength(1);
    expect(
      wrongScience(call('music_generator_generate_scale_progression', args, { notes: ['E4', 'B4', 'G4'], tempo_bpm: 90 })),
    ).toHaveLength(1);
    expect(
      wrongScience(call('music_generator_generate_scale_progression', args, { notes: ['F#4', 'C#5', 'A4', 'D5'], tempo_bpm: 72 })),
    ).toEqual([]);
    expect(wrongScience(call('music_generator_generate_melody', { key: 'A minor' }, { notes: ['A4', 'C5', 'E5'] }))).toEqual([]);
  });
});
