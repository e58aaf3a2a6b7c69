import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';
import { sharedValueSaysNothing } from './shared-value.js';

const hour = (datetime: string, temp: number, clouds: number) => ({ datetime, temp, clouds, snow: 0, dni: 400, wind_cdir: 'N' });

describe('shared values: one said for all only when it tells something', () => {
  const hours = [hour('2025-03-15:11', 18, 74), hour('2025-03-15:12', 19.5, 94), hour('2025-03-15:13', 23.3, 81)];

  it('a zero, and a measurement flat across a series, say nothing', () => {
    expect(sharedValueSaysNothing('snow', hours)).toBe(true);
    expect(sharedValueSaysNothing('dni', hours)).toBe(true);
    expect(sharedValueSaysNothing('wind_cdir', hours)).toBe(false);
    // Two faxes with 20 pages each are no series: the shared count is told.
    expect(
      sharedValueSaysNothing('num_pages', [
        { sid: 'FX1', num_pages: 20 },
        { sid: 'FX2', num_pages: 20 },
      ]),
    ).toBe(false);
  });

  it('a forecast is not told "all with snow 0 mm" nor "all with DNI 400"', () => {
    const text = describeResult(outcome('get_forecast_hourly', { city: 'Melbourne', hours: 3 }, { city_name: 'Melbourne', data: hours }));
    expect(text).not.toMatch(/all with (snow|DNI|dni)/i);
    expect(text).toMatch(/19\.5/);
  });
});
