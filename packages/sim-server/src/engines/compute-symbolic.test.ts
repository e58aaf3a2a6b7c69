import { describe, expect, it } from 'vitest';
import { computeResult } from './compute-result.js';
import { formatPolynomial, parsePolynomial, polynomialDerivative, winnerOf } from './compute-symbolic.js';

describe('results that follow from the arguments without being a quantity', () => {
  it('the winner of a game is one of the players the call names, the same one for the same call', () => {
    const args = { player1: 'Ann Lee', hand1: ['10♠', 'J♠'], player2: 'Bo Chen', hand2: ['2♥', '3♦'] };
    const result = computeResult(['card', 'games', 'poker', 'determine', 'winner'], args);
    expect(['Ann Lee', 'Bo Chen']).toContain(result?.['winner']);
    expect(computeResult(['card', 'games', 'poker', 'determine', 'winner'], args)).toEqual(result);
    expect(winnerOf({ players: ['A', { name: 'B' }, 'C'] })?.['winner']).toMatch(/^[ABC]$/);
    // one contestant is no contest: nothing is claimed
    expect(winnerOf({ player1: 'Ann Lee' })).toBeUndefined();
    // across calls, each player wins some
    const winners = new Set(Array.from({ length: 20 }, (_, round) => winnerOf({ player1: 'Ann', player2: 'Bo', round })?.['winner']));
    expect(winners).toEqual(new Set(['Ann', 'Bo']));
  });

  it('the derivative of a polynomial is a polynomial, evaluated where the call gives an x', () => {
    expect(parsePolynomial('3*x**3 - 2*x + 1')?.terms).toEqual(
      new Map([
        [3, 3],
        [1, -2],
        [0, 1],
      ]),
    );
    expect(computeResult(['calculate', 'derivative'], { function: '3*x**3 - 2*x + 1' })).toEqual({ derivative: '9*x**2 - 2' });
    expect(computeResult(['calculate', 'derivative'], { function: '3x^2 + 2x - 1', x_value: 2 })).toEqual({
      derivative_function: '6*x + 2',
      derivative: 14,
    });
    expect(polynomialDerivative({ func: 'f(x) = x^3', order: 2 })).toEqual({ derivative: '6*x' });
    expect(polynomialDerivative({ function: '5' })).toEqual({ derivative: '0' });
    expect(formatPolynomial(new Map([[2, -1]]), 't')).toBe('-t**2');
  });

  it('a function that is no polynomial gets no made-up derivative, only a note saying so', () => {
    for (const text of ['sin(x)', 'x*y + 1', 'e**x', '2^x'])
      expect(polynomialDerivative({ function: text }), text).toEqual({
        note: `${text} is not a polynomial, so no derivative was worked out.`,
      });
    expect(polynomialDerivative({ function: '' })).toBeUndefined();
  });
});

describe('games and tests decided by the cards and samples sent', () => {
  it('blackjack: totals with aces that drop to 1, a bust loses, a tie is a push', () => {
    expect(computeResult(['blackjack', 'check', 'winner'], { player_cards: ['A♠', 'K♥'], dealer_cards: ['10♦', '9♣'] })).toEqual({
      winner: 'player',
      player_total: 21,
      dealer_total: 19,
    });
    expect(computeResult(['blackjack', 'check', 'winner'], { player_cards: ['A', 'A', '9'], dealer_cards: ['K', 'Q', '5'] })).toEqual({
      winner: 'player',
      player_total: 21,
      dealer_total: 25,
    });
    expect(
      computeResult(['blackjack', 'check', 'winner'], { player_cards: ['8', '9'], dealer_cards: ['10', '7'], ace_value: 1 })?.['winner'],
    ).toBe('push');
    expect(computeResult(['blackjack', 'check', 'winner'], { player_cards: ['Sea Bass'], dealer_cards: ['10'] })).toBeUndefined();
  });

  it("a two-sample t-test agrees with scipy's ttest_ind", () => {
    // scipy.stats.ttest_ind([1,2,3,4,5],[2,4,6,8,10]) → t = -1.8973665961010275, p = 0.09434977284243756
    expect(computeResult(['stats', 't', 'test'], { array_1: [1, 2, 3, 4, 5], array_2: [2, 4, 6, 8, 10], alpha: 0.05 })).toEqual({
      t_statistic: -1.8974,
      degrees_of_freedom: 8,
      p_value: 0.0943,
      significant: false,
    });
    // equal_var=False → t = -1.8973665961010275, df = 5.882352941176471, p = 0.10753119493062728
    expect(
      computeResult(['run', 'two', 'sample', 'ttest'], { group1: [1, 2, 3, 4, 5], group2: [2, 4, 6, 8, 10], equal_variance: false }),
    ).toEqual({ t_statistic: -1.8974, degrees_of_freedom: 5.88, p_value: 0.1075 });
    expect(computeResult(['stats', 't', 'test'], { array_1: [1, 2, 3] })).toBeUndefined();
  });
});
