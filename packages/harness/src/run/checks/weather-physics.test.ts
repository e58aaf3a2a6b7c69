import { climateWeather } from '@inftool/sim-server';
import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';
import { seattleReading } from '../../../../../test/support/seattle-reading.js';
import { impossibleWeather } from './weather-physics.js';

const call = (args: Record<string, unknown>, data: unknown) => reviewedCall('get_current', args, data);
/** Seattle in June as a drawn record had it (272 K, feels 16 K warmer, UV 49.6 at night, ENE for 315°, a local stamp labelled UTC). */
const seattle = (): Record<string, unknown> =>
  seattleReading({
    ts: Date.UTC(2025, 5, 14, 19) / 1000,
    timestamp_utc: '2025-06-14T19:00:00Z',
    timestamp_local: '2025-06-14T19:00:00Z',
    uv: 9.6,
    weather: { description: 'Light rain' },
  });

describe('impossibleWeather', () => {
  it('names each impossible reading of a drawn record', () => {
    const problems = impossibleWeather(call({ units: 'S' }, seattle()));
    expect(problems.join('\n')).toMatch(/temp 272 at latitude 47.6062 in 2025-06/);
    expect(problems.join('\n')).toMatch(/app_temp 288 beside temp 272/);
    expect(problems.join('\n')).toMatch(/dewpt 250/);
    expect(problems.join('\n')).toMatch(/uv 9.6 at night/);
    expect(problems.join('\n')).toMatch(/wind_cdir "ENE" for wind_dir 315/);
    expect(problems.join('\n')).toMatch(/"Light rain" with precip 0/);
    expect(problems.join('\n')).toMatch(/timestamp_local 2025-06-14T19:00:00Z is not America\/Los_Angeles time/);
  });

  it('passes the same record once the generator fitted it', () => {
    const value = seattle();
    climateWeather(value, { units: 'S' });
    expect(impossibleWeather(call({ units: 'S' }, value))).toEqual([]);
  });

  it('rejects an AQI below its PM2.5 and PM10 below PM2.5; passes agreeing ones', () => {
    expect(impossibleWeather(call({}, { data: [{ aqi: 21, pm25: 230, pm10: 150 }] }))).toEqual([
      'PM10 150 below the PM2.5 230 it holds',
      'aqi 21 below the 310 its particles give',
    ]);
    expect(impossibleWeather(call({}, { data: [{ aqi: 100, pm25: 35.4, pm10: 60 }] }))).toEqual([]);
  });

  it('rejects an AQI called by another category; passes its own', () => {
    expect(impossibleWeather(call({}, { location: 'Munich', aqi: 85, category: 'good' }))).toEqual(['aqi 85 called "good"']);
    expect(impossibleWeather(call({}, { location: 'Munich', aqi: 85, category: 'moderate' }))).toEqual([]);
  });

  it('rejects a day from 1 to 33 °C; passes one from 12 to 24 °C', () => {
    expect(impossibleWeather(call({}, { data: [{ temp: 14, min_temp: 1, max_temp: 33.4, rh: 84 }] }))).toEqual([
      'min_temp 1 and max_temp 33.4 in one day',
    ]);
    expect(impossibleWeather(call({}, { data: [{ temp: 14, min_temp: 12, max_temp: 24, rh: 84 }] }))).toEqual([]);
  });
});

describe('impossibleWeather: readings with no time of their own', () => {
  it('judges an energy reading on the day asked: Mumbai at 9 °C in late June is rejected, fitted it passes', () => {
    const args = { lat: 19.076, lon: 72.8777, start_date: '2025-06-29', end_date: '2025-06-30' };
    const data = () => ({
      count: 1,
      data: [{ city_name: 'Mumbai', lat: '19.076', lon: '72.8777', temp: 8.92, dewpt: 5.7, rh: 80, hdd: 123.52, cdd: 11.94 }],
    });
    const wrong = impossibleWeather(call(args, data()));
    expect(wrong.some((problem) => problem.startsWith('temp 8.92 at latitude 19.076 in 2025-06'))).toBe(true);
    expect(impossibleWeather(call(args, { data: [{ lat: '19.076', temp: 29, hdd: 20, cdd: 3 }] }))).toEqual([
      'hdd 20 and cdd 3 at temp 29',
    ]);
    const fitted = data();
    climateWeather(fitted, args);
    expect(impossibleWeather(call(args, fitted))).toEqual([]);
  });
});

describe('impossibleWeather: UV risk', () => {
  it('rejects a UV index called by another WHO category, and passes its own', () => {
    const args = { location: 'Buenos Aires, Argentina', date: '06-02-2025' };
    expect(impossibleWeather(call(args, { uv_index: 4, risk_level: 'high' }))).toEqual(['uv_index 4 called "high"']);
    expect(impossibleWeather(call(args, { uv_index: 4, risk_level: 'moderate' }))).toEqual([]);
    expect(impossibleWeather(call(args, { uv_index: 9, risk_level: 'Very High' }))).toEqual([]);
  });
});
