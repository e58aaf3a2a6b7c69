import { athleteNamed, teamNamed } from './sports-facts.js';
import { isJsonObject } from '@inftool/core';

/**
 * Facts of real things a result must not make up: artworks held by museums (never for sale, so
 * never given an auction price), terms of the Evidence and Conclusion Ontology (each ID has one
 * label), and matches between real teams (no score is on record, so none is stated). The generator
 * side states what is on record and leaves the rest out; the check side (`realThingMisstatements`)
 * names what a result states against it. Only facts that are common knowledge are held.
 */

type Json = Record<string, unknown>;

export interface Artwork {
  title: string;
  artist?: string;
  /** The museum (or place) that holds it, with its city. */
  held: string;
}

const art = (title: string, artist: string | undefined, held: string): Artwork => ({ title, ...(artist && { artist }), held });

/** Single, unique artworks in public collections (works that exist in many versions or casts are left out). */
export const ARTWORKS: readonly Artwork[] = [
  art('Mona Lisa', 'Leonardo da Vinci', 'the Louvre Museum in Paris'),
  art('The Last Supper', 'Leonardo da Vinci', 'Santa Maria delle Grazie in Milan'),
  art('The Starry Night', 'Vincent van Gogh', 'the Museum of Modern Art in New York'),
  art('The Persistence of Memory', 'Salvador Dalí', 'the Museum of Modern Art in New York'),
  art('The Night Watch', 'Rembrandt', 'the Rijksmuseum in Amsterdam'),
  art('The Birth of Venus', 'Sandro Botticelli', 'the Uffizi Gallery in Florence'),
  art('Guernica', 'Pablo Picasso', 'the Museo Reina Sofía in Madrid'),
  art('Girl with a Pearl Earring', 'Johannes Vermeer', 'the Mauritshuis in The Hague'),
  art('Las Meninas', 'Diego Velázquez', 'the Museo del Prado in Madrid'),
  art('The Garden of Earthly Delights', 'Hieronymus Bosch', 'the Museo del Prado in Madrid'),
  art('American Gothic', 'Grant Wood', 'the Art Institute of Chicago'),
  art('Nighthawks', 'Edward Hopper', 'the Art Institute of Chicago'),
  art('A Sunday Afternoon on the Island of La Grande Jatte', 'Georges Seurat', 'the Art Institute of Chicago'),
  art('The Kiss', 'Gustav Klimt', 'the Belvedere in Vienna'),
  art('Liberty Leading the People', 'Eugène Delacroix', 'the Louvre Museum in Paris'),
  art('The Raft of the Medusa', 'Théodore Géricault', 'the Louvre Museum in Paris'),
  art('The Arnolfini Portrait', 'Jan van Eyck', 'the National Gallery in London'),
  art('The School of Athens', 'Raphael', 'the Apostolic Palace in Vatican City'),
  art('The Creation of Adam', 'Michelangelo', 'the Sistine Chapel in Vatican City'),
  art('David', 'Michelangelo', "the Galleria dell'Accademia in Florence"),
  art('Venus de Milo', undefined, 'the Louvre Museum in Paris'),
];

/** Labels of ECO terms (the evidence codes Gene Ontology annotations use), by ID. */
export const ECO_TERMS: Readonly<Record<string, string>> = {
  ECO_0000000: 'evidence',
  ECO_0000352: 'evidence used in manual assertion',
  ECO_0000501: 'evidence used in automatic assertion',
  ECO_0000269: 'experimental evidence used in manual assertion',
  ECO_0000314: 'direct assay evidence used in manual assertion',
  ECO_0000315: 'mutant phenotype evidence used in manual assertion',
  ECO_0000316: 'genetic interaction evidence used in manual assertion',
  ECO_0000353: 'physical interaction evidence used in manual assertion',
  ECO_0000270: 'expression pattern evidence used in manual assertion',
  ECO_0000250: 'sequence similarity evidence used in manual assertion',
  ECO_0000304: 'author statement supported by traceable reference used in manual assertion',
  ECO_0000303: 'author statement without traceable support used in manual assertion',
  ECO_0000305: 'curator inference used in manual assertion',
  ECO_0000307: 'no evidence data found used in manual assertion',
};

const key = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
const ART_INDEX = new Map(ARTWORKS.map((work) => [key(work.title), work]));
const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The artwork on record under `title` (`Mona Lisa`, `the starry night`). */
export function artworkTitled(title: unknown): Artwork | undefined {
  return typeof title === 'string' ? ART_INDEX.get(key(title)) : undefined;
}

/** The artwork on record a call's arguments name (any string argument that is its title). */
export function artworkAsked(args: Json): Artwork | undefined {
  return Object.values(args).map(artworkTitled).find(Boolean);
}

/** The ECO term an ID names (`ECO:0000352` too). */
export function ecoLabel(id: unknown): string | undefined {
  return typeof id === 'string' ? ECO_TERMS[id.trim().replace(':', '_').toUpperCase()] : undefined;
}

const ECO_ID = /^ECO[_:]\d{7}$/i;
const LABEL = /^(label|name|term|term_name|title|description)$/;
const KNOWN_LABELS = new Map(Object.entries(ECO_TERMS).map(([id, label]) => [label, id]));
/** Labels a simulator has made up for ECO terms and that name other terms than the ID's. */
const DRAWN_LABEL = /\b(evidence|inferred from|author statement|assertion)\b/i;

/** A money amount an artwork's record states (`artwork_price`, `value`, `estimated_value`). */
const PRICE = /(^|_)(price|value|valuation|worth|cost|estimate|bid|sold|hammer)(_|$)/;
/** Tool words of a call that asks what something costs or would fetch. */
const PRICE_WORDS = /^(price|prices|value|valuation|worth|auction|sale|sales|cost|appraisal|appraise|estimate)$/;

/**
 * The result of a call asking the price of an artwork on record (`art_auction_fetch_artwork_price`
 * of the Mona Lisa): it is held by a museum and not for sale, so no price is stated. Undefined when
 * the tool is not about a price or names no artwork on record.
 */
export function artworkPriceResult(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => PRICE_WORDS.test(word))) return undefined;
  const work = artworkAsked(args);
  if (work === undefined) return undefined;
  return {
    ...args,
    for_sale: false,
    note: `${work.title} is in the permanent collection of ${work.held} and is not for sale, so it has no price on record.`,
  };
}

const SCORE = /(^|_)(score|scores|goals|points|runs|winner|winning_team|result|final_score|outcome)(_|$)/;
const MATCH_SIDE = /^(team_?1|team_?2|team_?a|team_?b|home_team|away_team|opponent|opponent_team|team_1_name|team_2_name)$/;
const MATCH_DATE = /^(date|match_date|game_date|day)$/;

/** The two teams on record a call asks a match between, if it names two. */
function realSides(args: Json): string[] {
  return Object.entries(args)
    .filter(([name, drawn]) => MATCH_SIDE.test(snake(name)) && teamNamed(drawn) !== undefined)
    .map(([, drawn]) => String(drawn));
}

/** Whether a value states a match's score or winner (`2`, `"3-1"`, a team's name). */
const statesScore = (value: unknown, sides: string[]): boolean =>
  typeof value === 'number' || (typeof value === 'string' && (/^\d+\s*[-–:]\s*\d+$/.test(value.trim()) || sides.includes(value)));

/**
 * A result of a match between two real teams states no made-up score: none is on record, so the
 * score and winner are left out; a match dated after `now` is one still to be played. In place.
 */
export function realMatchResult(value: Json, args: Json, now?: Date): void {
  const sides = realSides(args);
  if (sides.length < 2) return;
  let stated = false;
  for (const [name, entry] of Object.entries(value))
    if (SCORE.test(snake(name)) && statesScore(entry, sides)) {
      delete value[name];
      stated = true;
    }
  if (!stated) return;
  const date = Object.entries(args).find(([name]) => MATCH_DATE.test(snake(name)))?.[1];
  const time = typeof date === 'string' ? Date.parse(date) : Number.NaN;
  const ahead = now !== undefined && !Number.isNaN(time) && time > now.getTime();
  const statusKey = Object.keys(value).find((name) => /^(status|match_status|game_status|state)$/.test(snake(name))) ?? 'status';
  value[statusKey] = ahead ? 'scheduled' : 'no result on record';
  value['note'] = ahead
    ? `${sides.join(' vs ')} on ${String(date)} has not been played yet.`
    : `No result of a match between ${sides.join(' and ')} is on record${typeof date === 'string' ? ` for ${date}` : ''}.`;
}

/**
 * Records that name real things state what is on record of them: an ECO term's label is its own (or
 * none, for an ID not on record, rather than another term's label); an artwork's artist is its own
 * and no price is put on it. Works in place, nested records too.
 */
export function realThingFacts(value: unknown, args: Json): void {
  if (Array.isArray(value)) {
    monarchsOfTheCall(value, args);
    return value.forEach((entry) => realThingFacts(entry, args));
  }
  if (!isJsonObject(value)) return;
  const ecoId = Object.values(value).find((entry) => typeof entry === 'string' && ECO_ID.test(entry)) as string | undefined;
  if (ecoId !== undefined) {
    const label = ecoLabel(ecoId);
    for (const [name, entry] of Object.entries(value)) {
      if (!LABEL.test(snake(name)) || typeof entry !== 'string' || ECO_ID.test(entry)) continue;
      if (label !== undefined) value[name] = label;
      else if (DRAWN_LABEL.test(entry)) delete value[name];
    }
  }
  const titleKey = Object.keys(value).find((name) => /^(title|name|artwork|artwork_name|painting|sculpture)$/.test(snake(name)));
  const work = artworkTitled(value[titleKey ?? '']) ?? (titleKey === undefined ? undefined : artworkAsked(args));
  if (work !== undefined)
    for (const [name, entry] of Object.entries(value)) {
      const field = snake(name);
      if (/^(artist|artist_name|painter|sculptor|creator|by)$/.test(field) && typeof entry === 'string' && work.artist !== undefined)
        value[name] = work.artist;
      else if (PRICE.test(field) && typeof entry === 'number') delete value[name];
    }
  teamTitles(value, args);
  homeScale(value);
  Object.values(value).forEach((entry) => realThingFacts(entry, args));
}

/** What a record states of an ECO term, an artwork or a real match that is not on record. */
function recordMisstated(object: Json, args: Json, problems: string[]): void {
  const ecoId = Object.values(object).find((entry) => typeof entry === 'string' && ECO_ID.test(entry)) as string | undefined;
  for (const [name, entry] of Object.entries(object)) {
    if (ecoId === undefined || !LABEL.test(snake(name)) || typeof entry !== 'string' || ECO_ID.test(entry)) continue;
    const label = ecoLabel(ecoId);
    const owner = KNOWN_LABELS.get(entry.trim().toLowerCase());
    if (label !== undefined && entry.trim().toLowerCase() !== label) problems.push(`${ecoId} is "${label}", not "${entry}"`);
    else if (label === undefined && owner !== undefined && owner !== ecoId) problems.push(`"${entry}" is ${owner}, not ${ecoId}`);
  }
  const titleKey = Object.keys(object).find((name) => /^(title|name|artwork|artwork_name|painting|sculpture)$/.test(snake(name)));
  const work = artworkTitled(object[titleKey ?? '']) ?? artworkAsked(args);
  if (work === undefined) return;
  for (const [name, entry] of Object.entries(object)) {
    const field = snake(name);
    if (PRICE.test(field) && typeof entry === 'number')
      problems.push(`${work.title} is held by ${work.held} and not for sale, yet priced ${String(entry)}`);
    if (/^(artist|artist_name|painter|sculptor)$/.test(field) && typeof entry === 'string' && work.artist !== undefined)
      if (entry.trim().toLowerCase() !== work.artist.toLowerCase()) problems.push(`${work.title} is by ${work.artist}, not ${entry}`);
  }
}

/**
 * What a call's result states of real things against the record (the check side of
 * `realThingFacts`, `artworkPriceResult` and `realMatchResult`): an ECO ID given another term's label,
 * a price or another artist put on a museum's artwork, a score of a match between two real teams.
 */
export function realThingMisstatements(data: unknown, args: Json): string[] {
  const problems: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isJsonObject(value)) return;
    recordMisstated(value, args, problems);
    problems.push(...titlesMisstated(value, args), ...homeMisstated(value));
    Object.values(value).forEach(visit);
  };
  visit(data);
  problems.push(...monarchsMisstated(data, args), ...athleteStatsMisstated(data, args));
  const sides = realSides(args);
  if (sides.length >= 2 && isJsonObject(data)) {
    const scores = Object.entries(data).filter(([name, entry]) => SCORE.test(snake(name)) && statesScore(entry, sides));
    if (scores.length > 0)
      problems.push(
        `no result of ${sides.join(' vs ')} is on record, yet the result states ${scores.map(([name, entry]) => `${name} ${String(entry)}`).join(', ')}`,
      );
  }
  return problems;
}

/** Titles each team on record has won, through the season named (its league's championship, Super Bowl, World Series, Stanley Cup, IPL). */
const TITLES: Readonly<Record<string, number>> = {
  'Boston Celtics': 18,
  'Los Angeles Lakers': 17,
  'Golden State Warriors': 7,
  'Chicago Bulls': 6,
  'Miami Heat': 3,
  'Milwaukee Bucks': 2,
  'Denver Nuggets': 1,
  'New England Patriots': 6,
  'San Francisco 49ers': 5,
  'Dallas Cowboys': 5,
  'Green Bay Packers': 4,
  'Kansas City Chiefs': 4,
  'Philadelphia Eagles': 2,
  'Buffalo Bills': 0,
  'New York Yankees': 27,
  'Boston Red Sox': 9,
  'Los Angeles Dodgers': 8,
  'Chicago Cubs': 3,
  'Houston Astros': 2,
  'Montreal Canadiens': 24,
  'Toronto Maple Leafs': 13,
  'Boston Bruins': 6,
  'Pittsburgh Penguins': 5,
  'Edmonton Oilers': 5,
  'New York Rangers': 4,
  'Mumbai Indians': 5,
  'Chennai Super Kings': 5,
  'Kolkata Knight Riders': 3,
  'Royal Challengers Bengaluru': 1,
};
/** The season the counts of `TITLES` run through, by league. */
const TITLES_THROUGH: Readonly<Record<string, string>> = {
  NBA: 'the 2024–25 NBA season',
  NFL: 'the 2024 NFL season (Super Bowl LIX)',
  MLB: 'the 2024 World Series',
  NHL: 'the 2024–25 NHL season',
  IPL: 'the 2025 IPL season',
};
const TITLE_COUNT =
  /^(championships?|championships_won|titles|titles_won|trophies|trophies_won|cups|super_bowls?|super_bowl_wins|world_series_wins|stanley_cups|rings|league_titles)$/;

/** The team on record a call or a record is about (`team: "Denver Nuggets"`). */
const teamOf = (object: Json, args: Json): string | undefined =>
  [...Object.entries(object), ...Object.entries(args)].find(
    ([name, value]) => /^(team|team_name|club|club_name|name)$/.test(snake(name)) && teamNamed(value) !== undefined,
  )?.[1] as string | undefined;

/**
 * A count of titles a team on record has won is the count on record, through the season it runs
 * to (`championships_won: 1` for the Denver Nuggets), or left out where none is held. In place.
 */
export function teamTitles(value: Json, args: Json): void {
  const team = teamOf(value, args);
  if (team === undefined) return;
  for (const [name, entry] of Object.entries(value)) {
    if (!TITLE_COUNT.test(snake(name)) || typeof entry !== 'number') continue;
    const count = TITLES[team];
    const through = TITLES_THROUGH[teamNamed(team)?.league ?? ''];
    if (count === undefined || through === undefined) delete value[name];
    else {
      value[name] = count;
      value['as_of'] = through;
    }
  }
}

/** A count of titles of a team on record that is not the count on record. */
function titlesMisstated(object: Json, args: Json): string[] {
  const team = teamOf(object, args);
  if (team === undefined) return [];
  return Object.entries(object)
    .filter(([name, entry]) => TITLE_COUNT.test(snake(name)) && typeof entry === 'number' && entry !== TITLES[team])
    .map(([name, entry]) => `${team} has ${TITLES[team] ?? '(no count on record of)'} ${name.replace(/_/g, ' ')}, not ${String(entry)}`);
}

/** A home's rooms and size scale together: a 20-bedroom home is never 37 m² with one bathroom. */
const BEDROOMS = /^(bedrooms|beds|num_bedrooms|bedroom_count)$/;
const BATHROOMS = /^(bathrooms|baths|num_bathrooms|bathroom_count)$/;
const AREA_SQM = /^(area_sqm|area_m2|size_sqm|floor_area_sqm|living_area_sqm|sqm|square_meters|area)$/;
const AREA_SQFT = /^(area_sqft|sqft|square_feet|square_footage|size_sqft|living_area_sqft|floor_area_sqft)$/;

/** The least floor area (m²) and the range of bathrooms a home of `bedrooms` bedrooms has. */
function homeBounds(bedrooms: number): { area: number; baths: [number, number] } {
  return { area: 20 + 12 * bedrooms, baths: [Math.max(1, Math.ceil(bedrooms / 3)), bedrooms + 1] };
}

/** A home record's bathrooms and floor area brought in line with its bedrooms. In place. */
export function homeScale(value: Json): void {
  const bedroomsKey = Object.keys(value).find((name) => BEDROOMS.test(snake(name)));
  const bedrooms = value[bedroomsKey ?? ''];
  if (typeof bedrooms !== 'number' || bedrooms < 1) return;
  const bounds = homeBounds(bedrooms);
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry !== 'number') continue;
    const field = snake(name);
    if (BATHROOMS.test(field)) value[name] = Math.min(Math.max(entry, bounds.baths[0]), bounds.baths[1]);
    else if (AREA_SQM.test(field) && entry < bounds.area) value[name] = bounds.area + (entry % 40);
    else if (AREA_SQFT.test(field) && entry < bounds.area * 10.764) value[name] = Math.round((bounds.area + (entry % 40)) * 10.764);
  }
}

/** A home record whose bathrooms or floor area cannot go with its bedrooms. */
function homeMisstated(object: Json): string[] {
  const bedrooms = object[Object.keys(object).find((name) => BEDROOMS.test(snake(name))) ?? ''];
  if (typeof bedrooms !== 'number' || bedrooms < 1) return [];
  const bounds = homeBounds(bedrooms);
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(object)) {
    if (typeof entry !== 'number') continue;
    const field = snake(name);
    if (BATHROOMS.test(field) && (entry < bounds.baths[0] || entry > bounds.baths[1]))
      problems.push(`a home of ${bedrooms} bedrooms with ${entry} bathrooms`);
    if ((AREA_SQM.test(field) && entry < bounds.area) || (AREA_SQFT.test(field) && entry < bounds.area * 10.764))
      problems.push(`a home of ${bedrooms} bedrooms in ${entry} ${AREA_SQM.test(field) ? 'm²' : 'sq ft'}`);
  }
  return problems;
}

/** Monarchs on record: the realms they reigned over (in the names a user gives them) and the years of their reign. */
const MONARCHS: Readonly<Record<string, { realms: readonly string[]; from: number; to: number }>> = {
  'queen victoria': {
    realms: ['united kingdom', 'uk', 'britain', 'great britain', 'england', 'scotland', 'ireland'],
    from: 1837,
    to: 1901,
  },
  'queen elizabeth i': { realms: ['england', 'ireland'], from: 1558, to: 1603 },
  'henry viii': { realms: ['england', 'ireland'], from: 1509, to: 1547 },
  'louis xiv': { realms: ['france'], from: 1643, to: 1715 },
  charlemagne: { realms: ['francia', 'france', 'germany'], from: 768, to: 814 },
  'frederick the great': { realms: ['prussia', 'germany'], from: 1740, to: 1786 },
  'catherine the great': { realms: ['russia'], from: 1762, to: 1796 },
  'isabella i of castile': { realms: ['castile', 'spain'], from: 1474, to: 1504 },
};
const MONARCH_NAME = /^(name|full_name|monarch|monarch_name|ruler|king|queen)$/;

/** The years a call asks about: a century (`century: 20` → 1901–2000) or a year. */
function yearsAsked(args: Json): [number, number] | undefined {
  const century = Object.entries(args).find(([name]) => /^century$/.test(snake(name)))?.[1];
  if (typeof century === 'number' && century > 0) return [(century - 1) * 100 + 1, century * 100];
  const year = Object.entries(args).find(([name]) => /^year$/.test(snake(name)))?.[1];
  return typeof year === 'number' ? [year, year] : undefined;
}

/** Why a monarch named in a record cannot be one of the call's country and years, if so. */
function monarchMisfit(object: Json, args: Json): string | undefined {
  const named = object[Object.keys(object).find((name) => MONARCH_NAME.test(snake(name))) ?? ''];
  const monarch = typeof named === 'string' ? MONARCHS[named.trim().toLowerCase()] : undefined;
  if (monarch === undefined) return undefined;
  const country = Object.entries(args).find(([name]) => /^(country|realm|kingdom|nation)$/.test(snake(name)))?.[1];
  const years = yearsAsked(args);
  if (typeof country === 'string' && !monarch.realms.includes(country.trim().toLowerCase()))
    return `${String(named)} never reigned in ${country}`;
  if (years !== undefined && (monarch.to < years[0] || monarch.from > years[1]))
    return `${String(named)} reigned ${monarch.from}–${monarch.to}, not in ${years[0]}–${years[1]}`;
  return undefined;
}

/** A list of monarchs keeps only those who reigned in the country and years the call asks. In place. */
export function monarchsOfTheCall(list: unknown[], args: Json): void {
  const kept = list.filter((entry) => !isJsonObject(entry) || monarchMisfit(entry, args) === undefined);
  if (kept.length < list.length) list.splice(0, list.length, ...kept);
}

/** Monarchs listed for a country or years they never reigned in. */
export function monarchsMisstated(data: unknown, args: Json): string[] {
  const problems: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isJsonObject(value)) return;
    const misfit = monarchMisfit(value, args);
    if (misfit !== undefined) problems.push(misfit);
    Object.values(value).forEach(visit);
  };
  visit(data);
  return problems;
}

/** A player's season figures: real athletes' are not on record, so none is made up for them. */
const STAT =
  /^(appearances|games|games_played|matches|matches_played|goals|goals_scored|assists|points|rebounds|steals|blocks|minutes|minutes_played|yellow_cards|red_cards|cards_received|touchdowns|passing_yards|rushing_yards|yards|home_runs|hits|rbi|batting_average|wickets|saves|shots|clean_sheets|points_per_game|rebounds_per_game|assists_per_game|performance_score|rating)$/;
const PLAYER = /^(player|player_name|athlete|athlete_name)$/;

/** The real athlete a call asks about (`player_name: "Erling Haaland"`), if any. */
const athleteAsked = (args: Json): string | undefined =>
  Object.entries(args).find(([name, value]) => PLAYER.test(snake(name)) && athleteNamed(value) !== undefined)?.[1] as string | undefined;

/** A real athlete's season figures are left out, with a note that none are on record. In place. */
export function athleteStats(value: Json, args: Json): void {
  const athlete = athleteAsked(args);
  if (athlete === undefined) return;
  let stated = false;
  for (const [name, entry] of Object.entries(value))
    if (STAT.test(snake(name)) && typeof entry === 'number') {
      delete value[name];
      stated = true;
    }
  const season = Object.entries(args).find(([name]) => /season|year/.test(snake(name)))?.[1];
  if (stated) value['note'] = `No ${season === undefined ? '' : `${String(season)} `}season statistics of ${athlete} are on record.`;
}

/** Season figures stated of a real athlete. */
function athleteStatsMisstated(data: unknown, args: Json): string[] {
  const athlete = athleteAsked(args);
  if (athlete === undefined || !isJsonObject(data)) return [];
  const stated = Object.entries(data).filter(([name, entry]) => STAT.test(snake(name)) && typeof entry === 'number');
  return stated.length === 0
    ? []
    : [
        `no season statistics of ${athlete} are on record, yet the result states ${stated.map(([name, entry]) => `${name} ${String(entry)}`).join(', ')}`,
      ];
}
