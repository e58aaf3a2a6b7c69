import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from './conversation.js';
import { factsAgainstRecord, wrongExchangeRates } from './known-facts.js';

const call = (name: string, args: Record<string, unknown>, data: unknown): ReviewedCall => ({
  id: 'c1',
  chatName: name,
  name,
  arguments: args,
  result: JSON.stringify(data),
  data,
  isError: false,
  rejected: false,
  turn: 0,
  step: 0,
});

describe('wrongExchangeRates', () => {
  it('a dollar at 17.7 Egyptian pounds in 2025 is wrong; about 49.6 passes', () => {
    const args = { base: 'USD', target: 'EGP', date: '2025-06-24' };
    const wrong = call('historical_exchange_rate', args, { from: 'USD', to: 'EGP', rate: 17.7271 });
    expect(wrongExchangeRates(wrong)).toEqual(['historical_exchange_rate: rate 17.7271 for USD to EGP, which is about 49.6']);
    expect(factsAgainstRecord(wrong)).toHaveLength(1);
    expect(wrongExchangeRates(call('historical_exchange_rate', args, { from: 'USD', to: 'EGP', rate: 49.31 }))).toEqual([]);
  });

  it('a cross rate is judged by the ratio of the two dollar rates, in its direction', () => {
    const args = { source_currency: 'HUF', target_currency: 'MWK' };
    expect(wrongExchangeRates(call('multiple_12_latest_exchange_rate', args, { exchange_rate: 0.95 }))).toHaveLength(1);
    expect(wrongExchangeRates(call('multiple_12_latest_exchange_rate', args, { exchange_rate: 4.9 }))).toEqual([]);
    // the inverse direction is wrong
    expect(
      wrongExchangeRates(call('latest_exchange_rate', { source_currency: 'MWK', target_currency: 'HUF' }, { exchange_rate: 4.9 })),
    ).toHaveLength(1);
  });

  it('a rate one level down is read; unknown codes and other tools are not judged', () => {
    const args = { from: 'EUR', to: 'JPY' };
    expect(wrongExchangeRates(call('convert_currency', args, { result: { rate: 1.2 } }))).toHaveLength(1);
    expect(wrongExchangeRates(call('convert_currency', { from: 'EUR', to: 'XYZ' }, { rate: 1.2 }))).toEqual([]);
    expect(wrongExchangeRates(call('loan_payment', args, { rate: 1.2 }))).toEqual([]);
  });
});
