import type { Catalog, CatalogTool } from '../catalog/catalog.js';
import { entityType, singular } from './entity-rules.js';
import { descriptionHints } from './values/description-hints.js';
import { SOURCE_META_KEY } from '@inftool/core';

type Json = Record<string, unknown>;

const allowedByCatalog = new WeakMap<Catalog, Map<string, Map<string, readonly string[]>>>();

/** The API a tool comes from (its source's `api`, else its server): one API's enum never types another's fields. */
function apiOf(tool: CatalogTool): string {
  const source = (tool.spec as { _meta?: Record<string, unknown> })._meta?.[SOURCE_META_KEY];
  const api = source !== null && typeof source === 'object' ? (source as Json)['api'] : undefined;
  return typeof api === 'string' ? api : (tool.place.server ?? '');
}

/**
 * The values string parameters of the catalog allow, by name normalised: their enum, or the values
 * their description lists ("One of: releases, stories, factsheets"), over the tools of the same API.
 * A result field of the same name takes one, so a value the client chains from a result into a call
 * is one the call accepts.
 */
export function allowedValues(catalog: Catalog | undefined, tool: CatalogTool): ReadonlyMap<string, readonly string[]> {
  if (catalog === undefined) return collectAllowed([tool]);
  let byApi = allowedByCatalog.get(catalog);
  if (byApi === undefined) {
    byApi = new Map();
    allowedByCatalog.set(catalog, byApi);
  }
  // an aggregation's `size` (`second`, `minute`) in a market API is no shop article's size
  const api = apiOf(tool);
  let map = byApi.get(api);
  if (map === undefined) {
    map = collectAllowed(catalog.tools.filter((other) => apiOf(other) === api));
    byApi.set(api, map);
  }
  return map;
}

/**
 * Allowed values by field name (`classification`) and by the entity of the tool that takes it
 * (`committee:classification`): a name two tools allow different values for (a committee's
 * `committee`/`subcommittee`, a jurisdiction's `state`/`country`) is typed by entity only, so one
 * kind of thing never takes another's values.
 */
function collectAllowed(tools: readonly CatalogTool[]): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  const conflicting = new Set<string>();
  for (const tool of tools) {
    const entity = singular(entityType(tool))
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
    for (const [name, declared] of Object.entries(((tool.spec.inputSchema as Json)['properties'] ?? {}) as Record<string, Json>)) {
      if (declared === null || typeof declared !== 'object') continue;
      // an enumeration wrapped in a one-branch `allOf` (FastAPI's `JurisdictionClassification`) allows its values as well
      const schema = unwrapped(declared);
      const key = name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
      const enumerated = Array.isArray(schema['enum'])
        ? (schema['enum'] as unknown[]).filter((value): value is string => typeof value === 'string' && value !== '')
        : [];
      const described =
        schema['type'] === 'string' || schema['type'] === undefined
          ? descriptionHints(schema).allowed.filter((value) => value.length <= 40 && !/\s{2}|[()]/.test(value))
          : [];
      let values = enumerated.length >= 2 ? enumerated : described.length >= 2 ? described : [];
      // a status a filter may ask for ("failed") is not one a successful result reports of itself
      if (/^(status|state|result)$/.test(key))
        values = values.filter(
          (value) =>
            !/^(error|errored|fail|failed|failure|fault|denied|forbidden|unauthorized|not[ _-]?found|invalid|rejected)$/i.test(value),
        );
      if (values.length === 0) continue;
      if (!map.has(`${entity}:${key}`)) map.set(`${entity}:${key}`, values);
      const before = map.get(key);
      if (before !== undefined && before.join('\u0000') !== values.join('\u0000')) conflicting.add(key);
      else if (before === undefined && !conflicting.has(key)) map.set(key, values);
    }
  }
  for (const key of conflicting) map.delete(key);
  return map;
}

/** A schema whose only content is one `allOf` branch (a referenced enumeration, with a description beside it), as that branch. */
function unwrapped(schema: Json): Json {
  const branches = schema['allOf'];
  if (!Array.isArray(branches) || branches.length !== 1 || schema['enum'] !== undefined) return schema;
  const branch = branches[0] as unknown;
  return branch !== null && typeof branch === 'object' && !Array.isArray(branch)
    ? { ...(branch as Json), ...schema, allOf: undefined }
    : schema;
}
