// Scale-out benchmark (see docs/benchmarks.md): one run's throughput with 1, 2 and 4 `inftool worker`
// processes on one Redis, the assistant a fake model endpoint at 200 ms a call (the model-bound case),
// against the ideal (n × one worker) and against a single-process `inftool synth` in the same run;
// beside it the harness's CPU share: the CPU seconds of the worker and collector processes (or of the
// one `synth`) over their wall time × cores, and Redis's CPU seconds (Linux: read from /proc).
// Run: node bench/scale-out.mjs   (BENCH_SCALE_COUNT tasks per run, default 64; BENCH_SCALE_CONCURRENCY per process, default 4)
// Needs redis-server (Debian's package) on PATH.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'packages/harness/dist/cli.js');
const tree = join(root, 'test/fixtures/clock-tree.json');
const COUNT = Number(process.env.BENCH_SCALE_COUNT ?? 64);
const CONCURRENCY = Number(process.env.BENCH_SCALE_CONCURRENCY ?? 4);
const LATENCY = 200;
const CORES = availableParallelism();
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
const tmp = mkdtempSync(join(tmpdir(), 'inftool-bench-scale-'));

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts a process and resolves with it once a line of its stderr matches `ready`. */
function startUntil(command, args, ready) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve) => {
    for (const stream of [child.stdout, child.stderr])
      createInterface({ input: stream }).on('line', (line) => {
        const match = ready.exec(line);
        if (match) resolve({ child, match });
      });
  });
}

/** CPU seconds (user + system) from /proc/<pid>/stat: the process's own, or (`reaped`) that of its children it has waited for. */
function cpuSeconds(pid, reaped = false) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1).split(' '); // fields from the 3rd (state) on
    const [user, system] = reaped ? [fields[13], fields[14]] : [fields[11], fields[12]];
    return (Number(user) + Number(system)) / TICKS;
  } catch {
    return undefined; // not Linux
  }
}

/**
 * CPU of the processes this bench starts and waits for in between (the collector and the workers, or
 * one `synth`: the kernel adds a child's CPU to its parent's once the child is reaped), of Redis, and
 * the wall time, from `begin()` to `end()`.
 */
function cpuMeter(redisPid) {
  const at = () => ({ wall: performance.now(), children: cpuSeconds('self', true), redis: cpuSeconds(redisPid) });
  let start;
  return {
    begin: () => (start = at()),
    /** The start of the span without the children reaped so far (a probe's own CPU is not the harness's). */
    rebase: () => (start = { ...start, children: cpuSeconds('self', true) }),
    end: () => {
      const stop = at();
      const harness = stop.children === undefined ? undefined : stop.children - start.children;
      const seconds = (stop.wall - start.wall) / 1000;
      return {
        cpu: harness,
        cpuShare: harness === undefined ? undefined : harness / (seconds * CORES),
        redisCpu: stop.redis - start.redis,
      };
    },
  };
}

const lines = (dir) =>
  ['trajectories.jsonl', 'rejected.jsonl']
    .map((name) => {
      try {
        return readFileSync(join(dir, name), 'utf8').split('\n').length - 1;
      } catch {
        return 0;
      }
    })
    .reduce((sum, count) => sum + count, 0);

/**
 * Runs `inftool synth` and times it two ways: the whole command (its own "in N s", which for a queue
 * includes the workers reading the tree and starting their servers once the run appears), and the
 * steady rate: records after the first over the time from the first record to the last (polled).
 */
function run(args, out) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let first;
    let last;
    const poll = setInterval(() => {
      const count = lines(out);
      if (count >= 1 && first === undefined) first = { at: performance.now(), count };
      if (count >= COUNT && last === undefined) last = performance.now();
    }, 50);
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => {
      clearInterval(poll);
      last ??= performance.now();
      const seconds = /of \d+ tasks in ([\d.]+) s/.exec(stderr);
      if (code !== 0 || !seconds) reject(new Error(`inftool ${args[0]} exited ${code}: ${stderr.slice(-400)}`));
      else resolve({ seconds: Number(seconds[1]), steady: (COUNT - first.count) / ((last - first.at) / 1000) });
    });
  });
}

const model = await startUntil(process.execPath, [join(root, 'bench/fake-model-server.mjs'), String(LATENCY)], /at (http:\S+)/);
const baseUrl = model.match[1];
const port = await freePort();
const redis = await startUntil(
  'redis-server',
  ['--port', String(port), '--bind', '127.0.0.1', '--dir', tmp, '--appendonly', 'yes', '--save', ''],
  /Ready to accept connections/,
);
const queue = `redis://127.0.0.1:${port}/0`;
const synthArgs = (out) => [
  'synth',
  '--tree',
  tree,
  '--count',
  String(COUNT),
  '--out',
  join(tmp, out),
  '--assistant-model',
  'fake',
  '--base-url',
  baseUrl,
  '--concurrency',
  String(CONCURRENCY),
  '--no-progress',
];
const clients = () =>
  spawnSync('redis-cli', ['-p', String(port), 'client', 'list'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n').length;

const meter = cpuMeter(redis.child.pid);
const figure = (value, digits, unit = '') => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(digits)}${unit}`);

try {
  const rows = [];
  meter.begin();
  rows.push({ setup: 'synth, one process', ...(await run(synthArgs('single'), join(tmp, 'single'))), ...meter.end() });
  for (const n of [1, 2, 4]) {
    const before = clients();
    meter.begin();
    const workers = Array.from({ length: n }, () =>
      spawn(process.execPath, [cli, 'worker', '--queue', queue, '--concurrency', String(CONCURRENCY)], { stdio: 'ignore' }),
    );
    // Started when every worker is up and waiting (their Node start-up is not the queue's cost).
    while (clients() < before + n) await new Promise((resolve) => setTimeout(resolve, 100));
    meter.rebase(); // the redis-cli probes above are reaped: not the harness's CPU
    const exited = workers.map((worker) => new Promise((resolve) => worker.on('exit', resolve)));
    const timing = await run([...synthArgs(`queued-${n}`), '--queue', queue], join(tmp, `queued-${n}`));
    await Promise.all(exited);
    rows.push({ setup: `synth --queue, ${n} worker(s)`, workers: n, ...timing, ...meter.end() });
  }
  const one = rows.find((row) => row.workers === 1);
  const single = rows[0];
  console.log(`${COUNT} tasks, ${CONCURRENCY} conversation(s) per process, model ${LATENCY} ms a call`);
  console.log(
    '| setup | whole run s | tasks/s (whole) | steady tasks/s | steady vs 1 worker (ideal) | steady vs one process |' +
      ` harness CPU s | harness CPU share (${CORES} cores) | harness CPU ms/task | Redis CPU s |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows)
    console.log(
      `| ${row.setup} | ${row.seconds.toFixed(1)} | ${(COUNT / row.seconds).toFixed(2)} | ${row.steady.toFixed(2)} | ${row.workers ? `${(row.steady / one.steady).toFixed(2)}× (${row.workers}×)` : ''} | ${(row.steady / single.steady).toFixed(2)}× |` +
        ` ${figure(row.cpu, 1)} | ${figure(row.cpuShare * 100, 0, ' %')} | ${figure((row.cpu * 1000) / COUNT, 0)} | ${figure(row.redisCpu, 1)} |`,
    );
  console.log(
    "harness CPU: the collector and worker processes (or the one synth), from the workers' start to their exit; share = CPU s / (wall s × cores)",
  );
} finally {
  model.child.kill();
  redis.child.kill();
  rmSync(tmp, { recursive: true, force: true });
}
