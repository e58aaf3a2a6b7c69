import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Filterable, StaticReport } from './api.js';
import type { IndexEntry } from './run-index.js';
import { RunView, type RunViewOptions } from './run-view.js';
import { WEB_ASSETS } from './view-server.js';

export interface StaticReportOptions extends RunViewOptions {
  runDirs: readonly string[];
  /** The HTML file to write. */
  out: string;
  /** Conversations held per run (half from rejected records where there are that many). Defaults to 100. */
  sample?: number;
  /** Where the bundled page is. Defaults to `WEB_ASSETS`. */
  assets?: string;
}

/** An even spread of `count` entries over `entries` (all of them when there are fewer). */
function spread<T>(entries: readonly T[], count: number): T[] {
  if (entries.length <= count) return [...entries];
  const step = entries.length / count;
  return Array.from({ length: count }, (_, index) => entries[Math.floor(index * step)]!);
}

/** Rejected records first (up to half the sample: a report shows why), the rest accepted, each spread over the run. */
function pick(entries: readonly IndexEntry[], count: number): IndexEntry[] {
  const rejected = entries.filter((entry) => entry.summary.outcome !== 'accepted');
  const fromRejected = spread(rejected, Math.min(rejected.length, Math.ceil(count / 2)));
  const accepted = spread(
    entries.filter((entry) => entry.summary.outcome === 'accepted'),
    count - fromRejected.length,
  );
  return [...accepted, ...fromRejected];
}

/** JSON inside a `<script>`: `<` escaped so no text in a record can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * `inftool view --static OUT.html RUN_DIR…`: one self-contained HTML file (the page, Chart.js, the
 * styles and the data inline; no server, no network): the dashboard and audit of each run, and a
 * sample of its conversations, listed and filterable.
 */
export async function writeStaticReport(options: StaticReportOptions): Promise<{ held: number; of: number; bytes: number }> {
  const assets = options.assets ?? WEB_ASSETS;
  const [script, style] = await Promise.all([
    readFile(join(assets, 'report.js'), 'utf8'),
    readFile(join(assets, 'style.css'), 'utf8'),
  ]).catch((error: Error) => {
    throw new Error(`the viewer's page is not built (${error.message}): run \`pnpm build\``);
  });
  const runs = options.runDirs.map((dir, index) => new RunView(dir, index, options));
  const report: StaticReport = { answers: {}, records: {}, sample: { held: 0, of: 0 } };
  const infos = [];
  for (const run of runs) {
    const info = await run.info();
    infos.push(info);
    report.answers[`/api/runs/${run.index}/audit`] = await run.auditTables();
    const entries = await run.entries();
    const held: Filterable[] = [];
    for (const entry of pick(entries, options.sample ?? 100)) {
      const record = await run.record(entry.summary.file, entry.summary.line, { wireLists: false });
      report.answers[`/api/runs/${run.index}/records/${entry.summary.file}/${entry.summary.line}`] = record;
      held.push({ summary: entry.summary, text: entry.text });
    }
    // The list shows the held records in file order, as the server would.
    report.records[String(run.index)] = held.sort((a, b) =>
      a.summary.file === b.summary.file ? a.summary.line - b.summary.line : a.summary.file === 'trajectories' ? -1 : 1,
    );
    report.sample.held += held.length;
    report.sample.of += entries.length;
  }
  report.answers['/api/runs'] = infos;
  const title = infos.map((info) => info.name).join(', ');
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title.replace(/[<&]/g, (character) => (character === '<' ? '&lt;' : '&amp;'))} · inftool view</title>`,
    `<style>${style.replace(/<\/style/gi, '<\\/style')}</style></head>`,
    '<body>',
    `<header id="top"><a href="#/" class="brand">inftool view</a><nav id="nav"></nav><span class="muted small">static report: ${report.sample.held} of ${report.sample.of} conversations</span></header>`,
    '<main id="app"><p class="muted">Loading…</p></main>',
    `<script id="inftool-data" type="application/json">${scriptJson(report)}</script>`,
    `<script type="module">${script.replace(/\/\/# sourceMappingURL=\S+\s*$/, '').replace(/<\/script/gi, '<\\/script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  await writeFile(options.out, html);
  return { held: report.sample.held, of: report.sample.of, bytes: Buffer.byteLength(html) };
}
