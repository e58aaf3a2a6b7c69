import type { IndexedTool } from './tool-index.js';
import { roleOf, sameEntity } from './tool-roles.js';

/** Near neighbours this similar (by name and description) could do each other's job. */
export const SAME_JOB = 0.6;

/** The kind of job a tool does: reading (one record or a list, also by a POST that looks records up), or a change. */
export function jobKind(tool: IndexedTool): 'retrieve' | 'create' | 'update' | 'delete' | 'other' {
  const { action } = roleOf(tool);
  if (action === 'read' || action === 'list') return 'retrieve';
  const name = tool.spec.name.toLowerCase();
  const description = (tool.spec.description ?? '').toLowerCase();
  // `post_evidence_by_id` ("Get evidence for a list of IDs") creates nothing: it looks records up.
  if (
    action === 'create' &&
    !/(create|add|new|register|insert|upload|submit)/.test(name) &&
    (/(by_?id|search|filter|lookup|query|fetch|get|list|find)/.test(name) ||
      /^(get|list|retrieve|return|search|find|look|fetch|query)/.test(description))
  )
    return 'retrieve';
  return action === 'create' || action === 'update' || action === 'delete' ? action : 'other';
}

/** A tool's name without its HTTP verb: `get_evidence_by_id` and `post_evidence_by_id` are one lookup. */
const stripVerb = (tool: IndexedTool) => tool.spec.name.toLowerCase().replace(/^(get|post|put|patch|fetch|list|read)[_.-]/, '');

/** A free-text search: a `q` / `query` / `search` / `term` / `keyword` parameter. */
const searches = (tool: IndexedTool) =>
  Object.keys(tool.spec.inputSchema.properties ?? {}).some((name) => /^(q|query|search|term|keywords?|text)$/i.test(name));

/** Whether `other` could do `tool`'s job: the same entity and kind of action (one record or a list of them), or both free-text searches. */
export function sameJob(tool: IndexedTool, other: IndexedTool): boolean {
  if (stripVerb(tool) === stripVerb(other)) return true;
  if (sameEntity(tool, other) && jobKind(tool) === jobKind(other)) return true;
  return jobKind(tool) === 'retrieve' && jobKind(other) === 'retrieve' && searches(tool) && searches(other);
}
