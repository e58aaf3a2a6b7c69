import { describe, expect, it } from 'vitest';
import * as fit from './world-fit.js';

type Json = Record<string, unknown>;

/** The examples are cut from accepted records a reviewer would not keep. */
describe('world-fit: results that fit their call and agree with themselves', () => {
  it('answers for the symbol asked, a from/to pair as one symbol, and keeps a quote bid at or below its ask', () => {
    const quote: Json = { last: { askprice: 7.06, bidprice: 13.83 }, symbol: 'GOOGL' };
    fit.askedSubjects(quote, { from: 'TSLA', to: 'V' });
    fit.orderedSides(quote);
    expect(quote).toEqual({ last: { askprice: 13.83, bidprice: 7.06 }, symbol: 'TSLA/V' });
    const rows: Json = { results: [{ symbol: 'AAPL' }, { symbol: 'MSFT' }, { symbol: 'KO' }] };
    fit.askedSubjects(rows, { symbols: ['MSFT', 'NVDA'] });
    expect((rows.results as Json[]).map((row) => row.symbol)).toEqual(['MSFT', 'MSFT', 'NVDA']);
    const untouched: Json = { symbol: 'AAPL', low: 3, high: 9 };
    fit.askedSubjects(untouched, { query: 'apple' });
    fit.orderedSides(untouched);
    expect(untouched).toEqual({ symbol: 'AAPL', low: 3, high: 9 });
  });

  it('makes a star distribution add up to its review count and the average follow it', () => {
    const summary: Json = { averageStarRating: 4.3, numberOfUserReviews: 5, starRatingDistribution: { 1: 79, 2: 20, 3: 26, 4: 85, 5: 60 } };
    fit.countedDistributions(summary);
    const parts = Object.values(summary.starRatingDistribution as Record<string, number>);
    expect(parts.reduce((all, part) => all + part, 0)).toBe(5);
    const distribution = summary.starRatingDistribution as Record<string, number>;
    const mean = Object.entries(distribution).reduce((all, [star, count]) => all + Number(star) * count, 0) / 5;
    expect(summary.averageStarRating).toBe(Math.round(mean * 10) / 10);
  });

  it('keeps listed rows within min/max filters, whole ratings whole', () => {
    const reviews: Json = { content: [{ rating: 5 }, { rating: 2 }, { rating: 1 }], totalElements: 3 };
    fit.filteredRows(reviews, { articleId: '7986031', maxStarRating: '1.1' });
    expect((reviews.content as Json[]).map((row) => row.rating)).toEqual([1, 1, 1]);
    const homes: Json = { items: [{ price: 120.5 }, { price: 900 }] };
    fit.filteredRows(homes, { min_price: 500 });
    for (const row of homes.items as Json[]) expect(row.price as number).toBeGreaterThanOrEqual(500);
    expect((homes.items as Json[])[1]!.price).toBe(900);
  });

  it('dates rows inside the start–end range asked, keeping their time and format', () => {
    const history: Json = {
      data: [
        { datetime: '2019-03-04:17', temp: 3 },
        { datetime: '2025-06-10:01', temp: 4 },
      ],
    };
    fit.rowsInRange(history, { start_date: '2025-06-06', end_date: '2025-06-28' });
    expect((history.data as Json[]).map((row) => row.datetime)).toEqual(['2025-06-06:17', '2025-06-10:01']);
  });

  it('drops rows that differ only by id, and the total follows', () => {
    const row = { tissue: 'breast', rna_level: 4, rna_value_tpm: 87.66, protein_level: 'low' };
    const expression: Json = {
      items: [
        { id: '8957954', ...row },
        { id: '1229361', ...row },
        { id: '3', ...row, tissue: 'liver' },
      ],
      total: 3,
    };
    fit.distinctRows(expression);
    expect(expression.total).toBe(2);
    expect((expression.items as Json[]).map((entry) => entry.tissue)).toEqual(['breast', 'liver']);
    const plain: Json = { items: [{ a: 1 }, { a: 1 }], total: 2 };
    fit.distinctRows(plain);
    expect(plain.total).toBe(2);
  });

  it('says a deleted record is gone, in the case the field was written in', () => {
    const batch: Json = { messageid: 'm', status: 'active' };
    expect(fit.deletedStatus(batch, 'deleted')).toBe(true);
    expect(batch.status).toBe('deleted');
    const upper: Json = { Status: 'ACTIVE' };
    fit.deletedStatus(upper, 'deleted');
    expect(upper.Status).toBe('DELETED');
    expect(fit.deletedStatus({ status: 'pending' }, 'deleted')).toBe(false);
  });

  it('gives a city its own region, country and coordinates, and the country or point asked', () => {
    const reading: Json = { data: [{ city_name: 'Bangalore', state_code: 'MA', country_code: 'IN', lat: 38, lon: 64.5 }] };
    fit.onePlacePerRecord(reading, { city_id: '5927613' });
    expect((reading.data as Json[])[0]).toMatchObject({ city_name: 'Bangalore', country_code: 'IN', lat: 12.9716, lon: 77.5946 });
    const postal: Json = { city_name: 'Raleigh', country_code: 'FR', lat: '38.25', lon: '-78.00', state_code: 'NC' };
    fit.onePlacePerRecord(postal, { postal_code: 28546, country: 'FR' });
    expect(postal.country_code).toBe('FR');
    expect(['Paris', 'Lyon']).toContain(postal.city_name);
    expect(typeof postal.lat).toBe('string');
    const point: Json = { data: [{ city_name: 'Miami', lat: 12.9716, lon: 77.5946, country_code: 'US' }] };
    fit.onePlacePerRecord(point, { lat: 12.9716, lon: 77.5946 });
    expect((point.data as Json[])[0]).toMatchObject({ city_name: 'Bangalore', country_code: 'IN', lat: 12.9716 });
    const named: Json = { data: [{ city_name: 'Paris', country_code: 'SE' }] };
    fit.onePlacePerRecord(named, { city: 'Paris', country: 'SE' });
    expect((named.data as Json[])[0]).toEqual({ city_name: 'Paris', country_code: 'FR' });
    const withCode: Json = { city_name: 'Lisbon', country_code: 'PT' };
    fit.onePlacePerRecord(withCode, { city: 'Berlin, DE', country: 'PT' });
    expect(withCode).toEqual({ city_name: 'Berlin', country_code: 'DE' });
    const written: Json = { city_name: 'Berlin, DE', country_code: 'PT' };
    fit.onePlacePerRecord(written, { city: 'Berlin, DE' });
    expect(written).toEqual({ city_name: 'Berlin, DE', country_code: 'DE' });
    const energy: Json = { data: [{ city_name: 'Mumbai', lat: 38, lon: 3.9 }] };
    fit.onePlacePerRecord(energy, { lat: 19.076, lon: 72.8777 });
    expect((energy.data as Json[])[0]).toEqual({ city_name: 'Mumbai', lat: 19.076, lon: 72.8777 });
    const unknown: Json = { city_name: 'Williams Lake', lat: 52.1 };
    fit.onePlacePerRecord(unknown, {});
    expect(unknown).toEqual({ city_name: 'Williams Lake', lat: 52.1 });
    // a nearest-place hit names the city at the point asked, and keeps the point as the call wrote it
    const nearest: Json = { name: 'Osaka', country: 'Mexico', lat: '53.3498', lon: '-6.2603', timezone: 'Asia/Tokyo' };
    fit.onePlacePerRecord(nearest, { lat: '53.3498', lon: '-6.2603' });
    expect(nearest).toMatchObject({ name: 'Dublin', country: 'Ireland', lat: '53.3498', lon: '-6.2603' });
    const south: Json = { name: 'Osaka', country: 'JP', lat: 'NaN', lon: '151.2093', timezone: 'UTC' };
    fit.onePlacePerRecord(south, { lat: '33.8688S', lon: '151.2093' });
    expect(south).toMatchObject({ name: 'Sydney', country: 'AU', lat: '33.8688S', lon: '151.2093' });
  });

  it('states money at a place in its currency, unless the call asks for one', () => {
    const valuation: Json = { property_valuation: 2189257.83, currency: 'USD', location: 'Lyon' };
    fit.localCurrency(valuation, { location: 'Lyon', bedrooms: 3 });
    expect(valuation).toEqual({ property_valuation: 2014117.2, currency: 'EUR', location: 'Lyon' });
    const asked: Json = { price: 120, currency: 'USD' };
    fit.localCurrency(asked, { location: 'Tokyo', currency: 'USD' });
    expect(asked).toEqual({ price: 120, currency: 'USD' });
    const home: Json = { price: 120, currency: 'USD' };
    fit.localCurrency(home, { location: 'San Diego, CA' });
    expect(home).toEqual({ price: 120, currency: 'USD' });
  });
});
