import { describe, expect, it } from 'vitest';
import { coherentRecords } from './world-coherence.js';

describe('one story per transaction', () => {
  it('tells one payment, with cents of cashback and round-up, unsettled while pending', () => {
    const transaction = {
      amount: '9.68',
      cashback: '98.79',
      roundUp: '220.98',
      description: 'Salary from Acme Pty Ltd',
      holdInfo: 'Direct debit: electricity bill',
      rawText: 'Monthly rent payment',
      status: 'pending',
      settledAt: '2025-08-20T23:55:00Z',
    };
    coherentRecords({ data: [{ attributes: transaction }] }, {});
    expect(transaction).toMatchObject({ holdInfo: 'Salary from Acme Pty Ltd', rawText: 'Salary from Acme Pty Ltd', settledAt: null });
    expect(Number(transaction.cashback)).toBeLessThanOrEqual(0.968);
    expect(transaction.roundUp).toBe('0.32');
  });

  it('leaves a settled transaction with its own texts alone', () => {
    const transaction = {
      amount: 120,
      cashback: 1.2,
      description: 'Transfer to savings',
      message: 'For the holiday',
      status: 'settled',
      settledAt: '2025-08-20T23:55:00Z',
    };
    coherentRecords(transaction, {});
    expect(transaction).toEqual({
      amount: 120,
      cashback: 1.2,
      description: 'Transfer to savings',
      message: 'For the holiday',
      status: 'settled',
      settledAt: '2025-08-20T23:55:00Z',
    });
  });
});
