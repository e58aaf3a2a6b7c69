import { describe, expect, it } from 'vitest';
import type { CatalogTool } from '../catalog/catalog.js';
import { inferOutputSchema } from './infer-output-schema.js';

const tool = (name: string, description: string, properties: Record<string, unknown> = {}): CatalogTool =>
  ({ spec: { name, description, inputSchema: { type: 'object', properties } }, hints: {} }) as unknown as CatalogTool;
const fields = (name: string, description: string, properties: Record<string, unknown> = {}): string[] =>
  Object.keys((inferOutputSchema(tool(name, description, properties)).record['properties'] ?? {}) as object);

describe('results of tools of no known topic, shaped by what the tool does', () => {
  it('a relation tool pairs subjects with related entities, a search returns scored hits', () => {
    expect(fields('post_relation', 'Find related entities. Get `relation` objects.', { body: { type: 'object' } })).toEqual(
      expect.arrayContaining(['subject', 'related_name', 'relation_type', 'score']),
    );
    const search = inferOutputSchema(tool('get_quick_search', 'Search most relevant results.', { q: { type: 'string' } }));
    expect(search.kind).toBe('list');
    expect(Object.keys(search.record['properties'] as object)).toEqual(expect.arrayContaining(['name', 'score']));
  });

  it('a document tool returns the document, a commit its new status, a best-hour tool the hour', () => {
    expect(fields('quittung_zugferd', 'Retrieve Zugferd XML for a given receipt.', { account: { type: 'string' } })).toEqual(
      expect.arrayContaining(['content_type', 'content']),
    );
    expect(fields('quittung_comit', 'Finishs a collection of data and finalizes receipt.', { account: { type: 'string' } })).toEqual(
      expect.arrayContaining(['status', 'item_count', 'finalized_at']),
    );
    expect(
      fields('gsi_besthour', 'Get best hour (with most regional green energy) in a given timeframe.', { zip: { type: 'string' } }),
    ).toContain('best_hour');
  });

  it('never the generic name and recycled description', () => {
    for (const [name, description] of [
      ['get_info', 'Info about the hashlookup database'],
      ['quittung_prepare', 'Allows to collect data with several requests for a receipt.'],
      ['get_widget', 'Get a widget.'],
    ] as const)
      expect(fields(name, description)).not.toContain('description');
  });
});
