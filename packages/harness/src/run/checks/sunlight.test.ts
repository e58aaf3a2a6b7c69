import { climateWeather } from '@inftool/sim-server';
import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';
import { impossibleSunlight } from './sunlight.js';

const call = (data: unknown) => reviewedCall('get_forecast_hourly', { lat: -33.92, lon: 18.42 }, data);
/** Cape Town hours as a drawn forecast had them: 1000 W/m² after dark, 1500 at dawn, diffuse above global. */
const capeTown = (): Record<string, unknown> => ({
  city_name: 'Cape Town',
  lat: -33.92,
  timezone: 'Africa/Johannesburg',
  data: [
    {
      temp: 22,
      rh: 70,
      clouds: 61,
      pod: 'n',
      ghi: 1000,
      dni: 41.5,
      dhi: 200,
      timestamp_local: '2025-11-27T21:00:00',
      ts: Date.UTC(2025, 10, 27, 19) / 1000,
    },
    {
      temp: 20,
      rh: 70,
      clouds: 20,
      pod: 'd',
      elev_angle: 13.05,
      ghi: 1500,
      dhi: 200,
      timestamp_local: '2025-11-27T07:00:00',
      ts: Date.UTC(2025, 10, 27, 5) / 1000,
    },
    {
      temp: 24,
      rh: 60,
      clouds: 20,
      pod: 'd',
      ghi: 300,
      dhi: 420,
      timestamp_local: '2025-11-27T12:00:00',
      ts: Date.UTC(2025, 10, 27, 10) / 1000,
    },
  ],
});

describe('impossibleSunlight', () => {
  it('names light at night, past a clear sky, and diffuse above global', () => {
    expect(impossibleSunlight(call(capeTown()))).toEqual([
      'ghi 1000 W/m² at night',
      'dni 41.5 W/m² at night',
      'dhi 200 W/m² at night',
      'ghi 1500 W/m² past the 291 a clear sky gives',
      'diffuse dhi 420 above the global ghi 300',
    ]);
  });

  it('passes the same readings once the generator fitted them, and a dark night', () => {
    const value = capeTown();
    climateWeather(value, { lat: -33.92, lon: 18.42 });
    expect(impossibleSunlight(call(value))).toEqual([]);
    expect(impossibleSunlight(call({ data: [{ pod: 'n', ghi: 0, dni: 0, dhi: 0, solar_rad: 0 }] }))).toEqual([]);
  });
});

describe('impossibleSunlight with the sun low', () => {
  it('passes direct light above the global one at a low sun, and rejects it past the clear sky', () => {
    const low = { pod: 'd', elev_angle: 10, ghi: 120, dni: 400, dhi: 50 };
    expect(impossibleSunlight(call({ data: [low] }))).toEqual([]);
    expect(impossibleSunlight(call({ data: [{ ...low, dni: 900 }] }))).toEqual(['dni 900 W/m² past the 580 a clear sky gives']);
  });
});
