import { canonicalJson, seedFrom } from '@inftool/core';

type Json = Record<string, unknown>;

/**
 * Results that are no quantity but still follow from the arguments: the winner of a game is one of
 * the players the call names, the derivative of a polynomial is a polynomial (or its value at the x
 * the call gives). Undefined when the arguments do not allow it: the caller then generates a value
 * typed by what the tool returns.
 */

/** One contestant each (`player1`, `team_a`, `candidate_two`). */
const CONTESTANT = /^(player|team|candidate|participant|contestant|competitor|side|fighter|opponent)_?(\d+|one|two|three|four|a|b|c|d)$/i;
/** Several at once (`players: ["Ann", "Bo"]`, `teams: [{name: "X"}]`). */
const CONTESTANTS = /^(players|teams|candidates|participants|contestants|competitors|fighters|opponents)$/i;

function contestants(args: Json): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    if (CONTESTANT.test(key) && typeof value === 'string' && value.trim() !== '') found.push(value);
    if (CONTESTANTS.test(key) && Array.isArray(value))
      for (const item of value) {
        if (typeof item === 'string' && item.trim() !== '') found.push(item);
        const name = typeof item === 'object' && item !== null ? (item as Json)['name'] : undefined;
        if (typeof name === 'string' && name.trim() !== '') found.push(name);
      }
  }
  return [...new Set(found)];
}

/** The winner among the contestants the call names, the same one for the same call. */
export function winnerOf(args: Json): Json | undefined {
  const dealt = blackjackWinner(args);
  if (dealt !== undefined) return dealt;
  const names = contestants(args);
  if (names.length < 2) return undefined;
  return { winner: names[seedFrom('winner', canonicalJson(args)) % names.length] };
}

/** A card's points in blackjack (`K♠` 10, `7` 7); an ace counts as 11 here and drops to 1 as needed. */
function cardPoints(card: string): number | undefined {
  const rank = /^(10|[2-9]|[JQKA]|jack|queen|king|ace)/i.exec(card.trim())?.[1]?.toUpperCase();
  if (rank === undefined) return undefined;
  if (/^(A|ACE)$/.test(rank)) return 11;
  return /^(J|Q|K|JACK|QUEEN|KING)$/.test(rank) ? 10 : Number(rank);
}

function handTotal(cards: unknown[], ace: number): number | undefined {
  let total = 0;
  let soft = 0;
  for (const card of cards) {
    const points = typeof card === 'string' ? cardPoints(card) : undefined;
    if (points === undefined) return undefined;
    if (points === 11) {
      total += ace === 1 ? 1 : 11;
      if (ace !== 1) soft += 1;
    } else total += points;
  }
  for (; total > 21 && soft > 0; soft -= 1) total -= 10;
  return total;
}

/** Blackjack: the player's and the dealer's totals and who wins (over 21 loses, a tie is a push). */
export function blackjackWinner(args: Json): Json | undefined {
  const player = Object.entries(args).find(([key, value]) => /player/i.test(key) && Array.isArray(value))?.[1] as unknown[] | undefined;
  const dealer = Object.entries(args).find(([key, value]) => /dealer/i.test(key) && Array.isArray(value))?.[1] as unknown[] | undefined;
  if (player === undefined || dealer === undefined) return undefined;
  const ace = typeof args['ace_value'] === 'number' ? args['ace_value'] : 11;
  const [mine, theirs] = [handTotal(player, ace), handTotal(dealer, ace)];
  if (mine === undefined || theirs === undefined) return undefined;
  const winner = mine > 21 ? 'dealer' : theirs > 21 ? 'player' : mine === theirs ? 'push' : mine > theirs ? 'player' : 'dealer';
  return { winner, player_total: mine, dealer_total: theirs };
}

/** A polynomial as its terms: exponent → coefficient. */
type Polynomial = Map<number, number>;

/** `3*x**3 - 2*x + 1`, `2x^2+5`, `f(x) = x^3`: the terms of a polynomial in one variable, or undefined. */
export function parsePolynomial(text: string): { terms: Polynomial; variable: string } | undefined {
  const body = text
    .replace(/^\s*(?:[a-z]\s*\(\s*[a-z]\s*\)|y)\s*=\s*/i, '')
    .replace(/\s+/g, '')
    .replace(/\*\*/g, '^')
    .replace(/(\d)\*(?=[a-z])/gi, '$1');
  const variables = new Set(body.match(/[a-z]/gi) ?? []);
  if (body === '' || variables.size > 1 || /[^0-9a-z.+\-^]/i.test(body)) return undefined;
  const variable = [...variables][0] ?? 'x';
  const terms: Polynomial = new Map();
  for (const term of body.match(/[+-]?[^+-]+/g) ?? []) {
    const parts = new RegExp(`^([+-]?)(\\d+(?:\\.\\d+)?)?(?:(${variable})(?:\\^(\\d+))?)?$`, 'i').exec(term);
    if (parts === null || (parts[2] === undefined && parts[3] === undefined)) return undefined;
    const coefficient = (parts[1] === '-' ? -1 : 1) * (parts[2] === undefined ? 1 : Number(parts[2]));
    const exponent = parts[3] === undefined ? 0 : parts[4] === undefined ? 1 : Number(parts[4]);
    terms.set(exponent, (terms.get(exponent) ?? 0) + coefficient);
  }
  return { terms, variable };
}

function differentiate(terms: Polynomial): Polynomial {
  const result: Polynomial = new Map();
  for (const [exponent, coefficient] of terms) if (exponent > 0) result.set(exponent - 1, coefficient * exponent);
  return result;
}

const tidy = (value: number): number => Math.round(value * 1e6) / 1e6;

/** A polynomial written as Python writes it (`9*x**2 - 2`), highest power first. */
export function formatPolynomial(terms: Polynomial, variable: string): string {
  const parts = [...terms.entries()]
    .filter(([, coefficient]) => coefficient !== 0)
    .sort(([a], [b]) => b - a)
    .map(([exponent, coefficient]) => {
      const size = Math.abs(tidy(coefficient));
      const power = exponent === 0 ? '' : exponent === 1 ? variable : `${variable}**${exponent}`;
      const body = exponent === 0 ? String(size) : size === 1 ? power : `${size}*${power}`;
      return { negative: coefficient < 0, body };
    });
  if (parts.length === 0) return '0';
  return parts
    .map(({ negative, body }, index) => (index === 0 ? `${negative ? '-' : ''}${body}` : `${negative ? '-' : '+'} ${body}`))
    .join(' ');
}

const EXPRESSION = /^(func|function|polynomial|equation|expression|f|fx|formula)$/i;

/** The derivative of the polynomial the call sends (of the order it asks), and its value where it gives an x; a note for any other function. */
export function polynomialDerivative(args: Json): Json | undefined {
  const expression = Object.entries(args).find(([key, value]) => EXPRESSION.test(key) && typeof value === 'string')?.[1] as
    string | undefined;
  if (expression === undefined || expression.trim() === '') return undefined;
  const parsed = parsePolynomial(expression);
  // a function that is no polynomial gets no made-up derivative: the result says it was not worked out
  if (parsed === undefined) return { note: `${expression.trim()} is not a polynomial, so no derivative was worked out.` };
  const order = typeof args['order'] === 'number' && Number.isInteger(args['order']) ? args['order'] : 1;
  if (order < 1 || order > 6) return undefined;
  let terms = parsed.terms;
  for (let step = 0; step < order; step += 1) terms = differentiate(terms);
  const written = formatPolynomial(terms, parsed.variable);
  const at = Object.entries(args).find(([key, value]) => /^(x_?value|x|at|point|value)$/i.test(key) && typeof value === 'number')?.[1] as
    number | undefined;
  if (at === undefined) return { derivative: written };
  let value = 0;
  for (const [exponent, coefficient] of terms) value += coefficient * at ** exponent;
  return { derivative_function: written, derivative: tidy(value) };
}

/** `a` and `b` of an arithmetic tool (`divide(a, b)`, `subtract(minuend, subtrahend)`), in order. */
export function binary(args: Json, apply: (a: number, b: number) => Json | undefined): Json | undefined {
  const values = Object.values(args).filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return values.length === 2 ? apply(values[0] as number, values[1] as number) : undefined;
}

/** A number rounded to the decimal places asked (none by default). */
export function roundNumber(args: Json): Json | undefined {
  const value = Object.entries(args).find(([key, entry]) => /^(number|value|x|num)$/i.test(key) && typeof entry === 'number')?.[1];
  const places = Object.entries(args).find(
    ([key, entry]) => /decimal|places|digits|precision/i.test(key) && typeof entry === 'number',
  )?.[1];
  if (typeof value !== 'number' || (places !== undefined && (!Number.isInteger(places) || (places as number) < 0))) return undefined;
  const factor = 10 ** ((places as number | undefined) ?? 0);
  return { rounded: Math.round(value * factor) / factor };
}

/** The logarithm of a value to a base (e unless given), to the precision asked. */
export function logarithm(args: Json): Json | undefined {
  const value = typeof args['value'] === 'number' ? args['value'] : typeof args['x'] === 'number' ? args['x'] : undefined;
  const base = typeof args['base'] === 'number' ? args['base'] : Math.E;
  if (value === undefined || value <= 0 || base <= 0 || base === 1) return undefined;
  const precision = typeof args['precision'] === 'number' && Number.isInteger(args['precision']) ? Math.min(args['precision'], 12) : 6;
  const factor = 10 ** precision;
  return { logarithm: Math.round((Math.log(value) / Math.log(base)) * factor) / factor };
}
