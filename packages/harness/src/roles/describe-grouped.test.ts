import { describe, expect, it } from 'vitest';
import { describeResult } from './describe-result.js';
import { isCut, isRawJson } from '../run/checks/final-answer.js';

describe('lists grouped by state', () => {
  it("counts each group and says its items by amount, text and date, never the account's id as a transaction", () => {
    const result = {
      transactions: {
        booked: [
          {
            bookingDate: '2026-01-28',
            remittanceInformationUnstructured: 'Direct debit: electricity bill',
            transactionAmount: { amount: '104.1', currency: 'EUR' },
            transactionId: '2789955',
          },
        ],
        pending: [
          {
            remittanceInformationUnstructured: 'Monthly rent payment',
            transactionAmount: { amount: 362.61, currency: 'EUR' },
            valueDate: '2025-12-24',
          },
        ],
      },
    };
    const id = '35e2c42c-e527-425e-a503-b54788c2c9c1';
    const answer = describeResult({
      tool: 'retrieve_account_transactions_v2',
      arguments: { id },
      result: JSON.stringify(result),
      isError: false,
    });
    expect(answer).toBe(
      'I found 1 booked and 1 pending transactions. Booked: 104.10 EUR “Direct debit: electricity bill” on 2026-01-28. Pending: 362.61 EUR “Monthly rent payment” on 2025-12-24.',
    );
    expect(answer).not.toContain(id);
    expect(isRawJson(answer) || isCut(answer)).toBe(false);
  });
});
