// Scaffold benchmark (see docs/benchmarks.md, "Scaffold"). Run: pnpm bench:scaffold [-- --json]
// For every server of each tree: `scaffoldServer` writes the project (zod from json-schema-to-zod, checked
// against Ajv: agreement before fallbacks), all projects of a tree compile in one tsc program, and each
// compiled server is started in this process over an in-memory MCP transport: it must list the tree's tool
// names and JSON Schemas, and its answers to the same sampled and mutated arguments are compared with Ajv
// (agreement after fallbacks: an argument is refused by the server exactly when Ajv refuses it).
//   demo     examples/demo-tree.json, --mode simulated
//   openapi  the tree of examples/openapi (7 specs), --mode proxy (no base URL: a valid call answers "set …_BASE_URL")
//   bfcl     ../shared/bfcl function docs, --mode simulated (skipped, with a message, when absent)
// Then the time to scaffold one 100-tool server (100 BFCL tools in one server), with the CLI and in-process,
// next to the CLI's own start-up (`inftool --help`) measured in the same run.
// Flags: --trees demo,openapi,bfcl, --after-cases N (cases per tool sent to the served tool, default 40),
//        --json [FILE] (summary, default bench/results/scaffold.json).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/harness/dist/cli.js');
const work = join(root, 'bench/.cache/scaffold');
const harness = await import(pathToFileURL(join(root, 'packages/harness/dist/index.js')).href);
const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);

function parseFlags(argv) {
  const flags = { trees: ['demo', 'openapi', 'bfcl'], afterCases: 40, json: undefined };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--trees') flags.trees = argv[++index].split(',');
    else if (arg === '--after-cases') flags.afterCases = Number(argv[++index]);
    else if (arg === '--json')
      flags.json = argv[index + 1] && !argv[index + 1].startsWith('--') ? argv[++index] : join(root, 'bench/results/scaffold.json');
    else throw new Error(`unknown flag ${arg} (flags: --trees demo,openapi,bfcl, --after-cases N, --json [FILE])`);
  }
  const unknown = flags.trees.filter((tree) => !['demo', 'openapi', 'bfcl'].includes(tree));
  if (unknown.length > 0) throw new Error(`--trees: unknown tree ${unknown.join(', ')} (demo, openapi, bfcl)`);
  if (!Number.isInteger(flags.afterCases) || flags.afterCases < 1) throw new Error('--after-cases must be a positive integer');
  return flags;
}

const inftool = (args) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const seconds = (ms) => Math.round(ms / 100) / 10;
const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(2)}%`);
const serversOf = (tree) => tree.domains.flatMap((domain) => domain.categories.flatMap((category) => category.servers));

/** The tree file of each benchmark tree, built with the CLI where it comes from specs. */
function treeFile(name) {
  if (name === 'demo') return join(root, 'examples/demo-tree.json');
  const file = join(work, `${name}-tree.json`);
  if (name === 'openapi') inftool(['tree', 'build', '--from', 'openapi', join(root, 'examples/openapi'), '--out', file, '--no-progress']);
  if (name === 'bfcl') {
    const bfcl = join(root, '../shared/bfcl');
    if (!existsSync(bfcl)) return undefined;
    const docs = readdirSync(bfcl)
      .filter((entry) => /^BFCL_v\d+_.*\.json$/.test(entry) && !entry.includes('multi_turn'))
      .map((entry) => join(bfcl, entry));
    inftool(['tree', 'build', '--from', 'bfcl', ...docs, join(bfcl, 'multi_turn_func_doc'), '--out', file, '--no-progress']);
  }
  return file;
}

/** Whether a tools/call result is a refusal of the arguments (zod in the SDK, the Ajv fallback, or the simulation's own check). */
const refused = (result) =>
  result.isError === true &&
  /Input validation error|Invalid arguments for tool/.test(result.content?.map((block) => block.text ?? '').join(''));

async function benchTree(name, mode, flags) {
  const file = treeFile(name);
  if (file === undefined) {
    process.stderr.write(`${name}: ../shared/bfcl is absent, skipping\n`);
    return undefined;
  }
  const document = await harness.readTree(file);
  const servers = serversOf(document);
  const directory = join(work, name);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const validator = new core.SchemaValidator();
  process.stderr.write(`${name}: scaffolding ${servers.length} servers (--mode ${mode}) …\n`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const reports = [];
  for (const server of servers)
    reports.push(
      await harness.scaffoldServer({ treeFile: file, server: server.name, out: join(directory, server.name), mode, document, validator }),
    );
  const scaffoldMs = performance.now() - started;
  const scaffoldCpu = process.cpuUsage(cpu);

  // One tsc program over every project: emitted beside the sources, so each server finds its tools.json.
  await harness.linkInstalledModules(directory, mode);
  writeFileSync(
    join(directory, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: harness.SCAFFOLD_COMPILER_OPTIONS,
      include: ['*/src/**/*.ts'],
    }),
  );
  process.stderr.write(`${name}: compiling ${servers.length} projects …\n`);
  const compileStarted = performance.now();
  const compiled = spawnSync(process.execPath, [join(directory, 'node_modules/typescript/bin/tsc'), '-p', directory], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const compileMs = performance.now() - compileStarted;
  const compileErrors = compiled.stdout.split('\n').filter((line) => /error TS\d+/.test(line));

  process.stderr.write(`${name}: serving each server in-process …\n`);
  const serve = { servers: 0, listedAsTree: 0, cases: 0, agreed: 0, skippedNonObject: 0, disagreements: [] };
  if (compileErrors.length === 0) {
    for (const server of servers) {
      const project = join(directory, server.name, 'src');
      const { createServer } = await import(pathToFileURL(join(project, 'server.js')).href);
      const { createBackend } = await import(pathToFileURL(join(project, 'backend.js')).href);
      const mcp = createServer(await createBackend({}));
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      const client = new Client({ name: 'bench-scaffold', version: '0' });
      await Promise.all([mcp.connect(serverSide), client.connect(clientSide)]);
      serve.servers += 1;
      const listed = (await client.listTools()).tools;
      const same =
        isDeepStrictEqual(
          listed.map((tool) => tool.name),
          server.tools.map((tool) => tool.name),
        ) &&
        listed.every((tool, index) => isDeepStrictEqual(tool.inputSchema, server.tools[index].inputSchema)) &&
        listed.every((tool, index) => isDeepStrictEqual(tool.outputSchema, server.tools[index].outputSchema));
      if (same) serve.listedAsTree += 1;
      for (const tool of server.tools) {
        const cases = harness.differentialCases(tool.inputSchema, {
          seed: 'scaffold',
          tool: { name: tool.name, description: tool.description },
        });
        for (const entry of cases.slice(0, flags.afterCases)) {
          if (typeof entry.value !== 'object' || entry.value === null || Array.isArray(entry.value)) {
            serve.skippedNonObject += 1; // tools/call arguments are an object: a non-object cannot be sent
            continue;
          }
          const byAjv = validator.validate(tool.inputSchema, entry.value).valid;
          const result = await client.callTool({ name: tool.name, arguments: entry.value });
          serve.cases += 1;
          if (byAjv === !refused(result)) serve.agreed += 1;
          else if (serve.disagreements.length < 10)
            serve.disagreements.push({
              server: server.name,
              tool: tool.name,
              kind: entry.kind,
              path: entry.path,
              ajv: byAjv,
              result: result.content?.[0]?.text?.slice(0, 200),
            });
        }
      }
      await client.close();
    }
  }
  // What the differential values are: samples Ajv accepts, mutations Ajv refuses (all of them, not just those sent).
  const values = { samples: 0, validSamples: 0, mutations: 0, refusedMutations: 0 };
  for (const server of servers)
    for (const tool of server.tools)
      for (const entry of harness.differentialCases(tool.inputSchema, {
        seed: 'scaffold',
        tool: { name: tool.name, description: tool.description },
      })) {
        const valid = validator.validate(tool.inputSchema, entry.value).valid;
        if (entry.kind === 'sample') {
          values.samples += 1;
          if (valid) values.validSamples += 1;
        } else {
          values.mutations += 1;
          if (!valid) values.refusedMutations += 1;
        }
      }
  const sum = (pick) => reports.reduce((total, report) => total + pick(report), 0);
  const input = { cases: sum((report) => report.input.cases), agreed: sum((report) => report.input.agreed) };
  const output = { cases: sum((report) => report.output.cases), agreed: sum((report) => report.output.agreed) };
  return {
    tree: name,
    mode,
    servers: servers.length,
    tools: sum((report) => report.tools),
    scaffoldSeconds: seconds(scaffoldMs),
    scaffoldCpuSeconds: seconds((scaffoldCpu.user + scaffoldCpu.system) / 1000),
    before: { input, output, inputAgreement: percent(input.agreed, input.cases), outputAgreement: percent(output.agreed, output.cases) },
    values,
    fallbacks: reports.flatMap((report) => report.fallbacks.map((fallback) => ({ server: report.server, ...fallback }))),
    compile: { seconds: seconds(compileMs), errors: compileErrors.length, firstErrors: compileErrors.slice(0, 5) },
    served: { ...serve, agreement: percent(serve.agreed, serve.cases) },
  };
}

/** One server of 100 BFCL tools (or demo and openapi tools when BFCL is absent), scaffolded by the CLI and in-process. */
async function hundredTools(trees) {
  const pool = [];
  const seen = new Set();
  for (const file of trees) {
    for (const server of serversOf(JSON.parse(readFileSync(file, 'utf8'))))
      for (const tool of server.tools) {
        if (seen.has(tool.name) || pool.length >= 100) continue;
        seen.add(tool.name);
        pool.push(tool);
      }
  }
  const file = join(work, 'hundred-tree.json');
  writeFileSync(
    file,
    JSON.stringify({
      schemaVersion: 1,
      domains: [{ name: 'Bench', categories: [{ name: 'Mixed', servers: [{ name: 'hundred', tools: pool }] }] }],
    }),
  );
  const startup = performance.now();
  inftool(['--help']);
  const startupMs = performance.now() - startup;
  const viaCli = performance.now();
  inftool(['scaffold', '--tree', file, '--server', 'hundred', '--mode', 'simulated', '--out', join(work, 'hundred-cli')]);
  const cliMs = performance.now() - viaCli;
  const cpu = process.cpuUsage();
  const report = await harness.scaffoldServer({ treeFile: file, server: 'hundred', out: join(work, 'hundred'), mode: 'simulated' });
  const used = process.cpuUsage(cpu);
  return {
    tools: pool.length,
    cliSeconds: seconds(cliMs),
    cliStartupSeconds: seconds(startupMs),
    inProcessSeconds: seconds(report.ms),
    // CPU time of this process: what the scaffold costs when the machine is shared (wall time then counts the other loads too).
    inProcessCpuSeconds: seconds((used.user + used.system) / 1000),
    cases: report.input.cases + report.output.cases,
    target: '≤ 5 s',
  };
}

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  mkdirSync(work, { recursive: true });
  const summary = { trees: {}, hundred: undefined };
  const modes = { demo: 'simulated', openapi: 'proxy', bfcl: 'simulated' };
  const files = [];
  for (const name of flags.trees) {
    const result = await benchTree(name, modes[name], flags);
    if (result === undefined) continue;
    summary.trees[name] = result;
    files.push(name === 'demo' ? join(root, 'examples/demo-tree.json') : join(work, `${name}-tree.json`));
  }
  const preferred = files.includes(join(work, 'bfcl-tree.json')) ? [join(work, 'bfcl-tree.json')] : files;
  summary.hundred = await hundredTools(preferred);

  const rows = Object.values(summary.trees).map((tree) =>
    [
      tree.tree.padEnd(8),
      tree.mode.padEnd(10),
      String(tree.servers).padStart(7),
      String(tree.tools).padStart(6),
      `${tree.before.inputAgreement} of ${tree.before.input.cases}`.padStart(18),
      `${tree.before.outputAgreement} of ${tree.before.output.cases}`.padStart(18),
      String(tree.fallbacks.length).padStart(9),
      `${tree.compile.errors === 0 ? 'ok' : `${tree.compile.errors} errors`} ${tree.compile.seconds} s`.padStart(14),
      `${tree.served.listedAsTree}/${tree.served.servers}`.padStart(9),
      `${tree.served.agreement} of ${tree.served.cases}`.padStart(20),
    ].join(' '),
  );
  process.stdout.write(
    [
      'tree     mode       servers  tools   input before fb   output before fb fallbacks        tsc    listed   served agreement',
      ...rows,
      '',
      ...Object.values(summary.trees).map(
        (tree) =>
          `${tree.tree} input values: ${tree.values.validSamples} of ${tree.values.samples} samples valid by Ajv, ${tree.values.refusedMutations} of ${tree.values.mutations} mutations refused by Ajv`,
      ),
      ...Object.values(summary.trees).flatMap((tree) =>
        tree.fallbacks.map(
          (fallback) => `${tree.tree} fallback ${fallback.server}/${fallback.tool} (${fallback.schema}): ${fallback.reason}`,
        ),
      ),
      ...Object.values(summary.trees).flatMap((tree) =>
        tree.served.disagreements.map((entry) => `${tree.tree} served disagreement ${JSON.stringify(entry)}`),
      ),
      ...Object.values(summary.trees).flatMap((tree) => tree.compile.firstErrors.map((line) => `${tree.tree} tsc: ${line}`)),
      `scaffold time per tree (wall / CPU): ${Object.values(summary.trees)
        .map((tree) => `${tree.tree} ${tree.scaffoldSeconds} s / ${tree.scaffoldCpuSeconds} s`)
        .join(', ')}`,
      `${summary.hundred.tools}-tool server: ${summary.hundred.cliSeconds} s with the CLI (its start-up alone: ${summary.hundred.cliStartupSeconds} s), ${summary.hundred.inProcessSeconds} s in-process (CPU ${summary.hundred.inProcessCpuSeconds} s), ${summary.hundred.cases} values checked (target ≤ 5 s)`,
      `load average at the end: ${(await import('node:os'))
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')} on ${(await import('node:os')).availableParallelism()} cores`,
      '',
    ].join('\n'),
  );
  if (flags.json) {
    mkdirSync(dirname(flags.json), { recursive: true });
    writeFileSync(flags.json, `${JSON.stringify(summary, null, 2)}\n`);
  }
}

await main();
