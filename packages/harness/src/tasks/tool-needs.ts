/** What a tool needs from the user, and which of its parameters a person never says (secrets, paging, output format). */
import type { IndexedTool } from './tool-index.js';

export const requiredOf = (tool: IndexedTool): string[] => (tool.spec.inputSchema.required ?? []) as string[];

/** Credentials: a person does not type them into a chat (a tool that needs one is not used for a user's request). */
export const SECRET =
  /(^|[-_.\s])(password|passwd|passphrase|secret|client[-_]?secret|api[-_]?key|apikey|access[-_]?(token|key)|auth[-_]?token|bearer|private[-_]?key|credentials?|pin)($|[-_.\s])|^(secret|token|password|apikey|auth)$/i;
/** Paging and output plumbing a person does not say: left out of a plan when optional. */
const PAGING =
  /^(cursor|next|next[-_]?(page|token|cursor)|page[-_]?(token|cursor|number|num|no)?|continuation([-_]?token)?|offset|skip|start[-_]?(index|at)?|page[-_]?size|per[-_]?page|format|fields|callback|jsonp|pretty(print)?|alt|output)$/i;

/** Whether an optional argument is one no user would give: a secret, paging (a cursor, an offset; `from` or `start` as a number), output format. */
export function plumbing(name: string, property: Record<string, unknown> | undefined): boolean {
  if (SECRET.test(name)) return true;
  if (PAGING.test(name)) return true;
  // An output knob said in the description: "Type of data structure to return", "Fields you want to retrieve".
  if (
    /^(the\s+)?(type of data structure|data structure|(response|output|result) (format|structure)|format of the (response|output|result)|fields? (you want )?to (retrieve|return|include))/i.test(
      String(property?.['description'] ?? '').trim(),
    )
  )
    return true;
  const type = property?.['type'];
  return (
    /^(from|start|after|before)$/i.test(name) &&
    (type === 'integer' || type === 'number') &&
    !/date|time|year/i.test(String(property?.['description'] ?? ''))
  );
}

/** Paging a person never types even when the API requires it: the plan asks for the first page. */
const START = /^(cursor|offset|skip|start|page|page[-_]?(token|cursor|number|num|no)|continuation[-_]?token|next[-_]?(token|cursor))$/i;

/** The first page's value of a required paging parameter (offset 0, page 1, the cursor the description names as the start), if known. */
export function firstPage(name: string, property: Record<string, unknown> | undefined): unknown {
  if (!START.test(name)) return undefined;
  const type = property?.['type'];
  const start = /^page/i.test(name) && !/token|cursor/i.test(name) ? 1 : 0;
  if (type === 'integer' || type === 'number')
    return typeof property?.['minimum'] === 'number' ? Math.max(start, property['minimum']) : start;
  const named = /\b(?:starting|start|first|initial)\s+(?:cursor|offset|page|token)\s+(?:is|=)\s+["'`]?([A-Za-z0-9_-]+)/i.exec(
    String(property?.['description'] ?? ''),
  );
  return named?.[1];
}

/** A tool that needs a secret (a password, an API key) to work: not used for a user's request. */
export const needsSecret = (tool: IndexedTool) =>
  requiredOf(tool).some(
    (name) =>
      SECRET.test(name) || (START.test(name) && /token|cursor/i.test(name) && firstPage(name, startSchema(tool, name)) === undefined),
  );
/** A parameter's schema, with the tool's description to read a starting cursor from ("The starting cursor is 0."). */
export const startSchema = (tool: IndexedTool, name: string): Record<string, unknown> => {
  const property = ((tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>)[name] ?? {};
  return { ...property, description: `${String(property['description'] ?? '')} ${tool.spec.description ?? ''}` };
};
export const hasArguments = (tool: IndexedTool) => Object.keys(tool.spec.inputSchema.properties ?? {}).length > 0;
