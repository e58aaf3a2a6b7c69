import type { ListResponse, RecordResponse, RunInfo } from '../src/view/api.js';
import { callDifferences, type CallDifferences } from '../src/view/call-diff.js';
import { chat, type RecordView } from './conversation.js';
import { h } from './dom.js';
import { getJson, link } from './source.js';

const MAX_COLUMNS = 6;

/**
 * The records of one task side by side: its rollouts (what `inftool stratify` counts as consistent or
 * not), or a rejected attempt beside its reflection. Each column: outcome, reward, failed checks, the chat.
 */
export async function renderCompare(run: RunInfo, parameters: URLSearchParams): Promise<HTMLElement> {
  const task = parameters.get('task');
  if (!task) throw new Error('compare needs ?task=ID: open it from a conversation');
  const list = await getJson<ListResponse>(`/api/runs/${run.index}/records?task=${encodeURIComponent(task)}&size=${MAX_COLUMNS}`);
  const responses = await Promise.all(
    list.items.map((item) => getJson<RecordResponse>(`/api/runs/${run.index}/records/${item.file}/${item.line}`).catch(() => undefined)),
  );
  const records = responses.map((response) => (response?.record ?? undefined) as RecordView | undefined);
  const held = records.flatMap((record, index) => (record ? [index] : []));
  const differences = callDifferences(held.map((index) => records[index]!.messages));
  const columns = list.items.map((item, index) => {
    const response = responses[index];
    const record = records[index];
    return h(
      'div',
      { class: 'compare-column', 'data-record': item.id },
      h(
        'h2',
        {},
        h('a', { href: link(`/runs/${run.index}/records/${item.file}/${item.line}`) }, item.id),
        ' ',
        h('span', { class: `badge ${item.outcome}` }, item.outcome),
      ),
      h(
        'p',
        { class: 'small muted' },
        [
          item.reward?.['total'] !== undefined ? `reward ${item.reward['total'].toFixed(3)}` : '',
          `${item.calls} calls`,
          record?.reflection ? `attempt ${record.reflection.attempt}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      item.failed.length > 0
        ? h('p', { class: 'reasons small' }, `failed: ${item.failed.join(', ')}`)
        : h('p', { class: 'small' }, 'every check passed'),
      record
        ? chat(record, response!.argumentIssues, differences.marks[held.indexOf(index)])
        : h('p', { class: 'error' }, response?.error ?? 'this record is not held here'),
    );
  });
  return h(
    'section',
    { class: 'compare' },
    h(
      'h1',
      {},
      `Task ${task} `,
      h('span', { class: 'muted small' }, `${list.total} records${list.total > MAX_COLUMNS ? `, the first ${MAX_COLUMNS} shown` : ''}`),
    ),
    held.length > 1
      ? callTable(
          differences,
          held.map((index) => list.items[index]!.id),
        )
      : null,
    h(
      'div',
      { class: 'compare-grid', style: `grid-template-columns: repeat(${Math.max(1, columns.length)}, minmax(360px, 1fr))` },
      ...columns,
    ),
  );
}

/**
 * The calls of the rollouts aligned by content (`call-diff.ts`), one column per rollout: a place where
 * they differ is marked, and a rollout that makes no call there shows what it misses.
 */
function callTable(differences: CallDifferences, ids: string[]): HTMLElement {
  const differing = differences.rows.filter((row) => !row.same).length;
  const cell = (row: CallDifferences['rows'][number], index: number) => {
    const call = row.calls[index];
    if (!call) {
      const others = [...new Set(row.calls.flatMap((other) => (other ? [other.tool] : [])))].join(', ');
      return h('td', { class: 'missing', 'data-diff': 'missing', title: `this rollout makes no ${others} call here` }, '— missing');
    }
    const mark = differences.marks[index]?.get(call.id);
    return h(
      'td',
      { class: mark ? `differs differs-${mark.kind}` : '', 'data-diff': mark?.kind },
      h('span', { class: 'muted small', title: `its call number ${call.order} in this rollout` }, `#${call.order} `),
      h('code', {}, call.tool),
      ' ',
      h('span', { class: 'small' }, call.arguments.length > 160 ? `${call.arguments.slice(0, 160)}…` : call.arguments),
    );
  };
  return h(
    'div',
    { class: 'call-compare' },
    h(
      'h2',
      {},
      'Calls side by side ',
      h(
        'span',
        { class: 'muted small', id: 'call-diff-count', 'data-differing': differing },
        differences.rows.length === 0
          ? 'no rollout calls a tool'
          : differing === 0
            ? `the ${differences.rows.length} calls agree (same tools, same arguments, in order)`
            : `${differing} of ${differences.rows.length} places differ (calls aligned by tool and arguments)`,
      ),
    ),
    differences.rows.length > 0 &&
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { class: 'call-table' },
          h('thead', {}, h('tr', {}, h('th', {}, '#'), ...ids.map((id) => h('th', {}, id)))),
          h(
            'tbody',
            {},
            ...differences.rows.map((row) =>
              h(
                'tr',
                { class: row.same ? '' : 'differs' },
                h('td', { class: 'number' }, row.place),
                ...ids.map((_, index) => cell(row, index)),
              ),
            ),
          ),
        ),
      ),
  );
}
