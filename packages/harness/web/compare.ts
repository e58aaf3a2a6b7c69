import type { ListResponse, RecordResponse, RunInfo } from '../src/view/api.js';
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
  const columns = list.items.map((item, index) => {
    const response = responses[index];
    const record = response?.record as RecordView | null | undefined;
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
      record ? chat(record, response!.argumentIssues) : h('p', { class: 'error' }, response?.error ?? 'this record is not held here'),
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
    h(
      'div',
      { class: 'compare-grid', style: `grid-template-columns: repeat(${Math.max(1, columns.length)}, minmax(360px, 1fr))` },
      ...columns,
    ),
  );
}
