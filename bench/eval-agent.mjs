// `inftool eval agent` under load (docs/benchmarks.md, "Agent evaluation"): many tasks, many agents at
// once. Shows that every session ends with a verdict (none hung, no agent process outlives its task)
// and what the harness costs per task outside the agent's own time. Run after `pnpm build`:
//   node bench/eval-agent.mjs [--count 1000] [--concurrency 32]
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { evaluateAgent } from '../packages/harness/dist/index.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '32' } } });
const count = Number(values.count);
const concurrency = Number(values.concurrency);
const root = fileURLToPath(new URL('../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'inftool-bench-eval-agent-'));
const pids = join(tmp, 'pids');
const agent = `BENCH_PIDS=${JSON.stringify(pids)} ${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'bench/eval-agent-echo.mjs'))}`;

const started = performance.now();
const cpuBefore = process.cpuUsage();
const report = await evaluateAgent({
  tree: join(root, 'examples/demo-tree.json'),
  agent,
  kinds: ['single', 'parallel', 'multiple', 'irrelevance', 'missing_param', 'multi_turn', 'error_recovery'],
  count,
  seed: 'bench',
  out: join(tmp, 'run'),
  agentConcurrency: concurrency,
  turnTimeoutMs: 60_000,
  taskTimeoutMs: 300_000,
  maxTurns: 15,
});
const wall = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const alive = readFileSync(pids, 'utf8')
  .trim()
  .split('\n')
  .map(Number)
  .filter((pid) => {
    // Still running as the bench's agent (a pid may have been reused by another program since).
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('eval-agent-echo');
    } catch {
      return false;
    }
  });
const tasks = report.tasks;
const agentMs = tasks.reduce((sum, task) => sum + task.turnMs.reduce((a, b) => a + b, 0), 0);
const harnessMs = tasks.reduce((sum, task) => sum + task.harnessMs, 0);
const stopMs = tasks.reduce((sum, task) => sum + task.stopMs, 0);
const turns = tasks.reduce((sum, task) => sum + task.turnMs.length, 0);
console.log(`# eval agent bench — node ${process.version}, ${new Date().toISOString()}, ${count} tasks, ${concurrency} agents at once\n`);
console.log(
  '| tasks | with a verdict | agent failures | agents left running | wall | tasks/s | turns | harness ms/task p50 / p95 | agent ms/task mean (replies + exit) | harness / agent time | harness CPU ms/task |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
console.log(
  `| ${count} | ${tasks.length} | ${JSON.stringify(report.failures)} | ${alive.length} | ${wall.toFixed(1)} s | ${(tasks.length / wall).toFixed(1)} | ${turns} | ${report.latency.harnessMsPerTask.p50} / ${report.latency.harnessMsPerTask.p95} | ${(agentMs / tasks.length).toFixed(0)} + ${(stopMs / tasks.length).toFixed(0)} | ${(harnessMs / (agentMs + stopMs)).toFixed(3)} | ${((cpu.user + cpu.system) / 1000 / tasks.length).toFixed(1)} |`,
);
if (tasks.length !== count || alive.length > 0) {
  console.error(`FAILED: ${count - tasks.length} task(s) without a verdict, ${alive.length} agent(s) still running`);
  process.exit(1);
}
