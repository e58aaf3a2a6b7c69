// Benchmarks of the simulated MCP server (see docs/benchmarks.md). Run: pnpm bench
//   BENCH_CALLS=2000 (round trips per case), BENCH_SIZES=1000,10000,100000 (catalog sizes)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { writeTree } from './make-catalog.mjs';
import { Simulation, SessionState, callTool } from '../packages/sim-server/dist/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'packages/harness/dist/cli.js');
const bare = join(root, 'bench/bare-server.mjs');
const demoTree = join(root, 'examples/demo-tree.json');
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};
const fmt = (ms) => `${ms.toFixed(3)} ms`;

/** Starts a process that prints "at http://..." on stderr when ready; returns the URL and the time. */
function startHttp(command, args) {
  const started = performance.now();
  const child = spawn(process.execPath, [command, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const lines = createInterface({ input: child.stderr });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}`)));
    lines.on('line', (line) => {
      const match = /at (http:\/\/[^"\s]+)/.exec(line);
      if (match) resolve({ url: match[1], child, readyMs: performance.now() - started });
    });
  });
}

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : NaN;
}

async function timeBatch(client, name, args, count, samples) {
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await client.callTool({ name, arguments: args });
    samples.push(performance.now() - start);
  }
}

async function connectStdio(args) {
  const client = new Client({ name: 'bench', version: '0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args, stderr: 'ignore' }));
  return client;
}

async function connectHttp(url) {
  const client = new Client({ name: 'bench', version: '0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

const ROUNDS = 20;

async function roundTrips() {
  console.log(`\n## tools/call round trip (${CALLS} sequential calls per case in ${ROUNDS} interleaved rounds, after 200 warm-up calls)\n`);
  console.log('| transport | server | p50 | p95 | p50 ratio to bare SDK |');
  console.log('|---|---|---|---|---|');
  const rows = [];
  for (const transport of ['stdio', 'http']) {
    const serve = ['serve', '--tree', demoTree, '--log-level', transport === 'stdio' ? 'silent' : 'info'];
    const cases = [
      { label: 'bare SDK server, 1 trivial tool', tool: 'echo', args: { x: 1 }, command: bare, extra: [] },
      { label: 'inftool faker (get_current_weather)', tool: 'get_current_weather', args: { city: 'Oslo' }, command: cli, extra: serve },
      { label: 'inftool pinned (service_status)', tool: 'service_status', args: {}, command: cli, extra: serve },
    ];
    // All servers run at once and the cases take turns in rounds, so machine noise hits all alike.
    for (const entry of cases) {
      if (transport === 'stdio') {
        entry.client = await connectStdio([entry.command, ...entry.extra]);
      } else {
        const started = await startHttp(
          entry.command,
          entry.command === bare ? ['http', '0'] : [...entry.extra, '--transport', 'http', '--port', '0'],
        );
        entry.child = started.child;
        entry.client = await connectHttp(started.url);
      }
      entry.samples = [];
      await timeBatch(entry.client, entry.tool, entry.args, 200, []);
    }
    const perRound = Math.max(1, Math.ceil(CALLS / ROUNDS));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const entry of cases) await timeBatch(entry.client, entry.tool, entry.args, perRound, entry.samples);
    }
    const baseline = percentile(cases[0].samples, 0.5);
    for (const entry of cases) {
      await entry.client.close();
      entry.child?.kill();
      const timing = { p50: percentile(entry.samples, 0.5), p95: percentile(entry.samples, 0.95) };
      const ratio = timing.p50 / baseline;
      rows.push({ transport, label: entry.label, ...timing, ratio });
      console.log(`| ${transport} | ${entry.label} | ${fmt(timing.p50)} | ${fmt(timing.p95)} | ${ratio.toFixed(3)} |`);
    }
  }
  return rows;
}

/**
 * A raw JSON-RPC client over Streamable HTTP (fetch, no SDK): times the server's part of tools/list
 * without the SDK client's own work (it compiles a validator for every outputSchema it receives).
 */
async function rawSession(url) {
  const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
  let id = 0;
  const post = async (method, params, extra = {}) => {
    id += 1;
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, ...extra },
      body: JSON.stringify({ jsonrpc: '2.0', id, method, params }),
    });
    const text = await response.text();
    const data = text.startsWith('{')
      ? text
      : text
          .split('\n')
          .find((line) => line.startsWith('data: ') && line.includes('"result"'))
          ?.slice(6);
    return { response, message: data ? JSON.parse(data) : undefined };
  };
  const init = await post('initialize', {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'bench-raw', version: '0' },
  });
  const session = { 'mcp-session-id': init.response.headers.get('mcp-session-id'), 'mcp-protocol-version': '2025-06-18' };
  await fetch(url, {
    method: 'POST',
    headers: { ...headers, ...session },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
  }).then((r) => r.text());
  return {
    async list(cursor) {
      const { message } = await post('tools/list', cursor ? { cursor } : {}, session);
      if (!message?.result) throw new Error(`tools/list failed: ${JSON.stringify(message)}`);
      return message.result;
    },
  };
}

async function timeListPages(url, pages) {
  const raw = await rawSession(url);
  let cursor;
  for (let index = 0; index < 50; index += 1) cursor = (await raw.list(cursor)).nextCursor;
  const samples = [];
  for (let index = 0; index < pages; index += 1) {
    const start = performance.now();
    const page = await raw.list(cursor);
    samples.push(performance.now() - start);
    cursor = page.nextCursor;
  }
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

async function catalogs() {
  const dir = mkdtempSync(join(tmpdir(), 'inftool-bench-'));
  const bareServer = await startHttp(bare, ['http', '0']);
  const bareList = await timeListPages(bareServer.url, 300);
  bareServer.child.kill();
  console.log('\n## catalog scale (inftool serve --transport http)\n');
  console.log(
    `tools/list timed with a raw HTTP JSON-RPC client (fetch); baseline: the bare SDK server listing its 1 tool, p50 ${fmt(bareList.p50)}.\n`,
  );
  console.log('| tools | file size | ready to serve | peak RSS | tools/list page of 100, p50 | p95 | p50 ratio to bare list of 1 |');
  console.log('|---|---|---|---|---|---|---|');
  const rows = [];
  for (const size of SIZES) {
    const file = join(dir, `tree-${size}.json`);
    writeTree(file, size);
    const { url, child, readyMs } = await startHttp(cli, ['serve', '--tree', file, '--transport', 'http', '--port', '0']);
    const pages = await timeListPages(url, 300);
    const rss = peakRssMb(child.pid);
    child.kill();
    const row = { size, mb: statSync(file).size / 1e6, readyMs, rss, ...pages, ratio: pages.p50 / bareList.p50 };
    rows.push(row);
    console.log(
      `| ${size.toLocaleString('en')} | ${row.mb.toFixed(1)} MB | ${row.readyMs.toFixed(0)} ms | ${row.rss.toFixed(0)} MB | ${fmt(row.p50)} | ${fmt(row.p95)} | ${row.ratio.toFixed(2)} |`,
    );
  }
  return rows;
}

console.log(`# inftool benchmarks — node ${process.version}, ${new Date().toISOString()}`);
/** In-process cost of the tools/call pipeline (no transport): validation, engine, result shaping. */
async function engineCost() {
  const simulation = await Simulation.create({ treeFile: demoTree });
  await simulation.warmUp();
  const session = new SessionState('bench', '');
  const client = {
    supports: () => false,
    progress: async () => {},
    log: async () => {},
    closeStream: () => {},
    elicit: async () => ({ action: 'decline' }),
    sample: async () => '',
  };
  const signal = new AbortController().signal;
  console.log('\n## tools/call in process (callTool, no transport)\n');
  console.log('| tool | engine | µs per call |');
  console.log('|---|---|---|');
  for (const [tool, args, engine] of [
    ['get_current_weather', { city: 'Oslo' }, 'faker'],
    ['service_status', {}, 'pinned'],
  ]) {
    const call = () => callTool(simulation.context, session, { name: tool, arguments: args, progressToken: undefined }, client, signal);
    for (let index = 0; index < 2000; index += 1) await call();
    const count = 50_000;
    const start = performance.now();
    for (let index = 0; index < count; index += 1) await call();
    console.log(`| ${tool} | ${engine} | ${(((performance.now() - start) * 1000) / count).toFixed(1)} |`);
  }
}

const only = process.env.BENCH_ONLY;
if (!only || only === 'engine') await engineCost();
const trips = only === 'catalogs' || only === 'engine' ? [] : await roundTrips();
const scale = only === 'roundtrip' || only === 'engine' ? [] : await catalogs();
const worst = trips.length === 0 ? NaN : Math.max(...trips.filter((row) => !row.label.startsWith('bare')).map((row) => row.ratio));
const big = scale.find((row) => row.size === 100000);
console.log('\n## targets\n');
if (trips.length > 0)
  console.log(
    `- round-trip p50 ratio to bare SDK server, worst case: ${worst.toFixed(3)} (target <= 1.15): ${worst <= 1.15 ? 'met' : 'NOT met'}`,
  );
if (big) {
  console.log(
    `- 100k tools ready in ${big.readyMs.toFixed(0)} ms (target <= 2000) with peak RSS ${big.rss.toFixed(0)} MB (target <= 1024): ${big.readyMs <= 2000 && big.rss <= 1024 ? 'met' : 'NOT met'}`,
  );
  console.log(`- tools/list page p50 at 100k tools ${fmt(big.p50)} (target <= 5 ms): ${big.p50 <= 5 ? 'met' : 'NOT met'}`);
}
