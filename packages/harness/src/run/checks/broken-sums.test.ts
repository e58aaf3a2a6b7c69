import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { brokenWorldSums, caseCountProblems, sharedConfirmationCodes, unscaledPanels, wrongGrowth } from './broken-sums.js';

describe('totals_add_up: case counts', () => {
  it('rejects confirmed cases that are not active + deaths + recovered, and critical cases beyond the open ones', () => {
    const counted = call(
      'get_daily_report_totals',
      {},
      { items: [{ active: 74, confirmed: 201, critical: 55, deaths: 57, recovered: 15 }] },
    );
    expect(caseCountProblems(counted)).toEqual(['get_daily_report_totals: confirmed 201 is not active + deaths + recovered (146)']);
    const critical = call('get_latest', {}, { confirmed: 100, critical: 40, deaths: 30, recovered: 60 });
    expect(caseCountProblems(critical)).toEqual(['get_latest: critical 40 is more than the 10 cases still open']);
  });
  it('passes counts that add up, and a total with no active count that leaves room for the critical ones', () => {
    expect(caseCountProblems(call('totals', {}, { active: 74, confirmed: 146, critical: 5, deaths: 57, recovered: 15 }))).toEqual([]);
    expect(caseCountProblems(call('totals', {}, { confirmed: 97, critical: 2, deaths: 37, recovered: 58 }))).toEqual([]);
  });
});

describe('results_plausible: act ids and news titles', () => {
  it('rejects one hold id on two holds of a list, and news articles with no title', () => {
    const holds = call(
      'library_search_book',
      { book_name: 'Austerlitz' },
      {
        items: [
          { id: '1', hold_id: 'H6471880', book_id: '9' },
          { id: '2', hold_id: 'H6471880', book_id: '9' },
        ],
      },
    );
    expect(brokenWorldSums(holds)).toEqual(['library_search_book: hold_id H6471880 on two records of one list']);
    const news = call(
      'news_search',
      { q: 'microsoft' },
      { value: [{ category: 'Sports', datePublished: '2025-12-13T21:52:00Z', provider: 'X' }] },
    );
    expect(brokenWorldSums(news)).toEqual(['news_search: 1 news article(s) with no title']);
  });
  it('passes distinct hold ids beside one shared book id, and titled news', () => {
    const holds = call(
      'library_search_book',
      {},
      {
        items: [
          { id: '1', hold_id: 'H1', book_id: '9' },
          { id: '2', hold_id: 'H2', book_id: '9' },
        ],
      },
    );
    expect(brokenWorldSums(holds)).toEqual([]);
    const news = call('news_search', {}, { value: [{ name: 'Microsoft beats estimates', datePublished: '2025-12-13', provider: 'X' }] });
    expect(brokenWorldSums(news)).toEqual([]);
  });
});

describe('results_correct: population growth', () => {
  it('rejects a growth that is not the annual rate compounded', () => {
    const wrong = call('population_growth_estimate', { location: 'Buenos Aires', years: 11, rate: 5.46 }, { population_growth: 6.45 });
    expect(wrongGrowth(wrong)).toEqual([
      'population_growth_estimate: population_growth 6.45 is not 5.46 % a year compounded over 11 years (79.5 %)',
    ]);
  });
  it('passes the compounded growth as a percent or a factor, and tools of another kind', () => {
    const right = call(
      'population_growth_estimate',
      { years: 11, rate: 5.46 },
      { population_growth_percent: 79.5, annual_growth_rate_percent: 5.46 },
    );
    expect(wrongGrowth(right)).toEqual([]);
    expect(wrongGrowth(call('population_growth_estimate', { years: 11, rate: 5.46 }, { growth_factor: 1.795 }))).toEqual([]);
    expect(wrongGrowth(call('get_gdp_growth', { years: 11, rate: 5.46 }, { growth: 3 }))).toEqual([]);
  });
});

describe('results_plausible: quotes', () => {
  it('rejects a moving average far from the price, and a price outside its day range', () => {
    const quote = call('trading_bot_get_stock_info', { symbol: 'NVDA' }, { price: 174.98, 'MA(5)': 4.65, 'MA(20)': 170.1 });
    expect(brokenWorldSums(quote)).toEqual(['trading_bot_get_stock_info: MA(5) 4.65 is far from the price 174.98']);
    const ranged = call('get_quote', {}, { close: 100, dayLow: 120, dayHigh: 130 });
    expect(brokenWorldSums(ranged)).toEqual(['get_quote: close 100 outside its range 120–130']);
  });
  it('passes averages near the price and a range that holds it', () => {
    expect(brokenWorldSums(call('get_quote', {}, { price: 100, sma_200: 70, ma20: 96, low: 98, high: 103 }))).toEqual([]);
  });
});

describe('results_plausible: confirmation codes', () => {
  it('rejects one confirmation code on two bookings of a conversation', () => {
    const calls = [
      call('retrieve_booking', { bookingId: '3191595' }, { bookingId: '3191595', hotelConfirmationCode: '04M3995' }),
      call('retrieve_booking', { bookingId: '9530548' }, { bookingId: '9530548', hotelConfirmationCode: '04M3995' }),
    ];
    expect(sharedConfirmationCodes(calls)).toEqual(['hotelConfirmationCode 04M3995 confirms 2 different records (3191595, 9530548)']);
  });
  it('passes one booking read twice with its code, and two bookings with codes of their own', () => {
    const calls = [
      call('retrieve_booking', {}, { bookingId: '3191595', hotelConfirmationCode: '04M3995' }),
      call('cancel_booking', {}, { bookingId: '3191595', hotelConfirmationCode: '04M3995' }),
      call('retrieve_booking', {}, { bookingId: '9530548', hotelConfirmationCode: '18Y1878' }),
    ];
    expect(sharedConfirmationCodes(calls)).toEqual([]);
  });
});

describe('results_correct: solar panels', () => {
  const tool = 'solar_panel_calculate_need';
  it('rejects a house with ten times the need getting the same panels', () => {
    const calls = [
      call(tool, { square_footage: 1200, average_sunlight_hours: 13.42 }, { number: 25 }),
      call(tool, { square_footage: 1500, average_sunlight_hours: 1.21 }, { number: 25 }),
    ];
    expect(unscaledPanels(calls)).toEqual([`${tool}: 1500 sq ft at 1.21 h of sun gets 25 panels, no more than 1200 sq ft at 13.42 h (25)`]);
  });
  it('passes panels that scale with the need', () => {
    const calls = [
      call(tool, { square_footage: 1200, average_sunlight_hours: 13.42 }, { number_of_panels: 5 }),
      call(tool, { square_footage: 1500, average_sunlight_hours: 1.21 }, { number_of_panels: 62 }),
    ];
    expect(unscaledPanels(calls)).toEqual([]);
  });
});

describe('results_plausible: earnings', () => {
  it("rejects a large company's revenue below a million, and passes millions or a small business", () => {
    const nike = call(
      'corporate_finance_revenue_forecast',
      { company: 'Nike', product: 'yoga mat' },
      { corporate_revenue: 79705, unit: 'USD' },
    );
    expect(brokenWorldSums(nike)).toEqual([
      "corporate_finance_revenue_forecast: Nike's corporate_revenue is 79705, far below what it earns",
    ]);
    expect(brokenWorldSums(call('revenue', { company: 'Nike', product: 'yoga mat' }, { corporate_revenue: 79_705_000 }))).toEqual([]);
    // a whole large company takes billions a year: 67.9 million for Amazon's next year is false, 670 billion passes
    const amazon = (revenue: number) =>
      call('finance_predict_revenue', { company_name: 'Amazon', period: 'next year' }, { revenue, unit: 'USD' });
    expect(brokenWorldSums(amazon(67_903_000))).toHaveLength(1);
    expect(brokenWorldSums(amazon(670_000_000_000))).toEqual([]);
    // thirty days of it is a twelfth of a year
    expect(brokenWorldSums(call('total_revenue', { company: 'Apple', days: 30 }, { total_revenue: 31_000_000_000 }))).toEqual([]);
    expect(brokenWorldSums(call('revenue', { company: "Rosa's Bakery" }, { revenue: 79705 }))).toEqual([]);
  });
});
