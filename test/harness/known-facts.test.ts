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
});
