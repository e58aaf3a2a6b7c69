import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';
import { coherentArguments } from './known-facts.js';
import { KINDS_OF, aboutHistory, tierWordForKind } from './topic-values.js';

/** Argument values on BFCL tools a reviewer rejected (`fuel_type: "personal"`, `key: "9480353"` for a melody). */
const faker = new Faker({ locale: [en] });
const sample = (schema: Record<string, unknown>, name: string, tool: string, description = '', seeds = 30): unknown[] =>
  Array.from({ length: seeds }, (_, seed) => {
    faker.seed(seed + 1);
    return generateValue(schema, name, { faker, root: schema, context: { tool, description } });
  });
const TIERS = /^(standard|premium|general|business|personal)$/;

describe('values a tool’s topic decides', () => {
  it('a qualified type takes a kind of its noun, never a tier word', () => {
    const cases: Array<[string, string, string]> = [
      ['fuel_type', 'calculate_emissions', 'Type of fuel used by the vehicle.'],
      ['organism_type', 'cell_biology_get_cell_type', 'The type of organism the cell belongs to.'],
      ['room_type', 'multiple_120_book_hotel', 'The type of room preferred.'],
      ['complaint_type', 'file_complaint', 'The type of complaint.'],
      ['case_type', 'legal_case_file', 'The type of the case.'],
    ];
    for (const [name, tool, description] of cases) {
      const noun = name.replace(/_type$/, '');
      for (const value of sample({ type: 'string', description }, name, tool)) {
        expect(value, `${name}=${String(value)}`).not.toMatch(TIERS);
        expect(KINDS_OF[noun], name).toContain(value);
      }
    }
  });

  it('a cabin class is a cabin, and a bare type on a tool about restaurants is a cuisine', () => {
    for (const value of sample({ type: 'string', description: 'Class of the flight.' }, 'flightClass', 'flight_ticket_pricing_get'))
      expect(['economy', 'premium economy', 'business', 'first']).toContain(value);
    for (const value of sample({ type: 'string', description: 'The type of the cuisine/restaurant.' }, 'type', 'find_restaurant'))
      expect(KINDS_OF['restaurant']).toContain(value);
  });

  it('a description’s own examples still come first most of the time', () => {
    const values = sample(
      { type: 'string', description: 'The type of the soil. For example, loam, sandy, etc.' },
      'soil_type',
      'soil_analysis',
    );
    expect(values.filter((value) => value === 'loam' || value === 'sandy').length).toBeGreaterThan(20);
    expect(values.every((value) => !TIERS.test(String(value)))).toBe(true);
  });

  it('a key on a music tool is a musical key, elsewhere an identifier as before', () => {
    for (const value of sample(
      { type: 'string', description: 'The key of the melody.' },
      'key',
      'music_generator_generate_melody',
      'Generate a melody',
    ))
      expect(value).toMatch(/^[A-G](b|#)?$/);
    const other = sample({ type: 'string', description: 'To get unique Brand by key.' }, 'key', 'get_brands_key', 'Get a brand');
    expect(other.some((value) => /^[A-G](b|#)?$/.test(String(value)))).toBe(false);
  });

  it('a body on an astronomy tool is a body of the sky, never a sentence', () => {
    const description = 'Calculate the distance between two celestial bodies.';
    for (const value of sample({ type: 'string', description: 'The first celestial body.' }, 'body1', 'calculate_distance', description))
      expect(String(value)).not.toMatch(/\.$/);
    const review = sample({ type: 'string', description: 'The review text.' }, 'body', 'post_review', 'Post a review with 5 stars');
    expect(review.some((value) => /^(Earth|Mars|Jupiter)$/.test(String(value)))).toBe(false);
  });

  it('a company on a market tool is a listed company; a sculptor and a pope are history’s', () => {
    for (const value of sample({ type: 'string' }, 'company', 'avg_closing_price', 'Average closing price of a stock'))
      expect(String(value)).not.toMatch(/,| and |\b(Inc|LLC|Group|Sons)\b/);
    for (const value of sample({ type: 'string' }, 'name', 'sculptor_info_get', 'Information about a sculptor'))
      expect(['Michelangelo', 'Auguste Rodin', 'Donatello', 'Gian Lorenzo Bernini', 'Constantin Brâncuși']).toContain(value);
    for (const value of sample({ type: 'string' }, 'papal_name', 'religious_history_get_papal_biography', 'Biography of a pope'))
      expect(String(value)).toMatch(/^Pope /);
  });

  it('a year on a history tool lies in history; a transaction history keeps recent years', () => {
    expect(aboutHistory('us history get president by year')).toBe(true);
    expect(aboutHistory('bank get transaction history of an account')).toBe(false);
    for (const value of sample({ type: 'integer' }, 'year', 'us_history_get_president', 'us history get president'))
      expect(value as number).toBeLessThan(1990);
    for (const value of sample({ type: 'integer' }, 'year', 'bank_get_transaction_history', 'bank get transaction history'))
      expect(value as number).toBeGreaterThan(2015);
  });

  it('quantities in the units people use: gravity near 9.8, an interest rate in percent under 15, a tempo in bpm', () => {
    for (const value of sample({ type: 'number' }, 'gravity', 'calculate_maximum_height')) expect([9.81, 9.8, 1.62, 3.71]).toContain(value);
    const rate = { type: 'number', description: 'The annual interest rate in percentage.' };
    for (const value of sample(rate, 'interest_rate', 'calculate_compound_interest')) expect(value as number).toBeLessThanOrEqual(15);
    for (const value of sample({ type: 'integer' }, 'tempo', 'music_generate', 'Generate music')) {
      expect(value as number).toBeGreaterThanOrEqual(60);
      expect(value as number).toBeLessThanOrEqual(180);
    }
    for (const value of sample({ type: 'number' }, 'allele_frequency', 'calculate_genotype_frequency'))
      expect(value as number).toBeLessThan(1);
  });

  it('a chess position is a FEN and the player to move white or black, an opponent a grandmaster', () => {
    const description = 'Analyse a given board position of the game and suggest the optimal next move';
    for (const value of sample(
      { type: 'string', description: 'Current board position.' },
      'position',
      'game_board_analyser',
      `chess ${description}`,
    ))
      expect(String(value)).toMatch(/^[rnbqkpRNBQKP1-8/]+ [wb] /);
    for (const value of sample({ type: 'string' }, 'player', 'game_board_analyser', `chess ${description}`))
      expect(['white', 'black']).toContain(value);
    for (const value of sample({ type: 'string' }, 'opponent', 'chess_match_history', 'chess match history of a player'))
      expect(String(value)).toMatch(/Carlsen|Nakamura|Caruana|Ding|Polgár/);
  });

  it('a tier word sent for a type with kinds of its own is told apart from one that is a kind', () => {
    expect(tierWordForKind('fuel_type', 'premium')).toBe(true);
    expect(tierWordForKind('travel_class', 'business')).toBe(false);
    expect(tierWordForKind('plan_type', 'premium')).toBe(false);
    expect(tierWordForKind('widget_type', 'premium')).toBe(false);
  });
});

describe('kinds of the parts a record holds', () => {
  it('an OCD bill’s actions, sponsorships, sessions and downloads take their own kinds, never tier words', () => {
    const part = (key: string) => ({
      type: 'array',
      items: { type: 'object', required: [key], properties: { [key]: { type: 'string' } } },
    });
    const schema = {
      type: 'object',
      required: ['classification', 'actions', 'sponsorships', 'legislative_sessions', 'downloads'],
      properties: {
        classification: { type: 'array', items: { type: 'string' } },
        actions: part('classification'),
        sponsorships: {
          type: 'array',
          items: { type: 'object', required: ['entity_type'], properties: { entity_type: { type: 'string' } } },
        },
        legislative_sessions: part('classification'),
        downloads: part('data_type'),
      },
    };
    for (let seed = 1; seed <= 20; seed += 1) {
      faker.seed(seed);
      const bill = generateValue(schema, 'bill', {
        faker,
        root: schema,
        context: { tool: 'bills_search_bills_get', description: 'Search bills in a jurisdiction legislative session' },
      }) as Record<string, Array<Record<string, unknown>>>;
      const text = JSON.stringify(bill);
      expect(text, text).not.toMatch(/"(standard|premium|general|business|personal)"/);
      for (const kind of bill['classification'] as unknown as string[]) expect(KINDS_OF['bill']).toContain(kind);
      for (const download of bill['downloads'] ?? []) expect(['csv', 'json', 'pgdump']).toContain(download['data_type']);
      for (const sponsorship of bill['sponsorships'] ?? []) expect(['person', 'organization']).toContain(sponsorship['entity_type']);
    }
  });
});

describe('famous things told as they are', () => {
  it('a battle takes its year and place, an artwork its maker, each in the type drawn', () => {
    expect(coherentArguments({ battle_name: 'Battle of Gettysburg', year: 1872, location: 'Austin, TX' })).toEqual({
      battle_name: 'Battle of Gettysburg',
      year: 1863,
      location: 'Gettysburg, Pennsylvania',
    });
    expect(coherentArguments({ sculpture: 'The Kiss', artist: 'ZAYN', year: '2025' })).toEqual({
      sculpture: 'The Kiss',
      artist: 'Auguste Rodin',
      year: '1882',
    });
  });

  it('a call naming nothing known is left as drawn', () => {
    const drawn = { battle_name: 'Battle of Nowhere', year: 1872 };
    expect(coherentArguments(drawn)).toBe(drawn);
  });
});
