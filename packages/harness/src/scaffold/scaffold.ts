import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InfToolError, SchemaValidator, errorMessage } from '@inftool/core';
import { catalogFromJson, type CatalogTool } from '@inftool/sim-server';
import type { Disagreement } from './differential.js';
import { environmentOf, environmentPrefix, operationOf, upperSnake } from './environment.js';
import { DEV_PACKAGES, RUNTIME_PACKAGES, installedPackages, linkModules } from './installed-packages.js';
import { readmeSource } from './readme-source.js';
import { checkTool, tally, type ToolCheck } from './schema-check.js';
import { json, serverSource } from './server-source.js';

export { checkSchema } from './schema-check.js';
export { environmentPrefix, upperSnake } from './environment.js';
export { linkInstalledModules } from './installed-packages.js';

export type ScaffoldMode = 'proxy' | 'simulated';
export const SCAFFOLD_MODES: readonly ScaffoldMode[] = ['proxy', 'simulated'];

export interface ScaffoldOptions {
  treeFile: string;
  server: string;
  out: string;
  mode: ScaffoldMode;
  /** Link this installation's packages into `<out>/node_modules` (runs offline, no install). */
  linkModules?: boolean;
  /** The tree, already read (many servers of one tree scaffold without reading it again). */
  document?: unknown;
  validator?: SchemaValidator;
  /** Seed of the sampled arguments of the differential check. */
  seed?: string;
  /** Sampled values per schema (each with its mutations). Defaults to 6. */
  samples?: number;
  /** Most cases per schema. Defaults to 120. */
  maxCases?: number;
}

/** The differential check of one schema (input or output) of one tool. */
export interface SchemaCheck {
  /** `zod`: the generated schema agreed with Ajv on every case and is used; `fallback`: passthrough zod plus an Ajv check in the handler. */
  uses: 'zod' | 'fallback';
  cases: number;
  agreed: number;
  /** Why the tool fell back, when it did. */
  reason?: string;
  disagreements?: Disagreement[];
}

export interface ToolReport {
  tool: string;
  input: SchemaCheck;
  output?: SchemaCheck;
}

export interface ScaffoldReport {
  tree: string;
  server: string;
  mode: ScaffoldMode;
  out: string;
  tools: number;
  /** Input schemas: cases checked and the share zod and Ajv agreed on, before fallbacks. */
  input: { cases: number; agreed: number; agreement: number; notRun: number };
  output: { cases: number; agreed: number; agreement: number; notRun: number };
  fallbacks: Array<{ tool: string; schema: 'input' | 'output'; reason: string }>;
  /** Environment variables the server reads (proxy: base URL and credentials). */
  environment: Array<{ name: string; purpose: string; required: boolean }>;
  perTool: ToolReport[];
  ms: number;
}

const TEMPLATE_DIR = fileURLToPath(new URL('../../scaffold-template/', import.meta.url));

type InstalledPackages = ReturnType<typeof installedPackages>;

/** The server's tools from the tree: every one servable, all in one category, each with an API operation in proxy mode. */
function serverTools(options: ScaffoldOptions, document: unknown, validator: SchemaValidator): CatalogTool[] {
  const catalog = catalogFromJson(options.treeFile, document, { selection: { server: options.server }, validator });
  if (catalog.kind !== 'tool-tree')
    throw new InfToolError(
      'invalid_input',
      `${options.treeFile}: scaffold needs a ToolTree (with "domains"): a server is one of its servers`,
    );
  for (const skipped of catalog.skipped)
    throw new InfToolError(
      'invalid_tree',
      `${options.treeFile}: tool ${skipped.name ?? '?'} at ${skipped.path} cannot be served: ${skipped.reason}`,
    );
  const tools = catalog.tools;
  const places = new Set(tools.map((tool) => `${tool.place.domain}/${tool.place.category}`));
  if (places.size > 1)
    throw new InfToolError(
      'invalid_input',
      `${options.treeFile}: server ${options.server} appears in more than one category (${[...places].join(', ')}); a scaffolded server is one of them`,
    );
  if (options.mode === 'proxy') requireOperations(options, tools);
  return tools;
}

function requireOperations(options: ScaffoldOptions, tools: readonly CatalogTool[]): void {
  const without = tools.filter((tool) => {
    const operation = operationOf(tool.spec);
    return operation?.method === undefined || operation.path === undefined;
  });
  if (without.length > 0)
    throw new InfToolError(
      'invalid_input',
      `--mode proxy: ${without.length} tool(s) of server ${options.server} have no API operation (method and path in _meta["inftool/source"]; trees from OpenAPI specs have them): ${without
        .slice(0, 5)
        .map((tool) => `${tool.spec.name} (source: ${operationOf(tool.spec)?.format ?? 'none'})`)
        .join(', ')}${without.length > 5 ? ', …' : ''}; scaffold it with --mode simulated`,
    );
}

/** The output directory, made: a project scaffolded before is written again; any other directory with files in it is left alone. */
async function prepareOut(options: ScaffoldOptions): Promise<string> {
  const out = resolve(options.out);
  const present = existsSync(out) ? await readdir(out) : [];
  if (present.length > 0 && !present.includes('scaffold-report.json'))
    throw new InfToolError(
      'invalid_input',
      `--out ${options.out} already holds files (${present.slice(0, 5).join(', ')}) and is not a scaffolded project: give an empty or new directory`,
    );
  await mkdir(join(out, 'src'), { recursive: true });
  return out;
}

/** The packages of this installation the project depends on; the runtime ones must be there. */
function requiredPackages(mode: ScaffoldMode): InstalledPackages {
  const packages = installedPackages([...RUNTIME_PACKAGES, ...DEV_PACKAGES, '@inftool/sim-server']);
  for (const name of RUNTIME_PACKAGES)
    if (!packages.has(name)) throw new InfToolError('config', `cannot find ${name} in this installation of inftool; reinstall it`);
  if (mode === 'simulated' && !packages.has('@inftool/sim-server'))
    throw new InfToolError('config', '--mode simulated needs @inftool/sim-server installed beside the harness; it is not');
  return packages;
}

/** `tools.json`: a tree of just this server, as the source tree has it. */
function serverTree(options: ScaffoldOptions, document: unknown, tools: readonly CatalogTool[]): unknown {
  const server = tools[0] as CatalogTool;
  const treeServer = serverNode(document, options.server);
  const servers = [
    {
      name: options.server,
      ...(treeServer?.description ? { description: treeServer.description } : {}),
      tools: tools.map((tool) => tool.spec),
    },
  ];
  return {
    schemaVersion: (document as { schemaVersion?: unknown }).schemaVersion,
    domains: [{ name: server.place.domain, categories: [{ name: server.place.category, servers }] }],
  };
}

function scaffoldReport(
  options: ScaffoldOptions,
  out: string,
  checks: readonly ToolCheck[],
  environment: ScaffoldReport['environment'],
): ScaffoldReport {
  return {
    tree: options.treeFile,
    server: options.server,
    mode: options.mode,
    out,
    tools: checks.length,
    input: tally(checks.map((check) => check.input)),
    output: tally(checks.flatMap((check) => (check.output ? [check.output] : []))),
    fallbacks: checks.flatMap((check) => [
      ...(check.input.uses === 'fallback' ? [{ tool: check.tool, schema: 'input' as const, reason: check.input.reason ?? '' }] : []),
      ...(check.output?.uses === 'fallback' ? [{ tool: check.tool, schema: 'output' as const, reason: check.output.reason ?? '' }] : []),
    ]),
    environment,
    perTool: checks.map(({ input: { source: _input, ...input }, output, tool }) => {
      if (output === undefined) return { tool, input };
      const { source: _output, ...checked } = output;
      return { tool, input, output: checked };
    }),
    ms: 0,
  };
}

/** `package.json`: the installed versions, pinned; simulated mode depends on this checkout's sim-server. */
function packageManifest(options: ScaffoldOptions, packageName: string, packages: InstalledPackages): unknown {
  const dependencies: Record<string, string> = {};
  for (const name of RUNTIME_PACKAGES) dependencies[name] = (packages.get(name) as { version: string }).version;
  const simServer = packages.get('@inftool/sim-server');
  if (options.mode === 'simulated' && simServer) dependencies['@inftool/sim-server'] = `file:${simServer.dir}`;
  const devDependencies: Record<string, string> = {};
  for (const name of DEV_PACKAGES) {
    const found = packages.get(name);
    devDependencies[name] = found ? found.version : name === 'typescript' ? '5.9.3' : '^20.19.0';
  }
  return {
    name: packageName,
    version: '0.1.0',
    private: true,
    description: `MCP server for ${options.server} (${options.mode === 'proxy' ? 'calls the real API' : 'simulated'}), written by inftool scaffold`,
    type: 'module',
    bin: { [packageName]: 'dist/main.js' },
    engines: { node: '>=20.19' },
    scripts: { build: 'tsc', start: 'node dist/main.js', 'start:http': 'node dist/main.js --transport http' },
    dependencies,
    devDependencies,
  };
}

/** The compiler options every scaffolded project builds with (bench/scaffold.mjs compiles many projects in one program with them). */
export const SCAFFOLD_COMPILER_OPTIONS = {
  target: 'ES2023',
  lib: ['ES2023'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: true,
  types: ['node'],
};

const TSCONFIG = {
  compilerOptions: { ...SCAFFOLD_COMPILER_OPTIONS, rootDir: 'src', outDir: 'dist', sourceMap: true },
  include: ['src'],
};

/** Writes the project's files: the generated ones, then the template's. */
async function writeProject(out: string, mode: ScaffoldMode, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) await writeFile(join(out, file), text);
  await copyFile(join(TEMPLATE_DIR, 'runtime.ts'), join(out, 'src/runtime.ts'));
  await copyFile(join(TEMPLATE_DIR, 'main.ts'), join(out, 'src/main.ts'));
  await copyFile(join(TEMPLATE_DIR, mode === 'proxy' ? 'proxy-backend.ts' : 'simulated-backend.ts'), join(out, 'src/backend.ts'));
}

/**
 * Writes a TypeScript MCP server project for one server of a tree: `McpServer.registerTool` per
 * tool with a zod input (and output) schema from json-schema-to-zod, checked against Ajv first; a
 * tool whose zod schema disagrees with Ajv on any case falls back to a passthrough zod schema plus an
 * Ajv check in its handler. Returns the scaffold report (also written as `scaffold-report.json`).
 */
export async function scaffoldServer(options: ScaffoldOptions): Promise<ScaffoldReport> {
  const started = performance.now();
  const validator = options.validator ?? new SchemaValidator();
  const document = options.document ?? (await readTree(options.treeFile));
  const tools = serverTools(options, document, validator);
  const prefix = environmentPrefix(options.server);
  const checks = tools.map((tool) => checkTool(tool, validator, options));
  const environment = environmentOf(tools, options.mode, prefix);
  const out = await prepareOut(options);
  const packages = requiredPackages(options.mode);
  const report = scaffoldReport(options, out, checks, environment);
  const packageName = `${upperSnake(options.server).toLowerCase().replaceAll('_', '-') || 'server'}-mcp-server`;
  await writeProject(out, options.mode, {
    'package.json': json(packageManifest(options, packageName, packages)),
    'tsconfig.json': json(TSCONFIG),
    'tools.json': json(serverTree(options, document, tools)),
    'scaffold-report.json': json(report),
    'src/server.ts': serverSource(options, prefix, tools, checks),
    'README.md': readmeSource(options, packageName, environment, report),
    '.gitignore': 'node_modules/\ndist/\n',
  });
  if (options.linkModules) await linkModules(out, packages, options.mode);
  report.ms = Math.round(performance.now() - started);
  await writeFile(join(out, 'scaffold-report.json'), json(report));
  return report;
}

/** The tree file, parsed. */
export async function readTree(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InfToolError('invalid_input', `cannot read tree ${file}: ${errorMessage(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InfToolError('invalid_tree', `${file} is not JSON: ${errorMessage(error)}`);
  }
}

function serverNode(document: unknown, name: string): { description?: string } | undefined {
  const tree = document as { domains?: Array<{ categories?: Array<{ servers?: Array<{ name?: string; description?: string }> }> }> };
  for (const domain of tree.domains ?? [])
    for (const category of domain.categories ?? []) for (const server of category.servers ?? []) if (server.name === name) return server;
  return undefined;
}
