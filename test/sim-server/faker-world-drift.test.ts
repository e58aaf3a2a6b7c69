import { describe, expect, it } from 'vitest';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

/**
 * A record told the same way by every tool that reads it, and results that answer what was sent
 * rather than echo it: a post's documents keep their number and bylines in a tool that shows their
 * contacts as objects, a p-value cutoff sent with an analysis is none of its findings, a t-test
 * answers with its outcome (not the samples it was sent), a pick from a sent list holds only what was
 * sent, and a relationship patched to a category answers with that category.
 */

type Json = Record<string, unknown>;
const object = (properties: Json, required: string[] = []) => ({ type: 'object', properties, required });
const text = { type: 'string' };
const documents = (contact: Json) => ({
  type: 'array',
  minItems: 1,
  maxItems: 3,
  items: object({ byline: text, contacts: { type: 'array', minItems: 1, maxItems: 2, items: contact } }, ['byline', 'contacts']),
});
const CONTACT = object({ title: text, details: text }, ['title', 'details']);
const TOOLS = [
  {
    name: 'posts_get',
    description: 'Get posts by their keys.',
    inputSchema: object({ postKeys: { type: 'array', items: text } }, ['postKeys']),
    outputSchema: object({ items: { type: 'array', items: object({ key: text, documents: documents(text) }, ['key', 'documents']) } }, [
      'items',
    ]),
  },
  {
    name: 'posts_get_one',
    description: 'Get a post by key.',
    inputSchema: object({ key: text }, ['key']),
    outputSchema: object({ key: text, documents: documents(CONTACT) }, ['key', 'documents']),
  },
  {
    name: 'post_enrichment_target',
    description: 'Enrichment analysis. Returns an enrichment analysis for a list of targets passed in the body',
    inputSchema: object(
      { body: { type: 'string', examples: ['{"target" : ["ENSG00000001", "ENSG00000002"],\n "pvalue" : 0.001,\n "size" : 20}\n'] } },
      ['body'],
    ),
  },
  {
    name: 'stats_t_test',
    description: 'Perform a two-sample t-test for two given arrays.',
    inputSchema: object(
      {
        array_1: { type: 'array', items: { type: 'integer' }, description: 'First array of data.' },
        array_2: { type: 'array', items: { type: 'integer' }, description: 'Second array of data.' },
        alpha: { type: 'number', description: 'Significance level for hypothesis testing.' },
      },
      ['array_1', 'array_2', 'alpha'],
    ),
  },
  {
    name: 'filter_stocks_by_price',
    description: 'Filter stocks based on a price range.',
    inputSchema: object(
      {
        stocks: { type: 'array', items: text, description: 'List of stock symbols to filter.' },
        min_price: { type: 'number' },
        max_price: { type: 'number' },
      },
      ['stocks', 'min_price', 'max_price'],
    ),
    outputSchema: object(
      { filtered_stocks: { type: 'array', description: 'Filtered list of stock symbols within the price range.', items: text } },
      ['filtered_stocks'],
    ),
  },
];

const session = toolSessions(TOOLS, 'drift');
const WORLD = 'drift-world';

describe('one record in every tool, findings not inputs', () => {
  it('a post keeps its documents and bylines in a tool that shows them in another shape', async () => {
    const on = await session();
    const listed = await callInWorld(on, 'posts_get', { postKeys: ['20241214-688958'] }, WORLD);
    const post = (listed.value['items'] as Json[])[0] as Json;
    const read = await callInWorld(on, 'posts_get_one', { key: '20241214-688958' }, WORLD);
    const bylines = (value: Json) => (value['documents'] as Json[]).map((entry) => entry['byline']);
    expect(read.isError).toBe(false);
    expect(bylines(read.value)).toEqual(bylines(post));
    // each contact named in the list is the contact the read shows, as an object
    const named = ((post['documents'] as Json[])[0]!['contacts'] as string[])[0]!;
    const shown = ((read.value['documents'] as Json[])[0]!['contacts'] as Json[])[0]!;
    expect(String(shown['title'])).toContain(named);
  });

  it('an enrichment finds p-values below the cutoff sent, never the cutoff itself', async () => {
    const on = await session();
    for (const pvalue of [0.001, 0.05]) {
      const body = JSON.stringify({ target: ['ENSG00000169174'], pvalue, size: 20 });
      const result = await callInWorld(on, 'post_enrichment_target', { body }, WORLD);
      const found = JSON.stringify(result.value).match(/"p_?value":([\d.e-]+)/)?.[1];
      expect(found).toBeDefined();
      expect(Number(found)).toBeLessThan(pvalue);
    }
  });

  it('a t-test answers with its outcome, not the samples it was sent', async () => {
    const on = await session();
    const result = await callInWorld(on, 'stats_t_test', { array_1: [99, 9], array_2: [67, 16, 94], alpha: 0.1 }, WORLD);
    expect(result.value).not.toHaveProperty('array_1');
    expect(result.value).not.toHaveProperty('array_2');
    expect(result.value['t_statistic']).toBeCloseTo(-0.1119, 3);
    expect(result.value['degrees_of_freedom']).toBe(3);
  });

  it('a filter of the stocks sent picks among them', async () => {
    const on = await session();
    for (const stocks of [['AMZN'], ['AMZN', 'NVDA', 'V']]) {
      const result = await callInWorld(on, 'filter_stocks_by_price', { stocks, min_price: 47.24, max_price: 88.57 }, WORLD);
      const picked = result.value['filtered_stocks'] as string[];
      expect(picked).toBeDefined();
      for (const symbol of picked) expect(stocks).toContain(symbol);
    }
  });
});
