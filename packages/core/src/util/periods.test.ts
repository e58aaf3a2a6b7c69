import { describe, expect, it } from 'vitest';
import { periodsOf, withOwnPeriod } from './periods.js';
import { nameWords } from './name-words.js';

describe('periods', () => {
  it('names the periods of a text in every form, not inside other words', () => {
    expect(periodsOf('Resolve change chart for week')).toEqual(['week']);
    expect(periodsOf('daily and annual totals, hourly too')).toEqual(['hour', 'day', 'year']);
    expect(periodsOf('on Tuesday, today')).toEqual([]);
  });
  it('says a copied text with the period of the name, in the form the text used', () => {
    expect(withOwnPeriod('Resolve change chart for week', nameWords('get_spots_month'))).toBe('Resolve change chart for month');
    expect(withOwnPeriod('Weekly totals of sales', nameWords('getDailyTotals'))).toBe('Daily totals of sales');
    expect(withOwnPeriod('Totals over the last weeks', nameWords('yearly_totals'))).toBe('Totals over the last years');
    // The name's own period, none in the name, or several in the text: as it is.
    expect(withOwnPeriod('Resolve change chart for week', nameWords('get_spots_week'))).toBe('Resolve change chart for week');
    expect(withOwnPeriod('Resolve change chart for week', nameWords('get_spots'))).toBe('Resolve change chart for week');
    expect(withOwnPeriod('Daily or weekly totals', nameWords('monthly_totals'))).toBe('Daily or weekly totals');
  });
});
