import { copyFile, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InfToolError, SchemaValidator, errorMessage, type ToolSpec } from '@inftool/core';
import { catalogFromJson, type CatalogTool } from '@inftool/sim-server';
import { ajvVerdict, compareValidators, differentialCases, type DifferentialResult, type Disagreement } from './differential.js';
import { evaluateZodSource, zodSource } from './zod-source.js';

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

/** `_meta["inftool/source"]` as the OpenAPI importer writes it (see mcp-tree's importers/imported.ts). */
interface SourceOperation {
  format?: string;
  method?: string;
  path?: string;
  parameters?: Record<string, { in: string; name: string }>;
  plumbing?: Array<{ in: string; name: string; kind: string; value?: unknown; scheme?: string }>;
  security?: Array<{ scheme: string; type: string; httpScheme?: string; in: string; name: string }>;
}

const TEMPLATE_DIR = fileURLToPath(new URL('../../scaffold-template/', import.meta.url));

/** `X-Api-Key` → `X_API_KEY`; the proxy template computes the same names at run time. */
export const upperSnake = (name: string): string =>
  name
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();

/** The prefix of the server's environment variables: its name in upper snake case, never starting with a digit. */
export function environmentPrefix(server: string): string {
  const prefix = upperSnake(server) || 'SERVER';
  return /^[0-9]/.test(prefix) ? `API_${prefix}` : prefix;
}

const operationOf = (tool: ToolSpec): SourceOperation | undefined => {
  const source = tool._meta?.['inftool/source'];
  return typeof source === 'object' && source !== null ? (source as SourceOperation) : undefined;
};

/** Checks one schema: generate zod, run it, compare it with Ajv on sampled and mutated values. */
export function checkSchema(
  schema: Record<string, unknown>,
  validator: SchemaValidator,
  tool: ToolSpec,
  options: Pick<ScaffoldOptions, 'seed' | 'samples' | 'maxCases'>,
): SchemaCheck & { source?: string } {
  let source: string;
  try {
    source = zodSource(schema);
  } catch (error) {
    return { uses: 'fallback', cases: 0, agreed: 0, reason: `json-schema-to-zod failed: ${errorMessage(error)}` };
  }
  let check: (value: unknown) => boolean;
  try {
    const zod = evaluateZodSource(source);
    check = (value) => zod.safeParse(value).success;
  } catch (error) {
    return { uses: 'fallback', cases: 0, agreed: 0, reason: `the generated zod does not run under zod 4: ${errorMessage(error)}` };
  }
  const cases = differentialCases(schema, {
    seed: options.seed ?? 'scaffold',
    samples: options.samples ?? 6,
    maxCases: options.maxCases ?? 120,
    tool: { name: tool.name, ...(tool.description ? { description: tool.description } : {}) },
  });
  const result: DifferentialResult = compareValidators(cases, ajvVerdict(validator, schema), check);
  if (result.agreed === result.cases) return { uses: 'zod', cases: result.cases, agreed: result.agreed, source };
  return {
    uses: 'fallback',
    cases: result.cases,
    agreed: result.agreed,
    reason: disagreementReason(result),
    disagreements: result.disagreements,
  };
}

/** `zod accepts what Ajv rejects (format at $.email: "not a valid email")`, for the first disagreements. */
function disagreementReason(result: DifferentialResult): string {
  const parts = new Set(
    result.disagreements.map((entry) => {
      const shown = JSON.stringify(entry.kind === 'sample' ? entry.value : valueAt(entry.value, entry.path)) ?? 'undefined';
      const what = entry.zod ? 'zod accepts what Ajv rejects' : 'zod rejects what Ajv accepts';
      return `${what} (${entry.kind} at ${entry.path}${entry.kind === 'missing-required' ? '' : `: ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`})`;
    }),
  );
  return `${result.cases - result.agreed} of ${result.cases} cases disagree: ${[...parts].slice(0, 3).join('; ')}`;
}

/** The value at a `$.a[0]["b c"]` path, for messages. */
function valueAt(value: unknown, path: string): unknown {
  const steps = [...path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map((match) =>
    match[1] !== undefined ? match[1] : match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3] as string) as string),
  );
  let current = value;
  for (const step of steps) current = (current as Record<string | number, unknown> | undefined)?.[step];
  return current;
}

/** A JavaScript identifier for a tool's schema constant, unique in the file. */
function identifierFor(name: string, used: Set<string>): string {
  const camel = name
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())
    .replace(/^[A-Z]/, (first) => first.toLowerCase());
  let base = /^[A-Za-z_$]/.test(camel) ? camel : `tool${camel}`;
  if (base === '') base = 'tool';
  let candidate = base;
  for (let index = 2; used.has(candidate); index += 1) candidate = `${base}${index}`;
  used.add(candidate);
  return candidate;
}

/** The packages a generated project needs, found in this installation, with the versions installed (pinned exactly). */
function installedPackages(names: readonly string[]): Map<string, { dir: string; version: string }> {
  const require = createRequire(import.meta.url);
  const bases = [fileURLToPath(import.meta.url)];
  for (const workspace of ['@inftool/core', '@inftool/sim-server']) {
    try {
      bases.push(require.resolve(workspace));
    } catch {
      // not installed beside the harness: the packages are looked up from the harness alone
    }
  }
  const found = new Map<string, { dir: string; version: string }>();
  for (const name of names) {
    for (const base of bases) {
      // A module each package surely has (the SDK exports subpaths only; @types packages have no code).
      const probe =
        name === '@modelcontextprotocol/sdk' ? `${name}/server/mcp.js` : name.startsWith('@types/') ? `${name}/package.json` : name;
      let entry: string;
      try {
        entry = createRequire(base).resolve(probe);
      } catch {
        continue;
      }
      for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
        const manifest = join(dir, 'package.json');
        if (!existsSync(manifest)) continue;
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (parsed.name !== name) continue;
        found.set(name, { dir: realpathSync(dir), version: parsed.version ?? '0.0.0' });
        break;
      }
      if (found.has(name)) break;
    }
  }
  return found;
}

const RUNTIME_PACKAGES = ['@modelcontextprotocol/sdk', 'zod', 'ajv', 'ajv-formats'] as const;
const DEV_PACKAGES = ['typescript', '@types/node'] as const;

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
  if (options.mode === 'proxy') {
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

  const prefix = environmentPrefix(options.server);
  const checks = tools.map((tool) => checkTool(tool, validator, options));
  const environment = environmentOf(tools, options.mode, prefix);
  const out = resolve(options.out);
  // A project scaffolded before is written again; any other directory with files in it is left alone.
  const present = existsSync(out) ? await readdir(out) : [];
  if (present.length > 0 && !present.includes('scaffold-report.json'))
    throw new InfToolError(
      'invalid_input',
      `--out ${options.out} already holds files (${present.slice(0, 5).join(', ')}) and is not a scaffolded project: give an empty or new directory`,
    );
  await mkdir(join(out, 'src'), { recursive: true });
  const packages = installedPackages([...RUNTIME_PACKAGES, ...DEV_PACKAGES, '@inftool/sim-server']);
  for (const name of RUNTIME_PACKAGES)
    if (!packages.has(name)) throw new InfToolError('config', `cannot find ${name} in this installation of inftool; reinstall it`);
  const simServer = packages.get('@inftool/sim-server');
  if (options.mode === 'simulated' && simServer === undefined)
    throw new InfToolError('config', '--mode simulated needs @inftool/sim-server installed beside the harness; it is not');

  const server = tools[0] as CatalogTool;
  const treeServer = serverNode(document, options.server);
  const toolsTree = {
    schemaVersion: (document as { schemaVersion?: unknown }).schemaVersion,
    domains: [
      {
        name: server.place.domain,
        categories: [
          {
            name: server.place.category,
            servers: [
              {
                name: options.server,
                ...(treeServer?.description ? { description: treeServer.description } : {}),
                tools: tools.map((tool) => tool.spec),
              },
            ],
          },
        ],
      },
    ],
  };
  const report: ScaffoldReport = {
    tree: options.treeFile,
    server: options.server,
    mode: options.mode,
    out,
    tools: tools.length,
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

  const dependencies: Record<string, string> = {};
  for (const name of RUNTIME_PACKAGES) dependencies[name] = (packages.get(name) as { version: string }).version;
  if (options.mode === 'simulated' && simServer) dependencies['@inftool/sim-server'] = `file:${simServer.dir}`;
  const devDependencies: Record<string, string> = {};
  for (const name of DEV_PACKAGES) {
    const found = packages.get(name);
    devDependencies[name] = found ? found.version : name === 'typescript' ? '5.9.3' : '^20.19.0';
  }
  const packageName = `${upperSnake(options.server).toLowerCase().replaceAll('_', '-') || 'server'}-mcp-server`;
  const files: Record<string, string> = {
    'package.json': json({
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
    }),
    'tsconfig.json': json({
      compilerOptions: {
        target: 'ES2023',
        lib: ['ES2023'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        types: ['node'],
        rootDir: 'src',
        outDir: 'dist',
        sourceMap: true,
      },
      include: ['src'],
    }),
    'tools.json': json(toolsTree),
    'scaffold-report.json': json(report),
    'src/server.ts': serverSource(options, prefix, tools, checks),
    'README.md': readmeSource(options, packageName, environment, report),
    '.gitignore': 'node_modules/\ndist/\n',
  };
  for (const [file, text] of Object.entries(files)) await writeFile(join(out, file), text);
  await copyFile(join(TEMPLATE_DIR, 'runtime.ts'), join(out, 'src/runtime.ts'));
  await copyFile(join(TEMPLATE_DIR, 'main.ts'), join(out, 'src/main.ts'));
  await copyFile(join(TEMPLATE_DIR, options.mode === 'proxy' ? 'proxy-backend.ts' : 'simulated-backend.ts'), join(out, 'src/backend.ts'));
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

type ToolCheck = { tool: string; input: SchemaCheck & { source?: string }; output?: SchemaCheck & { source?: string } };

function checkTool(tool: CatalogTool, validator: SchemaValidator, options: ScaffoldOptions): ToolCheck {
  const input = checkSchema(tool.spec.inputSchema, validator, tool.spec, options);
  const output = tool.spec.outputSchema ? checkSchema(tool.spec.outputSchema, validator, tool.spec, options) : undefined;
  return { tool: tool.spec.name, input, ...(output ? { output } : {}) };
}

/** Agreement over every checked value; a schema whose zod source does not run has no values and is counted apart. */
function tally(checks: readonly SchemaCheck[]): ScaffoldReport['input'] {
  const cases = checks.reduce((sum, check) => sum + check.cases, 0);
  const agreed = checks.reduce((sum, check) => sum + check.agreed, 0);
  const notRun = checks.filter((check) => check.uses === 'fallback' && check.cases === 0).length;
  return { cases, agreed, agreement: cases === 0 ? 1 : agreed / cases, notRun };
}

function environmentOf(tools: readonly CatalogTool[], mode: ScaffoldMode, prefix: string): ScaffoldReport['environment'] {
  if (mode === 'simulated')
    return [
      {
        name: `${prefix}_SEED`,
        purpose: 'seed of the simulated results (same seed, same results); defaults to "inftool"',
        required: false,
      },
    ];
  const variables = new Map<string, ScaffoldReport['environment'][number]>();
  variables.set(`${prefix}_BASE_URL`, {
    name: `${prefix}_BASE_URL`,
    purpose: "the API's base URL, e.g. https://api.example.com/v1",
    required: true,
  });
  variables.set(`${prefix}_TIMEOUT_MS`, {
    name: `${prefix}_TIMEOUT_MS`,
    purpose: 'timeout of one API request in ms; defaults to 30000',
    required: false,
  });
  const add = (name: string, purpose: string): void => {
    const earlier = variables.get(name);
    if (earlier === undefined) variables.set(name, { name, purpose, required: true });
    else if (!earlier.purpose.includes(purpose)) earlier.purpose += `; ${purpose}`;
  };
  // The same names the proxy backend reads (scaffold-template/proxy-backend.ts, `credentials`).
  for (const tool of tools) {
    const operation = operationOf(tool.spec);
    const seen = new Set<string>();
    for (const credential of operation?.security ?? []) {
      seen.add(`${credential.in}:${credential.name.toLowerCase()}`);
      if (credential.type === 'apiKey')
        add(
          `${prefix}_${upperSnake(credential.name)}`,
          `API key sent as ${credential.in} ${credential.name} (security scheme ${credential.scheme})`,
        );
      else if (credential.httpScheme === 'basic' || credential.type === 'basic') {
        add(`${prefix}_USERNAME`, `user name of HTTP basic auth (security scheme ${credential.scheme})`);
        add(`${prefix}_PASSWORD`, `password of HTTP basic auth (security scheme ${credential.scheme})`);
      } else add(`${prefix}_TOKEN`, `token sent as "Authorization: Bearer <token>" (security scheme ${credential.scheme})`);
    }
    for (const plumbing of operation?.plumbing ?? [])
      if (plumbing.kind === 'credential' && !seen.has(`${plumbing.in}:${plumbing.name.toLowerCase()}`))
        add(`${prefix}_${upperSnake(plumbing.name)}`, `credential sent as ${plumbing.in} ${plumbing.name}, the value as it is`);
  }
  return [...variables.values()];
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const literal = (value: unknown): string => JSON.stringify(value);

function serverSource(options: ScaffoldOptions, prefix: string, tools: readonly CatalogTool[], checks: readonly ToolCheck[]): string {
  const used = new Set<string>();
  const constants: string[] = [];
  const registrations: string[] = [];
  tools.forEach((tool, index) => {
    const check = checks[index] as ToolCheck;
    const id = identifierFor(tool.spec.name, used);
    const input = check.input.uses === 'zod' && check.input.source !== undefined ? check.input.source : 'z.looseObject({})';
    const output = check.output?.uses === 'zod' ? check.output.source : undefined;
    const note = (schema: string, checked: SchemaCheck): string =>
      checked.uses === 'zod'
        ? `${schema}: zod from json-schema-to-zod, agreed with Ajv on all ${checked.cases} checked values`
        : `${schema}: passthrough zod, checked by Ajv in the handler (${checked.reason ?? ''})`;
    constants.push(`/** ${tool.spec.name} ${note('input', check.input).replaceAll('*/', '* /')} */`);
    constants.push(`export const ${id}Input = ${input};`);
    if (check.output) {
      constants.push(`/** ${tool.spec.name} ${note('output', check.output).replaceAll('*/', '* /')} */`);
      if (output !== undefined) constants.push(`export const ${id}Output = ${output};`);
    }
    const jsonChecks = { input: check.input.uses === 'fallback', output: check.output?.uses === 'fallback' };
    const run = `call(tool, args as Record<string, unknown>, extra.signal)`;
    const handler =
      jsonChecks.input || jsonChecks.output
        ? `(args, extra) => withJsonSchemaChecks(tool, ${literal(jsonChecks).replaceAll('"', '')}, args as Record<string, unknown>, () => ${run})`
        : `(args, extra) => ${run}`;
    registrations.push(
      [
        `  {`,
        `    const tool = toolNamed(tools, ${literal(tool.spec.name)});`,
        `    server.registerTool(`,
        `      tool.name,`,
        `      {`,
        `        title: tool.title,`,
        `        description: tool.description,`,
        `        inputSchema: ${id}Input,`,
        ...(output !== undefined ? [`        outputSchema: ${id}Output,`] : []),
        `        annotations: tool.annotations,`,
        `      },`,
        `      ${handler},`,
        `    );`,
        `  }`,
      ].join('\n'),
    );
  });
  return `// Written by \`inftool scaffold\` from ${options.treeFile.split(/[\\/]/).pop()} (server ${options.server}, --mode ${options.mode}).
// Each zod schema below was generated by json-schema-to-zod from the tool's JSON Schema (tools.json) and
// checked against Ajv on sampled and mutated arguments before it was written; scaffold-report.json has
// the figures. tools/list publishes the JSON Schemas of tools.json as they are.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { loadTools, publishJsonSchemas, toolNamed, withJsonSchemaChecks, type Backend } from './runtime.js';

export const SERVER_NAME = ${literal(options.server)};
/** Environment variables of this server start with this (see README.md). */
export const ENV_PREFIX = ${literal(prefix)};

${constants.join('\n')}

/** One MCP server (one per session); \`backend\` answers the calls. */
export function createServer(backend: Backend): McpServer {
  const tools = loadTools();
  const call = backend.openSession();
  const server = new McpServer({ name: SERVER_NAME, version: '0.1.0' });
${registrations.join('\n')}
  publishJsonSchemas(server, tools);
  return server;
}
`;
}

function readmeSource(
  options: ScaffoldOptions,
  packageName: string,
  environment: ScaffoldReport['environment'],
  report: ScaffoldReport,
): string {
  const percent = (part: { agreed: number; cases: number }): string =>
    part.cases === 0 ? '–' : `${((100 * part.agreed) / part.cases).toFixed(1)}%`;
  const env = environment
    .map((variable) => `| \`${variable.name}\` | ${variable.required ? 'yes' : 'no'} | ${variable.purpose} |`)
    .join('\n');
  const envExample = Object.fromEntries(environment.filter((variable) => variable.required).map((variable) => [variable.name, '...']));
  const desktop = json({
    mcpServers: {
      [options.server]: {
        command: 'node',
        args: [join(resolve(options.out), 'dist/main.js')],
        ...(Object.keys(envExample).length > 0 ? { env: envExample } : {}),
      },
    },
  });
  const fallbacks =
    report.fallbacks.length === 0
      ? 'Every tool uses its generated zod schema: zod and Ajv agreed on every checked value.'
      : `These fell back to a passthrough zod schema plus an Ajv check in the handler (zod disagreed with Ajv, or did not run):\n\n${report.fallbacks
          .map((fallback) => `- \`${fallback.tool}\` (${fallback.schema}): ${fallback.reason}`)
          .join('\n')}`;
  return `# ${options.server} MCP server

Written by \`inftool scaffold --server ${options.server} --mode ${options.mode}\`: ${report.tools} tool(s) on the MCP SDK's
\`McpServer\`, ${
    options.mode === 'proxy'
      ? 'each calling the real API operation it was imported from (path, query, header and body parameters placed as the spec says; JSON responses become `structuredContent`, HTTP errors `isError` results).'
      : "each answered by InfTool's simulation (the faker engine) in-process: no API and no key needed."
  }

## Build and run

\`\`\`sh
npm install        # not needed when scaffolded with --link-modules
npm run build      # tsc → dist/
node dist/main.js                                   # stdio
node dist/main.js --transport http --port 3000      # Streamable HTTP at http://127.0.0.1:3000/mcp
\`\`\`

${options.mode === 'simulated' ? `\`@inftool/sim-server\` is a \`file:\` dependency on the InfTool checkout it was scaffolded from (built with \`pnpm build\`).\n\n` : ''}## Environment

| variable | required | what |
|---|---|---|
${env}

## Claude Desktop

Add to \`claude_desktop_config.json\` (Settings → Developer → Edit Config):

\`\`\`json
${desktop.trim()}
\`\`\`

## Cursor

Add the same \`mcpServers\` entry to \`.cursor/mcp.json\` in your project (or \`~/.cursor/mcp.json\`); for the HTTP
transport use \`{ "mcpServers": { "${options.server}": { "url": "http://127.0.0.1:3000/mcp" } } }\`.

## Files

- \`src/server.ts\`: \`createServer()\`, one \`registerTool\` per tool with its zod schemas; edit handlers here.
- \`src/backend.ts\`: ${options.mode === 'proxy' ? 'the HTTP call to the API' : 'the simulation'}; \`src/runtime.ts\`: shared helpers; \`src/main.ts\`: stdio and HTTP entry.
- \`tools.json\`: the tools as the tree has them; tools/list publishes these JSON Schemas as they are.
- \`scaffold-report.json\`: the zod/Ajv differential check per tool.

## Checked, not trusted

Input schemas: zod and Ajv agreed on ${percent(report.input)} of ${report.input.cases} sampled and mutated arguments;
output schemas: ${percent(report.output)} of ${report.output.cases}${notRun(report)}. ${fallbacks}
${
  options.mode === 'proxy'
    ? `
## Limits

Request bodies are sent as JSON (an operation that takes form data needs its body encoding changed in
\`src/backend.ts\`); request signatures (AWS SigV4, OAuth 1.0) are not computed.
`
    : ''
}`;
}

/**
 * Links the packages a generated project needs, from this installation, into `<dir>/node_modules`
 * (projects under `dir` find them there too): a project that builds and runs with no install.
 */
export async function linkInstalledModules(dir: string, mode: ScaffoldMode): Promise<void> {
  await linkModules(resolve(dir), installedPackages([...RUNTIME_PACKAGES, ...DEV_PACKAGES, '@inftool/sim-server']), mode);
}

const notRun = (report: ScaffoldReport): string => {
  const count = report.input.notRun + report.output.notRun;
  return count === 0 ? '' : `; ${count} schema(s) whose generated zod does not run are not in these figures`;
};

async function linkModules(out: string, packages: Map<string, { dir: string }>, mode: ScaffoldMode): Promise<void> {
  const names = [...RUNTIME_PACKAGES, ...DEV_PACKAGES, ...(mode === 'simulated' ? ['@inftool/sim-server'] : [])];
  for (const name of names) {
    const found = packages.get(name);
    if (!found) continue;
    const link = join(out, 'node_modules', name);
    await mkdir(dirname(link), { recursive: true });
    await rm(link, { force: true, recursive: true });
    await symlink(found.dir, link, 'dir');
  }
  // `npm run build` finds tsc in node_modules/.bin, as after an install.
  const typescript = packages.get('typescript');
  if (typescript) {
    const bin = join(out, 'node_modules/.bin/tsc');
    await mkdir(dirname(bin), { recursive: true });
    await rm(bin, { force: true });
    await symlink(join(typescript.dir, 'bin/tsc'), bin);
  }
}
