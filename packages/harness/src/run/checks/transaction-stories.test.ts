import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { incoherentRecords } from './record-coherence.js';

describe('transactions told as two payments', () => {
  it('rejects contradictory texts, cashback above the amount and a settled pending transaction', () => {
    const attributes = {
      amount: '9.68',
      cashback: '98.79',
      description: 'Salary from Acme Pty Ltd',
      rawText: 'Monthly rent payment',
      status: 'pending',
      settledAt: '2025-08-20T23:55:00Z',
    };
    expect(incoherentRecords(call('get_transactions', {}, { data: [{ attributes }] }))).toEqual([
      'one transaction told as salary (description) and rent (rawText)',
      'cashback 98.79 above the amount 9.68',
      'a pending transaction settled at 2025-08-20T23:55:00Z',
    ]);
  });

  it('passes a transaction told as one payment', () => {
    const attributes = {
      amount: '49.50',
      cashback: '0.99',
      roundUp: '0.50',
      description: 'Card purchase at Woolworths Sydney',
      rawText: 'Card purchase at Woolworths Sydney',
      message: 'Groceries for the week',
      status: 'settled',
      settledAt: '2025-08-20T23:55:00Z',
    };
    expect(incoherentRecords(call('get_transactions', {}, { data: [{ attributes }] }))).toEqual([]);
  });
});
