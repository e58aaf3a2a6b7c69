/** The arguments that name what a planned call is about (docs/harness.md, `call_subject`), as the planner reads a tool. */
import { createsRecord, missingSubject, subjectParameters, type SubjectTool } from '../run/checks/call-subject.js';
import type { IndexedTool } from './tool-index.js';

export { missingSubject, subjectParameters };

/** The tool as the `call_subject` check reads it. */
export const subjectTool = (tool: IndexedTool): SubjectTool => ({
  name: tool.spec.name,
  description: tool.spec.description,
  parameters: tool.spec.inputSchema as Record<string, unknown>,
});

/**
 * The subject values as a person types them: a place a spec gives URL-encoded (`Sterling%2C%20VA%2C%20US`)
 * decoded (`Sterling, VA, US`). URLs and other values stay as they are.
 */
export function spokenSubjects(tool: SubjectTool, args: Record<string, unknown>): Record<string, unknown> {
  const subjects = new Set(subjectParameters(tool));
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => {
      if (!subjects.has(name) || typeof value !== 'string' || !/%[0-9A-Fa-f]{2}/.test(value) || /^[a-z]+:\/\//i.test(value))
        return [name, value];
      try {
        return [name, decodeURIComponent(value)];
      } catch {
        return [name, value];
      }
    }),
  );
}

/** A result field naming what a create made (`name`, `value`, `url`, `title`). */
const NAMED = /^(name|value|url|uri|title|displayname|email)$/i;

/**
 * A create no argument can name: its result declares a name or a value (an environment variable's),
 * but none of its parameters says one (only `username` and `project` in the path). Its result would
 * make the name up, so no request is planned with it.
 */
export function unnameableCreate(tool: IndexedTool): boolean {
  if (!createsRecord(subjectTool(tool)) || subjectParameters(subjectTool(tool)).length > 0) return false;
  const output = tool.spec.outputSchema as Record<string, unknown> | undefined;
  const properties = Object.keys((output?.['properties'] ?? {}) as Record<string, unknown>);
  return properties.some((name) => NAMED.test(name.replace(/[^A-Za-z]/g, '')));
}
