import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InfToolError } from '@inftool/core';
import { checkRequest, guardOptions } from '@inftool/sim-server';
import type { RunFile } from './api.js';
import { parseListQuery, QueryError } from './filter-records.js';
import { RunView, type RunViewOptions } from './run-view.js';

/** The bundled page (`pnpm build` writes it): the same folder whether this file runs from `src/` or `dist/`. */
export const WEB_ASSETS = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Everything comes from this server; Chart.js sizes its canvas with inline styles.
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
};

export interface ViewServerOptions extends RunViewOptions {
  runDirs: readonly string[];
  /** Bind address. Defaults to 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. Defaults to 0. */
  port?: number;
  allowedHosts?: readonly string[];
  allowedOrigins?: readonly string[];
  /** Where the bundled page is. Defaults to `WEB_ASSETS`. */
  assets?: string;
}

export interface RunningViewServer {
  url: string;
  runs: RunView[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, { ...HEADERS, 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

const json = (response: ServerResponse, status: number, value: unknown): void =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');

const problem = (response: ServerResponse, status: number, message: string): void => json(response, status, { error: message });

/**
 * `inftool view`: a local web app over run directories. The API (`/api/runs…`) answers from the runs'
 * byte-offset indexes; every other path gets the page, which routes itself.
 */
export async function serveView(options: ViewServerOptions): Promise<RunningViewServer> {
  const host = options.host ?? '127.0.0.1';
  const assets = options.assets ?? WEB_ASSETS;
  if (!existsSync(join(assets, 'index.html')))
    throw new Error(`the viewer's page is not built (${join(assets, 'index.html')} is missing): run \`pnpm build\``);
  const runs = options.runDirs.map((dir, index) => new RunView(dir, index, options));
  // Index every run and count its dashboard before the URL is printed: the first page then answers at once.
  await Promise.all(runs.map((run) => run.info()));
  const guard = guardOptions({ host, allowedHosts: options.allowedHosts, allowedOrigins: options.allowedOrigins });

  const handle = handler(runs, assets, guard);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) problem(response, 500, (error as Error).message);
      else response.end();
    });
  });
  await listen(server, options.port, host);
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    runs,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Answers `/api/runs/…` (`parts` after `runs`) from the runs' indexes. */
async function answerApi(runs: readonly RunView[], parts: string[], url: URL, response: ServerResponse): Promise<void> {
  if (parts.length === 0) return json(response, 200, await Promise.all(runs.map((run) => run.info())));
  const run = runs[Number(parts[0])];
  if (run === undefined || !/^\d+$/.test(parts[0]!))
    return problem(response, 404, `no run ${JSON.stringify(parts[0])}: this viewer serves runs 0 to ${runs.length - 1}`);
  const [, what, file, line] = parts;
  if (what === undefined && parts.length === 1) return json(response, 200, await run.info());
  if (what === 'audit' && parts.length === 2) return json(response, 200, await run.auditTables());
  if (what === 'records' && parts.length === 2) {
    try {
      return json(response, 200, await run.list(parseListQuery(url.searchParams)));
    } catch (error) {
      if (error instanceof QueryError) return problem(response, 400, error.message);
      throw error;
    }
  }
  if (what === 'records' && parts.length === 4) {
    if (file !== 'trajectories' && file !== 'rejected')
      return problem(response, 404, `no file "${file}": a run's records are in trajectories or rejected`);
    if (!/^\d+$/.test(line!)) return problem(response, 400, `line must be a line number, got "${line}"`);
    const record = await run.record(file as RunFile, Number(line));
    if (record === undefined) return problem(response, 404, `${file}.jsonl of run ${run.index} has no record on line ${line}`);
    return json(response, 200, record);
  }
  return problem(response, 404, `no API path ${url.pathname}`);
}

/** The request handler: the guard, then the API, the page's assets, or the page. */
function handler(runs: readonly RunView[], assets: string, guard: ReturnType<typeof guardOptions>) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const verdict = checkRequest(request, guard);
    if (!verdict.ok) return send(response, verdict.status, verdict.message, 'text/plain; charset=utf-8');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return problem(response, 405, `${request.method} is not allowed: the viewer only reads`);
    }
    // `//x` would be read as a host name: paths are taken as paths.
    const url = new URL((request.url ?? '/').replace(/^\/+/, '/'), 'http://viewer');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'api' && parts[1] === 'runs') return answerApi(runs, parts.slice(2), url, response);
    if (parts[0] === 'api') return problem(response, 404, `no API path ${url.pathname}`);
    if (parts[0] === 'assets' && parts.length === 2 && /^[\w.-]+$/.test(parts[1]!)) {
      const file = join(assets, parts[1]!);
      if (!existsSync(file)) return send(response, 404, `no asset ${parts[1]}`, 'text/plain; charset=utf-8');
      return send(response, 200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    }
    return send(response, 200, await readFile(join(assets, 'index.html')), TYPES['.html']!);
  };
}

/** Listens on `port` (0 or none: a free one) at `host`; a port in use is a config error that says what to do. */
async function listen(server: Server, port: number | undefined, host: string): Promise<void> {
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new InfToolError('config', `port ${port} on ${host} is in use: pass another --port, or --port 0 for a free one`)
          : error,
      ),
    );
    server.listen(port ?? 0, host, () => done());
  });
}
