/**
 * Common abbreviations in API field and parameter names, and the words a person says for them
 * (`lat` → "latitude", `tz` → "time zone", `wind_spd` → "wind speed"). One list for every place a
 * name becomes words: request text, answers, labels.
 */
import { nameWords } from '../util/name-words.js';

/** An abbreviation (one lower-case word of a name) and what it stands for. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  // Places and time
  lat: 'latitude',
  lon: 'longitude',
  lng: 'longitude',
  long: 'longitude',
  elev: 'elevation',
  addr: 'address',
  tz: 'time zone',
  timezone: 'time zone',
  // Two words glued into one in API names and headings
  marketdata: 'market data',
  marketprice: 'market price',
  energyprice: 'energy price',
  loc: 'location',
  locs: 'locations',
  ctry: 'country',
  cc: 'country code',
  adm: 'administrative',
  dep: 'departure',
  arr: 'arrival',
  dest: 'destination',
  dist: 'distance',
  geo: 'location',
  dt: 'date',
  ts: 'timestamp',
  tstamp: 'timestamp',
  dob: 'date of birth',
  yr: 'year',
  yrs: 'years',
  wk: 'week',
  hr: 'hour',
  hrs: 'hours',
  min: 'minimum',
  mins: 'minutes',
  sec: 'seconds',
  secs: 'seconds',
  ms: 'milliseconds',
  msec: 'milliseconds',
  qtr: 'quarter',
  qtrs: 'quarters',
  freq: 'frequency',
  dur: 'duration',
  // Weather and measures
  temp: 'temperature',
  temps: 'temperatures',
  spd: 'speed',
  dir: 'direction',
  cdir: 'compass direction',
  pres: 'pressure',
  slp: 'sea level pressure',
  rh: 'relative humidity',
  vis: 'visibility',
  dewpt: 'dew point',
  precip: 'precipitation',
  ob: 'observation',
  obs: 'observations',
  aqi: 'air quality index',
  gsi: 'green power index',
  uv: 'UV index',
  wt: 'weight',
  ht: 'height',
  len: 'length',
  vol: 'volume',
  sz: 'size',
  param: 'parameter',
  params: 'parameters',
  // Amounts and statistics
  qty: 'quantity',
  amt: 'amount',
  avg: 'average',
  max: 'maximum',
  pct: 'percent',
  perc: 'percent',
  cnt: 'count',
  num: 'number',
  no: 'number',
  nr: 'number',
  bal: 'balance',
  cur: 'current',
  prev: 'previous',
  chg: 'change',
  approx: 'approximate',
  stats: 'statistics',
  calc: 'calculated',
  // People, organisations, things
  org: 'organization',
  orgs: 'organizations',
  dept: 'department',
  mgr: 'manager',
  emp: 'employee',
  cust: 'customer',
  acct: 'account',
  usr: 'user',
  fname: 'first name',
  lname: 'last name',
  tel: 'telephone',
  mkt: 'market',
  prod: 'product',
  txn: 'transaction',
  tx: 'transaction',
  ref: 'reference',
  repo: 'repository',
  proj: 'project',
  doc: 'document',
  docs: 'documents',
  img: 'image',
  imgs: 'images',
  pic: 'picture',
  desc: 'description',
  descr: 'description',
  msg: 'message',
  msgs: 'messages',
  src: 'source',
  dst: 'destination',
  lang: 'language',
  langs: 'languages',
  ttl: 'time to live',
  tld: 'top-level domain',
  cmd: 'command',
  prefs: 'preferences',
  pref: 'preference',
  config: 'configuration',
  cfg: 'configuration',
  env: 'environment',
  attr: 'attribute',
  attrs: 'attributes',
  info: 'information',
  pub: 'publication',
  ver: 'version',
  viol: 'violation',
  vio: 'violation',
  compl: 'compliance',
  flg: 'flag',
  svc: 'service',
  req: 'request',
  resp: 'response',
  auth: 'authorization',
  pwd: 'password',
  lvl: 'level',
  sys: 'system',
  intl: 'international',
  govt: 'government',
  grp: 'group',
  hq: 'headquarters',
};

/** Words written in capitals whatever case a name uses (their usual spelling where it is not all capitals). */
export const ACRONYMS: Readonly<Record<string, string>> = Object.fromEntries([
  ...'api id url uri sid guid uuid ip dns http https json xml csv pdf sms mms tse vat iban bic swift isbn issn ssn zip iso utc gmt gps sku faq html ssl tls efo eco ocpp vid md5 arn iata icao fips epa aws ceo cpu gpu ram dhi dni ghi rss mime eta ean upc gtin doi pmid pws sdwa snc uv'
    .split(' ')
    .map((word) => [word, word.toUpperCase()]),
  ['ids', 'IDs'],
  ['urls', 'URLs'],
  ['uris', 'URIs'],
  ['apis', 'APIs'],
  ['sha1', 'SHA-1'],
  ['sha256', 'SHA-256'],
  ['sha512', 'SHA-512'],
  ['co2', 'CO2'],
  ['kwh', 'kWh'],
  ['pm25', 'PM2.5'],
  ['pm10', 'PM10'],
]);

/** Two words that abbreviate together (`app_temp` is the apparent temperature, not an app's). */
const PAIRS: Readonly<Record<string, string>> = {
  'app temp': 'apparent temperature',
  // `app_max_temp` (Weatherbit's apparent, "feels like", high), `twitterFeedUsername` (a Twitter handle)
  'app max': 'apparent max',
  'app min': 'apparent min',
  'feed username': 'handle',
  // `timestamp_local`, `timestamp_utc`: the local time and the UTC time, never "its timestamp local is"
  'timestamp local': 'local time',
  'timestamp utc': 'utc time',
  'dew pt': 'dew point',
  'sea lvl': 'sea level',
  'e mail': 'email',
};

/** Qualifiers a name puts last that a person says first: `temp_max` → "maximum temperature". */
const LEADING = new Set(['minimum', 'maximum', 'average']);
/**
 * The words of a name with its abbreviations spelled out and its acronyms in capitals: `wind_spd` →
 * ["wind", "speed"], `temp_min` → ["minimum", "temperature"], `PageNo` → ["page", "number"],
 * `iata_code` → ["IATA", "code"]. `no` is "number" only after another word (`no_surface` keeps it);
 * `long` is "longitude" alone or after `lat` (`long_name` keeps it).
 */
export function spelledWords(name: string): string[] {
  return spellWords(nameWords(name));
}

/** `spelledWords` for a name already split into lower-case words. */
export function spellWords(split: readonly string[]): string[] {
  const words = [...split];
  // `num_pages` → "number of pages".
  const out: string[] = words.length > 1 && /^(num|nr)$/.test(words[0] as string) ? ['number', 'of'] : [];
  if (out.length > 0) words.shift();
  for (let at = 0; at + 1 < words.length; at += 1) {
    const pair = PAIRS[`${words[at] as string} ${words[at + 1] as string}`];
    if (pair !== undefined) words.splice(at, 2, ...pair.split(' '));
  }
  words.forEach((word, index) => {
    const plain =
      (word === 'no' && index === 0 && out.length === 0) ||
      (word === 'long' && words.length > 1 && !/^(lat|latitude)$/.test(words[index - 1] ?? ''));
    const full = plain ? undefined : ABBREVIATIONS[word];
    const glued = full === undefined && ACRONYMS[word] === undefined ? gluedId(word) : undefined;
    if (glued !== undefined) out.push(...spellWords([glued[0]]), glued[1]);
    else out.push(...(full ?? ACRONYMS[word] ?? word).split(' '));
  });
  // An expansion that ends with the next word says it once: `uv_index` → "UV index", not "UV index index".
  for (let at = out.length - 1; at > 0; at -= 1)
    if ((out[at] as string).toLowerCase() === (out[at - 1] as string).toLowerCase()) out.splice(at, 1);
  const last = out.at(-1) as string;
  if (out.length >= 2 && LEADING.has(last) && !LEADING.has(out.at(-2) as string)) return [last, ...out.slice(0, -1)];
  return out;
}

/** English words ending in "id" that are no noun glued to "id". */
const ENDS_IN_ID =
  /^(in)?valid|liquid|squid|android|hybrid|pyramid|orchid|(pre|post|un|over|under)?paid|mermaid|splendid|arachnid|insipid|intrepid|languid|forbid|outbid|humid|rapid|fluid|solid|avoid|acid|vivid|stupid|timid|lucid|rigid|candid|placid|morbid|putrid|rancid|tepid|pallid|afraid|braid|overlaid|inlaid|mislaid|void$/;

/** A noun glued to an id suffix (`messageid` → ["message", "ID"], `batchids` → ["batch", "IDs"]), or undefined. */
function gluedId(word: string): [string, string] | undefined {
  const match = /^([a-z]{4,}?)(id|ids|uuid|guid)$/.exec(word);
  if (match === null || ENDS_IN_ID.test(word) || !/[aeiouy]/.test(match[1] as string) || /^[a-z]*(u|gu)$/.test(match[1] as string))
    return undefined;
  return [match[1] as string, ACRONYMS[match[2] as string] as string];
}

/** A name in words, abbreviations spelled out: `wind_spd` → "wind speed", `tz` → "time zone", `PWSId` → "PWS ID". */
export function spelledName(name: string): string {
  return spelledWords(name).join(' ');
}
