import { eachObject, isJsonObject, nameWords, squashKey } from '@inftool/core';
import type { ReviewedCall } from './conversation.js';

/**
 * A sport's season figures (rebounds, passing yards, home runs) in the result of a call about a game
 * that is no sport (`results_plausible`): a board or card game, chess, poker or a video game, named by
 * the tool or by what the call sent (`game_type: "card game"` answered with `rebounds_per_game`).
 */
const NOT_SPORT = /\b(board ?games?|card ?games?|boardgames?|tabletop|chess|poker|bridge|video ?games?|esports?|puzzles?)\b/i;
const SPORT_FIELD =
  /^(rebounds|reboundspergame|assistspergame|passingyards|rushingyards|touchdowns|interceptions|homeruns|battingaverage|runsbattedin|rbi|yellowcards|redcards|minutesplayed|plusminus|strikerate|wickets|cleansheets|goalsscored)$/;

/** The sport figures of one call's result when the call is about a game that is no sport. */
export function sportFiguresOfGames(call: ReviewedCall): string[] {
  if (call.isError || call.data === undefined) return [];
  const sent = isJsonObject(call.arguments) ? Object.values(call.arguments).filter((value) => typeof value === 'string') : [];
  const about = [nameWords(call.name ?? call.chatName).join(' '), ...sent].join(' ');
  const game = NOT_SPORT.exec(about)?.[0];
  if (game === undefined) return [];
  const figures = new Set<string>();
  eachObject(call.data, (object) => Object.keys(object).forEach((key) => SPORT_FIELD.test(squashKey(key)) && figures.add(key)));
  return figures.size === 0 ? [] : [`${[...figures].join(', ')} (sport figures) for a ${game}`];
}
