import { sha256Hex, type ToolSpec } from '@inftool/core';
import type { CatalogTool } from '../catalog/catalog.js';
import { entityAction, entityIdArgument, entityType, type EntityAction } from './entity-rules.js';

/**
 * `_meta["inftool/world"]` on a call: the seed of the session's world (its entity tables). A client
 * that plans calls against the world (the harness) sends the task's seed, so every rollout of a task
 * meets the same world; without it the world is seeded by the server's `--seed`.
 */
export const WORLD_META_KEY = 'inftool/world';

/** How many records of each entity type a fresh world holds. */
export const SEEDED_ENTITIES = 5;

/** What a tool does to the world, worked out from its definition alone (the planner needs no catalog). */
export function toolEntity(spec: ToolSpec): { entity: string; action: EntityAction } {
  const tool = { spec, place: {}, hints: (spec._meta?.['inftool/simulation'] ?? {}) as CatalogTool['hints'] } satisfies CatalogTool;
  return { entity: entityType(tool), action: entityAction(tool) };
}

/** The parameter of `spec` that names an existing record (`order_id`, `id`, `petId`...), if any. */
export function entityIdParameter(spec: ToolSpec): string | undefined {
  const { entity } = toolEntity(spec);
  const properties = Object.fromEntries(Object.keys(spec.inputSchema.properties ?? {}).map((name) => [name, 'x']));
  return entityIdArgument(properties, entity)?.[0];
}

/**
 * The ids of the `entity` records a world starts with: deterministic in (world, entity), and shaped
 * by the id parameter's schema where one is given (integers for an integer id).
 */
export function seededEntityIds(world: string, entity: string, idSchema?: Record<string, unknown>): Array<string | number> {
  const integer = idSchema?.['type'] === 'integer' || idSchema?.['type'] === 'number';
  return Array.from({ length: SEEDED_ENTITIES }, (_, index) => {
    const hash = sha256Hex(`${world}\u0000${entity}\u0000${index}`);
    return integer ? (parseInt(hash.slice(0, 6), 16) % 90_000) + 10_000 : `${entity.slice(0, 3)}_${hash.slice(0, 10)}`;
  });
}
