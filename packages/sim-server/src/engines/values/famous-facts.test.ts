import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';
import { famousMisstatements } from './famous-check.js';
import { BOOK_AUTHORS, booksBy, workTitled } from './famous-facts.js';
import { VIDEO_GAMES } from './lexicon.js';
import { cityTimeZones, famousFacts, famousResult } from './famous-records.js';
import { coherentArguments } from './known-facts.js';

type Json = Record<string, unknown>;
const faker = new Faker({ locale: [en] });
const sample = (name: string, tool: string, description: string, seeds = 40): unknown[] =>
  Array.from({ length: seeds }, (_, seed) => {
    faker.seed(seed + 1);
    const schema = { type: 'string', description };
    return generateValue(schema, name, { faker, root: schema, context: { tool, description } });
  });
const item = (title: string, creator: string, year: number, extra: Json = {}): Json => ({
  id: title.length,
  title,
  creator,
  year,
  ...extra,
});

describe('facts of real books and films in results', () => {
  it('a search for a title returns that book, by its real author and year', () => {
    const args = { book_name: 'The Scarlet Letter', city: 'Miami' };
    const value = { items: [item('The Maltese Falcon', 'Branson Weimann', 2022), item('A Room with a View', 'Ashton Baumbach', 2025)] };
    expect(famousMisstatements(['library', 'search', 'book'], value, args)).not.toEqual([]);
    famousFacts(value, args);
    expect(value.items).toEqual([expect.objectContaining({ title: 'The Scarlet Letter', creator: 'Nathaniel Hawthorne', year: 1850 })]);
    expect(famousMisstatements(['library', 'search', 'book'], value, args)).toEqual([]);
  });

  it("a search by author lists that author's books only, never another's", () => {
    const args = coherentArguments({ author: 'Jack London', genre: 'Classic', year: 2025 });
    expect(args.year).toBe(1903);
    const value = {
      items: [
        item('Lord Jim', 'Kiara Ledner', 2025, { author: 'Jack London' }),
        item('Austerlitz', 'Cora Lebsack', 2025, { author: 'Jack London' }),
      ],
    };
    famousFacts(value, args);
    expect(value.items.map((entry) => entry['title'])).toEqual(['The Call of the Wild']);
    expect(value.items[0]).toMatchObject({ creator: 'Jack London', year: 1903 });
  });

  it('a list no argument narrows holds books on record, each credited to its real author', () => {
    const value = { items: [item('The Republic', 'Antoinette Littel', 2025), item('The Grapes of Wrath', 'Paula Fisher', 2025)] };
    famousFacts(value, { genre: 'Classic' });
    for (const entry of value.items) {
      const work = workTitled(entry['title']);
      expect(work, String(entry['title'])).toBeDefined();
      expect(entry).toMatchObject({ creator: work?.by, year: work?.year });
    }
    expect(value.items[1]).toMatchObject({ title: 'The Grapes of Wrath', creator: 'John Steinbeck', year: 1939 });
  });

  it('a film record states its director and year', () => {
    const value = { title: 'Parasite', creator: 'Vernie Mueller', year: 2023, genre: 'jazz' };
    famousFacts(value, { movie_name: 'Parasite' });
    expect(value).toEqual({ title: 'Parasite', creator: 'Bong Joon-ho', year: 2019, genre: 'thriller' });
  });
});

describe('facts of famous people, museums and places', () => {
  it('a prophet has no birth on record, so none is stated; a scientist has his own', () => {
    expect(famousResult(['get', 'prophet', 'details'], { religion: 'Islam', prophet: 'Elijah' })).toEqual({
      religion: 'Islam',
      prophet: 'Elijah',
      era: '9th century BC',
      known_for: expect.stringContaining('Mount Carmel'),
    });
    const made: Json = { birth_place: 'Atlanta, GA', birth_year: 1979 };
    expect(famousMisstatements(['get', 'prophet', 'details'], made, { prophet: 'Elijah' })).toHaveLength(2);
    const record: Json = { name: 'Albert Einstein', birth_place: 'Atlanta, GA', birth_year: 1979 };
    famousFacts(record, { name: 'Albert Einstein' });
    expect(record).toEqual({ name: 'Albert Einstein', birth_place: 'Ulm, Germany', birth_year: 1879 });
  });

  it("a record naming a famous person gives that person's birth, whatever the call asked", () => {
    const value = {
      items: [
        { full_name: 'Queen Victoria', birth_place: 'Zurich, Switzerland', birth_year: 1986 },
        { full_name: 'Charlemagne', birth_place: 'Barcelona, Spain', birth_year: 1968 },
      ],
    };
    expect(famousMisstatements(['get', 'monarchs'], value, { region: 'Europe' })).toHaveLength(4);
    famousFacts(value, { region: 'Europe' });
    expect(value.items).toEqual([
      { full_name: 'Queen Victoria', birth_place: 'London, England', birth_year: 1819 },
      { full_name: 'Charlemagne' },
    ]);
    expect(famousMisstatements(['get', 'monarchs'], value, { region: 'Europe' })).toEqual([]);
    // Charlemagne never reigned in Ireland: a list of Irish monarchs may not hold him
    expect(famousMisstatements(['get', 'monarchs'], value, { country: 'Ireland' })).toEqual(['Charlemagne never reigned in Ireland']);
  });

  it("a museum's hours are its own on the day asked; a closed day is closed", () => {
    expect(famousResult(['get', 'museum', 'hours'], { museum_name: 'Museum of Modern Art', day: 'Wednesday' })).toMatchObject({
      open: true,
      hours: '10:30-17:30',
    });
    expect(famousResult(['get', 'museum', 'hours'], { museum_name: 'Louvre Museum', day: 'Tuesday' })).toMatchObject({ open: false });
    const made = { museum_hours: 'Mon-Fri 09:00-17:00' };
    expect(famousMisstatements(['get', 'museum', 'hours'], made, { museum_name: 'Museum of Modern Art' })).toHaveLength(1);
  });

  it("a country's capital is its own; a city and a country of one call agree", () => {
    expect(famousResult(['country', 'info', 'capital'], { country: 'Norway' })).toEqual({ country: 'Norway', capital: 'Oslo' });
    expect(famousMisstatements(['country', 'info', 'capital'], { name: 'Seoul' }, { country: 'Norway' })).toHaveLength(1);
    expect(coherentArguments({ city: 'Miami', country: 'Netherlands' })).toEqual({ city: 'Miami', country: 'United States' });
    // a landmark case asked of in the year it was decided, where it was decided
    expect(coherentArguments({ case_name: 'Marbury v. Madison', case_year: 2024, location: 'Austin, TX' })).toEqual({
      case_name: 'Marbury v. Madison',
      case_year: 1803,
      location: 'Washington, D.C.',
    });
    expect(coherentArguments({ city: 'Lyon', country: 'FR' })).toEqual({ city: 'Lyon', country: 'FR' });
    expect(famousMisstatements(['get', 'current', 'time'], {}, { city: 'Miami', country: 'Netherlands' })).toHaveLength(1);
  });

  it("a city's time zone is its own", () => {
    const value: Json = { city: 'Miami', time_zone: 'Asia/Singapore' };
    expect(famousMisstatements(['time', 'zone', 'converter'], value, { city: 'Miami' })).toHaveLength(1);
    cityTimeZones(value, { city: 'Miami', country: 'United States' });
    expect(value['time_zone']).toBe('America/New_York');
    const other: Json = { city_name: 'Tokyo', timezone: 'Europe/Paris' };
    cityTimeZones(other, { city: 'Paris' });
    expect(other['timezone']).toBe('Asia/Tokyo');
  });
});

describe('argument pools of real things', () => {
  it('book titles and authors a call sends are on record, each author with books', () => {
    for (const title of sample('book_name', 'library_search_book', 'Name of the book.'))
      expect(workTitled(title), String(title)).toBeDefined();
    for (const author of sample('author', 'book_find', 'The author of the book.')) {
      expect(BOOK_AUTHORS).toContain(author);
      expect(booksBy(author).length).toBeGreaterThan(0);
    }
  });

  it('the title of a video game is a video game, never a fossil or a fish', () => {
    for (const title of sample('game_title', 'video_games_get_sales', 'The title of the video game.')) expect(VIDEO_GAMES).toContain(title);
  });
});

describe('famousFacts: a record of the work the call asks for', () => {
  it('a film record made up for a title on record becomes that film, its date in the film’s year', () => {
    const record: Json = { title: 'Northbound', director: 'Aiko Tanabe', release_date: '2025-02-24', genre: 'animation', rating: 4.3 };
    famousFacts(record, { movie_name: 'Pulp Fiction' });
    expect(record).toMatchObject({ title: 'Pulp Fiction', director: 'Quentin Tarantino', genre: 'drama', rating: 4.3 });
    expect(String(record['release_date'])).toMatch(/^1994-/);
    expect(famousMisstatements(['movie', 'ratings', 'get', 'movie'], record, { movie_name: 'Pulp Fiction' })).toEqual([]);
    // a title not on record is left as it is
    const other: Json = { title: 'Northbound', director: 'Aiko Tanabe', release_date: '2025-02-24' };
    famousFacts(other, { movie_name: 'A Film Nobody Made' });
    expect(other['title']).toBe('Northbound');
  });
});
