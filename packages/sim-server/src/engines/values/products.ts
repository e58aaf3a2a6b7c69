import type { Faker } from '@faker-js/faker';
import * as lexicon from './lexicon.js';
import { nounThing } from './noun-things.js';
import type { Topic } from './topic.js';

/**
 * Products only where products are sold: a shop's, a catalog's or a marketplace's records are
 * products (`espresso machine`); a Facebook post's poster, a water system's name or a game's
 * collectable never is. Elsewhere a noun no rule knows gets a value by what it means (`neutralName`).
 */

/** Words that say, wherever they stand, that an API deals in goods for sale (a shop, a marketplace, a retailer's name). */
const SHOP_WORDS =
  /\b(shop|shops|shopping|online stores?|web ?shops?|storefronts?|e-?commerce|marketplaces?|zalando|walmart|ebay|etsy|shopify|best ?buy|for sale|wish ?lists?|shopping ?carts?)\b/;
/** Words that say so in a tool's or a field's own name only (`get_products`, `productName`): a description's "products" or "catalog" may be a hotel's or GIPHY's. */
const PRODUCT_NAME_WORDS = /\b(products?|catalog(ue)?s?|skus?|merchandise|goods|articles?|listings?)\b/;

const cache = new Map<string, boolean>();

const words = (text: string): string =>
  text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase();

/** Whether a tool is about products: a shop's words anywhere in its name, description and server (`topic.text`), or product words in its own name. */
export function aboutProducts(topic: Pick<Topic, 'text' | 'own'>): boolean {
  return productText(topic.text, (topic.own ?? []).join(' '));
}

/** Whether a text (a description, a server) speaks of a shop, or a name (a tool's, a field's) of products. */
export function productText(text: string, name = ''): boolean {
  const key = `${text}\u0000${name}`;
  let about = cache.get(key);
  if (about === undefined) {
    about = SHOP_WORDS.test(words(`${text} ${name}`)) || PRODUCT_NAME_WORDS.test(words(name));
    if (cache.size > 20_000) cache.clear();
    cache.set(key, about);
  }
  return about;
}

const PRODUCT_WORDS = new Set(lexicon.PRODUCTS.map((product) => product.toLowerCase()));

/** Whether a value is one of the generator's product names (`yoga mat`). */
export function isProductWord(value: string): boolean {
  return PRODUCT_WORDS.has(value.trim().toLowerCase());
}

/** Nouns of someone who does something (`poster`, `uploader`, `commenter`): a person or an account. */
const AGENT_NOUN =
  /^(post|upload|comment|publish|writ|report|sender|send|receiv|own|subscrib|follow|view|sign|host|organi[sz]|creat|edit|review|submit|request|approv|assign|invit|speak|lead|design|develop|manag|play|travel|driv|teach|train|produc|direct|research|investig|inspect|operat|donat|employ|work|tweet|shar|like|voter|bidd|list|contribut|moderat|admin|maintain|commit|submitt)(er|or|ee)s?$/;
/** Nouns of places and works people name after their place: a water system is the `Kamloops Water System`. */
const FACILITY_NOUN =
  /^(system|plant|facility|utility|station|district|center|centre|site|park|library|school|hospital|clinic|reservoir|dam|well|mine|farm|airport|port|harbou?r|terminal|depot|warehouse|stadium|arena|campus|branch|office|shelter|court|jail|prison|museum|zoo|garden|market|mall|bridge|tunnel|road|trail|lake|river|beach|forest|refuge|preserve|reserve|cemetery|precinct|ward|parish|township|county|region)$/;
/** Tools whose records sit at a place (a UV index, a forecast, an address): an unknown name is the place's. */
const PLACE_TOOL =
  /\b(locations?|city|cities|places?|weather|forecasts?|uv|air ?quality|latitude|longitude|coordinates|address\w*|regions?|areas?|zip|postal|nearby|near)\b/;
/** Things a game has, by the kind of item a game tool lists. */
const GAME_ITEMS: Record<string, readonly string[]> = {
  // a card game's things are playing cards (a poker hand is `10♠`, `J♠`), never fish or bugs
  card: ['A♠', 'K♥', 'Q♦', 'J♠', '10♠', '9♥', '8♣', '7♦', 'A♣', 'K♠', '10♥', '6♣'],
  fish: ['Sea Bass', 'Coelacanth', 'Koi', 'Blue Marlin', 'Stringfish', 'Barred Knifejaw'],
  bug: ['Monarch Butterfly', 'Tarantula', 'Emperor Butterfly', 'Stag Beetle', 'Firefly', 'Mantis'],
  sea: ['Octopus', 'Sea Star', 'Giant Isopod', 'Spider Crab', 'Sea Pig', 'Gigas Giant Clam'],
  fossil: ['T. Rex Skull', 'Amber', 'Ammonite', 'Trilobite'],
  weapon: ['Master Sword', 'Iron Longsword', 'Hylian Shield', 'Royal Bow'],
  '': ['Sea Bass', 'Monarch Butterfly', 'Octopus', 'Ammonite', 'Golden Trout', 'Tarantula'],
};

/** Whether a noun names someone who does something (`poster`, `uploader`), not a thing (`folder`, `water`). */
export const agentNoun = (noun: string): boolean => AGENT_NOUN.test(noun.toLowerCase().replace(/[^a-z]/g, ''));

/** An organisation's name as people write it (`Keller Group`), never faker's `Little-Bode, Jaskolski and Bergstrom`. */
const organisation = (faker: Faker): string =>
  `${faker.person.lastName()} ${faker.helpers.arrayElement(['Group', 'Partners', 'Associates', 'Holdings', 'Foundation', 'Media', 'Consulting'])}`;

const titleCase = (words: readonly string[]): string => words.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`).join(' ');

/**
 * A value for a noun no rule knows, outside products: a person or an organisation for someone who
 * acts (`poster` → `BC Gov News` or `Maria Lopez`), a place-based name for a facility (`Kamloops
 * Water System`), a game's own thing inside a game, the place for a record of a place tool; an
 * organisation's name where the API deals with organisations; a real thing of the noun
 * (`nounThing`: a train's `ICE 1007`); else, as a last resort the callers drop, a plain label of
 * the noun (`shared collection`, see `isFillerLabel`), never a made-up company in a field that is not about one.
 */
export function neutralName(faker: Faker, topic: Topic, noun: string): string {
  const kind = noun.toLowerCase().replace(/[^a-z]/g, '');
  // a player, a teacher or a driver is a person; a poster or a publisher may be an organisation where the API deals with them
  if (agentNoun(kind))
    return (ORGANISATION_AGENT.test(kind) || ORGANISATION_TEXT.test(topic.text)) && faker.datatype.boolean()
      ? organisation(faker)
      : `${faker.person.firstName()} ${faker.person.lastName()}`;
  const city = (faker.helpers.arrayElement(lexicon.CITIES) as readonly [string, ...unknown[]])[0];
  if (FACILITY_NOUN.test(kind)) {
    // the facility's full noun from the tool's own words (`water`, `system` → Water System)
    const own = topic.own ?? topic.words;
    const at = own.findIndex((word) => word.replace(/s$/, '') === kind);
    const words = at > 0 && !/^(get|list|all|by|of)$/.test(own[at - 1] ?? '') ? [own[at - 1] as string, kind] : [kind];
    return `${city} ${titleCase(words)}`;
  }
  if (topic.sport === undefined && /\b(games?|gaming|quests?)\b/.test(topic.text)) {
    const type = Object.keys(GAME_ITEMS).find((word) => word !== '' && new RegExp(`\\b${word}(e?s)?\\b`).test(topic.text)) ?? '';
    return faker.helpers.arrayElement(GAME_ITEMS[type] ?? GAME_ITEMS[''] ?? []);
  }
  if (PLACE_TOOL.test(topic.text)) return city;
  // an organisation only where the API deals with organisations; elsewhere a company's name is filler (`"collection": "Purdy Media"`)
  if (ORGANISATION_TEXT.test(topic.text)) return organisation(faker);
  // a real thing of the noun where one is known (a train's `ICE 1007`, a treaty's `Treaty of Lisbon`)
  const thing = nounThing(faker, topic, kind);
  if (thing !== undefined) return thing;
  return `${faker.helpers.arrayElement(LABEL_WORDS)} ${kind.replace(/s$/, '') || 'item'}`;
}

/** Agents that are as often an organisation as a person (a post's poster, a feed's publisher). */
const ORGANISATION_AGENT =
  /^(post|publish|upload|own|send|host|organi[sz]|creat|produc|sponsor|subscrib|list|donat|employ|maintain)(er|or)s?$/;

/** Words that say an API's records belong to organisations (its unknown names may be theirs). */
const ORGANISATION_TEXT =
  /\b(compan(y|ies)|organi[sz]ations?|business(es)?|vendors?|suppliers?|partners?|clients?|employers?|brands?|publishers?|institutions?|firms?|agenc(y|ies)|sponsors?|merchants?)\b/;
/**
 * Qualifiers of the last resort for a thing nothing knows (`primary collection`): a value no user or
 * API would give, so a result leaves such an optional field out and the planner plans another value
 * (`isFillerLabel`); the checks reject a record that still holds one.
 */
const LABEL_WORDS = ['primary', 'default', 'standard', 'shared', 'archived', 'personal', 'team'];
const FILLER_LABEL = new RegExp(`^(${LABEL_WORDS.join('|')}) [a-z]+$`);

/** Whether a value is the generator's last-resort label of a noun (`shared train`, `default treaty`). */
export function isFillerLabel(value: unknown): boolean {
  return typeof value === 'string' && FILLER_LABEL.test(value);
}
