import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { factsAgainstRecord, mislabelledSentiment, wrongExchangeRates, wrongSharePrices } from './known-facts.js';

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
    // a pair's quote is its rate
    expect(
      wrongExchangeRates(call('get_last_quote_currencies', { from: 'JPY', to: 'AUD' }, { last: { askprice: 48.41, bidprice: 25.03 } })),
    ).toHaveLength(2);
    expect(wrongExchangeRates(call('get_last_quote_currencies', { from: 'GBP', to: 'AUD' }, { last: { price: 2.07 } }))).toEqual([]);
    expect(wrongExchangeRates(call('loan_payment', args, { rate: 1.2 }))).toEqual([]);
  });
});

describe('wrongSharePrices', () => {
  it('Walmart forecast at 318 USD is wrong; near 100 passes; an unlisted company is not judged', () => {
    const args = { company: 'Walmart', days: 6 };
    expect(wrongSharePrices(call('stock_forecast', args, { stock_price: 318.23, unit: 'USD' }))).toHaveLength(1);
    expect(wrongSharePrices(call('stock_forecast', args, { stock_price: 101.5, unit: 'USD' }))).toEqual([]);
    expect(wrongSharePrices(call('stock_forecast', { company: 'Acme Widgets', days: 6 }, { stock_price: 318.23 }))).toEqual([]);
  });

  it('a ticker is read by its symbol, and a price off the market is not judged', () => {
    expect(wrongSharePrices(call('trading_bot_get_stock_info', { symbol: 'NVDA' }, { price: 1146.76 }))).toHaveLength(1);
    expect(wrongSharePrices(call('trading_bot_get_stock_info', { symbol: 'NVDA' }, { price: 176.4 }))).toEqual([]);
    expect(wrongSharePrices(call('grocery_price', { name: 'Apple' }, { price: 3.2 }))).toEqual([]);
    // an order's limit price is the caller's
    expect(wrongSharePrices(call('place_order', { symbol: 'KO', price: 277.5, amount: 10 }, { price: 277.5, status: 'Pending' }))).toEqual(
      [],
    );
  });
});

describe('mislabelledSentiment', () => {
  it('praise labelled negative is wrong; the label the words give passes', () => {
    const args = { text: 'The movie started slowly, yet the ending made the whole evening worth it.' };
    expect(mislabelledSentiment(call('sentiment_analysis', args, { sentiment: 'negative', confidence: 0.87 }))).toHaveLength(1);
    expect(mislabelledSentiment(call('sentiment_analysis', args, { sentiment: 'positive', confidence: 0.87 }))).toEqual([]);
    const complaint = { text: 'The delivery arrived two days late and the box was damaged.' };
    expect(mislabelledSentiment(call('sentiment_analysis', complaint, { sentiment: 'positive' }))).toHaveLength(1);
  });
});

describe('factsAgainstRecord: elements', () => {
  it('rejects a known element credited to another discoverer, and passes the real one', () => {
    const args = { element_name: 'Caesium' };
    const wrong = call('discoverer_get', args, {
      full_name: 'Wilhelm Röntgen',
      birth_place: 'Lennep, Germany',
      birth_year: 1845,
      element_name: 'Caesium',
    });
    expect(factsAgainstRecord(wrong)).toEqual([
      'discoverer_get: caesium was discovered by Robert Bunsen and Gustav Kirchhoff, not by Wilhelm Röntgen',
    ]);
    const right = call('discoverer_get', args, { full_name: 'Robert Bunsen', birth_place: 'Göttingen, Germany', birth_year: 1811 });
    expect(factsAgainstRecord(right)).toEqual([]);
    expect(factsAgainstRecord(call('get_element_info', { element: 'Ge' }, { discoverer: 'Clemens Winkler', year: 1901 }))).toHaveLength(1);
    expect(factsAgainstRecord(call('discoverer_get', { element_name: 'Gold' }, { full_name: 'Marie Curie' }))).toHaveLength(1);
  });
});
