import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { SCENARIO_KINDS } from '@inftool/core';
import { buildTree, writeTreeFile } from '@inftool/mcp-tree';
import { createStageProgress } from '../progress.js';
import { selectRoles } from '../roles/select-roles.js';
import { synthesize } from '../run/synth.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { exportRun } from '../export/write-export.js';
import { integerOption } from './options.js';
import { auditRun, formatQualityReport } from '../audit/index.js';

const SAMPLE_CORPUS = fileURLToPath(new URL('../../../../examples/openapi', import.meta.url));

/**
 * The main job on the built-in offline default (no model, no API key): build a tree from the bundled
 * sample corpus of real OpenAPI specs, serve it over
 * Streamable HTTP, play a few hundred tasks of every scenario kind, export them in every format, and
 * print a summary.
 */
export function demoCommand(): Command {
  return new Command('demo')
    .summary('offline end to end: specs → tree → served over MCP → trajectories → exports (no model needed)')
    .option('--out <dir>', 'where the tree, the run and the exports go', 'runs/demo')
    .option('--count <n>', 'tasks to play', integerOption('--count', 6), 300)
    .option('--concurrency <n>', 'conversations at once', integerOption('--concurrency', 1), 16)
    .option('--seed <text>', 'seed of the task plan and the simulated results', 'demo')
    .option('--no-progress', 'no progress output on stderr')
    .action(async (flags: { out: string; count: number; concurrency: number; seed: string; progress: boolean }) => {
      const say = (line = ''): void => void process.stdout.write(`${line}\n`);
      const started = performance.now();
      await rm(flags.out, { recursive: true, force: true });
      await mkdir(flags.out, { recursive: true });

      const { tree, report } = await buildTree({ inputs: [{ format: 'openapi', paths: [SAMPLE_CORPUS] }], workers: 1 });
      const treeFile = join(flags.out, 'tree.json');
      await writeTreeFile(tree, treeFile);
      say(
        `1. tree: ${report.stages.tools} tools in ${report.stages.servers} servers from ${report.files.read} real OpenAPI specs (${report.stages.dropped} operations dropped with reasons, ${report.stages.merged} merged) → ${treeFile}`,
      );

      const progress = flags.progress ? createStageProgress() : undefined;
      const runDir = join(flags.out, 'run');
      const summary = await synthesize({
        tree: treeFile,
        kinds: SCENARIO_KINDS,
        count: flags.count,
        out: runDir,
        seed: flags.seed,
        concurrency: flags.concurrency,
        resume: false,
        roles: selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} }),
        ...(progress ? { onProgress: (done: number, total: number) => progress.update('synth', done, total) } : {}),
      });
      progress?.stop();
      say(
        `2. served over Streamable HTTP; ${summary.accepted + summary.rejected} conversations played (offline user, assistant and faker server) in ${(summary.ms / 1000).toFixed(1)} s → ${runDir}`,
      );
      say('');
      say('   kind            accepted  rejected');
      for (const kind of SCENARIO_KINDS) {
        const counts = summary.byKind[kind] ?? { accepted: 0, rejected: 0 };
        say(`   ${kind.padEnd(15)} ${String(counts.accepted).padStart(8)}  ${String(counts.rejected).padStart(8)}`);
      }
      const failed = Object.entries(summary.failedChecks);
      say(`   checks failed: ${failed.length === 0 ? 'none' : failed.map(([id, count]) => `${id} ×${count}`).join(', ')}`);
      say('');
      say(formatQualityReport(await auditRun(runDir)));
      say('');
      for (const format of EXPORT_FORMATS) {
        const { file, count } = await exportRun(runDir, format);
        say(`3. export ${format.padEnd(8)} ${count} trajectories → ${file}`);
      }
      say('');
      say(
        `done in ${((performance.now() - started) / 1000).toFixed(1)} s. Next: \`pnpm inftool synth --help\`, or point a model at it: --assistant-model NAME with OPENAI_BASE_URL.`,
      );
    });
}
