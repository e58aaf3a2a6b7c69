/** The place of a post code or of coordinates a call sends, in the records of its result. */
import { countryCode } from './country-codes.js';
import { isJsonObject, eachObject } from '@inftool/core';
import { CITIES } from './values/lexicon.js';
import { cityOfPostcode } from './values/places.js';
import { WRAPPER_KEY } from './world-entities.js';
import { type Json, flatArguments } from './world-fact-basics.js';

/** The main city of a German postcode's leading two digits, and its coordinates. */
const GERMAN_POSTCODE_CITIES: Record<string, [string, number, number]> = {
  '01': ['Dresden', 51.05, 13.74],
  '04': ['Leipzig', 51.34, 12.37],
  '06': ['Halle (Saale)', 51.48, 11.97],
  '07': ['Jena', 50.93, 11.59],
  '08': ['Zwickau', 50.72, 12.5],
  '09': ['Chemnitz', 50.83, 12.92],
  '10': ['Berlin', 52.52, 13.4],
  '12': ['Berlin', 52.52, 13.4],
  '13': ['Berlin', 52.52, 13.4],
  '14': ['Potsdam', 52.39, 13.06],
  '18': ['Rostock', 54.09, 12.1],
  '19': ['Schwerin', 53.63, 11.41],
  '20': ['Hamburg', 53.55, 9.99],
  '21': ['Hamburg', 53.55, 9.99],
  '22': ['Hamburg', 53.55, 9.99],
  '23': ['Lübeck', 53.87, 10.69],
  '24': ['Kiel', 54.32, 10.12],
  '26': ['Oldenburg', 53.14, 8.21],
  '28': ['Bremen', 53.08, 8.8],
  '30': ['Hannover', 52.37, 9.73],
  '33': ['Bielefeld', 52.02, 8.53],
  '34': ['Kassel', 51.31, 9.48],
  '37': ['Göttingen', 51.54, 9.93],
  '38': ['Braunschweig', 52.27, 10.52],
  '39': ['Magdeburg', 52.13, 11.62],
  '40': ['Düsseldorf', 51.23, 6.77],
  '42': ['Wuppertal', 51.26, 7.15],
  '44': ['Dortmund', 51.51, 7.47],
  '45': ['Essen', 51.46, 7.01],
  '47': ['Duisburg', 51.43, 6.76],
  '48': ['Münster', 51.96, 7.63],
  '50': ['Köln', 50.94, 6.96],
  '51': ['Köln', 50.94, 6.96],
  '52': ['Aachen', 50.78, 6.08],
  '53': ['Bonn', 50.74, 7.1],
  '54': ['Trier', 49.75, 6.64],
  '55': ['Mainz', 50.0, 8.27],
  '56': ['Koblenz', 50.36, 7.59],
  '60': ['Frankfurt am Main', 50.11, 8.68],
  '64': ['Darmstadt', 49.87, 8.65],
  '65': ['Wiesbaden', 50.08, 8.24],
  '66': ['Saarbrücken', 49.24, 6.99],
  '68': ['Mannheim', 49.49, 8.47],
  '69': ['Heidelberg', 49.4, 8.67],
  '70': ['Stuttgart', 48.78, 9.18],
  '74': ['Heilbronn', 49.14, 9.22],
  '76': ['Karlsruhe', 49.01, 8.4],
  '79': ['Freiburg im Breisgau', 47.99, 7.84],
  '80': ['München', 48.14, 11.58],
  '81': ['München', 48.14, 11.58],
  '86': ['Augsburg', 48.37, 10.9],
  '89': ['Ulm', 48.4, 9.99],
  '90': ['Nürnberg', 49.45, 11.08],
  '93': ['Regensburg', 49.01, 12.1],
  '94': ['Passau', 48.57, 13.43],
  '95': ['Bayreuth', 49.95, 11.58],
  '96': ['Bamberg', 49.89, 10.89],
  '97': ['Würzburg', 49.79, 9.95],
  '99': ['Erfurt', 50.98, 11.03],
};

/** A German postcode asked about (a tool about Germany, `zip: 10115`) places the result in its city: its `city` fields, and coordinates within about 15 km of it. */
export function placeByPostcode(value: Json, args: Json, context: string): void {
  if (!/german|germany|deutschland|postleitzahl|\bplz\b/i.test(context)) return;
  const postcode = Object.entries(flatArguments(args)).find(
    ([key, entry]) => /^(zip|zipcode|zip_?code|postcode|post_?code|postal_?code|plz)$/i.test(key) && /^\d{5}$/.test(String(entry)),
  )?.[1];
  const place = postcode === undefined ? undefined : GERMAN_POSTCODE_CITIES[String(postcode).slice(0, 2)];
  if (place === undefined) return;
  const [city, latitude, longitude] = place;
  // the generated coordinate's fraction keeps points apart, within ±0.12° of the city
  const near = (centre: number, generated: number): number =>
    Math.round((centre + (Math.abs(generated) % 1) * 0.24 - 0.12) * 10_000) / 10_000;
  eachObject(value, (object) => {
    for (const key of Object.keys(object))
      if (/^(city|town|city_?name|ort)$/i.test(key) && typeof object[key] === 'string') object[key] = city;
    const lat = Object.keys(object).find((key) => /^(lat|latitude)$/i.test(key) && typeof object[key] === 'number');
    const lon = Object.keys(object).find((key) => /^(lon|lng|long|longitude)$/i.test(key) && typeof object[key] === 'number');
    if (lat === undefined || lon === undefined) return;
    object[lat] = near(latitude, object[lat] as number);
    object[lon] = near(longitude, object[lon] as number);
  });
}

export const LATITUDE = /^(lat|latitude)$/i;
const LONGITUDE = /^(lon|lng|long|longitude)$/i;
const numberIn = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;

/** The known city at a point (within about 5 km), if any. */
export function cityAt(latitude: number, longitude: number): (typeof CITIES)[number] | undefined {
  return CITIES.find((entry) => Math.abs(entry[3] - latitude) < 0.05 && Math.abs(entry[4] - longitude) < 0.05);
}

/**
 * Coordinates asked about that are a known city's (`lat: 40.7128, lon: -74.006`) place the answering
 * record there: its city, state and country-code fields name New York, NY, US, not the spec's example
 * city. Items listed inside the record (stations, sources) keep their own places.
 */
export function placeByCoordinates(value: Json, args: Json): void {
  const flat = flatArguments(args);
  const latitude = numberIn(Object.entries(flat).find(([key]) => LATITUDE.test(key))?.[1]);
  const longitude = numberIn(Object.entries(flat).find(([key]) => LONGITUDE.test(key))?.[1]);
  if (latitude === undefined || longitude === undefined) return;
  const known = cityAt(latitude, longitude);
  if (known !== undefined) placeRecordAt(value, known, false);
}

/**
 * A post code asked about that is a known city's (`27601`, `M1 1AE`) places the answering record
 * there, coordinates too: a forecast for Raleigh's post code is Raleigh's, not the spec's example city.
 */
export function placeByKnownPostcode(value: Json, args: Json): void {
  const code = Object.entries(flatArguments(args)).find(([key]) => POSTCODE_KEY.test(key))?.[1];
  if (typeof code !== 'string' && typeof code !== 'number') return;
  const country = Object.entries(flatArguments(args)).find(([key]) => /^country(_?code)?$/i.test(key))?.[1];
  const known = cityOfPostcode(String(code), typeof country === 'string' ? countryCode(country) : undefined);
  if (known !== undefined) placeRecordAt(value, known, true);
}
const POSTCODE_KEY = /^(zip|zipcode|zip_?code|postcode|post_?code|postal_?code|postalCode)$/i;

/** The record (and the records it wraps) names `known`'s city, state and country; its own coordinates too with `coordinates`. */
function placeRecordAt(value: Json, known: (typeof CITIES)[number], coordinates: boolean): void {
  const [city, state, country, latitude, longitude] = known;
  const place = (object: Json): void => {
    for (const key of Object.keys(object)) {
      const current = object[key];
      if (typeof current !== 'string') continue;
      if (/^(city|town|city_?name|cityName)$/i.test(key)) object[key] = city;
      else if (/^(country_?code|countryCode)$/i.test(key) || (/^country$/i.test(key) && /^[A-Z]{2}$/.test(current))) object[key] = country;
      else if (
        /^(state|state_?code|stateCode|region|province)$/i.test(key) &&
        (/^[A-Z]{2}$/.test(current) ? /^[A-Z]{2}$/.test(state) : true)
      )
        object[key] = state;
      else if (coordinates && LATITUDE.test(key) && numberIn(current) !== undefined) object[key] = String(latitude);
      else if (coordinates && LONGITUDE.test(key) && numberIn(current) !== undefined) object[key] = String(longitude);
    }
    if (!coordinates) return;
    for (const key of Object.keys(object))
      if (typeof object[key] === 'number' && LATITUDE.test(key)) object[key] = latitude;
      else if (typeof object[key] === 'number' && LONGITUDE.test(key)) object[key] = longitude;
  };
  const walk = (node: unknown, top: boolean): void => {
    if (!isJsonObject(node)) return;
    place(node);
    if (top) for (const [key, child] of Object.entries(node)) if (WRAPPER_KEY.test(key)) walk(child, true);
  };
  walk(value, true);
}
