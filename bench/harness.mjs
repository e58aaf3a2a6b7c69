// Benchmarks of the harness (see docs/benchmarks.md). Run: pnpm bench:harness
//   BENCH_HARNESS_COUNT (offline trajectories per case, default 600), BENCH_MODEL_COUNT (default 1280)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { synthesize, selectRoles } from '../packages/harness/dist/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'packages/harness/dist/cli.js');
const tree = join(root, 'examples/demo-tree.json');
const clockTree = join(root, 'test/fixtures/clock-tree.json');
const COUNT = Number(process.env.BENCH_HARNESS_COUNT ?? 600);
const MODEL_COUNT = Number(process.env.BENCH_MODEL_COUNT ?? 1280);
const tmp = mkdtempSync(join(tmpdir(), 'inftool-bench-harness-'));
const ticks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}; // ms of CPU (100 Hz)

function startServer() {
  const child = spawn(process.execPath, [cli, 'serve', '--tree', tree, '--transport', 'http', '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve) =>
    createInterface({ input: child.stderr }).on('line', (line) => {
      const match = /at (http:\/\/\S+)/.exec(line);
      if (match) resolve({ child, url: match[1] });
    }),
  );
}

console.log(`# harness benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
console.log('## offline roles over Streamable HTTP (server in its own process, concurrency 16)\n');
console.log('| trajectories | count | wall | trajectories/s | harness CPU | server CPU | harness share of CPU |');
console.log('|---|---|---|---|---|---|---|');
for (const [label, kinds] of [
  [
    'single-turn (single, parallel, multiple, irrelevance, missing_param)',
    ['single', 'parallel', 'multiple', 'irrelevance', 'missing_param'],
  ],
  ['multi-turn (avg 7.5 user turns)', ['multi_turn']],
]) {
  const { child, url } = await startServer();
  const serverBefore = ticks(child.pid);
  const cpuBefore = process.cpuUsage();
  const summary = await synthesize({
    tree,
    kinds,
    count: COUNT,
    out: join(tmp, `offline-${kinds.length}`),
    seed: 'bench',
    concurrency: 16,
    resume: false,
    roles: selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} }),
    serverUrl: url,
  });
  const cpu = process.cpuUsage(cpuBefore);
  const harnessMs = (cpu.user + cpu.system) / 1000;
  const serverMs = ticks(child.pid) - serverBefore;
  child.kill();
  console.log(
    `| ${label} | ${summary.accepted + summary.rejected} | ${(summary.ms / 1000).toFixed(1)} s | ${((summary.accepted + summary.rejected) / (summary.ms / 1000)).toFixed(1)} | ${(harnessMs / 1000).toFixed(1)} s | ${(serverMs / 1000).toFixed(1)} s | ${((100 * harnessMs) / (harnessMs + serverMs)).toFixed(0)}% |`,
  );
}

// The model endpoint (bench/fake-model-server.mjs: 200 ms per call) and the server each run in their
// own process, as they would in use; the harness plays over them from this one.
const LATENCY = 200;
const CONCURRENCY = 64;
const startProcess = (args) => {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve) =>
    createInterface({ input: child.stderr }).on('line', (line) => {
      const match = /at (http:\/\/\S+)/.exec(line);
      if (match) resolve({ child, url: match[1] });
    }),
  );
};
const model = await startProcess([join(root, 'bench/fake-model-server.mjs'), String(LATENCY)]);
const sim = await startProcess([
  cli,
  'serve',
  '--tree',
  clockTree,
  '--transport',
  'http',
  '--port',
  '0',
  '--no-standalone-sse',
  '--json-response',
]);
const summary = await synthesize({
  tree: clockTree,
  kinds: ['single'],
  count: MODEL_COUNT,
  out: join(tmp, 'model'),
  seed: 'bench',
  concurrency: CONCURRENCY,
  resume: false,
  serverUrl: sim.url,
  roles: selectRoles({ user: 'offline', assistant: 'bench-model', endpoint: { baseURL: model.url } }),
});
model.child.kill();
sim.child.kill();
const chain = 2 * LATENCY; // two model calls per single-turn trajectory
const ideal = CONCURRENCY / (chain / 1000);
const actual = (summary.accepted + summary.rejected) / (summary.ms / 1000);
console.log(`\n## model roles at ${LATENCY} ms per call, concurrency ${CONCURRENCY} (model endpoint and server in their own processes)\n`);
console.log(
  `${summary.accepted + summary.rejected} single-turn trajectories (${summary.accepted} accepted), 2 model calls each, in ${(summary.ms / 1000).toFixed(1)} s: ${actual.toFixed(1)}/s against an ideal of ${ideal.toFixed(1)}/s (concurrency / call chain) = ${((100 * actual) / ideal).toFixed(1)}% (target ≥ 85%): ${actual >= 0.85 * ideal ? 'met' : 'NOT met'}`,
);
