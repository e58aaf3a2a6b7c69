import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../support/reviewed-calls.js';
import { factsAgainstRecord } from '../../packages/harness/src/run/checks/known-facts.js';

/** The examples are from accepted records of the BFCL tree (`node bench/quality.mjs --trees bfcl`) before the facts were looked up. */
describe('results_correct: facts on record', () => {
  it("flags a particle's made-up mass, a known battle's wrong winner, an invention's and a year's president", () => {
    expect(
      factsAgainstRecord(call('science_facts_get_weight', { particle: 'Proton', unit: 'kg' }, { facts_weight: 41.5, particle: 'Proton' })),
    ).toEqual(['science_facts_get_weight: Proton has facts_weight 1.67262e-27, not 41.5']);
    expect(
      factsAgainstRecord(call('get_battle_details', { battle_name: 'Battle of Waterloo' }, { winner: 'France', casualties: 28368 })),
    ).toEqual(['get_battle_details: the winner on record is the Seventh Coalition, not France']);
    expect(
      factsAgainstRecord(call('science_history_get_invention', { invention_name: 'Telephone' }, { inventor: 'Diego Wunsch', year: 2023 })),
    ).toHaveLength(1);
    expect(
      factsAgainstRecord(call('simple_python_1_history_api_get_president_by_year', { year: 1863 }, { president: 'Jerod Prosacco' })),
    ).toHaveLength(1);
  });

  it('passes the real ones, and subjects not on record', () => {
    expect(
      factsAgainstRecord(call('science_facts_get_weight', { particle: 'Electron', unit: 'amu' }, { facts_weight: 0.00054858 })),
    ).toEqual([]);
    expect(
      factsAgainstRecord(
        call('get_battle_details', { battle_name: 'Battle of Hastings' }, { winner: 'the Normans under William the Conqueror' }),
      ),
    ).toEqual([]);
    expect(factsAgainstRecord(call('get_battle_details', { battle_name: 'Battle of Greyhollow' }, { winner: 'the Elves' }))).toEqual([]);
    expect(factsAgainstRecord(call('science_facts_get_weight', { particle: 'Gluon', unit: 'kg' }, { facts_weight: 3 }))).toEqual([]);
    // lists and records of a result are not facts of a particle
    const hands = { hand1: ['K♥', 'J♠'], players: [{ name: 'Ann' }], winner: 'Ann' };
    expect(factsAgainstRecord(call('card_games_poker_determine_winner', { hand1: ['K♥', 'J♠'] }, hands))).toEqual([]);
  });

  it('flags made-up facts about real books, people, museums and places, and passes the real ones', () => {
    const grapes = { items: [{ title: 'The Grapes of Wrath', creator: 'Paula Fisher', year: 2025 }] };
    expect(factsAgainstRecord(call('openlibrary_books_search', { title: 'The Grapes of Wrath' }, grapes))).toEqual([
      'openlibrary_books_search: "The Grapes of Wrath" is by John Steinbeck, not Paula Fisher',
      'openlibrary_books_search: "The Grapes of Wrath" is from 1939, not 2025',
    ]);
    const steinbeck = { items: [{ title: 'The Grapes of Wrath', creator: 'John Steinbeck', year: 1939 }] };
    expect(factsAgainstRecord(call('openlibrary_books_search', { title: 'The Grapes of Wrath' }, steinbeck))).toEqual([]);
    const elijah = { birth_place: 'Atlanta, GA', birth_year: 1979 };
    expect(factsAgainstRecord(call('get_prophet_details', { religion: 'Islam', prophet: 'Elijah' }, elijah))).toHaveLength(2);
    const hours = { museum_hours: 'Mon-Fri 09:00-17:00' };
    expect(factsAgainstRecord(call('get_museum_hours', { museum_name: 'Museum of Modern Art', day: 'Wednesday' }, hours))).toHaveLength(1);
    const time = { current_time: '2025-05-19T01:02:00Z' };
    expect(factsAgainstRecord(call('get_current_time', { city: 'Miami', country: 'Netherlands' }, time))).toHaveLength(1);
    expect(factsAgainstRecord(call('get_current_time', { city: 'Miami', country: 'United States' }, time))).toEqual([]);
  });

  it('flags an auction price on a museum artwork, a wrong ECO label, a page count and a score of a real match', () => {
    const mona = { artwork_name: 'Mona Lisa', artist: 'Leonardo da Vinci', platform: 'all' };
    expect(factsAgainstRecord(call('art_auction_fetch_artwork_price', mona, { artwork_price: 41542110, ...mona }))).toHaveLength(1);
    const notForSale = { ...mona, for_sale: false, note: 'Mona Lisa is in the permanent collection of the Louvre Museum in Paris.' };
    expect(factsAgainstRecord(call('art_auction_fetch_artwork_price', mona, notForSale))).toEqual([]);
    const eco = { id: 'ECO_0000352', label: 'author statement supported by traceable reference', ontology: 'ECO' };
    expect(factsAgainstRecord(call('get_eco_by_id', { ECO_ID: 'ECO_0000352' }, eco))).toHaveLength(1);
    const ecoReal = { ...eco, label: 'evidence used in manual assertion' };
    expect(factsAgainstRecord(call('get_eco_by_id', { ECO_ID: 'ECO_0000352' }, ecoReal))).toEqual([]);
    const web = { items: [{ title: "Charlotte's Web", author: 'E. B. White', year: 1952, pages: 428 }] };
    expect(factsAgainstRecord(call('openlibrary_books_search', { title: "Charlotte's Web" }, web))).toHaveLength(1);
    const match = { team_1: 'Paris Saint-Germain', team_2: 'Real Madrid', date: '2025-06-07' };
    const score = { team_1_score: 0, team_2_score: 2, status: 'final after extra time', ...match };
    expect(factsAgainstRecord(call('get_game_results', match, score))).toHaveLength(1);
    const scheduled = { status: 'scheduled', note: 'Paris Saint-Germain vs Real Madrid on 2025-06-07 has not been played yet.', ...match };
    expect(factsAgainstRecord(call('get_game_results', match, scheduled))).toEqual([]);
  });
});
