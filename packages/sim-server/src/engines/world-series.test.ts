import { describe, expect, it } from 'vitest';
import { coherentPages } from './world-paging.js';
import { coherentSeries } from './world-series.js';

type Json = Record<string, unknown>;

const region = (name: string, total: number, deaths: number, recovered: number, active: number): Json => ({
  active_cases: active,
  death_ratio: 0.5,
  deaths,
  name,
  recovered,
  recovery_ratio: 0.5,
  total_cases: total,
});

describe('series', () => {
  it("spaces a year chart's points a month apart, ending where it ended, with cumulative counts that never fall", () => {
    const result: Json = {
      data: {
        '2025-06-24T12:40:00Z': region('Asia Pacific', 167, 85, 13, 69),
        '2025-06-24T12:20:00Z': region('Asia Pacific', 228, 78, 92, 58),
        '2025-06-24T12:00:00Z': region('Asia Pacific', 150, 85, 60, 5),
      },
    };
    coherentSeries(result, { region: 'Asia Pacific', date: '2025-06-24' }, 'get_spots_year');
    const data = result['data'] as Record<string, Json>;
    expect(Object.keys(data)).toEqual(['2025-04-25T12:40:00Z', '2025-05-25T12:40:00Z', '2025-06-24T12:40:00Z']);
    const [first, second, third] = Object.values(data) as [Json, Json, Json];
    for (const key of ['total_cases', 'deaths', 'recovered'])
      for (const [earlier, later] of [
        [first, second],
        [second, third],
      ] as const)
        expect(later[key] as number).toBeGreaterThanOrEqual(earlier[key] as number);
    for (const point of [first, second, third]) {
      expect(new Set([point['deaths'], point['recovered'], point['total_cases']]).size).toBe(3);
      const parts = (point['deaths'] as number) + (point['recovered'] as number) + (point['active_cases'] as number);
      expect(point['total_cases'] as number).toBeGreaterThanOrEqual(parts);
      expect(point['death_ratio']).toBeCloseTo((point['deaths'] as number) / (point['total_cases'] as number), 2);
    }
  });

  it('keeps counts sorted into one reading apart, so that none reads as a placeholder', () => {
    const result: Json = {
      data: { '2025-05-14T12:20:00Z': region('Europe', 171, 72, 72, 20), '2025-05-14T12:40:00Z': region('Europe', 167, 50, 10, 90) },
    };
    coherentSeries(result, { region: 'Europe', date: '2025-05-14' }, 'get_spots_month');
    const later = Object.values(result['data'] as Record<string, Json>)[1] as Json;
    expect(later['deaths']).not.toBe(later['recovered']);
  });

  it('orders and spaces an hourly forecast from the next hour, in every time field, and keeps a daily report of many countries', () => {
    const now = new Date('2025-03-01T10:30:00Z');
    const result: Json = {
      data: [
        { temp: 1, ts: 1743064320, timestamp_utc: '2025-03-27T08:32:00.000Z', datetime: '2019-03-04:17' },
        { temp: 2, ts: 1740000000, timestamp_utc: '2025-02-19T21:20:00.000Z', datetime: '2019-03-04:17' },
      ],
    };
    coherentSeries(result, { city_id: 1, hours: 2 }, 'get_forecast_hourly_city_id', now);
    const data = result['data'] as Json[];
    expect(data.map((hour) => hour['timestamp_utc'])).toEqual(['2025-03-01T11:00:00.000Z', '2025-03-01T12:00:00.000Z']);
    expect(data.map((hour) => hour['ts'])).toEqual([Date.parse('2025-03-01T11:00:00Z') / 1000, Date.parse('2025-03-01T12:00:00Z') / 1000]);
    expect(data.map((hour) => hour['datetime'])).toEqual(['2025-03-01:11', '2025-03-01:12']);
    expect(data.map((hour) => hour['temp'])).toEqual([2, 1]);
    const history: Json = {
      items: [
        { amount: 2, date: '2025-02-27T09:00:00Z' },
        { amount: 1, date: '2025-02-25T17:30:00Z' },
      ],
    };
    coherentSeries(history, { account: 'checking-1', days: 3 }, 'bank_get_transaction_history', now);
    expect((history['items'] as Json[]).map((item) => item['date'])).toEqual(['2025-02-25T17:30:00Z', '2025-02-27T09:00:00Z']);
    const report: Json = {
      items: [
        { country: 'Chile', date: '2025-03-01' },
        { country: 'Peru', date: '2025-03-01' },
      ],
    };
    coherentSeries(report, {}, 'get_daily_report_all_countries', now);
    expect((report['items'] as Json[]).map((item) => item['date'])).toEqual(['2025-03-01', '2025-03-01']);
  });

  it('makes priced intervals consecutive hours that end after they start', () => {
    const result: Json = {
      data: [
        { end_timestamp: 1749941100000, marketprice: 31.77, start_timestamp: 1749635100000 },
        { end_timestamp: 1750025700000, marketprice: 34.1, start_timestamp: 1748761200000 },
      ],
    };
    coherentSeries(result, { zip: '01067' }, 'gsi_marketdata');
    const [first, second] = result['data'] as [Json, Json];
    expect((first['end_timestamp'] as number) - (first['start_timestamp'] as number)).toBe(3_600_000);
    expect(second['start_timestamp']).toBe(first['end_timestamp']);
    expect((second['end_timestamp'] as number) - (second['start_timestamp'] as number)).toBe(3_600_000);
  });

  it("makes a single price an hour's and a timeframe of numbers that tell no time the next day's", () => {
    const now = new Date('2025-03-01T10:30:00Z');
    const market: Json = { data: [{ end_timestamp: 1751378400000, marketprice: 53.1, start_timestamp: 1749814200000 }] };
    coherentSeries(market, {}, 'gsi_marketdata', now);
    const [price] = market['data'] as [Json];
    expect((price['end_timestamp'] as number) - (price['start_timestamp'] as number)).toBe(3_600_000);
    const dispatch: Json = { avg_distance_km: 10, timeframe: { end: 52, start: 3 }, opening: { window: { start: 8, end: 17 } } };
    coherentSeries(dispatch, {}, 'gsi_dispatch', now);
    expect(dispatch['timeframe']).toEqual({ end: Date.parse('2025-03-02T11:00:00Z'), start: Date.parse('2025-03-01T11:00:00Z') });
    expect((dispatch['opening'] as Json)['window']).toEqual({ start: 8, end: 17 });
  });

  it('makes a summary cover its regions and its change a small share of it, under its name', () => {
    const result: Json = {
      change: region('Europe', 171, 32, 97, 42),
      regions: { switzerland: region('switzerland', 156, 99, 42, 15) },
      summary: region('Southeast Asia', 170, 32, 100, 38),
    };
    coherentSeries(result, {}, 'get_summary_latest');
    const [summary, change, part] = [
      result['summary'] as Json,
      result['change'] as Json,
      (result['regions'] as Json)['switzerland'] as Json,
    ];
    for (const key of ['total_cases', 'deaths', 'recovered', 'active_cases']) {
      expect(part[key] as number).toBeLessThanOrEqual(summary[key] as number);
      expect(change[key] as number).toBeLessThanOrEqual(summary[key] as number);
    }
    expect(change['total_cases'] as number).toBeLessThanOrEqual(Math.ceil((summary['total_cases'] as number) / 10) + 1);
    expect(change['name']).toBe('Southeast Asia');
  });
});

describe('pages', () => {
  const page = (): Json => ({
    media: [{ sid: 'ME1' }],
    meta: { next_page_url: 'https://x/next', page: 3, page_size: 20, previous_page_url: 'https://x/prev' },
  });

  it('answers a call that asked for no page with the first, its links null on a last page', () => {
    const result = page();
    coherentPages(result, { FaxSid: 'FX1' });
    expect(result['meta']).toEqual({ next_page_url: null, page: 1, page_size: 20, previous_page_url: null });
  });

  it('leaves the links out, or keeps them with a full page, as the schema allows', () => {
    const dropped = page();
    coherentPages(dropped, { FaxSid: 'FX1' }, 'drop');
    expect(dropped['meta']).toEqual({ page: 1, page_size: 20 });
    const full = page();
    coherentPages(full, { FaxSid: 'FX1' }, 'full');
    expect((full['meta'] as Json)['page_size']).toBe(1);
    expect((full['meta'] as Json)['next_page_url']).toBe('https://x/next');
  });

  it('numbers a page of no stated size as the first, its neighbours one either side', () => {
    const result: Json = {
      podcasts: [{ id: 'p1' }],
      has_next: true,
      has_previous: true,
      next_page_number: 3,
      page_number: 50,
      previous_page_number: 49,
    };
    coherentPages(result, {});
    expect(result).toMatchObject({ has_next: true, has_previous: false, next_page_number: 2, page_number: 1, previous_page_number: 1 });
  });

  it('makes the total and the page count agree with the page asked', () => {
    const result: Json = { content: [{ a: 1 }, { a: 2 }], page: 4, size: 20, totalElements: 26, totalPages: 20 };
    coherentPages(result, { page: 2 });
    expect(result).toMatchObject({ page: 2, size: 20, totalElements: 22, totalPages: 2 });
  });
});
