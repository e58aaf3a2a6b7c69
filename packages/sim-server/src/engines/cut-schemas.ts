import type { Catalog, CatalogTool } from '../catalog/catalog.js';

/**
 * A tree cuts a spec's schema below a depth (`{"description": "(nested deeper than 4 levels, cut)"}`),
 * so a list's records lose what a single record keeps: GIPHY's `search_gifs` lists images whose
 * `downsized_still` is cut, while `get_gif_by_id` keeps it as the rendition object it is (url,
 * width, height). A result is generated from the tool's output schema with each cut property
 * grafted from the same property (same name under the same parent name) of another tool of its
 * server that describes it; the schema served and checked stays the tree's.
 */

const CUT = /nested deeper than \d+ levels, cut/;
/** Grafts inside a graft, at most: a donor's own cut properties are filled this many times over. */
const ROUNDS = 3;

type Json = Record<string, unknown>;
type Schema = Record<string, unknown>;
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a schema says nothing but that it was cut (alone, or as every part of an `allOf`). */
export function isCut(schema: unknown): boolean {
  if (!isSchema(schema)) return false;
  if (Array.isArray(schema['allOf'])) return schema['allOf'].length > 0 && schema['allOf'].every((part) => isCut(part));
  return typeof schema['description'] === 'string' && CUT.test(schema['description']) && Object.keys(schema).length === 1;
}

/** How much a schema describes: its nodes that are not cut. */
function described(schema: unknown): number {
  if (Array.isArray(schema)) return schema.reduce((sum: number, item) => sum + described(item), 0);
  if (!isSchema(schema) || isCut(schema)) return 0;
  return 1 + Object.values(schema).reduce((sum: number, value) => sum + described(value), 0);
}

/** Visits every property schema with the name of the property holding it (`images`, for `images.downsized_still`); array items keep their array's name. */
function eachProperty(schema: unknown, parent: string, visit: (key: string, holder: Schema, name: string) => void): void {
  if (Array.isArray(schema)) {
    for (const item of schema) eachProperty(item, parent, visit);
    return;
  }
  if (!isSchema(schema)) return;
  const properties = schema['properties'];
  if (isSchema(properties))
    for (const name of Object.keys(properties)) {
      visit(`${parent}.${name}`, properties, name);
      eachProperty(properties[name], name, visit);
    }
  for (const [keyword, value] of Object.entries(schema))
    if (keyword !== 'properties' && (isSchema(value) || Array.isArray(value))) eachProperty(value, parent, visit);
}

/** The fullest schema of each `parent.property` among the output schemas of `tools`. */
function donors(tools: readonly CatalogTool[]): Map<string, Json> {
  const best = new Map<string, { schema: Json; size: number }>();
  for (const tool of tools)
    eachProperty(tool.spec.outputSchema, '', (key, holder, name) => {
      const schema = holder[name];
      const size = described(schema);
      if (size > (best.get(key)?.size ?? 0)) best.set(key, { schema: schema as Json, size });
    });
  return new Map([...best].map(([key, entry]) => [key, entry.schema]));
}

/** `schema` with its cut properties replaced by their donors' schemas. */
export function graftCut(schema: Json, from: ReadonlyMap<string, Json>): Json {
  const grafted = structuredClone(schema);
  const jsonApi = JSON.stringify(schema).includes('"relationships"');
  for (let round = 0; round < ROUNDS; round += 1) {
    let changed = false;
    eachProperty(grafted, '', (key, holder, name) => {
      const donor = from.get(key) ?? (jsonApi ? relationshipData(key) : undefined);
      if (donor !== undefined && isCut(holder[name])) {
        holder[name] = structuredClone(donor);
        changed = true;
      }
    });
    if (!changed) break;
  }
  return grafted;
}

/**
 * A JSON:API relationship's cut `data` (`relationships.webhookEvent.data`): the resource identifier
 * it always is, `{type, id}`, typed by the relationship's name (`webhook-events`).
 */
function relationshipData(key: string): Json | undefined {
  const [parent, name] = key.split('.').slice(-2);
  if (name !== 'data' || parent === undefined || !/^[a-z]+[A-Z][A-Za-z]*$|^[a-z]+_[a-z_]+$/.test(parent)) return undefined;
  const type = `${parent
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase()
    .replace(/s?$/, 's')}`;
  return {
    type: 'object',
    properties: { type: { const: type }, id: { type: 'string', format: 'uuid' } },
    required: ['type', 'id'],
  };
}

const byCatalog = new WeakMap<Catalog, Map<string, Map<string, Json>>>();
const byTool = new WeakMap<CatalogTool, Json | undefined>();

/** The tool's output schema to generate results from: its cut properties grafted from its server's other tools. */
export function generationSchema(catalog: Catalog | undefined, tool: CatalogTool): Json | undefined {
  const schema = tool.spec.outputSchema as Json | undefined;
  if (schema === undefined || catalog === undefined || !JSON.stringify(schema).includes('levels, cut')) return schema;
  if (byTool.has(tool)) return byTool.get(tool);
  let servers = byCatalog.get(catalog);
  if (servers === undefined) {
    servers = new Map();
    byCatalog.set(catalog, servers);
  }
  const server = tool.place.server ?? '';
  let from = servers.get(server);
  if (from === undefined) {
    from = donors(catalog.tools.filter((other) => (other.place.server ?? '') === server));
    servers.set(server, from);
  }
  const grafted = graftCut(schema, from);
  byTool.set(tool, grafted);
  return grafted;
}
