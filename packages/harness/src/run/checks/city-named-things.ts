import { eachObject } from '@inftool/core';
import { cityNamed } from './result-places.js';

type Json = Record<string, unknown>;

/** Tools whose records are places themselves (a city search, a geocoder), where a city's name is right. */
const PLACE_TOOL =
  /(^|_)(cit(y|ies)|places?|locations?|geocod\w*|towns?|destinations?|airports?|regions?|countr(y|ies)|weather|autocomplete)(_|$)/;
const PLACE_KEY = /^(location|city|city_?name|town|address|near|place)$/i;

const placeIn = (object: Json): string | undefined =>
  Object.entries(object)
    .filter(([key]) => PLACE_KEY.test(key))
    .map(([, value]) => cityNamed(value))
    .find((city) => city !== undefined);

/**
 * A thing in one city named after another city (`results_plausible`): a parking lot in Mumbai called
 * "Dubai", a park in Milan called "Miami". The city is the record's own place field, else the one the
 * call asks; records of tools that find places keep their names.
 */
export function cityNamedThings(tool: string, args: Json, data: unknown): string[] {
  if (PLACE_TOOL.test(tool.toLowerCase())) return [];
  const asked = placeIn(args);
  const problems: string[] = [];
  eachObject(data, (object) => {
    const named = cityNamed(object['name']);
    const local = placeIn(object) ?? asked;
    if (named !== undefined && local !== undefined && named !== local)
      problems.push(`a thing in ${local} is named "${String(object['name'])}", another city`);
  });
  return problems;
}
