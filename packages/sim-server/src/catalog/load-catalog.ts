import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  InfToolError,
  PINNED_META_KEY,
  PinnedResponse,
  SIMULATION_META_KEY,
  SimulationHints,
  ToolSpec,
  formatIssues,
  type SchemaValidator,
} from '@inftool/core';
import type { Catalog, CatalogTool, SkippedTool, ToolPlace } from './catalog.js';
import { endlessPath } from './endless-schema.js';

const MCP_TOOL_NAME_PATTERN = /^[A-Za-z0-9_.\-/]{1,128}$/;
/** MCP's own rule for tool names (1–128 of A-Z a-z 0-9 _ - .); chat-safe names are a subset. */
const McpToolName = z.string().regex(MCP_TOOL_NAME_PATTERN, 'must be 1-128 characters of A-Z a-z 0-9 _ - . /');
const ServableTool = ToolSpec.extend({ name: McpToolName });

/** The tree's skeleton; tools are checked one by one so a broken tool never sinks the file. */
const TreeSkeleton = z.object({
  schemaVersion: z.literal(1),
  domains: z.array(
    z.object({
      name: z.string().min(1),
      categories: z.array(
        z.object({
          name: z.string().min(1),
          servers: z.array(z.object({ name: z.string().min(1), tools: z.array(z.unknown()) })),
        }),
      ),
    }),
  ),
});

export interface CatalogSelection {
  server?: string;
  domain?: string;
  category?: string;
}

export interface LoadCatalogOptions {
  selection?: CatalogSelection;
  validator: SchemaValidator;
}

export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments.reduce<string>(
    (path, segment) =>
      typeof segment === 'number'
        ? `${path}[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(segment))
          ? `${path}.${String(segment)}`
          : `${path}[${JSON.stringify(String(segment))}]`,
    '$',
  );
}

function zodProblems(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): string {
  return error.issues.map((issue) => `${jsonPath([...prefix, ...issue.path])}: ${issue.message}`).join('; ');
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The offset V8 names in a JSON.parse message, if it names one. */
const namedOffset = (message: string): number | undefined => {
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : Number(position);
};

/**
 * Where JSON.parse failed. V8 names the offset, except for an unexpected token or an early end:
 * then it is the end of the longest prefix that is still JSON cut short (found by halving).
 */
function syntaxErrorOffset(text: string, message: string): number {
  const named = namedOffset(message);
  if (named !== undefined) return named;
  const cutShort = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (error) {
      const offset = namedOffset((error as Error).message);
      return (error as Error).message.startsWith('Unexpected end') || (offset !== undefined && offset >= length);
    }
  };
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (cutShort(middle)) good = middle;
    else bad = middle;
  }
  return cutShort(text.length) ? text.trimEnd().length : good;
}

function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const where = lineAndColumn(text, syntaxErrorOffset(text, message));
    throw new InfToolError(
      'invalid_tree',
      `${file}: not valid JSON at line ${where.line}, column ${where.column}: ${message.replace(/\s*\n\s*/g, ' ')}`,
      {
        details: { file, ...where },
      },
    );
  }
}

const ANNOTATION_FLAGS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isObjectSchema = (value: unknown): boolean => isPlainObject(value) && value['type'] === 'object';
const isOptional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);

/**
 * The common case of `ServableTool`, checked by hand: zod costs ~3 µs a tool, too much for 100k-tool
 * catalogs. Accepts only what `ServableTool` accepts (the schemas' `properties` and `required` are left
 * to the Ajv meta-schema check that follows); anything else goes through zod, which names the problem.
 */
function looksServable(raw: unknown): raw is ToolSpec {
  if (!isPlainObject(raw)) return false;
  const { name, title, description, inputSchema, outputSchema, annotations, _meta: meta } = raw;
  return (
    typeof name === 'string' &&
    MCP_TOOL_NAME_PATTERN.test(name) &&
    isOptional(title, (value) => typeof value === 'string') &&
    isOptional(description, (value) => typeof value === 'string') &&
    isObjectSchema(inputSchema) &&
    isOptional(outputSchema, isObjectSchema) &&
    isOptional(meta, isPlainObject) &&
    isOptional(
      annotations,
      (value) =>
        isPlainObject(value) &&
        isOptional(value['title'], (title) => typeof title === 'string') &&
        ANNOTATION_FLAGS.every((flag) => isOptional(value[flag], (hint) => typeof hint === 'boolean')),
    )
  );
}

/** Checks one tool; returns the served form or the reason it is skipped (`path` is computed only then). */
function checkTool(raw: unknown, path: () => string, place: ToolPlace, validator: SchemaValidator): CatalogTool | SkippedTool {
  const name = isPlainObject(raw) && typeof raw['name'] === 'string' ? raw['name'] : undefined;
  let spec: ToolSpec;
  if (looksServable(raw)) {
    spec = raw;
  } else {
    const parsed = ServableTool.safeParse(raw);
    if (!parsed.success) return { path: path(), name, reason: zodProblems(parsed.error) };
    spec = parsed.data;
  }
  for (const key of ['inputSchema', 'outputSchema'] as const) {
    const schema = spec[key];
    if (schema === undefined) continue;
    const check = validator.checkSchema(schema);
    if (!check.valid)
      return {
        path: path(),
        name,
        reason: `${key} is not valid JSON Schema 2020-12: ${formatIssues(check.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^\$/, `$.${key}`) })))}`,
      };
  }
  const endless = endlessPath(spec.outputSchema);
  if (endless !== undefined)
    return {
      path: path(),
      name,
      reason: `outputSchema admits no finite value: a result must hold ${endless} (a required member that leads back to itself, or a false schema); make the recursion optional`,
    };
  const meta = spec._meta;
  if (meta === undefined || (meta[PINNED_META_KEY] === undefined && meta[SIMULATION_META_KEY] === undefined))
    return { spec, place, hints: {} };
  let pinned: PinnedResponse | undefined;
  if (meta[PINNED_META_KEY] !== undefined) {
    const pinnedParse = PinnedResponse.safeParse(meta[PINNED_META_KEY]);
    if (!pinnedParse.success) return { path: path(), name, reason: `_meta["${PINNED_META_KEY}"]: ${zodProblems(pinnedParse.error)}` };
    pinned = pinnedParse.data;
  }
  const hintsParse = SimulationHints.safeParse(meta[SIMULATION_META_KEY] ?? {});
  if (!hintsParse.success) return { path: path(), name, reason: `_meta["${SIMULATION_META_KEY}"]: ${zodProblems(hintsParse.error)}` };
  return { spec, place, pinned, hints: hintsParse.data };
}

function isSkipped(value: CatalogTool | SkippedTool): value is SkippedTool {
  return 'reason' in value;
}

/**
 * Reads a ToolTree or a plain MCP `tools/list` result (`{"tools": [...]}`) and returns the tools to
 * serve. A malformed file is an error naming the file and the JSON path; a broken tool is skipped
 * and reported while the rest are served.
 */
export async function loadCatalog(file: string, options: LoadCatalogOptions): Promise<Catalog> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InfToolError('invalid_input', `cannot read tool file ${file}: ${(error as Error).message}`, { details: { file } });
  }
  return catalogFromJson(file, parseJsonFile(file, text), options);
}

type CatalogEntry = { raw: unknown; path: () => string; place: ToolPlace };
type Selection = NonNullable<LoadCatalogOptions['selection']>;

/** The selected tools of a ToolTree with their JSON paths and places; a selection matching nothing is an error naming what there is. */
function treeEntries(file: string, document: unknown, selection: Selection): CatalogEntry[] {
  const skeleton = TreeSkeleton.safeParse(document);
  if (!skeleton.success) {
    throw new InfToolError('invalid_tree', `${file}: not a valid ToolTree: ${zodProblems(skeleton.error)}`, { details: { file } });
  }
  const entries: CatalogEntry[] = [];
  skeleton.data.domains.forEach((domain, d) => {
    if (selection.domain !== undefined && domain.name !== selection.domain) return;
    domain.categories.forEach((category, c) => {
      if (selection.category !== undefined && category.name !== selection.category) return;
      category.servers.forEach((server, s) => {
        if (selection.server !== undefined && server.name !== selection.server) return;
        const place = { domain: domain.name, category: category.name, server: server.name };
        server.tools.forEach((raw, t) => {
          entries.push({ raw, path: () => jsonPath(['domains', d, 'categories', c, 'servers', s, 'tools', t]), place });
        });
      });
    });
  });
  if (entries.length === 0 && (selection.domain ?? selection.category ?? selection.server) !== undefined) {
    const available = skeleton.data.domains.flatMap((domain) =>
      domain.categories.flatMap((category) => category.servers.map((server) => `${domain.name}/${category.name}/${server.name}`)),
    );
    throw new InfToolError(
      'invalid_input',
      `${file}: no tools match ${JSON.stringify(selection)}; domain/category/server in this tree: ${available.slice(0, 20).join(', ')}${available.length > 20 ? ', …' : ''}`,
      {
        details: { file, selection },
      },
    );
  }
  return entries;
}

/** The tools of a plain tools/list result, which has no parts to select. */
function toolsListEntries(file: string, document: { tools: unknown[] }, selection: Selection): CatalogEntry[] {
  if ((selection.domain ?? selection.category ?? selection.server) !== undefined) {
    throw new InfToolError(
      'invalid_input',
      `${file}: --server/--domain/--category select part of a ToolTree; this file is a plain tools/list result`,
      { details: { file } },
    );
  }
  const place = {};
  return document.tools.map((raw, t) => ({ raw, path: () => jsonPath(['tools', t]), place }));
}

/** Each entry checked; broken tools and later tools of a name already served are skipped with the reason. */
function checkEntries(entries: readonly CatalogEntry[], validator: LoadCatalogOptions['validator']): Omit<Catalog, 'file' | 'kind'> {
  const tools: CatalogTool[] = [];
  const byName = new Map<string, CatalogTool>();
  const skipped: SkippedTool[] = [];
  for (const entry of entries) {
    const checked = checkTool(entry.raw, entry.path, entry.place, validator);
    if (isSkipped(checked)) {
      skipped.push(checked);
      continue;
    }
    const earlier = byName.get(checked.spec.name);
    if (earlier) {
      skipped.push({
        path: entry.path(),
        name: checked.spec.name,
        reason: `duplicate tool name (first served from ${earlier.place.server ?? 'earlier in the list'}); select one server with --server to serve it`,
      });
      continue;
    }
    tools.push(checked);
    byName.set(checked.spec.name, checked);
  }
  return { tools, byName, skipped };
}

export function catalogFromJson(file: string, document: unknown, options: LoadCatalogOptions): Catalog {
  const selection = options.selection ?? {};
  if (typeof document === 'object' && document !== null && 'domains' in document)
    return { file, kind: 'tool-tree', ...checkEntries(treeEntries(file, document, selection), options.validator) };
  if (typeof document === 'object' && document !== null && Array.isArray((document as { tools?: unknown }).tools))
    return {
      file,
      kind: 'tools-list',
      ...checkEntries(toolsListEntries(file, document as { tools: unknown[] }, selection), options.validator),
    };
  const has = Array.isArray(document)
    ? 'it is an array'
    : typeof document === 'object' && document !== null
      ? `its top-level keys: ${Object.keys(document).slice(0, 10).join(', ') || '(none)'}`
      : `it is ${document === null ? 'null' : `a ${typeof document}`}`;
  throw new InfToolError('invalid_tree', `${file}: $ must be a ToolTree (with "domains") or a tools/list result (with "tools"); ${has}`, {
    details: { file },
  });
}
