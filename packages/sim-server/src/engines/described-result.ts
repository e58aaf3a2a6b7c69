import { ownDescription } from './described-fields.js';
import { nameWords } from './entity-rules.js';

type Json = Record<string, unknown>;

/**
 * What a tool of no known topic returns, read from the clause of its description that says so:
 * "Retrieve the creator of a sculpture" → the creator (a person), "Locate nearby hospitals" → hospitals
 * with their addresses and distances, "Retrieve the average price and ratings of an instrument" →
 * `average_price` with its currency and `rating`, "Check for eligibility for a loan" → `eligible`.
 * Each thing named becomes a field only where its kind is known (a person, a place, a price, a score,
 * a count, a year...): a thing of no known kind would be filled with a label, and a fact of a real
 * entity no table here holds (a country's capital, two cities' time difference) with a false one,
 * so both are left out.
 */

const text = (extra: Json = {}): Json => ({ type: 'string', ...extra });
const number = (minimum: number, maximum: number): Json => ({ type: 'number', minimum, maximum });
const integer = (minimum: number, maximum: number): Json => ({ type: 'integer', minimum, maximum });

/** Verbs that open a description of what a tool returns ("Retrieves…", "This function will return…"). */
const OPENING =
  /^\s*(?:this (?:function|tool|api|endpoint|method) (?:will |can )?)?(?:retrieves?|retrive|gets?|fetch(?:es)?|finds?|locates?|identif(?:y|ies)|determines?|returns?|provides?|checks?(?: for)?|looks? up|lists?|shows?|gives?|obtains?|reports?|predicts?|projects?|forecasts?)\s+(.+)$/i;
/** Where the thing returned ends and what it is of, for or about begins. */
const BOUNDARY =
  /\s(?:of|for|from|in|at|between|based|given|using|by|within|on|to|with|that|which|who|where|when|if|under|over|per|across|around|near|according|as)\s|[,.;:(]|\s-\s/i;
/** Words before the thing that say nothing of it. */
const LEADING = /^(the|a|an|all|any|some|its|their|current|latest|specific|specified|particular|given|detailed|most|recent)$/;
/** A head that only says "about the thing after of": "the name of the discoverer", "details of a battle". */
const ABOUT = /^(name|names|details|detail|information|info|data|list|summary|facts)$/;

/** People by their role: a field named after the role holds a person's name. */
const PERSON =
  /^(creator|discoverer|inventor|founder|judge|scientist|author|artist|composer|architect|sculptor|painter|prophet|owner|winner|scorer|goalscorer|champion|mvp|victor|ceo|president|leader|coach|captain|director|writer|poet|designer|manager|player|monarch|king|queen|ruler|emperor|pope|explorer|mathematician|physicist|chemist|philosopher)$/;
/** Places found near a location ("nearby hospitals"): listed with their address and distance. */
const PLACES =
  /^(hospitals|libraries|gyms|parks|stores|shops|nurseries|landmarks|lots|clinics|schools|museums|theaters|theatres|cinemas|pharmacies|stations|venues|galleries|churches|temples|mosques|markets|malls|banks|atms|cafes|bars|pools|zoos|campgrounds|trails|beaches|courts|stadiums|airports|dealerships|centers|centres|offices|salons|studios|bakeries)$/;

/** What places are named after: people and local features, never a compass point or "Main" (`<Place> <Noun>` labels). */
const NAMESAKES = [
  'Franklin',
  'Lincoln',
  'Jefferson',
  'Hawthorne',
  'Maplewood',
  'Cedar Grove',
  'Oakridge',
  'Willow Creek',
  'Carnegie',
  'Roosevelt',
  'Fairview',
  'Kingsley',
  'Ashford',
  'Whitman',
];

const singular = (word: string): string =>
  word
    .replace(/ies$/, 'y')
    .replace(/(ches|shes|sses|xes)$/, (ending) => ending.slice(0, -2))
    .replace(/s$/, '');

/** The field (or fields) one named thing becomes, by its words (`average price`, `compatibility score`, `hospitals`). */
function thingFields(words: string[], near: boolean): { fields: Record<string, Json>; many?: boolean } | undefined {
  const last = words.at(-1);
  if (last === undefined) return undefined;
  const name = words.join('_');
  const has = (pattern: RegExp): boolean => words.some((word) => pattern.test(word));
  if (PLACES.test(last)) {
    const kind = words.slice(-2).filter((word) => !/^(nearby|local|closest|nearest|best|top)$/.test(word));
    const place = kind.map(singular).join('_');
    // named as such places are (`Franklin Public Library`), never a word the generator knows for the noun
    const title = kind.map((word) => singular(word).replace(/^./, (letter) => letter.toUpperCase())).join(' ');
    return {
      many: true,
      fields: {
        [`${place}_name`]: text({ pattern: `^(${NAMESAKES.join('|')}) ${title}$` }),
        address: text(),
        ...(near ? { distance_km: number(0.2, 15) } : {}),
        rating: number(3, 5),
      },
    };
  }
  // a personality analysis names a type of four letters (`mbti_analyse` → `mbti_type` INFJ)
  if (last === 'mbti') return { fields: { mbti_type: text({ pattern: '^[EI][SN][TF][JP]$' }) } };
  // "the judge handling a lawsuit", "the creator": a person, named after the role
  // (a person's statistics are no person: the role must end the phrase, or a participle or `name` follow it)
  const at = words.findIndex(
    (word, index) => PERSON.test(singular(word)) && (index === words.length - 1 || /(ing|ed|name)$/.test(words[index + 1] as string)),
  );
  if (at >= 0) {
    // `top scorer`, `lead author`: a rank before the role is part of its name
    const rank = at > 0 && /^(top|best|leading|lead|head|chief)$/.test(words[at - 1] as string) ? `${words[at - 1] as string}_` : '';
    return { fields: { [`${rank}${singular(words[at] as string)}`]: text() } };
  }
  if (
    /^(prices?|costs?|fees?|fares?|worth)$/.test(last) ||
    (/^values?$/.test(last) && has(/^(market|estimated|resale|appraised|current)$/))
  )
    // a painting at auction sells for millions, a ticket or a meal for tens
    return {
      fields: {
        [name.replace(/s$/, '')]: has(/^(art|artworks?|paintings?|auctions?|sculptures?)$/)
          ? number(2_000_000, 150_000_000)
          : number(5, 900),
        currency: { const: 'USD' },
      },
    };
  if (/^(ratings?|reviews?)$/.test(last)) return { fields: { rating: number(2.5, 5), review_count: integer(3, 4_000) } };
  if (/^(score|scores|compatibility|match)$/.test(last)) return { fields: { [name.replace(/s$/, '')]: integer(0, 100) } };
  if (/^(probability|likelihood|chance|odds)$/.test(last)) return { fields: { [name]: number(0, 1) } };
  if (/^(expectancy)$/.test(last)) return { fields: { life_expectancy_years: number(45, 84) } };
  if (/^(eligibility|eligible)$/.test(last)) return { fields: { eligible: { type: 'boolean' } } };
  if (/^(availability|available)$/.test(last)) return { fields: { available: { type: 'boolean' } } };
  // "the future population size": a population, however it is measured
  if (/^(population)$/.test(last) || (/^(size|count|number)$/.test(last) && has(/^population$/)))
    return { fields: { population: integer(1_000, 40_000_000) } };
  if (/^(year)$/.test(last)) return { fields: { [name]: integer(1500, 2024) } };
  if (/^(sentiment)$/.test(last))
    return { fields: { sentiment: { type: 'string', enum: ['positive', 'neutral', 'negative'] }, confidence: number(0.55, 0.99) } };
  return undefined;
}

/** The things the description's opening clause says the tool returns, each as words (`the average price and ratings` → [average, price], [ratings]). */
export function describedThings(description: string): string[][] {
  const first = (ownDescription(description).split(/(?<=[.!?])\s|\n/)[0] ?? '').trim();
  const opening = OPENING.exec(first);
  if (opening?.[1] === undefined) return [];
  let phrase = opening[1];
  // "the name of the discoverer": the thing is what the name is of
  const about = /^(?:the |a |an )?(?:\w+ )?(name|names|details|detail|information|info|data|list|summary|facts) of (.+)$/i.exec(phrase);
  if (about?.[2] !== undefined && /^(name|names)$/i.test(about[1] ?? '')) phrase = about[2];
  const end = BOUNDARY.exec(` ${phrase}`);
  const object = end === null ? phrase : ` ${phrase}`.slice(0, end.index);
  return object
    .split(/\s+and\s+|\s*,\s*|\s+or\s+|\s*&\s*/)
    .map((part) => nameWords(part).filter((word) => word.length > 1 && !LEADING.test(word)))
    .map((words) => (words.length > 1 && ABOUT.test(words.at(-1) as string) ? words.slice(0, -1) : words))
    .filter((words) => words.length > 0 && words.length <= 3 && !(words.length === 1 && ABOUT.test(words[0] as string)));
}

/**
 * The fields of what a tool's description says it returns, where a kind is known for each thing it
 * names; `many` when it names places found near a location. Undefined when no thing has a known kind.
 */
export function describedResult(
  description: string,
  inputProperties: Record<string, Json> = {},
): { fields: Record<string, Json>; many?: boolean } | undefined {
  const fields: Record<string, Json> = {};
  let many = false;
  // a distance only from somewhere: "nearby", "nearest", a radius
  const near =
    /\b(near|nearby|nearest|closest|around|radius|within)\b/i.test(ownDescription(description)) ||
    Object.keys(inputProperties).some((key) => /radius|distance/i.test(key));
  for (const words of describedThings(description)) {
    const found = thingFields(words, near);
    if (found === undefined) continue;
    for (const [key, schema] of Object.entries(found.fields)) if (!(key in inputProperties)) fields[key] = schema;
    many ||= found.many === true;
  }
  return Object.keys(fields).length === 0 ? undefined : { fields, ...(many ? { many } : {}) };
}

/**
 * The fields of a computed value that is no quantity, by the words naming it (`winner`, `top_scorer`,
 * `sentiment`): a person for a role, a sentiment with its confidence, a yes or no for an eligibility.
 * Undefined when the words name a quantity or nothing known: the caller keeps its number.
 */
export function computedThing(words: string[]): Record<string, Json> | undefined {
  for (const candidate of [words, ...words.map((word) => [word])]) {
    const found = thingFields(candidate, false);
    if (found === undefined || found.many === true) continue;
    const [first] = Object.values(found.fields);
    if (first !== undefined && first['type'] !== 'number' && first['type'] !== 'integer') return found.fields;
  }
  return undefined;
}
