import { BOOK_AUTHORS, countryCities, museumNamed, personNamed, workTitled, zoneOfCity, type Work } from './famous-facts.js';
import { countryOfCity } from './known-facts.js';
import { realThingMisstatements } from './real-things.js';
import { isJsonObject } from '@inftool/core';

type Json = Record<string, unknown>;

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const lower = (value: unknown): string => String(value).trim().toLowerCase();

const TITLE = /^(title|book_title|book_name|movie_title|movie_name|film_title|film_name|name)$/;
const MAKER = /^(author|author_name|creator|writer|director|director_name)$/;
const YEAR = /^(year|publication_year|year_published|published|release_year|first_published|published_year)$/;
const PAGES = /^(pages|page_count|num_pages|number_of_pages|pagecount|length_pages)$/;
/** An author on record, whose works on record a result may credit to them. */
const AUTHORS = new Set(BOOK_AUTHORS.map(lower));
const ASKED_TITLE = /^(title|book_title|book_name|book|novel|movie|movie_title|movie_name|film|film_title|film_name)$/;
const PERSON_NAME = /^(name|full_name|person|person_name|monarch|ruler|scientist|artist|prophet)$/;
const BORN = /^(birth_year|year_of_birth|born|born_year)$/;
const BIRTHPLACE = /^(birth_place|birthplace|place_of_birth|born_in)$/;

/** Every object in `value`, nested ones too. */
function objects(value: unknown, visit: (object: Json) => void): void {
  if (Array.isArray(value)) return value.forEach((entry) => objects(entry, visit));
  if (!isJsonObject(value)) return;
  visit(value);
  Object.values(value).forEach((entry) => objects(entry, visit));
}

/** A record of a work on record that credits it to another maker or year (`The Grapes of Wrath` by Paula Fisher, 2025). */
function workMisstated(object: Json, work: Work): string[] {
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(object)) {
    const field = snake(name);
    if (MAKER.test(field) && typeof entry === 'string' && lower(entry) !== lower(work.by))
      problems.push(`"${work.title}" is by ${work.by}, not ${entry}`);
    else if (YEAR.test(field) && (typeof entry === 'number' || /^\d{4}$/.test(String(entry))) && String(entry) !== String(work.year))
      problems.push(`"${work.title}" is from ${work.year}, not ${String(entry)}`);
    else if (/^(release_date|released|premiere_date)$/.test(field) && typeof entry === 'string' && /^\d{4}-\d{2}-\d{2}/.test(entry))
      problems.push(
        ...(entry.slice(0, 10) === work.released ? [] : [`"${work.title}" was first released ${work.released ?? work.year}, not ${entry}`]),
      );
    else if (
      /^(runtime|runtime_minutes|running_time|duration_minutes|length_minutes)$/.test(field) &&
      typeof entry === 'number' &&
      entry !== work.minutes
    )
      problems.push(
        `"${work.title}" runs ${work.minutes === undefined ? '(no running time on record)' : `${work.minutes} minutes`}, not ${entry}`,
      );
    else if (PAGES.test(field) && work.kind !== 'film' && typeof entry === 'number')
      problems.push(`no page count of "${work.title}" is on record (editions differ), yet it is given ${entry} pages`);
  }
  return problems;
}

/** Works misstated in a result, and a search for a title on record whose records never name it. */
function worksMisstated(data: unknown, args: Json): string[] {
  const problems: string[] = [];
  const titles: string[] = [];
  objects(data, (object) => {
    const titleKey = Object.keys(object).find((name) => TITLE.test(snake(name)));
    const title = titleKey === undefined ? undefined : object[titleKey];
    if (typeof title === 'string') titles.push(lower(title));
    const work = workTitled(title);
    if (work !== undefined) problems.push(...workMisstated(object, work));
    // a title not on record credited to an author on record is a book made up for them
    const maker = Object.entries(object).find(([name]) => MAKER.test(snake(name)))?.[1];
    if (work === undefined && titleKey !== 'name' && typeof title === 'string' && typeof maker === 'string' && AUTHORS.has(lower(maker)))
      problems.push(`"${title}" is not among the works of ${maker} on record`);
  });
  const asked = Object.entries(args).find(([name]) => ASKED_TITLE.test(snake(name)))?.[1];
  const work = workTitled(asked);
  if (work !== undefined && titles.length > 0 && !titles.includes(lower(work.title)))
    problems.push(`a search for "${work.title}" returns only other titles`);
  return problems;
}

/** A birth stated of a famous person that is not the one on record (or one made up where none is). */
function birthMisstated(data: unknown, args: Json): string[] {
  const asked = Object.values(args).find((value) => personNamed(value) !== undefined);
  const problems: string[] = [];
  objects(data, (object) => {
    const own = Object.entries(object).find(([field, value]) => PERSON_NAME.test(snake(field)) && personNamed(value) !== undefined)?.[1];
    const named = own ?? asked;
    const person = personNamed(named);
    if (person === undefined) return;
    for (const [name, entry] of Object.entries(object)) {
      const field = snake(name);
      const year = person.born === undefined ? undefined : person.born < 0 ? `${-person.born} BC` : String(person.born);
      if (BORN.test(field) && lower(entry) !== lower(year ?? ''))
        problems.push(`${String(named)} was born ${year ?? '(no year on record)'}, not ${String(entry)}`);
      if (BIRTHPLACE.test(field) && lower(entry) !== lower(person.birthplace ?? ''))
        problems.push(`${String(named)} was born in ${person.birthplace ?? '(no place on record)'}, not ${String(entry)}`);
    }
  });
  return problems;
}

/** Opening hours stated of a museum on record that are not its hours (`MoMA: Mon-Fri 09:00-17:00`). */
function hoursMisstated(data: unknown, args: Json): string[] {
  const name = Object.entries(args).find(([field]) => /museum/.test(snake(field)))?.[1];
  const museum = museumNamed(name);
  if (museum === undefined) return [];
  const known = new Set(Object.values(museum.hours));
  const problems: string[] = [];
  objects(data, (object) => {
    for (const [field, entry] of Object.entries(object)) {
      if (!/hours?$/.test(snake(field)) || typeof entry !== 'string') continue;
      const stated = entry.match(/\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}/g) ?? [];
      if (stated.some((span) => !known.has(span.replace(/\s/g, '')))) problems.push(`${String(name)} is not open ${entry}`);
    }
  });
  return problems;
}

/** A capital or largest city stated of a country on record that is not its own (Norway's capital "Seoul"). */
function citiesMisstated(words: string[], data: unknown, args: Json): string[] {
  const country = Object.entries(args).find(([field]) => /^(country|country_name|nation)$/.test(snake(field)))?.[1];
  const cities = countryCities(country);
  const capital = words.includes('capital');
  const city = capital ? cities?.capital : words.includes('largest') ? cities?.largest : undefined;
  if (city === undefined || !isJsonObject(data)) return [];
  const stated = Object.entries(data).find(([field]) => /^(name|capital|capital_city|city|largest_city)$/.test(snake(field)))?.[1];
  return typeof stated === 'string' && lower(stated) !== lower(city)
    ? [`the ${capital ? 'capital' : 'largest city'} of ${String(country)} is ${city}, not ${stated}`]
    : [];
}

/** A city placed in a country it is not in (`Miami` in the Netherlands). */
function placesMisstated(args: Json): string[] {
  const city = Object.entries(args).find(([field, value]) => /^(city|city_name)$/.test(snake(field)) && typeof value === 'string')?.[1];
  const country = Object.entries(args).find(([field]) => /^(country|country_name|nation)$/.test(snake(field)))?.[1];
  if (typeof city !== 'string' || typeof country !== 'string' || /^[A-Z]{2,3}$/.test(country)) return [];
  const real = countryOfCity(city);
  return real !== undefined && lower(real) !== lower(country) ? [`${city} is in ${real}, not ${country}`] : [];
}

/** A city given a time zone that is not its own (Miami in `Asia/Singapore`). */
function zoneMisstated(data: unknown, args: Json): string[] {
  const asked = Object.entries(args).find(([field]) => /^(city|city_name|location)$/.test(snake(field)))?.[1];
  const problems: string[] = [];
  objects(data, (object) => {
    // a record naming its own city keeps that city's zone
    const own = Object.entries(object).find(([field, value]) => /^(city|city_name)$/.test(snake(field)) && typeof value === 'string')?.[1];
    const city = zoneOfCity(own) !== undefined ? own : asked;
    const zone = zoneOfCity(city);
    if (zone === undefined) return;
    for (const [field, entry] of Object.entries(object))
      if (/^(time_?zone|tz|tzid|timezone_id)$/.test(snake(field)) && typeof entry === 'string' && entry.includes('/') && entry !== zone)
        problems.push(`${String(city)} is in the time zone ${zone}, not ${entry}`);
  });
  return problems;
}

/**
 * What a call's result (or its arguments) states of real, named things that is not so: a book or a
 * film credited to another author, director or year, a search for a title that returns only other
 * titles, a famous person's made-up birth, a museum's made-up hours, a country's wrong capital, a
 * city in another country. `words` are the tool name's. A thing not on record is not judged.
 */
export function famousMisstatements(words: string[], data: unknown, args: Json): string[] {
  return [
    ...worksMisstated(data, args),
    ...birthMisstated(data, args),
    ...hoursMisstated(data, args),
    ...citiesMisstated(words, data, args),
    ...placesMisstated(args),
    ...zoneMisstated(data, args),
    ...realThingMisstatements(data, args),
  ];
}
