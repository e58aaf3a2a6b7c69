import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { harmonizeResult } from '../../packages/sim-server/src/engines/world-facts.js';
import { connectInMemory, type Connected, callInWorld } from '../support/sim-client.js';

// Tools shaped like Open Targets' (examples/openapi/opentargets.io.json): no output schemas, so the
// engine infers them; filters sent as arguments, as lists and in a JSON request body.
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const TOOLS = [
  {
    name: 'post_relation',
    title: 'Find related entities',
    _meta: { 'inftool/source': { method: 'POST', path: '/platform/private/relation' } },
    description: 'Find related entities. Get `relation` objects.',
    inputSchema: object({ body: { type: 'string', examples: ['{"subject":["gene1", "gene2"]}'] } }, ['body']),
    annotations: { readOnlyHint: false },
  },
  {
    name: 'get_relation_by_efoid',
    description: 'Find related entities by disease. Get `relation` objects starting from diseases.',
    inputSchema: object({ disease: { type: 'string', description: 'An EFO gene identifier.' } }, ['disease']),
  },
  {
    name: 'get_relation_by_ensgid',
    description: 'Find related entities by target. Get `relation` objects.',
    inputSchema: object({ target: { type: 'string' } }, ['target']),
  },
  {
    name: 'post_evidence_filter',
    title: 'Batch filter available evidence',
    _meta: { 'inftool/source': { method: 'POST', path: '/platform/public/evidence/filter' } },
    description:
      'Batch filter available evidence. POST version of /public/evidence/filter. Filters can be specified as part of a `json` object in the body.',
    inputSchema: object({ body: { type: 'string', description: 'Filters to apply when retrieving evidence string objects.' } }, ['body']),
    annotations: { readOnlyHint: false },
  },
  {
    name: 'get_data_metrics',
    description:
      'Get metrics about the current data release. Returns the metrics about associations and evidences, divided by datasource, genes and so on.',
    inputSchema: object({}),
  },
  {
    name: 'gsi_prediction',
    title: 'Prediction',
    annotations: { readOnlyHint: true },
    _meta: { 'inftool/source': { file: 'corrently.io.json', method: 'GET', path: '/gsi/prediction' } },
    description: 'Prediction. Retrieval the GreenPowerIndex for a given city (by zipcode) in Germany.',
    inputSchema: object({
      zip: { type: 'string', description: 'Zipcode (Postleitzahl) of a city in Germany.' },
      key: { type: 'string', description: 'Any valid Stromkonto account (address).' },
    }),
    outputSchema: object({
      forecast: {
        type: 'array',
        items: object({
          co2_g_oekostrom: { type: 'integer', examples: [23] },
          energyprice: { type: 'number', examples: [-0.219] },
          epochtime: { type: 'integer', examples: [1609293600] },
          gsi: { type: 'integer', description: 'Actual GreenPowerIndex (between 0-100)', examples: [43] },
          scaled: { type: 'boolean' },
          sci: { type: 'integer', examples: [43] },
        }),
      },
      location: object({ city: { type: 'string' }, zip: { type: 'string' } }),
    }),
  },
];

let treeFile = '';
const opened: Connected[] = [];
beforeAll(() => {
  treeFile = join(mkdtempSync(join(tmpdir(), 'faker-filters-')), 'tools.json');
  writeFileSync(treeFile, JSON.stringify({ tools: TOOLS }));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((session) => session.close()));
});
async function session(): Promise<Connected> {
  const made = await connectInMemory({ treeFile, seed: 'filters' });
  opened.push(made);
  return made;
}
type Json = Record<string, unknown>;
const items = (value: Json): Json[] => (value['items'] ?? []) as Json[];

describe('faker world: listings honour every filter', () => {
  it('a relation listing by disease lists relations of that disease, not the relations earlier calls showed of genes', async () => {
    for (const world of ['w1', 'w2', 'w3']) {
      const on = await session();
      const genes = await callInWorld(
        on,
        'post_relation',
        { body: JSON.stringify({ subject: ['ENSG00000146648', 'ENSG00000232810'] }) },
        world,
      );
      const earlier = new Set(items(genes.value).map((item) => String(item['id'])));
      const byDisease = await callInWorld(on, 'get_relation_by_efoid', { disease: 'EFO_0000305' }, world);
      expect(items(byDisease.value).length).toBeGreaterThan(0);
      for (const item of items(byDisease.value)) {
        expect(item['subject']).toBe('EFO_0000305');
        expect(earlier.has(String(item['id']))).toBe(false);
      }
    }
  });

  it('a listing by a list of subjects in a body lists relations of those subjects only', async () => {
    for (const world of ['w1', 'w2', 'w3']) {
      const on = await session();
      const other = await callInWorld(on, 'get_relation_by_ensgid', { target: 'ENSG00000146648' }, world);
      const earlier = new Set(items(other.value).map((item) => String(item['id'])));
      const asked = ['ENSG00000133703', 'ENSG00000001626'];
      const result = await callInWorld(on, 'post_relation', { body: JSON.stringify({ subject: asked }) }, world);
      expect(items(result.value).length).toBeGreaterThan(0);
      for (const item of items(result.value)) {
        expect(asked).toContain(item['subject']);
        expect(earlier.has(String(item['id']))).toBe(false);
        expect(item['target'] === undefined || asked.includes(String(item['target']))).toBe(true);
      }
    }
  });

  it("a body's gene and disease filters hold for every item listed", async () => {
    for (const world of ['w1', 'w2', 'w3', 'w4']) {
      const on = await session();
      await callInWorld(on, 'post_evidence_filter', { body: JSON.stringify({ target: ['EGFR'] }) }, world);
      const body = JSON.stringify({ target: ['KRAS', 'IL6'], disease: ['type 2 diabetes', 'breast cancer'] });
      const result = await callInWorld(on, 'post_evidence_filter', { body }, world);
      expect(items(result.value).length).toBeGreaterThan(0);
      for (const item of items(result.value)) {
        const symbol = Object.entries(item).find(([key]) => /target_?symbol/i.test(key))?.[1];
        if (symbol !== undefined) expect(['KRAS', 'IL6']).toContain(symbol);
        const disease = Object.entries(item).find(([key]) => /disease_?name/i.test(key))?.[1];
        if (disease !== undefined) expect(String(disease)).toMatch(/diabetes|breast/i);
        expect(symbol ?? disease).toBeDefined();
      }
    }
  });
});

describe('faker: a metrics tool returns metrics', () => {
  it('counts of what the description names, never a bare name', async () => {
    const on = await session();
    const result = await callInWorld(on, 'get_data_metrics', {}, 'w');
    expect(result.value).not.toHaveProperty('name');
    for (const key of ['association_count', 'evidence_count', 'gene_count']) expect(typeof result.value[key]).toBe('number');
  });
});

describe("faker: readings of a subject are that subject's", () => {
  it('one account key, two cities: two forecasts; the same city again: the same forecast', async () => {
    const on = await session();
    const key = '0x908d53b25730c1806a815153e8b68579cabad964';
    const heidelberg = await callInWorld(on, 'gsi_prediction', { zip: '69117', key }, 'w');
    const hamburg = await callInWorld(on, 'gsi_prediction', { zip: '20095', key }, 'w');
    const again = await callInWorld(on, 'gsi_prediction', { zip: '69117', key }, 'w');
    expect(JSON.stringify(hamburg.value['forecast'])).not.toBe(JSON.stringify(heidelberg.value['forecast']));
    expect(again.value['forecast']).toEqual(heidelberg.value['forecast']);
  });
});

describe("harmonizeResult: a summary of one region is that region's throughout", () => {
  it("names every block of the region's shape for it, not the records of a list", () => {
    const counts = (name: string, total: number) => ({ name, total_cases: total, deaths: 3 });
    const value = {
      data: {
        change: counts('Asia', 12),
        summary: counts('North America', 270),
        ranking: [counts('Latin America', 9)],
      },
    };
    harmonizeResult(value, { region: 'Europe' }, new Map());
    expect(value.data.change.name).toBe('Europe');
    expect(value.data.summary.name).toBe('Europe');
    expect(value.data.ranking[0]?.name).toBe('Latin America');
  });
});
