import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';
import { toolMadeNoun } from './made-record.js';

describe('a made record told by what the user needs of it', () => {
  it('a requisition: named by the tool, its status in words, its link to go on with', () => {
    const text = describeResult(
      outcome(
        'requisition_created',
        { agreement: 'bcbff613-035b-4783-8e50-f665fa33d537', institution_id: '4086640', redirect: 'https://www.nordigen.com/return' },
        {
          id: 'b56cfbe6-8994-4238-ab61-2ee9e3664327',
          created: '2025-01-03T15:26:00Z',
          redirect: 'https://www.nordigen.com/return',
          institution_id: '4086640',
          link: 'https://ob.nordigen.com/psd2/start/b56cfbe6/SANDBOXFINANCE',
          status: 'CR',
          accounts: [],
        },
      ),
    );
    expect(text).toMatch(/the requisition b56cfbe6/);
    expect(text).toMatch(/status: created/);
    expect(text).toMatch(/link is https:\/\/ob\.nordigen\.com\/psd2\/start/);
    expect(text).not.toMatch(/\bit \(id|CR\b/);
  });

  it('a requisition read or listed: its status code in words', () => {
    const one = (id: string, status: string) => ({ id, status, created: '2025-10-11T21:18:00Z', account_selection: true });
    const read = describeResult(outcome('requisition_by_id', { id: 'r1' }, one('r1', 'UA')));
    expect(read).toMatch(/undergoing authentication/);
    expect(read).not.toMatch(/\bUA\b/);
    const listed = describeResult(outcome('retrieve_all_requisitions', {}, { count: 2, results: [one('r1', 'LN'), one('r2', 'GA')] }));
    expect(listed).toMatch(/linked/);
    expect(listed).toMatch(/granted access/);
  });

  it('takes a noun only beside a verb of making', () => {
    expect(toolMadeNoun('requisition_created')).toBe('requisition');
    expect(toolMadeNoun('get_requisition')).toBeUndefined();
  });
});
