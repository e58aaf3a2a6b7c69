import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cliPath } from '../support/sim-client.js';
import { chromiumPath, makeViewRun, startView, type RunningView, type ViewRun } from '../support/view-run.js';

/**
 * `inftool view` in a real browser: Debian's chromium driven by playwright-core (never a browser
 * download). CI installs chromium (.ci/run); without it these tests are skipped, saying why.
 */
const why = chromiumPath === undefined ? 'no chromium: apt-get install -y chromium (or set CHROMIUM_PATH)' : '';

describe.skipIf(chromiumPath === undefined)(`inftool view in chromium${why ? ` (skipped: ${why})` : ''}`, () => {
  let run: ViewRun;
  let view: RunningView;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    run = await makeViewRun();
    view = await startView(run.dir);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  });
  afterAll(async () => {
    await browser?.close();
    view?.stop();
  });

  it('the dashboard draws its plots and the audit table', async () => {
    await page.goto(`${view.url}/`);
    await page.locator('canvas[data-rendered="true"]').nth(4).waitFor();
    const plots = await page.locator('canvas[data-rendered="true"]').count();
    expect(plots).toBeGreaterThanOrEqual(5); // kinds × outcome, failed checks, turns, calls, time, size
    // The kind × outcome plot has a bar per kind and outcome.
    const points = Number(await page.locator('canvas[aria-label^="Records by kind"]').getAttribute('data-points'));
    expect(points).toBeGreaterThanOrEqual(7);
    await page.locator('#audit[data-loaded="true"]').waitFor();
    expect(await page.locator('#audit table').first().locator('tbody tr').last().locator('td').first().textContent()).toBe('overall');
    expect(await page.locator('.card-value').first().textContent()).toMatch(/^\d+$/);
    expect(errors).toEqual([]);
  });

  it('a filter narrows the list, and the URL keeps it', async () => {
    await page.goto(`${view.url}/runs/0/records`);
    const total = Number(await page.locator('#match-count').getAttribute('data-total'));
    await Promise.all([page.waitForURL(/kind=parallel/), page.locator('select[name="kind"]').selectOption('parallel')]);
    const parallel = Number(await page.locator('#match-count').getAttribute('data-total'));
    expect(parallel).toBeGreaterThan(0);
    expect(parallel).toBeLessThan(total);
    await page.locator('table.records tbody tr').first().waitFor();
    const kinds = await page.locator('table.records tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['parallel']));
    // Reloading the URL gives the same list; a failed check narrows it further.
    await page.reload();
    expect(Number(await page.locator('#match-count').getAttribute('data-total'))).toBe(parallel);
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('parallel');
    await Promise.all([page.waitForURL(/check=final_answer/), page.locator('select[name="check"]').selectOption('final_answer')]);
    await page.locator('#match-count').waitFor();
    expect(await page.locator('table.records tbody tr').count()).toBe(1);
    expect(await page.locator('table.records tbody tr a').textContent()).toBe(run.rejected.id);
    expect(errors).toEqual([]);
  });

  it('a conversation shows its calls with arguments and results, its checks and its wire', async () => {
    await page.goto(`${view.url}/runs/0/records?kind=parallel&outcome=accepted`);
    await Promise.all([page.waitForURL(/\/records\/trajectories\/\d+$/), page.locator('table.records tbody tr a').first().click()]);
    await page.locator('section.conversation').waitFor();
    const calls = page.locator('.call');
    expect(await calls.count()).toBeGreaterThanOrEqual(2);
    expect(await calls.first().getAttribute('data-call')).toMatch(/\w+/);
    expect(await calls.first().locator('.call-args pre').textContent()).toMatch(/^\{/);
    expect(await calls.first().locator('.call-result pre').textContent()).not.toBe('');
    expect(await page.locator('.turn.final .bubble').textContent()).not.toBe('');
    expect(await page.locator('.checks li.ok').count()).toBeGreaterThan(0);
    const wire = page.locator('details#wire');
    await wire.locator('summary').first().click();
    expect(await wire.locator('.wire-message').count()).toBeGreaterThan(2);
    expect(await wire.locator('.wire-message code').allTextContents()).toContain('initialize #0');

    // The rejected record: its failed check and the call whose arguments break the tool's schema.
    await page.goto(`${view.url}/runs/0/records/rejected/${run.rejected.line}`);
    await page.locator('section.conversation').waitFor();
    expect(await page.locator('.checks li.failed code').allTextContents()).toContain(run.rejected.check);
    expect(await page.locator('.call.invalid .issues li').first().textContent()).toMatch(/object/);
    expect(errors).toEqual([]);
  });

  it('compare shows the records of one task side by side', async () => {
    await page.goto(`${view.url}/runs/0/records/rejected/${run.rejected.line}`);
    await Promise.all([page.waitForURL(/\/compare\?task=/), page.locator('#compare-link').click()]);
    await page.locator('.compare-column').first().waitFor();
    expect(
      await page.locator('.compare-column').evaluateAll((columns) => columns.map((column) => column.getAttribute('data-record'))),
    ).toEqual([run.rejected.accepted, run.rejected.id]);
    expect(await page.locator('.compare-column').nth(1).locator('.reasons').textContent()).toContain(run.rejected.check);
    expect(await page.locator('.compare-column').nth(0).locator('.call').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('a static report (--static) works from a file: plots, a filter over the records it holds, a conversation', async () => {
    const out = join(run.dir, '..', 'report.html');
    const { stdout } = await promisify(execFile)(process.execPath, [cliPath, 'view', run.dir, '--static', out, '--sample', '6']);
    expect(stdout).toMatch(/wrote .*report\.html .*: dashboards, audits and 6 of \d+ conversations/);
    const report = pathToFileURL(out).href;
    await page.goto(report);
    await page.locator('canvas[data-rendered="true"]').first().waitFor();
    await page.locator('#audit[data-loaded="true"]').waitFor();
    // Half of the sample (up to) is rejected records: the rejected one is there, and a filter finds it.
    await page.goto(`${report}#/runs/0/records?check=final_answer`);
    await page.locator('table.records tbody tr a').first().waitFor();
    expect(await page.locator('table.records tbody tr a').allTextContents()).toContain(run.rejected.id);
    expect(await page.locator('#match-count').textContent()).toMatch(/of 6 records held in this report match/);
    await page.locator(`table.records tbody tr[data-record="${run.rejected.id}"] a`).click();
    await page.locator('section.conversation').waitFor();
    expect(await page.locator('.checks li.failed code').allTextContents()).toContain(run.rejected.check);
    expect(await page.locator('.call').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
