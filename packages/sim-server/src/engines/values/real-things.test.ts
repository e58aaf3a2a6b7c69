import { describe, expect, it } from 'vitest';
import { famousMisstatements } from './famous-check.js';
import { famousFacts } from './famous-records.js';
import { artworkPriceResult, realMatchResult, realThingFacts, realThingMisstatements } from './real-things.js';
import { harmonizeResult } from '../world-facts.js';
import { seededEntityIds } from '../world.js';
import { ECO_TERMS } from './real-things.js';

type Json = Record<string, unknown>;

describe('artworks held by museums', () => {
  const args = { artwork_name: 'Mona Lisa', artist: 'Leonardo da Vinci', platform: 'all' };

  it('a price asked of a museum artwork states it is not for sale, with no price', () => {
    const result = artworkPriceResult(['art', 'auction', 'fetch', 'artwork', 'price'], args) as Json;
    expect(result).toMatchObject({ for_sale: false, note: expect.stringContaining('the Louvre Museum in Paris') });
    expect(Object.values(result).some((value) => typeof value === 'number')).toBe(false);
    expect(realThingMisstatements(result, args)).toEqual([]);
  });

  it('the check rejects an auction price or another artist put on a museum artwork', () => {
    expect(realThingMisstatements({ artwork_price: 41542110, ...args }, args)).toEqual([
      expect.stringContaining('not for sale, yet priced 41542110'),
    ]);
    const painting = { title: 'The Starry Night', artist: 'Claude Monet' };
    expect(realThingMisstatements(painting, {})).toEqual(['The Starry Night is by Vincent van Gogh, not Claude Monet']);
    realThingFacts(painting, {});
    expect(painting.artist).toBe('Vincent van Gogh');
  });

  it('an artwork not on record (one of many versions) keeps its generated value', () => {
    const sculpture = { sculpture: 'The Thinker', artist: 'Auguste Rodin' };
    expect(artworkPriceResult(['get', 'sculpture', 'value'], sculpture)).toBeUndefined();
    expect(realThingMisstatements({ sculpture_value: 116596390, ...sculpture }, sculpture)).toEqual([]);
  });
});

describe('ECO terms', () => {
  it('an ECO ID on record carries its own label, and the check rejects another', () => {
    const record = { id: 'ECO_0000352', label: 'author statement supported by traceable reference', ontology: 'ECO' };
    expect(realThingMisstatements(record, { ECO_ID: 'ECO_0000352' })).toEqual([
      'ECO_0000352 is "evidence used in manual assertion", not "author statement supported by traceable reference"',
    ]);
    realThingFacts(record, { ECO_ID: 'ECO_0000352' });
    expect(record.label).toBe('evidence used in manual assertion');
    expect(realThingMisstatements(record, { ECO_ID: 'ECO_0000352' })).toEqual([]);
  });

  it('the ECO IDs a world holds are IDs on record', () => {
    const ids = seededEntityIds('demo', 'eco', { type: 'string', description: 'An evidence code ontology ID.' }, 'ECO_ID');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(Object.keys(ECO_TERMS)).toContain(id);
  });

  it("an ID not on record is never given another term's label", () => {
    const record: Json = { id: 'ECO_0000808', label: 'curator inference used in manual assertion', ontology: 'ECO' };
    expect(realThingMisstatements(record, {})).toEqual(['"curator inference used in manual assertion" is ECO_0000305, not ECO_0000808']);
    realThingFacts(record, {});
    expect(record).toEqual({ id: 'ECO_0000808', ontology: 'ECO' });
  });
});

describe('matches between real teams', () => {
  const args = { team_1: 'Paris Saint-Germain', team_2: 'Real Madrid', date: '2025-06-07', venue: 'Paris, France' };

  it('the check rejects a score of a match between two real teams', () => {
    const value = { team_1_score: 0, team_2_score: 2, status: 'final after extra time', ...args };
    expect(realThingMisstatements(value, args)).toEqual([expect.stringContaining('no result of Paris Saint-Germain vs Real Madrid')]);
  });

  it('a match after the reference date is still to be played; one before has no result on record', () => {
    const ahead: Json = { team_1_score: 0, team_2_score: 2, status: 'final', ...args };
    realMatchResult(ahead, args, new Date('2025-06-02T09:30:00Z'));
    expect(ahead).toMatchObject({ status: 'scheduled' });
    expect(ahead).not.toHaveProperty('team_1_score');
    expect(realThingMisstatements(ahead, args)).toEqual([]);
    const past: Json = { home_score: 3, away_score: 1, winner: 'Paris Saint-Germain', status: 'final', ...args };
    realMatchResult(past, args, new Date('2025-09-02T09:30:00Z'));
    expect(past).toMatchObject({ status: 'no result on record' });
    expect(realThingMisstatements(past, args)).toEqual([]);
  });

  it('the world harmonizer leaves out made-up scores, and a match of made-up teams keeps its score', () => {
    const value = harmonizeResult(
      { team_1_score: 1, team_2_score: 1, status: 'final' },
      args,
      new Map(),
      '',
      new Date('2025-09-01T00:00:00Z'),
    );
    expect(value).not.toHaveProperty('team_1_score');
    const fictional = { team1: 'Riverside Rovers', team2: 'Hill Town FC' };
    const kept: Json = { team_1_score: 1, team_2_score: 0, status: 'final' };
    realMatchResult(kept, fictional, new Date('2025-09-01T00:00:00Z'));
    expect(kept).toEqual({ team_1_score: 1, team_2_score: 0, status: 'final' });
  });
});

describe('books on record', () => {
  it('a book on record is given no page count, and the check rejects one', () => {
    const args = { title: "Charlotte's Web", genre: 'Classic' };
    const value = { items: [{ id: '1', title: "Charlotte's Web", author: 'E. B. White', year: 1952, pages: 428, rating: 4.6 }] };
    expect(famousMisstatements(['openlibrary', 'books', 'search'], value, args)).toEqual([
      expect.stringContaining('no page count of "Charlotte\'s Web"'),
    ]);
    famousFacts(value, args);
    expect(value.items[0]).not.toHaveProperty('pages');
    expect(famousMisstatements(['openlibrary', 'books', 'search'], value, args)).toEqual([]);
  });

  it("a search by an author on record lists that author's works, never titles made up for them", () => {
    const args = { author: 'Margaret Atwood', genre: 'Classic', year: 1985 };
    const value = {
      items: [
        { id: '9', title: 'The Cartographer’s Daughter', author: 'Margaret Atwood', year: 1985, genre: 'Classic' },
        { id: '8', title: 'A House of Small Hours', author: 'Margaret Atwood', year: 1985, genre: 'Classic' },
      ],
    };
    expect(famousMisstatements(['book', 'find'], value, args)).toHaveLength(2);
    famousFacts(value, args);
    expect(value.items).toEqual([expect.objectContaining({ title: "The Handmaid's Tale", author: 'Margaret Atwood', year: 1985 })]);
    expect(famousMisstatements(['book', 'find'], value, args)).toEqual([]);
  });
});

describe('films on record', () => {
  it('a film is given its real release day and running time, and the check rejects made-up ones', () => {
    const args = { movie_name: 'Parasite' };
    const value = { title: 'Parasite', director: 'Bong Joon-ho', release_date: '2019-02-20', genre: 'thriller', runtime_minutes: 90 };
    expect(famousMisstatements(['movie', 'ratings', 'get', 'movie'], value, args)).toHaveLength(2);
    famousFacts(value, args);
    expect(value).toMatchObject({ release_date: '2019-05-30', runtime_minutes: 132 });
    expect(famousMisstatements(['movie', 'ratings', 'get', 'movie'], value, args)).toEqual([]);
  });
});

describe('titles of real teams and the size of homes', () => {
  it("a team's titles are the count on record, and the check rejects a made-up count", () => {
    const args = { team: 'Denver Nuggets', info: 'championships_won' };
    const value: Json = { championships_won: 35, ...args };
    expect(realThingMisstatements(value, args)).toEqual(['Denver Nuggets has 1 championships won, not 35']);
    realThingFacts(value, args);
    expect(value).toMatchObject({ championships_won: 1, as_of: 'the 2024–25 NBA season' });
    expect(realThingMisstatements(value, args)).toEqual([]);
    const club: Json = { titles: 12, team: 'Juventus' };
    realThingFacts(club, { team: 'Juventus' });
    expect(club).toEqual({ team: 'Juventus' });
  });

  it('a home of many bedrooms has the bathrooms and floor area to match, and the check rejects one that has not', () => {
    const home: Json = { bedrooms: 20, bathrooms: 2, area_sqm: 37, price: 993056 };
    expect(realThingMisstatements({ items: [home] }, {})).toEqual([
      'a home of 20 bedrooms with 2 bathrooms',
      'a home of 20 bedrooms in 37 m²',
    ]);
    realThingFacts({ items: [home] }, {});
    expect(home['bathrooms']).toBeGreaterThanOrEqual(7);
    expect(home['area_sqm']).toBeGreaterThanOrEqual(260);
    expect(realThingMisstatements(home, {})).toEqual([]);
    expect(realThingMisstatements({ bedrooms: 2, bathrooms: 1, area_sqm: 64 }, {})).toEqual([]);
  });
});

describe('monarchs', () => {
  it('a list of monarchs keeps those who reigned in the country and century asked, and the check rejects others', () => {
    const args = { country: 'France', century: 17 };
    const value = {
      items: [
        { id: '1', full_name: 'Louis XIV', country: 'France', century: 17 },
        { id: '2', full_name: 'Charlemagne', country: 'France', century: 17 },
        { id: '3', full_name: 'Queen Victoria', country: 'France', century: 17 },
      ],
      total: 3,
    };
    expect(realThingMisstatements(value, args)).toEqual([
      'Charlemagne reigned 768–814, not in 1601–1700',
      'Queen Victoria never reigned in France',
    ]);
    const harmonized = harmonizeResult(structuredClone(value), args, new Map());
    expect(harmonized['items']).toEqual([expect.objectContaining({ full_name: 'Louis XIV' })]);
    expect(realThingMisstatements(harmonized, args)).toEqual([]);
  });
});

describe('auction platforms', () => {
  it("an art auction's platform is an auction house, never a games console", async () => {
    const { Faker, en } = await import('@faker-js/faker');
    const { generateValue } = await import('../value-generator.js');
    const faker = new Faker({ locale: [en] });
    const schema = { type: 'string', description: "The platform where the artwork's price should be fetched from." };
    const drawn = Array.from({ length: 20 }, (_, seed) => {
      faker.seed(seed + 1);
      return generateValue(schema, 'platform', {
        faker,
        root: schema,
        context: { tool: 'art_auction_fetch_artwork_price', description: '' },
      });
    });
    expect(drawn.filter((value) => ['PS5', 'Nintendo Switch', 'Xbox Series X', 'PC', 'PS4'].includes(String(value)))).toEqual([]);
  });
});

describe('real athletes', () => {
  it("a real athlete's season figures are not made up, and the check rejects them", () => {
    const args = { player_name: 'Erling Haaland', season: '2024' };
    const stats = { appearances: 28, goals: 6, assists: 7, minutes_played: 1544, yellow_cards: 2, ...args };
    expect(realThingMisstatements(stats, args)).toEqual([expect.stringContaining('no season statistics of Erling Haaland')]);
    const value = harmonizeResult(structuredClone(stats), args, new Map());
    expect(value).toEqual({ ...args, note: 'No 2024 season statistics of Erling Haaland are on record.' });
    expect(realThingMisstatements(value, args)).toEqual([]);
    const made = { player_name: 'Sam Okafor', season: '2024' };
    expect(realThingMisstatements({ goals: 6, ...made }, made)).toEqual([]);
  });
});

describe('counts a name bounds', () => {
  it('a "number of bedrooms" argument stays within a home\'s 1–5 bedrooms, never a 20-bedroom condo', async () => {
    const { Faker, en } = await import('@faker-js/faker');
    const { generateValue } = await import('../value-generator.js');
    const faker = new Faker({ locale: [en] });
    const schema = { type: 'integer', description: 'Number of bedrooms required in the property.' };
    const drawn = Array.from({ length: 20 }, (_, seed) => {
      faker.seed(seed + 1);
      return generateValue(schema, 'bedrooms', { faker, root: schema, context: { tool: 'realestate_find_properties', description: '' } });
    });
    expect(drawn.every((value) => typeof value === 'number' && value >= 1 && value <= 5)).toBe(true);
  });
});
