/**
 * What the sky allows at a place and time, as small formulas shared by the weather generator and the
 * check that judges its records (docs/sim-server.md, "Weather"): a month's normal air temperature by
 * latitude and hemisphere, the clear-sky noon UV index by latitude and day of the year, the sun's height
 * and the clear-sky irradiance it gives, the dew point
 * of a temperature and relative humidity (Magnus), the 16-point compass name of a wind direction, the
 * US EPA AQI of pollutant concentrations (µg/m³), and a time zone's offset at an instant.
 */

/**
 * A month's (1–12) normal air temperature in °C at `latitude`: about 27 °C all year in the tropics,
 * colder by half a degree per degree of latitude past 15°, with a yearly swing that grows with latitude
 * and peaks in mid-July in the north, mid-January in the south. Altitude and sea are left out, so a
 * reading within about a dozen degrees of it is believable.
 */
export function normalTemperature(latitude: number, month: number): number {
  const away = Math.abs(latitude);
  const annual = away <= 15 ? 27 : 27 - 0.5 * (away - 15);
  const swing = away <= 10 ? 1 : Math.min(13, 0.33 * (away - 10));
  const warmest = latitude >= 0 ? 7.2 : 1.2;
  return annual + swing * Math.cos(((month - warmest) / 12) * 2 * Math.PI);
}

/** The day of the year (1–366) of `time` (ms), in UTC. */
export const dayOfYear = (time: number): number => Math.floor((time - Date.UTC(new Date(time).getUTCFullYear(), 0, 1)) / 86_400_000) + 1;

/** The UV index of a clear sky at solar noon: 12.5 with the sun overhead, falling with the sun's noon height. */
export function clearSkyUv(latitude: number, day: number): number {
  const declination = 23.44 * Math.sin((2 * Math.PI * (day - 81)) / 365);
  const elevation = 90 - Math.abs(latitude - declination);
  return elevation <= 0 ? 0 : 12.5 * Math.sin((elevation * Math.PI) / 180) ** 2.5;
}

/** The sun's height (degrees) at `latitude` on `day` of the year at `hour` of local solar time (0–24, noon 12). */
export function sunElevation(latitude: number, day: number, hour: number): number {
  const rad = Math.PI / 180;
  const declination = 23.44 * Math.sin((2 * Math.PI * (day - 81)) / 365) * rad;
  const angle = (hour - 12) * 15 * rad;
  const sine = Math.sin(latitude * rad) * Math.sin(declination) + Math.cos(latitude * rad) * Math.cos(declination) * Math.cos(angle);
  return Math.asin(Math.max(-1, Math.min(1, sine))) / rad;
}

/** The global horizontal irradiance (W/m²) of a clear sky with the sun `elevation` degrees high (Haurwitz); 0 with the sun down. */
export function clearSkyGhi(elevation: number): number {
  const sine = Math.sin((elevation * Math.PI) / 180);
  return sine <= 0 ? 0 : 1098 * sine * Math.exp(-0.057 / sine);
}

/** The direct normal irradiance (W/m²) of a clear sky with the sun `elevation` degrees high; 0 with the sun down. */
export function clearSkyDni(elevation: number): number {
  const sine = Math.sin((elevation * Math.PI) / 180);
  return sine <= 0 ? 0 : 950 * Math.exp(-0.14 / sine);
}

/** The dew point (°C) of air at `celsius` with `humidity` % relative humidity (Magnus formula). */
export function dewPoint(celsius: number, humidity: number): number {
  const [a, b] = [17.62, 243.12];
  const gamma = Math.log(Math.max(1, Math.min(100, humidity)) / 100) + (a * celsius) / (b + celsius);
  return (b * gamma) / (a - gamma);
}

export const COMPASS = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'] as const;
export const COMPASS_WORDS = [
  'north',
  'north-northeast',
  'northeast',
  'east-northeast',
  'east',
  'east-southeast',
  'southeast',
  'south-southeast',
  'south',
  'south-southwest',
  'southwest',
  'west-southwest',
  'west',
  'west-northwest',
  'northwest',
  'north-northwest',
] as const;
/** The 16-point compass sector (0 = north, 4 = east) of a direction in degrees. */
export const compassSector = (degrees: number): number => ((Math.round(degrees / 22.5) % 16) + 16) % 16;
/** The sector a compass name (`ENE`, `east-northeast`, `East-North-East`) says, if it is one. */
export function sectorOfName(name: string): number | undefined {
  const text = name.trim().toLowerCase().replace(/\s+/g, '-');
  const index = COMPASS.findIndex((point) => point.toLowerCase() === text);
  if (index >= 0) return index;
  const word = COMPASS_WORDS.findIndex((entry) => entry === text || entry.replace(/-/g, '') === text.replace(/-/g, ''));
  return word >= 0 ? word : undefined;
}

type Band = readonly [number, number, number, number];
/** US EPA breakpoints (concentration low, high → index low, high); PM in µg/m³, gases in ppb, CO in ppm. */
const BREAKPOINTS: Record<'pm25' | 'pm10' | 'o3' | 'no2' | 'so2' | 'co', readonly Band[]> = {
  pm25: [
    [0, 9, 0, 50],
    [9.1, 35.4, 51, 100],
    [35.5, 55.4, 101, 150],
    [55.5, 125.4, 151, 200],
    [125.5, 225.4, 201, 300],
    [225.5, 325.4, 301, 500],
  ],
  pm10: [
    [0, 54, 0, 50],
    [55, 154, 51, 100],
    [155, 254, 101, 150],
    [255, 354, 151, 200],
    [355, 424, 201, 300],
    [425, 604, 301, 500],
  ],
  o3: [
    [0, 54, 0, 50],
    [55, 70, 51, 100],
    [71, 85, 101, 150],
    [86, 105, 151, 200],
    [106, 200, 201, 300],
  ],
  no2: [
    [0, 53, 0, 50],
    [54, 100, 51, 100],
    [101, 360, 101, 150],
    [361, 649, 151, 200],
    [650, 1249, 201, 300],
    [1250, 2049, 301, 500],
  ],
  so2: [
    [0, 35, 0, 50],
    [36, 75, 51, 100],
    [76, 185, 101, 150],
    [186, 304, 151, 200],
    [305, 604, 201, 300],
    [605, 1004, 301, 500],
  ],
  co: [
    [0, 4.4, 0, 50],
    [4.5, 9.4, 51, 100],
    [9.5, 12.4, 101, 150],
    [12.5, 15.4, 151, 200],
    [15.5, 30.4, 201, 300],
    [30.5, 50.4, 301, 500],
  ],
};
export type Pollutant = keyof typeof BREAKPOINTS;
/** µg/m³ → the breakpoints' unit (ppb for gases, ppm for CO), at 25 °C. */
const FROM_MICROGRAMS: Record<Pollutant, number> = { pm25: 1, pm10: 1, o3: 1 / 1.963, no2: 1 / 1.88, so2: 1 / 2.62, co: 1 / 1145 };

/** The AQI sub-index of one pollutant at `micrograms` µg/m³ (500 past the last band). */
export function subIndex(pollutant: Pollutant, micrograms: number): number {
  const concentration = Math.max(0, micrograms * FROM_MICROGRAMS[pollutant]);
  const bands = BREAKPOINTS[pollutant];
  // a value between two bands' ends (9.05 µg/m³) belongs to the lower band
  const band = bands.find(([, high], index) => concentration <= high || index === bands.length - 1) as Band;
  if (concentration > band[1]) return 500;
  const [low, high, indexLow, indexHigh] = band;
  return Math.round(indexLow + ((Math.max(low, concentration) - low) * (indexHigh - indexLow)) / (high - low));
}

/** The US AQI of the pollutants given (µg/m³): the largest sub-index. */
export const usAqi = (pollutants: Partial<Record<Pollutant, number>>): number =>
  Math.max(0, ...Object.entries(pollutants).map(([name, value]) => subIndex(name as Pollutant, value)));

/** The US EPA category of an AQI (`moderate` for 51–100). */
export function aqiCategory(aqi: number): string {
  const bands: Array<[number, string]> = [
    [50, 'good'],
    [100, 'moderate'],
    [150, 'unhealthy for sensitive groups'],
    [200, 'unhealthy'],
    [300, 'very unhealthy'],
  ];
  return bands.find(([most]) => aqi <= most)?.[1] ?? 'hazardous';
}
/** The EPA category a text names (`Moderate`, `unhealthy_for_sensitive_groups`), if it is one. */
export function categoryOf(text: string): string | undefined {
  const words = text.trim().toLowerCase().replace(/[_-]+/g, ' ');
  return ['good', 'moderate', 'unhealthy for sensitive groups', 'unhealthy', 'very unhealthy', 'hazardous'].find((name) => name === words);
}

/** The pollutant a field names (`pm2_5`, `PM2.5`, `pm25`, `o3`, `no2_surface`), if any. */
export function pollutantOf(key: string): Pollutant | undefined {
  const name = key
    .toLowerCase()
    .replace(/_?(surface|concentration|conc)$/, '')
    .replace(/[^a-z0-9]/g, '');
  if (name === 'pm25' || name === 'pm2' || name === 'pm205') return 'pm25';
  if (name === 'ozone') return 'o3';
  return (['pm10', 'o3', 'no2', 'so2', 'co'] as const).find((pollutant) => pollutant === name);
}

/** The offset (minutes) of time zone `zone` from UTC at `time` (ms); undefined for an unknown zone. */
export function zoneOffset(zone: string, time: number): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(time));
    const part = (type: string): number => Number(parts.find((entry) => entry.type === type)?.value);
    const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
    return Math.round((local - Math.floor(time / 60_000) * 60_000) / 60_000);
  } catch {
    return undefined;
  }
}
