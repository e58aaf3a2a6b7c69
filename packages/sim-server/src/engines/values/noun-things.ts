import type { Faker } from '@faker-js/faker';
import * as lexicon from './lexicon.js';
import type { Topic } from './topic.js';

/**
 * Real things of a noun no kind rule knows, by the field the API works in: a train is `ICE 1007`, a
 * treaty the `Treaty of Lisbon`, a blues scale `C blues scale`, a chord progression `I–IV–V in G`.
 * The last source of a name before none is found (`neutralName`): never a label of the noun
 * (`shared train`, `default treaty`). An entry with a context applies only where the tool's name,
 * description or server speak of it (a music API's scale, not a map's).
 */
interface NounThings {
  nouns: RegExp;
  /** Words the tool's text must hold for these things to be the noun's. */
  context?: RegExp;
  things: readonly string[] | ((faker: Faker) => string);
}

const MUSIC = /\b(music\w*|musical|melod\w*|chords?|notes?|scales?|keys?|tempo|songs?|guitar|piano|harmon\w*|composer|composition)\b/;
const NOTES = ['C', 'G', 'D', 'A', 'E', 'F', 'B♭', 'E♭'];

const NOUN_THINGS: readonly NounThings[] = [
  // A library that lends books is a public one (`Boston Public Library`), never a software package (`requests`).
  {
    nouns: /^librar(y|ies)$/,
    context: /\b(books?|authors?|novels?|borrow\w*|loans?|isbn|genres?|publication|reading|holds?)\b/,
    things: lexicon.PUBLIC_LIBRARIES,
  },
  // A law case is named by its parties ("The full case name (including vs.)"), never `personal case`.
  {
    nouns: /^(cases?|lawsuits?|litigations?)$/,
    context: /\b(law|laws|legal|court|courts|judge|judicial|lawsuits?|litigation|tried|v\.|vs\.?)(?=\W|$)/,
    things: [
      'Brown v. Board of Education',
      'Roe v. Wade',
      'Miranda v. Arizona',
      'Marbury v. Madison',
      'Gideon v. Wainwright',
      'Obergefell v. Hodges',
      'Plessy v. Ferguson',
      'Citizens United v. FEC',
      'Loving v. Virginia',
      'Apple Inc. v. Samsung Electronics Co.',
    ],
  },
  {
    nouns: /^trains?$/,
    things: (faker) => `${faker.helpers.arrayElement(['ICE', 'IC', 'EC', 'RE', 'RB'])} ${faker.number.int({ min: 12, max: 2999 })}`,
  },
  { nouns: /^currenc(y|ies)$/, things: ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'SEK'] },
  {
    nouns: /^treat(y|ies)$/,
    things: [
      'Treaty of Rome',
      'Maastricht Treaty',
      'Treaty of Lisbon',
      'Treaty of Nice',
      'Treaty of Amsterdam',
      'Schengen Agreement',
      'Treaty of Paris',
      'Treaty of Versailles',
      'Peace of Westphalia',
    ],
  },
  {
    nouns: /^scales?$/,
    context: MUSIC,
    things: (faker) =>
      `${faker.helpers.arrayElement(NOTES)} ${faker.helpers.arrayElement(['blues scale', 'major scale', 'minor pentatonic scale', 'dorian mode', 'natural minor scale'])}`,
  },
  {
    nouns: /^(progressions?|chords?)$/,
    context: MUSIC,
    things: (faker) =>
      `${faker.helpers.arrayElement(['I–IV–V', 'ii–V–I', 'I–V–vi–IV', 'I–vi–IV–V', 'i–iv–v'])} in ${faker.helpers.arrayElement(NOTES)}`,
  },
  // one step of a progression pattern
  { nouns: /^patterns?$/, context: MUSIC, things: ['I', 'IV', 'V', 'vi', 'ii', 'iii', 'V7'] },
  {
    nouns: /^(melod(y|ies)|tunes?)$/,
    context: MUSIC,
    things: (faker) =>
      `${faker.helpers.arrayElement(['Melody', 'Motif', 'Theme'])} in ${faker.helpers.arrayElement(NOTES)} ${faker.helpers.arrayElement(['major', 'minor'])}`,
  },
  { nouns: /^(movies?|films?)$/, things: lexicon.MOVIES },
  {
    nouns: /^discover(y|ies)$/,
    things: ['Penicillin', 'Law of universal gravitation', 'Structure of DNA', 'Radioactivity', 'X-rays', 'The electron', 'Insulin'],
  },
  {
    nouns: /^inventions?$/,
    things: ['Telephone', 'Light bulb', 'Printing press', 'Steam engine', 'World Wide Web', 'Transistor', 'Telescope'],
  },
  // what an assistant's memory holds of its user
  {
    nouns: /^memor(y|ies)$/,
    things: [
      'Prefers window seats on long flights',
      'Birthday is on 14 March',
      'Works night shifts as a nurse',
      'Allergic to peanuts',
      'Daughter Mia starts school in September',
      'Favourite cuisine is Thai',
      'Training for the Berlin marathon',
    ],
  },
  { nouns: /^religions?$/, things: lexicon.RELIGIONS },
  { nouns: /^instruments?$/, things: lexicon.INSTRUMENTS },
  { nouns: /^species$/, things: lexicon.SPECIES },
  { nouns: /^(particles?)$/, things: ['Electron', 'Proton', 'Neutron', 'Photon', 'Muon'] },
  { nouns: /^cells?$/, things: ['Neuron', 'Red blood cell', 'Hepatocyte', 'Epithelial cell', 'T cell', 'Muscle fibre'] },
];

/** A real thing of kind `noun` in the tool's field, when one is known; else undefined. */
export function nounThing(faker: Faker, topic: Pick<Topic, 'text'>, noun: string): string | undefined {
  const kind = noun.toLowerCase().replace(/[^a-z]/g, '');
  const entry = NOUN_THINGS.find((candidate) => candidate.nouns.test(kind) && (candidate.context?.test(topic.text) ?? true));
  if (entry === undefined)
    return lexicon.NAMED_THINGS[kind] === undefined ? undefined : faker.helpers.arrayElement(lexicon.NAMED_THINGS[kind]);
  return typeof entry.things === 'function' ? entry.things(faker) : faker.helpers.arrayElement(entry.things);
}
