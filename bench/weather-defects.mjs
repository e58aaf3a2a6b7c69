// Counts weather and air-quality readings in a run's ACCEPTED tool results that no sky makes
// (docs/benchmarks.md, "Result defects"): a temperature far from the month's normal for the latitude,
// an apparent temperature far from the air's or leaning against the weather, a dew point the humidity
// does not give, snow in warm air, a downpour past 40 mm (1.6 in) an hour, a UV index past the clear
// noon sky's or at night, a wind compass name that is not its degrees, a description of rain on a dry
// hour (or sun on a wet one), an AQI below its PM2.5 or PM10 sub-index or called by another EPA category, PM10 below PM2.5, and time
// fields that disagree with the epoch `ts` or with the zone, and sunlight at night or past any sky. Its own small tables, independent of the checks.
// Run: node bench/weather-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, isObject, parseToolResult, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('weather-defects');
const { defects, note } = createDefects(exampleCount);
const norm = (key) => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const num = (value) => typeof value === 'number' && Number.isFinite(value);
const field = (object, names) => Object.keys(object).find((key) => names.includes(norm(key)) && num(object[key]));

const CITY_LATITUDE = { london: 51.5, seattle: 47.6, bangalore: 13, raleigh: 35.8, boston: 42.4, paris: 48.9, tokyo: 35.7, sydney: -33.9 };
function latitudeOf(object, parent) {
  const lat = object.lat ?? object.latitude;
  const number = Number.parseFloat(String(lat ?? ''));
  if (Number.isFinite(number) && Math.abs(number) <= 90) return /S$/i.test(String(lat)) ? -number : number;
  const name = String(object.city_name ?? object.city ?? object.location ?? '')
    .split(',')[0]
    .trim()
    .toLowerCase();
  return CITY_LATITUDE[name] ?? parent;
}
// monthly normal (°C): ~27 in the tropics, 0.5 °C colder per degree past 15°, a seasonal swing peaking mid-July (north)
function normal(lat, month) {
  const away = Math.abs(lat);
  const annual = away <= 15 ? 27 : 27 - 0.5 * (away - 15);
  const swing = away <= 10 ? 1 : Math.min(13, 0.33 * (away - 10));
  return annual + swing * Math.cos(((month - (lat >= 0 ? 7.2 : 1.2)) / 12) * 2 * Math.PI);
}
const scaleOf = (sent) => {
  const unit = String(Object.entries(sent).find(([key]) => /^(units?|unit_?group)$/i.test(key))?.[1] ?? '');
  return /^(i|imperial|us|f)$/i.test(unit) ? 'F' : /^(s|k|kelvin|scientific)$/i.test(unit) ? 'K' : 'C';
};
const celsius = (value, scale) => (scale === 'F' ? (value - 32) / 1.8 : scale === 'K' ? value - 273.15 : value);
const moment = (value) => {
  if (num(value) && value > 1e9 && value < 4e9) return value * 1000;
  if (typeof value !== 'string') return undefined;
  const hour = /^(\d{4}-\d{2}-\d{2}):(\d{2})$/.exec(value);
  const time = hour
    ? Date.parse(`${hour[1]}T${hour[2]}:00:00Z`)
    : /^\d{4}-\d{2}-\d{2}/.test(value)
      ? Date.parse(value.length === 10 ? `${value}T00:00:00Z` : /Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`)
      : NaN;
  return Number.isNaN(time) ? undefined : time;
};
function offsetMinutes(zone, time) {
  try {
    const text = new Date(time).toLocaleString('sv-SE', { timeZone: zone }).replace(' ', 'T');
    return Math.round((Date.parse(`${text}Z`) - Math.floor(time / 60000) * 60000) / 60000);
  } catch {
    return undefined;
  }
}
const COMPASS = ['n', 'nne', 'ne', 'ene', 'e', 'ese', 'se', 'sse', 's', 'ssw', 'sw', 'wsw', 'w', 'wnw', 'nw', 'nnw'];
const WORDS = [
  'north',
  'northnortheast',
  'northeast',
  'eastnortheast',
  'east',
  'eastsoutheast',
  'southeast',
  'southsoutheast',
  'south',
  'southsouthwest',
  'southwest',
  'westsouthwest',
  'west',
  'westnorthwest',
  'northwest',
  'northnorthwest',
];
const PM25 = [
  [0, 9, 0, 50],
  [9.1, 35.4, 51, 100],
  [35.5, 55.4, 101, 150],
  [55.5, 125.4, 151, 200],
  [125.5, 225.4, 201, 300],
  [225.5, 325.4, 301, 500],
];
const PM10 = [
  [0, 54, 0, 50],
  [55, 154, 51, 100],
  [155, 254, 101, 150],
  [255, 354, 151, 200],
  [355, 424, 201, 300],
  [425, 604, 301, 500],
];
const sub = (bands, value) => {
  const band = bands.find(([, high]) => value <= high) ?? bands.at(-1);
  return band[2] + ((Math.max(band[0], Math.min(value, band[1])) - band[0]) * (band[3] - band[2])) / (band[1] - band[0]);
};

// sunlight: irradiance in an hour the reading calls night (or past 22:00 / before 04:00 local), past 1250 W/m², diffuse above global
function lightDefects(id, call, record) {
  const light = Object.keys(record).filter(
    (key) => ['ghi', 'dni', 'dhi', 'solarrad', 'solarradiation'].includes(norm(key)) && num(record[key]),
  );
  if (light.length === 0) return;
  const hour = Number(/T(\d{2}):/.exec(String(record.timestamp_local ?? ''))?.[1] ?? 12);
  const night = record.pod === 'n' || (num(record.elev_angle) && record.elev_angle < -1) || hour >= 22 || hour < 4;
  const lit = light.filter((key) => record[key] > (night ? 5 : 1250));
  if (lit.length > 0)
    note(night ? 'sunlight at night' : 'sunlight past any sky', id, `${call}: ${lit.map((key) => `${key} ${record[key]}`).join(', ')}`);
  if (num(record.ghi) && num(record.dhi) && record.dhi > record.ghi + 10)
    note('diffuse light above global', id, `${call}: dhi ${record.dhi} ghi ${record.ghi}`);
}

function readingDefects(id, call, record, scale, lat, zone) {
  lightDefects(id, call, record);
  const daily = /daily/i.test(call);
  const time = moment(record.ts) ?? moment(record.timestamp_utc);
  const tempKey = field(record, ['temp', 'temperature']);
  const temp = tempKey === undefined ? undefined : celsius(record[tempKey], scale);
  const month =
    time !== undefined
      ? new Date(time).getUTCMonth() + 1
      : moment(record.observed_at ?? record.datetime) && new Date(moment(record.observed_at ?? record.datetime)).getUTCMonth() + 1;
  if (temp !== undefined && lat !== undefined && month && Math.abs(temp - normal(lat, month)) > 18)
    note('temperature out of season', id, `${call}: ${record[tempKey]} at latitude ${lat} in month ${month}`);
  const appKey = field(record, ['apptemp', 'feelslike', 'apparenttemperature']);
  if (temp !== undefined && appKey !== undefined) {
    const gap = celsius(record[appKey], scale) - temp;
    if (Math.abs(gap) > 6 || (temp < 5 && gap > 3) || (temp > 30 && gap < -3))
      note('apparent temperature against the air', id, `${call}: temp ${record[tempKey]}, ${appKey} ${record[appKey]}`);
  }
  const [dewKey, rhKey] = [field(record, ['dewpt', 'dewpoint']), field(record, ['rh', 'humidity', 'relativehumidity'])];
  if (temp !== undefined && dewKey !== undefined && rhKey !== undefined) {
    const gamma = Math.log(Math.max(1, record[rhKey]) / 100) + (17.62 * temp) / (243.12 + temp);
    const dew = (243.12 * gamma) / (17.62 - gamma);
    if (Math.abs(celsius(record[dewKey], scale) - dew) > 4)
      note('dew point against humidity', id, `${call}: temp ${record[tempKey]}, rh ${record[rhKey]}, dew ${record[dewKey]}`);
  }
  const snowKey = field(record, ['snow', 'snowfall']);
  if (temp !== undefined && snowKey !== undefined && record[snowKey] > 0 && temp > 3)
    note('snow in warm air', id, `${call}: temp ${record[tempKey]}, snow ${record[snowKey]}`);
  const rainKey = field(record, ['precip', 'rain', 'precipitation']);
  const rain = rainKey === undefined ? undefined : record[rainKey] * (scale === 'F' ? 25.4 : 1);
  if (rain !== undefined && rain > (daily ? 200 : 40)) note('rain past a downpour', id, `${call}: ${rainKey} ${record[rainKey]}`);
  if (rain > 0 && rhKey !== undefined && record[rhKey] < 50)
    note('rain into dry air', id, `${call}: ${rainKey} ${record[rainKey]}, ${rhKey} ${record[rhKey]}`);
  const uvKey = field(record, ['uv', 'uvindex', 'uvi']);
  if (uvKey !== undefined) {
    const uv = record[uvKey];
    const day = time === undefined ? undefined : Math.floor((time - Date.UTC(new Date(time).getUTCFullYear(), 0, 1)) / 864e5);
    const decl = day === undefined ? 0 : 23.44 * Math.sin((2 * Math.PI * (day - 80)) / 365);
    const elevation = lat === undefined ? 90 : 90 - Math.abs(lat - decl);
    const most = elevation <= 0 ? 0 : 12.5 * Math.sin((elevation * Math.PI) / 180) ** 2.5;
    if (uv > most + 1.5 || (record.pod === 'n' && uv > 0.5))
      note('UV no sky gives', id, `${call}: uv ${uv} (clear noon ${most.toFixed(1)}, pod ${record.pod})`);
  }
  const degKey = field(record, ['winddir', 'winddeg', 'winddirection']);
  if (degKey !== undefined) {
    const sector = ((Math.round(record[degKey] / 22.5) % 16) + 16) % 16;
    for (const key of ['wind_cdir', 'wind_cdir_full']) {
      if (typeof record[key] !== 'string') continue;
      const said = norm(record[key]);
      const at = COMPASS.indexOf(said) >= 0 ? COMPASS.indexOf(said) : WORDS.indexOf(said);
      const apart = at < 0 ? 99 : Math.min((at - sector + 16) % 16, (sector - at + 16) % 16);
      if (apart > 1) note('wind name against degrees', id, `${call}: ${degKey} ${record[degKey]}, ${key} "${record[key]}"`);
    }
  }
  const text = [record.weather?.description, record.description, record.conditions].find((entry) => typeof entry === 'string');
  if (text !== undefined && rain !== undefined) {
    const wet = /rain|drizzle|shower|thunder|snow|sleet/i.test(text);
    if ((wet && rain === 0 && !(record[snowKey] > 0)) || (rain > 0.5 && /\b(clear|sunny)\b/i.test(text)))
      note('description against precipitation', id, `${call}: "${text}" with ${rainKey} ${record[rainKey]}`);
  }
  timeDefects(id, call, record, time, zone);
}

function timeDefects(id, call, record, time, zone) {
  if (time === undefined) return;
  const utc = moment(record.timestamp_utc);
  if (utc !== undefined && Math.abs(utc - time) > 60000)
    note('time fields against ts', id, `${call}: ts ${record.ts}, timestamp_utc ${record.timestamp_utc}`);
  const day = /^\d{4}-\d{2}-\d{2}(:\d{2})?$/.test(String(record.datetime ?? '')) ? moment(record.datetime) : undefined;
  if (day !== undefined && Math.abs(day - time) > 36 * 3600000)
    note('time fields against ts', id, `${call}: ts ${record.ts}, datetime ${record.datetime}`);
  const local =
    typeof record.timestamp_local === 'string' ? Date.parse(record.timestamp_local.replace(/(\.\d+)?(Z|[+-]\d\d:?\d\d)$/, '') + 'Z') : NaN;
  const offset = zone === undefined ? undefined : offsetMinutes(zone, time);
  if (!Number.isNaN(local) && offset !== undefined && Math.abs((local - time) / 60000 - offset) > 1)
    note('local time against zone', id, `${call}: timestamp_local ${record.timestamp_local}, ts ${record.ts}, ${zone}`);
}

function airDefects(id, call, object) {
  const [pm25, pm10] = [field(object, ['pm25', 'pm2', 'pm205']), field(object, ['pm10'])];
  if (pm25 !== undefined && pm10 !== undefined && object[pm10] < object[pm25])
    note('PM10 below PM2.5', id, `${call}: pm25 ${object[pm25]}, pm10 ${object[pm10]}`);
  const aqi = field(object, ['aqi', 'usaqi']);
  const bands = ['good', 'moderate', 'unhealthy for sensitive groups', 'unhealthy', 'very unhealthy', 'hazardous'];
  const said = typeof object.category === 'string' ? bands.indexOf(object.category.toLowerCase().replace(/_/g, ' ')) : -1;
  const band = aqi === undefined ? -1 : [50, 100, 150, 200, 300, Infinity].findIndex((most) => object[aqi] <= most);
  if (said >= 0 && band >= 0 && said !== band)
    note('AQI category against its index', id, `${call}: aqi ${object[aqi]}, category "${object.category}"`);
  if (aqi === undefined || (pm25 === undefined && pm10 === undefined)) return;
  const least = Math.max(pm25 === undefined ? 0 : sub(PM25, object[pm25]), pm10 === undefined ? 0 : sub(PM10, object[pm10]));
  if (object[aqi] < least - 5)
    note('AQI below its particles', id, `${call}: aqi ${object[aqi]}, pm25 ${object[pm25]}, pm10 ${object[pm10]}`);
}

function visit(id, call, value, scale, lat, zone) {
  if (Array.isArray(value)) return value.forEach((entry) => visit(id, call, entry, scale, lat, zone));
  if (!isObject(value)) return;
  const here = latitudeOf(value, lat);
  const tz = typeof value.timezone === 'string' ? value.timezone : zone;
  airDefects(id, call, value);
  if (
    field(value, ['temp', 'temperature', 'maxtemp']) !== undefined &&
    field(value, ['rh', 'humidity', 'clouds', 'dewpt', 'pres', 'pressure']) !== undefined
  )
    readingDefects(id, call, value, scale, here, tz);
  Object.values(value).forEach((entry) => visit(id, call, entry, scale, here, tz));
}

for (const line of lines) {
  const record = JSON.parse(line);
  const calls = new Map();
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) calls.set(call.id, call.function);
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined || !isObject(parsed.sent)) continue;
    const { data, sent } = parsed;
    const call = `${fn?.name}(${JSON.stringify(sent).slice(0, 60)})`;
    visit(record.id, call, data, scaleOf(sent), latitudeOf(sent, undefined), undefined);
  }
}

printDefects(defects, { count: lines.length, file, args });
