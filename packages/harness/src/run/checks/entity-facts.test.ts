import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { contradictedFacts, repeatedIntegers } from './entity-facts.js';

describe('contradictedFacts (world_consistent (l))', () => {
  it("rejects a known drug's wrong phase, year and type, a gene's wrong symbol and chromosome, and a gene typed as a disease", () => {
    const drug = call(
      'get_drug_by_id',
      { drug_id: 'CHEMBL1201580' },
      {
        id: 'CHEMBL1201580',
        name: 'ADALIMUMAB',
        drug_type: 'Antibody',
        max_clinical_phase: 1,
        year_first_approved: 2002,
      },
    );
    const named = call(
      'list_drugs',
      {},
      { items: [{ name: 'ATORVASTATIN', drug_type: 'Antibody', year_first_approved: 1977, max_phase: 4 }] },
    );
    const gene = call('get_target', { target: 'ENSG00000157764' }, { id: 'ENSG00000157764', approved_symbol: 'TP53', chromosome: '17' });
    const typed = call('search', { q: 'BRCA1' }, { items: [{ id: 'ENSG00000012048', name: 'BRCA1', entity_type: 'disease' }] });
    expect(contradictedFacts(conversationOf([drug, named, gene, typed]))).toEqual([
      'get_drug_by_id: ADALIMUMAB is approved (phase 4), not max_clinical_phase 1',
      'list_drugs: ATORVASTATIN is a small molecule, not drug_type "Antibody"',
      'list_drugs: ATORVASTATIN was first approved in 1996, not year_first_approved 1977',
      'get_target: ENSG00000157764 is BRAF, not approved_symbol "TP53"',
      'get_target: BRAF is on chromosome 7, not chromosome "17"',
      'search: BRCA1 is a gene, not entity_type "disease"',
    ]);
  });

  it("passes a known entity's real facts, an unknown drug's made-up ones, and an error result", () => {
    const right = call(
      'get_drug_by_id',
      { drug_id: 'CHEMBL941' },
      {
        id: 'CHEMBL941',
        name: 'IMATINIB',
        drug_type: 'Small molecule',
        max_clinical_phase: 4,
        year_first_approved: 2001,
      },
    );
    const unknown = call(
      'get_drug_by_id',
      { drug_id: 'CHEMBL25' },
      { id: 'CHEMBL25', name: 'ASPIRIN', max_phase: 4, drug_type: 'Small molecule' },
    );
    const hits = call('search', { q: 'asthma' }, { items: [{ id: 'EFO_0000270', name: 'asthma', entity_type: 'disease' }] });
    const failed = {
      ...call('get_drug_by_id', { drug_id: 'CHEMBL941' }, { name: 'IMATINIB', max_phase: 1 }),
      isError: true,
      result: '500 Internal Server Error',
    };
    expect(contradictedFacts(conversationOf([right, unknown, hits, failed]))).toEqual([]);
  });
});

describe('repeatedIntegers (results_specific)', () => {
  it('rejects one distinctive integer in unrelated fields of a record, and one field stuck on a value in every reading of a list', () => {
    expect(repeatedIntegers(call('gsi_prediction', { zip: '10115' }, { gsi: 43, sci: 43, co2_g_oekostrom: 23 }))).toEqual([
      '43 in gsi, sci',
    ]);
    const hours = Array.from({ length: 6 }, (_, hour) => ({ epochtime: 1_700_000_000 + hour * 3600, gsi: 43, co2: 180 + hour * 7 }));
    expect(repeatedIntegers(call('gsi_prediction', { zip: '10115' }, { forecast: hours }))).toEqual(['gsi 43 in all 6 forecast']);
  });

  it('passes counts and pages that agree, round and small numbers, years, values the call sent, related fields and varying readings', () => {
    expect(repeatedIntegers(call('list', {}, { page: 2, num_pages: 2, total: 37, count: 37 }))).toEqual([]);
    expect(repeatedIntegers(call('room', {}, { width: 100, height: 100, beds: 2, guests: 2, built: 2014, renovated: 2014 }))).toEqual([]);
    expect(repeatedIntegers(call('search', { adults: 23 }, { adults: 23, guests_max: 23 }))).toEqual([]);
    expect(repeatedIntegers(call('meter', {}, { scaling_factor: 66, voltage_scaling_factor: 66 }))).toEqual([]);
    const hours = Array.from({ length: 6 }, (_, hour) => ({ gsi: 30 + hour * 3, co2: 180 + hour * 7 }));
    expect(repeatedIntegers(call('gsi_prediction', {}, { forecast: hours }))).toEqual([]);
  });
});
