import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

/**
 * The lexicons load on first use, not at import: every `inftool` process (a stdio server too) imports
 * the checks, and only the ones that check pay the ~0.5 s of unpacking them.
 */
const require = createRequire(import.meta.url);
let nlp: typeof nlpType | undefined;
/** wink-lexicon: word → every Penn tag it takes in its corpus, most frequent first (CommonJS data). */
let lexicon: Record<string, string[] | undefined> | undefined;
const tagger = (): typeof nlpType => (nlp ??= require('compromise/two') as typeof nlpType);
const LEXICON = (): Record<string, string[] | undefined> =>
  (lexicon ??= require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>);

/**
 * A word-salad detector: is a short lower-case string of dictionary words something no one would type
 * as a value ("unto pension numeric", "on heavily", "cinder procrastinate rise"), or a phrase ("machine
 * learning", "cheap flights to paris", "how to bake bread")?
 *
 * Method: every word gets every part of speech it can take (wink-lexicon's Penn tags for the ~13k
 * common words it lists, so "report" is a noun and a verb; compromise's tag of the word alone for the
 * rest and for copulas and auxiliaries; compromise in context finds names). The string is a phrase when
 * some reading of it follows the short grammar below (noun phrases, commands, questions, simple
 * clauses); it is salad when none does. Names, places, dates and numbers are never salad (a value with
 * a proper noun is someone's real thing), nor is anything with digits, capitals past the first word, or
 * punctuation, nor a single word. A reading-based grammar errs toward accepting: a phrase is only
 * flagged when no reading of its words fits, which keeps real values ("quarterly sales report", "coffee
 * shops open now") out; what it misses is grammatical nonsense ("downchange down dress"), which the
 * parameter's own hints (a hash, an id, a version) catch.
 */

/** Parts of speech: Noun, Verb (base/present), Gerund, Participle (past), Kopula, auXiliary, Adjective, adveRb, Preposition, Determiner, Conjunction, Question word, Interjection. */
type Part = 'N' | 'V' | 'G' | 'Pp' | 'K' | 'X' | 'A' | 'R' | 'P' | 'D' | 'C' | 'Q' | 'I';

interface Reading {
  part: Part;
  /** Nouns: plural. Verbs: third person singular (agrees with a singular noun). */
  agrees: boolean;
}

/** What may follow what (START is the beginning of the value). */
const FOLLOWS: Record<Part | 'START', ReadonlySet<Part>> = {
  START: new Set(['N', 'V', 'G', 'Pp', 'A', 'R', 'P', 'D', 'Q', 'I', 'X']),
  N: new Set(['N', 'G', 'Pp', 'P', 'C', 'Q', 'K', 'X', 'V']),
  V: new Set(['N', 'D', 'A', 'P', 'R', 'C', 'G', 'Pp', 'Q']),
  G: new Set(['N', 'D', 'A', 'P', 'R', 'C']),
  Pp: new Set(['N', 'P', 'R', 'C', 'D']),
  K: new Set(['A', 'N', 'D', 'P', 'R', 'G', 'Pp']),
  X: new Set(['V', 'R', 'K', 'Pp', 'G']),
  A: new Set(['A', 'N', 'G', 'C', 'P']),
  R: new Set(['A', 'V', 'G', 'Pp', 'R', 'P', 'D', 'K', 'C']),
  P: new Set(['N', 'D', 'A', 'G', 'Q']),
  D: new Set(['N', 'A', 'G', 'R', 'Pp']),
  C: new Set(['N', 'V', 'G', 'A', 'D', 'R', 'P', 'Q', 'Pp']),
  Q: new Set(['C', 'V', 'A', 'R', 'D', 'N', 'K', 'X']),
  I: new Set(['N', 'D', 'I']),
};

/** An adjective may end a value only after these (or after such an adjective): "light blue", "very good", "is open". */
const BARE_ADJECTIVE_AFTER = new Set<Part | 'START'>(['START', 'R', 'D', 'K', 'C']);
/** Adverbs that modify an adjective or a verb: "very good", "highly rated", "always check" (not "below reckless", "past live"). */
const DEGREE =
  /^(very|too|so|quite|really|extremely|pretty|more|most|less|least|rather|fairly|super|not|always|never|often|sometimes|just|also|only|still|already|even|\w+ly)$/i;
/** An adverb may end a value only after a verb or another adverb: "run quickly", "open now". */
const ADVERB_ENDS_AFTER = new Set<Part>(['V', 'G', 'Pp', 'K']);
/** A preposition may end a value only as a particle: "log in", "sign up". */
const PARTICLE_AFTER = new Set<Part>(['V', 'G', 'Pp']);

const WORD = /^[a-z]+(?:['-][a-z]+)*$/;
const NAME_TAGS = [
  'Person',
  'Place',
  'Organization',
  'ProperNoun',
  'Date',
  'Value',
  'Cardinal',
  'Money',
  'Url',
  'Email',
  'Acronym',
  'Month',
  'WeekDay',
  'Duration',
  'Unit',
];

interface Term {
  tags: string[];
}

function termsOf(text: string): Term[] {
  const doc = tagger()(text) as unknown as { json(): Array<{ terms: Term[] }> };
  return doc.json().flatMap((sentence) => sentence.terms);
}

function compromiseParts(tags: readonly string[], word: string): Reading[] {
  const has = (tag: string) => tags.includes(tag);
  const readings: Reading[] = [];
  const add = (part: Part, agrees = false) => readings.push({ part, agrees });
  if (has('Possessive') && has('Pronoun')) add('D');
  else if (has('Pronoun')) add('N', true);
  if (has('Determiner')) add('D');
  if (has('Noun') && !has('Pronoun')) add('N', has('Plural'));
  if (has('Copula')) add('K');
  else if (has('Auxiliary') || has('Modal')) add('X');
  else if (has('Verb')) {
    if (has('Gerund')) add('G');
    if (has('PastTense') || has('Participle') || has('PerfectTense')) add('Pp');
    if (!has('Gerund')) add('V', word.endsWith('s') || has('PastTense'));
  }
  if (has('Adjective') || has('Comparable') || has('Superlative')) add('A');
  if (has('Adverb') || has('Particle')) add('R');
  if (has('Preposition')) add('P');
  if (has('Conjunction')) add('C');
  if (has('QuestionWord')) add('Q');
  if (has('Expression')) add('I');
  return readings;
}

const PENN: Record<string, Reading[]> = {
  NN: [{ part: 'N', agrees: false }],
  NNS: [{ part: 'N', agrees: true }],
  VB: [{ part: 'V', agrees: false }],
  VBP: [{ part: 'V', agrees: false }],
  VBZ: [{ part: 'V', agrees: true }],
  VBD: [
    { part: 'V', agrees: true },
    { part: 'Pp', agrees: false },
  ],
  VBN: [{ part: 'Pp', agrees: false }],
  VBG: [{ part: 'G', agrees: false }],
  JJ: [{ part: 'A', agrees: false }],
  JJR: [{ part: 'A', agrees: false }],
  JJS: [{ part: 'A', agrees: false }],
  RB: [{ part: 'R', agrees: false }],
  RBR: [{ part: 'R', agrees: false }],
  RBS: [{ part: 'R', agrees: false }],
  RP: [{ part: 'R', agrees: false }],
  IN: [{ part: 'P', agrees: false }],
  TO: [
    { part: 'P', agrees: false },
    { part: 'C', agrees: false },
  ],
  DT: [{ part: 'D', agrees: false }],
  PDT: [{ part: 'D', agrees: false }],
  PRP$: [{ part: 'D', agrees: false }],
  WDT: [{ part: 'Q', agrees: false }],
  PRP: [{ part: 'N', agrees: true }],
  CC: [{ part: 'C', agrees: false }],
  WRB: [{ part: 'Q', agrees: false }],
  WP: [{ part: 'Q', agrees: false }],
  WP$: [{ part: 'Q', agrees: false }],
  UH: [{ part: 'I', agrees: false }],
  MD: [{ part: 'X', agrees: false }],
};
/** Function words: their rare open-class tags in a corpus ("the" as a verb) are noise, not readings. */
const CLOSED = new Set(['IN', 'TO', 'DT', 'PDT', 'PRP', 'PRP$', 'CC', 'WDT', 'WRB', 'WP', 'WP$', 'MD']);

/** Every reading of a word: the lexicon's tags where it lists the word, compromise's otherwise; copulas and auxiliaries from compromise. */
function readingsOf(word: string, aloneTags: readonly string[]): Reading[] {
  const own = compromiseParts(aloneTags, word);
  const listed = LEXICON()[word];
  if (!listed || listed.length === 0) return own;
  const tags = CLOSED.has(listed[0]!) ? listed.filter((tag) => CLOSED.has(tag) || tag.startsWith('RB')) : listed;
  const special = own.filter((reading) => reading.part === 'K' || reading.part === 'X');
  if (special.length > 0) return special;
  return tags.flatMap((tag) => PENN[tag] ?? []);
}

const alone = new Map<string, Term | undefined>();
function wordAlone(word: string): Term | undefined {
  if (!alone.has(word)) alone.set(word, termsOf(word)[0]);
  return alone.get(word);
}

interface State {
  part: Part;
  agrees: boolean;
  /** This reading may end the value: an adjective with nothing it should follow, an adverb after a verb, a particle. */
  canEnd: boolean;
  /** After a coordinator ("and", "or", "nor"): the part it joins, which must come again ("black and white"). */
  joins?: Part;
}

/** Adverbs that end a phrase: manner (-ly), time and place ("open now", "run quickly", "go back"). */
const ENDING_ADVERB =
  /^(\w+ly|now|today|tonight|tomorrow|yesterday|soon|later|again|here|there|away|back|out|off|home|online|offline|nearby|well|fast|hard|late|early|first|last|too|instead)$/;
/** Particles that end a phrasal verb ("log in", "sign up", "check out"). */
const PARTICLES = new Set([
  'up',
  'down',
  'in',
  'out',
  'on',
  'off',
  'over',
  'away',
  'back',
  'through',
  'around',
  'about',
  'along',
  'by',
  'forward',
]);
/** Interjections that open a real value ("hello world", "thanks a lot"); any other is noise. */
const GREETINGS = new Set(['hello', 'hi', 'hey', 'goodbye', 'bye', 'thanks', 'welcome', 'please', 'yes', 'no', 'ok', 'okay', 'wow']);
/** Gerunds and nouns coordinate ("hiking and camping"). */
const sameKind = (a: Part, b: Part) => a === b || (['N', 'G'].includes(a) && ['N', 'G'].includes(b));

function canEndAfter(part: Part, previous: Part | 'START', previousCanEnd: boolean, word: string): boolean {
  switch (part) {
    case 'N':
    case 'G':
    case 'Pp':
    case 'V':
      return true;
    case 'A':
      return BARE_ADJECTIVE_AFTER.has(previous) || (previous === 'A' && previousCanEnd);
    case 'R':
      return previous !== 'START' && ADVERB_ENDS_AFTER.has(previous) && ENDING_ADVERB.test(word);
    case 'P':
      return previous !== 'START' && PARTICLE_AFTER.has(previous) && PARTICLES.has(word);
    default:
      return false;
  }
}

/** True when `value` is a multi-word string of dictionary words that no reading makes a phrase of. */
export function isWordSalad(value: string): boolean {
  const text = value.trim();
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  const lowered = [words[0]!.charAt(0).toLowerCase() + words[0]!.slice(1), ...words.slice(1)];
  if (!lowered.every((word) => WORD.test(word))) return false;
  const terms = termsOf(lowered.join(' '));
  if (terms.length !== lowered.length) return false; // contractions or merged terms: leave it
  const readings: Reading[][] = [];
  for (const [index, term] of terms.entries()) {
    const single = wordAlone(lowered[index]!);
    if (NAME_TAGS.some((tag) => term.tags.includes(tag) || (single?.tags ?? []).includes(tag))) return false;
    const parts = readingsOf(lowered[index]!, single?.tags ?? []);
    readings.push(parts.length > 0 ? parts : [{ part: 'N', agrees: false }]);
  }
  let states: State[] = [];
  for (const [position, options] of readings.entries()) {
    const next: State[] = [];
    const from: Array<State | undefined> = position === 0 ? [undefined] : states;
    for (const option of options) {
      for (const state of from) {
        const previous: Part | 'START' = state?.part ?? 'START';
        const word = lowered[position]!;
        if (!FOLLOWS[previous].has(option.part)) continue;
        if (option.part === 'I' && !GREETINGS.has(word)) continue;
        if (state?.joins !== undefined && !sameKind(state.joins, option.part)) continue;
        // A verb after a singular noun must agree ("user logs", not "cinder procrastinate").
        if (previous === 'N' && option.part === 'V' && !state!.agrees && !option.agrees) continue;
        // An adverb before an adjective or a verb must be one that modifies it.
        if (previous === 'R' && ['A', 'V', 'G', 'Pp'].includes(option.part) && !DEGREE.test(lowered[position - 1] ?? '')) continue;
        const joins = option.part === 'C' && word !== 'to' && previous !== 'START' && previous !== 'Q' ? previous : undefined;
        const candidate: State = {
          part: option.part,
          agrees: option.agrees,
          canEnd: canEndAfter(option.part, previous, state?.canEnd ?? false, word),
          ...(joins ? { joins } : {}),
        };
        if (
          !next.some(
            (other) =>
              other.part === candidate.part &&
              other.agrees === candidate.agrees &&
              other.canEnd === candidate.canEnd &&
              other.joins === candidate.joins,
          )
        )
          next.push(candidate);
      }
    }
    if (next.length === 0) return true;
    states = next;
  }
  return !states.some((state) => state.canEnd);
}

function loneWordParts(value: string): Part[] | undefined {
  const word = value.trim();
  if (!WORD.test(word)) return undefined;
  const single = wordAlone(word);
  if (NAME_TAGS.some((tag) => (single?.tags ?? []).includes(tag))) return undefined;
  const parts = readingsOf(word, single?.tags ?? []).map((reading) => reading.part);
  return parts.length > 0 ? parts : undefined;
}

/** A single lower-case word that is only a function word or an adverb ("over", "quietly", "alongside", "why"): no identifier looks like that. */
export function isFunctionWord(value: string): boolean {
  return loneWordParts(value)?.every((part) => ['R', 'P', 'C', 'Q', 'I', 'D', 'X', 'K'].includes(part)) ?? false;
}

/**
 * A single word no parameter takes as its value: only a manner adverb ("quietly", "adventurously"), a
 * conjunction or a question word ("whereas", "why"). Prepositions, determiners and other adverbs are
 * left alone: "above", "all", "now" are real values of position, scope and time parameters.
 */
export function isNonValueWord(value: string): boolean {
  const parts = loneWordParts(value);
  if (!parts) return false;
  return parts.every((part) => part === 'C' || part === 'Q') || (/ly$/.test(value.trim()) && parts.every((part) => part === 'R'));
}

/** Is a word a common English noun in wink-lexicon ("forecast", "media"; "nearest", "calculate" and codes are not)? */
export function isLexiconNoun(word: string): boolean {
  const w = word.toLowerCase();
  const tags = LEXICON()[w] ?? LEXICON()[w.replace(/(e?s)$/, '')];
  return tags !== undefined && tags.some((tag) => tag === 'NN' || tag === 'NNS');
}

/** Is a lower-case word an English word (listed in wink-lexicon's ~13k common words, any inflection it lists)? */
export function isLexiconWord(word: string): boolean {
  const listed = LEXICON()[word.toLowerCase()];
  return listed !== undefined && listed.length > 0;
}
