import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });
/** Nordigen's account transactions: an untyped body whose example holds lists of booked and pending transactions. */
const body = {
  type: 'object',
  additionalProperties: {},
  examples: [
    {
      transactions: {
        booked: [
          {
            bookingDate: 'date',
            transactionAmount: { amount: '328.18', currency: 'string' },
            transactionId: 'string',
            redirect: '<https://example.com>',
          },
        ],
        pending: [
          { remittanceInformationUnstructured: 'string', transactionAmount: { amount: 'float', currency: 'string' }, valueDate: 'date' },
        ],
      },
    },
  ],
};

describe('an untyped map value with a record example', () => {
  it('is drawn in the example shape (lists of records), never a bare number, with fresh figures', () => {
    const amounts = new Set<unknown>();
    for (let seed = 1; seed <= 8; seed += 1) {
      faker.seed(seed);
      const value = generateValue(body, 'result', { faker, root: body }) as { transactions: { booked: unknown[]; pending: unknown[] } };
      expect(typeof value.transactions).toBe('object');
      expect(Array.isArray(value.transactions.booked)).toBe(true);
      const booked = value.transactions.booked[0] as { bookingDate: string; redirect: string; transactionAmount: { amount: string } };
      // a template slot is filled by the field's name, never copied
      expect(booked.redirect).toMatch(/^https:\/\/[^<>\s]+$/);
      expect(booked.bookingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      amounts.add(booked.transactionAmount.amount);
      const pending = value.transactions.pending[0] as {
        remittanceInformationUnstructured: string;
        transactionAmount: { amount: unknown };
      };
      expect(typeof pending.transactionAmount.amount).toBe('number');
      // the payment's own words, never a label of the field (`shared unstructured`)
      expect(pending.remittanceInformationUnstructured).toMatch(/\w+ \w+ \w+/);
      expect(pending.remittanceInformationUnstructured).not.toMatch(/unstructured/i);
    }
    expect(amounts.size).toBeGreaterThan(4);
  });
});
