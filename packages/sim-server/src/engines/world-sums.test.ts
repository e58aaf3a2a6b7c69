import { describe, expect, it } from 'vitest';
import {
  averagesAroundPrice,
  criticalWithinActive,
  distinctActIds,
  largeCompanyEarnings,
  ownConfirmationCodes,
  sumsThatHold,
  titledArticles,
} from './world-sums.js';
import { harmonizeResult } from './world-facts.js';

describe('criticalWithinActive', () => {
  it('confirmed cases are the active, dead and recovered ones; critical cases are some of the active ones', () => {
    const value = { items: [{ active: 74, confirmed: 201, critical: 55, deaths: 57, recovered: 15 }] };
    harmonizeResult(value, {}, new Map());
    const [row] = value.items;
    expect(row!.confirmed).toBe(row!.active + row!.deaths + row!.recovered);
    expect(row!.critical).toBeLessThanOrEqual(row!.active);
  });

  it('with no active count, the confirmed cases hold the closed ones and more open ones than the critical', () => {
    const row = { confirmed: 100, critical: 40, deaths: 30, recovered: 60 };
    criticalWithinActive(row);
    expect(row.critical).toBe(40);
    expect(row.confirmed - row.deaths - row.recovered).toBeGreaterThan(40);
    const fits = { confirmed: 100, critical: 4, deaths: 30, recovered: 60 };
    criticalWithinActive(fits);
    expect(fits.critical).toBe(4);
  });
});

describe('distinctActIds', () => {
  it('two holds of one list never share a hold id; a sent one and shared book ids stay', () => {
    const items = [
      { id: '1', hold_id: 'H2813975', book_id: '77' },
      { id: '2', hold_id: 'H2813975', book_id: '77' },
      { id: '3', hold_id: 'H4727959', book_id: '77' },
    ];
    distinctActIds({ items }, new Set());
    expect(new Set(items.map((row) => row.hold_id)).size).toBe(3);
    expect(items[1]!.hold_id).toMatch(/^H\d{7}$/);
    expect(items.map((row) => row.book_id)).toEqual(['77', '77', '77']);
    const sent = [{ hold_id: 'H1' }, { hold_id: 'H1' }];
    distinctActIds(sent, new Set(['H1']));
    expect(sent[1]!.hold_id).toBe('H1');
  });
});

describe('titledArticles', () => {
  it('a news article with no title gets a headline about what was searched; a titled one keeps its own', () => {
    const value = {
      value: [
        { category: 'Sports', headline: true, datePublished: '2025-12-13T21:52:00Z', provider: 'Reuters' },
        { title: 'Own title', published_at: '2025-12-13T21:52:00Z', source: 'AP' },
      ],
    };
    titledArticles(value, 'microsoft');
    expect(value.value[0]!['name' as 'category']).toMatch(/microsoft/i);
    expect(value.value[1]!.title).toBe('Own title');
    expect('name' in value.value[1]!).toBe(false);
  });

  it('runs with the other rules on a search call', () => {
    const value = { value: [{ datePublished: '2025-12-13T21:52:00Z', provider: 'Reuters' }] };
    sumsThatHold(value, { q: 'electric cars' });
    expect((value.value[0] as Record<string, unknown>)['name']).toMatch(/electric cars/i);
  });
});

describe('averagesAroundPrice', () => {
  it("a quote's moving averages sit near its price, its day's move is a few percent, its range holds it", () => {
    const quote: Record<string, number> = { price: 174.98, percent_change: 26.3, volume: 44.4, 'MA(5)': 4.65, 'MA(20)': 67.69 };
    averagesAroundPrice(quote);
    expect(Math.abs(quote['MA(5)']! / 174.98 - 1)).toBeLessThan(0.04);
    expect(Math.abs(quote['MA(20)']! / 174.98 - 1)).toBeLessThan(0.07);
    expect(Math.abs(quote['percent_change']!)).toBeLessThanOrEqual(4);
    expect(quote['percent_change']).toBeGreaterThan(0);
    const ranged = { close: 100, dayLow: 120, dayHigh: 130 };
    averagesAroundPrice(ranged);
    expect(ranged.dayLow).toBeLessThanOrEqual(100);
    expect(ranged.dayHigh).toBe(130);
  });
  it('leaves averages that already fit, and numbers with no price beside them', () => {
    const quote = { price: 100, sma_50: 95.5, percent_change: -2.1 };
    averagesAroundPrice(quote);
    expect(quote).toEqual({ price: 100, sma_50: 95.5, percent_change: -2.1 });
    const other = { ma20: 3, percent_change: 40 };
    averagesAroundPrice(other);
    expect(other).toEqual({ ma20: 3, percent_change: 40 });
  });
});

describe('ownConfirmationCodes', () => {
  it('two bookings never share a confirmation code, and every read of one booking shows the same one', () => {
    const first = { bookingId: '3191595', hotelConfirmationCode: '04M3995' };
    const second = { bookingId: '9530548', hotelConfirmationCode: '04M3995' };
    const again = { bookingId: '3191595', hotelConfirmationCode: '18Y1878' };
    for (const booking of [first, second, again]) ownConfirmationCodes(booking, new Set());
    expect(first.hotelConfirmationCode).not.toBe(second.hotelConfirmationCode);
    expect(again.hotelConfirmationCode).toBe(first.hotelConfirmationCode);
    expect(first.hotelConfirmationCode).toMatch(/^\d\d[A-Z]\d{4}$/);
  });
  it('keeps a code the call sent, and codes of records with no id of their own', () => {
    const looked = { id: 7, confirmation_code: 'ABC123' };
    ownConfirmationCodes(looked, new Set(['ABC123']));
    expect(looked.confirmation_code).toBe('ABC123');
    const prefixed = { booking_id: 'b-1', booking_reference: 'REF-4411' };
    ownConfirmationCodes(prefixed, new Set());
    expect(prefixed.booking_reference).toMatch(/^REF-\d{4}$/);
    const bare = { confirmation_code: 'ABC123' };
    ownConfirmationCodes(bare, new Set());
    expect(bare.confirmation_code).toBe('ABC123');
  });
});

describe('largeCompanyEarnings', () => {
  it("a large company's revenue runs to millions; a small business's stays as drawn", () => {
    const nike = { company: 'Nike', corporate_revenue: 79705, unit: 'USD' };
    largeCompanyEarnings(nike, { company: 'Nike', product: 'yoga mat' });
    expect(nike.corporate_revenue).toBe(79_705_000);
    // the whole company's revenue is near its real one: Amazon's next year is hundreds of billions, 30 days of Apple's a twelfth of a year
    const amazon = { revenue: 67_903_000, unit: 'USD' };
    largeCompanyEarnings(amazon, { company_name: 'Amazon', period: 'next year' });
    expect(amazon.revenue).toBe(670_000_000_000);
    const month = { total_revenue: 31_000_000_000 };
    largeCompanyEarnings(month, { company: 'Apple', days: 30 });
    expect(month.total_revenue).toBe(31_000_000_000);
    const shop = { corporate_revenue: 79705 };
    largeCompanyEarnings(shop, { company: "Rosa's Bakery" });
    expect(shop.corporate_revenue).toBe(79705);
  });
});
