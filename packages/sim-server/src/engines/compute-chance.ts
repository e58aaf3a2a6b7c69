/**
 * Probabilities a chance tool computes from its arguments: a poker hand, dice, coins, cards drawn, a
 * binomial outcome, favourable over total outcomes. A simulated `0.01` for a full house teaches a model
 * a wrong fact; these are the right numbers, or nothing when the arguments do not say enough.
 */

type Json = Record<string, unknown>;

const round = (value: number, digits = 6): number => Number(value.toPrecision(digits));

function numberArg(args: Json, pattern: RegExp): number | undefined {
  const entry = Object.entries(args).find(([name, value]) => pattern.test(name) && typeof value === 'number' && Number.isFinite(value));
  return entry?.[1] as number | undefined;
}

/** n choose k, exact for the small numbers of cards and dice. */
export function choose(n: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 0 || k > n) return 0;
  let result = 1;
  for (let index = 1; index <= Math.min(k, n - k); index += 1) result = (result * (n - Math.min(k, n - k) + index)) / index;
  return Math.round(result);
}

/** Five-card poker hands from a 52-card deck, by the words of their names. */
const POKER_HANDS: Array<[RegExp, number]> = [
  [/royal/, 4],
  [/straight.*flush|flush.*straight/, 36],
  [/four|quads/, 624],
  [/full/, 3744],
  [/flush/, 5108],
  [/straight/, 10_200],
  [/three|trips/, 54_912],
  [/two.*pairs?/, 123_552],
];

function pokerHand(args: Json, text: string): Json | undefined {
  const deck = numberArg(args, /deck/i) ?? 52;
  const hand = numberArg(args, /hand|cards/i) ?? 5;
  const ways = POKER_HANDS.find(([pattern]) => pattern.test(text))?.[1];
  if (ways === undefined || deck !== 52 || hand !== 5) return undefined;
  return { probability: round(ways / choose(52, 5), 4) };
}

/** One number on a die `rolls` times in a row, or a sum of two dice. */
function dice(args: Json, text: string): Json | undefined {
  const sides = numberArg(args, /sides|faces/i) ?? 6;
  const sum =
    numberArg(args, /sum/i) ?? (/\b(sum|two dice|monopoly)\b/.test(text) ? numberArg(args, /^(number|target|desired)/i) : undefined);
  if (sum !== undefined && (numberArg(args, /dice_number|num_dice|number_of_dice/i) ?? 2) !== 2) return undefined;
  if (sum !== undefined) {
    const ways = Array.from({ length: sides }, (_, first) => sum - (first + 1)).filter((second) => second >= 1 && second <= sides).length;
    return { probability: round(ways / (sides * sides), 4) };
  }
  const face = numberArg(args, /desired|target|^number$/i);
  const rolls = numberArg(args, /rolls?|times/i) ?? 1;
  if (face === undefined || face < 1 || face > sides || !Number.isInteger(rolls) || rolls < 1) return undefined;
  return { probability: round((1 / sides) ** rolls, 4) };
}

/** Exactly `k` of `n` coin tosses, or `k` successes of `n` trials at a chance `p`. */
function binomial(args: Json): Json | undefined {
  const trials = numberArg(args, /trials|tosses|flips|^n$/i);
  const successes = numberArg(args, /^(?!prob).*(success|heads)|^k$/i);
  const chance = numberArg(args, /^p$|prob|chance/i) ?? (/coin|toss|flip/i.test(Object.keys(args).join(' ')) ? 0.5 : undefined);
  if (trials === undefined || successes === undefined || chance === undefined || chance < 0 || chance > 1) return undefined;
  if (!Number.isInteger(trials) || !Number.isInteger(successes) || successes > trials) return undefined;
  return { probability: round(choose(trials, successes) * chance ** successes * (1 - chance) ** (trials - successes), 4) };
}

/**
 * Favourable outcomes over all outcomes (`favorable_outcomes: 4, total_outcomes: 52`); with several
 * cards drawn, the chance that at least one of them is a desired card.
 */
function ratio(args: Json): Json | undefined {
  const total = numberArg(args, /total/i);
  const favourable = numberArg(args, /favou?rable|event|success|desired/i);
  if (total === undefined || favourable === undefined || total <= 0 || favourable < 0 || favourable > total) return undefined;
  const drawn = numberArg(args, /drawn|draws/i) ?? 1;
  if (!Number.isInteger(drawn) || drawn < 1 || drawn > total) return undefined;
  const none = drawn === 1 ? 1 - favourable / total : choose(total - favourable, drawn) / choose(total, drawn);
  return { probability: round(1 - none, 4) };
}

/** The probability a chance tool computes, by its name's words and arguments; undefined when they do not say enough. */
export function chance(args: Json, words: string[]): Json | undefined {
  const text = words.join(' ');
  if (/\bpoker\b/.test(text) || /\b(full|flush|royal|straight)\b/.test(text)) return pokerHand(args, text);
  if (/\b(dice|die|roll|monopoly)\b/.test(text)) return dice(args, text);
  if (/\b(coin|binomial|toss|flip)\b/.test(text) || numberArg(args, /trials/i) !== undefined) return binomial(args);
  // a suit of a standard deck: 13 of its 52 cards
  if (typeof args['suit'] === 'string' && numberArg(args, /total/i) === undefined) return { probability: 0.25 };
  return ratio(args);
}

/**
 * A die's face asked for is one the die has (`desired_number: 50` on a six-sided die → 2); each
 * value kept in the type drawn. Returns `args` itself when nothing changes.
 */
export function facesOnTheDie(args: Record<string, unknown>): Record<string, unknown> {
  const sidesKey = Object.keys(args).find((name) => /(^|_)(die|dice)_?(sides|faces)$|^sides(_per_die)?$/i.test(name));
  const faceKey = Object.keys(args).find((name) => /^(desired_number|target_number|number|face)$/i.test(name));
  const [sides, face] = [sidesKey && args[sidesKey], faceKey && args[faceKey]];
  if (typeof sides !== 'number' || typeof face !== 'number' || !Number.isInteger(sides) || sides < 2 || (face >= 1 && face <= sides))
    return args;
  return { ...args, [faceKey as string]: ((Math.abs(Math.trunc(face)) + sides - 1) % sides) + 1 };
}
