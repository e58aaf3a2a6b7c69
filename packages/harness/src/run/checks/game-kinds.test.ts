import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';
import { sportFiguresOfGames } from './game-kinds.js';

describe('sportFiguresOfGames', () => {
  it("rejects a card game's statistics given as a basketball season; passes a game's own figures and a sport's", () => {
    const args = { game_type: 'card game', year: 1947 };
    const season = { games_played: 72, points_per_game: 26.42, rebounds_per_game: 6.37, game_type: 'card game', year: 1947 };
    expect(sportFiguresOfGames(reviewedCall('fetch_game_stats', args, season))).toEqual([
      'rebounds_per_game (sport figures) for a card game',
    ]);
    const own = { player_count: 4, score_count: 120, history_count: 35, game_type: 'card game', year: 1947 };
    expect(sportFiguresOfGames(reviewedCall('fetch_game_stats', args, own))).toEqual([]);
    const nba = { games_played: 72, rebounds_per_game: 6.37 };
    expect(sportFiguresOfGames(reviewedCall('get_player_stats', { player: 'LeBron James' }, nba))).toEqual([]);
  });
});
