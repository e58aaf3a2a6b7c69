import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { contradictoryFields } from './record-fields.js';
import { implausibleContent } from './result-content.js';

describe('contradictoryFields', () => {
  it('rejects dates against their meanings, and passes them in order', () => {
    const bad = call('get_parallel_data', { Name: 'api' }, { CreatedAt: '2025-06-13T07:11:00Z', LastUpdatedAt: '2025-05-15T20:12:00Z' });
    expect(contradictoryFields(bad)).toEqual(['LastUpdatedAt 2025-05-15T20:12:00Z is before CreatedAt 2025-06-13T07:11:00Z']);
    expect(implausibleContent(bad)).toContain(
      'get_parallel_data: LastUpdatedAt 2025-05-15T20:12:00Z is before CreatedAt 2025-06-13T07:11:00Z',
    );
    const hold = call(
      'library_reserve_book',
      {},
      { pickup_by: '2025-11-30', return_date: '2025-10-30', created_at: '2025-10-13T14:00:00.000Z' },
    );
    expect(contradictoryFields(hold)).toHaveLength(1);
    const good = call(
      'library_reserve_book',
      {},
      { pickup_by: '2025-10-20', return_date: '2025-11-10', created_at: '2025-10-13T14:00:00.000Z' },
    );
    expect(contradictoryFields(good)).toEqual([]);
    const late = call(
      'library_reserve_book',
      {},
      { pickup_by: '2025-06-07', return_date: '2025-07-07', created_at: '2025-12-02T13:31:00.000Z' },
    );
    expect(contradictoryFields(late)).toEqual(['pickup_by 2025-06-07 is before created_at 2025-12-02T13:31:00.000Z']);
  });

  it('rejects a code field holding a name and a domain that is not its URL’s host', () => {
    expect(contradictoryFields(call('get', {}, { SourceLanguageCode: 'Tamil', TargetLanguageCodes: ['ko'] }))).toHaveLength(1);
    expect(contradictoryFields(call('get', {}, { SourceLanguageCode: 'ta', currency_code: 'EUR', locale_code: 'en-US' }))).toEqual([]);
    const list = (domain: string) =>
      call('get_curated_podcasts', {}, { source_domain: domain, source_url: 'https://www.parade.com/7-bookish/' });
    expect(contradictoryFields(list('twilio.com'))).toHaveLength(1);
    expect(contradictoryFields(list('parade.com'))).toEqual([]);
  });

  it('rejects prices whose formatted text, amount or currency disagree, and passes a shop’s own', () => {
    const unit = (price: unknown, originalPrice: unknown) => call('get_unit', {}, { id: '1', size: '42', price, originalPrice });
    expect(
      contradictoryFields(
        unit({ currency: 'JOD', formatted: '$190.85', value: 27.23 }, { currency: 'NZD', formatted: 'NZ$215.43', value: 215.43 }),
      ),
    ).toEqual(['one record priced in JOD and NZD', 'a JOD price formatted as "$190.85"', 'a price of 27.23 JOD formatted as "$190.85"']);
    expect(
      contradictoryFields(unit({ currency: 'GBP', formatted: '£65.00', value: 65 }, { currency: 'GBP', formatted: '£130.00', value: 130 })),
    ).toEqual([]);
    expect(contradictoryFields(unit({ currency: 'JOD', formatted: 'JOD 27.23', value: 27.23 }, undefined))).toEqual([]);
    expect(
      contradictoryFields(unit({ currency: 'GBP', formatted: '£130.00', value: 130 }, { currency: 'GBP', formatted: '£65.00', value: 65 })),
    ).toEqual(['an original price of 65 below the price 130']);
  });

  it('rejects the rows of one list priced in different currencies', () => {
    const units = (second: string) =>
      call(
        'get_article_units',
        {},
        {
          items: [
            { id: '1', price: { currency: 'DOP', value: 30 } },
            { id: '2', price: { currency: second, value: 82 } },
          ],
        },
      );
    expect(contradictoryFields(units('LBP'))).toEqual(['rows of one list priced in DOP and LBP']);
    expect(contradictoryFields(units('DOP'))).toEqual([]);
  });

  it('rejects a brand family of another brand and a city in another country', () => {
    expect(contradictoryFields(call('get_brand', {}, { name: 'Puma', brandFamily: { name: "Levi's" } }))).toHaveLength(1);
    expect(contradictoryFields(call('get_brand', {}, { name: 'Puma', brandFamily: { name: 'Puma' } }))).toEqual([]);
    expect(contradictoryFields(call('get_review', {}, { customerCity: 'Milan', customerCountry: 'New Zealand' }))).toHaveLength(1);
    expect(contradictoryFields(call('get_review', {}, { customerCity: 'Milan', customerCountry: 'IT' }))).toEqual([]);
  });

  it('rejects a size in units of time, a statistics test as a lab category, and tickers as currencies', () => {
    expect(contradictoryFields(call('get_unit', {}, { size: 'minute', stock: 5 }))).toHaveLength(1);
    expect(contradictoryFields(call('get_aggregates', { size: 'minute' }, { size: 'minute' }))).toEqual([]);
    expect(contradictoryFields(call('get_all_lab_tests', {}, { items: [{ name: 'Urinalysis', category: 't-test' }] }))).toHaveLength(1);
    expect(contradictoryFields(call('get_all_lab_tests', {}, { items: [{ name: 'Urinalysis', category: 'urinalysis' }] }))).toEqual([]);
    expect(contradictoryFields(call('get_all_lab_tests', {}, { items: [{ name: 'Urinalysis', category: 'hematology' }] }))).toEqual([
      'the urinalysis test "Urinalysis" filed under hematology',
    ]);
    expect(contradictoryFields(call('run_statistics', {}, { test_type: 't-test' }))).toEqual([]);
    expect(contradictoryFields(call('get_v1_last_currencies_from_to', { from: 'AMZN', to: 'V' }, { status: 'success' }))).toHaveLength(2);
    expect(contradictoryFields(call('get_v1_last_currencies_from_to', { from: 'EUR', to: 'USD' }, { status: 'success' }))).toEqual([]);
  });

  it('rejects a phone number that is a measure or a count, and passes one of digits', () => {
    expect(contradictoryFields(call('get_batch_batchid', {}, { items: [{ destination: 61.18, status: 'DELIVERED' }] }))).toEqual([
      'destination 61.18 is no phone number',
    ]);
    expect(contradictoryFields(call('post_batch', { destination: '10' }, { status: 'queued' }))).toHaveLength(1);
    expect(contradictoryFields(call('get_batch_batchid', {}, { items: [{ destination: 447777777777 }] }))).toEqual([]);
    expect(contradictoryFields(call('search_flights', {}, { destination: 12, phone: '+44 20 7946 0958' }))).toEqual([]);
  });
});
