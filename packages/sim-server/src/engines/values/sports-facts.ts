/**
 * Who plays where: teams with their sport, league and home city, athletes with their team. Arguments
 * drawn one by one would ask for the Boston Red Sox against the Green Bay Packers in Lisbon, or for
 * Cristiano Ronaldo's Bundesliga season; a call that names a team or an athlete on record takes its
 * other sports arguments from it. Athletes are kept to ones who stayed with one club over the seasons
 * a simulated user asks about, so that a season never contradicts the club.
 */

export interface Team {
  sport: string;
  league: string;
  /** The home city, in the style a user writes it (`Boston, MA`, `Madrid, Spain`). */
  city: string;
}

export interface Athlete {
  sport: string;
  team: string;
}

const nba = (city: string): Team => ({ sport: 'basketball', league: 'NBA', city });
const nfl = (city: string): Team => ({ sport: 'football', league: 'NFL', city });
const mlb = (city: string): Team => ({ sport: 'baseball', league: 'MLB', city });
const nhl = (city: string): Team => ({ sport: 'hockey', league: 'NHL', city });
const ipl = (city: string): Team => ({ sport: 'cricket', league: 'IPL', city });
const club = (league: string, city: string): Team => ({ sport: 'soccer', league, city });

export const TEAMS: Readonly<Record<string, Team>> = {
  'Los Angeles Lakers': nba('Los Angeles, CA'),
  'Golden State Warriors': nba('San Francisco, CA'),
  'Boston Celtics': nba('Boston, MA'),
  'Chicago Bulls': nba('Chicago, IL'),
  'Miami Heat': nba('Miami, FL'),
  'Denver Nuggets': nba('Denver, CO'),
  'Milwaukee Bucks': nba('Milwaukee, WI'),
  'Kansas City Chiefs': nfl('Kansas City, MO'),
  'Dallas Cowboys': nfl('Arlington, TX'),
  'Green Bay Packers': nfl('Green Bay, WI'),
  'New England Patriots': nfl('Foxborough, MA'),
  'San Francisco 49ers': nfl('Santa Clara, CA'),
  'Philadelphia Eagles': nfl('Philadelphia, PA'),
  'Buffalo Bills': nfl('Orchard Park, NY'),
  'Manchester United': club('Premier League', 'Manchester, England'),
  'Manchester City': club('Premier League', 'Manchester, England'),
  Liverpool: club('Premier League', 'Liverpool, England'),
  Arsenal: club('Premier League', 'London, England'),
  'Real Madrid': club('La Liga', 'Madrid, Spain'),
  'FC Barcelona': club('La Liga', 'Barcelona, Spain'),
  'Bayern Munich': club('Bundesliga', 'Munich, Germany'),
  Juventus: club('Serie A', 'Turin, Italy'),
  'Paris Saint-Germain': club('Ligue 1', 'Paris, France'),
  'Inter Miami': club('MLS', 'Fort Lauderdale, FL'),
  'Al Nassr': club('Saudi Pro League', 'Riyadh, Saudi Arabia'),
  'New York Yankees': mlb('New York, NY'),
  'Los Angeles Dodgers': mlb('Los Angeles, CA'),
  'Boston Red Sox': mlb('Boston, MA'),
  'Chicago Cubs': mlb('Chicago, IL'),
  'Houston Astros': mlb('Houston, TX'),
  'Toronto Maple Leafs': nhl('Toronto, ON'),
  'Montreal Canadiens': nhl('Montreal, QC'),
  'New York Rangers': nhl('New York, NY'),
  'Boston Bruins': nhl('Boston, MA'),
  'Edmonton Oilers': nhl('Edmonton, AB'),
  'Pittsburgh Penguins': nhl('Pittsburgh, PA'),
  'Mumbai Indians': ipl('Mumbai, India'),
  'Chennai Super Kings': ipl('Chennai, India'),
  'Royal Challengers Bengaluru': ipl('Bengaluru, India'),
  'Kolkata Knight Riders': ipl('Kolkata, India'),
};

const on = (team: string): Athlete => ({ sport: (TEAMS[team] as Team).sport, team });

export const ATHLETES: Readonly<Record<string, Athlete>> = {
  'LeBron James': on('Los Angeles Lakers'),
  'Stephen Curry': on('Golden State Warriors'),
  'Giannis Antetokounmpo': on('Milwaukee Bucks'),
  'Nikola Jokic': on('Denver Nuggets'),
  'Jayson Tatum': on('Boston Celtics'),
  'Patrick Mahomes': on('Kansas City Chiefs'),
  'Travis Kelce': on('Kansas City Chiefs'),
  'Josh Allen': on('Buffalo Bills'),
  'Jalen Hurts': on('Philadelphia Eagles'),
  'Erling Haaland': on('Manchester City'),
  'Mohamed Salah': on('Liverpool'),
  'Bukayo Saka': on('Arsenal'),
  'Vinícius Júnior': on('Real Madrid'),
  'Robert Lewandowski': on('FC Barcelona'),
  'Aaron Judge': on('New York Yankees'),
  'Mookie Betts': on('Los Angeles Dodgers'),
  'Connor McDavid': on('Edmonton Oilers'),
  'Auston Matthews': on('Toronto Maple Leafs'),
  'Sidney Crosby': on('Pittsburgh Penguins'),
  'Virat Kohli': on('Royal Challengers Bengaluru'),
  'Rohit Sharma': on('Mumbai Indians'),
  'MS Dhoni': on('Chennai Super Kings'),
};

/**
 * Athletes a user may name whose club changed over recent seasons (never drawn; their team is the
 * current one, 2025): a call naming one still gets a league that is theirs.
 */
const NAMED_ONLY: Readonly<Record<string, Athlete>> = {
  'Lionel Messi': { sport: 'soccer', team: 'Inter Miami' },
  'Cristiano Ronaldo': { sport: 'soccer', team: 'Al Nassr' },
  'Kylian Mbappé': { sport: 'soccer', team: 'Real Madrid' },
  'Shohei Ohtani': { sport: 'baseball', team: 'Los Angeles Dodgers' },
};

/** Cups a club of a league also plays in: a Premier League club in the Champions League is no contradiction. */
const CUPS: Readonly<Record<string, readonly string[]>> = {
  'Premier League': ['Champions League', 'FA Cup'],
  'La Liga': ['Champions League', 'Copa del Rey'],
  Bundesliga: ['Champions League', 'DFB-Pokal'],
  'Serie A': ['Champions League', 'Coppa Italia'],
  'Ligue 1': ['Champions League', 'Coupe de France'],
};

const SPORT_WORDS = new Set(['basketball', 'football', 'soccer', 'baseball', 'hockey', 'cricket']);

const bySport = (of: (sport: string) => string[]): Record<string, readonly string[]> =>
  Object.fromEntries([...SPORT_WORDS].map((sport) => [sport, of(sport)]));

/** Clubs on record only as a named athlete's (alone in their league): a match is never drawn against them. */
const NOT_DRAWN = new Set(['Inter Miami', 'Al Nassr']);

/** The teams of each sport a draw may name, in table order. */
export function teamsOf(sport: string): string[] {
  return Object.entries(TEAMS)
    .filter(([name, team]) => team.sport === sport && !NOT_DRAWN.has(name))
    .map(([name]) => name);
}

/** The athletes of each sport a draw may name, in table order. */
export function athletesOf(sport: string): string[] {
  return Object.entries(ATHLETES)
    .filter(([, athlete]) => athlete.sport === sport)
    .map(([name]) => name);
}

/** The leagues each sport's teams play in. */
export function leaguesOf(sport: string): string[] {
  return [...new Set(teamsOf(sport).map((name) => (TEAMS[name] as Team).league))];
}

export function athleteNamed(name: unknown): Athlete | undefined {
  return typeof name === 'string' ? (ATHLETES[name.trim()] ?? NAMED_ONLY[name.trim()]) : undefined;
}

export function teamNamed(name: unknown): Team | undefined {
  return typeof name === 'string' ? TEAMS[name.trim()] : undefined;
}

/** The sport a league name belongs to (`NBA` → basketball), if any team on record plays in it. */
export function sportOfLeague(league: unknown): string | undefined {
  if (typeof league !== 'string') return undefined;
  return Object.values(TEAMS).find((team) => team.league === league.trim())?.sport;
}

/** Whether `league` is one a team of `home` league plays in (its own or one of its cups). */
export function playsIn(home: string, league: string): boolean {
  return home === league || (CUPS[home] ?? []).includes(league);
}

export function isSport(word: unknown): word is string {
  return typeof word === 'string' && SPORT_WORDS.has(word);
}

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const PLAYER = /^(player|player_name|athlete|athlete_name)$/;
const TEAM = /^(team|team_name|club|club_name)$/;
const MATCH_SIDE = /^(team_?1|team_?2|team_?a|team_?b|home_team|away_team|opponent|opponent_team|team_1_name|team_2_name)$/;
const LEAGUE = /^(league|league_name|competition|tournament)$/;
const SPORT = /^(sport|sport_type)$/;
const VENUE = /^(venue|stadium|location|city)$/;

/** What a call is about in sport: the athlete, team or league it names first, with what follows from it. */
interface Anchor {
  sport: string;
  league?: string;
  team?: string;
  city?: string;
}

function anchorOf(entries: Array<[string, unknown]>): Anchor | undefined {
  const athlete = entries.map(([name, drawn]) => (PLAYER.test(snake(name)) ? athleteNamed(drawn) : undefined)).find(Boolean);
  if (athlete !== undefined) {
    const team = TEAMS[athlete.team] as Team;
    return { sport: athlete.sport, league: team.league, team: athlete.team, city: team.city };
  }
  for (const [name, drawn] of entries) {
    const team = TEAM.test(snake(name)) || MATCH_SIDE.test(snake(name)) ? teamNamed(drawn) : undefined;
    if (team !== undefined) return { sport: team.sport, league: team.league, city: team.city };
  }
  const sport = entries.map(([name, drawn]) => (LEAGUE.test(snake(name)) ? sportOfLeague(drawn) : undefined)).find(Boolean);
  return sport === undefined ? undefined : { sport };
}

/** A team of `sport` other than `taken`, chosen by the drawn name so that the same draw gives the same team. */
function otherTeam(sport: string, drawn: string, taken: Set<unknown>, league?: string): string | undefined {
  const free = teamsOf(sport).filter((name) => !taken.has(name));
  // clubs of two leagues meet in a cup: a soccer club alone in its league on record plays one of another
  const ofLeague = free.filter((name) => league === undefined || (TEAMS[name] as Team).league === league);
  const choices = ofLeague.length > 0 ? ofLeague : free;
  if (choices.length === 0) return undefined;
  const index = [...drawn].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7) % choices.length;
  return choices[index];
}

/** A season written as two years is two years in a row (`2025/2025` → `2024/2025`). */
function seasonInOrder(drawn: unknown): unknown {
  const match = typeof drawn === 'string' ? /^(\d{4})([/-])(\d{4})$/.exec(drawn) : null;
  if (match === null) return drawn;
  const [first, second] = [Number(match[1]), Number(match[3])];
  return second === first + 1 ? drawn : `${second - 1}${match[2]}${second}`;
}

/** One argument told by the call's anchor, or the drawn value when the anchor says nothing of it. */
function toldBy(anchor: Anchor, field: string, drawn: unknown, taken: Set<unknown>, isMatch: boolean): unknown {
  if (typeof drawn !== 'string') return drawn;
  if (TEAM.test(field)) {
    if (anchor.team !== undefined) return anchor.team;
    return teamNamed(drawn)?.sport === anchor.sport ? drawn : (otherTeam(anchor.sport, drawn, taken, anchor.league) ?? drawn);
  }
  if (MATCH_SIDE.test(field)) {
    const team = teamNamed(drawn);
    const sameLeague = anchor.league === undefined || team?.league === anchor.league || anchor.sport === 'soccer';
    if (team !== undefined && team.sport === anchor.sport && sameLeague) return drawn;
    return otherTeam(anchor.sport, drawn, taken, anchor.league) ?? drawn;
  }
  if (LEAGUE.test(field)) {
    if (anchor.league !== undefined) return playsIn(anchor.league, drawn) ? drawn : anchor.league;
    return sportOfLeague(drawn) === anchor.sport ? drawn : (leaguesOf(anchor.sport)[0] ?? drawn);
  }
  if (SPORT.test(field)) return isSport(drawn.toLowerCase()) ? anchor.sport : drawn;
  if (VENUE.test(field) && isMatch && anchor.city !== undefined) return anchor.city;
  return drawn;
}

/**
 * The sports arguments of one call agree (`team_1: "Boston Red Sox"` → the other team a baseball team,
 * the venue Boston; `player_name: "Erling Haaland"` → `league: "Premier League"`); seasons run in order.
 * Returns `args` itself when nothing changes.
 */
export function sportsThatAgree(args: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(args);
  const seasoned = entries.map(([name, drawn]): [string, unknown] => [name, /season/.test(snake(name)) ? seasonInOrder(drawn) : drawn]);
  const anchor = anchorOf(seasoned);
  const isMatch = seasoned.some(([name]) => MATCH_SIDE.test(snake(name)));
  const taken = new Set<unknown>();
  const told = seasoned.map(([name, drawn]): [string, unknown] => {
    const value = anchor === undefined ? drawn : toldBy(anchor, snake(name), drawn, taken, isMatch);
    if (MATCH_SIDE.test(snake(name)) || TEAM.test(snake(name))) taken.add(value);
    return [name, value];
  });
  if (anchor !== undefined && isMatch && anchor.team === undefined) {
    // the first side named anchors the match: a side drawn the same as it becomes another team
    const sides = told.filter(([name]) => MATCH_SIDE.test(snake(name)));
    const [first, second] = sides;
    if (first !== undefined && second !== undefined && first[1] === second[1] && typeof second[1] === 'string')
      second[1] = otherTeam(anchor.sport, second[1], new Set([first[1]]), anchor.league) ?? second[1];
  }
  return told.some(([name, value]) => args[name] !== value) ? Object.fromEntries(told) : args;
}

/** What a draw names, by sport: teams, their leagues, and athletes who stayed with one club. */
export const SPORTS_TEAMS = bySport(teamsOf);
export const LEAGUES = bySport(leaguesOf);
export const PLAYERS = bySport(athletesOf);

const SCORER = /^(top_scorer|leading_scorer|scorer|best_player|mvp|player|player_name|athlete)$/;

/**
 * A result that names a player for a call about a team or a league names one of its athletes on
 * record (`get_top_scorer(team: "Liverpool")` → Mohamed Salah, never a made-up name), in place.
 */
export function athletesOfTheCall(value: unknown, args: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof args !== 'object' || args === null) return;
  const anchor = anchorOf(Object.entries(args as Record<string, unknown>));
  if (anchor === undefined || Object.keys(args as object).some((name) => PLAYER.test(snake(name)))) return;
  const team = teamOfArgs(args as Record<string, unknown>);
  const candidates = Object.entries(ATHLETES)
    .filter(([, athlete]) => athlete.sport === anchor.sport && (team === undefined || athlete.team === team))
    .filter(([, athlete]) => anchor.league === undefined || (TEAMS[athlete.team] as Team).league === anchor.league)
    .map(([name]) => name);
  const record = value as Record<string, unknown>;
  for (const [key, stated] of Object.entries(record)) {
    if (!SCORER.test(snake(key)) || typeof stated !== 'string' || candidates.includes(stated) || candidates.length === 0) continue;
    const index = [...stated].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7) % candidates.length;
    record[key] = candidates[index];
  }
}

function teamOfArgs(args: Record<string, unknown>): string | undefined {
  return Object.entries(args).find(([name, drawn]) => TEAM.test(snake(name)) && teamNamed(drawn) !== undefined)?.[1] as string | undefined;
}

/**
 * What a call's sports arguments state that the record contradicts (the check side of `sportsThatAgree`):
 * an athlete in a league or team not theirs, the two sides of a match from two sports.
 */
export function sportsMisstatements(args: unknown): string[] {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return [];
  const entries = Object.entries(args as Record<string, unknown>);
  const problems: string[] = [];
  const athleteEntry = entries.find(([name, drawn]) => PLAYER.test(snake(name)) && athleteNamed(drawn) !== undefined);
  const athlete = athleteNamed(athleteEntry?.[1]);
  const home = athlete === undefined ? undefined : (TEAMS[athlete.team] as Team);
  for (const [name, drawn] of entries) {
    if (typeof drawn !== 'string' || athlete === undefined || home === undefined) continue;
    if (LEAGUE.test(snake(name)) && sportOfLeague(drawn) !== undefined && !playsIn(home.league, drawn))
      problems.push(`${String(athleteEntry?.[1])} plays in the ${home.league}, not the ${drawn}`);
    if (TEAM.test(snake(name)) && teamNamed(drawn) !== undefined && drawn !== athlete.team)
      problems.push(`${String(athleteEntry?.[1])} plays for ${athlete.team}, not ${drawn}`);
  }
  const sides = entries.filter(([name]) => MATCH_SIDE.test(snake(name))).map(([, drawn]) => [drawn, teamNamed(drawn)] as const);
  const sports = new Set(sides.flatMap(([, team]) => (team === undefined ? [] : [team.sport])));
  if (sports.size > 1) problems.push(`${sides.map(([drawn]) => String(drawn)).join(' and ')} play different sports`);
  return problems;
}
