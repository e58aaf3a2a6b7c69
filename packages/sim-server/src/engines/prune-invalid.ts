import type { SchemaValidator } from '@inftool/core';

type Json = Record<string, unknown>;

/** The segments of a JSON path as the validator writes it (`$.items[0].data`, `$["x-key"]`). */
function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

/** Removes the part at `segments` (a field, a list's item); whether it was there. */
function removeAt(root: unknown, segments: Array<string | number>): boolean {
  let parent: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  const last = segments.at(-1);
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
    parent.splice(last, 1);
    return true;
  }
  if (typeof parent === 'object' && parent !== null && !Array.isArray(parent) && typeof last === 'string' && last in parent) {
    delete (parent as Json)[last];
    return true;
  }
  return false;
}

/**
 * A generated object with the parts its schema rejects cut away, one at a time (the field that is
 * wrong; the record or list item that then lacks a required field), when what remains validates:
 * a playlist whose items' `oneOf` no item can satisfy keeps its name, description and counts, with
 * fewer items, rather than falling back to its bare id. Undefined when the root itself is wrong.
 */
export function withoutInvalidParts(value: unknown, schema: Json, validator: SchemaValidator, rounds = 40): Json | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const current = structuredClone(value) as Json;
  for (let round = 0; round < rounds; round += 1) {
    const check = validator.validate(schema, current);
    if (check.valid) return current;
    const issue = check.issues[0];
    if (issue === undefined) return undefined;
    const segments = pathSegments(issue.path);
    if (issue.message === 'is required') segments.pop();
    if (segments.length === 0 || !removeAt(current, segments)) return undefined;
  }
  return undefined;
}
