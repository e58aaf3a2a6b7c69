import { sha256Hex, isJsonObject } from '@inftool/core';
import { routeTiming } from './route-timing.js';
import { CITIES } from './values/lexicon.js';

type Json = Record<string, unknown>;

/** Arguments that hold the words a search looks for in the records' text. */
const KEYWORD = /^(keyword|keywords|query|q|search_?term|search_?query|term|text_?query)$/i;
/** Fields that hold a record's own text (a tweet's `content`, a message's `message`). */
const TEXT_FIELD = /^(content|message|text|body|comment|snippet)$/i;

/** Sentences a post or a message about a subject is written in; `{}` is the subject searched for. */
const SENTENCES = [
  'Anyone else following the {} news this week?',
  'Quick update on {}: the first results look promising.',
  'Notes from today on {} are in the shared folder.',
  'Can we talk about {} at tomorrow’s stand-up?',
  'Just read a good write-up on {}, worth a look.',
  'Reminder: the {} review is on Thursday.',
];

/**
 * A search for words in the records' text (`search_tweets(keyword)`, `search_messages(keyword)`) finds
 * records whose text holds them: a record whose text does not is written about the keyword.
 */
function textCarriesKeyword(value: Json, args: Json): void {
  const keyword = Object.entries(args).find(
    ([key, argument]) => KEYWORD.test(key) && typeof argument === 'string' && argument.trim() !== '',
  )?.[1] as string | undefined;
  if (keyword === undefined) return;
  const wanted = keyword.trim().toLowerCase();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (!isJsonObject(item)) return walk(item);
        const field = Object.keys(item).find((key) => TEXT_FIELD.test(key) && typeof item[key] === 'string');
        if (field === undefined) return walk(item);
        if (Object.values(item).some((entry) => typeof entry === 'string' && entry.toLowerCase().includes(wanted))) return;
        const start = Number.parseInt(sha256Hex(`text\u0000${String(item['id'] ?? index)}\u0000${wanted}`).slice(0, 8), 16);
        item[field] = (SENTENCES[(start + index) % SENTENCES.length] as string).replace('{}', keyword.trim());
      });
    } else if (isJsonObject(node)) Object.values(node).forEach(walk);
  };
  walk(value);
}

/** Arguments that name the two ends of a trip (`cityA`/`cityB`, `origin`/`destination`, `city_1`/`city_2`). */
const END = /(city|origin|destination|from|to|start|end|source|target|departure|arrival|location|point|loc)(_?[a-z0-9])?$/i;
const DISTANCE = /^(distance|distance_?km|distance_?in_?km|km|distance_?miles|distance_?in_?miles|miles)$/i;
const VIA = /(intermediar|via|stops|waypoints)/i;

function knownCity(text: string): (typeof CITIES)[number] | undefined {
  const name = (text.split(',')[0] ?? '').trim().toLowerCase();
  // "Mexico City" is a city's whole name, "New York City" one with "City" added
  return CITIES.find(([city]) => city.toLowerCase() === name) ?? CITIES.find(([city]) => city.toLowerCase() === name.replace(/ city$/, ''));
}

/** Great-circle distance in km between two points given in degrees. */
export function haversineKm(latitude1: number, longitude1: number, latitude2: number, longitude2: number): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLatitude = radians(latitude2 - latitude1);
  const dLongitude = radians(longitude2 - longitude1);
  const a = Math.sin(dLatitude / 2) ** 2 + Math.cos(radians(latitude1)) * Math.cos(radians(latitude2)) * Math.sin(dLongitude / 2) ** 2;
  return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/**
 * The distance between two known cities the call names is theirs (great-circle, in km, or in miles
 * where the field or a `unit` argument says so), and the cities between them are neither end.
 */
function distanceBetweenCities(value: Json, args: Json): void {
  const ends = Object.entries(args)
    .filter(([key, argument]) => END.test(key) && typeof argument === 'string')
    .map(([, argument]) => knownCity(argument as string))
    .filter((city): city is (typeof CITIES)[number] => city !== undefined);
  const [from, to] = ends;
  if (from === undefined || to === undefined || from[0] === to[0]) return;
  const km = haversineKm(from[3], from[4], to[3], to[4]);
  const milesAsked = Object.entries(args).some(
    ([key, argument]) => /unit/i.test(key) && typeof argument === 'string' && /mi/i.test(argument),
  );
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'number' && DISTANCE.test(key)) {
      const miles = /mile/i.test(key) || (milesAsked && !/km/i.test(key));
      value[key] = Math.round((miles ? km / 1.609344 : km) * 10) / 10;
    } else if (Array.isArray(field) && VIA.test(key) && field.every((entry) => typeof entry === 'string'))
      value[key] = citiesOnTheWay(from, to, km, field.length);
  }
  routeTiming(value, args, km, from[2], to[2]);
}

type City = (typeof CITIES)[number];

/**
 * Cities a trip passes on its way (`intermediaryCities`): known cities, neither end, that add at most 3%
 * to the straight distance, nearest the start first; at most `count` of them, none when none lies
 * on the way (Mexico City is no stop between New York and San Francisco, Sydney none between Austin and Berlin).
 */
export function citiesOnTheWay(from: City, to: City, km: number, count: number): string[] {
  const leg = (a: City, b: City) => haversineKm(a[3], a[4], b[3], b[4]);
  return CITIES.filter((city) => city[0] !== from[0] && city[0] !== to[0] && leg(from, city) + leg(city, to) <= km * 1.03)
    .sort((a, b) => leg(from, a) - leg(from, b))
    .slice(0, count)
    .map((city) => city[0]);
}

/** Text and distances that fit the call: searched words in the records found, the real distance between two cities. */
export function textAndDistances(value: Json, args: Json): void {
  textCarriesKeyword(value, args);
  distanceBetweenCities(value, args);
}
