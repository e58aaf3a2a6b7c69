import type { ReviewedCall } from './conversation.js';

/**
 * Probabilities a reviewer can verify from the call alone (`results_correct`): a poker hand of five
 * cards from 52, one face of a die rolled n times in a row, k heads in n tosses of a fair coin.
 * Written from the textbook values, independent of the generator's formulas.
 */

/** Five-card poker hands: their probability as any table of poker odds gives it. */
const HANDS: Array<[RegExp, number]> = [
  [/royal/, 0.00000154],
  [/straight_?flush/, 0.0000139],
  [/four|quads/, 0.00024],
  [/full_?house/, 0.00144],
  [/flush/, 0.00197],
  [/straight/, 0.00392],
  [/three|trips/, 0.0211],
  [/two_?pairs?/, 0.0475],
];

const number = (args: Record<string, unknown>, pattern: RegExp): number | undefined => {
  const found = Object.entries(args).find(([key, value]) => pattern.test(key) && typeof value === 'number');
  return found?.[1] as number | undefined;
};

/** The probability the call asks for, when the reviewer knows it. */
function expected(tool: string, args: Record<string, unknown>): number | undefined {
  if (/poker/.test(tool)) {
    const odds = HANDS.find(([pattern]) => pattern.test(tool))?.[1];
    const deck = number(args, /deck/i) ?? 52;
    const hand = number(args, /hand/i) ?? 5;
    return odds !== undefined && deck === 52 && hand === 5 ? odds : undefined;
  }
  if (/dice|die/.test(tool) && !/sum|monopoly/.test(tool)) {
    const face = number(args, /desired|target|^number$/i);
    const sides = number(args, /sides|faces/i) ?? 6;
    const rolls = number(args, /rolls|times/i) ?? 1;
    return face === undefined || face < 1 || face > sides ? undefined : (1 / sides) ** rolls;
  }
  if (/coin/.test(tool)) {
    const tosses = number(args, /tosses|flips/i);
    const heads = number(args, /heads/i);
    if (tosses === undefined || heads === undefined || heads > tosses || tosses > 60) return undefined;
    let ways = 1;
    for (let index = 1; index <= heads; index += 1) ways = (ways * (tosses - heads + index)) / index;
    return ways / 2 ** tosses;
  }
  return undefined;
}

export function wrongChances(call: ReviewedCall): string[] {
  if (typeof call.data !== 'object' || call.data === null || typeof call.arguments !== 'object') return [];
  const tool = (call.name ?? call.chatName).toLowerCase();
  const stated = (call.data as Record<string, unknown>)['probability'];
  if (typeof stated !== 'number') return [];
  const right = expected(tool, call.arguments);
  // three significant figures of agreement: a rounded value passes, a drawn one does not
  if (right === undefined || Math.abs(stated - right) <= Math.max(right * 0.02, 0.00005)) return [];
  return [`${call.chatName}: the probability is ${right.toPrecision(3)}, not ${stated}`];
}
