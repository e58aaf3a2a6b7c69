import { DAY_HOUR, momentValue, isJsonObject } from '@inftool/core';
import { clearSkyUv, COMPASS, COMPASS_WORDS, compassSector, dayOfYear, dewPoint, normalTemperature, zoneOffset } from './climate.js';
import { CITIES } from './values/lexicon.js';
import { airQuality } from './world-air-quality.js';
import { degreeDays } from './world-degree-days.js';
import { describedSky } from './world-sky.js';
import { sunlight } from './world-sunlight.js';
import { APPARENT, DEW, isWeather, keyOf, MAX, MIN, RAIN, snowAbove, TEMP, TEMPERATURES, UV, weatherScale } from './world-weather.js';
import type { Scale } from './world-weather.js';

/**
 * Weather that fits its place and moment (docs/sim-server.md, "Weather"), run once the world has put
 * each record in its city: the time fields of a reading agree with its epoch `ts` (the local stamp is
 * UTC plus the place's zone offset, never labelled `Z`), the part of day follows the local hour, the
 * temperatures lie within a dozen degrees of the month's normal for the latitude (all moved together),
 * what the air feels like leans the way wind chill or heat index do, the dew point is the one the
 * temperature and humidity give, UV is at most a clear noon sky's for the latitude and season (none at
 * night), the wind's compass names are its degrees', a description says the rain, snow or cloud the
 * numbers do, an air-quality index is the one its pollutants give, and degree days (`hdd`, `cdd`) are
 * the ones the temperature gives over the days asked. A reading with no time of its own is of the first
 * day the call asks over. Works in place.
 */
type Json = Record<string, unknown>;
interface Place {
  latitude?: number;
  zone?: string;
}
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const squash = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');
const round1 = (value: number): number => Math.round(value * 10) / 10;
const like = (previous: unknown, next: number): number => (Number.isInteger(previous) ? Math.round(next) : round1(next));
const toCelsius = (value: number, scale: Scale): number => (scale === 'F' ? (value - 32) / 1.8 : scale === 'K' ? value - 273.15 : value);
const perCelsius = (scale: Scale): number => (scale === 'F' ? 1.8 : 1);

/** A coordinate as a number (`23.5S` is -23.5). */
function coordinate(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const number = Number.parseFloat(text);
  if (!Number.isFinite(number) || Math.abs(number) > 90) return undefined;
  return /[SW]$/i.test(text) ? -number : number;
}
/** The lexicon's latitude of a city a value names (`London,UK`, `Seattle`). */
function cityLatitude(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.split(',')[0]?.trim().toLowerCase();
  return CITIES.find(([city]) => city.toLowerCase() === name)?.[3];
}
const PLACE_NAME = /^(city|cityname|location|locations|name|address|resolvedaddress|place)$/;
/** The place an object tells (its latitude, its zone), over what its parent told. */
function placeOf(object: Json, parent: Place): Place {
  const entries = Object.entries(object);
  const latitude = entries.find(([key]) => /^(lat|latitude)$/.test(squash(key)))?.[1];
  const named = entries.filter(([key]) => PLACE_NAME.test(squash(key))).map(([, value]) => cityLatitude(value));
  const zone = entries.find(([key, value]) => /^(timezone|tz|tzid)$/.test(squash(key)) && typeof value === 'string')?.[1];
  return {
    latitude: coordinate(latitude) ?? named.find((entry) => entry !== undefined) ?? parent.latitude,
    zone: typeof zone === 'string' && zoneOffset(zone, 0) !== undefined ? zone : parent.zone,
  };
}
/** The place the call asks about (`city: "London"`, `lat: 47.6`), when no record tells. */
function askedPlace(args: Json): Place {
  return placeOf(args, {});
}

const TIME_FIELDS = ['timestamp_utc', 'ts', 'datetime', 'ob_time', 'datetimeEpoch', 'time_epoch', 'dt'];
/**
 * The instant (ms) a reading is of: its UTC stamp, else its epoch `ts`, else its hour; of a call asked
 * over dates (`start_date`, `end_date`), the first of them within those dates (the fit moved those).
 */
function instantOf(record: Json, range: Range | undefined): number | undefined {
  const times = TIME_FIELDS.filter((key) => key in record)
    .map((key) => momentValue(record[key]))
    .filter((time): time is number => time !== undefined);
  const within = range === undefined ? undefined : times.find((time) => time >= range[0] && time < range[1] + DAY);
  return within ?? times[0];
}
const DAY = 86_400_000;
type Range = readonly [number, number];
/** The days a call asks over (`start_date` … `end_date`, both dates), if it does. */
function askedRange(args: Json): Range | undefined {
  const day = (pattern: RegExp): number | undefined => {
    const entry = Object.entries(args).find(
      ([key, value]) => pattern.test(key) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value),
    );
    return entry === undefined ? undefined : Date.parse(`${(entry[1] as string).slice(0, 10)}T00:00:00Z`);
  };
  const [start, end] = [
    day(/^(start|from|since|begin)_?(date|day)?$|^date_?(from|start)$/i),
    day(/^(end|to|until|till)_?(date|day)?$|^date_?(to|end)$/i),
  ];
  return start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end) || end < start ? undefined : [start, end];
}
/** An instant whose local day (at `offset` minutes) falls outside the asked days moved a day back or on. */
function localWithin(time: number, offset: number, range: Range | undefined): number {
  if (range === undefined) return time;
  const localDay = Math.floor((time + offset * 60_000) / DAY) * DAY;
  if (localDay > range[1] && time - DAY >= range[0]) return time - DAY;
  return localDay < range[0] && time + DAY < range[1] + DAY ? time + DAY : time;
}

const iso = (time: number): string => new Date(time).toISOString();
/** A local instant written as `like` is, without the `Z` that would call it UTC. */
function localLike(like: string, local: number): string {
  const text = iso(local).replace(/\.\d{3}Z$/, '');
  if (like.length === 10) return text.slice(0, 10);
  return like.charAt(10) === ' '
    ? text.replace('T', ' ').slice(0, Math.max(16, like.replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/, '').length))
    : text;
}
/** A UTC instant written as `like` is (a day and hour, a date, ISO with or without `Z`, `YYYY-MM-DD HH:MM`). */
function utcLike(like: string, time: number): string {
  const text = iso(time);
  if (DAY_HOUR.test(like)) return `${text.slice(0, 10)}:${text.slice(11, 13)}`;
  if (like.length === 10) return text.slice(0, 10);
  if (like.charAt(10) === ' ') return text.replace('T', ' ').slice(0, like.length);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(like)) return text.slice(0, like.length);
  return /\.\d+/.test(like) ? text : text.replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The instant a reading of a current-conditions tool is of is the world's present (to the ten minutes); a
 * forecast's lone reading (a series is spaced by `coherentSeries`) starts at the next hour when it lies
 * before the present or more than 16 days after it.
 */
function moment(found: number | undefined, context: Context): number | undefined {
  const { now, tense } = context;
  if (found === undefined || now === undefined || context.range !== undefined) return found;
  if (tense === 'current') return Math.floor(now / 600_000) * 600_000;
  if (tense === 'forecast' && (found < now - HOUR || found > now + 16 * DAY)) return Math.ceil(now / HOUR) * HOUR;
  return found;
}
const HOUR = 3_600_000;

/** A reading's time fields said from its one instant: UTC stamps in UTC, local ones in the place's zone; its part of day. */
function readingTimes(record: Json, place: Place, context: Context): number | undefined {
  const { range } = context;
  const found = moment(instantOf(record, range), context);
  if (found === undefined) return undefined;
  const offset = place.zone === undefined ? undefined : zoneOffset(place.zone, found);
  const time = offset === undefined ? found : localWithin(found, offset, range);
  if (num(record['ts']) && momentValue(record['ts']) !== undefined) record['ts'] = record['ts'] >= 1e12 ? time : Math.floor(time / 1000);
  const local = offset === undefined ? undefined : time + offset * 60_000;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || momentValue(value) === undefined) continue;
    const name = squash(key);
    if (name === 'timestamputc' || name === 'obtime') record[key] = utcLike(value, time);
    else if ((name === 'timestamplocal' || name === 'validdate') && local !== undefined) record[key] = localLike(value, local);
    // an hour's `datetime` (2025-05-01:14) is UTC; a day's (2025-05-01) is the place's date
    else if (name === 'datetime' && value.length === 10 && local !== undefined) record[key] = localLike(value, local);
    else if (name === 'datetime') record[key] = utcLike(value, time);
  }
  const hour = new Date(local ?? time).getUTCHours();
  if (local !== undefined && (record['pod'] === 'd' || record['pod'] === 'n')) record['pod'] = hour >= 6 && hour < 19 ? 'd' : 'n';
  return local ?? time;
}

/**
 * The month (1–12) a reading is of: its instant's, else a date field's, else the first day the call asks
 * over (an energy API's readings carry no time of their own: Mumbai asked for late June is Mumbai in June).
 */
function monthOf(record: Json, time: number | undefined, range?: Range): number | undefined {
  if (time !== undefined) return new Date(time).getUTCMonth() + 1;
  const dated = Object.entries(record).find(([key, value]) => /date|time|observed/i.test(key) && momentValue(value) !== undefined);
  if (dated !== undefined) return new Date(momentValue(dated[1]) as number).getUTCMonth() + 1;
  return range === undefined ? undefined : new Date(range[0]).getUTCMonth() + 1;
}
/** How many days the call asks over (both ends counted), one when it asks none. */
const daysOf = (range: Range | undefined): number => (range === undefined ? 1 : Math.round((range[1] - range[0]) / DAY) + 1);

/** The record's temperatures moved together (by `shift`, in its scale). */
function shiftTemperatures(record: Json, shift: number): void {
  for (const names of TEMPERATURES) {
    const key = keyOf(record, names);
    if (key !== undefined) record[key] = like(record[key], (record[key] as number) + shift);
  }
}

/** A reading's air temperature, or the middle of its day's range. */
function airReading(record: Json): number | undefined {
  const [temp, low, high] = [keyOf(record, TEMP), keyOf(record, MIN), keyOf(record, MAX)];
  if (temp !== undefined) return record[temp] as number;
  return low !== undefined && high !== undefined ? ((record[low] as number) + (record[high] as number)) / 2 : undefined;
}

/**
 * The shift (in the readings' scale) that brings readings' mean air temperature within 10 °C of the
 * month's normal for the latitude; 0 when it already is. Deterministic: the same readings always land
 * on the same believable mean, within 6 °C of the normal.
 */
function seasonalShift(readings: Json[], scale: Scale, latitude: number, month: number): number {
  const values = readings.map(airReading).filter((value): value is number => value !== undefined);
  if (values.length === 0) return 0;
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  const [celsius, normal] = [toCelsius(mean, scale), normalTemperature(latitude, month)];
  if (Math.abs(celsius - normal) <= 10) return 0;
  const target = normal + ((Math.abs(mean) * 37.3) % 12) - 6;
  return (target - celsius) * perCelsius(scale);
}

/** What the air feels like leans the way the weather pushes it: at most a degree above the air when cold, at least a degree below it when hot, within 4 °C between. */
function apparentLeaning(record: Json, scale: Scale): void {
  const temp = keyOf(record, TEMP);
  if (temp === undefined) return;
  const air = record[temp] as number;
  const celsius = toCelsius(air, scale);
  const unit = perCelsius(scale);
  for (const [key, value] of Object.entries(record)) {
    if (!num(value) || !APPARENT.has(squash(key))) continue;
    const gap = (value - air) / unit;
    const cold = celsius < 10 && gap > 1;
    const hot = celsius > 27 && gap < -1;
    if (!cold && !hot && Math.abs(gap) <= 4) continue;
    const size = Math.abs(gap) % 3;
    const toward = cold || (!hot && gap < 0) ? -1 : 1;
    record[key] = like(value, air + toward * size * unit);
  }
}

/**
 * A day's readings of one day: its low and high at most 15 °C apart around its mean (a London July day
 * from 1 to 33 °C is none), the moments of its extremes (`max_temp_ts`) within the day, and wind
 * directions within a compass's 0–360°.
 */
function dayReadings(record: Json, scale: Scale, time: number | undefined): void {
  const [temp, low, high] = [keyOf(record, TEMP), keyOf(record, MIN), keyOf(record, MAX)];
  const unit = perCelsius(scale);
  if (low !== undefined && high !== undefined && ((record[high] as number) - (record[low] as number)) / unit > 15) {
    const middle = temp !== undefined ? (record[temp] as number) : ((record[low] as number) + (record[high] as number)) / 2;
    const half = (4 + ((Math.abs(record[high] as number) * 7) % 4)) * unit;
    [record[low], record[high]] = [like(record[low], middle - half), like(record[high], middle + half)];
    unlike(record, low, -1);
    unlike(record, high, 1);
  }
  for (const [key, value] of Object.entries(record)) {
    if (num(value) && /^(winddir|maxwinddir|winddeg|winddirection)$/.test(squash(key)) && (value < 0 || value >= 360))
      record[key] = ((Math.round(value) % 360) + 360) % 360;
    if (time === undefined || !num(value) || !/_ts$/.test(key) || momentValue(Math.round(value)) === undefined) continue;
    const day = Math.floor(time / DAY) * DAY;
    const at = (momentValue(Math.round(value)) as number) - day;
    if (at < 0 || at >= DAY) record[key] = Math.floor((day + (((at % DAY) + DAY) % DAY)) / 1000);
  }
}

/** Most rain and snow of a reading, mm (an hour's, a day's), and where a value past it lands. */
const FALL = {
  hour: { rain: [25, 0.5, 8], snow: [40, 1, 15] },
  day: { rain: [150, 1, 30], snow: [300, 5, 100] },
} as const;
/** Rain and snow amounts an hour or a day can hold (an hour of 2 in of rain, 30 in of snow, is no weather). */
function boundedFall(record: Json, scale: Scale): void {
  const hourly = 'pod' in record || 'timestamp_local' in record || DAY_HOUR.test(String(record['datetime'] ?? ''));
  const perMillimetre = scale === 'F' ? 1 / 25.4 : 1;
  for (const [key, value] of Object.entries(record)) {
    if (!num(value)) continue;
    const kind = RAIN.has(squash(key)) && squash(key) !== 'total' ? 'rain' : /^(snow|snowfall)$/.test(squash(key)) ? 'snow' : undefined;
    if (kind === undefined) continue;
    const [most, low, high] = FALL[hourly ? 'hour' : 'day'][kind];
    if (value > most * perMillimetre) record[key] = like(value, (low + ((value * 37.3) % (high - low))) * perMillimetre);
  }
}

/** A value set here never repeats another number of its record (86 as humidity and cloud cover reads as a placeholder): stepped away from it. */
function unlike(record: Json, key: string, step: number): void {
  const others = new Set(
    Object.entries(record)
      .filter(([other, value]) => other !== key && num(value))
      .map(([, value]) => value),
  );
  const unit = Number.isInteger(record[key]) ? 1 : 0.1;
  while (others.has(record[key])) record[key] = round1((record[key] as number) + step * unit);
}

/** Rain or snow falls from a clouded sky into moist air: a wet reading has at least 65% humidity and half its sky clouded. */
function wetAir(record: Json): void {
  const wet = Object.keys(record).some(
    (key) => (RAIN.has(squash(key)) || /^(snow|snowfall)$/.test(squash(key))) && num(record[key]) && (record[key] as number) > 0,
  );
  // a condition that says rain (`conditions: "light rain"`) is wet too, where no amount is given
  const said = Object.entries(record).some(
    ([key, value]) =>
      typeof value === 'string' &&
      /^(conditions?|description|summary)$/.test(squash(key)) &&
      /\b(rain|drizzle|shower|thunder|snow|sleet)/i.test(value),
  );
  if (!wet && !said) return;
  const humidity = keyOf(record, new Set(['rh', 'humidity', 'relativehumidity']));
  if (humidity !== undefined && (record[humidity] as number) < 65) {
    record[humidity] = Math.round(70 + (((record[humidity] as number) * 7) % 26));
    unlike(record, humidity, -1);
  }
  const clouds = keyOf(record, new Set(['clouds', 'cloudcover', 'cloudiness']));
  if (clouds !== undefined && (record[clouds] as number) < 50) {
    record[clouds] = Math.round(60 + (((record[clouds] as number) * 7) % 40));
    unlike(record, clouds, -1);
  }
}

/** The dew point the air temperature and relative humidity give (within rounding). */
function dewFromHumidity(record: Json, scale: Scale): void {
  const [temp, dew] = [keyOf(record, TEMP), keyOf(record, DEW)];
  const humidity = keyOf(record, new Set(['rh', 'humidity', 'relativehumidity']));
  if (temp === undefined || dew === undefined || humidity === undefined) return;
  const celsius = toCelsius(record[temp] as number, scale);
  const point = dewPoint(celsius, record[humidity] as number);
  const written = scale === 'F' ? point * 1.8 + 32 : scale === 'K' ? point + 273.15 : point;
  if (Math.abs(toCelsius(record[dew] as number, scale) - point) <= 1) return;
  record[dew] = like(record[dew], written);
  unlike(record, dew, -1);
}

/** UV at most a clear noon sky's for the latitude and day, less under cloud, none at night. */
function boundedUv(record: Json, latitude: number, day: number): void {
  const clouds = record[keyOf(record, new Set(['clouds', 'cloudcover', 'cloudiness'])) ?? ''];
  const cover = num(clouds) ? Math.min(100, Math.max(0, clouds)) / 100 : 0;
  const most = clearSkyUv(latitude, day) * (1 - 0.6 * cover * cover);
  for (const [key, value] of Object.entries(record)) {
    if (!num(value) || !UV.has(squash(key))) continue;
    if (record['pod'] === 'n') record[key] = 0;
    else if (value > most + 0.3) record[key] = like(value, most * (0.6 + ((Math.abs(value) * 7) % 4) / 10));
  }
}

/** A wind a gale at most (25 m/s, 55 mph, 90 km/h, by the record's unit or the call's scale), and its gusts no weaker than it. */
function boundedWind(record: Json, scale: Scale): void {
  const unit = Object.entries(record).find(([key, value]) => /wind.*unit/i.test(key) && typeof value === 'string')?.[1];
  const most = /km/i.test(String(unit)) ? 90 : /mph|mi/i.test(String(unit)) || scale === 'F' ? 55 : 25;
  const speedKey = Object.keys(record).find((key) => /^(windspd|windspeed)$/.test(squash(key)) && num(record[key]));
  if (speedKey !== undefined && (record[speedKey] as number) > most)
    record[speedKey] = like(record[speedKey], 2 + (((record[speedKey] as number) * 37.3) % (most / 3)));
  const speed = speedKey === undefined ? undefined : (record[speedKey] as number);
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (!num(value) || !/^(windgustspd|gust|windgust|gustspeed)$/.test(squash(key))) continue;
    if (value > most * 1.6 || (speed !== undefined && value < speed))
      record[key] = like(value, (speed ?? most / 4) * (1.3 + ((value * 7) % 4) / 10));
  }
}

/** The compass names of a wind (`wind_cdir: "ENE"`, `wind_cdir_full: "east-northeast"`) are its degrees' (`wind_dir: 105`). */
function windNames(record: Json): void {
  const degrees = Object.entries(record).find(
    ([key, value]) => num(value) && /^(winddir|winddeg|winddirection|wdir)$/.test(squash(key)),
  )?.[1];
  if (!num(degrees)) return;
  const sector = compassSector(degrees);
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || !/^(windcdir|windcdirfull|winddirectioncardinal|windcardinal|winddircompass)$/.test(squash(key)))
      continue;
    const full = value.length > 3;
    const word: string = full ? COMPASS_WORDS[sector]! : COMPASS[sector]!;
    record[key] =
      full && /^[A-Z]/.test(value) ? word.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase()) : word;
  }
}

interface Context {
  scale: Scale;
  range: Range | undefined;
  /** The world's present (ms), and whether the tool reports it (`get_current_…`) or what follows it (`get_forecast_…`). */
  now?: number;
  tense?: 'current' | 'forecast';
  /** Readings already fitted as part of their series. */
  done: WeakSet<Json>;
}

/** The visit of `climateWeather`: each object with the place it and its parents tell; a list of readings as one series. */
function visit(node: unknown, place: Place, context: Context): void {
  if (Array.isArray(node)) {
    const readings = node.filter((entry): entry is Json => isJsonObject(entry) && isWeather(entry));
    if (readings.length > 1) series(readings, place, context);
    return node.forEach((entry) => visit(entry, place, context));
  }
  if (!isJsonObject(node)) return;
  const here = placeOf(node, place);
  airQuality(node);
  // an air-quality or other stamped reading (`ts`, `timestamp_local`, `timestamp_utc`) tells its time alike
  if (!isWeather(node) && ('timestamp_local' in node || 'timestamp_utc' in node)) readingTimes(node, here, context);
  if (isWeather(node) && !context.done.has(node)) {
    const time = readingTimes(node, here, context);
    const month = monthOf(node, time, context.range);
    if (here.latitude !== undefined && month !== undefined) {
      const shift = seasonalShift([node], context.scale, here.latitude, month);
      if (shift !== 0) shiftTemperatures(node, shift);
    }
    reading(node, here, context, time);
  }
  Object.values(node).forEach((entry) => visit(entry, here, context));
}

/** A series' readings: each one's times, then all their temperatures moved together into the season (the series keeps its shape), then the rest. */
function series(readings: Json[], place: Place, context: Context): void {
  const places = readings.map((record) => placeOf(record, place));
  const times = readings.map((record, index) => readingTimes(record, places[index] as Place, context));
  const month = monthOf(readings[0] as Json, times[0], context.range);
  const latitude = places[0]?.latitude;
  const shift = latitude === undefined || month === undefined ? 0 : seasonalShift(readings, context.scale, latitude, month);
  readings.forEach((record, index) => {
    if (shift !== 0) shiftTemperatures(record, shift);
    reading(record, places[index] as Place, context, times[index]);
    context.done.add(record);
  });
}

/** What each reading's physics asks once its time and season are right. */
function reading(record: Json, place: Place, context: Context, time: number | undefined): void {
  const { scale } = context;
  dayReadings(record, scale, time);
  snowAbove(record, scale);
  boundedFall(record, scale);
  apparentLeaning(record, scale);
  wetAir(record);
  dewFromHumidity(record, scale);
  if (place.latitude !== undefined && time !== undefined) sunlight(record, place.latitude, time);
  if (place.latitude !== undefined && time !== undefined) boundedUv(record, place.latitude, dayOfYear(time));
  windNames(record);
  boundedWind(record, scale);
  describedSky(record, scale);
  degreeDays(record, scale, daysOf(context.range));
}

/** Weather in `value` fitted to its place and moment (see the file's comment), in place. */
export function climateWeather(value: unknown, args: Json, tool = '', now?: Date): void {
  const name = tool.toLowerCase();
  const tense = /(^|_)(current|realtime|now)(_|$)/.test(name) ? 'current' : /(^|_)forecast(_|$)/.test(name) ? 'forecast' : undefined;
  const context: Context = { scale: weatherScale(args), range: askedRange(args), done: new WeakSet(), now: now?.getTime(), tense };
  visit(value, askedPlace(args), context);
}
