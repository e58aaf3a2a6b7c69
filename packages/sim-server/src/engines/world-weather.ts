/**
 * Weather records a meteorologist would believe, judged by field names (docs/sim-server.md): relative
 * humidity and cloud cover are percents, min ≤ temp ≤ max (and the apparent pair in order; what the air feels like
 * within 6 °C of it, a wind chill at or below it), the dew
 * point never above the temperature, snow only at or below freezing (about 2 °C, 35 °F), pressure in
 * hPa (or inHg under imperial units), and a series' consecutive readings changing smoothly. Works in place.
 */
type Json = Record<string, unknown>;
export type Scale = 'C' | 'F' | 'K';
type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const round1 = (value: number): number => Math.round(value * 10) / 10;
/** `next` written like `previous`: a whole number stays whole (rounded by `whole`, so an order is kept), else to one decimal. */
const like = (previous: unknown, next: number, whole: (value: number) => number = Math.round): number =>
  Number.isInteger(previous) ? whole(next) : round1(next);
const squash = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

export const TEMP = new Set(['temp', 'temperature', 'airtemp', 'airtemperature', 'tempc', 'tempf']);
export const MIN = new Set(['mintemp', 'tempmin', 'temperaturemin', 'mintemperature', 'lowtemp', 'templow']);
export const MAX = new Set(['maxtemp', 'tempmax', 'temperaturemax', 'maxtemperature', 'hightemp', 'temphigh']);
const APP_MIN = new Set(['appmintemp', 'feelslikemin', 'apparenttemperaturemin']);
const APP_MAX = new Set(['appmaxtemp', 'feelslikemax', 'apparenttemperaturemax']);
export const DEW = new Set(['dewpt', 'dewpoint', 'dew']);
const PERCENT = new Set(['rh', 'humidity', 'relativehumidity', 'clouds', 'cloudcover', 'cloudiness', 'cloudtotal']);
const SEA_PRESSURE = new Set(['slp', 'sealevelpressure', 'pressuremsl', 'mslp']);
const PRESSURE = new Set(['pres', 'pressure', 'stationpressure', ...SEA_PRESSURE]);
export const SNOW = new Set(['snow', 'snowdepth', 'snowfall', 'snowaccumulation']);
export const APPARENT = new Set(['apptemp', 'feelslike', 'apparenttemperature', 'windchill', 'heatindex']);
export const TEMPERATURES = [TEMP, MIN, MAX, APP_MIN, APP_MAX, DEW, APPARENT];
const COLD_FALL = /^(snow|ice pellets|ice_pellets|sleet|hail|freezing rain|freezing_rain|freezing drizzle)$/i;
export const UV = new Set(['uv', 'uvindex', 'uvi', 'maxuv']);
export const RAIN = new Set(['precip', 'precipitation', 'rain', 'rainfall', 'precipaccum', 'total']);

/** The temperature scale the call asked for: weatherbit's `units: I|S`, Visual Crossing's `unitGroup: us`, Meteosource's `units: us`. */
export function weatherScale(args: Json): Scale {
  const asked = Object.entries(isObject(args) ? args : {}).find(([key]) => /^(units?|unit_?group)$/i.test(key))?.[1];
  if (typeof asked !== 'string') return 'C';
  if (/^(i|imperial|us|f|fahrenheit)$/i.test(asked)) return 'F';
  return /^(s|scientific|kelvin|k)$/i.test(asked) ? 'K' : 'C';
}
export const fromCelsius = (celsius: number, scale: Scale): number =>
  scale === 'F' ? celsius * 1.8 + 32 : scale === 'K' ? celsius + 273.15 : celsius;

export const keyOf = (record: Fields, names: Set<string>): string | undefined =>
  Object.keys(record).find((key) => names.has(squash(key)) && num(record[key]));

/** A record with a temperature and at least one other weather field. */
export function isWeather(record: Fields): boolean {
  const others = Object.keys(record).map(squash);
  return (
    (keyOf(record, TEMP) ?? keyOf(record, MAX)) !== undefined && others.some((key) => PERCENT.has(key) || DEW.has(key) || PRESSURE.has(key))
  );
}

function ordered(record: Fields, low: string | undefined, high: string | undefined): void {
  if (low === undefined || high === undefined) return;
  const [a, b] = [record[low] as number, record[high] as number];
  if (a > b) [record[low], record[high]] = [like(a, b, Math.floor), like(b, a, Math.ceil)];
}

/** A value out of its range moved into it deterministically (the same value always lands on the same reading). */
const into = (value: number, low: number, high: number): number => round1(low + ((Math.abs(value) * 37.3) % (high - low)));

function pressures(record: Fields, scale: Scale): void {
  for (const [key, value] of Object.entries(record)) {
    if (!num(value) || !PRESSURE.has(squash(key))) continue;
    const low = SEA_PRESSURE.has(squash(key)) ? 960 : 850;
    if (value >= low && value <= 1050) continue;
    if (scale === 'F' && value >= 25.5 && value <= 31.5) continue;
    record[key] = like(value, into(value, 990, 1035));
  }
}

function temperatures(record: Fields): void {
  const [temp, min, max, dew] = [keyOf(record, TEMP), keyOf(record, MIN), keyOf(record, MAX), keyOf(record, DEW)];
  ordered(record, min, max);
  if (temp !== undefined && min !== undefined && max !== undefined) {
    const [low, mid, high] = [record[min], record[temp], record[max]].map(Number).sort((a, b) => a - b) as [number, number, number];
    Object.assign(record, {
      [min]: like(record[min], low, Math.floor),
      [temp]: like(record[temp], mid),
      [max]: like(record[max], high, Math.ceil),
    });
    if ((record[temp] as number) < (record[min] as number)) record[temp] = record[min];
    if ((record[temp] as number) > (record[max] as number)) record[temp] = record[max];
  }
  ordered(record, keyOf(record, APP_MIN), keyOf(record, APP_MAX));
  const reference = temp ?? min;
  if (dew !== undefined && reference !== undefined && (record[dew] as number) > (record[reference] as number)) {
    const humidity = record[keyOf(record, new Set(['rh', 'humidity', 'relativehumidity'])) ?? ''];
    const spread = num(humidity) ? (100 - humidity) / 5 : 2;
    record[dew] = like(record[dew], (record[reference] as number) - spread, Math.floor);
  }
  // a dew point that repeats another reading of the record (1 °C as dew point and minimum, 34 °F once converted) reads as a
  // placeholder: it sits a degree lower
  const others = [temp, min, max].filter((key): key is string => key !== undefined).map((key) => record[key]);
  if (dew !== undefined && others.includes(record[dew])) record[dew] = (record[dew] as number) - 1;
}

/**
 * A UV index within the scale's 0–11 (a reading of 49 is no index), and a reading's rain at most a downpour's
 * (40 mm, 1.6 in): an hour of 218 mm, or 50 in, is no weather; `precipitation: {total}` too.
 */
function boundedReadings(record: Fields, scale: Scale): void {
  const most = scale === 'F' ? 1.6 : 40;
  for (const [key, value] of Object.entries(record)) {
    if (num(value) && UV.has(squash(key)) && (value < 0 || value > 11)) record[key] = like(value, into(value, 0, 11));
    if (num(value) && RAIN.has(squash(key)) && squash(key) !== 'total' && (value < 0 || value > most))
      record[key] = like(value, into(value, 0, most));
    if (isObject(value) && /^precip(itation)?$/i.test(key) && num(value['total']) && (value['total'] < 0 || value['total'] > most))
      value['total'] = like(value['total'], into(value['total'], 0, most));
  }
}

/** What the air feels like is near what it is: an apparent temperature or wind chill within 6 °C of the air's. */
function apparentNearAir(record: Fields, scale: Scale): void {
  const temp = keyOf(record, TEMP);
  if (temp === undefined) return;
  const air = record[temp] as number;
  const reach = scale === 'F' ? 10.8 : 6;
  for (const [key, value] of Object.entries(record)) {
    if (!num(value) || !APPARENT.has(squash(key)) || Math.abs(value - air) <= reach) continue;
    const below = squash(key) === 'windchill' || (squash(key) !== 'heatindex' && value < air);
    let moved = like(value, below ? air - (Math.abs(value) % reach) : air + (Math.abs(value) % reach));
    // never the same number as another reading of the record (67 as feels-like and cloud cover reads as a placeholder)
    const taken = new Set(
      Object.entries(record)
        .filter(([other]) => other !== key)
        .map(([, entry]) => entry),
    );
    while (taken.has(moved)) moved = below ? moved - 1 : moved + 1;
    record[key] = moved;
  }
}

export function snowAbove(record: Fields, scale: Scale): void {
  const temp = keyOf(record, TEMP) ?? keyOf(record, MIN);
  if (temp === undefined || (record[temp] as number) <= fromCelsius(2, scale)) return;
  // a precipitation's kind (`precipitation: {type: "ice pellets"}`, `precip_type: "snow"`) is rain in warm air
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && /^precip(itation)?_?type$/i.test(key) && COLD_FALL.test(value)) record[key] = 'rain';
    if (isObject(value) && /^precip(itation)?$/i.test(key) && typeof value['type'] === 'string' && COLD_FALL.test(value['type']))
      value['type'] = 'rain';
  }
  for (const [key, value] of Object.entries(record)) {
    if (num(value) && SNOW.has(squash(key))) record[key] = 0;
    else if (typeof value === 'string' && /snow/i.test(value) && /^(description|conditions?|summary|icon|main|weather)$/i.test(key))
      record[key] = value.replace(/snow/g, 'rain').replace(/Snow/g, 'Rain').replace(/SNOW/g, 'RAIN');
    else if (Array.isArray(value) && /^precip_?type$/i.test(key)) record[key] = value.map((entry) => (entry === 'snow' ? 'rain' : entry));
    else if (isObject(value) && /^weather$/i.test(key)) renamed(value);
  }
}
/** A nested `weather: {description: "Snow"}` said as rain (its parent is too warm). */
function renamed(value: Fields): void {
  for (const [key, entry] of Object.entries(value))
    if (typeof entry === 'string' && /^(description|main)$/i.test(key))
      value[key] = entry.replace(/snow/gi, (word) => (word[0] === 'S' ? 'Rain' : 'rain'));
}

/** Consecutive readings of a series at most a few degrees apart: each record's temperatures shifted together. */
function smooth(records: Fields[], scale: Scale): void {
  const step = scale === 'F' ? 7 : 4;
  for (let index = 1; index < records.length; index++) {
    const [previous, current] = [records[index - 1]!, records[index]!];
    const [before, now] = [keyOf(previous, TEMP) ?? keyOf(previous, MAX), keyOf(current, TEMP) ?? keyOf(current, MAX)];
    if (before === undefined || now === undefined) continue;
    const jump = (current[now] as number) - (previous[before] as number);
    if (Math.abs(jump) <= step + 0.5) continue;
    // a whole shift keeps whole-number fields whole (a schema's `integer` dew point)
    const shift = Math.round(jump - Math.sign(jump) * (Math.abs(jump) % step));
    for (const names of TEMPERATURES) {
      const key = keyOf(current, names);
      if (key !== undefined) current[key] = round1((current[key] as number) - shift);
    }
  }
}

const SCALE_WORDS: Record<Scale, readonly [string, string, string]> = {
  C: ['celsius', 'C', 'metric'],
  F: ['fahrenheit', 'F', 'us'],
  K: ['kelvin', 'K', 'scientific'],
};
const UNIT_LABEL = /^(unit|units|temp_?unit|temperature_?unit|temp_?scale)$/i;

/**
 * Temperatures in the scale the call asked (the generator draws them in °C): °F or kelvin, and a
 * record's own unit label (`unit: "celsius"`) saying the same. A reading already in kelvin (above
 * 150) or, under °F, a record with a reading above 45 is taken as converted and left.
 */
function inScale(record: Fields, scale: Scale): void {
  if (scale === 'C') return;
  const keys = TEMPERATURES.map((names) => keyOf(record, names)).filter((key): key is string => key !== undefined);
  if (keys.length === 0) return;
  const readings = keys.map((key) => record[key] as number);
  const celsius = scale === 'K' ? readings.every((value) => value < 150) : readings.every((value) => value <= 45);
  if (celsius) for (const key of keys) record[key] = like(record[key], fromCelsius(record[key] as number, scale));
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || !UNIT_LABEL.test(key)) continue;
    const written = Object.values(SCALE_WORDS).find((words) => words.some((word) => word.toLowerCase() === value.toLowerCase()));
    const index = written?.findIndex((word) => word.toLowerCase() === value.toLowerCase());
    if (written !== undefined && index !== undefined) record[key] = SCALE_WORDS[scale][index]!;
  }
}

/** Weather records in `value` made coherent (see the file's comment), in place. */
export function coherentWeather(value: unknown, args: Json): void {
  const scale = weatherScale(args);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      const records = node.filter((entry): entry is Fields => isObject(entry) && isWeather(entry));
      if (records.length > 1) smooth(records, scale);
      records.forEach((record) => snowAbove(record, scale));
    } else if (isObject(node)) {
      Object.values(node).forEach(visit);
      inScale(node, scale);
      if (!isWeather(node)) return;
      for (const [key, entry] of Object.entries(node))
        if (num(entry) && PERCENT.has(squash(key)) && (entry < 0 || entry > 100)) node[key] = Math.round(into(entry, 40, 100));
      pressures(node, scale);
      temperatures(node);
      apparentNearAir(node, scale);
      boundedReadings(node, scale);
      snowAbove(node, scale);
    }
  };
  visit(value);
}
