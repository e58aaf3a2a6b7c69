// Counts tool results of a run's ACCEPTED records that do not fit their call or contradict themselves
// (a quote with the ask below the bid, a star distribution that is not its review count, rows outside a
// min/max filter or an asked date range (or any one date bound), a forecast or a melody with fewer items
// than asked, one account in several currencies, a post code answered as another city, rows that differ only by id, a deleted record still "active",
// a quote for another symbol, a reading measured on another day than asked, a city with another
// country's state or coordinates, a genre of another medium, a call naming two places, a time zone of
// another place, temperatures in another scale than asked, a file path in a data field). Independent of the checks and of the
// generator: its own plain detectors and its own small city table.
// Run: node bench/fit-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, isObject, objects, parseToolResult, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('fit-defects');
const { defects, note } = createDefects(exampleCount);
const norm = (key) => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const DAY = 86_400_000;
const dayOf = (text) => (typeof text === 'string' && /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text.slice(0, 10)) : NaN);

/** [city, region, country, latitude] of a few cities results name. */
const CITIES = {
  raleigh: ['NC', 'US', 35.78],
  seattle: ['WA', 'US', 47.61],
  boston: ['MA', 'US', 42.36],
  miami: ['FL', 'US', 25.76],
  'new york': ['NY', 'US', 40.71],
  'san francisco': ['CA', 'US', 37.77],
  'los angeles': ['CA', 'US', 34.05],
  chicago: ['IL', 'US', 41.88],
  london: [undefined, 'GB', 51.51],
  manchester: [undefined, 'GB', 53.48],
  paris: [undefined, 'FR', 48.86],
  berlin: [undefined, 'DE', 52.52],
  bangalore: [undefined, 'IN', 12.97],
  mumbai: [undefined, 'IN', 19.08],
  tokyo: [undefined, 'JP', 35.68],
  sydney: [undefined, 'AU', -33.87],
  singapore: [undefined, 'SG', 1.35],
};
const COUNTRY_NAMES = {
  us: 'US',
  'united states': 'US',
  gb: 'GB',
  'united kingdom': 'GB',
  fr: 'FR',
  france: 'FR',
  de: 'DE',
  germany: 'DE',
  in: 'IN',
  india: 'IN',
  jp: 'JP',
  japan: 'JP',
  au: 'AU',
  australia: 'AU',
  sg: 'SG',
  singapore: 'SG',
};
const MUSIC_GENRES = /^(jazz|blues|rock|pop|hip hop|classical|country|r&b|electronic|techno|metal|reggae)$/i;
const STORY_GENRES = /^(romance|thriller|documentary|science fiction|drama|comedy|mystery|horror|biography|fantasy)$/i;
const LIVE = /^(active|enabled|open|running|live|available|published|created)$/i;
const ID_KEY = /(^id$|_id$|Id$|^uuid$|^key$)/;

function quotes(id, call, data) {
  objects(data, (object) => {
    const bid = Object.entries(object).find(([key, value]) => /^bid(price)?$/.test(norm(key)) && typeof value === 'number');
    const ask = Object.entries(object).find(([key, value]) => /^ask(price)?$/.test(norm(key)) && typeof value === 'number');
    if (bid && ask && bid[1] > ask[1]) note('bid above ask', id, `${call}: bid ${bid[1]} > ask ${ask[1]}`);
  });
}

function distributions(id, call, data) {
  objects(data, (object) => {
    const count = Object.entries(object).find(
      ([key, value]) =>
        /(review|rating)s?(count|total)|(count|total|number)(of)?(user)?(reviews|ratings)/.test(norm(key)) && Number.isInteger(value),
    );
    if (count === undefined) return;
    for (const [key, value] of Object.entries(object)) {
      if (!isObject(value) || !/distribution|histogram|breakdown/i.test(key)) continue;
      const parts = Object.values(value);
      if (parts.length < 3 || !parts.every(Number.isInteger)) continue;
      const sum = parts.reduce((total, part) => total + part, 0);
      if (sum !== count[1]) note('distribution not its count', id, `${call}: ${key} sums to ${sum}, ${count[0]} ${count[1]}`);
    }
  });
}

const rowsOf = (data) => {
  const rows = [];
  objects(data, (object) => {
    for (const value of Object.values(object)) if (Array.isArray(value) && value.every(isObject)) rows.push(...value);
  });
  return rows;
};

function filters(id, call, sent, data) {
  for (const [key, raw] of Object.entries(sent)) {
    const value = Number(raw);
    const match = /^(min|max)(?:imum)?_?(.+)$/i.exec(key) ?? /^(.+?)_?(min|max)$/i.exec(key);
    if (match === null || raw === '' || Number.isNaN(value)) continue;
    const [bound, stem] = /^(min|max)/i.test(match[1])
      ? [match[1].toLowerCase(), norm(match[2])]
      : [match[2].toLowerCase(), norm(match[1])];
    for (const row of rowsOf(data))
      for (const [field, entry] of Object.entries(row)) {
        const name = norm(field);
        if (typeof entry !== 'number' || name.length < 4 || !(stem === name || stem.endsWith(name))) continue;
        if (bound === 'max' ? entry > value : entry < value)
          note('row outside a min/max filter', id, `${call}: ${field} ${entry}, ${key} ${raw}`);
      }
  }
}

const START = /^(start|from|since|begin)_?(date|day|time)?$/i;
const END = /^(end|to|until|till)_?(date|day|time)?$/i;
const READING = /^(date|datetime|valid_?date|day|observation_?time|timestamp_?local)$/i;

function ranges(id, call, sent, data) {
  const start = Object.entries(sent).find(([key, value]) => START.test(key) && !Number.isNaN(dayOf(value)))?.[1];
  const end = Object.entries(sent).find(([key, value]) => END.test(key) && !Number.isNaN(dayOf(value)))?.[1];
  if (start === undefined || end === undefined) return;
  for (const row of rowsOf(data))
    for (const [field, entry] of Object.entries(row)) {
      const day = dayOf(entry);
      if (!READING.test(field) || Number.isNaN(day)) continue;
      if (day < dayOf(start) || day > dayOf(end) + DAY) note('row outside the asked range', id, `${call}: ${field} ${entry}`);
    }
  // a date field at the top of a reading asked for one day
}

// a bound of a date range in any naming (`date_from`, `start_date`, `since`, `created_after`, `endDate`) and the row dates it bounds
const LOWER_BOUND = /^(.*?)_?(start|from|since|after|begin)(_?(date|day|time))?$|^(.*?)_?date_?(from|start)$/;
const UPPER_BOUND = /^(.*?)_?(end|to|until|till|before)(_?(date|day|time))?$|^(.*?)_?date_?(to|end)$/;
const snake = (key) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const ROW_DAY = /^(date|datetime|day|timestamp|timestamp_?(local|utc)|ob_?time)$|(date|_at|_on)$/;
const OTHER_DAY = /birth|dob|expir|due|valid|deadline|next|renew|matur|updat|modif|last|end|start|until|open|close|check|depart|arriv|sun/;

function anyRange(id, call, sent, data) {
  const bounds = [];
  for (const [key, value] of Object.entries(sent)) {
    if (Number.isNaN(dayOf(value))) continue;
    const lower = LOWER_BOUND.exec(snake(key));
    const upper = lower ? null : UPPER_BOUND.exec(snake(key));
    const match = lower ?? upper;
    if (match === null) continue;
    const field = (match[1] ?? match[5] ?? '').replace(/_?date$/, '');
    bounds.push({ key, field: field === 'date' ? '' : field, upper: upper !== null, day: dayOf(value) });
  }
  if (bounds.length === 0) return;
  for (const row of rowsOf(data))
    for (const [field, entry] of Object.entries(row)) {
      const day = dayOf(entry);
      const name = snake(field);
      if (Number.isNaN(day)) continue;
      const hit = bounds.find(
        (bound) =>
          (bound.field === '' ? ROW_DAY.test(name) && !OTHER_DAY.test(name) : name.startsWith(bound.field)) &&
          (bound.upper ? day > bound.day + DAY : day < bound.day),
      );
      if (hit) note('row dated outside a date bound', id, `${call}: ${field} ${entry}, ${hit.key} ${sent[hit.key]}`);
    }
}

// a forecast's days/hours and a composed sequence's length say how many items come back
function sizes(id, call, name, sent, data) {
  const tool = snake(name);
  const forecast = /(^|_)(forecast|prediction|outlook)(_|$)/.test(tool);
  const sequence = /(^|_)(melody|sequence|progression|chords?|composition|compose|rhythm)(_|$)/.test(tool);
  const entry = Object.entries(sent).find(
    ([key, value]) =>
      Number.isInteger(Number(value)) &&
      Number(value) > 0 &&
      ((forecast && /^(days|hours|num_?days|num_?hours|forecast_?days)$/.test(snake(key))) ||
        (sequence && /^(length|num_?notes)$/.test(snake(key)))),
  );
  if (entry === undefined || !isObject(data)) return;
  const lists = [];
  objects(data, (object) => {
    for (const value of Object.values(object)) if (Array.isArray(value) && value.length > 0) lists.push(value);
  });
  if (lists.length === 1 && lists[0].length < Math.min(Number(entry[1]), 8))
    note('fewer items than asked', id, `${call}: ${entry[0]} ${entry[1]}, ${lists[0].length} items`);
}

// one account (named by an id) keeps its money in one currency
function currencies(id, call, name, sent, data) {
  const holding = /(^|_)(accounts?|wallets?|portfolios?|balances?|transactions?|statements?)(_|$)/;
  if (!Object.keys(sent).some((key) => /(^|_)(id|iban|number|account)$/.test(snake(key)))) return;
  if (!holding.test(snake(name)) && !Object.keys(sent).some((key) => holding.test(snake(key)))) return;
  const codes = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isObject(value))
      for (const [key, entry] of Object.entries(value))
        if (/^currency(_?code)?$/i.test(key) && typeof entry === 'string' && /^[A-Z]{3}$/.test(entry)) {
          if (Object.keys(value).some((other) => /amount|balance|^value$|price|total|sum$/i.test(other))) codes.add(entry);
        } else if (!/exchange|conversion|fx|original|instructed|source|target/i.test(key)) walk(entry);
  };
  walk(data);
  if (codes.size > 1) note('one account in several currencies', id, `${call}: ${[...codes].join(' ')}`);
}

// a post code's city: a few cities and how their codes begin
const CODE_STARTS = {
  raleigh: ['27'],
  seattle: ['98'],
  boston: ['02'],
  'new york': ['10', '11'],
  chicago: ['60'],
  miami: ['33'],
  'los angeles': ['90', '91'],
  'san francisco': ['94'],
  atlanta: ['30', '31'],
  denver: ['80'],
  madrid: ['28'],
  barcelona: ['08'],
  paris: ['75'],
  lyon: ['69'],
  berlin: ['10', '12', '13', '14'],
  munich: ['80', '81'],
  rome: ['00'],
  milan: ['20'],
  manchester: ['M'],
  london: ['E', 'EC', 'N', 'NW', 'SE', 'SW', 'W', 'WC'],
};
function postcodes(id, call, sent, data) {
  const raw = Object.entries(sent).find(([key]) => /^(zip|zip_?code|post_?code|postal_?code)$/i.test(key))?.[1];
  if ((typeof raw !== 'string' && typeof raw !== 'number') || !isObject(data)) return;
  const code = String(raw).trim().toUpperCase();
  for (const object of [data, ...Object.values(data).filter(isObject)])
    for (const [key, value] of Object.entries(object)) {
      if (!/^(city|city_?name|town)$/i.test(key) || typeof value !== 'string') continue;
      const starts = CODE_STARTS[value.split(',')[0].trim().toLowerCase()];
      const letters = /^[A-Z]+/.exec(code)?.[0];
      if (
        starts &&
        !starts.some((start) => (/^[A-Z]/.test(start) ? letters === start : `${code}`.startsWith(start) || `0${code}`.startsWith(start)))
      )
        note('post code answered as another city', id, `${call}: ${code} → ${value}`);
    }
}

function askedDay(id, call, sent, data) {
  const asked = Object.entries(sent).find(([key, value]) => /^(date|day|for_?date|as_?of)$/i.test(key) && !Number.isNaN(dayOf(value)))?.[1];
  if (asked === undefined || !isObject(data)) return;
  for (const [field, entry] of Object.entries(data))
    if (
      /^(measured|observed|recorded|reported|sampled)_?(at|on|time)$|^as_?of$/i.test(field) &&
      !Number.isNaN(dayOf(entry)) &&
      dayOf(entry) !== dayOf(asked)
    )
      note('reading of another day than asked', id, `${call}: ${field} ${entry}`);
}

function duplicates(id, call, data) {
  objects(data, (object) => {
    for (const value of Object.values(object)) {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) continue;
      const seen = new Set();
      for (const row of value) {
        const rest = Object.entries(row).filter(([key]) => !ID_KEY.test(key));
        if (rest.length < 3 || rest.length === Object.keys(row).length) continue;
        const text = JSON.stringify(rest);
        if (seen.has(text)) note('rows that differ only by id', id, `${call}: ${text.slice(0, 120)}`);
        seen.add(text);
      }
    }
  });
}

function deletes(id, call, name, data) {
  if (!/(^|_)(delete|remove|destroy)/i.test(name) || !isObject(data)) return;
  if (typeof data.status === 'string' && LIVE.test(data.status)) note('deleted yet live', id, `${call}: status ${data.status}`);
}

function subjects(id, call, sent, data) {
  const asked = Object.entries(sent)
    .filter(
      ([key, value]) =>
        /^(symbol|ticker|stocks_?ticker|from|to|base|quote)$/i.test(key) && typeof value === 'string' && /^[A-Z.]{1,6}$/.test(value),
    )
    .map(([, value]) => value);
  if (asked.length === 0) return;
  objects(data, (object) => {
    const symbol = object.symbol ?? object.ticker;
    if (typeof symbol === 'string' && !asked.some((value) => symbol.split(/[/:-]/).includes(value)))
      note('result for another subject', id, `${call}: symbol ${symbol}`);
  });
}

function places(id, call, sent, data) {
  const askedCountry = Object.entries(sent).find(([key, value]) => /^country(_?code)?$/i.test(key) && typeof value === 'string')?.[1];
  objects(data, (object) => {
    const cityKey = Object.keys(object).find((key) => /^(city|city_?name)$/i.test(key));
    const city = cityKey && typeof object[cityKey] === 'string' ? CITIES[object[cityKey].toLowerCase()] : undefined;
    if (city === undefined) return;
    const [state, country, lat] = city;
    const say = `${call}: ${object[cityKey]}`;
    const stateValue = object.state_code ?? object.state;
    if (state !== undefined && typeof stateValue === 'string' && stateValue.length === 2 && stateValue !== state)
      note('place contradicts itself', id, `${say} state ${stateValue}`);
    if (state === undefined && typeof object.state_code === 'string' && /^[A-Z]{2}$/.test(object.state_code))
      note('place contradicts itself', id, `${say} state ${object.state_code}`);
    const code = COUNTRY_NAMES[String(object.country_code ?? object.country ?? '').toLowerCase()];
    if (code !== undefined && code !== country)
      note('place contradicts itself', id, `${say} country ${object.country_code ?? object.country}`);
    const latitude = Number(object.lat ?? object.latitude);
    if (!Number.isNaN(latitude) && (object.lat ?? object.latitude) !== undefined && Math.abs(latitude - lat) > 3)
      note('place contradicts itself', id, `${say} lat ${latitude}`);
    const askedCode = COUNTRY_NAMES[String(askedCountry ?? '').toLowerCase()];
    if (askedCode !== undefined && askedCode !== country) note('place in another country than asked', id, `${say}, asked ${askedCountry}`);
  });
}

function genres(id, call, name, data) {
  const words = name.toLowerCase();
  objects(data, (object) => {
    if (typeof object.genre !== 'string') return;
    if (/movie|film|book|novel|show|series|theater|theatre/.test(words) && MUSIC_GENRES.test(object.genre))
      note('genre of another medium', id, `${call}: genre ${object.genre}`);
    if (/music|melody|song|album|track|chord|playlist/.test(words) && STORY_GENRES.test(object.genre))
      note('genre of another medium', id, `${call}: genre ${object.genre}`);
  });
}

/** IANA zone of a few cities results name (own table). */
const ZONES = {
  raleigh: 'America/New_York',
  boston: 'America/New_York',
  'new york': 'America/New_York',
  miami: 'America/New_York',
  chicago: 'America/Chicago',
  seattle: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  'los angeles': 'America/Los_Angeles',
  london: 'Europe/London',
  manchester: 'Europe/London',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  bangalore: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  tokyo: 'Asia/Tokyo',
  sydney: 'Australia/Sydney',
  singapore: 'Asia/Singapore',
  dublin: 'Europe/Dublin',
  stockholm: 'Europe/Stockholm',
  zurich: 'Europe/Zurich',
  'cape town': 'Africa/Johannesburg',
  vancouver: 'America/Vancouver',
};
const POINTS = { vancouver: 49.28, dublin: 53.35, stockholm: 59.33, zurich: 47.38, 'cape town': -33.92 };
const LONGITUDES = {
  vancouver: -123.12,
  dublin: -6.26,
  stockholm: 18.07,
  zurich: 8.54,
  'cape town': 18.42,
  raleigh: -78.64,
  boston: -71.06,
  'new york': -74.01,
  miami: -80.19,
  chicago: -87.63,
  seattle: -122.33,
  'san francisco': -122.42,
  'los angeles': -118.24,
  london: -0.13,
  manchester: -2.24,
  paris: 2.35,
  berlin: 13.4,
  bangalore: 77.59,
  mumbai: 72.88,
  tokyo: 139.65,
  sydney: 151.21,
  singapore: 103.82,
};
const latitudeOf = (city) => POINTS[city] ?? CITIES[city]?.[2];
const US_STATE =
  /^(alabama|arizona|california|colorado|connecticut|florida|georgia|illinois|massachusetts|michigan|montana|nevada|new jersey|new york|north carolina|ohio|oregon|pennsylvania|texas|virginia|washington)$/i;
const cityIn = (text) => (typeof text === 'string' ? text.split(',')[0].trim().toLowerCase() : undefined);
const number = (text) => (/[SW]$/i.test(String(text).trim()) ? -parseFloat(text) : parseFloat(text));
const distance = (city, lat, lon) => Math.hypot(latitudeOf(city) - lat, LONGITUDES[city] - lon);
const nearCity = (lat, lon) =>
  Object.keys(ZONES)
    .filter((city) => latitudeOf(city) !== undefined && distance(city, lat, lon) <= 2)
    .sort((a, b) => distance(a, lat, lon) - distance(b, lat, lon))[0];

/** A call whose own arguments name two places: a city and another country, a US state with a city abroad. */
function calledPlaces(id, call, sent) {
  objects(sent, (object) => {
    const entry = (pattern) => Object.entries(object).find(([key]) => pattern.test(norm(key)))?.[1];
    const city = cityIn(entry(/^(city|cityname|location)$/));
    const country = COUNTRY_NAMES[String(entry(/^(country|countrycode|addresscountry)$/) ?? '').toLowerCase()];
    const state = entry(/^(state|region|province)$/);
    const known = CITIES[city];
    if (known && country && known[1] !== country) note('call names two places', id, `${call}: ${city} with country ${country}`);
    if (known && known[1] !== 'US' && typeof state === 'string' && US_STATE.test(state))
      note('call names two places', id, `${call}: ${city} in ${state}`);
    if (known && known[0] && typeof state === 'string' && US_STATE.test(state) && known[0] !== state && !/^[A-Z]{2}$/.test(state))
      note('call names two places', id, `${call}: ${city} in ${state}`);
  });
}

/** A record's IANA time zone that is not its city's (own city or name, else the city or point asked). */
function zones(id, call, sent, data) {
  const asked = cityIn(Object.entries(sent).find(([key]) => /^(city|location|text|q)$/i.test(key))?.[1]);
  const lat = number(Object.entries(sent).find(([key]) => /^(lat|latitude)$/i.test(key))?.[1]);
  const lon = number(Object.entries(sent).find(([key]) => /^(lon|lng|longitude)$/i.test(key))?.[1]);
  const place = (asked in ZONES ? asked : undefined) ?? (Number.isNaN(lat) || Number.isNaN(lon) ? undefined : nearCity(lat, lon));
  objects(data, (object) => {
    const zone = object.timezone ?? object.time_zone ?? object.tz;
    if (typeof zone !== 'string' || !zone.includes('/')) return;
    const own = cityIn(object.city ?? object.name);
    const city = own in ZONES ? own : place;
    if (city && ZONES[city] !== zone) note('time zone of another place', id, `${call}: ${city} in ${zone}`);
  });
}

/** Temperatures not in the scale asked: kelvin asked and a reading below 150, a unit label of another scale. */
function scales(id, call, sent, data) {
  const asked = Object.entries(sent).find(([key]) => /^(units?|unitgroup)$/i.test(key))?.[1];
  if (typeof asked !== 'string') return;
  const scale = /^(i|us|imperial|f)$/i.test(asked)
    ? 'F'
    : /^(s|k|kelvin|scientific)$/i.test(asked)
      ? 'K'
      : /^(m|metric|c)$/i.test(asked)
        ? 'C'
        : undefined;
  if (scale === undefined) return;
  objects(data, (object) => {
    const temp = Object.entries(object).find(([key, value]) => /^(temp|temperature)$/.test(norm(key)) && typeof value === 'number')?.[1];
    if (temp === undefined) return;
    if (scale === 'K' && temp < 150) note('temperature in another scale than asked', id, `${call}: temp ${temp} under ${asked}`);
    const label = object.unit ?? object.units;
    const said = /^(celsius|c|metric)$/i.test(label)
      ? 'C'
      : /^(fahrenheit|f|us)$/i.test(label)
        ? 'F'
        : /^(kelvin|k)$/i.test(label)
          ? 'K'
          : undefined;
    if (said !== undefined && said !== scale) note('temperature in another scale than asked', id, `${call}: unit ${label} under ${asked}`);
  });
}

/** A file-system path in a field of a tool that has no files (a wind's `dir`, a picture's `source`). */
function paths(id, call, name, data) {
  if (/file|folder|dir|path|upload|storage|drive|disk|repo|bucket|backup|sync|ftp/i.test(name)) return;
  objects(data, (object) => {
    for (const [key, value] of Object.entries(object))
      if (typeof value === 'string' && /^\/(home|srv|var|usr|tmp|etc|opt)\//.test(value) && !/path|file|folder|director/i.test(key))
        note('file path in a data field', id, `${call}: ${key} ${value}`);
  });
}

const DIET =
  /\b(vegan|vegetarian|gluten|dairy|lactose|halal|kosher|nut|peanut|keto|paleo|pescatarian|low|free|diabetic|allerg|sugar|sodium|carb|plant|organic|none)/i;
const MEAL = /\b(breakfast|brunch|lunch|dinner|supper|snack)\b/i;
const PERCENTS =
  /^(percent|percentage|pct|humidity|relativehumidity|rh|cloudcover|chanceofrain|precipprobability|precipitationprobability)$|percent(age)?$/;

/** A field filled without meaning (a percent past 100, a city as a diet, breakfast typed LUNCH, a name as a size, a number as a musical or memory key, a GIF rating of "3.1", 13 sun hours). */
function fillers(id, call, name, sent, data) {
  const field = (object, weather) => {
    for (const [key, value] of Object.entries(object)) {
      const k = norm(key);
      for (const entry of Array.isArray(value) ? value : [value]) {
        if (
          typeof entry === 'number' &&
          (PERCENTS.test(k) || (weather && k === 'pop')) &&
          !/change|growth|diff|delta|return/.test(k) &&
          (entry < 0 || entry > 100)
        )
          note('percent out of 0-100', id, `${call}: ${key} ${entry}`);
        if (
          typeof entry === 'number' &&
          /^((average|avg|daily|peak)(sunlight|sun|sunshine)|peaksun|sunlight)hours$/.test(k) &&
          (entry < 1.5 || entry > 9)
        )
          note('sun hours out of a day', id, `${call}: ${key} ${entry}`);
        if (typeof entry !== 'string') continue;
        if (/^diet|^dietary/.test(k) && !DIET.test(entry)) note('diet that is no diet', id, `${call}: ${key} ${entry}`);
        if (/(^|size)$/.test(k) && /size$/.test(k) && /^[A-Z][a-z]+( [A-Z][a-z]+)+$/.test(entry))
          note('size holding a name', id, `${call}: ${key} ${entry}`);
        if (k === 'key' && /scale|melody|chord|music/.test(name) && !/^[A-G](#|b)?( ?(major|minor|m))?$/i.test(entry))
          note('musical key not a note', id, `${call}: ${key} ${entry}`);
        if (k === 'key' && /memory/.test(name) && /^\d+$/.test(entry)) note('memory key of digits', id, `${call}: ${key} ${entry}`);
        if (k === 'rating' && /gif|sticker/.test(name) && !/^(y|g|pg|pg-13|r)$/i.test(entry))
          note('GIF rating not a grade', id, `${call}: ${key} ${entry}`);
      }
    }
    const named = Object.entries(object).find(
      ([key, value]) =>
        /^(name|meal|mealname|title|formatted|label|displayname)$/.test(norm(key)) && typeof value === 'string' && MEAL.test(value),
    );
    const typed = Object.entries(object).find(
      ([key, value]) => /^(type|mealtype|category)$/.test(norm(key)) && typeof value === 'string' && MEAL.test(value),
    );
    if (named && typed && MEAL.exec(named[1])[1].toLowerCase() !== MEAL.exec(typed[1])[1].toLowerCase())
      note('meal typed another meal', id, `${call}: ${named[1]} ${typed[1]}`);
  };
  const visit = (value) =>
    objects(value, (object) =>
      field(
        object,
        Object.keys(object).some((key) => /^(temp|temperature|precip|rh|humidity|clouds)$/.test(norm(key))),
      ),
    );
  visit(sent);
  visit(data);
}

for (const line of lines) {
  const record = JSON.parse(line);
  const id = record.id;
  const calls = new Map();
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) calls.set(call.id, call.function);
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined || !isObject(parsed.sent)) continue;
    const { data, sent } = parsed;
    const name = fn?.name ?? '';
    const call = `${name}(${JSON.stringify(sent).slice(0, 80)})`;
    quotes(id, call, data);
    distributions(id, call, data);
    filters(id, call, sent, data);
    ranges(id, call, sent, data);
    anyRange(id, call, sent, data);
    sizes(id, call, name, sent, data);
    currencies(id, call, name, sent, data);
    postcodes(id, call, sent, data);
    askedDay(id, call, sent, data);
    duplicates(id, call, data);
    deletes(id, call, name, data);
    subjects(id, call, sent, data);
    places(id, call, sent, data);
    genres(id, call, name, data);
    calledPlaces(id, call, sent);
    zones(id, call, sent, data);
    scales(id, call, sent, data);
    paths(id, call, name, data);
    fillers(id, call, name, sent, data);
  }
}

printDefects(defects, { count: lines.length, file, args });
