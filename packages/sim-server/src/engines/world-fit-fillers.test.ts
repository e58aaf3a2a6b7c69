import { describe, expect, it } from 'vitest';
import { meaningfulFields } from './world-fit-fillers.js';

describe('meaningfulFields', () => {
  it('labels a meal as its type says and keeps percents within 0–100', () => {
    const rate = {
      components: [
        { formatted: 'breakfast', includedInRate: true, type: 'LUNCH' },
        { formatted: '$21.00', includedInRate: false, type: 'DINNER' },
      ],
    };
    meaningfulFields(rate);
    expect(rate.components).toEqual([
      { formatted: 'Lunch', includedInRate: true, type: 'LUNCH' },
      { formatted: '$21.00', includedInRate: false, type: 'DINNER' },
    ]);
    const forecast = { data: [{ temp: 12, rh: 103, pop: 104.9, precip: 1.2 }] };
    meaningfulFields(forecast);
    expect(forecast.data[0]).toEqual({ temp: 12, rh: 97, pop: 95.1, precip: 1.2 });
  });

  it('leaves a population called pop, a percent change past 100 and a meal of its own type', () => {
    const record = { name: 'Zurich', pop: 421878, percent_change: 140.2, meals: [{ name: 'Full breakfast', type: 'BREAKFAST' }] };
    const before = structuredClone(record);
    meaningfulFields(record);
    expect(record).toEqual(before);
  });
});
