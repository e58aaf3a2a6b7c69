import { describe, expect, it } from 'vitest';
import { seededEntityIds } from '@inftool/sim-server';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const counts = object(
  {
    name: { type: 'string' },
    total_cases: { type: 'integer', minimum: 0 },
    deaths: { type: 'integer', minimum: 0 },
    recovered: { type: 'integer', minimum: 0 },
    active_cases: { type: 'integer', minimum: 0 },
    death_ratio: { type: 'number' },
  },
  ['name', 'total_cases', 'deaths', 'recovered', 'active_cases', 'death_ratio'],
);
const fax = object(
  { sid: { type: 'string' }, date_created: { type: 'string', format: 'date-time' }, date_updated: { type: 'string', format: 'date-time' } },
  ['sid', 'date_created', 'date_updated'],
);
const TOOLS = [
  {
    name: 'get_region_report',
    description: 'Case counts for a region.',
    inputSchema: object({ region: { type: 'string' } }, ['region']),
    outputSchema: object({ data: object({ primary: counts, secondary: counts }, ['primary', 'secondary']) }, ['data']),
  },
  {
    name: 'get_target_by_ensgid',
    description: 'A gene target.',
    inputSchema: object({ target: { type: 'string' } }, ['target']),
    outputSchema: object(
      {
        target: { type: 'string' },
        approved_symbol: { type: 'string' },
        chromosome: { type: 'string' },
        associated_diseases: { type: 'integer', minimum: 1, maximum: 500 },
      },
      ['target', 'approved_symbol', 'chromosome', 'associated_diseases'],
    ),
  },
  {
    name: 'get_target_summary',
    description: 'A summary of a gene target.',
    inputSchema: object({ target: { type: 'string' } }, ['target']),
    outputSchema: object(
      { target: { type: 'string' }, associated_diseases: { type: 'integer', minimum: 1, maximum: 500 }, chromosome: { type: 'string' } },
      ['target', 'associated_diseases', 'chromosome'],
    ),
  },
  {
    name: 'get_disease_by_id',
    description: 'A disease.',
    inputSchema: object({ disease: { type: 'string' } }, ['disease']),
    outputSchema: object(
      {
        disease: { type: 'string' },
        name: { type: 'string', enum: ["Alzheimer's disease", 'psoriasis', 'asthma'] },
        ontology: { type: 'string' },
      },
      ['disease', 'name', 'ontology'],
    ),
  },
  {
    name: 'get_drug_by_id',
    description: 'A drug by id.',
    inputSchema: object({ drug_id: { type: 'string' }, DRUG_ID: { type: 'string' } }, ['drug_id', 'DRUG_ID']),
  },
  {
    name: 'list_fax',
    description: 'Faxes.',
    inputSchema: object({
      DateCreatedOnOrBefore: { type: 'string', format: 'date-time' },
      DateCreatedAfter: { type: 'string', format: 'date-time' },
      PageSize: { type: 'integer' },
    }),
    outputSchema: object({ faxes: { type: 'array', items: fax } }, ['faxes']),
  },
  {
    name: 'get_post',
    description: 'A post by key.',
    inputSchema: object({ key: { type: 'string' } }, ['key']),
    outputSchema: object(
      {
        key: { type: 'string' },
        assets: { type: 'array', minItems: 2, items: object({ key: { type: 'string' }, label: { type: 'string' } }, ['key', 'label']) },
      },
      ['key', 'assets'],
    ),
  },
  { name: 'fetch_fax', description: 'A fax.', inputSchema: object({ Sid: { type: 'string' } }, ['Sid']), outputSchema: fax },
];

const session = toolSessions(TOOLS, 'facts');
type Json = Record<string, unknown>;

describe('faker world: results consistent with the call, with reality and with each other', () => {
  it('answers about the region asked for, with counts that add up and ratios from them', async () => {
    const on = await session();
    for (const region of ['Middle East', 'Europe', 'Asia Pacific']) {
      const { value } = await callInWorld(on, 'get_region_report', { region }, `w-${region}`);
      const data = value['data'] as Record<string, Json>;
      expect(data['primary']?.['name']).toBe(region);
      for (const record of Object.values(data)) {
        const total = record['total_cases'] as number;
        expect((record['deaths'] as number) + (record['recovered'] as number) + (record['active_cases'] as number)).toBe(total);
        expect(record['death_ratio']).toBeCloseTo((record['deaths'] as number) / total, 3);
      }
    }
  });

  it('states the real facts of well-known identifiers, and the same facts each time a session meets one', async () => {
    const on = await session();
    const braf = await callInWorld(on, 'get_target_by_ensgid', { target: 'ENSG00000157764' }, 'w1');
    expect(braf.value).toMatchObject({ target: 'ENSG00000157764', approved_symbol: 'BRAF', chromosome: '7' });
    const summary = await callInWorld(on, 'get_target_summary', { target: 'ENSG00000157764' }, 'w1');
    expect(summary.value['associated_diseases']).toBe(braf.value['associated_diseases']);
    const disease = await callInWorld(on, 'get_disease_by_id', { disease: 'EFO_0000676' }, 'w1');
    expect(disease.value).toMatchObject({ name: 'psoriasis', ontology: 'EFO' });
    // an unlisted id of a famous shape gets no famous name
    const unknown = await callInWorld(on, 'get_target_by_ensgid', { target: 'ENSG00000386461' }, 'w1');
    expect(['BRAF', 'TP53', 'EGFR', 'KRAS', 'BRCA1', 'APOE', 'IL6', 'TNF', 'PCSK9', 'CFTR']).not.toContain(
      unknown.value['approved_symbol'],
    );
  });

  it('keeps both ids of a tool that takes the drug id twice, and the drug is the one named', async () => {
    const on = await session();
    const [drugId] = seededEntityIds('w2', 'drug', { type: 'string' });
    const { value, text } = await callInWorld(on, 'get_drug_by_id', { drug_id: drugId, DRUG_ID: 'CHEMBL939' }, 'w2');
    expect(text).not.toMatch(/^404/);
    expect(value['id']).toBe(drugId);
    expect(value['DRUG_ID']).toBe('CHEMBL939');
    if ('drug_type' in value) expect(value['drug_type']).toBe('Small molecule');
    if ('name' in value) expect(value['name']).toBe('GEFITINIB');
  });

  it('lists only records inside a date range, which a read by id then confirms', async () => {
    const on = await session();
    const bound = '2025-01-20T10:00:00Z';
    const { value } = await callInWorld(on, 'list_fax', { DateCreatedOnOrBefore: bound, PageSize: 2 }, 'w3');
    const faxes = value['faxes'] as Json[];
    expect(faxes.length).toBeGreaterThan(0);
    expect(faxes.length).toBeLessThanOrEqual(2);
    for (const item of faxes) {
      expect(Date.parse(item['date_created'] as string)).toBeLessThanOrEqual(Date.parse(bound));
      expect(Date.parse(item['date_updated'] as string)).toBeGreaterThanOrEqual(Date.parse(item['date_created'] as string));
    }
    const first = faxes[0] as Json;
    const read = await callInWorld(on, 'fetch_fax', { Sid: first['sid'] }, 'w3');
    expect(read.value['date_created']).toBe(first['date_created']);
    const after = await callInWorld(on, 'list_fax', { DateCreatedAfter: '2026-06-01T00:00:00Z' }, 'w3');
    for (const item of after.value['faxes'] as Json[])
      expect(Date.parse(item['date_created'] as string)).toBeGreaterThan(Date.parse('2026-06-01T00:00:00Z'));
  });

  it('echoes an identifying argument into the record, not into the items listed inside it', async () => {
    const on = await session();
    const { value } = await callInWorld(on, 'get_post', { key: 'post-one' }, 'w4');
    expect(value['key']).toBe('post-one');
    for (const asset of value['assets'] as Json[]) expect(asset['key']).not.toBe('post-one');
  });
});
