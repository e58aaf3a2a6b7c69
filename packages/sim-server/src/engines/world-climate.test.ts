import { describe, expect, it } from 'vitest';
import { clearSkyUv, dewPoint, normalTemperature, usAqi, zoneOffset } from './climate.js';
import { climateWeather } from './world-climate.js';
import { seattleReading } from '../../../../test/support/seattle-reading.js';

type Row = Record<string, unknown>;
const JUNE_NOON_UTC = Date.UTC(2025, 5, 14, 19, 0) / 1000;
/** Seattle in June as a drawn record had it (review: 272 K with 30 snow and "Partly cloudy"). */
const seattle = (): Row =>
  seattleReading({
    snow: 30,
    ts: 1738867260,
    timestamp_utc: '2025-06-14T19:00:00.000Z',
    timestamp_local: '2025-04-06T21:55:00.000Z',
    datetime: '2017-03-15:13',
    uv: 49.6,
    wind_cdir_full: 'north',
    weather: { code: '601', description: 'Snow' },
  });

describe('climateWeather', () => {
  it('fits a reading to its place, month and zone', () => {
    const value = seattle();
    climateWeather(value, { units: 'S' });
    const row = (value['data'] as Row[])[0] as Record<string, number | string | Row>;
    const celsius = (row['temp'] as number) - 273.15;
    expect(Math.abs(celsius - normalTemperature(47.6, 6))).toBeLessThanOrEqual(12);
    expect(Math.abs((row['app_temp'] as number) - (row['temp'] as number))).toBeLessThanOrEqual(4);
    expect(Math.abs((row['dewpt'] as number) - 273.15 - dewPoint(celsius, 60))).toBeLessThanOrEqual(1);
    expect(row['snow']).toBe(0);
    expect(row['ts']).toBe(JUNE_NOON_UTC);
    // noon in Seattle is 19:00 UTC in June (UTC-7), and a local stamp carries no Z
    expect(row['timestamp_local']).toBe('2025-06-14T12:00:00');
    expect(row['datetime']).toBe('2025-06-14:19');
    expect(row['pod']).toBe('d');
    expect(row['uv']).toBeLessThanOrEqual(clearSkyUv(47.6, 165) + 0.3);
    expect([row['wind_cdir'], row['wind_cdir_full']]).toEqual(['NW', 'northwest']);
    expect(row['weather']).toEqual({ code: '802', description: 'Scattered clouds' });
  });

  it('moves a series into the season together, keeping its shape', () => {
    const start = Date.UTC(2025, 4, 10, 12) / 1000;
    const temps = [1.2, 3.4, 5];
    const value = {
      city_name: 'Raleigh',
      lat: 35.78,
      data: temps.map((temp, index) => ({ temp, rh: 70, clouds: 20, ts: start + index * 3600 })),
    };
    climateWeather(value, { units: 'I' });
    const moved = value.data.map((row) => row.temp);
    const normal = normalTemperature(35.78, 5) * 1.8 + 32;
    expect(Math.abs((moved[1] as number) - normal)).toBeLessThanOrEqual(22);
    expect((moved[1] as number) - (moved[0] as number)).toBeCloseTo(2.2, 0);
    expect((moved[2] as number) - (moved[1] as number)).toBeCloseTo(1.6, 0);
  });

  it('leaves a believable reading alone', () => {
    const ts = Date.UTC(2025, 4, 10, 16) / 1000;
    const row = {
      temp: 22,
      app_temp: 22.5,
      rh: 80,
      dewpt: 18.4,
      clouds: 90,
      precip: 1.2,
      ts,
      uv: 3,
      pod: 'd',
      weather: { description: 'Light rain' },
    };
    const value = { lat: 35.78, data: [{ ...row }] };
    climateWeather(value, {});
    expect(value.data[0]).toEqual(row);
  });

  it('keeps a reading of a call asked over dates on a local day within them', () => {
    const value = {
      timezone: 'Australia/Melbourne',
      lat: -37.8,
      data: [
        {
          temp: 12,
          rh: 70,
          ts: Date.UTC(2025, 5, 18, 17) / 1000,
          timestamp_utc: '2025-06-18T17:00:00Z',
          timestamp_local: '2025-06-18T17:00:00Z',
        },
      ],
    };
    climateWeather(value, { start_date: '2025-06-11', end_date: '2025-06-18' });
    const row = value.data[0] as Row;
    expect(String(row['timestamp_local']).slice(0, 10)).toBe('2025-06-18');
    expect(zoneOffset('Australia/Melbourne', (row['ts'] as number) * 1000)).toBe(600);
  });

  it('gives an air-quality reading the AQI of its pollutants', () => {
    const value = { data: [{ aqi: 21, pm25: 230, pm10: 150, o3: 2, no2: 25, so2: 50 }] };
    climateWeather(value, {});
    const row = value.data[0] as unknown as Record<string, number>;
    expect(row['pm25']).toBeLessThanOrEqual(150);
    expect(row['pm10']).toBeGreaterThanOrEqual(row['pm25'] as number);
    expect(row['aqi']).toBe(usAqi({ pm25: row['pm25'], pm10: row['pm10'], o3: 2, no2: 25, so2: 50 }));
    expect(usAqi({ pm25: 35.4 })).toBe(100);
    expect(usAqi({ pm25: 12 })).toBe(56);
  });

  it('dates a current reading now, says its present sky and bounds its wind', () => {
    const now = new Date(Date.UTC(2025, 9, 14, 11, 23));
    const value = {
      lat: 59.33,
      timezone: 'Europe/Stockholm',
      data: [
        {
          temp: 9,
          rh: 52,
          clouds: 44,
          precip: 0,
          ts: 1489582800,
          datetime: '2017-03-15:13',
          wind_spd: 90.56,
          gust: 63.7,
          weather: { code: '874804', description: 'Light rain in the afternoon, clearing by evening.' },
        },
      ],
    };
    climateWeather(value, {}, 'get_current_city_id_city_id', now);
    const row = value.data[0] as Record<string, unknown>;
    expect([row['ts'], row['datetime']]).toEqual([Date.UTC(2025, 9, 14, 11, 20) / 1000, '2025-10-14:11']);
    expect(row['weather']).toEqual({ code: '802', description: 'Scattered clouds' });
    expect(row['wind_spd']).toBeLessThanOrEqual(25);
    expect(row['gust']).toBeGreaterThanOrEqual(row['wind_spd'] as number);
  });

  it("keeps an hour's rain and snow to what an hour holds, falling into moist clouded air", () => {
    const value = { data: [{ temp: 29, rh: 25, clouds: 20, precip: 2, snow: 30, pod: 'n', weather: { description: 'Light Snow' } }] };
    climateWeather(value, { units: 'I' });
    const row = value.data[0] as unknown as Record<string, number>;
    expect(row['precip']).toBeLessThanOrEqual(1);
    expect(row['snow']).toBeLessThanOrEqual(1.6);
    expect(row['rh']).toBeGreaterThanOrEqual(65);
    expect(row['clouds']).toBeGreaterThanOrEqual(50);
  });

  it("moves a spec example's pinned level to a different usual level in each hour of a series", () => {
    const hours = [0, 1, 2].map((hour) => ({ aqi: 98, pm10: 150, pm25: 14, no2: 20 + hour * 3, ts: 1752051600 + hour * 3600 }));
    const value = { data: hours };
    climateWeather(value, {});
    const levels = value.data.map((row) => row.pm10);
    expect(levels.every((level) => level >= 8 && level <= 120)).toBe(true);
    expect(new Set(levels).size).toBe(3);
    for (const row of value.data) expect(row.aqi).toBe(usAqi({ pm10: row.pm10, pm25: row.pm25, no2: row.no2 }));
    for (const row of value.data) expect([row.pm25, row.no2, row.aqi]).not.toContain(row.pm10);
  });

  it('calls an AQI by its EPA category', () => {
    const value = { location: 'Munich', aqi: 85, category: 'good', dominant_pollutant: 'pm10' };
    climateWeather(value, {});
    expect(value.category).toBe('moderate');
  });

  it("keeps a day's low and high within 15 °C, its extremes' moments within the day and its wind within 360°", () => {
    const ts = Date.UTC(2025, 6, 28) / 1000;
    const value = {
      lat: 51.5,
      data: [{ temp: 14, min_temp: 1, max_temp: 33.4, rh: 84, max_temp_ts: ts - 2 * 86_400 + 3600, max_wind_dir: 400, ts }],
    };
    climateWeather(value, {});
    const row = value.data[0] as unknown as Record<string, number>;
    expect((row['max_temp'] as number) - (row['min_temp'] as number)).toBeLessThanOrEqual(15);
    expect(row['min_temp']).toBeLessThanOrEqual(14);
    expect(row['max_temp']).toBeGreaterThanOrEqual(14);
    expect(row['max_temp_ts']).toBe(ts + 3600);
    expect(row['max_wind_dir']).toBe(40);
  });

  it('never gives a moist sky a humidity and cloud cover of one number', () => {
    const value = { data: [{ temp: 15, rh: 20, clouds: 20, precip: 3, pod: 'd' }] };
    climateWeather(value, {});
    const row = value.data[0] as unknown as Record<string, number>;
    expect(row['rh']).toBeGreaterThanOrEqual(65);
    expect(row['clouds']).toBeGreaterThanOrEqual(50);
    expect(row['rh']).not.toBe(row['clouds']);
  });

  it('gives a reading whose conditions say rain moist air', () => {
    const value = {
      location: 'London,UK',
      temperature: 17,
      unit: 'celsius',
      conditions: 'light rain',
      humidity: 27,
      observed_at: '2025-08-26T16:08:00Z',
    };
    climateWeather(value, {});
    expect(value.humidity).toBeGreaterThanOrEqual(65);
  });
});

describe('climateWeather: readings with no time of their own', () => {
  it('puts an energy reading in the season of the days asked, with the degree days its temperature gives', () => {
    const result = {
      count: 2,
      data: [
        {
          city_name: 'Mumbai',
          lat: '19.076',
          lon: '72.8777',
          temp: 9.39,
          dewpt: 6.3,
          rh: 81,
          hdd: 143.92,
          cdd: 66.16,
          timezone: 'Asia/Kolkata',
        },
        {
          city_name: 'Mumbai',
          lat: '19.076',
          lon: '72.8777',
          temp: 8.92,
          dewpt: 5.7,
          rh: 80,
          hdd: 123.52,
          cdd: 11.94,
          timezone: 'Asia/Kolkata',
        },
      ],
    };
    climateWeather(result, { lat: 19.076, lon: 72.8777, start_date: '2025-06-29', end_date: '2025-06-30' });
    for (const entry of result.data) {
      expect(entry.temp).toBeGreaterThan(20);
      expect(entry.hdd).toBe(0);
      expect(entry.cdd).toBeCloseTo((entry.temp - 18) * 2, 1);
    }
  });
});
