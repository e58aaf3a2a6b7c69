import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogTool } from '../catalog/catalog.js';
import { allowedValues } from './allowed-values.js';

const tool = (name: string, api: string, properties: Record<string, unknown>): CatalogTool =>
  ({
    spec: { name, inputSchema: { type: 'object', properties }, _meta: { 'inftool/source': { api } } },
    place: { server: api },
    hints: {},
  }) as unknown as CatalogTool;

describe('allowedValues', () => {
  it('types a field by the enums of its own API only', () => {
    const aggregates = tool('get_historic_agg', 'Polygon', { size: { type: 'string', enum: ['second', 'minute'] } });
    const facets = tool('get_facets', 'Zalando Shop', { size: { type: 'string', description: 'filters by size' } });
    const units = tool('get_article_units', 'Zalando Shop', {});
    const catalog = { tools: [aggregates, facets, units] } as unknown as Catalog;
    expect(allowedValues(catalog, units).get('size')).toBeUndefined();
    expect(allowedValues(catalog, aggregates).get('size')).toEqual(['second', 'minute']);
  });
});
