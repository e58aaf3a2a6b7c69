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

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'packages/harness/dist/cli.js');
const bare = join(root, 'bench/bare-server.mjs');
const demoTree = join(root, 'examples/demo-tree.json');
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

const percentile = (values, p) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]; };
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

async function timeCalls(client, name, args, count) {
  for (let index = 0; index < 200; index += 1) await client.callTool({ name, arguments: args });
  const samples = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await client.callTool({ name, arguments: args });
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
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

async function roundTrips() {
  console.log(`\n## tools/call round trip (${CALLS} sequential calls after 200 warm-up, p50)\n`);
  console.log('| transport | server | p50 | p95 | p50 ratio to bare SDK |');
  console.log('|---|---|---|---|---|');
  const rows = [];
  for (const transport of ['stdio', 'http']) {
    // Interleave baseline and candidates in one run so machine noise hits all alike.
    const cases = [
      { label: 'bare SDK server, 1 trivial tool', tool: 'echo', args: { x: 1 }, command: bare, extra: [] },
      { label: 'inftool faker (get_current_weather)', tool: 'get_current_weather', args: { city: 'Oslo' }, command: cli, extra: ['serve', '--tree', demoTree, '--log-level', transport === 'stdio' ? 'silent' : 'info'] },
      { label: 'inftool pinned (service_status)', tool: 'service_status', args: {}, command: cli, extra: ['serve', '--tree', demoTree, '--log-level', transport === 'stdio' ? 'silent' : 'info'] },
    ];
    let baseline;
    for (const entry of cases) {
      let client;
      let child;
      if (transport === 'stdio') {
        client = await connectStdio([entry.command, ...entry.extra]);
      } else {
        const started = await startHttp(entry.command, entry.command === bare ? ['http', '0'] : [...entry.extra, '--transport', 'http', '--port', '0']);
        child = started.child;
        client = await connectHttp(started.url);
      }
      const timing = await timeCalls(client, entry.tool, entry.args, CALLS);
      await client.close();
      child?.kill();
      baseline ??= timing.p50;
      const ratio = timing.p50 / baseline;
      rows.push({ transport, label: entry.label, ...timing, ratio });
      console.log(`| ${transport} | ${entry.label} | ${fmt(timing.p50)} | ${fmt(timing.p95)} | ${ratio.toFixed(3)} |`);
    }
  }
  return rows;
}

async function catalogs() {
  const dir = mkdtempSync(join(tmpdir(), 'inftool-bench-'));
  console.log('\n## catalog scale (inftool serve --transport http)\n');
  console.log('| tools | file size | ready to serve | peak RSS | tools/list page of 100, p50 | page p95 |');
  console.log('|---|---|---|---|---|---|');
  const rows = [];
  for (const size of SIZES) {
    const file = join(dir, `tree-${size}.json`);
    writeTree(file, size);
    const { url, child, readyMs } = await startHttp(cli, ['serve', '--tree', file, '--transport', 'http', '--port', '0']);
    const client = await connectHttp(url);
    const samples = [];
    const first = await client.listTools();
    let cursor = first.nextCursor;
    for (let index = 0; index < 300; index += 1) {
      const start = performance.now();
      const page = await client.listTools(cursor ? { cursor } : {});
      samples.push(performance.now() - start);
      cursor = page.nextCursor ?? undefined;
    }
    const rss = peakRssMb(child.pid);
    await client.close();
    child.kill();
    const row = { size, mb: statSync(file).size / 1e6, readyMs, rss, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
    rows.push(row);
    console.log(`| ${size.toLocaleString('en')} | ${row.mb.toFixed(1)} MB | ${row.readyMs.toFixed(0)} ms | ${row.rss.toFixed(0)} MB | ${fmt(row.p50)} | ${fmt(row.p95)} |`);
  }
  return rows;
}

console.log(`# inftool benchmarks — node ${process.version}, ${new Date().toISOString()}`);
const trips = await roundTrips();
const scale = await catalogs();
const worst = Math.max(...trips.filter((row) => !row.label.startsWith('bare')).map((row) => row.ratio));
const big = scale.find((row) => row.size === 100000);
console.log('\n## targets\n');
console.log(`- round-trip p50 ratio to bare SDK server, worst case: ${worst.toFixed(3)} (target <= 1.15): ${worst <= 1.15 ? 'met' : 'NOT met'}`);
if (big) {
  console.log(`- 100k tools ready in ${big.readyMs.toFixed(0)} ms (target <= 2000) with peak RSS ${big.rss.toFixed(0)} MB (target <= 1024): ${big.readyMs <= 2000 && big.rss <= 1024 ? 'met' : 'NOT met'}`);
  console.log(`- tools/list page p50 at 100k tools ${fmt(big.p50)} (target <= 5 ms): ${big.p50 <= 5 ? 'met' : 'NOT met'}`);
}
