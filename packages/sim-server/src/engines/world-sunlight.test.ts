import { describe, expect, it } from 'vitest';
import { clearSkyGhi, sunElevation } from './climate.js';
import { climateWeather } from './world-climate.js';

type Row = Record<string, number | string>;
/** Cape Town hours as a drawn forecast had them: 1000 W/m² after dark, diffuse above global. */
const capeTown = (): { city_name: string; lat: number; timezone: string; data: Row[] } => ({
  city_name: 'Cape Town',
  lat: -33.92,
  timezone: 'Africa/Johannesburg',
  data: [12, 16, 20, 23].map((hour) => ({
    temp: 22,
    rh: 60,
    clouds: 61,
    pod: 'd',
    ghi: 1000,
    dni: 400,
    dhi: 1200,
    solar_rad: 1500,
    elev_angle: 13.05,
    ts: Date.UTC(2025, 10, 27, hour - 2) / 1000,
    timestamp_local: `2025-11-27T${String(hour).padStart(2, '0')}:00:00`,
  })),
});

describe('sunlight', () => {
  it('gives an hour no more light than the sun at its height allows, and none after dark', () => {
    const value = capeTown();
    climateWeather(value, { lat: -33.92, lon: 18.42 });
    const [noon, afternoon, evening, night] = value.data as [Row, Row, Row, Row];
    for (const row of [evening, night]) {
      expect(row['pod']).toBe('n');
      expect([row['ghi'], row['dni'], row['dhi'], row['solar_rad']]).toEqual([0, 0, 0, 0]);
      expect(row['elev_angle'] as number).toBeLessThan(0);
    }
    expect(noon['pod']).toBe('d');
    expect(noon['elev_angle'] as number).toBeGreaterThan(70);
    expect(noon['ghi'] as number).toBeGreaterThan(0);
    expect(noon['ghi'] as number).toBeLessThanOrEqual(clearSkyGhi(noon['elev_angle'] as number));
    expect(noon['dhi'] as number).toBeLessThanOrEqual(noon['ghi'] as number);
    expect(afternoon['solar_rad'] as number).toBeLessThanOrEqual(clearSkyGhi(sunElevation(-33.92, 331, 16)));
    // two fields cut to their bounds never end on one placeholder number
    expect(afternoon['solar_rad']).not.toBe(afternoon['ghi']);
  });

  it('leaves a believable bright hour alone', () => {
    const row: Row = { temp: 22, rh: 60, clouds: 10, pod: 'd', ghi: 640, dhi: 110, timestamp_local: '2025-11-27T12:00:00' };
    const value = { lat: -33.92, timezone: 'Africa/Johannesburg', data: [row, { ...row, timestamp_local: '2025-11-27T13:00:00' }] };
    climateWeather(value, {});
    expect([row['ghi'], row['dhi'], row['pod']]).toEqual([640, 110, 'd']);
  });
});
