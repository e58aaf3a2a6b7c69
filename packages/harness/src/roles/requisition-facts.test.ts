import { describe, expect, it } from 'vitest';
import { facts } from './result-facts.js';
import { factSentence } from './fact-sentence.js';

describe('a requisition is told by its status, institution, accounts and link', () => {
  it('says the status in words, the institution, the accounts count and the link, not the agreement uuid', () => {
    const record = {
      account_selection: true,
      accounts: ['10d1e6bf-c5f4-4091-806e-4c0922095e2a', 'a2a7c1e0-0d7b-4a4c-9f0a-51f1f5c3e0a2'],
      agreement: 'd22367ea-8ecd-484a-9c6b-297be4acd866',
      created: '2025-10-11T21:18:00Z',
      id: '0bfe53e3-1758-4f78-a960-f06189c7ee3a',
      institution_id: 'REVOLUT_REVOGB21',
      link: 'https://ob.nordigen.com/psd2/start/0bfe53e3-1758-4f78-a960-f06189c7ee3a/REVOLUT_REVOGB21',
      status: 'UA',
    };
    const sentence = factSentence(facts(record, new Set(), 3));
    expect(sentence).toMatch(/undergoing authentication/);
    expect(sentence).toContain('REVOLUT_REVOGB21');
    expect(sentence).toMatch(/2 linked accounts/);
    expect(sentence).toContain('https://ob.nordigen.com/psd2/start/');
    expect(sentence).not.toContain('d22367ea');
    expect(sentence).toMatch(/2025|October|Oct/);
  });

  it('leaves other records with a status alone', () => {
    const told = facts({ status: 'delivered', tracking: 'Z123' }, new Set(), 3);
    expect(told.map((fact) => fact.text).join(' ')).not.toMatch(/institution/);
  });
});
