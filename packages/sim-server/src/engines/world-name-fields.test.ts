import { describe, expect, it } from 'vitest';
import { coherentRecords } from './world-coherence.js';

describe('one name per record', () => {
  it('gives a ministry one name and a newsletter a ministry for its ministryName', () => {
    const ministry = {
      name: 'Ministry of Transport',
      displayAdditionalName: 'Ministry of Foreign Affairs',
      ministerName: 'Lester Dietrich',
    };
    const newsletter = { name: 'Education Bulletin', ministryName: 'Forests and Lands News', description: 'A weekly newsletter.' };
    coherentRecords({ items: [ministry, newsletter] }, {});
    expect(ministry.displayAdditionalName).toBe('Ministry of Transport');
    expect(ministry.ministerName).toBe('Lester Dietrich');
    expect(newsletter.ministryName).toBe('Ministry of Education');
    const named = { name: 'BC Health Update', ministryName: 'BC Health Update' };
    coherentRecords(named, {});
    expect(named.ministryName).toBe('Ministry of Health');
  });

  it('names a membership by its person', () => {
    const membership = { person: { id: 'ocd-person/1', name: 'Arvid Langosh' }, person_name: 'Amara White', role: 'member' };
    coherentRecords({ memberships: [membership] }, {});
    expect(membership.person_name).toBe('Arvid Langosh');
  });

  it('leaves name fields of other things alone', () => {
    const record = { name: 'Ministry of Health', contactName: 'Regina Heidenreich', agent_name: 'Marilou Krajcik' };
    coherentRecords(record, {});
    expect(record).toEqual({ name: 'Ministry of Health', contactName: 'Regina Heidenreich', agent_name: 'Marilou Krajcik' });
  });

  it('names an institution with a BIC like a bank of the country it serves', () => {
    const institution = { bic: 'IPGUGUB4', countries: ['FR'], id: '4218120', name: 'United Kingdom' };
    coherentRecords({ items: [institution] }, {});
    expect(['BNP Paribas', 'Société Générale']).toContain(institution.name);
    expect(institution.bic.slice(4, 6)).toBe('FR');
    const list = { items: [1, 2, 3].map((id) => ({ bic: 'X', countries: ['FR'], id: String(id), name: 'France' })) };
    coherentRecords(list, {});
    expect(new Set(list.items.map((item) => item.name)).size).toBe(3);
    const country = { name: 'France', alpha2: 'FR' };
    coherentRecords(country, {});
    expect(country.name).toBe('France');
  });
});
