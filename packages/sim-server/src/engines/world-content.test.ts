import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';
import { tellStory } from './world-headlines.js';
import { fitKinds } from './world-search.js';

type Json = Record<string, unknown>;
const association = (fields: Json): Json => ({
  id: '9475469',
  overall_score: 0.96,
  evidence_count: 250,
  ...fields,
});
const first = (result: Json): Json => (result['items'] as Json[])[0] as Json;

describe('associations a geneticist believes', () => {
  it('types evidence by its datasource and keeps somatic and drug evidence off a pair with no known link', () => {
    const result = harmonizeResult(
      {
        items: [
          association({
            target_symbol: 'TNF',
            disease_name: 'psoriasis',
            datasource: 'cancer_gene_census',
            datatype: 'known_drug',
            top_datatype: 'genetic_association',
            target_class: 'Kinase',
          }),
        ],
      },
      { target: 'ENSG00000232810' },
      new Map(),
    );
    const item = first(result);
    // TNF–psoriasis is a drug link (adalimumab): a known_drug record comes from ChEMBL, and TNF is a secreted cytokine
    expect(item['datatype']).toBe('known_drug');
    expect(item['datasource']).toBe('chembl');
    expect(item['top_datatype']).toBe('known_drug');
    expect(item['target_class']).toBe('Secreted protein');
    expect(item['overall_score']).toBe(0.96);
  });

  it('scores a pair with no known link as a co-mention in the literature', () => {
    const result = harmonizeResult(
      {
        items: [
          association({ target_symbol: 'KRAS', disease_name: 'type 2 diabetes mellitus', datasource: 'chembl', datatype: 'known_drug' }),
        ],
      },
      {},
      new Map(),
    );
    const item = first(result);
    expect(item['overall_score']).toBeLessThanOrEqual(0.2);
    expect(item['evidence_count']).toBeLessThanOrEqual(12);
    expect([item['datasource'], item['datatype']]).toEqual(['europepmc', 'literature']);
  });

  it('keeps a datasource the call filtered by and types the evidence as that source does', () => {
    const result = harmonizeResult(
      { items: [association({ target_symbol: 'BRCA1', disease_name: 'asthma', datasource: 'chembl', datatype: 'somatic_mutation' })] },
      { datasource: 'chembl' },
      new Map(),
    );
    expect(first(result)['datasource']).toBe('chembl');
    expect(first(result)['datatype']).toBe('known_drug');
  });
});

describe('ids, counts, sizes and signatures in range', () => {
  it('records a gene symbol a disease search returned as the gene it is', () => {
    const result = harmonizeResult({ name: 'APOE', ontology: 'EFO', associated_targets: 47, synonyms: 10 }, { q: 'APOE' }, new Map());
    expect(result['ontology']).toBe('Ensembl');
    expect(result['associated_diseases']).toBe(47);
    expect(result).not.toHaveProperty('associated_targets');
  });

  it('gives a disease hit an id of EFO’s style and leaves a gene hit typed as a disease to be keyed as the gene', () => {
    const hits = harmonizeResult(
      {
        items: [
          { id: '4829130', name: 'BRCA1', entity_type: 'disease' },
          { id: '6303756', name: 'breast cancer', entity_type: 'disease' },
          { id: '5120334', name: 'chronic cough', entity_type: 'disease' },
        ],
      },
      { body: '["BRCA1","breast cancer","chronic cough"]' },
      new Map(),
    );
    fitKinds(hits);
    const ids = (hits['items'] as Json[]).map((hit) => hit['id']);
    expect(ids[0]).toBe('ENSG00000012048');
    expect(ids[1]).toBe('EFO_0000305');
    expect(ids[2]).toMatch(/^EFO_\d{7}$/);
  });

  it('keeps totals in their noun’s range and an instant out of a block of counts', () => {
    const result = harmonizeResult(
      { gene_count: 2_410_579, disease_count: 1_200, thisWeek: { added: 17, updated: 1_761_431_880 } },
      {},
      new Map(),
    );
    expect(result['gene_count']).toBeGreaterThanOrEqual(19_000);
    expect(result['gene_count']).toBeLessThanOrEqual(62_000);
    expect(result['disease_count']).toBe(1_200);
    expect((result['thisWeek'] as Json)['updated']).toBeLessThanOrEqual(40);
  });

  it('gives a file the size its type has', () => {
    const result = harmonizeResult({ file_name: 'kernel32.dll', file_size: 69_282_998, verdict: 'known-good' }, {}, new Map());
    expect(result['file_size']).toBeLessThanOrEqual(3_000_000);
  });

  it('signs a JSON document with a P-256 signature of 64 bytes, the same for the same receipt', () => {
    const tse = (): Json => ({
      data: 'YlZZZ3VEMFFDeGN0S0VhR0kzRm9VaVB2eFd6a24zV0swSVd6',
      publickey: '-----BEGIN PUBLIC KEY-----MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQVYgt6QtWBPz-----END PUBLIC KEY-----',
      raw: Buffer.from('Green energy share above average for the region this hour.').toString('base64'),
      signature: 'a05e5ef9d6e0b224fe4db1c3c43f40c1a3bee1d0ddd66cebffdc40ff73ef1dbe',
    });
    const result = harmonizeResult(tse(), { account: 'Q-20250412-0042' }, new Map());
    const signed = JSON.parse(String(result['raw'])) as Json;
    expect(signed['receipt']).toBe('Q-20250412-0042');
    expect(result['data']).toBe(result['raw']);
    expect(Buffer.from(String(result['signature']), 'base64')).toHaveLength(64);
    expect(harmonizeResult(tse(), { account: 'Q-20250412-0042' }, new Map())['signature']).toBe(result['signature']);
    // a call that names no receipt signs one with a serial of its own, never a piece of the key
    const unnamed = JSON.parse(String(harmonizeResult(tse(), {}, new Map())['raw'])) as Json;
    expect(unnamed['receipt']).toMatch(/^\d{12}$/);
  });
});

describe('stories of places', () => {
  it('tells ferry stories of coastal terminals only', () => {
    for (let variant = 0; variant < 40; variant += 1) {
      const story = tellStory(`post-${variant}`, 'ferry', variant);
      expect(story.headline).not.toMatch(/Kelowna|Chilliwack|Kamloops|Prince George|Quesnel|Penticton|Vernon/);
    }
  });
});

describe('a person is one person', () => {
  it('an email and a user name are the named person’s, keeping the provider and the digits', () => {
    const employee = harmonizeResult(
      { employee_id: 58064, full_name: 'Fatima Gleichner', email: 'phillip_morar@yahoo.com', username: 'freda_welch24' },
      { employee_id: 58064 },
      new Map(),
    );
    expect(employee['email']).toBe('fatima.gleichner@yahoo.com');
    expect(employee['username']).toBe('fatima_gleichner24');
    const split = harmonizeResult({ firstName: 'José', lastName: 'Núñez', email: 'kyle.b@example.com' }, {}, new Map());
    expect(split['email']).toBe('jose.nunez@example.com');
  });

  it('keeps what the call sent and what already fits the name', () => {
    const sent = harmonizeResult({ full_name: 'Fatima Gleichner', email: 'boss@acme.com' }, { email: 'boss@acme.com' }, new Map());
    expect(sent['email']).toBe('boss@acme.com');
    const fits = harmonizeResult({ full_name: 'Fatima Gleichner', email: 'f.gleichner@acme.com' }, {}, new Map());
    expect(fits['email']).toBe('f.gleichner@acme.com');
    const options = { seen: new Map(), entity: 'booking', write: false, sent: new Set(['boss@acme.com']) };
    const earlier = harmonizeResult({ full_name: 'Fatima Gleichner', email: 'boss@acme.com' }, {}, new Map(), '', undefined, options);
    expect(earlier['email']).toBe('boss@acme.com');
  });
});
