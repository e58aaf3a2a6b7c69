import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { disagreements } from './result-agreement.js';
import { currencyProblems, postcodeProblems, rangeProblems, sizeProblems } from './result-filters.js';

const transaction = (bookingDate: string, currency = 'EUR') => ({
  bookingDate,
  valueDate: bookingDate,
  transactionAmount: { amount: '12.00', currency },
});

describe('results_plausible: rows inside the dates asked', () => {
  it('rejects transactions booked outside date_from…date_to, and past a one-sided date_to', () => {
    const range = { id: 'a1', date_from: '2025-03-24', date_to: '2025-05-14' };
    expect(rangeProblems(range, { transactions: { booked: [transaction('2025-11-26'), transaction('2025-04-02')] } })).toEqual([
      "a row's bookingDate 2025-11-26 is outside date_to 2025-05-14",
      "a row's valueDate 2025-11-26 is outside date_to 2025-05-14",
    ]);
    const bracketed = { 'filter[since]': '2025-03-25T21:27:00Z', 'filter[until]': '2025-06-20T08:15:00Z' };
    const jsonApi = (createdAt: string) => ({ data: [{ id: '1', attributes: { createdAt, amount: '4.50' } }] });
    expect(rangeProblems(bracketed, jsonApi('2025-08-10T02:58:00Z'))).toHaveLength(1);
    expect(rangeProblems(bracketed, jsonApi('2025-05-10T02:58:00Z'))).toEqual([]);
    expect(rangeProblems({ date_to: '2025-06-06' }, { booked: [transaction('2025-08-02')] })).toHaveLength(2);
    expect(rangeProblems({ created_after: '2025-06-01' }, { items: [{ created_at: '2025-05-01T10:00:00Z' }] })).toHaveLength(1);
  });

  it('passes rows inside the range, and dates that are not when a row happened', () => {
    const range = { start_date: '2025-06-07', end_date: '2025-07-31' };
    expect(rangeProblems(range, { data: [{ datetime: '2025-07-31:23', valid_until: '2026-01-01', birth_date: '1980-01-01' }] })).toEqual(
      [],
    );
    expect(rangeProblems({ created_after: '2025-06-01' }, { items: [{ created_at: '2025-06-02', published_at: '2024-01-01' }] })).toEqual(
      [],
    );
  });
});

describe('results_plausible: as many items as asked', () => {
  it('rejects a 20-day forecast of 2 rows and a melody of length 10 with 4 notes', () => {
    expect(sizeProblems('get_forecast_daily_postal_code', { postal_code: '27601', days: 20 }, { data: [{}, {}] })).toEqual([
      'days 20 asked, but the result lists 2 items',
    ]);
    expect(sizeProblems('music_generator_generate_melody', { length: 10 }, { notes: ['C4', 'D4', 'E4', 'F4'], length: 10 })).toHaveLength(
      1,
    );
  });

  it('passes the size asked, a spec-capped long forecast, and a history of the last days', () => {
    const rows = (count: number) => ({ data: Array.from({ length: count }, () => ({ temp: 1 })) });
    expect(sizeProblems('get_forecast_daily', { days: 7 }, rows(7))).toEqual([]);
    expect(sizeProblems('get_forecast_hourly', { hours: 120 }, rows(48))).toEqual([]);
    expect(sizeProblems('bank_get_transaction_history', { days: 20 }, rows(2))).toEqual([]);
    expect(sizeProblems('list_posts', { limit: 20 }, rows(2))).toEqual([]);
  });
});

describe('results_plausible: one account, one currency', () => {
  it('rejects the transactions of one account in four currencies', () => {
    const booked = [
      transaction('2025-04-01', 'XAF'),
      transaction('2025-04-02', 'SHP'),
      transaction('2025-04-03', 'SRD'),
      transaction('2025-04-04', 'TRY'),
    ];
    expect(currencyProblems('retrieve_account_transactions', { id: 'a1' }, { transactions: { booked } })).toEqual([
      "one account's amounts are in 4 currencies (XAF, SHP, SRD, TRY)",
    ]);
  });

  it('passes one currency, a listing of many accounts, and an exchange', () => {
    expect(
      currencyProblems('retrieve_account_transactions', { id: 'a1' }, { booked: [transaction('2025-04-01'), transaction('2025-04-02')] }),
    ).toEqual([]);
    expect(
      currencyProblems(
        'list_accounts',
        {},
        {
          accounts: [
            { balance: 1, currency: 'EUR' },
            { balance: 2, currency: 'USD' },
          ],
        },
      ),
    ).toEqual([]);
    const exchanged = { amount: '10.00', currency: 'EUR', currencyExchange: { amount: '10.80', currency: 'USD' } };
    expect(currencyProblems('get_transaction', { id: 't1' }, exchanged)).toEqual([]);
    const creditors = {
      results: [
        { name: 'Deja Kemmer', currency: 'NPR' },
        { name: 'Rasheed Nicolas', currency: 'PYG' },
      ],
    };
    expect(currencyProblems('payments_creditors_list', { account: 'checking-8063' }, creditors)).toEqual([]);
  });
});

describe('results_plausible: a post code’s own city', () => {
  it('rejects an Iowa ZIP answered as Raleigh, a Gipuzkoa code as Madrid and a Manchester code as Seattle', () => {
    expect(postcodeProblems({ postal_code: 51271 }, { city_name: 'Raleigh', data: [] })).toEqual(['post code 51271 answered as Raleigh']);
    expect(postcodeProblems({ postal_code: 20396, country: 'ES' }, { city_name: 'Madrid' })).toHaveLength(1);
    expect(postcodeProblems({ postal_code: 'M1 1AE' }, { city_name: 'Seattle' })).toHaveLength(1);
  });

  it('passes a city’s own code, however written, and a city it knows nothing of', () => {
    expect(postcodeProblems({ postal_code: 27601 }, { city_name: 'Raleigh' })).toEqual([]);
    expect(postcodeProblems({ zip: 2108 }, { location: { city: 'Boston' } })).toEqual([]);
    expect(postcodeProblems({ postal_code: 'SW1A 1AA' }, { city_name: 'London' })).toEqual([]);
    expect(postcodeProblems({ postal_code: '20121' }, { city_name: 'Milan' })).toEqual([]);
    expect(postcodeProblems({ postal_code: '51271' }, { city_name: 'Sioux City' })).toEqual([]);
  });

  it('is part of results_plausible', () => {
    expect(
      disagreements(call('get_forecast_daily_postal_code', { postal_code: 51271, days: 20 }, { city_name: 'Raleigh', data: [{}, {}] })),
    ).toEqual(['days 20 asked, but the result lists 2 items', 'post code 51271 answered as Raleigh']);
  });
});
