import { describe, expect, it } from 'vitest';
import { plural, type CallOutcome } from './call-outcome.js';
import { describeResult } from './describe-result.js';
import { describeTurn } from './describe-turn.js';
import { formAnswer } from '../run/checks/answer-garble.js';
import { unitAmount } from './record-units.js';

const outcome = (tool: string, args: Record<string, unknown>, data: unknown): CallOutcome => ({
  tool,
  arguments: args,
  result: JSON.stringify(data),
  isError: false,
});

describe('answers call things by what they are', () => {
  it('a count of a mass noun counts its records', () => {
    expect(plural('data', 2)).toBe('records');
    expect(plural('weather data', 1)).toBe('weather record');
    expect(plural('quality', 2)).toBe('quality records');
    expect(plural('order history', 3)).toBe('order history records');
    expect(plural('news', 2)).toBe('news items');
    expect(plural('order', 2)).toBe('orders');
    expect(plural('category', 2)).toBe('categories');
    expect(plural('order', 1)).toBe('order');
  });

  it('an amount sent under a key that ends in its unit, or a span of time, is said with its unit', () => {
    expect(unitAmount('weight_kg', '22.5')).toBe('22.5 kg');
    expect(unitAmount('temp_celsius', '180')).toBe('180 °C');
    expect(unitAmount('hours', '17')).toBe('17 hours');
    expect(unitAmount('days', '1')).toBe('1 day');
    expect(unitAmount('interest_rate', '7.21')).toBeUndefined();
  });

  it('parallel calls are introduced by their arguments said as phrases, never "For hours 17"', () => {
    const cook = (weight: number, minutes: number) =>
      outcome('calculate_cooking_time', { weight_kg: weight }, { cooking_time: minutes, unit: 'minutes' });
    const cooked = describeTurn([cook(17.8, 98.64), cook(83.6, 125.94)]);
    expect(cooked).toContain('For 17.8 kg');
    expect(cooked).not.toMatch(/weight kg/);
    const rounded = describeTurn([
      outcome('round_number', { number: 330.38, decimal_places: 1 }, { result: 330.4 }),
      outcome('round_number', { number: 12.55, decimal_places: 1 }, { result: 12.6 }),
    ]);
    expect(rounded).toContain('For 330.38');
    expect(rounded).not.toMatch(/For number/);
    const grown = describeTurn([
      outcome('calculate_investment_value', { principal: 250000, interest_rate: 7.21 }, { final_amount: 1006111.07 }),
      outcome('calculate_investment_value', { principal: 5000, interest_rate: 7.21 }, { final_amount: 20122.2 }),
    ]);
    expect(grown).toMatch(/For a principal of 250,?000/);
    const single = describeResult(
      outcome('calculate_neuronal_activity', { input_synaptic_rate: 8, weight: 44.4 }, { neuronal_activity: 13.16 }),
    );
    expect(single).toMatch(/^For an input synaptic rate of 8, /);
    // a page size tells how much came back, not what a call was about
    const services = (version: string, extra: Record<string, unknown>) =>
      outcome('describe_services', { FormatVersion: version, ...extra }, { Services: [{ ServiceCode: 'ec2' }], FormatVersion: version });
    const paged = describeTurn([services('v1', { MaxResults: '78' }), services('1.9', {})]);
    expect(paged).toMatch(/For format version v1\b/);
    expect(paged).not.toMatch(/maximum results/i);
    for (const said of [cooked, rounded, grown, single]) expect(formAnswer(said, [])).toBeUndefined();
  });

  it('a booking tool books its thing: "I booked the hotel", never "I created the hotel"', () => {
    const hotel = describeResult(
      outcome('book_hotel', { hotel_name: 'Motel One', nights: 3 }, { booking_id: 'B-2668756', status: 'confirmed' }),
    );
    expect(hotel).toMatch(/\bbooked the hotel\b/);
    expect(hotel).not.toMatch(/created the hotel/);
    const held = describeResult(outcome('library_reserve_book', { book_id: '8738839' }, { id: 8738839, status: 'on hold' }));
    // a reservation that came back on hold is a hold placed on the book, never the book reserved
    expect(held).toMatch(/placed a hold on book 8738839/);
    expect(held).not.toMatch(/the reserve\b/);
  });
});
