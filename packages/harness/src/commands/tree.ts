import { writeFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { InfToolError, OpenAIChatModel, ReplayCache } from '@inftool/core';
import type { HarnessEnvironment } from '../config.js';
import {
  SOURCE_FORMATS,
  buildTree,
  treeStats,
  writeTreeFile,
  type BuildInput,
  type BuildReport,
  type SourceFormat,
} from '@inftool/mcp-tree';
import { createStageProgress } from '../progress.js';
import { readToolTree } from '../run/read-tree.js';
import { integerOption } from './options.js';

interface BuildFlags {
  from: SourceFormat[];
  out: string;
  report?: string;
  merge: boolean;
  threshold: number;
  rounds: number;
  mergeThreshold: number;
  workers?: number;
  progress: boolean;
  model?: string;
  embeddingModel?: string;
  baseUrl?: string;
  cacheDir?: string;
}

function similarityOption(flag: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 1)
      throw new InvalidArgumentError(`${flag} must be a number in (0, 1], got "${value}"`);
    return parsed;
  };
}

/**
 * `--from` applies to the paths after it: `--from openapi a.yaml b.json --from bfcl dir/`.
 * Commander gives the flags and the positional paths apart, so the pairing is read from argv;
 * `takesValue` (the command's own options that take a value) says which words after a flag are not paths.
 */
export function pairInputs(argv: string[], takesValue: ReadonlySet<string>): BuildInput[] {
  const inputs: BuildInput[] = [];
  let current: BuildInput | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--from' || arg.startsWith('--from=')) {
      const format = (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[(index += 1)]) as SourceFormat;
      if (!SOURCE_FORMATS.includes(format))
        throw new InfToolError('invalid_input', `--from must be one of ${SOURCE_FORMATS.join(', ')}, got "${format}"`);
      current = { format, paths: [] };
      inputs.push(current);
    } else if (arg.startsWith('--')) {
      if (takesValue.has(arg)) index += 1;
    } else if (current) current.paths.push(arg);
  }
  const empty = inputs.find((input) => input.paths.length === 0);
  if (empty) throw new InfToolError('invalid_input', `--from ${empty.format} needs at least one file or directory after it`);
  return inputs;
}

function buildCommand(environment: HarnessEnvironment): Command {
  return new Command('build')
    .summary('build a ToolTree from raw API specs')
    .description(
      'Import API specs, normalise them to MCP tools (JSON Schema 2020-12, unique chat-safe names, origin in _meta["inftool/source"]), ' +
        'cluster similar tools (TF-IDF cosine, connected components above --threshold), merge near-identical ones, place every API ' +
        'in a domain and category, and write a ToolTree that `inftool serve --tree` serves as it is, plus a report.\n\n' +
        'Examples:\n' +
        '  inftool tree build --from openapi examples/openapi --out tree.json\n' +
        '  inftool tree build --from bfcl ../shared/bfcl --from mcp server-tools.json --out tree.json --no-merge',
    )
    .argument('<paths...>', 'files or directories (searched recursively) for the --from before them')
    .addOption(
      new Option('--from <format>', `source format of the paths after it (${SOURCE_FORMATS.join(', ')}); repeat for several`)
        .choices([...SOURCE_FORMATS])
        .argParser((value: string, previous: string[] = []) => [...previous, value])
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'where to write the ToolTree JSON')
    .option('--report <file>', 'where to write the full report (drops, merges, cuts); defaults to <out> with .report.json')
    .option('--no-merge', 'import and normalise only: no clustering, every tool kept')
    .option('--threshold <δ>', 'cosine similarity that links two tools into one cluster', similarityOption('--threshold'), 0.82)
    .option('--rounds <n>', 'clustering rounds (later rounds link clusters by their centroids)', integerOption('--rounds', 1), 2)
    .option(
      '--merge-threshold <s>',
      'cosine above which tools of one cluster with the same parameters are merged',
      similarityOption('--merge-threshold'),
      0.9,
    )
    .option('--workers <n>', 'worker threads for importing (defaults to the number of CPUs)', integerOption('--workers', 1))
    .option(
      '--model <name>',
      'a chat model for the redundancy step (discriminator + abstraction, as in the paper) and the taxonomy; without it both run offline (near-identical merges; source category, keywords, nearest centroid)',
    )
    .option('--embedding-model <name>', "cluster on this embedding model's vectors (LSH-blocked cosine) instead of TF-IDF")
    .option('--base-url <url>', 'OpenAI-compatible endpoint for the models (defaults to $OPENAI_BASE_URL; key from $OPENAI_API_KEY)')
    .option('--cache-dir <dir>', "record/replay the model's answers here, so a rebuild costs nothing")
    .option('--no-progress', 'no progress output on stderr')
    .action((_paths: string[], flags: BuildFlags, command: Command) => runBuild(flags, command, environment));
}

/** A model on the OpenAI-compatible endpoint for a flag that names one; none when the flag is not given. */
function buildModel(
  flags: BuildFlags,
  environment: HarnessEnvironment,
  flag: string,
  name: string | undefined,
): OpenAIChatModel | undefined {
  if (!name) return undefined;
  const baseURL = flags.baseUrl ?? environment.endpoint.baseURL;
  if (!baseURL) throw new InfToolError('config', `${flag} needs an endpoint: pass --base-url or set OPENAI_BASE_URL`);
  return new OpenAIChatModel({
    model: name,
    baseURL,
    apiKey: environment.endpoint.apiKey,
    ...(flags.cacheDir ? { cache: new ReplayCache({ dir: flags.cacheDir, mode: 'read-write' }) } : {}),
  });
}

async function runBuild(flags: BuildFlags, command: Command, environment: HarnessEnvironment): Promise<void> {
  const takesValue = new Set(
    command.options.filter((option) => option.required || option.optional).flatMap((option) => (option.long ? [option.long] : [])),
  );
  const inputs = pairInputs(process.argv.slice(process.argv.indexOf('build') + 1), takesValue);
  const progress = flags.progress ? createStageProgress() : undefined;
  const started = performance.now();
  const model = buildModel(flags, environment, '--model', flags.model);
  const embedder = buildModel(flags, environment, '--embedding-model', flags.embeddingModel);
  const { tree, report } = await buildTree({
    ...(model ? { model } : {}),
    ...(embedder ? { embedder } : {}),
    inputs,
    merge: flags.merge,
    cluster: { threshold: flags.threshold, rounds: flags.rounds },
    mergeThreshold: flags.mergeThreshold,
    workers: flags.workers,
    onProgress: progress ? (event) => progress.update(event.stage, event.done, event.total) : undefined,
  });
  progress?.stop();
  const reportFile = flags.report ?? flags.out.replace(/(\.json)?$/, '.report.json');
  await writeTreeFile(tree, flags.out);
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(buildSummary(report, flags, reportFile, (performance.now() - started) / 1000));
}

/** The lines `tree build` prints when done: counts per stage, the model's calls, where the files went. */
function buildSummary(report: BuildReport, flags: BuildFlags, reportFile: string, seconds: number): string {
  const stages = report.stages;
  return (
    `${stages.tools} tools in ${stages.servers} servers (${Object.keys(report.domains).length} domains) from ${report.files.read} files in ${seconds.toFixed(1)} s\n` +
    `  imported ${stages.imported}, dropped ${stages.dropped}${stages.clustered ? `, ${stages.clustered.clusters} clusters (${stages.clustered.multiToolClusters} with 2+ tools)` : ''}, merged ${stages.merged}; ${report.files.failed.length} files could not be read\n` +
    (report.model
      ? `  model ${flags.model}: ${report.model.calls} calls, ${report.model.failures.length + (report.model.taxonomyFailures?.length ?? 0)} answers unusable after repair (see the report)\n`
      : '') +
    `  tree: ${flags.out}\n  report: ${reportFile}\n`
  );
}

function statsCommand(): Command {
  return new Command('stats')
    .summary('counts of a ToolTree: domains, categories, servers, tools, sources')
    .argument('<file>', 'a ToolTree JSON file (or a tools/list dump)')
    .option('--json', 'print the counts as JSON')
    .action(async (file: string, flags: { json?: boolean }) => {
      const stats = treeStats((await readToolTree(file)).tree);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        return;
      }
      const lines = [
        `${file}: ${stats.tools} tools, ${stats.servers} servers, ${stats.categories} categories, ${stats.domains} domains; ${stats.withOutputSchema} with an outputSchema`,
        `sources: ${Object.entries(stats.bySource)
          .map(([format, count]) => `${format} ${count}`)
          .join(', ')}`,
        '',
        ...stats.perDomain.map(
          (row) =>
            `  ${row.domain.padEnd(26)} ${String(row.tools).padStart(7)} tools ${String(row.servers).padStart(6)} servers ${String(row.categories).padStart(3)} categories`,
        ),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

export function treeCommand(environment: HarnessEnvironment): Command {
  return new Command('tree')
    .summary('build and inspect tool trees (raw API specs → MCP tools)')
    .addCommand(buildCommand(environment))
    .addCommand(statsCommand());
}
