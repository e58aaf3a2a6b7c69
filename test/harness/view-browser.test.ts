import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cliPath } from '../support/sim-client.js';
import { chromiumPath, makeLargeViewRun, makeViewRun, startView, type RunningView, type ViewRun } from '../support/view-run.js';

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
    await page.locator('table.records tbody tr[data-record]').first().waitFor();
    const kinds = await page.locator('table.records tbody tr[data-record] td:nth-child(2)').allTextContents();
    expect(kinds).toHaveLength(parallel); // a short list is drawn whole
    expect(new Set(kinds)).toEqual(new Set(['parallel']));
    // Reloading the URL gives the same list; a failed check narrows it further.
    await page.reload();
    expect(Number(await page.locator('#match-count').getAttribute('data-total'))).toBe(parallel);
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('parallel');
    await Promise.all([page.waitForURL(/check=final_answer/), page.locator('select[name="check"]').selectOption('final_answer')]);
    await page.locator('table.records tbody tr[data-record]').first().waitFor();
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
    // The rejected rollout is the accepted one with its first call's arguments replaced by `[]`: that call,
    // and only it, is marked in both columns and in the table of calls side by side.
    expect(await page.locator('#call-diff-count').getAttribute('data-differing')).toBe('1');
    for (const column of [0, 1]) {
      const calls = page.locator('.compare-column').nth(column).locator('.call');
      expect(await calls.first().getAttribute('data-diff')).toBe('arguments');
      expect(await calls.first().locator('.diff-note').textContent()).toContain('(arguments)');
      expect(await page.locator('.compare-column').nth(column).locator('.call[data-diff]').count()).toBe(1);
    }
    expect(await page.locator('.call-table tbody tr').first().locator('td[data-diff="arguments"]').count()).toBe(2);
    expect(await page.locator('.call-table tbody tr.differs').count()).toBe(1);
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

describe.skipIf(chromiumPath === undefined)(`the list of a 100,000-record run in chromium${why ? ` (skipped: ${why})` : ''}`, () => {
  const COUNT = 100_000;
  let large: Awaited<ReturnType<typeof makeLargeViewRun>>;
  let view: RunningView;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  /** The rows drawn (spacers and rows still loading aside), as [index, id]. */
  const drawn = () =>
    page
      .locator('table.records tbody tr[data-record]')
      .evaluateAll((rows) => rows.map((row) => [Number(row.getAttribute('data-index')), row.getAttribute('data-record')] as const));
  const scrollTo = (fraction: number) =>
    page.locator('#records-scroll').evaluate((element, at) => {
      element.scrollTop = at * (element.scrollHeight - element.clientHeight);
    }, fraction);

  beforeAll(async () => {
    large = await makeLargeViewRun(COUNT);
    view = await startView(large.dir);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    view?.stop();
  });

  it('is one scrolling list: the end shows the last record, and the page holds a bounded number of rows', async () => {
    await page.goto(`${view.url}/runs/0/records`);
    await page.locator('table.records tbody tr[data-record]').first().waitFor();
    expect(Number(await page.locator('#match-count').getAttribute('data-total'))).toBe(COUNT);
    const top = await drawn();
    expect(top[0]).toEqual([0, large.idOf(0)]);
    expect(await page.locator('table.records tbody tr').count()).toBeLessThan(200);

    await scrollTo(1);
    await page.locator(`tr[data-record="${large.lastId}"]`).waitFor();
    expect(await page.locator(`tr[data-record="${large.lastId}"]`).getAttribute('data-index')).toBe(String(COUNT - 1));
    expect(await page.locator(`tr[data-record="${large.lastId}"]`).isVisible()).toBe(true);
    expect(await page.locator('table.records tbody tr').count()).toBeLessThan(200);

    // The middle: rows fetched on demand, each row the record at its index.
    await scrollTo(0.5);
    const settled = async () => {
      const rows = await page
        .locator('table.records tbody tr[data-index]')
        .evaluateAll((elements) =>
          elements.map((row) => [Number(row.getAttribute('data-index')), row.hasAttribute('data-record')] as const),
        );
      return rows.length > 0 && rows.every(([index, loaded]) => loaded && Math.abs(index - 50_000) < 500);
    };
    await expect.poll(settled, { timeout: 30_000 }).toBe(true);
    const middle = await drawn();
    expect(middle.length).toBeGreaterThan(10);
    expect(middle.length).toBeLessThan(200);
    for (const [index, id] of middle) expect(id).toBe(large.idOf(index));
    expect(errors).toEqual([]);
  });

  it('the URL keeps the place in the list and the filter', async () => {
    await page.goto(`${view.url}/runs/0/records?kind=irrelevance`);
    await page.locator('table.records tbody tr[data-record]').first().waitFor();
    const total = Number(await page.locator('#match-count').getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(COUNT);
    await scrollTo(1);
    await page.waitForURL(/[?&]at=\d+/);
    const at = Number(new URL(page.url()).searchParams.get('at'));
    expect(at).toBeGreaterThan(total - 60);
    await page.reload();
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('irrelevance');
    await page.locator(`table.records tbody tr[data-index="${total - 1}"][data-record]`).waitFor();
    const kinds = await page.locator('table.records tbody tr[data-record] td:nth-child(2)').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['irrelevance']));
    expect(errors).toEqual([]);
  });
});
