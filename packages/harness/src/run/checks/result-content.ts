import { evidenceTypeClash } from '@inftool/sim-server';
import type { ReviewedCall } from './conversation.js';
import { disagreements } from './result-agreement.js';
import { incoherentRecords } from './record-coherence.js';
import { impossibleWeather } from './weather-physics.js';
import { impossibleSunlight } from './sunlight.js';
import { sportFiguresOfGames } from './game-kinds.js';
import { eachObject, isJsonObject } from '@inftool/core';

/**
 * Values in a result a domain expert would not believe (`results_plausible`), each judged from the
 * record alone with this file's own small tables, independent of the generator: a count out of range
 * for what it counts (2,410,579 genes), an instant in a block of counts (`{added: 17, updated:
 * 1761431880}`), a file size its type never has (a 69 MB `kernel32.dll`), a disease id outside its
 * ontology (`6303756`), a gene symbol recorded as a disease, a genetics evidence whose datatype is not
 * its datasource's (Open Targets' own datasource → datatype table, `EVIDENCE_SOURCE_TYPE`, shared with the generator), an ECDSA P-256 signature written as 32 bytes of hex, signed data that decodes to a sentence,
 * weather no sky makes (humidity 132%, min above max, dew point above the air, snow at 24 °C, sea-level
 * pressure 39.1, 19.6 → -1.5 °C between two readings), and a result that does not fit its call or
 * contradicts itself (`result-agreement.ts`).
 */
type Json = Record<string, unknown>;

/** The most of each noun any dataset holds: human genes and Open Targets' targets (~63k), diseases (~28k), approved and clinical drugs. */
const NOUN_MAX: Record<string, number> = {
  gene: 80_000,
  target: 80_000,
  disease: 40_000,
  phenotype: 40_000,
  drug: 25_000,
  datasource: 60,
  country: 250,
  continent: 7,
};
const nounOf = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/^(num|number_of|total|count_of|n)_/, '')
    .replace(/_(count|total|number)$/, '')
    .replace(/^data_source$/, 'datasource')
    .replace(/s$/, '');
const isInstant = (value: number): boolean => (value >= 1e9 && value < 4e9) || (value >= 1e12 && value < 4e12);

function countProblems(object: Json): string[] {
  const problems: string[] = [];
  const tallies = Object.entries(object).filter(([key, value]) => /^[a-z]+ed$/i.test(key) && Number.isInteger(value));
  for (const [key, raw] of Object.entries(object)) {
    const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value)) continue;
    const max = NOUN_MAX[nounOf(key)];
    if (max !== undefined && value > max) problems.push(`${key} ${value} is more ${nounOf(key)}s than exist`);
    if (isInstant(value) && /^[a-z]+ed$/i.test(key) && tallies.some(([other, count]) => other !== key && (count as number) < 1e6))
      problems.push(`${key} ${value} is an instant among counts`);
  }
  return problems;
}

/** Sizes no file of the type has (lenient: a reviewer's eye, not a catalogue). */
const FILE_LIMITS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/\.(dll|sys|so(\.\d+)*|dylib)$/i, 1_000, 40_000_000],
  [/\.(min\.)?js$|\.css$/i, 100, 5_000_000],
  [/\.(pdf|docx?|xlsx?|pptx?)$/i, 1_000, 100_000_000],
];
function fileProblems(object: Json): string[] {
  const name = Object.entries(object).find(([key, value]) => /^(file_?name|filename|name)$/i.test(key) && typeof value === 'string')?.[1];
  const size = Object.entries(object).find(
    ([key, value]) => /^(file_?size|size|size_?bytes|bytes)$/i.test(key) && Number.isInteger(value),
  )?.[1];
  if (typeof name !== 'string' || typeof size !== 'number') return [];
  const limits = FILE_LIMITS.find(([pattern]) => pattern.test(name));
  return limits !== undefined && (size < limits[1] || size > limits[2]) ? [`${name} of ${size} bytes`] : [];
}

const GENE_SYMBOLS = new Set([
  'BRCA1',
  'BRCA2',
  'TP53',
  'EGFR',
  'KRAS',
  'BRAF',
  'APOE',
  'PCSK9',
  'IL6',
  'TNF',
  'CFTR',
  'ESR1',
  'ERBB2',
  'JAK2',
]);
function ontologyProblems(object: Json): string[] {
  const problems: string[] = [];
  const kind = String(object['entity_type'] ?? object['entityType'] ?? '').toLowerCase();
  const id = object['id'];
  if (kind === 'disease' && /^\d+$/.test(String(id)))
    problems.push(`disease ${String(object['name'])} has id ${String(id)}, not an ontology id`);
  if (/^(target|gene)$/.test(kind) && /^(EFO|MONDO|Orphanet|HP)_\d+$/.test(String(id)))
    problems.push(`target ${String(object['name'])} has the disease ontology id ${String(id)}`);
  const name = typeof object['name'] === 'string' ? object['name'].toUpperCase() : '';
  if (GENE_SYMBOLS.has(name) && (kind === 'disease' || /^(EFO|MONDO)$/.test(String(object['ontology'])) || 'associated_targets' in object))
    problems.push(`gene ${name} recorded as a disease`);
  const source = object['datasource'] ?? object['datasourceId'];
  const type = object['datatype'] ?? object['datatypeId'];
  if (evidenceTypeClash(source, type)) problems.push(`evidence from ${String(source)} typed ${String(type)}`);
  return problems;
}

const P256_KEY = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE';
const SENTENCE = /^[A-Z][a-z]+( [a-z0-9,'-]+){3,}[.!]$/;
function signatureProblems(object: Json): string[] {
  const problems: string[] = [];
  const key = Object.entries(object).find(([field, value]) => /public_?key|pubkey/i.test(field) && typeof value === 'string')?.[1];
  const signature = object['signature'];
  if (typeof key === 'string' && key.includes(P256_KEY) && typeof signature === 'string' && /^[0-9a-f]{64}$/i.test(signature))
    problems.push('an ECDSA P-256 signature of 32 bytes in hex (it has 64 bytes)');
  if (typeof key === 'string' || typeof signature === 'string')
    for (const field of ['raw', 'data', 'payload', 'signed_data']) {
      const value = object[field];
      if (typeof value !== 'string' || !/^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) continue;
      if (SENTENCE.test(Buffer.from(value, 'base64').toString('utf8'))) problems.push(`signed ${field} that decodes to a sentence`);
    }
  return problems;
}

/** Plan and ticket tiers: the kind of a plan, never of an organism, a fuel or a bill's action. */
const TIER = /^(standard|premium|general|business|personal)$/i;
/** Nouns whose kinds are things of their own (a fuel is diesel, an organism a bacterium, an action a passage). */
const KINDED =
  /^(organism|fuel|room|case|crime|complaint|cell|soil|plant|instrument|vehicle|car|property|building|incident|neuron|energy|paint|food|cuisine|meal|species|game|sport|event|attraction|artwork|scale|strategy|action|vote|motion|download|legislative_session|sponsorship|media|document|slope|sequence|oven|crop|insurance|flight|lawsuit|law|personality|root|enemy|participant|related_entity|related_bill)$/;
const singular = (noun: string): string => noun.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
const snakeOf = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');

/** The noun whose kind `key` names: `fuel_type` → fuel; a bare `classification` of `actions[]` → action. */
function kindedNoun(key: string, holder: string): string | undefined {
  const snake = snakeOf(key);
  const own = /^(.+?)_(type|types|class|category|kind|classification)$/.exec(snake)?.[1]?.replace(/_(data|entity|relation)$/, '');
  const bare = /^(type|kind|classification|data_type|entity_type|relation_type|category)$/.test(snake);
  const noun = own !== undefined && !/^(data|entity|relation)$/.test(own) ? own : bare || own !== undefined ? snakeOf(holder) : undefined;
  return noun === undefined || noun === '' ? undefined : singular(noun);
}

/** Tier words (`premium`, `personal`) given as the kind of a thing that has kinds of its own, in a value sent or answered. */
export function tierWordsForKinds(value: unknown, holder = ''): string[] {
  const problems: string[] = [];
  if (Array.isArray(value)) for (const entry of value) problems.push(...tierWordsForKinds(entry, holder));
  else if (isJsonObject(value))
    for (const [key, entry] of Object.entries(value)) {
      const words = (Array.isArray(entry) ? entry : [entry]).filter((word): word is string => typeof word === 'string' && TIER.test(word));
      const noun = words.length > 0 ? kindedNoun(key, holder) : undefined;
      if (noun !== undefined && KINDED.test(noun)) problems.push(`${key} "${words[0] as string}" is no kind of ${noun.replace(/_/g, ' ')}`);
      else if (typeof entry === 'object' && entry !== null) problems.push(...tierWordsForKinds(entry, key));
    }
  return problems;
}

/** Weather fields by name (lower-case, letters only) and how a meteorologist bounds them. */
const WEATHER = {
  temp: /^(temp|temperature|airtemp(erature)?|temp[cf])$/,
  min: /^(mintemp|tempmin|temperaturemin|mintemperature|lowtemp|templow)$/,
  max: /^(maxtemp|tempmax|temperaturemax|maxtemperature|hightemp|temphigh)$/,
  appMin: /^(appmintemp|feelslikemin|apparenttemperaturemin)$/,
  appMax: /^(appmaxtemp|feelslikemax|apparenttemperaturemax)$/,
  dew: /^(dewpt|dewpoint|dew)$/,
  percent: /^(rh|humidity|relativehumidity|clouds|cloudcover|cloudiness)$/,
  seaPressure: /^(slp|sealevelpressure|pressuremsl|mslp)$/,
  pressure: /^(pres|pressure|stationpressure)$/,
  snow: /^(snow|snowdepth|snowfall)$/,
  apparent: /^(apptemp|feelslike|apparenttemperature|windchill|heatindex)$/,
};
/** How far what the air feels like may be from what it is, per scale (wind chill and humidity move it, not by 40 degrees). */
const APPARENT_LIMIT = { C: 15, F: 27, K: 15 };
const COLD_FALL = /^(snow|ice pellets|ice_pellets|sleet|hail|freezing rain|freezing_rain|freezing drizzle)$/i;
/** Freezing with a margin (wet snow falls a little above 0 °C), per scale; and the largest believable step between readings. */
const SNOW_LIMIT = { C: 2, F: 35, K: 275.2 };
const STEP_LIMIT = { C: 12, F: 22, K: 12 };
type Scale = keyof typeof SNOW_LIMIT;
const scaleOf = (args: unknown): Scale => {
  const asked = isJsonObject(args) ? Object.entries(args).find(([key]) => /^(units?|unit_?group)$/i.test(key))?.[1] : undefined;
  if (typeof asked !== 'string') return 'C';
  return /^(i|imperial|us|f|fahrenheit)$/i.test(asked) ? 'F' : /^(s|scientific|k|kelvin)$/i.test(asked) ? 'K' : 'C';
};
const field = (object: Json, pattern: RegExp): [string, number] | undefined =>
  Object.entries(object).find(
    (entry): entry is [string, number] => pattern.test(entry[0].toLowerCase().replace(/[^a-z]/g, '')) && typeof entry[1] === 'number',
  );
const reading = (object: Json): [string, number] | undefined => field(object, WEATHER.temp) ?? field(object, WEATHER.max);

/** A record with a temperature and another weather field (humidity, clouds, dew point or pressure). */
function isWeather(object: Json): boolean {
  const keys = Object.keys(object).map((key) => key.toLowerCase().replace(/[^a-z]/g, ''));
  const other = [WEATHER.percent, WEATHER.dew, WEATHER.pressure, WEATHER.seaPressure];
  return reading(object) !== undefined && keys.some((key) => other.some((pattern) => pattern.test(key)));
}

function pressureProblem([key, value]: [string, number], low: number, scale: Scale): string[] {
  const hectopascals = value >= low && value <= 1085;
  const inches = scale === 'F' && value >= 25 && value <= 32.1;
  return hectopascals || inches ? [] : [`${key} ${value} is no air pressure`];
}

function weatherProblems(object: Json, scale: Scale): string[] {
  const temp = reading(object);
  if (temp === undefined || !isWeather(object)) return [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(object))
    if (typeof value === 'number' && WEATHER.percent.test(key.toLowerCase().replace(/[^a-z]/g, '')) && (value < 0 || value > 100))
      problems.push(`${key} ${value} is not a percent`);
  const [min, max, appMin, appMax, dew] = [WEATHER.min, WEATHER.max, WEATHER.appMin, WEATHER.appMax, WEATHER.dew].map((pattern) =>
    field(object, pattern),
  );
  const current = field(object, WEATHER.temp);
  if (min && max && min[1] > max[1]) problems.push(`${min[0]} ${min[1]} above ${max[0]} ${max[1]}`);
  if (current && min && current[1] < min[1]) problems.push(`${current[0]} ${current[1]} below ${min[0]} ${min[1]}`);
  if (current && max && current[1] > max[1]) problems.push(`${current[0]} ${current[1]} above ${max[0]} ${max[1]}`);
  if (appMin && appMax && appMin[1] > appMax[1]) problems.push(`${appMin[0]} ${appMin[1]} above ${appMax[0]} ${appMax[1]}`);
  const air = current ?? max;
  if (dew && air && dew[1] > air[1] + 0.5) problems.push(`${dew[0]} ${dew[1]} above ${air[0]} ${air[1]}`);
  const snow = field(object, WEATHER.snow);
  const coldest = (current ?? min ?? temp)[1];
  if (snow && snow[1] > 0 && coldest > SNOW_LIMIT[scale]) problems.push(`${snow[0]} ${snow[1]} at ${coldest}°${scale}`);
  const uv = field(object, /^(uv|uvindex|uvi|maxuv)$/);
  if (uv && (uv[1] < 0 || uv[1] > 16)) problems.push(`${uv[0]} ${uv[1]} is no UV index`);
  const rain =
    field(object, /^(precip|precipitation|rain|rainfall)$/) ??
    (isJsonObject(object['precipitation']) ? field(object['precipitation'], /^total$/) : undefined);
  if (rain && rain[1] > (scale === 'F' ? 4 : 100)) problems.push(`${rain[0]} ${rain[1]} of rain in one reading`);
  const apparent = field(object, WEATHER.apparent);
  if (apparent && current && Math.abs(apparent[1] - current[1]) > APPARENT_LIMIT[scale])
    problems.push(`${apparent[0]} ${apparent[1]} beside ${current[0]} ${current[1]}`);
  const fall =
    Object.entries(object).find(([key]) => /^precip(itation)?_?type$/i.test(key))?.[1] ??
    (isJsonObject(object['precipitation']) ? object['precipitation']['type'] : undefined);
  if (typeof fall === 'string' && COLD_FALL.test(fall) && coldest > SNOW_LIMIT[scale]) problems.push(`${fall} at ${coldest}°${scale}`);
  const sea = field(object, WEATHER.seaPressure);
  const station = field(object, WEATHER.pressure);
  if (sea) problems.push(...pressureProblem(sea, 870, scale));
  if (station) problems.push(...pressureProblem(station, 300, scale));
  return problems;
}

/** Consecutive readings of a list of weather records that jump further than weather does between two readings. */
function weatherSteps(list: unknown[], scale: Scale): string[] {
  const readings = list.filter(isJsonObject).map((object) => (isWeather(object) ? reading(object) : undefined));
  const problems: string[] = [];
  for (let index = 1; index < readings.length; index++) {
    const [before, after] = [readings[index - 1], readings[index]];
    if (before && after && Math.abs(after[1] - before[1]) > STEP_LIMIT[scale])
      problems.push(`${before[0]} ${before[1]} then ${after[1]} in the next reading`);
  }
  return problems;
}

function weatherOf(value: unknown, scale: Scale, problems: string[]): void {
  if (Array.isArray(value)) {
    if (value.filter((entry) => isJsonObject(entry) && isWeather(entry)).length > 1) problems.push(...weatherSteps(value, scale));
    value.forEach((entry) => weatherOf(entry, scale, problems));
  } else if (isJsonObject(value)) {
    problems.push(...weatherProblems(value, scale));
    Object.values(value).forEach((entry) => weatherOf(entry, scale, problems));
  }
}

/** The implausible values of one call's result, each named with the tool. */
export function implausibleContent(call: ReviewedCall): string[] {
  if (call.rejected) return [];
  // what was sent is judged too: `organism_type: "business"` is no more a request than a result
  const problems: string[] = typeof call.arguments === 'object' ? tierWordsForKinds(call.arguments) : [];
  if (call.isError || call.data === undefined) return [...new Set(problems)].map((problem) => `${call.chatName}: ${problem}`);
  problems.push(...tierWordsForKinds(call.data));
  eachObject(call.data, (object) => {
    problems.push(...countProblems(object), ...fileProblems(object), ...ontologyProblems(object), ...signatureProblems(object));
  });
  weatherOf(call.data, scaleOf(call.arguments), problems);
  // weather the place and moment do not allow (272 K in Seattle in June, UV at night, an AQI below its PM2.5's)
  problems.push(...impossibleWeather(call), ...impossibleSunlight(call), ...sportFiguresOfGames(call));
  // a result that does not fit its call or contradicts itself (a quote for another symbol, a distribution that is not its count)
  problems.push(...disagreements(call));
  // fields of one record that contradict each other (a 5-star review that complains, a count that is not its rows)
  problems.push(...incoherentRecords(call));
  return [...new Set(problems)].map((problem) => `${call.chatName}: ${problem}`);
}
