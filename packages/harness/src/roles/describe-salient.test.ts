import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';

describe('describeResult: the values asked for, not labels or secrets', () => {
  it('headline totals come before side counts', () => {
    const text = describeResult({
      ...outcome(
        'get_metrics',
        {},
        { numSpecs: 3412, numAPIs: 2529, numEndpoints: 108837, invalid: 12, fixes: 31, issues: 4, numDrivers: 2 },
        'Get basic metrics for the directory.',
      ),
      request: 'Show me the basic metrics for the directory.',
    });
    expect(text).toMatch(/3,?412/);
    expect(text).toMatch(/2,529 APIs/);
    expect(text).toMatch(/108,?837/);
  });

  it('a counted list of named records says who they are', () => {
    const text = describeResult({
      ...outcome(
        'committee_detail',
        { committee_id: '4936143' },
        {
          id: '4936143',
          name: 'Health & Public Services',
          classification: 'committee',
          memberships: [
            { person: { name: 'Angela Augusta', party: 'Democratic' }, role: 'chair' },
            { person: { name: 'Emanuel Leuschke', party: 'Republican' }, role: 'member' },
          ],
        },
        'Get details on a single committee.',
      ),
      request: 'Pull up details on committee 4936143.',
    });
    expect(text).toMatch(/Angela Augusta/);
    expect(text).toMatch(/Emanuel Leuschke/);
    // The sort that is the very thing asked about says nothing.
    expect(text).not.toMatch(/classification is committee/);
  });

  it('never reads out an SSN, a password or a secret the user did not ask for', () => {
    const result = {
      id: 'c1a3c096-399d-463f-824d-a111b438c80f',
      status: 'CR',
      institution_id: '9540206',
      reference: 'BK-18560',
      ssn: '***-**-8831',
      owner_tax: '123-45-6789',
      password: 'hunter22',
      client_secret: 'sk_live_abcdef123456',
      accounts: ['checking-3671', 'savings-6840'],
    };
    const text = describeResult({
      ...outcome('create_requisition', { institution_id: '9540206', reference: 'BK-18560' }, result, 'Create a new requisition.'),
      request: 'Create a new requisition with institution ID 9540206 and reference BK-18560.',
    });
    expect(text).not.toMatch(/8831|6789|hunter22|sk_live/);
    // A credential asked for by name is what the user wants told.
    const key = describeResult({
      ...outcome('create_key', { label: 'ci' }, { id: 'key_1', api_key: 'ak_4f9c2e71b0', label: 'ci' }, 'Create an API key.'),
      request: 'Create an API key labelled ci.',
    });
    expect(key).toMatch(/ak_4f9c2e71b0/);
  });

  it('a lone page count stays beside a fax status; a member named as its record is not named again', () => {
    const fax = describeResult({
      ...outcome(
        'get_fax',
        { sid: 'FX1' },
        { sid: 'FX1', num_pages: 3, price: 0.11, price_unit: 'USD', duration: 3600, status: 'delivered' },
      ),
      request: 'Get fax FX1.',
    });
    expect(fax).toMatch(/delivered/);
    const newsletter = describeResult({
      ...outcome(
        'get_newsletter',
        { key: 'n_1' },
        { name: 'Tourism Update', description: 'A monthly newsletter on tourism', editions: [{ name: 'Tourism Update' }] },
      ),
      request: 'Get newsletter n_1.',
    });
    expect(newsletter).not.toMatch(/edition \(Tourism Update\)/);
  });
});
