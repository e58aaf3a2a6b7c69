/**
 * Seattle in June as a drawn weather record had it: 272 K that feels 16 K warmer, a 250 K dew point, ENE for
 * 315° at night; `reading` adds each test's own stamps and faults to the one hourly row.
 */
export const seattleReading = (reading: Record<string, unknown>): Record<string, unknown> => ({
  city_name: 'Seattle',
  lat: '47.6062',
  timezone: 'America/Los_Angeles',
  data: [{ temp: 272, app_temp: 288, rh: 60, dewpt: 250, clouds: 30, precip: 0, pod: 'n', wind_dir: 315, wind_cdir: 'ENE', ...reading }],
});
