import type { AuditResponse, RunInfo } from '../src/view/api.js';
import { barChart, COLORS, histogramChart } from './charts.js';
import { append, formatNumber, h, percent } from './dom.js';
import { getJson, link } from './source.js';

const card = (label: string, value: string, detail?: string) =>
  h(
    'div',
    { class: 'card' },
    h('div', { class: 'card-value' }, value),
    h('div', { class: 'card-label' }, label),
    detail && h('div', { class: 'muted' }, detail),
  );

/** The run dashboard: counts, plots, and the `inftool audit` table (loaded after the rest). */
export function renderDashboard(run: RunInfo): HTMLElement {
  const { stats } = run;
  const base = `/runs/${run.index}`;
  const go = (query: string) => () => {
    location.href = link(`${base}/records?${query}`);
  };
  const kinds = Object.keys(stats.byKind);
  const outcomes = [...new Set(kinds.flatMap((kind) => Object.keys(stats.byKind[kind]!)))].sort();
  const failed = Object.entries(stats.failedChecks).sort((a, b) => b[1] - a[1]);
  const page = h(
    'section',
    { class: 'dashboard' },
    h('h1', {}, run.name, ' ', h('span', { class: 'muted small' }, run.dir)),
    h(
      'div',
      { class: 'cards' },
      card('records', formatNumber(stats.records)),
      card('accepted', formatNumber(stats.accepted), percent(stats.accepted, stats.records)),
      card('rejected', formatNumber(stats.rejected), percent(stats.rejected, stats.records)),
      stats.unreadable > 0 && card('unreadable lines', formatNumber(stats.unreadable)),
      card('tools called', formatNumber(Object.keys(stats.tools).length)),
    ),
    h(
      'div',
      { class: 'charts' },
      barChart({
        title: 'Records by kind and outcome (click a bar to list them)',
        labels: kinds,
        stacked: true,
        datasets: outcomes.map((outcome) => ({
          label: outcome,
          data: kinds.map((kind) => stats.byKind[kind]![outcome] ?? 0),
          backgroundColor: outcome === 'accepted' ? COLORS.accepted : outcome === 'rejected' ? COLORS.rejected : COLORS.other,
        })),
        onClick: (kind) => go(`kind=${encodeURIComponent(kind)}`)(),
      }),
      failed.length > 0
        ? barChart({
            title: 'Failed checks (records)',
            labels: failed.map(([id]) => id),
            horizontal: true,
            datasets: [{ label: 'records', data: failed.map(([, count]) => count), backgroundColor: COLORS.rejected }],
            onClick: (check) => go(`check=${encodeURIComponent(check)}`)(),
          })
        : h('figure', { class: 'chart' }, h('figcaption', {}, 'Failed checks'), h('p', { class: 'muted' }, 'No record failed a check.')),
      histogramChart('User turns per conversation', stats.userTurns, COLORS.series[0]!),
      histogramChart('Tool calls per conversation', stats.calls, COLORS.series[1]!),
      histogramChart('Conversation time', stats.latencyMs, COLORS.series[2]!),
      histogramChart('Record size', stats.bytes, COLORS.series[4]!),
      Object.keys(stats.tokens).length > 0 &&
        barChart({
          title: 'Tokens per role',
          labels: Object.keys(stats.tokens),
          stacked: true,
          datasets: [
            { label: 'prompt', data: Object.values(stats.tokens).map((usage) => usage.prompt), backgroundColor: COLORS.series[0] },
            { label: 'completion', data: Object.values(stats.tokens).map((usage) => usage.completion), backgroundColor: COLORS.series[2] },
          ],
        }),
      Object.keys(stats.reward).length > 0 &&
        barChart({
          title: 'Reward parts (mean)',
          labels: Object.keys(stats.reward),
          datasets: [{ label: 'mean', data: Object.values(stats.reward).map((part) => part.mean), backgroundColor: COLORS.series[5] }],
        }),
    ),
    Object.keys(stats.models).length > 0 &&
      h(
        'p',
        { class: 'models' },
        'Models: ',
        Object.entries(stats.models)
          .map(
            ([role, models]) =>
              `${role}: ${Object.entries(models)
                .map(([model, count]) => `${model} (${formatNumber(count)})`)
                .join(', ')}`,
          )
          .join(' · '),
      ),
  );
  const audit = h(
    'section',
    { class: 'audit', id: 'audit' },
    h('h2', {}, 'Quality audit'),
    h('p', { class: 'muted' }, 'Auditing the run…'),
  );
  page.append(audit);
  getJson<AuditResponse>(`/api/runs/${run.index}/audit`).then(
    (response) => renderAudit(audit, response),
    (error: Error) => audit.replaceChildren(h('h2', {}, 'Quality audit'), h('p', { class: 'error' }, `The audit failed: ${error.message}`)),
  );
  if (run.manifest)
    page.append(
      h('details', { class: 'manifest' }, h('summary', {}, 'manifest.json'), h('pre', {}, JSON.stringify(run.manifest, null, 2))),
    );
  return page;
}

function renderAudit(section: HTMLElement, response: AuditResponse): void {
  section.replaceChildren();
  append(
    section,
    h('h2', {}, 'Quality audit ', h('span', { class: 'muted small' }, '(the table of `inftool audit`)')),
    response.audited < response.of
      ? h(
          'p',
          { class: 'muted' },
          `An even sample of ${formatNumber(response.audited)} of ${formatNumber(response.of)} records (--audit-limit).`,
        )
      : null,
    h('p', { class: 'muted small' }, response.columns),
  );
  for (const table of response.tables) {
    section.append(
      h('h3', {}, table.title),
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { class: 'audit-table' },
          h('thead', {}, h('tr', {}, ...table.header.map((name) => h('th', {}, name)))),
          h('tbody', {}, ...table.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
        ),
      ),
      h('ul', { class: 'notes' }, ...table.notes.map((note) => h('li', {}, note))),
    );
  }
  section.dataset['loaded'] = 'true';
}
