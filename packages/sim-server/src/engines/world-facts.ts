/** A result made consistent with its call, reality and the session: the order of the passes (each in its own world-*.ts file). */
import { relatedSearches } from './world-searches.js';
import { knownFacts } from './particle-facts.js';
import { athletesOfTheCall } from './values/sports-facts.js';
import { athleteStats, realMatchResult } from './values/real-things.js';
import { cityTimeZones } from './values/famous-records.js';
import { statusAgreesWithNumbers } from './world-status.js';
import { oneDirectory } from './world-directory.js';
import { eachObject } from '@inftool/core';
import { restaurantsByCuisine } from './world-restaurants.js';
import { textAndDistances } from './world-text.js';
import { providerServices } from './provider-services.js';
import { plausibleRelations } from './world-relations.js';
import { plausibleContent } from './world-content.js';
import { forecastsAhead, oneInstantPerRecord } from './world-moments.js';
import { datedKeys } from './world-dated-keys.js';
import { mediaThatFits } from './world-media.js';
import { oneOwnerPerRecord } from './world-accounts.js';
import { oneCurrencyPerHolding } from './world-currencies.js';
import { realRates } from './world-rates.js';
import { sentimentOfText } from './world-sentiment.js';
import { sumsThatHold } from './world-sums.js';
import { truePlaceRecords } from './place-records.js';
import { localThingNames } from './world-local-names.js';
import { rowsOfNamedThing } from './world-named-rows.js';
import { groundFacts, rememberFacts } from './world-biomedical-facts.js';
import { placeByCity, nameByArgument, placeKinds, distinctReadings } from './world-city-places.js';
import { obisRegisters, coherentNumbers } from './world-coherent-numbers.js';
import { honourDateRanges } from './world-date-ranges.js';
import { honourArguments } from './world-echo-arguments.js';
import { type SeenEntity, oneEntityPerId } from './world-entities.js';
import { type Json, norm } from './world-fact-basics.js';
import { distinctRecords, listLengths, recount, relationsOfSubject, momentsAsTimes, honourCutoffs } from './world-list-facts.js';
import { placeByPostcode, placeByCoordinates, placeByKnownPostcode } from './world-postcodes.js';
import { honourVersions } from './world-versions.js';

/** The session's entities a result is harmonised with: what was seen, the tool's entity, whether the call writes. */
interface HarmonizeEntities {
  seen: Map<string, SeenEntity>;
  entity: string;
  write: boolean;
  valid?: (value: Json) => boolean;
  topId?: string | number;
  /** Values the session's writes sent (world-tables.ts `sent`): kept as sent. */
  sent?: ReadonlySet<string>;
}

/** The call's own facts: texts and distances, arguments honoured, known and famous facts, moments, one entity per id. */
function callFacts(value: Json, args: Json, now: Date | undefined, entities: HarmonizeEntities | undefined, tool: string): void {
  textAndDistances(value, args);
  honourArguments(value, args);
  knownFacts(value, args);
  athletesOfTheCall(value, args);
  realMatchResult(value, args, now);
  athleteStats(value, args);
  providerServices(value, args, tool);
  if (now !== undefined) momentsAsTimes(value, now);
  datedKeys(value, args, now);
  if (entities !== undefined) oneEntityPerId(value, args, entities.seen, entities.entity, entities.write, entities.valid, entities.topId);
  distinctRecords(value);
  honourCutoffs(value, args);
  pickedFromSent(value, args);
}

/** Places of the call: named rows, post codes, coordinates, cities and their zones, restaurants, versions, one directory. */
function placesOfTheCall(
  value: Json,
  args: Json,
  memory: Map<string, Json>,
  context: string,
  entity: string | undefined,
  tool: string,
): void {
  rowsOfNamedThing(value, args, tool);
  placeByPostcode(value, args, context);
  placeByCoordinates(value, args);
  placeByKnownPostcode(value, args);
  placeByCity(value, args);
  cityTimeZones(value, args);
  truePlaceRecords(value);
  // a thing in Mumbai is not named "Dubai"
  localThingNames(value, args, tool);
  restaurantsByCuisine(value, args);
  nameByArgument(value, args, entity, tool);
  honourVersions(value, args);
  oneDirectory(value, args, tool, memory);
}

/**
 * What a call picks from a list it sent holds only members of that list: `filtered_stocks` of
 * `stocks: ["AMZN", "TSLA"]` (a field named for the sent list, with a word before it) lists AMZN or
 * TSLA, never AAPL; a stranger takes a sent member not listed yet, else is left out.
 */
function pickedFromSent(value: Json, args: Json): void {
  const lists = Object.entries(args).filter(
    (entry): entry is [string, string[]] =>
      Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every((item) => typeof item === 'string' && item !== ''),
  );
  if (lists.length === 0) return;
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (!Array.isArray(entry) || !entry.every((item) => typeof item === 'string')) continue;
      const sent = lists.find(([name]) => norm(key) !== norm(name) && norm(key).endsWith(norm(name)))?.[1];
      if (sent === undefined) continue;
      const spare = sent.filter((item) => !entry.includes(item));
      const picked = entry.flatMap((item) => (sent.includes(item as string) ? [item] : spare.length > 0 ? [spare.shift()] : []));
      object[key] = [...new Set(picked)];
    }
  });
}

/**
 * Makes a result consistent with its call, with reality and with what the session showed before:
 * arguments honoured, well-known identifiers' real facts, counts that add up, dates in order, the
 * same facts about an identifier every time. Works in place on a copy the caller validates.
 */
export function harmonizeResult(
  value: Json,
  args: Json,
  memory: Map<string, Json>,
  context = '',
  now?: Date,
  entities?: HarmonizeEntities,
  tool = '',
  write = entities?.write === true,
): Json {
  const lengths = listLengths(value);
  callFacts(value, args, now, entities, tool);
  placesOfTheCall(value, args, memory, context, entities?.entity, tool);
  const about = new WeakMap<object, string>();
  groundFacts(value, args, about);
  placeKinds(value);
  distinctReadings(value, args);
  coherentNumbers(value);
  statusAgreesWithNumbers(value);
  obisRegisters(value, args);
  honourDateRanges(value, args, write);
  oneCurrencyPerHolding(value, args, tool);
  realRates(value, args, tool);
  sentimentOfText(value, args);
  sumsThatHold(value, args);
  relatedSearches(value, args, tool);
  oneInstantPerRecord(value);
  forecastsAhead(value, now, args);
  relationsOfSubject(value, args);
  plausibleRelations(value);
  plausibleContent(value, args, entities?.sent);
  mediaThatFits(value);
  oneOwnerPerRecord(value);
  rememberFacts(value, memory, about);
  recount(value, lengths);
  return value;
}
