// Screenshots of `inftool view` for the docs: node test/support/view-screenshots.mjs URL OUT_DIR [CONVERSATION_PATH]
// (URL of a running `inftool view`, e.g. on the demo run; Debian's chromium driven by playwright-core.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, out, conversation] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node test/support/view-screenshots.mjs URL OUT_DIR [CONVERSATION_PATH]');
  process.exit(2);
}
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
const base = url.replace(/\/$/, '');

await page.goto(`${base}/`);
await page.locator('#audit[data-loaded="true"]').waitFor({ timeout: 120_000 });
await page.screenshot({ path: join(out, 'view-dashboard.png'), fullPage: true });

await page.goto(`${base}/runs/0/records?kind=multi_turn`);
await page.locator('table.records tbody tr[data-record]').first().waitFor();
await page.screenshot({ path: join(out, 'view-list.png') });

await page.goto(`${base}${conversation ?? '/runs/0/records/trajectories/2'}`);
await page.locator('section.conversation').waitFor();
await page.locator('details#wire > summary').click();
await page.locator('details#wire .wire-message').nth(4).locator('summary').click();
await page.screenshot({ path: join(out, 'view-conversation.png'), fullPage: true });
await browser.close();
