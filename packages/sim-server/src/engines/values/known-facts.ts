import { memoryKeyOfValue } from './fitting-strings.js';
import { listedArguments } from '../world-rates.js';
import { booksBy, workTitled } from './famous-facts.js';
import { CITIES, COUNTRIES } from './lexicon.js';
import { sportsThatAgree } from './sports-facts.js';
import { facesOnTheDie } from '../compute-chance.js';

/**
 * What the world knows of famous things a user names: a battle's year and place, an artwork's maker.
 * Arguments drawn one by one would ask for the Battle of Gettysburg in 1872 in Austin; a call that names
 * one of these things takes its other arguments from it.
 */
interface KnownThing {
  year: number;
  location?: string;
  country?: string;
  maker?: string;
}

const KNOWN: Readonly<Record<string, KnownThing>> = {
  'battle of gettysburg': { year: 1863, location: 'Gettysburg, Pennsylvania', country: 'United States' },
  'battle of waterloo': { year: 1815, location: 'Waterloo, Belgium', country: 'Belgium' },
  'battle of hastings': { year: 1066, location: 'Hastings, England', country: 'United Kingdom' },
  'battle of stalingrad': { year: 1942, location: 'Stalingrad', country: 'Russia' },
  'battle of normandy': { year: 1944, location: 'Normandy, France', country: 'France' },
  'battle of thermopylae': { year: -480, location: 'Thermopylae, Greece', country: 'Greece' },
  'battle of trafalgar': { year: 1805, location: 'Cape Trafalgar, Spain', country: 'Spain' },
  'battle of agincourt': { year: 1415, location: 'Agincourt, France', country: 'France' },
  'battle of midway': { year: 1942, location: 'Midway Atoll', country: 'United States' },
  'battle of the somme': { year: 1916, location: 'Somme, France', country: 'France' },
  'the civil war': { year: 1861, location: 'United States', country: 'United States' },
  'world war ii': { year: 1939, location: 'Europe' },
  'the moon landing': { year: 1969, location: 'Sea of Tranquility', country: 'United States' },
  'the great depression': { year: 1929, location: 'United States', country: 'United States' },
  'the signing of the declaration of independence': { year: 1776, location: 'Philadelphia, Pennsylvania', country: 'United States' },
  'the fall of the berlin wall': { year: 1989, location: 'Berlin, Germany', country: 'Germany' },
  'treaty of versailles': { year: 1919, location: 'Versailles, France', country: 'France' },
  'treaty of lisbon': { year: 2007, location: 'Lisbon, Portugal', country: 'Portugal' },
  'treaty of amsterdam': { year: 1997, location: 'Amsterdam, Netherlands', country: 'Netherlands' },
  'treaty of paris': { year: 1783, location: 'Paris, France', country: 'France' },
  'the kiss': { year: 1882, location: 'Paris, France', country: 'France', maker: 'Auguste Rodin' },
  'the thinker': { year: 1904, location: 'Paris, France', country: 'France', maker: 'Auguste Rodin' },
  david: { year: 1504, location: 'Florence, Italy', country: 'Italy', maker: 'Michelangelo' },
  'the starry night': { year: 1889, location: 'New York, NY', country: 'United States', maker: 'Vincent van Gogh' },
  'mona lisa': { year: 1503, location: 'Paris, France', country: 'France', maker: 'Leonardo da Vinci' },
  'the last supper': { year: 1498, location: 'Milan, Italy', country: 'Italy', maker: 'Leonardo da Vinci' },
  'girl with a pearl earring': { year: 1665, location: 'The Hague, Netherlands', country: 'Netherlands', maker: 'Johannes Vermeer' },
  guernica: { year: 1937, location: 'Madrid, Spain', country: 'Spain', maker: 'Pablo Picasso' },
  'the persistence of memory': { year: 1931, location: 'New York, NY', country: 'United States', maker: 'Salvador Dalí' },
  'water lilies': { year: 1906, location: 'Paris, France', country: 'France', maker: 'Claude Monet' },
  // landmark cases, decided by the U.S. Supreme Court in Washington (Apple v. Samsung tried in San Jose)
  'brown v. board of education': { year: 1954, location: 'Washington, D.C.', country: 'United States' },
  'roe v. wade': { year: 1973, location: 'Washington, D.C.', country: 'United States' },
  'miranda v. arizona': { year: 1966, location: 'Washington, D.C.', country: 'United States' },
  'marbury v. madison': { year: 1803, location: 'Washington, D.C.', country: 'United States' },
  'gideon v. wainwright': { year: 1963, location: 'Washington, D.C.', country: 'United States' },
  'obergefell v. hodges': { year: 2015, location: 'Washington, D.C.', country: 'United States' },
  'plessy v. ferguson': { year: 1896, location: 'Washington, D.C.', country: 'United States' },
  'citizens united v. fec': { year: 2010, location: 'Washington, D.C.', country: 'United States' },
  'loving v. virginia': { year: 1967, location: 'Washington, D.C.', country: 'United States' },
  'apple inc. v. samsung electronics co.': { year: 2012, location: 'San Jose, California', country: 'United States' },
};

const YEAR = /^(year|event_year|year_of_event|date_year|case_year|decision_year|year_decided)$/;
const PLACE = /^(location|place|city|site|museum_location)$/;
const MAKER = /^(artist|artist_name|sculptor|painter|creator|maker|author)$/;

/** The known thing a call names among its string arguments, if any. */
function namedThing(args: Record<string, unknown>): KnownThing | undefined {
  for (const value of Object.values(args)) {
    if (typeof value !== 'string') continue;
    const known = KNOWN[value.trim().toLowerCase()];
    if (known !== undefined) return known;
  }
  return undefined;
}

/**
 * The call's other arguments told by the known thing it names (`battle_name: "Battle of Waterloo"` →
 * `year: 1815`, `location: "Waterloo, Belgium"`), each kept in the type the draw gave it; a price sent
 * for a large company's `symbol` near its real share price (`world-rates.ts`).
 */
export function coherentArguments<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const placed = placesThatAgree(
    worksAsTheyAre(facesOnTheDie(sportsThatAgree(listedArguments(memoryKeyOfValue(value as Record<string, unknown>))))),
  );
  const known = namedThing(placed);
  if (known === undefined) return (placed === value ? value : placed) as T;
  const args = placed;
  const told: Record<string, unknown> = { ...args };
  for (const [name, drawn] of Object.entries(args)) {
    const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    if (YEAR.test(snake) && typeof drawn === 'number' && known.year > 0) told[name] = known.year;
    else if (YEAR.test(snake) && typeof drawn === 'string' && known.year > 0) told[name] = String(known.year);
    else if (PLACE.test(snake) && typeof drawn === 'string' && known.location !== undefined) told[name] = known.location;
    else if (snake === 'country' && typeof drawn === 'string' && known.country !== undefined) told[name] = known.country;
    else if (MAKER.test(snake) && typeof drawn === 'string' && known.maker !== undefined) told[name] = known.maker;
  }
  return told as T;
}

const snakeName = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const TITLE_ARGUMENT = /^(title|book_title|book_name|book|novel|movie|movie_title|movie_name|film|film_title)$/;
const MAKER_ARGUMENT = /^(author|author_name|writer|director|director_name)$/;
const YEAR_ARGUMENT = /^(year|publication_year|release_year|year_published)$/;

/**
 * A call that names a book or a film on record asks for it as it is (`The Grapes of Wrath` by John
 * Steinbeck, 1939), and a call that names an author and a year asks for a year one of the author's
 * books came out; each value kept in the type the draw gave it. Returns `args` itself when nothing changes.
 */
function worksAsTheyAre(args: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(args);
  const title = entries.find(([name]) => TITLE_ARGUMENT.test(snakeName(name)))?.[1];
  const maker = entries.find(([name]) => MAKER_ARGUMENT.test(snakeName(name)))?.[1];
  const work = workTitled(title) ?? booksBy(maker).find((book) => entries.some(([, drawn]) => drawn === book.year)) ?? booksBy(maker)[0];
  if (work === undefined) return args;
  const told: Record<string, unknown> = { ...args };
  for (const [name, drawn] of entries) {
    const field = snakeName(name);
    if (MAKER_ARGUMENT.test(field) && typeof drawn === 'string') told[name] = work.by;
    else if (YEAR_ARGUMENT.test(field) && typeof drawn === 'number') told[name] = work.year;
    else if (YEAR_ARGUMENT.test(field) && typeof drawn === 'string' && /^\d{4}$/.test(drawn)) told[name] = String(work.year);
  }
  return entries.some(([name, drawn]) => told[name] !== drawn) ? told : args;
}

/** A city and a country of one call agree: the country is the city's (`Miami` → United States, never the Netherlands). */
function placesThatAgree(args: Record<string, unknown>): Record<string, unknown> {
  const cityEntry = Object.entries(args).find(
    ([name, drawn]) => /^(city|city_name|location)$/.test(snakeName(name)) && typeof drawn === 'string',
  );
  const countryEntry = Object.entries(args).find(
    ([name, drawn]) => /^(country|country_name|nation)$/.test(snakeName(name)) && typeof drawn === 'string',
  );
  if (cityEntry === undefined || countryEntry === undefined) return args;
  const name = countryOfCity(cityEntry[1] as string);
  const country = COUNTRIES.find(([countryName]) => countryName === name);
  if (country === undefined) return args;
  const drawn = countryEntry[1] as string;
  const told = /^[A-Z]{2}$/.test(drawn) ? country[1] : /^[A-Z]{3}$/.test(drawn) ? country[2] : country[0];
  return told === drawn ? args : { ...args, [countryEntry[0]]: told };
}

/** The country a city of the lexicon is in (`Miami` → `United States`), if the lexicon knows the city. */
export function countryOfCity(city: string): string | undefined {
  const cityName = city.split(',')[0]?.trim().toLowerCase();
  const code = CITIES.find(([name]) => name.toLowerCase() === cityName)?.[2];
  return COUNTRIES.find(([, alpha2]) => alpha2 === code)?.[0];
}
