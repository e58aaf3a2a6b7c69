import type { RunInfo } from '../src/view/api.js';
import { renderConversation } from './conversation.js';
import { renderDashboard } from './dashboard.js';
import { getJson, h } from './dom.js';
import { renderList } from './list.js';

/** Routes by path: `/`, `/runs/N`, `/runs/N/records?…`, `/runs/N/records/FILE/LINE`. Every link is a plain page load. */
async function route(): Promise<HTMLElement> {
  const parts = location.pathname.split('/').filter(Boolean);
  const runs = await getJson<RunInfo[]>('/api/runs');
  if (parts.length === 0 && runs.length === 1) parts.push('runs', '0');
  if (parts.length === 0)
    return h(
      'section',
      {},
      h('h1', {}, 'Runs'),
      h(
        'ul',
        { class: 'runs' },
        ...runs.map((run) => h('li', {}, h('a', { href: `/runs/${run.index}` }, run.name), ` — ${run.stats.records} records, ${run.dir}`)),
      ),
    );
  const run = parts[0] === 'runs' ? runs[Number(parts[1])] : undefined;
  if (run === undefined) throw new Error(`no page ${location.pathname}`);
  const nav = document.getElementById('nav')!;
  nav.replaceChildren(
    runs.length > 1 ? h('a', { href: '/' }, 'runs') : '',
    h('a', { href: `/runs/${run.index}` }, `${run.name}: dashboard`),
    h('a', { href: `/runs/${run.index}/records` }, 'trajectories'),
  );
  if (parts.length === 2) return renderDashboard(run);
  if (parts[2] === 'records' && parts.length === 3) return renderList(run, new URLSearchParams(location.search));
  if (parts[2] === 'records' && parts.length === 5) return renderConversation(run, parts[3]!, parts[4]!);
  throw new Error(`no page ${location.pathname}`);
}

const app = document.getElementById('app')!;
route().then(
  (page) => {
    app.replaceChildren(page);
    document.title = `${document.querySelector('h1')?.textContent ?? 'run'} · inftool view`;
  },
  (error: Error) => app.replaceChildren(h('p', { class: 'error' }, error.message)),
);
