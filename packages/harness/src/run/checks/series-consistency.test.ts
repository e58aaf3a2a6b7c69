import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { pagingProblems, wholeProblems } from './paging-consistency.js';
import { seriesConsistencyProblems } from './series-consistency.js';

const covid = (total: number, deaths: number, recovered: number) => ({ name: 'Asia Pacific', total_cases: total, deaths, recovered });
const problemsOf = (...calls: Parameters<typeof call>[]) => seriesConsistencyProblems(conversationOf(calls.map((entry) => call(...entry))));

describe('series_consistent: series', () => {
  it('rejects a year chart of points minutes apart whose cumulative counts fall', () => {
    const data = { data: { '2025-06-24T12:20:00Z': covid(228, 78, 92), '2025-06-24T12:40:00Z': covid(167, 85, 13) } };
    expect(problemsOf(['get_spots_year', { region: 'Asia Pacific' }, data])).toEqual([
      'get_spots_year data: cumulative total_cases falls from 228 (2025-06-24 12:20) to 167 (2025-06-24 12:40)',
      'get_spots_year data: cumulative recovered falls from 92 (2025-06-24 12:20) to 13 (2025-06-24 12:40)',
      'get_spots_year data: the year chart has points 20 minutes apart',
    ]);
  });

  it('passes a day chart 20 minutes apart and a year chart a month apart, both with growing counts', () => {
    const day = { data: { '2025-06-24T12:20:00Z': covid(167, 78, 13), '2025-06-24T12:40:00Z': covid(228, 85, 92) } };
    const year = { data: { '2025-05-24T12:40:00Z': covid(167, 78, 13), '2025-06-24T12:40:00Z': covid(228, 85, 92) } };
    expect(problemsOf(['get_spots_day', {}, day], ['get_spots_year', {}, year])).toEqual([]);
  });

  it('rejects hourly readings out of order or hours apart, and readings outside the asked range', () => {
    const hourly = {
      data: [
        { ts: 1743066000, temp: 1 },
        { ts: 1743058800, temp: 2 },
        { ts: 1743073200, temp: 3 },
      ],
    };
    expect(problemsOf(['get_forecast_hourly', { city_id: 1 }, hourly])).toEqual([
      'get_forecast_hourly data: points out of time order (2025-03-27 09:00, 2025-03-27 07:00, 2025-03-27 11:00)',
      'get_forecast_hourly data: points 120 minutes apart, not every 60 minutes',
    ]);
    const history = {
      data: [
        { date: '2025-07-12', temp: 1 },
        { date: '2025-07-30', temp: 2 },
      ],
    };
    expect(problemsOf(['get_history_weather', { start_date: '2025-07-12', end_date: '2025-07-20' }, history])).toEqual([
      'get_history_weather data: a point at 2025-07-30 00:00 is after the asked end',
    ]);
  });

  it('rejects priced intervals that overlap or differ in length, and passes consecutive hours and a cross-section of one day', () => {
    const hour = 3_600_000;
    const t = Date.parse('2025-06-01T00:00:00Z');
    const overlapping = {
      data: [
        { start_timestamp: t, end_timestamp: t + 3 * hour, marketprice: 31 },
        { start_timestamp: t + hour, end_timestamp: t + 2 * hour, marketprice: 34 },
      ],
    };
    expect(problemsOf(['gsi_marketdata', {}, overlapping])).toEqual([
      'gsi_marketdata data: intervals overlap (one starts 2025-06-01 01:00 before the one before it ends)',
      'gsi_marketdata data: intervals of 2 different lengths',
    ]);
    const consecutive = {
      data: [
        { start_timestamp: t, end_timestamp: t + hour, marketprice: 31 },
        { start_timestamp: t + hour, end_timestamp: t + 2 * hour, marketprice: 34 },
      ],
    };
    const report = {
      items: [
        { country: 'Chile', date: '2025-03-01' },
        { country: 'Peru', date: '2025-03-01' },
      ],
    };
    expect(problemsOf(['gsi_marketdata', {}, consecutive], ['get_daily_report_all_countries', {}, report])).toEqual([]);
    const dispatch = (timeframe: unknown) => ['gsi_dispatch', {}, { avg_distance_km: 10, timeframe }] as Parameters<typeof call>;
    expect(problemsOf(dispatch({ start: 3, end: 52 }), dispatch({ start: t, end: t - hour }))).toEqual([
      'gsi_dispatch: the timeframe from 3 to 52 is no span of time',
      'gsi_dispatch: the timeframe ends before it starts',
    ]);
    expect(problemsOf(dispatch({ start: 8, end: 17 }), dispatch({ start: t, end: t + 24 * hour }))).toEqual([]);
  });
});

describe('series_consistent: pages and wholes', () => {
  it('rejects a later page nobody asked for, a next link after a short page, and counts that contradict the page', () => {
    const twilio = { media: [{ sid: 'ME1' }], meta: { next_page_url: 'https://x/next', page: 3, page_size: 20 } };
    expect(pagingProblems(call('list_fax_media', { FaxSid: 'FX1' }, twilio))).toEqual([
      'list_fax_media: a next page after a short page (1 of 20)',
      'list_fax_media: page 3 though the call asked for no page',
    ]);
    const zalando = { content: [{ a: 1 }], page: 4, size: 20, totalElements: 26, totalPages: 20 };
    expect(pagingProblems(call('get_articles', { page: 4 }, zalando))).toEqual([
      'get_articles: page 4 of 20 holds items past the total 26',
      'get_articles: 20 pages for 26 items of 20 a page',
    ]);
  });

  it('passes a first page with null links and a full page with a next link and a larger total', () => {
    const last = { media: [{ sid: 'ME1' }], meta: { next_page_url: null, page: 0, page_size: 20 } };
    const full = { items: [{ id: 1 }, { id: 2 }], next: 'https://x/2', page: 1, per_page: 2, total: 9 };
    expect([...pagingProblems(call('list_fax_media', {}, last)), ...pagingProblems(call('list_orders', {}, full))]).toEqual([]);
  });

  it('rejects a region or a change above its summary, and passes parts within it', () => {
    const summary = { name: 'Southeast Asia', total_cases: 170, deaths: 32 };
    const data = {
      data: {
        change: { name: 'Europe', total_cases: 171, deaths: 3 },
        regions: { switzerland: { total_cases: 156, deaths: 99 } },
        summary,
      },
    };
    expect(wholeProblems(call('get_summary_latest', {}, data))).toEqual([
      'get_summary_latest: change exceeds the summary: total_cases 171 > 170',
      'get_summary_latest: regions[0] exceeds the summary: deaths 99 > 32',
    ]);
    const fine = {
      data: { change: { total_cases: 4, deaths: 1 }, regions: { Spain: { name: 'Spain', total_cases: 90, deaths: 20 } }, summary },
    };
    expect(wholeProblems(call('get_summary_latest', {}, fine))).toEqual([]);
  });
});
