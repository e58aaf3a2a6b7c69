import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';
import { largeMoney, spanWords } from './spoken-quantity.js';

describe('spoken quantities: large amounts and long spans as a person says them', () => {
  it('says an amount by its scale when that loses nothing, else grouped', () => {
    expect(largeMoney(670_000_000_000)).toBe('670 billion');
    expect(largeMoney(80_523_000)).toBe('80.523 million');
    expect(largeMoney(1_006_111.07)).toBe('1,006,111.07');
    expect(largeMoney(20_952.72)).toBe('20,952.72');
    expect(largeMoney(999.5)).toBeUndefined();
  });

  it('says two minutes or more in hours, minutes and seconds', () => {
    expect(spanWords(1137, 'minutes')).toBe('18 hours 57 minutes');
    expect(spanWords(3600, 'seconds')).toBe('1 hour');
    expect(spanWords(567, 'seconds')).toBe('9 minutes 27 seconds');
    expect(spanWords(90, 'seconds')).toBeUndefined();
  });

  it('a revenue in billions and a trip in hours, in the answer', () => {
    const revenue = describeResult(
      outcome(
        'finance_predict_revenue',
        { company_name: 'Amazon', period: 'next year' },
        { company_name: 'Amazon', period: 'next year', revenue: 670000000000, unit: 'USD' },
      ),
    );
    expect(revenue).toMatch(/670 billion USD/);
    const trip = describeResult(
      outcome(
        'map_service_get_directions',
        { start: 'Mexico City, Mexico', end: 'Austin, TX' },
        { distance: 1212.8, distance_unit: 'km', duration_minutes: 1137, mode: 'driving' },
      ),
    );
    expect(trip).toMatch(/18 hours 57 minutes/);
    expect(trip).not.toMatch(/1137/);
  });

  it('an id sent names its own thing; a number sent names nothing', () => {
    const velocity = describeResult(
      outcome(
        'simple_python_30_kinematics_final_velocity_from_distance',
        { acceleration: 1, distance: 1, initial_velocity: 18 },
        { acceleration: 1, distance: 1, initial_velocity: 18, unit: 'm/s', final_velocity: 18.06 },
      ),
    );
    expect(velocity).not.toMatch(/distance 1\b/);
    expect(velocity).toMatch(/18\.06 m\/s/);
    const tree = describeResult(
      outcome('get_default_category_tree_id', { marketplace_id: '1191254' }, { categoryTreeId: '3482776', categoryTreeVersion: 'v3' }),
    );
    expect(tree).toMatch(/the marketplace 1191254/);
    expect(tree).not.toMatch(/tree 1191254/);
  });
});
