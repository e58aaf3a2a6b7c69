// Counts call arguments of a run's ACCEPTED records that disagree with each other or with what their
// parameter means: a city that repeats the country argument (`Melbourne, AU` with `country: AU`), a post
// code or an airport of another place than the call's city or country, a position "in FEN" or a
// coordinates pair sent as something else, a fractional number of days, a book search's library named
// after a software package, and an optional argument sent at its schema default that the user never
// mentioned, an ARN or a BIC that is none, political parties as a contract's parties, an empty
// object, a search of a tool not about places with a city appended. Independent of the checks and of the generator: its own plain detectors and small tables.
// Run: node bench/argument-defects.mjs RUN_DIR [--examples N] [--json]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDefectRun, createDefects, isObject, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('argument-defects');
const { defects, note } = createDefects(exampleCount);
const runDirectory = dirname(file);

const AIRPORTS = {
  JFK: 'US',
  LAX: 'US',
  SFO: 'US',
  MUC: 'DE',
  FRA: 'DE',
  LHR: 'GB',
  CDG: 'FR',
  MAD: 'ES',
  ZRH: 'CH',
  HND: 'JP',
  SYD: 'AU',
};
const POSTCODES = {
  10115: 'berlin',
  75001: 'paris',
  20121: 'milan',
  '00184': 'rome',
  10001: 'new york',
  'M1 1AE': 'manchester',
  'SW1A 1AA': 'london',
};
const PACKAGES = /^(numpy|pandas|lodash|requests|react|django|flask|express|scipy|matplotlib)$/i;
const FEN = /^([pnbrqkPNBRQK1-8]{1,8}\/){7}[pnbrqkPNBRQK1-8]{1,8} [wb] /;
const POLITICAL = /^(Democratic|Republican|Independent|Green|Libertarian)$/;
const PLACE_TOOL = /\b(places?|maps?|hotels?|restaurants?|travel|weather|locations?|cit(y|ies))\b/i;
const COUNTRY_KEY = /^(country|country_?code|countryCode)$/;

const toolCache = new Map();
function toolsOf(record) {
  const reference = record.tools?.$ref;
  if (reference === undefined) return Array.isArray(record.tools) ? record.tools : [];
  if (!toolCache.has(reference)) toolCache.set(reference, JSON.parse(readFileSync(join(runDirectory, reference), 'utf8')));
  return toolCache.get(reference);
}

function placeParts(id, call, sent) {
  const country = Object.entries(sent).find(([key]) => COUNTRY_KEY.test(key))?.[1];
  const city = typeof sent.city === 'string' ? sent.city : undefined;
  if (city !== undefined && /,\s*\S/.test(city) && country !== undefined) note('city repeats the country argument', id, `${call}`);
  const code = sent.keyword ?? sent.iata ?? sent.airport;
  if (typeof code === 'string' && AIRPORTS[code] && typeof country === 'string' && country.length === 2 && AIRPORTS[code] !== country)
    note('airport of another country', id, call);
  const postcode = sent.postal_code ?? sent.postcode ?? sent.zip ?? sent.zipcode;
  const owner = postcode === undefined ? undefined : POSTCODES[String(postcode)];
  if (owner !== undefined && city !== undefined && city.split(',')[0].trim().toLowerCase() !== owner)
    note('post code of another city', id, call);
}

function meanings(id, call, sent, tool, said) {
  const properties = tool?.parameters?.properties ?? {};
  const required = new Set(tool?.parameters?.required ?? []);
  for (const [name, value] of Object.entries(sent)) {
    const description = String(properties[name]?.description ?? '');
    if (/\bFEN\b|Forsyth/.test(description) && !(typeof value === 'string' && FEN.test(value))) note('position not in FEN', id, call);
    if (/\bcoordinates\b/i.test(description) && !/^(lat|lon|lng|latitude|longitude)$/i.test(name) && typeof value === 'number')
      note('coordinates as one number', id, call);
    if (/^(days|nights|weeks|months|num_days|number_of_days)$/.test(name) && typeof value === 'number' && !Number.isInteger(value))
      note('fractional count of days', id, call);
    if (/^library$/i.test(name) && typeof value === 'string' && PACKAGES.test(value) && /\bbooks?\b/i.test(tool?.description ?? ''))
      note('book library named after a package', id, call);
    if (/arn$/i.test(name) && typeof value === 'string' && !value.startsWith('arn:')) note('ARN that is no ARN', id, call);
    if (/\bBIC(FI)?\b/.test(description) && typeof value === 'string' && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value))
      note('BIC that is no bank code', id, call);
    if (/^parties$/.test(name) && Array.isArray(value) && value.some((party) => POLITICAL.test(String(party))))
      note('political parties as contract parties', id, call);
    if (isObject(value) && Object.keys(value).length === 0) note('empty object argument', id, `${call} ${name}`);
    if (
      /^(q|query|phrase|keyword)$/.test(name) &&
      typeof value === 'string' &&
      / in [A-Z][a-z]+$/.test(value) &&
      !PLACE_TOOL.test(tool?.description ?? '')
    )
      note('search with a city appended', id, call);
    const property = properties[name];
    if (
      !required.has(name) &&
      property !== undefined &&
      'default' in property &&
      JSON.stringify(property.default) === JSON.stringify(value)
    ) {
      const spoken = typeof value === 'number' ? new RegExp(`(^|[^\\d.])${String(value).replace('.', '\\.')}(?![\\d])`) : null;
      if (spoken === null ? !said.toLowerCase().includes(String(value).toLowerCase()) : !spoken.test(said))
        note('unasked default sent', id, `${call} ${name}=${JSON.stringify(value)}`);
    }
  }
}

for (const line of lines) {
  const record = JSON.parse(line);
  const id = record.id;
  const tools = new Map(toolsOf(record).map((tool) => [tool.name, tool]));
  let said = '';
  for (const message of record.messages ?? []) {
    if (message.role === 'user') said += ` ${message.content ?? ''}`;
    for (const toolCall of message.tool_calls ?? []) {
      let sent;
      try {
        sent = JSON.parse(toolCall.function.arguments);
      } catch {
        continue;
      }
      if (!isObject(sent)) continue;
      const call = `${toolCall.function.name}(${JSON.stringify(sent).slice(0, 120)})`;
      placeParts(id, call, sent);
      meanings(id, call, sent, tools.get(toolCall.function.name), said);
    }
  }
}

printDefects(defects, { count: lines.length, file, args });
