import { eachObject, isJsonObject } from '@inftool/core';
import { CITIES } from './values/lexicon.js';

type Json = Record<string, unknown>;

/** Tools whose records are places themselves (a city search, a geocoder): a city's name is right there. */
const PLACE_TOOL =
  /(^|_)(cit(y|ies)|places?|locations?|geocod\w*|towns?|destinations?|airports?|regions?|countr(y|ies)|weather|autocomplete)(_|$)/;
/** Words of a tool name that say what it does, not what it finds. */
const VERB = /^(find|get|search|list|lookup|look|up|fetch|retrieve|nearest|nearby|near|closest|all|by|of|for|the|a|an|api|v\d+|\d+)$/;
const PLACE_KEY = /^(location|city|city_?name|town|address|near|place)$/i;
const QUALIFIERS = [
  'Central',
  'Riverside',
  'Old Town',
  'Harbour',
  'Station',
  'Market Street',
  'Northside',
  'Garden',
  'Parkview',
  'Hillside',
];

const cityOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const name = value.split(',')[0]!.trim().toLowerCase();
  return CITIES.find(([city]) => city.toLowerCase() === name)?.[0];
};
const placeIn = (object: Json): string | undefined =>
  Object.entries(object)
    .filter(([key]) => PLACE_KEY.test(key))
    .map(([, value]) => cityOf(value))
    .find((city) => city !== undefined);

/** What a tool finds, in title case (`parking_lot_find_nearest` → `Parking Lot`). */
function thingOf(tool: string): string | undefined {
  const words = tool
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !VERB.test(word));
  if (words.length === 0) return undefined;
  return words
    .slice(-2)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Kinds of place a record or call may name (`attractionType: "park"`), a better noun than the tool's. */
const KIND =
  /^(park|museum|garden|gallery|market|beach|zoo|theat(re|er)|stadium|church|cathedral|castle|palace|lake|tower|square|library|restaurant|cafe|hotel|mall|garage)$/i;
/** The kind of place a record or the call names, in title case, if one is a plain place noun. */
function kindOf(object: Json, args: Json): string | undefined {
  const kind = [...Object.entries(object), ...Object.entries(args)].find(
    ([key, value]) => /type$|^kind$|^category$/i.test(key) && typeof value === 'string' && KIND.test(value.trim()),
  )?.[1] as string | undefined;
  return kind === undefined ? undefined : kind.trim().charAt(0).toUpperCase() + kind.trim().slice(1).toLowerCase();
}

/** A number from a text, the same each time (so the same record is named alike on every call). */
const hashOf = (text: string): number => [...text].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);

/**
 * A thing in a city is named like a local thing, never after another city: a parking lot in Mumbai
 * called "Dubai", parks in Milan called "Miami" and "Vienna" are named for what they are
 * ("Riverside Parking Lot"). The city is the record's own place field, else the one the call asks.
 * Records of tools that find places themselves keep their names. Works in place.
 */
export function localThingNames(value: unknown, args: Json, tool: string): void {
  if (PLACE_TOOL.test(tool.toLowerCase())) return;
  const thing = thingOf(tool);
  const asked = placeIn(args);
  if (thing === undefined) return;
  eachObject(value, (object) => {
    const named = cityOf(object['name']);
    const local = placeIn(object) ?? asked;
    if (named === undefined || local === undefined || named === local || !isJsonObject(object)) return;
    const qualifier = QUALIFIERS[hashOf(`${String(object['id'] ?? '')}${named}`) % QUALIFIERS.length]!;
    object['name'] = `${qualifier} ${kindOf(object, args) ?? thing}`;
  });
}
