import { describe, expect, it } from 'vitest';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

type Json = Record<string, unknown>;
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const transaction = object(
  {
    transactionId: { type: 'string' },
    bookingDate: { type: 'string', format: 'date' },
    valueDate: { type: 'string', format: 'date' },
    remittanceInformationUnstructured: { type: 'string' },
    transactionAmount: object({ amount: { type: 'string' }, currency: { type: 'string' } }, ['amount', 'currency']),
  },
  ['transactionId', 'bookingDate', 'valueDate', 'transactionAmount'],
);
const TOOLS = [
  {
    name: 'retrieve_account_transactions',
    description: 'Access account transactions. Nordigen account information services',
    inputSchema: object(
      {
        account_id: { type: 'string', format: 'uuid' },
        date_from: { type: 'string', format: 'date' },
        date_to: { type: 'string', format: 'date' },
      },
      ['account_id'],
    ),
    outputSchema: object(
      { transactions: object({ booked: { type: 'array', items: transaction }, pending: { type: 'array', items: transaction } }) },
      ['transactions'],
    ),
  },
  {
    name: 'list_lawsuits',
    description: 'Lawsuits filed against a company.',
    inputSchema: object({ company: { type: 'string' }, start_date: { type: 'string' }, end_date: { type: 'string' } }, ['company']),
    outputSchema: object(
      { items: { type: 'array', items: object({ case_number: { type: 'string' }, filed_date: { type: 'string', format: 'date' } }) } },
      ['items'],
    ),
  },
];
const session = toolSessions(TOOLS, 'filtered');
const rowsOf = (result: Json): Json[] => {
  const transactions = result['transactions'] as Record<string, Json[] | undefined>;
  return [...(transactions['booked'] ?? []), ...(transactions['pending'] ?? [])];
};

describe('faker: listed rows honour the call’s date range', () => {
  it('transactions asked from one date to another are booked and valued inside it, on more than one day', async () => {
    const on = await session();
    const days = new Set<string>();
    for (const world of ['a', 'b', 'c']) {
      const id = `0ce27ca7-45df-4805-a61a-e7bca75bc1${world}f`.slice(0, 36);
      const args = { account_id: id, date_from: '2025-03-24', date_to: '2025-05-14' };
      const outcome = await callInWorld(on, 'retrieve_account_transactions', args, world);
      for (const row of rowsOf(outcome.value)) {
        for (const field of ['bookingDate', 'valueDate']) {
          expect((row[field] as string) >= '2025-03-24' && (row[field] as string) <= '2025-05-14', `${field} ${String(row[field])}`).toBe(
            true,
          );
          days.add(row[field] as string);
        }
      }
    }
    expect(days.size).toBeGreaterThan(2);
  });

  it('a one-sided range bounds its side; start_date/end_date bound a lawsuit’s filing date', async () => {
    const on = await session();
    const until = (
      await callInWorld(
        on,
        'retrieve_account_transactions',
        { account_id: '4ee6446c-fe30-43a8-8dad-8f3e64cd18d0', date_to: '2025-06-06' },
        'd',
      )
    ).value;
    for (const row of rowsOf(until)) expect((row['bookingDate'] as string) <= '2025-06-06').toBe(true);
    const args = { company: 'Toyota', start_date: '2025-06-23', end_date: '2025-07-01' };
    for (const row of (await callInWorld(on, 'list_lawsuits', args, 'e')).value['items'] as Json[])
      expect(
        (row['filed_date'] as string) >= '2025-06-23' && (row['filed_date'] as string) <= '2025-07-01',
        String(row['filed_date']),
      ).toBe(true);
  });
});

describe('faker: one account holds one currency', () => {
  it('the transactions of one account are all in one currency', async () => {
    const on = await session();
    let rowCount = 0;
    for (const world of ['a', 'b', 'c', 'd', 'e']) {
      const args = { account_id: `b2b5b0fe-adb2-43d2-ac77-a0ae8cb929${world}0`.slice(0, 36), date_from: '2025-03-24' };
      const rows = rowsOf((await callInWorld(on, 'retrieve_account_transactions', args, world)).value);
      const currencies = new Set(rows.map((row) => (row['transactionAmount'] as Json)['currency']));
      expect(currencies.size, [...currencies].join(' ')).toBe(1);
      rowCount += rows.length;
    }
    expect(rowCount).toBeGreaterThan(5);
  });
});
