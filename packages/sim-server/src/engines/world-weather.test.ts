import { describe, expect, it } from 'vitest';
import { coherentWeather } from './world-weather.js';

type Row = Record<string, number | string | object>;
const day = (fields: Row): Row => ({ datetime: '2025-06-01', ...fields });

describe('coherentWeather', () => {
  it('keeps percents, temperature order, dew point and sea-level pressure plausible', () => {
    const value = {
      data: [
        day({
          temp: 33.8,
          max_temp: 4.6,
          min_temp: 1.4,
          app_min_temp: 34.4,
          app_max_temp: 25,
          rh: 132,
          clouds: 121,
          dewpt: 40,
          slp: 39.1,
          pres: 1370,
        }),
      ],
    };
    coherentWeather(value, { units: 'M' });
    const row = value.data[0] as Record<string, number>;
    expect(row.rh).toBeLessThanOrEqual(100);
    expect(row.clouds).toBeLessThanOrEqual(100);
    expect(row.min_temp).toBeLessThanOrEqual(row.temp!);
    expect(row.temp).toBeLessThanOrEqual(row.max_temp!);
    expect(row.app_min_temp).toBeLessThanOrEqual(row.app_max_temp!);
    expect(row.dewpt).toBeLessThanOrEqual(row.temp!);
    for (const pressure of [row.slp!, row.pres!]) {
      expect(pressure).toBeGreaterThanOrEqual(960);
      expect(pressure).toBeLessThanOrEqual(1050);
    }
  });

  it('says rain, not snow, when it is warm, and keeps snow when it is cold', () => {
    const warm = { temp: 24, rh: 80, snow: 6.5, snow_depth: 45, weather: { description: 'Snow' } };
    const cold = { temp: -3, rh: 80, snow: 6.5, weather: { description: 'Light snow' } };
    coherentWeather({ data: [warm] }, {});
    coherentWeather({ data: [cold] }, {});
    expect([warm.snow, warm.snow_depth, warm.weather.description]).toEqual([0, 0, 'Rain']);
    expect([cold.snow, cold.weather.description]).toEqual([6.5, 'Light snow']);
  });

  it('reads the threshold in Fahrenheit under imperial units and keeps inHg pressure', () => {
    // drawn in °C (1 °C), answered in °F (33.8 °F): cold enough for snow
    const row = { temp: 1, humidity: 70, snow: 2, pressure: 29.9 };
    coherentWeather(row, { unitGroup: 'us' });
    expect([row.temp, row.snow, row.pressure]).toEqual([34, 2, 29.9]);
    const metric = { temp: 33, humidity: 70, snow: 2, pressure: 29.9 };
    coherentWeather(metric, { units: 'metric' });
    expect(metric.snow).toBe(0);
    expect(metric.pressure).toBeGreaterThan(900);
  });

  it('changes a series smoothly, shifting each record together', () => {
    const rows = [19.6, -1.5, 25, 24].map((temp) => ({
      temp,
      min_temp: temp - 3,
      max_temp: temp + 3,
      app_min_temp: temp - 4,
      app_max_temp: temp + 2,
      rh: 60,
    }));
    coherentWeather({ data: rows }, {});
    for (let index = 1; index < rows.length; index++) expect(Math.abs(rows[index]!.temp - rows[index - 1]!.temp)).toBeLessThanOrEqual(4);
    for (const row of rows)
      expect([row.max_temp - row.min_temp, row.app_max_temp - row.app_min_temp]).toEqual([expect.closeTo(6), expect.closeTo(6)]);
  });

  it('leaves records that are not weather alone', () => {
    const product = { temp: 'hot', humidity: 150, price: 3 };
    coherentWeather(product, {});
    expect(product.humidity).toBe(150);
  });
  it('keeps whole-number fields whole, so an integer schema still accepts the record', () => {
    const row = { temp: -0.8, dewpt: 82, rh: 86, clouds: 33, slp: 833.4, pres: 1370 };
    coherentWeather({ data: [row] }, {});
    expect(Number.isInteger(row.dewpt) && row.dewpt <= row.temp).toBe(true);
    expect(Number.isInteger(row.pres)).toBe(true);
    const rows = [10, 30.4].map((temp) => ({ temp, dewpt: 5, rh: 70 }));
    coherentWeather({ data: rows }, {});
    expect(rows.map((entry) => Number.isInteger(entry.dewpt))).toEqual([true, true]);
  });
});

describe('coherentWeather: what the air feels like and what falls', () => {
  it('brings a feels-like and a wind chill near the air, and says rain, not ice pellets, in warm air', () => {
    const hour: Row = {
      temperature: 8,
      humidity: 40,
      feels_like: 79.02,
      wind_chill: 96.2,
      precipitation: { total: 2, type: 'ice pellets' },
    };
    coherentWeather({ data: [hour] }, { units: 'metric' });
    expect(Math.abs((hour['feels_like'] as number) - 8)).toBeLessThanOrEqual(6);
    expect(hour['wind_chill'] as number).toBeLessThanOrEqual(8);
    expect(hour['wind_chill'] as number).toBeGreaterThanOrEqual(2);
    expect((hour['precipitation'] as Row)['type']).toBe('rain');
    const cold: Row = { temperature: -4, humidity: 80, feels_like: -7, precipitation: { total: 2, type: 'snow' } };
    coherentWeather({ data: [cold] }, { units: 'metric' });
    expect(cold).toEqual({ temperature: -4, humidity: 80, feels_like: -7, precipitation: { total: 2, type: 'snow' } });
  });
});

describe('coherentWeather: bounded readings', () => {
  it('keeps a UV index within 0–11 and an hour of rain below a downpour, in the scale asked', () => {
    const hour: Row = { temp: 19.6, rh: 80, uv: 49.63, precip: 218, precipitation: { total: 218.01, type: 'rain' } };
    coherentWeather({ data: [hour] }, { units: 'M' });
    expect(hour['uv'] as number).toBeLessThanOrEqual(11);
    expect(hour['precip'] as number).toBeLessThanOrEqual(40);
    expect((hour['precipitation'] as Row)['total'] as number).toBeLessThanOrEqual(40);
    const imperial: Row = { temp: 19.6, rh: 80, precip: 50.57 };
    coherentWeather({ data: [imperial] }, { unitGroup: 'us' });
    expect(imperial['precip'] as number).toBeLessThanOrEqual(1.6);
  });
});

describe('coherentWeather: no reading repeated as a placeholder', () => {
  it('moves a dew point that equals the minimum a degree lower, so the °F conversion does not make them one number', () => {
    const record: Row = { temp: 5, min_temp: 1, max_temp: 7, dewpt: 1, rh: 60 };
    coherentWeather({ data: [record] }, { units: 'I' });
    expect(record['dewpt']).not.toBe(record['min_temp']);
    expect(record['dewpt'] as number).toBeLessThan(record['min_temp'] as number);
  });
});

describe('coherentWeather: the scale asked', () => {
  it('answers °F under imperial units and kelvin under scientific ones, labels too', () => {
    const imperial = { temperature: 11.8, humidity: 70, unit: 'celsius' };
    coherentWeather(imperial, { unitGroup: 'us' });
    expect(imperial).toEqual({ temperature: 53.2, humidity: 70, unit: 'fahrenheit' });
    const scientific = { data: [{ temp: 15.5, rh: 60, dewpt: 8 }] };
    coherentWeather(scientific, { units: 'S' });
    expect(scientific).toEqual({ data: [{ temp: 288.7, rh: 60, dewpt: 281 }] });
  });

  it('leaves readings already in the scale asked, and metric ones alone', () => {
    const converted = { temp: 289.1, rh: 60 };
    coherentWeather(converted, { units: 'S' });
    expect(converted).toEqual({ temp: 289.1, rh: 60 });
    const metric = { temp: 15.9, rh: 60, unit: 'celsius' };
    coherentWeather(metric, { units: 'M' });
    expect(metric).toEqual({ temp: 15.9, rh: 60, unit: 'celsius' });
  });
});
