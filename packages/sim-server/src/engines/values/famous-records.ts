import { sha256Hex, isJsonObject } from '@inftool/core';
import { CITIES } from './lexicon.js';
import {
  BOOKS,
  FILMS,
  booksBy,
  countryCities,
  museumNamed,
  personNamed,
  workTitled,
  zoneOfCity,
  type Person,
  type Work,
} from './famous-facts.js';

type Json = Record<string, unknown>;

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const same = (a: unknown, b: string): boolean => typeof a === 'string' && a.trim().toLowerCase() === b.toLowerCase();

/** A work's title, its maker (an author, a film's director) and its year, as record fields name them. */
const TITLE = /^(title|book_title|book_name|movie_title|movie_name|film_title|film_name|name)$/;
const MAKER = /^(author|author_name|creator|writer|director|director_name|by)$/;
const YEAR = /^(year|publication_year|year_published|published|release_year|first_published|published_year)$/;
/** A work's date, whose year is the work's (`release_date: "1994-05-21"`). */
const DATED = /^(release_date|released|publication_date|published_date|date_published|premiere_date)$/;
/** A book's page count, which differs by edition: none is on record, so none is stated. */
const PAGES = /^(pages|page_count|num_pages|number_of_pages|pagecount|length_pages)$/;
/** A film's running time in minutes. */
const RUNTIME = /^(runtime|runtime_minutes|running_time|duration_minutes|length_minutes|minutes)$/;
/** Arguments that name what a search asks for. */
const ASKED_TITLE = /^(title|book_title|book_name|book|novel|movie|movie_title|movie_name|film|film_title|film_name)$/;
const ASKED_MAKER = /^(author|author_name|writer|director|director_name)$/;
const ASKED_YEAR = /^(year|publication_year|release_year|year_published)$/;

const argument = (args: Json, pattern: RegExp): unknown => Object.entries(args).find(([name]) => pattern.test(snake(name)))?.[1];
const keyOf = (object: Json, pattern: RegExp): string | undefined => Object.keys(object).find((name) => pattern.test(snake(name)));

/** The works of `table` a call's arguments allow: its title, its author or director, its year, where it names them. */
function worksAsked(table: readonly Work[], args: Json): Work[] {
  const title = argument(args, ASKED_TITLE);
  const maker = argument(args, ASKED_MAKER);
  const year = argument(args, ASKED_YEAR);
  return table.filter(
    (work) =>
      (typeof title !== 'string' || same(title, work.title)) &&
      (typeof maker !== 'string' || same(maker, work.by)) &&
      ((typeof year !== 'number' && typeof year !== 'string') || String(year) === String(work.year)),
  );
}

/** A record of a work states its real maker and year (`The Grapes of Wrath` by John Steinbeck, 1939). */
function stateWork(object: Json, work: Work): void {
  const titleKey = keyOf(object, TITLE);
  if (titleKey !== undefined) object[titleKey] = work.title;
  for (const [name, entry] of Object.entries(object)) {
    const field = snake(name);
    if (MAKER.test(field) && typeof entry === 'string') object[name] = work.by;
    else if (YEAR.test(field) && typeof entry === 'number') object[name] = work.year;
    else if (YEAR.test(field) && typeof entry === 'string' && /^\d{4}$/.test(entry)) object[name] = String(work.year);
    // a day of release on record, else the year alone: never a day made up
    else if (DATED.test(field) && typeof entry === 'string' && /^\d{4}-/.test(entry)) object[name] = work.released ?? String(work.year);
    else if (RUNTIME.test(field) && typeof entry === 'number') {
      if (work.minutes !== undefined) object[name] = work.minutes;
      else delete object[name];
    } else if (field === 'genre' && typeof entry === 'string' && work.genre !== undefined) object[name] = work.genre;
    else if (PAGES.test(field) && work.kind !== 'film') delete object[name];
  }
}

/** Whether the records of a list are works: one names a work on record, or the call asks for one. */
function tableOfList(list: Json[], args: Json): readonly Work[] | undefined {
  const titled = list.map((object) => object[keyOf(object, TITLE) ?? '']).filter((title) => typeof title === 'string');
  if (titled.length === 0 || !list.some((object) => keyOf(object, MAKER) !== undefined || keyOf(object, YEAR) !== undefined))
    return undefined;
  const asked = argument(args, ASKED_TITLE);
  // a search by an author or director on record lists their works on record, never titles made up for them
  const maker = argument(args, ASKED_MAKER);
  if (workTitled(asked, 'film') !== undefined || titled.some((title) => workTitled(title, 'film') !== undefined)) return FILMS;
  if (FILMS.some((work) => same(maker, work.by))) return FILMS;
  if (workTitled(asked, 'book') !== undefined || titled.some((title) => workTitled(title, 'book') !== undefined)) return BOOKS;
  if (booksBy(maker).length > 0) return BOOKS;
  return undefined;
}

/**
 * A list of book or film records holds works the call asks for, each with its real author (or
 * director) and year: a search for "The Scarlet Letter" returns that book, a search by Jack London
 * his books, one by year the works of that year. A list no work on record fits comes back empty,
 * never with a real title credited to a made-up author. Works in place.
 */
function worksOfList(list: Json[], args: Json): void {
  const table = tableOfList(list, args);
  if (table === undefined) return;
  const asked = worksAsked(table, args);
  const kept: Json[] = [];
  const used = new Set<string>();
  for (const object of list) {
    const own = workTitled(object[keyOf(object, TITLE) ?? ''], table === FILMS ? 'film' : 'book');
    const free = asked.filter((work) => !used.has(work.title));
    const work =
      own !== undefined && free.includes(own)
        ? own
        : free[parseInt(sha256Hex(JSON.stringify(object)).slice(0, 8), 16) % Math.max(free.length, 1)];
    if (work === undefined) continue;
    used.add(work.title);
    stateWork(object, work);
    kept.push(object);
  }
  list.splice(0, list.length, ...kept);
}

/**
 * Results that speak of real books, films and people state what is on record of them: a book's
 * author and year, a film's director and year, a famous person's birth year and birthplace (a
 * prophet has none on record, so a result states none). Works in place.
 */
export function famousFacts(value: unknown, args: Json): void {
  if (Array.isArray(value)) {
    if (value.every(isJsonObject)) worksOfList(value as Json[], args);
    value.forEach((entry) => famousFacts(entry, args));
    return;
  }
  if (!isJsonObject(value)) return;
  // a record of a work is the one on record it names, or, when it names none, the one the call asks for
  const titleKey = keyOf(value, TITLE);
  const work = workTitled(value[titleKey ?? '']) ?? (titleKey !== undefined ? workTitled(argument(args, ASKED_TITLE)) : undefined);
  if (work !== undefined && (keyOf(value, MAKER) !== undefined || keyOf(value, YEAR) !== undefined || keyOf(value, DATED) !== undefined))
    stateWork(value, work);
  const person = personNamed(value[keyOf(value, PERSON_NAME) ?? '']) ?? personAsked(args);
  if (person !== undefined) birthOnRecord(value, person);
  Object.values(value).forEach((entry) => famousFacts(entry, args));
}

/** A record's field naming the person it is about (`full_name: "Queen Victoria"`). */
const PERSON_NAME = /^(name|full_name|person|person_name|monarch|ruler|scientist|artist|prophet)$/;
const BORN = /^(birth_year|year_of_birth|born|born_year|birth_date|date_of_birth|dob|birthdate)$/;
const BIRTHPLACE = /^(birth_place|birthplace|place_of_birth|born_in|hometown|origin)$/;

const personAsked = (args: Json): Person | undefined =>
  Object.values(args)
    .map(personNamed)
    .find((person) => person !== undefined);

/** A famous person's birth as the record has it, and none where none is on record. */
function birthOnRecord(object: Json, person: Person): void {
  for (const [name, entry] of Object.entries(object)) {
    const field = snake(name);
    if (BORN.test(field)) {
      if (person.born !== undefined && typeof entry === 'number') object[name] = person.born;
      else if (person.born !== undefined && /year|^born$/.test(field)) object[name] = String(person.born);
      else delete object[name];
    } else if (BIRTHPLACE.test(field)) {
      if (person.birthplace !== undefined) object[name] = person.birthplace;
      else delete object[name];
    }
  }
}

const DAY = /^(day|day_of_week|weekday|date)$/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The day of the week an argument names (`Wednesday`, `wed`, a date). */
function weekday(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const named = WEEKDAYS.find((day) => day.toLowerCase().startsWith(value.trim().toLowerCase().slice(0, 3)));
  if (named !== undefined && /^[a-z]{3,}$/i.test(value.trim())) return named;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : WEEKDAYS[new Date(time).getUTCDay()];
}

/** A museum hours tool's answer for a museum on record: its hours on the day asked (or each day), else none made up. */
function museumHours(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => /^museums?$/.test(word)) || !words.some((word) => /^(hours?|timings?|opening|schedule)$/.test(word)))
    return undefined;
  const [nameKey, name] = Object.entries(args).find(([field]) => /museum|^name$/.test(snake(field))) ?? [];
  if (nameKey === undefined || typeof name !== 'string') return undefined;
  const museum = museumNamed(name);
  if (museum === undefined) return { ...args, note: `No opening hours of ${name} are on record.` };
  const day = weekday(argument(args, DAY));
  if (day === undefined) return { ...args, city: museum.city, opening_hours: museum.hours };
  const hours = museum.hours[day];
  return { ...args, city: museum.city, open: hours !== undefined, hours: hours ?? 'closed' };
}

/** A famous person's details (`get_prophet_details`): what is on record, no birth made up. */
function personDetails(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => /^(details?|info|information|biography|bio|profile)$/.test(word))) return undefined;
  const person = personAsked(args);
  if (person === undefined) return undefined;
  const facts: Json = {};
  if (person.born !== undefined) facts['birth_year'] = person.born < 0 ? `${-person.born} BC` : person.born;
  if (person.birthplace !== undefined) facts['birth_place'] = person.birthplace;
  if (person.era !== undefined) facts['era'] = person.era;
  if (person.known_for !== undefined) facts['known_for'] = person.known_for;
  return { ...args, ...facts };
}

/** A country's capital or largest city (`country_info_capital`), where it is on record. */
function countryCity(words: string[], args: Json): Json | undefined {
  const capital = words.includes('capital');
  if (!capital && !(words.includes('largest') && words.includes('city'))) return undefined;
  const country = argument(args, /^(country|country_name|nation)$/);
  const cities = countryCities(country);
  if (cities === undefined) return undefined;
  const city = capital ? cities.capital : cities.largest;
  return city === undefined
    ? { ...args, note: `The largest city of ${String(country)} is not on record.` }
    : { ...args, [capital ? 'capital' : 'largest_city']: city };
}

/**
 * Results of tools about famous things that the tables answer: a museum's hours, a famous person's
 * details, a country's capital or largest city. `words` are the tool name's. Undefined when the
 * tool is none of these or its subject is unknown.
 */
export function famousResult(words: string[], args: Json): Json | undefined {
  return museumHours(words, args) ?? personDetails(words, args) ?? countryCity(words, args);
}

/** The lexicon's city within 2° of the point the call asks (`lat`, `lon`; `23.5S` read as -23.5), if any. */
function nearestCity(args: Json): string | undefined {
  const read = (pattern: RegExp): number => {
    const text = String(argument(args, pattern) ?? '').trim();
    const number = Number.parseFloat(text);
    return /[SW]$/i.test(text) ? -number : number;
  };
  const [lat, lon] = [read(/^(lat|latitude)$/), read(/^(lon|lng|long|longitude)$/)];
  if (Number.isNaN(lat) || Number.isNaN(lon)) return undefined;
  const distance = (city: (typeof CITIES)[number]): number => Math.hypot(city[3] - lat, city[4] - lon);
  const near = CITIES.filter((city) => distance(city) <= 2).sort((a, b) => distance(a) - distance(b))[0];
  return near?.[0];
}

/**
 * A city's time zone is its own (`Miami` → America/New_York, never Asia/Singapore): the city a
 * record names, else the one the call asks of. Runs after the world has placed records in their
 * cities. Works in place.
 */
export function cityTimeZones(value: unknown, args: Json): void {
  if (Array.isArray(value)) return value.forEach((entry) => cityTimeZones(entry, args));
  if (!isJsonObject(value)) return;
  const ownCity = value[keyOf(value, /^(city|city_name)$/) ?? ''];
  // a record whose `name` is a city (a place search's hit), else the point the call asked, near a city of the lexicon
  const zone =
    zoneOfCity(ownCity) ??
    zoneOfCity(value['name']) ??
    zoneOfCity(argument(args, /^(city|city_name|location)$/)) ??
    zoneOfCity(nearestCity(args));
  const zoneKey = keyOf(value, /^(time_?zone|tz|tzid|timezone_id)$/);
  if (zone !== undefined && zoneKey !== undefined && typeof value[zoneKey] === 'string') value[zoneKey] = zone;
  Object.values(value).forEach((entry) => cityTimeZones(entry, args));
}
