import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { ListResponse, RecordSummary, RunInfo } from '../src/view/api.js';
import { append, formatNumber, h, type Child } from './dom.js';
import { getJson, link, prefetchJson, staticReport } from './source.js';

const SORTS: Array<[string, string]> = [
  ['', 'file order'],
  ['-bytes', 'largest first'],
  ['-calls', 'most calls first'],
  ['-turns', 'most user turns first'],
  ['-ms', 'slowest first'],
  ['id', 'id'],
];

function select(name: string, label: string, options: string[], current: string | null): HTMLElement {
  return h(
    'label',
    {},
    label,
    h(
      'select',
      { name, 'data-filter': name },
      h('option', { value: '' }, 'any'),
      ...options.map((option) => h('option', { value: option, selected: option === current }, option)),
    ),
  );
}

/** The trajectory list: a filter form whose state is the URL's query, and one scrolling list of every match. */
export async function renderList(run: RunInfo, parameters: URLSearchParams): Promise<HTMLElement> {
  const { stats } = run;
  const base = `/runs/${run.index}/records`;
  const outcomes = [...new Set(Object.values(stats.byKind).flatMap((counts) => Object.keys(counts)))].sort();
  const form = h(
    'form',
    { class: 'filters', method: 'get', action: link(base) },
    select('kind', 'kind', Object.keys(stats.byKind), parameters.get('kind')),
    select('outcome', 'outcome', outcomes, parameters.get('outcome')),
    select('check', 'failed check', Object.keys(stats.failedChecks).sort(), parameters.get('check')),
    select('tool', 'tool', Object.keys(stats.tools).sort(), parameters.get('tool')),
    select('server', 'server', Object.keys(stats.servers).sort(), parameters.get('server')),
    select(
      'model',
      'model',
      [...new Set(Object.values(stats.models).flatMap((models) => Object.keys(models)))].sort(),
      parameters.get('model'),
    ),
    h(
      'label',
      {},
      'reward total',
      h(
        'span',
        { class: 'range' },
        h('input', { type: 'number', name: 'rewardMin', step: 'any', value: parameters.get('rewardMin') ?? '', placeholder: 'min' }),
        h('input', { type: 'number', name: 'rewardMax', step: 'any', value: parameters.get('rewardMax') ?? '', placeholder: 'max' }),
      ),
    ),
    h(
      'label',
      {},
      'text',
      h('input', { type: 'search', name: 'q', value: parameters.get('q') ?? '', placeholder: 'words in the id, requests, answer' }),
    ),
    h(
      'label',
      {},
      'sort',
      h(
        'select',
        { name: 'sort' },
        ...SORTS.map(([value, label]) => h('option', { value, selected: value === (parameters.get('sort') ?? '') }, label)),
      ),
    ),
    parameters.get('task') ? h('input', { type: 'hidden', name: 'task', value: parameters.get('task')! }) : null,
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: link(base) }, 'clear'),
  );
  // Empty fields stay out of the URL; a changed select applies at once.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') query.set(key, value);
    location.href = link(`${base}${query.size > 0 ? `?${query}` : ''}`);
  });
  for (const element of form.querySelectorAll('select')) element.addEventListener('change', () => form.requestSubmit());

  const list = new RecordList(run, parameters);
  await list.start();
  return h(
    'section',
    { class: 'list' },
    h('h1', {}, 'Trajectories ', h('span', { class: 'muted small' }, run.name)),
    form,
    list.summary,
    list.scroller,
  );
}

/** Rows of the list: one fixed height (30px in style.css), so a row's place is its index times this. */
const ROW = 30;
/** Rows asked of the server at a time (its limit is 500). */
const PAGE = 200;
/** Pages kept in memory; those farthest from the view are dropped first. */
const KEPT_PAGES = 40;
/** The first row the URL asks to show (`at`), 0 by default. */
function firstRow(parameters: URLSearchParams): number {
  const at = Number(parameters.get('at') ?? 0);
  return Number.isInteger(at) && at > 0 ? at : 0;
}

/** The API path of one page of the list the URL filters. */
function pagePath(run: number, parameters: URLSearchParams, page: number): string {
  const query = new URLSearchParams(parameters);
  query.delete('at');
  query.set('page', String(page));
  query.set('size', String(PAGE));
  return `/api/runs/${run}/records?${query}`;
}

/** Starts the request for the list's first page at once (it needs only the URL), beside the run's info. */
export function prefetchList(run: number, parameters: URLSearchParams): void {
  prefetchJson(pagePath(run, parameters, Math.floor(firstRow(parameters) / PAGE) + 1));
}

const COLUMNS = ['id', 'kind', 'outcome', 'failed checks', 'tools called', 'turns', 'calls', 'bytes', 'first request'];

/**
 * One scrolling list over every match of the filter: a window of rows (TanStack Virtual decides which
 * indexes are in view, with some overscan), the rest stood in for by two spacer rows, and the rows'
 * summaries fetched from the server a page at a time as they come into view. The URL keeps the filter
 * and, as `at`, the first row in view.
 */
class RecordList {
  readonly summary: HTMLElement;
  readonly scroller: HTMLElement;
  private readonly body = h('tbody', {});
  private readonly pages = new Map<number, RecordSummary[]>();
  private readonly loading = new Set<number>();
  private total = 0;
  private virtualizer: Virtualizer<HTMLElement, HTMLElement> | undefined;
  private cleanup: (() => void) | undefined;
  private remember: ReturnType<typeof setTimeout> | undefined;
  private error: string | undefined;

  constructor(
    private readonly run: RunInfo,
    private readonly parameters: URLSearchParams,
  ) {
    this.summary = h('p', { class: 'summary', id: 'match-count' });
    this.scroller = h(
      'div',
      { class: 'scroll virtual', id: 'records-scroll', tabindex: 0 },
      h('table', { class: 'records' }, h('thead', {}, h('tr', {}, ...COLUMNS.map((name) => h('th', {}, name)))), this.body),
    );
  }

  /** Loads the first page (the total comes with it), then sets up the window once the list is on the page. */
  async start(): Promise<void> {
    const at = firstRow(this.parameters);
    await this.load(Math.floor(at / PAGE) + 1);
    const { stats } = this.run;
    const of = staticReport ? (staticReport.records[this.run.index]?.length ?? 0) : stats.records;
    this.summary.setAttribute('data-total', String(this.total));
    this.summary.textContent = `${formatNumber(this.total)} of ${formatNumber(of)} records${staticReport ? ' held in this report' : ''} match`;
    requestAnimationFrame(() => this.mount(Math.min(at, Math.max(0, this.total - 1))));
  }

  private mount(at: number): void {
    if (!this.scroller.isConnected) return;
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: this.total,
      getScrollElement: () => this.scroller,
      estimateSize: () => ROW,
      paddingStart: ROW, // the header row
      overscan: 15,
      observeElementRect,
      observeElementOffset,
      scrollToFn: elementScroll,
      onChange: () => this.render(),
    });
    this.cleanup = this.virtualizer._didMount();
    this.virtualizer._willUpdate();
    if (at > 0) this.virtualizer.scrollToIndex(at, { align: 'start' });
    this.scroller.addEventListener('scroll', () => this.rememberPlace(), { passive: true });
    this.render();
  }

  /** Draws the rows in view (with overscan) between two spacers, and asks for the pages they need. */
  private render(): void {
    const virtualizer = this.virtualizer;
    if (!virtualizer) return;
    if (!this.scroller.isConnected) {
      this.cleanup?.();
      return;
    }
    const items = virtualizer.getVirtualItems();
    const needed = new Set(items.map((item) => Math.floor(item.index / PAGE) + 1));
    for (const page of needed) if (!this.pages.has(page)) void this.load(page);
    this.forget(needed);
    const spacer = (rows: number) =>
      rows > 0
        ? h('tr', { class: 'spacer', 'aria-hidden': 'true', style: `height: ${rows * ROW}px` }, h('td', { colspan: COLUMNS.length }))
        : null;
    const first = items[0]?.index ?? 0;
    const last = items.at(-1)?.index ?? -1;
    const rows: Child[] = [spacer(first)];
    for (const item of items) {
      const summary = this.pages.get(Math.floor(item.index / PAGE) + 1)?.[item.index % PAGE];
      rows.push(
        summary
          ? this.row(summary, item.index)
          : h('tr', { class: 'pending', 'data-index': item.index }, h('td', { colspan: COLUMNS.length }, this.error ?? 'loading…')),
      );
    }
    rows.push(spacer(this.total - last - 1));
    this.body.replaceChildren();
    append(this.body, ...rows);
  }

  private row(item: RecordSummary, index: number): HTMLElement {
    const base = `/runs/${this.run.index}/records`;
    return h(
      'tr',
      { class: item.outcome, 'data-record': item.id, 'data-index': index },
      h('td', {}, h('a', { href: link(`${base}/${item.file}/${item.line}`) }, item.id)),
      h('td', {}, item.kind),
      h('td', {}, h('span', { class: `badge ${item.outcome}` }, item.outcome)),
      h('td', { class: 'small' }, item.error ?? item.failed.join(', ')),
      h('td', { class: 'small', title: item.tools.join(', ') }, item.tools.join(', ')),
      h('td', { class: 'number' }, item.userTurns),
      h('td', { class: 'number' }, item.calls),
      h('td', { class: 'number' }, formatNumber(item.bytes)),
      h('td', { class: 'preview', title: item.preview }, item.preview),
    );
  }

  /** One page of matches from the server (or the static report), kept; a changed total resizes the list. */
  private async load(page: number): Promise<void> {
    if (this.loading.has(page)) return;
    this.loading.add(page);
    try {
      const response = await getJson<ListResponse>(pagePath(this.run.index, this.parameters, page));
      this.pages.set(page, response.items);
      if (response.total !== this.total) {
        this.total = response.total;
        this.virtualizer?.setOptions({ ...this.virtualizer.options, count: this.total });
      }
    } catch (error) {
      this.error = (error as Error).message;
      if (!this.virtualizer) throw error;
    } finally {
      this.loading.delete(page);
    }
    this.render();
  }

  /** Drops the pages farthest from those in view when more than KEPT_PAGES are held. */
  private forget(needed: Set<number>): void {
    if (this.pages.size <= KEPT_PAGES) return;
    const middle = [...needed][0] ?? 1;
    const far = [...this.pages.keys()].filter((page) => !needed.has(page)).sort((a, b) => Math.abs(b - middle) - Math.abs(a - middle));
    for (const page of far.slice(0, this.pages.size - KEPT_PAGES)) this.pages.delete(page);
  }

  /** Keeps the first row in view in the URL (`at`), so a reload or a shared link opens there. */
  private rememberPlace(): void {
    clearTimeout(this.remember);
    this.remember = setTimeout(() => {
      const first = this.virtualizer?.getVirtualItems().find((item) => item.start + item.size > this.scroller.scrollTop + ROW);
      const next = new URLSearchParams(this.parameters);
      next.delete('page');
      if (first && first.index > 0) next.set('at', String(first.index));
      else next.delete('at');
      const path = `/runs/${this.run.index}/records${next.size > 0 ? `?${next}` : ''}`;
      history.replaceState(history.state, '', link(path));
    }, 250);
  }
}
