import type { ListResponse, RunInfo } from '../src/view/api.js';
import { formatNumber, h } from './dom.js';
import { getJson, link, staticReport } from './source.js';

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

/** The trajectory list: a filter form whose state is the URL's query, and one page of matches from the server. */
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

  const query = new URLSearchParams(parameters);
  const response = await getJson<ListResponse>(`/api/runs/${run.index}/records?${query}`);
  const pages = Math.max(1, Math.ceil(response.total / response.size));
  const pageLink = (page: number, label: string) => {
    const next = new URLSearchParams(parameters);
    next.set('page', String(page));
    return h('a', { href: link(`${base}?${next}`), class: 'button' }, label);
  };
  const rows = response.items.map((item) =>
    h(
      'tr',
      { class: item.outcome, 'data-record': item.id },
      h('td', {}, h('a', { href: link(`${base}/${item.file}/${item.line}`) }, item.id)),
      h('td', {}, item.kind),
      h('td', {}, h('span', { class: `badge ${item.outcome}` }, item.outcome)),
      h('td', { class: 'small' }, item.error ?? item.failed.join(', ')),
      h('td', { class: 'small' }, item.tools.join(', ')),
      h('td', { class: 'number' }, item.userTurns),
      h('td', { class: 'number' }, item.calls),
      h('td', { class: 'number' }, formatNumber(item.bytes)),
      h('td', { class: 'preview' }, item.preview),
    ),
  );
  return h(
    'section',
    { class: 'list' },
    h('h1', {}, 'Trajectories ', h('span', { class: 'muted small' }, run.name)),
    form,
    h(
      'p',
      { class: 'summary', id: 'match-count', 'data-total': response.total },
      `${formatNumber(response.total)} of ${formatNumber(staticReport ? (staticReport.records[run.index]?.length ?? 0) : stats.records)} records${staticReport ? ' held in this report' : ''} match`,
      response.total > 0 ? ` · page ${response.page} of ${formatNumber(pages)}` : '',
    ),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'records' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['id', 'kind', 'outcome', 'failed checks', 'tools called', 'turns', 'calls', 'bytes', 'first request'].map((name) =>
              h('th', {}, name),
            ),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
    h(
      'nav',
      { class: 'pager' },
      response.page > 1 && pageLink(response.page - 1, '← previous'),
      response.page < pages && pageLink(response.page + 1, 'next →'),
    ),
  );
}
