import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { incoherentRecords } from './record-coherence.js';

describe('clashing names in one record', () => {
  it('rejects a record whose name fields name different things', () => {
    const ministry = call(
      'ministries_get_one',
      { key: '4139038' },
      { name: 'Ministry of Transport', displayAdditionalName: 'Ministry of Foreign Affairs' },
    );
    expect(incoherentRecords(ministry)).toEqual([
      '"Ministry of Transport" has the displayAdditionalName "Ministry of Foreign Affairs", another ministry',
    ]);
    const newsletter = call('newsletters_get_one', {}, { name: 'Education Bulletin', ministryName: 'Forests and Lands News' });
    expect(incoherentRecords(newsletter)).toEqual(['ministryName "Forests and Lands News" names no ministry']);
    const membership = call('committees_get', {}, { memberships: [{ person: { name: 'Arvid Langosh' }, person_name: 'Amara White' }] });
    expect(incoherentRecords(membership)).toEqual(['person_name "Amara White" beside a person named "Arvid Langosh"']);
    const bank = call('institutions', { country: 'FR' }, { items: [{ bic: 'IPGUGUB4', id: '1', name: 'United Kingdom' }] });
    expect(incoherentRecords(bank)).toEqual(['an institution with a BIC named "United Kingdom", a country']);
  });

  it('passes a record with one name, and a country named as a country', () => {
    const good = call(
      'ministries_get_one',
      {},
      {
        name: 'Ministry of Health',
        displayAdditionalName: 'Ministry of Health',
        ministerName: 'Mae Kshlerin',
        memberships: [{ person: { name: 'Kerry Bailey' }, person_name: 'Kerry Bailey' }],
        newsletter: { name: 'BC Health Update', ministryName: 'Ministry of Health' },
        bank: { bic: 'BNPAFRPP', name: 'BNP Paribas' },
        country: { name: 'France', alpha2: 'FR' },
      },
    );
    expect(incoherentRecords(good)).toEqual([]);
  });
});
