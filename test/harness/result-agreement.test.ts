import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../support/reviewed-calls.js';
import { implausibleContent } from '../../packages/harness/src/run/checks/result-content.js';

/** The examples are cut from accepted real- and BFCL-tree records a reviewer would not keep. */
describe('results_plausible: results that fit their call and agree with themselves', () => {
  it('flags a quote for another symbol and a bid above the ask, and passes the quote asked', () => {
    const other = call('get_last_quote', { from: 'TSLA', to: 'V' }, { last: { askprice: 7.06, bidprice: 13.83 }, symbol: 'GOOGL' });
    expect(implausibleContent(other)).toEqual([
      'get_last_quote: bid 13.83 above ask 7.06',
      'get_last_quote: a quote for GOOGL, asked TSLA, V',
    ]);
    const fine = call('get_last_quote', { from: 'TSLA', to: 'V' }, { last: { askprice: 13.83, bidprice: 7.06 }, symbol: 'TSLA/V' });
    expect(implausibleContent(fine)).toEqual([]);
  });

  it('flags a star distribution that is not the review count', () => {
    const summary = (distribution: Record<string, number>): ReturnType<typeof call> =>
      call('get_reviews_summary', {}, { numberOfUserReviews: 5, starRatingDistribution: distribution });
    expect(implausibleContent(summary({ 1: 79, 2: 20, 3: 26, 4: 85, 5: 60 }))).toEqual([
      'get_reviews_summary: starRatingDistribution adds up to 270, not numberOfUserReviews 5',
    ]);
    expect(implausibleContent(summary({ 1: 0, 2: 1, 3: 1, 4: 2, 5: 1 }))).toEqual([]);
  });

  it('flags rows outside a min/max filter or the dates asked, and rows that differ only by id', () => {
    const reviews = call('get_article_reviews', { maxStarRating: '1.1' }, { content: [{ rating: 5 }, { rating: 1 }] });
    expect(implausibleContent(reviews)).toEqual(["get_article_reviews: a row's rating 5 is outside maxStarRating 1.1"]);
    const history = call(
      'get_history_hourly',
      { start_date: '2025-06-06', end_date: '2025-06-28' },
      { data: [{ datetime: '2019-03-04:17' }, { datetime: '2025-06-28:23' }] },
    );
    expect(implausibleContent(history)).toEqual(["get_history_hourly: a row's datetime 2019-03-04:17 is outside start_date 2025-06-06"]);
    const row = { tissue: 'breast', rna_level: 4, rna_value_tpm: 87.66 };
    const twins = call(
      'get_expression',
      {},
      {
        items: [
          { id: '1', ...row },
          { id: '2', ...row },
        ],
      },
    );
    expect(implausibleContent(twins)).toHaveLength(1);
    expect(
      implausibleContent(
        call(
          'get_expression',
          {},
          {
            items: [
              { id: '1', ...row },
              { id: '2', ...row, tissue: 'liver' },
            ],
          },
        ),
      ),
    ).toEqual([]);
  });

  it('flags a deletion that says active and a reading measured on another day than asked', () => {
    expect(implausibleContent(call('delete_batch', { batchid: '4' }, { messageid: 'm', status: 'active' }))).toEqual([
      'delete_batch: a deletion says the record is active',
    ]);
    expect(implausibleContent(call('delete_batch', { batchid: '4' }, { status: 'deleted' }))).toEqual([]);
    const aqi = (measured: string): ReturnType<typeof call> =>
      call('air_quality', { location: 'Los Angeles', date: '2025-06-17' }, { aqi: 94, measured_at: measured });
    expect(implausibleContent(aqi('2025-12-30T10:51:00Z'))).toEqual([
      'air_quality: measured_at 2025-12-30T10:51:00Z is not the day asked (2025-06-17)',
    ]);
    expect(implausibleContent(aqi('2025-06-17T10:51:00Z'))).toEqual([]);
  });

  it('flags a city in another country, at another latitude or outside the country asked', () => {
    const postal = call('get_airquality_postal', { postal_code: 28546, country: 'FR' }, { city_name: 'Raleigh', country_code: 'FR' });
    expect(implausibleContent(postal)).toEqual([
      'get_airquality_postal: post code 28546 answered as Raleigh',
      'get_airquality_postal: Raleigh is not in FR',
      // the record's own place fields (checks/record-places.ts) say it too
      'get_airquality_postal: raleigh is not in country_code "FR"',
    ]);
    const far = call('get_current', { city_id: '5' }, { data: [{ city_name: 'Bangalore', country_code: 'IN', lat: 38 }] });
    expect(implausibleContent(far)).toEqual(['get_current: Bangalore is not at latitude 38']);
    const asked = call('get_airquality_postal', { country: 'FR' }, { city_name: 'Raleigh' });
    expect(implausibleContent(asked)).toEqual(['get_airquality_postal: Raleigh is not in the country asked (FR)']);
    expect(implausibleContent(call('get_current', { country: 'FR' }, { city_name: 'Paris', country_code: 'FR', lat: 48.85 }))).toEqual([]);
  });

  it('flags a genre of another medium', () => {
    expect(implausibleContent(call('get_theater_movie_releases', {}, { title: 'Northbound', genre: 'jazz' }))).toEqual([
      'get_theater_movie_releases: genre jazz for a film or a book',
    ]);
    expect(implausibleContent(call('music_generator_generate_melody', {}, { genre: 'romance' }))).toEqual([
      'music_generator_generate_melody: genre romance for music',
    ]);
    expect(implausibleContent(call('get_theater_movie_releases', {}, { genre: 'drama' }))).toEqual([]);
  });
});
