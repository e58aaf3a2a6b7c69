// Benchmark of `inftool view` on a large run (see docs/benchmarks.md). Run: pnpm bench:view (node --expose-gc bench/view.mjs)
//   BENCH_VIEW_COUNT (records in the synthetic run, default 100000)
// The run is made by repeating the records of a small real offline run (every kind) under new ids, a tenth
// of them as rejected; then: one plain read of the file, the index build, reopening the stored index,
// filters, one record by offset, growth, and (with chromium) the dashboard's first paint over HTTP.
import {
  createReadStream,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  appendFileSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIO_KINDS } from '../packages/core/dist/index.js';
import { selectRoles, synthesize } from '../packages/harness/dist/index.js';
import { filterRecords } from '../packages/harness/dist/view/filter-records.js';
import { RunView } from '../packages/harness/dist/view/run-view.js';
import { serveView } from '../packages/harness/dist/view/view-server.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const COUNT = Number(process.env.BENCH_VIEW_COUNT ?? 100_000);
const tmp = mkdtempSync(join(tmpdir(), 'inftool-bench-view-'));
const ms = (start) => performance.now() - start;
const fmt = (value) => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// 1. A small real run: four tasks of each kind, offline roles, on the demo tree.
const seedDir = join(tmp, 'seed');
await synthesize({
  tree: join(root, 'examples/demo-tree.json'),
  kinds: SCENARIO_KINDS,
  count: SCENARIO_KINDS.length * 4,
  out: seedDir,
  seed: 'bench-view',
  concurrency: 8,
  resume: false,
  roles: selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} }),
});
const seeds = ['trajectories.jsonl', 'rejected.jsonl']
  .filter((name) => existsSync(join(seedDir, name)))
  .flatMap((name) => readFileSync(join(seedDir, name), 'utf8').split('\n').filter(Boolean));

// 2. The large run: the seed records repeated under new ids, every tenth one rejected.
const runDir = join(tmp, 'run');
cpSync(join(seedDir, 'tools'), join(runDir, 'tools'), { recursive: true });
writeFileSync(join(runDir, 'manifest.json'), readFileSync(join(seedDir, 'manifest.json')));
const write = (name, from, to) => {
  const file = join(runDir, name);
  writeFileSync(file, '');
  let batch = [];
  for (let index = from; index < to; index += 1) {
    if ((index % 10 === 9) !== (name === 'rejected.jsonl')) continue;
    let line = seeds[index % seeds.length].replace(/"id":"[^"]+"/, `"id":"bench-${String(index).padStart(6, '0')}"`);
    if (name === 'rejected.jsonl') line = line.replace('"outcome":"accepted"', '"outcome":"rejected"');
    batch.push(line);
    if (batch.length === 5000) {
      appendFileSync(file, `${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) appendFileSync(file, `${batch.join('\n')}\n`);
};
write('trajectories.jsonl', 0, COUNT);
write('rejected.jsonl', 0, COUNT);
const file = join(runDir, 'trajectories.jsonl');
const bytes = statSync(file).size + statSync(join(runDir, 'rejected.jsonl')).size;

// 3. One plain read of both files (the floor: every byte once), twice, the second from the page cache.
const plainRead = async () => {
  const start = performance.now();
  let lines = 0;
  for (const name of ['trajectories.jsonl', 'rejected.jsonl'])
    for await (const chunk of createReadStream(join(runDir, name)))
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  return { ms: ms(start), lines };
};
await plainRead();
const read = await plainRead();

// 4. The index: built once, then reopened from what it stored.
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let start = performance.now();
const run = new RunView(runDir, 0);
const entries = await run.entries();
const buildMs = ms(start);
globalThis.gc?.();
const heap = process.memoryUsage().heapUsed - heapBefore;
start = performance.now();
const reopened = new RunView(runDir, 0);
await reopened.entries();
const reopenMs = ms(start);
const indexBytes = readdirSync(join(runDir, '.inftool-view')).reduce(
  (total, name) => total + statSync(join(runDir, '.inftool-view', name)).size,
  0,
);

// 5. Filters over every record (the first page of each), the dashboard's stats, one record by offset.
const timed = async (label, action) => {
  await action();
  const runs = [];
  for (let index = 0; index < 5; index += 1) {
    const begin = performance.now();
    await action();
    runs.push(ms(begin));
  }
  runs.sort((a, b) => a - b);
  return [label, runs[2]];
};
const middle = entries[Math.floor(entries.length / 2)].summary.line;
const sample = entries.find((entry) => entry.summary.tools.length > 0).summary;
// A word of some requests, not all: the free-text filter has work to do and results to show.
const word = sample.preview.toLowerCase().match(/[a-z]{6,}/g)?.[0] ?? 'please';
// A new filter is a pass over every summary (filterRecords); the server keeps the selection, so the list's
// next pages are cut from it (run.list).
const fresh = (query) => () => filterRecords(entries, { ...query, page: 1, size: 200 });
const rows = [
  await timed('kind=parallel', fresh({ kind: 'parallel' })),
  await timed('outcome=rejected&kind=multi_turn', fresh({ outcome: 'rejected', kind: 'multi_turn' })),
  await timed(`tool=${sample.tools[0]}`, fresh({ tool: sample.tools[0] })),
  await timed(`q=${word} (free text)`, fresh({ q: word })),
  await timed('q=bench-099999 (one id)', fresh({ q: 'bench-099999' })),
  await timed('sort=-bytes (all records)', fresh({ sort: '-bytes' })),
  await timed('no filter (the whole list)', fresh({})),
  await timed(`a later page of a kept selection (q=${word}, page 2)`, () => run.list({ q: word, page: 2, size: 200 })),
  await timed('dashboard stats (fresh)', async () => {
    reopened.stats = undefined;
    await reopened.info();
  }),
  await timed(`one record by offset (line ${middle.toLocaleString('en-US')}, full, with its tool lists)`, () =>
    run.record('trajectories', middle),
  ),
];

// 6. Growth: 1000 more records appended to a run being viewed.
const more = seeds.slice(0, 1000).map((line, index) => line.replace(/"id":"[^"]+"/, `"id":"more-${index}"`));
appendFileSync(file, `${Array.from({ length: 1000 }, (_, index) => more[index % more.length]).join('\n')}\n`);
start = performance.now();
await run.entries();
const growMs = ms(start);

// 7. First paint over HTTP in chromium (when installed): the dashboard with its plots drawn, and a filtered list.
let paint = 'chromium not installed: skipped';
const requestsOf = [];
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (chromiumPath) {
  const { chromium } = createRequire(join(root, 'test/package.json'))('playwright-core');
  const view = await serveView({ runDirs: [runDir] });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  // Load to drawn, the second visit (the first warms the page's cache), with what its API requests took
  // (request start after navigation, and time to the first byte: the server's part).
  const paintOf = async (path, selector) => {
    await page.goto(`${view.url}${path}`);
    await page.locator(selector).first().waitFor({ timeout: 120_000 });
    const begin = performance.now();
    await page.goto(`${view.url}${path}`);
    await page.locator(selector).first().waitFor({ timeout: 120_000 });
    const took = ms(begin);
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
        .map(
          (entry) =>
            `${new URL(entry.name).pathname.replace(/^\/api\/runs/, '') || '/'} at ${Math.round(entry.startTime)}, first byte ${Math.round(entry.responseStart - entry.startTime)} ms`,
        ),
    );
    requestsOf.push(`${path || '/'}: ${requests.join('; ')}`);
    return took;
  };
  const dashboard = await paintOf('', 'canvas[data-rendered="true"]');
  const list = await paintOf(`runs/0/records?q=${word}`, 'table.records tbody tr[data-record]');
  // The whole list as one scrolling window: the first rows, then a jump to the end until its last record is drawn.
  const all = await paintOf('runs/0/records', 'table.records tbody tr[data-record]');
  const total = Number(await page.locator('#match-count').getAttribute('data-total'));
  let begin = performance.now();
  await page.locator('#records-scroll').evaluate((element) => (element.scrollTop = element.scrollHeight));
  await page.locator(`table.records tbody tr[data-index="${total - 1}"][data-record]`).waitFor({ timeout: 120_000 });
  const toEnd = ms(begin);
  const rowsAtEnd = await page.locator('table.records tbody tr').count();
  begin = performance.now();
  await page.locator('#records-scroll').evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
  // A row in view there is drawn with its record (its page fetched).
  await page.locator(`table.records tbody tr[data-index="${Math.floor(total / 2) + 5}"][data-record]`).waitFor({ timeout: 120_000 });
  const toMiddle = ms(begin);
  paint =
    `dashboard with plots ${fmt(dashboard)} ms; filtered list ${fmt(list)} ms; the whole list (${total.toLocaleString('en-US')} rows) ${fmt(all)} ms; ` +
    `scrolled to its end, last record drawn ${fmt(toEnd)} ms (${rowsAtEnd} rows in the page); to its middle ${fmt(toMiddle)} ms`;
  await browser.close();
  await view.close();
}

console.log(`# inftool view on a large run — node ${process.version}, ${new Date().toISOString()}\n`);
console.log(
  `${entries.length.toLocaleString('en-US')} records (${seeds.length} real offline records repeated), ${mb(bytes)} of JSONL, index ${mb(indexBytes)}\n`,
);
console.log('| step | ms | ratio to one plain read |');
console.log('|---|---|---|');
console.log(`| one plain read of the files (${read.lines.toLocaleString('en-US')} lines) | ${fmt(read.ms)} | 1 |`);
console.log(`| index build (parse every line once, store the index) | ${fmt(buildMs)} | ${(buildMs / read.ms).toFixed(1)} |`);
console.log(`| reopen: read the stored index | ${fmt(reopenMs)} | ${(reopenMs / read.ms).toFixed(2)} |`);
for (const [label, value] of rows) console.log(`| ${label} | ${fmt(value)} | ${(value / read.ms).toFixed(3)} |`);
console.log(`| 1000 records appended: index extended | ${fmt(growMs)} | ${(growMs / read.ms).toFixed(3)} |`);
console.log(
  `\nheap held by the index: ${globalThis.gc ? mb(heap) : 'run with node --expose-gc to measure'} (the files: ${mb(bytes)}, never read whole)`,
);
console.log(`first paint (chromium, over HTTP, page loaded to drawn): ${paint}`);
if (requestsOf.length > 0)
  console.log(`\nAPI requests of each page (ms after navigation start):\n${requestsOf.map((line) => `- ${line}`).join('\n')}`);
