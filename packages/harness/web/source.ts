import type { StaticReport } from '../src/view/api.js';
import { filterRecords, parseListQuery } from '../src/view/filter-records.js';

/**
 * Where the page gets its data and how it links: from the viewer's server with path links, or, in a
 * static report (`inftool view --static`), from the JSON embedded in the file with `#` links.
 */
const embedded = document.getElementById('inftool-data');
export const staticReport: StaticReport | undefined = embedded ? (JSON.parse(embedded.textContent ?? '{}') as StaticReport) : undefined;

/** The href of an app path (`/runs/0/records?kind=single`). */
export const link = (path: string): string => (staticReport ? `#${path}` : path);

/** The app path of the current location, with its query. */
export function currentLocation(): { pathname: string; search: string } {
  if (!staticReport) return { pathname: location.pathname, search: location.search };
  const path = location.hash.slice(1) || '/';
  const at = path.indexOf('?');
  return at === -1 ? { pathname: path, search: '' } : { pathname: path.slice(0, at), search: path.slice(at) };
}

function fromReport<T>(report: StaticReport, path: string): T {
  const url = new URL(path, 'http://report');
  const list = /^\/api\/runs\/(\d+)\/records$/.exec(url.pathname);
  if (list) return filterRecords(report.records[list[1]!] ?? [], parseListQuery(url.searchParams)) as T;
  if (url.pathname in report.answers) return report.answers[url.pathname] as T;
  if (url.pathname.includes('/records/'))
    throw new Error(
      `This report holds ${report.sample.held} of ${report.sample.of} conversations; this one is not among them. Open the run with \`inftool view\`.`,
    );
  throw new Error(`This report does not hold ${url.pathname}`);
}

/** Requests started before the page asked for them (`prefetchJson`), each taken once by `getJson`. */
const early = new Map<string, Promise<unknown>>();

/** Starts a request the page will make, so it runs beside the ones it waits for first. */
export function prefetchJson(path: string): void {
  if (staticReport || early.has(path)) return;
  const request = fetchJson(path);
  request.catch(() => undefined); // a failure is told to the getJson that takes it
  early.set(path, request);
}

/** JSON of the viewer's API; a failure carries the server's message. */
export function getJson<T>(path: string): Promise<T> {
  if (staticReport) return Promise.resolve().then(() => fromReport<T>(staticReport!, path));
  const started = early.get(path);
  early.delete(path);
  return (started as Promise<T> | undefined) ?? fetchJson<T>(path);
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  const body = (await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }))) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  return body;
}
