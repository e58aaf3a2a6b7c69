import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from './value-generator.js';
import {
  brandFamilies,
  cityCountries,
  labSections,
  codedFields,
  coherentFields,
  coherentPrices,
  orderedDates,
  urlDomains,
} from './world-record-fields.js';

describe('coherentFields', () => {
  it('puts a record’s dates in the order of their meanings, keeping the format and the dates the call sent', () => {
    const record = {
      CreatedAt: '2025-06-13T07:11:00Z',
      LastUpdatedAt: '2025-05-15T20:12:00Z',
      pickup_by: '2025-11-30',
      return_date: '2025-10-30',
      start_date: '2025-03-01',
      end_date: '2025-04-01',
    };
    orderedDates(record, {});
    expect(Date.parse(record.LastUpdatedAt)).toBeGreaterThan(Date.parse(record.CreatedAt));
    expect(record.LastUpdatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(record.return_date > record.pickup_by).toBe(true);
    expect(record.return_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(record).toMatchObject({ start_date: '2025-03-01', end_date: '2025-04-01' });
    const asked = { pickup_by: '2025-11-30', return_date: '2025-10-30' };
    orderedDates(asked, { return_date: '2025-10-30' });
    expect(asked.return_date).toBe('2025-10-30');
    expect(asked.pickup_by < asked.return_date).toBe(true);
    const hold = { pickup_by: '2025-06-07', return_date: '2025-07-07', created_at: '2025-12-02T13:31:00.000Z' };
    orderedDates(hold, { return_date: '2025-07-07' });
    expect(hold).toMatchObject({ pickup_by: '2025-06-07', return_date: '2025-07-07' });
    expect(hold.created_at < hold.pickup_by).toBe(true);
  });

  it('writes a code field as a code, not the name of what it codes', () => {
    const record = { SourceLanguageCode: 'Tamil', TargetLanguageCodes: ['ko', 'Danish'], currency_code: 'Euro', country_code: 'Portugal' };
    codedFields(record);
    expect(record).toEqual({ SourceLanguageCode: 'ta', TargetLanguageCodes: ['ko', 'da'], currency_code: 'EUR', country_code: 'PT' });
  });

  it('gives a domain the host of its URL', () => {
    const list = { source_domain: 'twilio.com', source_url: 'https://www.parade.com/718913/podcasts/' };
    urlDomains(list, {});
    expect(list.source_domain).toBe('parade.com');
  });

  it('prices a record in one currency, each formatted as its own amount', () => {
    const unit = {
      originalPrice: { currency: 'JOD', formatted: '$190.85', value: 27.23 },
      price: { currency: 'NZD', formatted: '$215.43', value: 77.03 },
      size: 'M',
    };
    coherentPrices(unit);
    expect(unit.price.currency).toBe('JOD');
    expect(unit.originalPrice.value).toBe(77.03);
    expect(unit.price.value).toBe(27.23);
    expect(unit.price.formatted).toMatch(/^JOD\s?27\.230$/);
    expect(unit.originalPrice.formatted).toMatch(/^JOD\s?77\.030$/);
    const yen = { price: { currency: 'JPY', formatted: '$2.50', value: 1250.4 } };
    coherentPrices(yen);
    expect(yen.price).toEqual({ currency: 'JPY', formatted: '¥1,250', value: 1250 });
    const usd = { price: { currency: 'USD', formatted: '$1.00', value: 65 } };
    coherentPrices(usd);
    expect(usd.price.formatted).toBe('$65.00');
    const units = {
      items: [
        { price: { currency: 'DOP', value: 30 } },
        { price: { currency: 'LBP', value: 82 }, originalPrice: { currency: 'EUR', value: 90 } },
      ],
    };
    coherentPrices(units);
    expect(units.items.flatMap((row) => Object.values(row).map((price) => price.currency))).toEqual(['DOP', 'DOP', 'DOP']);
    const transfer = { source: { currency: 'GBP', value: 10 }, target: { currency: 'EUR', value: 11.6 } };
    coherentPrices(transfer);
    expect(transfer.target.currency).toBe('EUR');
  });

  it('names a brand’s family after the brand, and a customer’s country after their city', () => {
    const brand = { key: '1', name: 'Puma', brandFamily: { key: '2', name: "Levi's" } };
    const line = { key: '3', name: "Levi's Red Tab", brandFamily: { key: '2', name: "Levi's" } };
    brandFamilies([brand, line]);
    expect(brand.brandFamily.name).toBe('Puma');
    expect(line.brandFamily.name).toBe("Levi's");
    const review = { customerCity: 'Milan', customerCountry: 'New Zealand', billing_city: 'Paris', billing_country: 'NZ' };
    cityCountries(review, {});
    expect(review).toMatchObject({ customerCountry: 'Italy', billing_country: 'FR' });
  });

  it('fixes every field of a record drawn at random, and leaves a coherent record as it is', () => {
    const bad = {
      CreatedAt: '2025-06-13T07:11:00Z',
      LastUpdatedAt: '2025-05-15T20:12:00Z',
      SourceLanguageCode: 'Tamil',
      source_domain: 'twilio.com',
      source_url: 'https://parade.com/x',
      price: { currency: 'NZD', formatted: '$215.43', value: 77.03 },
    };
    coherentFields(bad, {});
    expect(bad).toEqual({
      CreatedAt: '2025-06-13T07:11:00Z',
      LastUpdatedAt: '2025-07-11T18:10:00Z',
      SourceLanguageCode: 'ta',
      source_domain: 'parade.com',
      source_url: 'https://parade.com/x',
      price: { currency: 'NZD', formatted: 'NZ$77.03', value: 77.03 },
    });
    const good = structuredClone(bad);
    coherentFields(good, {});
    expect(good).toEqual(bad);
  });

  it('draws a phone number typed as a number or described as one as a phone number, and a count as a count', () => {
    const faker = new Faker({ locale: [en] });
    faker.seed(7);
    const draw = (schema: Record<string, unknown>, name: string) =>
      generateValue(schema, name, { faker, root: {}, context: { tool: 'get_batch' } });
    expect(String(draw({ type: 'number', examples: [447777777777] }, 'destination'))).toMatch(/^447\d{9}$/);
    expect(String(draw({ type: 'string', description: 'Telephone number of the recipient' }, 'destination'))).toMatch(/\d{9,}/);
    expect(draw({ type: 'integer' }, 'count')).toBeLessThan(1e6);
  });

  it('draws a lab test’s category, a currency pair’s sides and a shop article’s size from their own domains', () => {
    const faker = new Faker({ locale: [en] });
    faker.seed(11);
    const draw = (schema: Record<string, unknown>, name: string, tool: string, description = '') =>
      Array.from({ length: 6 }, () => generateValue(schema, name, { faker, root: {}, context: { tool, description } }));
    for (const category of draw({ type: 'string' }, 'category', 'get_all_lab_tests'))
      expect(['hematology', 'clinical chemistry', 'microbiology', 'immunology', 'urinalysis']).toContain(category);
    for (const side of draw({ type: 'string', description: 'From Symbol of the pair' }, 'from', 'get_v1_last_currencies_from_to'))
      expect(Intl.supportedValuesOf('currency')).toContain(side);
    for (const size of draw({ type: 'string', description: 'article size' }, 'size', 'get_article_units', 'Zalando Shop article units'))
      expect(size).toMatch(/^(XS|S|M|L|XL|\d{2})$/);
    expect(draw({ type: 'string' }, 'test_type', 'run_statistical_test')).toContain('ANOVA');
    const tests = [
      { name: 'Urinalysis', category: 'hematology' },
      { name: 'Basic metabolic panel', category: 'urinalysis' },
      { name: 'Vitamin D', category: 'immunology' },
    ];
    labSections(tests);
    expect(tests.map((test) => test.category)).toEqual(['urinalysis', 'clinical chemistry', 'immunology']);
  });
});
