import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '@inftool/core';
import { FakerEngine } from '../faker-engine.js';
import { chance, choose, facesOnTheDie } from '../compute-chance.js';
import { computeResult } from '../compute-result.js';
import { actionFields } from '../action-fields.js';
import { ATHLETES, athleteNamed, athletesOfTheCall, sportsMisstatements, sportsThatAgree, TEAMS, teamNamed } from './sports-facts.js';

const engine = new FakerEngine(new SchemaValidator());
const string = (description = ''): Record<string, unknown> => ({ type: 'string', description });
const object = (properties: Record<string, unknown>): Record<string, unknown> => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
});

/** Arguments the offline planner draws for a tool, over several seeds. */
async function draws(
  schema: Record<string, unknown>,
  tool: string,
  description: string,
  seeds = 30,
): Promise<Array<Record<string, unknown>>> {
  const drawn: Array<Record<string, unknown>> = [];
  for (let seed = 1; seed <= seeds; seed += 1) {
    const generated = await engine.sampleObject(schema, tool, seed, 1, { description });
    if (generated.ok) drawn.push(generated.value as Record<string, unknown>);
  }
  return drawn;
}

describe('sports arguments that agree', () => {
  it('a match is between two teams of one sport and league, at the home city of the first (never the Red Sox against the Packers in Lisbon)', async () => {
    const schema = object({
      team_1: string('The first team.'),
      team_2: string('The second team.'),
      date: string('The date of the game.'),
      venue: string('The venue of the game.'),
    });
    const drawn = await draws(schema, 'get_game_results', 'Retrieve the results of a game between two teams on a date.');
    expect(drawn.length).toBeGreaterThan(20);
    for (const args of drawn) {
      const [first, second] = [teamNamed(args['team_1']), teamNamed(args['team_2'])];
      expect(first, JSON.stringify(args)).toBeDefined();
      expect(second?.league, JSON.stringify(args)).toBe(first?.league);
      expect(args['team_1']).not.toBe(args['team_2']);
      expect(args['venue'], JSON.stringify(args)).toBe(first?.city);
    }
  });

  it("a player's league is the player's (never Cristiano Ronaldo's Bundesliga season or Mbappé in MLS)", () => {
    expect(sportsThatAgree({ player_name: 'Cristiano Ronaldo', season: '2023', league: 'Bundesliga' })['league']).toBe('Saudi Pro League');
    expect(sportsThatAgree({ player_name: 'Kylian Mbappé', tournament: 'MLS' })['tournament']).toBe('La Liga');
    expect(sportsThatAgree({ player: 'Erling Haaland', league: 'Champions League' })['league']).toBe('Champions League');
    const told = sportsThatAgree({ league: 'Premier League', team: 'Miami Heat' });
    expect(teamNamed(told['team'])?.league).toBe(told['league']);
    const unchanged = { player_name: 'LeBron James', league: 'NBA', season: '2023-24' };
    expect(sportsThatAgree(unchanged)).toBe(unchanged);
  });

  it('a season written as two years is two years in a row', () => {
    expect(sportsThatAgree({ league: 'Premier League', season: '2025/2025' })['season']).toBe('2024/2025');
    expect(sportsThatAgree({ season: '2023-2024' })['season']).toBe('2023-2024');
  });

  it('every athlete a draw may name plays for a team on record', () => {
    for (const [name, athlete] of Object.entries(ATHLETES)) {
      expect(TEAMS[athlete.team]?.sport, name).toBe(athlete.sport);
      expect(athleteNamed(name)).toBe(athlete);
    }
  });

  it('a poker or video-game player is a person or an account, never an athlete', async () => {
    const poker = await draws(
      object({ player1: string(), player2: string() }),
      'card_games_poker_determine_winner',
      'Determines the winner in a game of Poker based on the cards in each players hands.',
    );
    const game = await draws(
      object({ game: string('The name of the game.'), player: string('The player') }),
      'game_scores_get',
      'Retrieve scores and rankings based on player’s performance in a certain game.',
    );
    for (const args of [...poker, ...game])
      for (const value of Object.values(args)) expect(athleteNamed(value), JSON.stringify(args)).toBeUndefined();
  });

  it("a player's statistics are their sport's numbers, not a count of records", () => {
    const soccer = actionFields(
      ['soccer', 'stat', 'get', 'player', 'stats'],
      'Retrieve soccer player statistics for a given season.',
      'read',
    );
    expect(Object.keys(soccer?.fields ?? {})).toEqual(expect.arrayContaining(['appearances', 'goals', 'assists']));
    const basketball = actionFields(['get', 'player', 'stats'], 'Get NBA player statistics for a season.', 'read');
    expect(Object.keys(basketball?.fields ?? {})).toContain('points_per_game');
    expect(
      Object.keys(actionFields(['get', 'data', 'stats'], 'Get statistics about the current data release.', 'read')?.fields ?? {}),
    ).toContain('record_count');
  });
});

describe('chances computed, not drawn', () => {
  it('poker hands, dice, coins, cards and binomial outcomes', () => {
    expect(choose(52, 5)).toBe(2_598_960);
    expect(computeResult(['poker', 'probability', 'full', 'house'], { deck_size: 52, hand_size: 5 })).toEqual({ probability: 0.001441 });
    expect(computeResult(['probability', 'dice', 'roll'], { desired_number: 6, number_of_rolls: 2, die_sides: 6 })).toEqual({
      probability: 0.02778,
    });
    expect(computeResult(['dice', 'roll', 'probability'], { desired_sum: 7, sides_per_die: 6 })).toEqual({ probability: 0.1667 });
    expect(computeResult(['probability', 'coin', 'toss', 'heads'], { coin_tosses: 10, heads_needed: 5 })).toEqual({ probability: 0.2461 });
    expect(computeResult(['calc', 'binomial', 'prob'], { num_trials: 20, num_success: 5, prob_success: 0.25 })).toEqual({
      probability: 0.2023,
    });
    expect(computeResult(['calculate', 'probability'], { total_outcomes: 52, favorable_outcomes: 4 })).toEqual({ probability: 0.07692 });
    expect(computeResult(['card', 'game', 'probability', 'calculate'], { total_cards: 52, desired_cards: 13, cards_drawn: 2 })).toEqual({
      probability: 0.4412,
    });
  });

  it('arguments that do not make sense give no number (a 50 on a six-sided die)', () => {
    expect(chance({ desired_number: 50, number_of_rolls: 20, die_sides: 6 }, ['probability', 'dice', 'roll'])).toBeUndefined();
    expect(chance({ deck_size: 40, hand_size: 5 }, ['poker', 'probability', 'full', 'house'])).toBeUndefined();
  });
});

describe('results about a team name its athletes', () => {
  it('a top scorer of Liverpool is a Liverpool player on record, never a made-up name; a call naming a player is left alone', () => {
    const result: Record<string, unknown> = { league: 'Premier League', team: 'Liverpool', top_scorer: 'Elna Schulist' };
    athletesOfTheCall(result, { league: 'Premier League', season: '2024/2025', team: 'Liverpool' });
    expect(result['top_scorer']).toBe('Mohamed Salah');
    const named: Record<string, unknown> = { player_name: 'Someone Else' };
    athletesOfTheCall(named, { player_name: 'Bukayo Saka' });
    expect(named['player_name']).toBe('Someone Else');
  });

  it("a die's face asked for is one the die has", () => {
    expect(facesOnTheDie({ desired_number: 50, number_of_rolls: 20, die_sides: 6 })['desired_number']).toBe(2);
    const fine = { desired_number: 5, number_of_rolls: 5, die_sides: 20 };
    expect(facesOnTheDie(fine)).toBe(fine);
  });
});

describe('sportsMisstatements', () => {
  it('names an athlete in a league not theirs and a match of two sports; agreeing arguments pass', () => {
    expect(sportsMisstatements({ player_name: 'Erling Haaland', league: 'Bundesliga' })).toEqual([
      'Erling Haaland plays in the Premier League, not the Bundesliga',
    ]);
    expect(sportsMisstatements({ team_1: 'Boston Red Sox', team_2: 'Green Bay Packers' })).toHaveLength(1);
    expect(sportsMisstatements({ team_1: 'Boston Red Sox', team_2: 'New York Yankees', venue: 'Boston, MA' })).toEqual([]);
    expect(sportsMisstatements({ player_name: 'Erling Haaland', league: 'Champions League', team: 'Manchester City' })).toEqual([]);
  });
});
