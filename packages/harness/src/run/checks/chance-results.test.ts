import { describe, expect, it } from 'vitest';
import { wrongChances } from './chance-results.js';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';

describe('wrongChances', () => {
  it('a full house drawn as 0.01 is wrong; the textbook value passes', () => {
    const args = { deck_size: 52, hand_size: 5 };
    expect(wrongChances(call('poker_probability_full_house', args, { probability: 0.01 }))).toEqual([
      'poker_probability_full_house: the probability is 0.00144, not 0.01',
    ]);
    expect(wrongChances(call('poker_probability_full_house', args, { probability: 0.001441 }))).toEqual([]);
  });

  it('dice in a row and coin tosses are checked; what the reviewer cannot know passes', () => {
    const dice = { desired_number: 5, number_of_rolls: 5, die_sides: 20 };
    expect(wrongChances(call('probability_dice_roll', dice, { probability: 0.43 }))).toHaveLength(1);
    expect(wrongChances(call('probability_dice_roll', dice, { probability: 3.125e-7 }))).toEqual([]);
    const coin = { coin_tosses: 10, heads_needed: 5 };
    expect(wrongChances(call('probability_coin_toss_heads', coin, { probability: 0.6 }))).toHaveLength(1);
    expect(wrongChances(call('probability_coin_toss_heads', coin, { probability: 0.2461 }))).toEqual([]);
    expect(wrongChances(call('predict_rain', { city: 'Oslo' }, { probability: 0.6 }))).toEqual([]);
  });
});
