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

  it('a function that is no polynomial is not claimed', () => {
    for (const text of ['sin(x)', 'x*y + 1', 'e**x', '', '2^x']) expect(polynomialDerivative({ function: text }), text).toBeUndefined();
  });
});
