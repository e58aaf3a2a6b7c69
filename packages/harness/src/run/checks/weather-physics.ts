import { climate, type Pollutant } from '@inftool/sim-server';
import { momentValue, isJsonObject, squashKey } from '@inftool/core';
import type { ReviewedCall } from './conversation.js';

/**
 * Weather and air quality no sky makes at the place and moment of a reading (`results_plausible`): a
 * temperature 18 °C or more from the month's normal for the latitude (272 K in Seattle in June), a day's low and high more than 20 °C apart, what
 * the air feels like leaning against the weather (warmer than the air below 5 °C, colder above 30 °C)
 * or 8 °C from it, a dew point 5 °C from the one the humidity gives, UV past a clear noon sky's at the
 * latitude and season or at night, a wind compass name two sectors from its degrees, rain said of a dry
 * reading or sun of a wet one, rain into air under 50% humidity, a UV index called by another WHO category (4 "high"), a US AQI below its own PM sub-index or called by another EPA category (85 "good"), PM10 below PM2.5, and time fields
 * that disagree with the reading's epoch `ts` or its place's zone, heating degree days above cooling ones on a hot
 * day (or the reverse on a cold one). A reading with no time of its own is judged on the day the call asks. The physics (normals, Magnus, the EPA
 * breakpoints) is shared with the generator; the limits are this check's own and looser.
 */
type Json = Record<string, unknown>;
type Scale = 'C' | 'F' | 'K';
interface Place {
  latitude?: number;
  zone?: string;
}
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const numberField = (object: Json, pattern: RegExp): [string, number] | undefined =>
  Object.entries(object).find((entry): entry is [string, number] => pattern.test(squashKey(entry[0])) && num(entry[1]));
const celsius = (value: number, scale: Scale): number => (scale === 'F' ? (value - 32) / 1.8 : scale === 'K' ? value - 273.15 : value);

function scaleOf(args: unknown): Scale {
  const asked = isJsonObject(args) ? Object.entries(args).find(([key]) => /^(units?|unit_?group)$/i.test(key))?.[1] : undefined;
  if (typeof asked !== 'string') return 'C';
  return /^(i|imperial|us|f|fahrenheit)$/i.test(asked) ? 'F' : /^(s|scientific|k|kelvin)$/i.test(asked) ? 'K' : 'C';
}
function placeOf(object: Json, parent: Place): Place {
  const raw = object['lat'] ?? object['latitude'];
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const number = Number.parseFloat(text);
  const latitude = Number.isFinite(number) && Math.abs(number) <= 90 ? (/S$/i.test(text) ? -number : number) : parent.latitude;
  const zone =
    typeof object['timezone'] === 'string' && climate.zoneOffset(object['timezone'], 0) !== undefined ? object['timezone'] : parent.zone;
  return { latitude, zone };
}

const TEMP = /^(temp|temperature|airtemp|airtemperature)$/;
/** The reading's instant (ms): its epoch `ts`, else its UTC stamp. */
const instantOf = (object: Json): number | undefined => momentValue(object['ts']) ?? momentValue(object['timestamp_utc']);

function temperatureProblems(object: Json, scale: Scale, place: Place, time: number | undefined): string[] {
  const problems: string[] = [];
  const [low, high] = [numberField(object, /^(mintemp|tempmin|lowtemp)$/), numberField(object, /^(maxtemp|tempmax|hightemp)$/)];
  if (low !== undefined && high !== undefined && celsius(high[1], scale) - celsius(low[1], scale) > 20)
    problems.push(`${low[0]} ${low[1]} and ${high[0]} ${high[1]} in one day`);
  const temp = numberField(object, TEMP);
  if (temp === undefined) return problems;
  const air = celsius(temp[1], scale);
  if (place.latitude !== undefined && time !== undefined) {
    const normal = climate.normalTemperature(place.latitude, new Date(time).getUTCMonth() + 1);
    if (Math.abs(air - normal) >= 18)
      problems.push(
        `${temp[0]} ${temp[1]} at latitude ${place.latitude} in ${new Date(time).toISOString().slice(0, 7)} (normal about ${Math.round(normal)} °C)`,
      );
  }
  problems.push(...degreeDayProblems(object, temp, air));
  const apparent = numberField(object, /^(apptemp|feelslike|apparenttemperature)$/);
  if (apparent !== undefined) {
    const gap = celsius(apparent[1], scale) - air;
    if (Math.abs(gap) > 8 || (air < 5 && gap > 3) || (air > 30 && gap < -3))
      problems.push(`${apparent[0]} ${apparent[1]} beside ${temp[0]} ${temp[1]}`);
  }
  const [dew, humidity] = [numberField(object, /^(dewpt|dewpoint)$/), numberField(object, /^(rh|humidity|relativehumidity)$/)];
  if (dew !== undefined && humidity !== undefined && humidity[1] > 0 && humidity[1] <= 100) {
    const expected = climate.dewPoint(air, humidity[1]);
    if (Math.abs(celsius(dew[1], scale) - expected) > 5)
      problems.push(
        `${dew[0]} ${dew[1]} at ${temp[0]} ${temp[1]} and ${humidity[0]} ${humidity[1]}% (the humidity gives about ${Math.round(expected)} °C)`,
      );
  }
  return problems;
}

/** Degree days against the air: heating ones above cooling ones on a day of 24 °C or more, cooling above heating at 12 °C or less. */
function degreeDayProblems(object: Json, temp: [string, number], air: number): string[] {
  const [heating, cooling] = [numberField(object, /^hdd$/), numberField(object, /^cdd$/)];
  if (heating === undefined || cooling === undefined) return [];
  if ((air >= 24 && heating[1] > cooling[1]) || (air <= 12 && cooling[1] > heating[1]))
    return [`${heating[0]} ${heating[1]} and ${cooling[0]} ${cooling[1]} at ${temp[0]} ${temp[1]}`];
  return [];
}

function skyProblems(object: Json, scale: Scale, place: Place, time: number | undefined): string[] {
  const problems: string[] = [];
  const uv = numberField(object, /^(uv|uvindex|uvi)$/);
  if (uv !== undefined && object['pod'] === 'n' && uv[1] > 1) problems.push(`${uv[0]} ${uv[1]} at night`);
  if (uv !== undefined && place.latitude !== undefined && time !== undefined) {
    const most = climate.clearSkyUv(place.latitude, climate.dayOfYear(time));
    if (uv[1] > most * 1.2 + 1.5) problems.push(`${uv[0]} ${uv[1]} where a clear noon sky gives ${most.toFixed(1)}`);
  }
  const degrees = numberField(object, /^(winddir|winddeg|winddirection)$/);
  for (const [key, value] of Object.entries(object)) {
    if (degrees === undefined || typeof value !== 'string' || !/^(windcdir|windcdirfull)$/.test(squashKey(key))) continue;
    const [said, sector] = [climate.sectorOfName(value), climate.compassSector(degrees[1])];
    if (said !== undefined && Math.min((said - sector + 16) % 16, (sector - said + 16) % 16) > 1)
      problems.push(`${key} "${value}" for ${degrees[0]} ${degrees[1]}°`);
  }
  const rain = numberField(object, /^(precip|precipitation|rain)$/);
  const snow = numberField(object, /^(snow|snowfall)$/);
  const weather = object['weather'];
  const text = [isJsonObject(weather) ? weather['description'] : weather, object['description'], object['conditions']].find(
    (entry): entry is string => typeof entry === 'string',
  );
  const wetAmount = rain === undefined ? undefined : rain[1] * (scale === 'F' ? 25.4 : 1);
  if (text !== undefined && wetAmount !== undefined) {
    if (/\b(rain|drizzle|shower|thunder|snow|sleet)/i.test(text) && wetAmount === 0 && !(snow !== undefined && snow[1] > 0))
      problems.push(`"${text}" with ${rain?.[0]} 0`);
    if (/\b(clear|sunny)\b/i.test(text) && wetAmount > 0.5) problems.push(`"${text}" with ${rain?.[0]} ${rain?.[1]}`);
  }
  const humidity = numberField(object, /^(rh|humidity|relativehumidity)$/);
  if (wetAmount !== undefined && wetAmount > 0 && humidity !== undefined && humidity[1] < 50)
    problems.push(`${rain?.[0]} ${rain?.[1]} falling into air of ${humidity[0]} ${humidity[1]}%`);
  return problems;
}

/** Time fields that are not the reading's instant: a UTC stamp or hour other than `ts`, a local stamp not UTC plus the zone's offset. */
function timeProblems(object: Json, place: Place, time: number | undefined): string[] {
  if (time === undefined) return [];
  const problems: string[] = [];
  const utc = momentValue(object['timestamp_utc']);
  if (utc !== undefined && Math.abs(utc - time) > 60_000)
    problems.push(`timestamp_utc ${String(object['timestamp_utc'])} is not ts ${String(object['ts'])}`);
  const datetime = object['datetime'];
  const day = typeof datetime === 'string' && /^\d{4}-\d{2}-\d{2}(:\d{2})?$/.test(datetime) ? momentValue(datetime) : undefined;
  if (day !== undefined && Math.abs(day - time) > 36 * 3_600_000)
    problems.push(`datetime ${datetime as string} is not the day of ts ${String(object['ts'])}`);
  const local = object['timestamp_local'];
  const offset = place.zone === undefined ? undefined : climate.zoneOffset(place.zone, time);
  if (typeof local === 'string' && offset !== undefined) {
    const wall = Date.parse(`${local.replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/, '')}Z`);
    if (!Number.isNaN(wall) && Math.abs((wall - time) / 60_000 - offset) > 1)
      problems.push(`timestamp_local ${local} is not ${place.zone} time at ts ${String(object['ts'])}`);
  }
  return problems;
}

/** A UV index's risk label against the WHO scale (0–2 low, 3–5 moderate, 6–7 high, 8–10 very high, 11+ extreme): UV 4 called "high". */
function uvRiskProblems(object: Json): string[] {
  const uv = numberField(object, /^(uv|uvi|uvindex|maxuv|uvmax)$/);
  const label = Object.entries(object).find(
    ([key, value]) =>
      /^(risk|risklevel|uvrisk|uvrisklevel|uvcategory|uvlevel|exposure|exposurelevel|exposurecategory)$/.test(squashKey(key)) &&
      typeof value === 'string',
  );
  if (uv === undefined || label === undefined) return [];
  const said = (label[1] as string).trim().toLowerCase().replace(/\s+/g, ' ');
  const rank = ['low', 'moderate', 'high', 'very high', 'extreme'].indexOf(said === 'medium' ? 'moderate' : said);
  const real = uv[1] < 3 ? 0 : uv[1] < 6 ? 1 : uv[1] < 8 ? 2 : uv[1] < 11 ? 3 : 4;
  return rank >= 0 && rank !== real ? [`${uv[0]} ${uv[1]} called "${label[1] as string}"`] : [];
}

const US_AQI = /^(aqi|usaqi|aqius)$/;
function airProblems(object: Json): string[] {
  const levels = new Map<Pollutant, number>();
  for (const [key, value] of Object.entries(object)) {
    const pollutant = climate.pollutantOf(key);
    if (pollutant !== undefined && num(value)) levels.set(pollutant, value);
  }
  const problems: string[] = [];
  const [fine, coarse] = [levels.get('pm25'), levels.get('pm10')];
  if (fine !== undefined && coarse !== undefined && coarse < fine) problems.push(`PM10 ${coarse} below the PM2.5 ${fine} it holds`);
  const aqi = numberField(object, US_AQI);
  const particles = (['pm25', 'pm10'] as const).filter((name) => levels.has(name));
  const least = Math.max(0, ...particles.map((name) => climate.subIndex(name, levels.get(name) as number)));
  if (aqi !== undefined && aqi[1] < least - 10) problems.push(`${aqi[0]} ${aqi[1]} below the ${least} its particles give`);
  const category = Object.entries(object).find(
    ([key, value]) => /^(category|level|aqicategory)$/.test(squashKey(key)) && typeof value === 'string',
  )?.[1];
  const said = typeof category === 'string' ? climate.categoryOf(category) : undefined;
  if (aqi !== undefined && said !== undefined && said !== climate.aqiCategory(aqi[1]))
    problems.push(`${aqi[0]} ${aqi[1]} called "${category as string}"`);
  return problems;
}

function visit(value: unknown, scale: Scale, place: Place, problems: string[], asked?: number): void {
  if (Array.isArray(value)) return value.forEach((entry) => visit(entry, scale, place, problems, asked));
  if (!isJsonObject(value)) return;
  const here = placeOf(value, place);
  const time = instantOf(value);
  problems.push(...airProblems(value), ...timeProblems(value, here, time), ...uvRiskProblems(value));
  // a reading with no time of its own is of the day the call asks about
  const season = time ?? asked;
  if (numberField(value, TEMP) !== undefined || numberField(value, /^(uv|uvindex|uvi)$/) !== undefined)
    problems.push(...temperatureProblems(value, scale, here, season), ...skyProblems(value, scale, here, season));
  Object.values(value).forEach((entry) => visit(entry, scale, here, problems, asked));
}

/** The first day a call asks about (`start_date`, `date`), as ms. */
function askedDay(args: unknown): number | undefined {
  if (!isJsonObject(args)) return undefined;
  const day = Object.entries(args).find(
    ([key, value]) =>
      /^(start_?date|date|day|from|start|since)$/i.test(key) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value),
  )?.[1];
  return typeof day === 'string' ? momentValue(day.slice(0, 10)) : undefined;
}

/** The impossible weather and air-quality readings of one call's result. */
export function impossibleWeather(call: ReviewedCall): string[] {
  if (call.isError || call.data === undefined) return [];
  const problems: string[] = [];
  visit(
    call.data,
    scaleOf(call.arguments),
    placeOf(isJsonObject(call.arguments) ? call.arguments : {}, {}),
    problems,
    askedDay(call.arguments),
  );
  return problems;
}
