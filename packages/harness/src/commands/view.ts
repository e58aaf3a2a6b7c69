import { Command } from 'commander';
import { InfToolError } from '@inftool/core';
import { isLoopback } from '@inftool/sim-server';
import { serveView } from '../view/view-server.js';
import { writeStaticReport } from '../view/static-report.js';
import { closeOnSignal } from './close-on-signal.js';
import { collect, integerOption } from './options.js';

interface ViewFlags {
  host: string;
  port: number;
  allowedHost?: string[];
  allowedOrigin?: string[];
  insecure?: boolean;
  index: boolean;
  auditLimit: number;
  static?: string;
  sample: number;
}

/** `inftool view RUN_DIR…`: a local web app to look at runs (dashboard, filtered list, conversations). */
export function viewCommand(): Command {
  return new Command('view')
    .summary('look at runs in the browser: dashboard with plots and the audit table, a filtered list, each conversation with its wire')
    .description(
      'Serve a local web app over one or more run directories and print its URL.\n' +
        'Each run file is indexed by byte offset once (kept in RUN_DIR/.inftool-view/, extended when the file grows);\n' +
        'pages and records are read on demand, so a run of 100,000 records is never held in memory.',
    )
    .argument('<run-dirs...>', 'run directories (trajectories.jsonl, rejected.jsonl, tools/)')
    .option('--host <host>', 'bind address; anything but loopback needs --insecure (the viewer has no login)', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', integerOption('--port'), 4300)
    .option('--allowed-host <name>', 'accept this Host/Origin host name too (repeatable; "*" disables the check)', collect)
    .option('--allowed-origin <origin>', 'accept this exact Origin (repeatable)', collect)
    .option('--insecure', 'allow a non-loopback --host: anyone who can reach the port can read the runs')
    .option('--no-index', 'keep the indexes in memory only (do not write RUN_DIR/.inftool-view/)')
    .option(
      '--audit-limit <n>',
      'audit at most this many records (an even sample of a larger run)',
      integerOption('--audit-limit', 1),
      3000,
    )
    .option('--static <file>', 'write one self-contained HTML report (dashboard, audit and a sample of conversations) instead of serving')
    .option(
      '--sample <n>',
      'conversations a --static report holds per run (up to half of them rejected ones)',
      integerOption('--sample', 1),
      100,
    )
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  pnpm demo && pnpm inftool view runs/demo/run        # then open http://127.0.0.1:4300/\n' +
        '  pnpm inftool view runs/demo/run --static report.html  # one file to attach to an issue or a dataset card',
    )
    .action((runDirs: string[], flags: ViewFlags) =>
      flags.static !== undefined ? writeReport(runDirs, flags.static, flags) : view(runDirs, flags),
    );
}

/** `--static FILE`: one self-contained HTML report instead of a server. */
async function writeReport(runDirs: string[], out: string, flags: ViewFlags): Promise<void> {
  const written = await writeStaticReport({
    runDirs,
    out,
    sample: flags.sample,
    store: flags.index,
    auditLimit: flags.auditLimit,
    onWarning: (message) => process.stderr.write(`inftool view: ${message}\n`),
  });
  process.stdout.write(
    `inftool view: wrote ${out} (${Math.round(written.bytes / 1024)} KB): dashboards, audits and ${written.held} of ${written.held === written.of ? 'all' : written.of} conversations\n`,
  );
}

/** Serves the viewer until SIGINT or SIGTERM. */
async function view(runDirs: string[], flags: ViewFlags): Promise<void> {
  if (!isLoopback(flags.host) && !flags.insecure)
    throw new InfToolError(
      'config',
      `--host ${flags.host} is reachable from other machines and the viewer has no login: keep the default 127.0.0.1, or pass --insecure`,
    );
  const running = await serveView({
    runDirs,
    host: flags.host,
    port: flags.port,
    allowedHosts: flags.allowedHost,
    allowedOrigins: flags.allowedOrigin,
    store: flags.index,
    auditLimit: flags.auditLimit,
    onWarning: (message) => process.stderr.write(`inftool view: ${message}\n`),
  });
  const records = (await Promise.all(running.runs.map((run) => run.entries()))).reduce((total, entries) => total + entries.length, 0);
  process.stdout.write(`inftool view: ${running.runs.length} run(s), ${records} records at ${running.url}\n`);
  closeOnSignal(running);
}
