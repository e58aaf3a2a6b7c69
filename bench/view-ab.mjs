// First paint of the viewer, two builds compared in the same moment (see docs/benchmarks.md, Viewer): each
// round serves the same run with one build then the other (the order alternates), and times in chromium the
// bench's sequence, each page's second visit: the dashboard, a list filtered by a word, the whole list.
//   node bench/view-ab.mjs RUN_DIR BEFORE_HARNESS_DIST AFTER_HARNESS_DIST [ROUNDS=3] [WORD=trying]
// e.g. a run left by `pnpm bench:view` in /tmp, main's packages/harness/dist and this checkout's.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [dir, before, after, rounds = '3', word = 'trying'] = process.argv.slice(2);
if (!dir || !before || !after)
  throw new Error('usage: node bench/view-ab.mjs RUN_DIR BEFORE_HARNESS_DIST AFTER_HARNESS_DIST [ROUNDS] [WORD]');
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!chromiumPath) throw new Error('chromium is not installed');
const { chromium } = createRequire(fileURLToPath(new URL('../test/package.json', import.meta.url)))('playwright-core');
const builds = { before, after };
const pages = {
  dashboard: ['', 'canvas[data-rendered="true"]'],
  filtered: [`runs/0/records?q=${word}`, 'table.records tbody tr[data-record]'],
  whole: ['runs/0/records', 'table.records tbody tr[data-record]'],
};
const results = { before: [], after: [] };
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
for (let round = 0; round < Number(rounds); round += 1)
  for (const name of round % 2 === 1 ? ['after', 'before'] : ['before', 'after']) {
    const { serveView } = await import(pathToFileURL(join(resolve(builds[name]), 'view/view-server.js')).href);
    const view = await serveView({ runDirs: [dir] });
    const page = await browser.newPage();
    const times = {};
    for (const [key, [path, selector]] of Object.entries(pages)) {
      for (let visit = 0; visit < 2; visit += 1) {
        const begin = performance.now();
        await page.goto(`${view.url}${path}`, { timeout: 180_000 });
        await page.locator(selector).first().waitFor({ timeout: 180_000 });
        times[key] = Math.round(performance.now() - begin);
      }
    }
    results[name].push(times);
    console.log(`${name} round ${round + 1}: ${JSON.stringify(times)}`);
    await page.close();
    await view.close();
  }
await browser.close();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const name of ['before', 'after'])
  console.log(
    `${name} median (ms): ${Object.keys(pages)
      .map((key) => `${key} ${median(results[name].map((times) => times[key]))}`)
      .join(', ')}`,
  );
process.exit(0);
