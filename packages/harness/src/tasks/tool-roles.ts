import { entityIdParameter, seededEntityIds, toolEntity, type EntityAction } from '@inftool/sim-server';
import type { IndexedTool } from './tool-index.js';
import { contentWords } from './words.js';

/** What a tool does, for planning stories: its entity, its action, and the parameter naming a record. */
export interface ToolRole {
  tool: IndexedTool;
  /** The entity as the world engine names it (seeded ids are per this name). */
  entity: string;
  /** The entity as stories match it: `ministries_get_one` and `ministries_get_all` both on `ministry`. */
  subject: string;
  action: EntityAction;
  /** The required parameter that names an existing record (`order_id`, `Sid`, `key`...), if any. */
  idParameter?: string;
}

const FILLER = new Set(['one', 'all', 'item', 'list', 'detail', 'details', 'info', 'by', 'id', 'key', 'single', 'specific']);
const ID_NAME = /(^|_)(id|sid|uuid|guid|key)$|(Id|Sid|Uuid|Guid|Key)$/;

const required = (tool: IndexedTool): string[] => (tool.spec.inputSchema.required ?? []) as string[];

export function roleOf(tool: IndexedTool): ToolRole {
  const { entity, action } = toolEntity(tool.spec);
  const words = contentWords(tool.spec.name).filter((word) => !FILLER.has(word) && !/^(get|fetch|read|retrieve|show|view|lookup|describe|check|load|list|search|find|query|browse|create|add|new|post|insert|register|make|book|schedule|submit|upload|send|open|start|delete|remove|cancel|destroy|drop|close|archive|update|edit|modify|patch|put|set|change|rename|move|assign)$/.test(word));
  const subject = FILLER.has(entity) ? (words.at(-1) ?? entity) : entity;
  const own = entityIdParameter(tool.spec);
  const idParameter = own !== undefined && required(tool).includes(own) ? own : required(tool).find((name) => ID_NAME.test(name));
  return { tool, entity, subject, action, ...(idParameter ? { idParameter } : {}) };
}

/** The schema of a tool's parameter. */
export function parameterSchema(tool: IndexedTool, name: string): Record<string, unknown> | undefined {
  return (tool.spec.inputSchema.properties as Record<string, Record<string, unknown>> | undefined)?.[name];
}

/**
 * An id of a record the session's world starts with, for a read, update or delete of an existing
 * record (seeded by the task's seed, which the assistant sends as `_meta["inftool/world"]`).
 */
export function worldId(role: ToolRole, world: string, pick: <T>(items: readonly T[]) => T): string | number | undefined {
  if (!role.idParameter || !['read', 'update', 'delete'].includes(role.action)) return undefined;
  const schema = parameterSchema(role.tool, role.idParameter);
  if (schema?.['type'] !== undefined && !['string', 'integer', 'number'].includes(schema['type'] as string)) return undefined;
  if (Array.isArray(schema?.['enum'])) return undefined;
  return pick(seededEntityIds(world, role.entity, schema));
}

/** The array property of a list tool's result, from its outputSchema (`faxes`, `items`...). */
export function listField(tool: IndexedTool): string {
  const properties = (tool.spec.outputSchema?.properties ?? {}) as Record<string, { type?: unknown }>;
  return Object.entries(properties).find(([, schema]) => schema.type === 'array')?.[0] ?? 'items';
}

/** Parameter names too generic to say whose value they are: matched only between tools of one subject. */
const GENERIC = /^(id|sid|key|name|value|type|status|uri|url|code|q|query)$/i;

/**
 * Whether `producer`'s result is likely to hold `consumer`'s `parameter`: its outputSchema names it
 * (a generic name like `key` only within one subject), or the tool is named for it (`get_user_id` → `user_id`).
 */
export function producesField(producer: ToolRole, consumer: ToolRole, parameter: string): boolean {
  const properties = Object.keys((producer.tool.spec.outputSchema?.properties ?? {}) as Record<string, unknown>);
  if (properties.some((name) => name.toLowerCase() === parameter.toLowerCase()) && (!GENERIC.test(parameter) || producer.subject === consumer.subject)) return true;
  return namedFor(producer.tool, parameter);
}

function namedFor(producer: IndexedTool, parameter: string): boolean {
  if (/token/i.test(parameter) && /auth|login|token/i.test(producer.spec.name)) return true;
  const wanted = contentWords(parameter.replace(/_?id$/i, ''));
  const named = contentWords(producer.spec.name);
  return wanted.length > 0 && /(_id|Id|token)$/.test(parameter) && wanted.every((word) => named.includes(word)) && /^(get|create|add|register|authenticate|login)/i.test(producer.spec.name);
}
