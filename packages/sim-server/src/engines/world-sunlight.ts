import { clearSkyDni, clearSkyGhi, dayOfYear, sunElevation } from './climate.js';

/**
 * The sunlight of an hour's weather reading (one with a part of day `pod` or a sun angle `elev_angle`):
 * the sun's height from the latitude and the local hour, the part of day it gives, and irradiance
 * (`ghi`, `dni`, `dhi`, `solar_rad`) no brighter than a clear sky at that height (`solar_rad` less under cloud), and
 * none with the sun down (Cape Town at 21:00 gets no 1000 W/m²). Diffuse light is at most the global.
 */
type Json = Record<string, unknown>;
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const squash = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');
const LIGHT = new Set(['ghi', 'dni', 'dhi', 'solarrad', 'solarradiation', 'irradiance']);
const CLOUDS = new Set(['clouds', 'cloudcover', 'cloudiness']);
const round2 = (value: number): number => Math.round(value * 100) / 100;
const like = (previous: unknown, next: number): number => (Number.isInteger(previous) ? Math.round(next) : round2(next));

/** The clear sky's share that comes through `clouds` % cover (Kasten and Czeplak). */
function cloudShare(record: Json): number {
  const key = Object.keys(record).find((name) => CLOUDS.has(squash(name)) && num(record[name]));
  const cover = key === undefined ? 0 : Math.min(100, Math.max(0, record[key] as number)) / 100;
  return 1 - 0.75 * cover ** 3.4;
}

/** The most each kind of light can be with the sun `elevation` high and `share` of it through the clouds. */
function mostLight(kind: string, elevation: number, share: number): number {
  // weatherbit's `ghi`, `dni` and `dhi` are the clear sky's; `solar_rad` is what comes through the clouds
  if (kind === 'dni') return clearSkyDni(elevation);
  if (kind === 'dhi') return Math.min(clearSkyGhi(elevation), 0.3 * clearSkyGhi(elevation) + 20);
  return kind === 'ghi' ? clearSkyGhi(elevation) : clearSkyGhi(elevation) * share;
}
/** Each kind of light its own share of its bound, so no two fields are cut to one number. */
const KIND_SHARE: Readonly<Record<string, number>> = {
  ghi: 0.9,
  dni: 0.8,
  dhi: 0.6,
  solarrad: 0.7,
  solarradiation: 0.75,
  irradiance: 0.85,
};

/** The reading's sun angles and irradiance fitted to `latitude` at the local instant `local` (ms, clock read as UTC). */
export function sunlight(record: Json, latitude: number, local: number): void {
  // a reading of no told hour (a station's, a day's) is judged as under the highest sun
  const hourly = 'pod' in record || 'elev_angle' in record;
  const clock = new Date(local);
  const hour = clock.getUTCHours() + clock.getUTCMinutes() / 60;
  const elevation = hourly ? sunElevation(latitude, dayOfYear(local), hour) : 90;
  if (record['pod'] === 'd' || record['pod'] === 'n') record['pod'] = elevation > 0 ? 'd' : 'n';
  if (num(record['elev_angle'])) record['elev_angle'] = round2(elevation);
  if (num(record['h_angle'])) record['h_angle'] = round2((hour - 12) * 15);
  const share = hourly ? cloudShare(record) : 1;
  for (const [key, value] of Object.entries(record)) {
    const kind = squash(key);
    if (!num(value) || !LIGHT.has(kind)) continue;
    const most = mostLight(kind, elevation, share);
    // a value within the bound stays; one past it becomes its kind's share of it, nudged by the value itself
    if (value > most) record[key] = like(value, most * ((KIND_SHARE[kind] ?? 0.8) + ((Math.abs(value) * 7) % 4) / 40));
  }
  const [global, diffuse] = [record['ghi'], record['dhi']];
  if (num(global) && num(diffuse) && diffuse > global) record['dhi'] = like(diffuse, global * 0.4);
}
