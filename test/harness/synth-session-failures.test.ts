/**
 * `inftool synth` when the MCP server fails after the session is open: it refuses the credentials
 * (401/403) on a tool call, forgets the session (404), or its process is killed. The task is the
 * infrastructure's loss: no record (neither a tool error in an accepted conversation nor a
 * rejection), the run stops through the circuit breaker, and `--resume` plays the task again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRun, selectRoles, synthesize, type SynthOptions } from '@inftool/harness';
import { Simulation, serveHttp, type RunningHttpServer } from '@inftool/sim-server';
import { cliPath, fixture } from '../support/sim-client.js';

const tempDir = (name: string) => mkdtemp(join(tmpdir(), `inftool-${name}-`));
const storedLines = (dir: string): string[] =>
  ['trajectories.jsonl', 'rejected.jsonl'].flatMap((name) =>
    existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean) : [],
  );

/** What the proxy does with a `tools/call`: pass it on, answer a status itself, or end the session upstream first. */
type OnCall = { kind: 'pass' } | { kind: 'status'; status: number } | { kind: 'end-session' };

interface Proxy {
  url: string;
  /** The status of every upstream or proxy answer to a `tools/call`. */
  callStatuses: number[];
  close(): Promise<void>;
}

/** A pass-through HTTP proxy in front of a real server that can make its `tools/call`s fail. */
async function startProxy(upstream: URL, onCall: OnCall): Promise<Proxy> {
  const callStatuses: number[] = [];
  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse, isCall: boolean): void => {
    const out = httpRequest(
      new URL(req.url ?? '/', upstream),
      { method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        if (isCall) callStatuses.push(answer.statusCode ?? 0);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    out.end(body);
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const isCall = /"method"\s*:\s*"tools\/call"/.test(body.toString('utf8'));
      if (!isCall || onCall.kind === 'pass') return forward(req, body, res, isCall);
      if (onCall.kind === 'status') {
        callStatuses.push(onCall.status);
        res.writeHead(onCall.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'no' }));
        return;
      }
      // End the session on the real server (as an expiry would), then let the call find it gone.
      const session = req.headers['mcp-session-id'];
      const end = httpRequest(
        new URL(req.url ?? '/', upstream),
        { method: 'DELETE', headers: { 'mcp-session-id': session, host: upstream.host } },
        (answer) => {
          answer.resume();
          answer.on('end', () => forward(req, body, res, true));
        },
      );
      end.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
    callStatuses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let upstream: RunningHttpServer | undefined;
let proxy: Proxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await upstream?.close();
  proxy = upstream = undefined;
});

const offlineRun = (out: string, extra: Partial<SynthOptions>): SynthOptions => ({
  tree: fixture('clock-tree.json'),
  kinds: ['single'],
  count: 4,
  out,
  seed: 'session',
  concurrency: 1,
  resume: false,
  roles: selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} }),
  ...extra,
});

async function behindProxy(onCall: OnCall): Promise<{ upstreamUrl: string; proxy: Proxy }> {
  const simulation = await Simulation.create({ treeFile: fixture('clock-tree.json'), seed: 'session' });
  upstream = await serveHttp(simulation, { port: 0 });
  proxy = await startProxy(new URL(upstream.url), onCall);
  return { upstreamUrl: upstream.url, proxy };
}

describe('an MCP session that fails under a tool call is an infrastructure failure', () => {
  for (const status of [401, 403]) {
    it(`a ${status} on a tool call after connecting: nothing recorded, the breaker opens at once, resume plays every task`, async () => {
      const { upstreamUrl, proxy: front } = await behindProxy({ kind: 'status', status });
      const out = join(await tempDir(`mcp-${status}`), 'run');
      const summary = await synthesize(offlineRun(out, { serverUrl: front.url }));
      expect(front.callStatuses).toEqual([status]);
      expect(summary).toMatchObject({
        accepted: 0,
        rejected: 0,
        left: 4,
        interruptions: {
          'the MCP server: refused the credentials (401/403)': 1,
          'not started: the run stopped (circuit breaker open)': 3,
        },
      });
      expect(summary.stopped).toMatch(
        new RegExp(`^the MCP server failed once, refused the credentials \\(401/403\\): MCP server .*HTTP ${status}`),
      );
      expect(storedLines(out)).toEqual([]);

      const resumed = await synthesize(offlineRun(out, { serverUrl: upstreamUrl, resume: true }));
      expect(resumed).toMatchObject({ skipped: 0, left: 0 });
      const { accepted, rejected } = await readRun(out);
      expect(new Set([...accepted, ...rejected].map((record) => record.id)).size).toBe(4);
      // The conversations played on resume called the tool and got its answer, not an error.
      expect(accepted.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('a session the server no longer knows (a real 404 after the session ended): left, and the breaker counts it', async () => {
    const { proxy: front } = await behindProxy({ kind: 'end-session' });
    const out = join(await tempDir('mcp-404'), 'run');
    const summary = await synthesize(offlineRun(out, { serverUrl: front.url, maxInfrastructureFailures: 2 }));
    expect(front.callStatuses).toEqual([404, 404]);
    expect(summary).toMatchObject({
      accepted: 0,
      rejected: 0,
      left: 4,
      interruptions: { 'the MCP server: unreachable': 2, 'not started: the run stopped (circuit breaker open)': 2 },
    });
    expect(summary.stopped).toMatch(/^the MCP server failed 2 times in a row, unreachable: .*no longer knows the session \(HTTP 404\)/);
    expect(storedLines(out)).toEqual([]);
  }, 60_000);

  it('a stdio server killed during a tool call: the task is left, resume plays it over a healthy server', async () => {
    const out = join(await tempDir('mcp-killed'), 'run');
    const serve = `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} serve --log-level silent`;
    const dying = `${JSON.stringify(process.execPath)} ${JSON.stringify(fixture('../support/dying-stdio-server.mjs'))} ${serve}`;
    const summary = await synthesize(offlineRun(out, { count: 2, transport: 'stdio', stdioCommand: dying }));
    expect(summary).toMatchObject({ accepted: 0, rejected: 0, left: 2, interruptions: { 'the MCP server: unreachable': 2 } });
    expect(storedLines(out)).toEqual([]);

    const resumed = await synthesize(offlineRun(out, { count: 2, transport: 'stdio', stdioCommand: serve, resume: true }));
    expect(resumed).toMatchObject({ skipped: 0, left: 0 });
    expect(resumed.accepted + resumed.rejected).toBe(2);
  }, 60_000);
});
