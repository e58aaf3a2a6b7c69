import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogTool } from '../catalog/catalog.js';
import { generationSchema, graftCut, isCut } from './cut-schemas.js';

const CUT = { description: '(nested deeper than 4 levels, cut)' };
const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const rendition = object({ url: { type: 'string', format: 'uri' }, width: { type: 'string' }, height: { type: 'string' } });
const tool = (name: string, outputSchema: unknown, server = 'giphy_api'): CatalogTool =>
  ({ spec: { name, inputSchema: { type: 'object' }, outputSchema }, place: { server }, hints: {} }) as unknown as CatalogTool;

describe('cut properties are grafted from the server tool that describes them', () => {
  it('a listed GIF keeps the rendition object a single GIF describes; the served schema is untouched', () => {
    const list = tool(
      'search_gifs',
      object({ data: { type: 'array', items: object({ images: object({ downsized_still: { allOf: [CUT, CUT] } }) }) } }),
    );
    const one = tool('get_gif_by_id', object({ data: object({ images: object({ downsized_still: rendition }) }) }));
    const elsewhere = tool('get_map', object({ images: object({ downsized_still: object({ other: { type: 'string' } }) }) }), 'maps');
    const catalog = { tools: [list, one, elsewhere], byName: new Map(), skipped: [], file: '', kind: 'tool-tree' } as Catalog;
    const grafted = generationSchema(catalog, list) as {
      properties: { data: { items: { properties: { images: { properties: Record<string, unknown> } } } } };
    };
    expect(grafted.properties.data.items.properties.images.properties['downsized_still']).toEqual(rendition);
    expect(
      isCut((list.spec.outputSchema as unknown as typeof grafted).properties.data.items.properties.images.properties['downsized_still']),
    ).toBe(true);
    // a schema with nothing cut is served as it is
    expect(generationSchema(catalog, one)).toBe(one.spec.outputSchema);
  });

  it("a JSON:API relationship's cut data is a resource identifier; other cut data stays cut", () => {
    const logs = object({ relationships: object({ webhookEvent: object({ data: CUT }) }) });
    const grafted = graftCut(logs, new Map()) as {
      properties: { relationships: { properties: { webhookEvent: { properties: { data: unknown } } } } };
    };
    expect(grafted.properties.relationships.properties.webhookEvent.properties.data).toMatchObject({
      properties: { type: { const: 'webhook-events' } },
      required: ['type', 'id'],
    });
    const plain = object({ webhookEvent: object({ data: CUT }) });
    expect(graftCut(plain, new Map())).toEqual(plain);
  });
});
