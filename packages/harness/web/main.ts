import type { RunInfo } from '../src/view/api.js';
import { renderConversation } from './conversation.js';
import { renderCompare } from './compare.js';
import { h } from './dom.js';
import { currentLocation, getJson, link, staticReport } from './source.js';
import { prefetchList, renderList } from './list.js';

/**
 * Routes by path: `/`, `/runs/N`, `/runs/N/records?…`, `/runs/N/records/FILE/LINE`, `/runs/N/compare?task=ID`. Every link is a plain page load
 * (in a static report, a `#` link: the page routes again on `hashchange`).
 */
async function route(): Promise<HTMLElement> {
  const { pathname, search } = currentLocation();
  const parts = pathname.split('/').filter(Boolean);
  // The dashboard's plots (Chart.js) load only for the dashboard, beside the runs.
  const dashboard = parts.length <= 2 ? import('./dashboard.js') : undefined;
  dashboard?.catch(() => undefined);
  // The list's first page needs only the URL: asked for now, it comes back beside the runs.
  if (parts.length === 3 && parts[0] === 'runs' && /^\d+$/.test(parts[1]!) && parts[2] === 'records')
    prefetchList(Number(parts[1]), new URLSearchParams(search));
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
        ...runs.map((run) =>
          h('li', {}, h('a', { href: link(`/runs/${run.index}`) }, run.name), ` — ${run.stats.records} records, ${run.dir}`),
        ),
      ),
    );
  const run = parts[0] === 'runs' ? runs[Number(parts[1])] : undefined;
  if (run === undefined) throw new Error(`no page ${pathname}`);
  const nav = document.getElementById('nav')!;
  nav.replaceChildren(
    runs.length > 1 ? h('a', { href: link('/') }, 'runs') : '',
    h('a', { href: link(`/runs/${run.index}`) }, `${run.name}: dashboard`),
    h('a', { href: link(`/runs/${run.index}/records`) }, 'trajectories'),
  );
  if (parts.length === 2) return (await (dashboard ?? import('./dashboard.js'))).renderDashboard(run);
  if (parts[2] === 'records' && parts.length === 3) return renderList(run, new URLSearchParams(search));
  if (parts[2] === 'compare' && parts.length === 3) return renderCompare(run, new URLSearchParams(search));
  if (parts[2] === 'records' && parts.length === 5) return renderConversation(run, parts[3]!, parts[4]!);
  throw new Error(`no page ${pathname}`);
}

const app = document.getElementById('app')!;
function show(): void {
  route().then(
    (page) => {
      app.replaceChildren(page);
      document.title = `${document.querySelector('h1')?.textContent ?? 'run'} · inftool view`;
      // (Scrolling when already at the top would only force a layout of the new page.)
      if (window.scrollY !== 0) window.scrollTo(0, 0);
    },
    (error: Error) => app.replaceChildren(h('p', { class: 'error' }, error.message)),
  );
}
if (staticReport) window.addEventListener('hashchange', show);
show();
