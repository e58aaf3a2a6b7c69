import { readFile } from 'node:fs/promises';
import { InfToolError, errorMessage } from '@inftool/core';
import { SCORE_NAMES, type ScoreName, type SessionFailure, type SessionScores } from './score-session.js';

/** One task's outcome, as report.json lists it. */
export interface TaskResult {
  id: string;
  kind: string;
  domain: string;
  passed: boolean;
  scores: SessionScores;
  reasons: string[];
  failure?: SessionFailure;
  failedTools: string[];
  plannedTools: string[];
  /** The agent's time to reply, per turn (ms). */
  turnMs: number[];
  /** The whole task, wall clock (ms): endpoint, agent start and stop, user, scoring. */
  ms: number;
  /** How long the agent took to exit once its input was closed (ms; ended after a 1 s grace). */
  stopMs: number;
  /** The task's time outside the waits for the agent's replies, its exit and the user model (ms): the harness's own overhead. */
  harnessMs: number;
  /** How long the user simulator took, all its turns and answers together (ms; a model user's requests). */
  userMs?: number;
  /** The user simulator's verdict when it ended the conversation itself: satisfied, or gave up. */
  userSatisfied?: boolean;
  /** HTTP requests to the task's endpoint, by MCP method. */
  requests: Record<string, number>;
  toolCalls: number;
  endReason: string;
}

export interface GroupSummary {
  tasks: number;
  passed: number;
  passRate: number;
  /** Mean of each score over the tasks it applies to. */
  scores: Partial<Record<ScoreName, number>>;
}

export interface Quantiles {
  p50: number;
  p95: number;
  max: number;
}

export interface AgentReport {
  schemaVersion: 1;
  agent: string;
  /** The user simulator: `offline` or the user model's name. */
  user?: string;
  tree: string;
  treeDigest: string;
  seed: string;
  scenarios: string[];
  suite?: string;
  overall: GroupSummary;
  byKind: Record<string, GroupSummary>;
  byDomain: Record<string, GroupSummary>;
  /** Tools most often in a failed step (at least two tasks planned with them, or one failure). */
  worstTools: Array<{ tool: string; planned: number; failed: number; failRate: number }>;
  /** Agents that crashed, stayed silent or wrote garbage, and user models that failed (`user_failed`), by kind. */
  failures: Partial<Record<SessionFailure, number>>;
  latency: { turnMs: Quantiles; taskMs: Quantiles; harnessMsPerTask: Quantiles };
  mcp: { requests: Record<string, number>; requestsPerTask: number; toolCallsPerTask: number };
  tasks: TaskResult[];
}

function quantiles(values: number[]): Quantiles {
  if (values.length === 0) return { p50: 0, p95: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) as number };
}

const round = (value: number): number => Number(value.toFixed(4));

function summarize(results: readonly TaskResult[]): GroupSummary {
  const passed = results.filter((result) => result.passed).length;
  const scores: Partial<Record<ScoreName, number>> = {};
  for (const name of SCORE_NAMES) {
    const values = results.flatMap((result) => (result.scores[name] === undefined ? [] : [result.scores[name]]));
    if (values.length > 0) scores[name] = round(values.reduce((sum, value) => sum + value, 0) / values.length);
  }
  return { tasks: results.length, passed, passRate: results.length === 0 ? 0 : round(passed / results.length), scores };
}

function groupBy(results: readonly TaskResult[], key: (result: TaskResult) => string): Record<string, GroupSummary> {
  const groups = new Map<string, TaskResult[]>();
  for (const result of results) groups.set(key(result), [...(groups.get(key(result)) ?? []), result]);
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, group]) => [name, summarize(group)]));
}

export function buildReport(
  results: readonly TaskResult[],
  meta: { agent: string; user?: string; tree: string; treeDigest: string; seed: string; scenarios: string[]; suite?: string },
): AgentReport {
  const planned = new Map<string, number>();
  const failed = new Map<string, number>();
  for (const result of results) {
    for (const tool of result.plannedTools) planned.set(tool, (planned.get(tool) ?? 0) + 1);
    for (const tool of result.failedTools) failed.set(tool, (failed.get(tool) ?? 0) + 1);
  }
  const worstTools = [...failed]
    .map(([tool, count]) => {
      const times = Math.max(planned.get(tool) ?? 0, count);
      return { tool, planned: planned.get(tool) ?? 0, failed: count, failRate: round(count / times) };
    })
    .sort((a, b) => b.failRate - a.failRate || b.failed - a.failed || a.tool.localeCompare(b.tool))
    .slice(0, 10);
  const failures: Partial<Record<SessionFailure, number>> = {};
  for (const result of results) if (result.failure) failures[result.failure] = (failures[result.failure] ?? 0) + 1;
  const requests: Record<string, number> = {};
  for (const result of results)
    for (const [method, count] of Object.entries(result.requests)) requests[method] = (requests[method] ?? 0) + count;
  const totalRequests = Object.values(requests).reduce((sum, count) => sum + count, 0);
  const n = Math.max(1, results.length);
  return {
    schemaVersion: 1,
    ...meta,
    overall: summarize(results),
    byKind: groupBy(results, (result) => result.kind),
    byDomain: groupBy(results, (result) => result.domain),
    worstTools,
    failures,
    latency: {
      turnMs: quantiles(results.flatMap((result) => result.turnMs)),
      taskMs: quantiles(results.map((result) => result.ms)),
      harnessMsPerTask: quantiles(results.map((result) => result.harnessMs)),
    },
    mcp: {
      requests,
      requestsPerTask: round(totalRequests / n),
      toolCallsPerTask: round(results.reduce((sum, result) => sum + result.toolCalls, 0) / n),
    },
    tasks: [...results],
  };
}

const percent = (value: number | undefined): string => (value === undefined ? '—' : `${(100 * value).toFixed(1)}%`);

/** A score's column: at least `least` wide, and as wide as its heading. */
const column = (heading: string, least: number): number => Math.max(least, heading.length);

/** The report as a table for stderr: per kind, per domain, worst tools, latency, requests. */
export function formatReport(report: AgentReport, out: string): string {
  const header = `  ${'group'.padEnd(24)} ${'tasks'.padStart(5)} ${'passed'.padStart(7)}  ${SCORE_NAMES.map((name) => name.padStart(column(name, 9))).join(' ')}`;
  const row = (name: string, group: GroupSummary) =>
    `  ${name.padEnd(24).slice(0, 24)} ${String(group.tasks).padStart(5)} ${percent(group.passRate).padStart(7)}  ${SCORE_NAMES.map((score) => percent(group.scores[score]).padStart(column(score, 9))).join(' ')}`;
  const lines = [
    header,
    ...Object.entries(report.byKind).map(([kind, group]) => row(kind, group)),
    row('all', report.overall),
    '',
    '  by domain:',
    ...Object.entries(report.byDomain).map(([domain, group]) => row(domain, group)),
  ];
  if (report.worstTools.length > 0)
    lines.push(
      '',
      '  worst tools:',
      ...report.worstTools.slice(0, 5).map((tool) => `    ${tool.tool}: failed in ${tool.failed} of ${tool.planned} planned`),
    );
  const failures = Object.entries(report.failures);
  if (failures.length > 0) lines.push('', `  failures: ${failures.map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
  lines.push(
    '',
    `  agent reply p50 ${report.latency.turnMs.p50} ms, p95 ${report.latency.turnMs.p95} ms; task p50 ${report.latency.taskMs.p50} ms; harness per task p50 ${report.latency.harnessMsPerTask.p50} ms`,
    `  MCP requests per task ${report.mcp.requestsPerTask} (tool calls ${report.mcp.toolCallsPerTask}) → ${out}/report.json`,
  );
  return `${lines.join('\n')}\n`;
}

async function readReport(file: string): Promise<AgentReport> {
  let report: AgentReport;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as AgentReport;
  } catch (error) {
    throw new InfToolError('invalid_input', `--compare ${file}: cannot be read as JSON (${errorMessage(error)})`);
  }
  if (report?.schemaVersion !== 1 || typeof report.byKind !== 'object' || typeof report.overall !== 'object')
    throw new InfToolError('invalid_input', `--compare ${file}: not a report of inftool eval agent (report.json)`);
  return report;
}

/** Per-kind differences between two reports (B − A), and the tasks whose verdict changed when both ran the same ones. */
export async function compareReports(fileA: string, fileB: string): Promise<string> {
  const [a, b] = await Promise.all([readReport(fileA), readReport(fileB)]);
  const kinds = [...new Set([...Object.keys(a.byKind), ...Object.keys(b.byKind)])].sort();
  const delta = (x: number | undefined, y: number | undefined) =>
    x === undefined || y === undefined ? '—' : `${y - x >= 0 ? '+' : ''}${(100 * (y - x)).toFixed(1)}`;
  const lines = [
    `A: ${a.agent} (${fileA})`,
    `B: ${b.agent} (${fileB})`,
    a.treeDigest !== b.treeDigest || a.seed !== b.seed ? 'note: the two reports were planned from different trees or seeds' : '',
    `  ${'kind'.padEnd(16)} ${'A passed'.padStart(9)} ${'B passed'.padStart(9)} ${'Δ pts'.padStart(7)}  ${SCORE_NAMES.map((name) => `Δ ${name}`.padStart(column(`Δ ${name}`, 11))).join(' ')}`,
  ].filter((line) => line !== '');
  const row = (name: string, x: GroupSummary | undefined, y: GroupSummary | undefined) =>
    `  ${name.padEnd(16)} ${percent(x?.passRate).padStart(9)} ${percent(y?.passRate).padStart(9)} ${delta(x?.passRate, y?.passRate).padStart(7)}  ${SCORE_NAMES.map((score) => delta(x?.scores[score], y?.scores[score]).padStart(column(`Δ ${score}`, 11))).join(' ')}`;
  for (const kind of kinds) lines.push(row(kind, a.byKind[kind], b.byKind[kind]));
  lines.push(row('all', a.overall, b.overall));
  const inB = new Map(b.tasks.map((task) => [task.id, task]));
  const changed = a.tasks.flatMap((task) => {
    const other = inB.get(task.id);
    return other && other.passed !== task.passed
      ? [`  ${task.id}: ${task.passed ? 'passed' : 'failed'} → ${other.passed ? 'passed' : 'failed'}`]
      : [];
  });
  if (changed.length > 0) lines.push('', `tasks whose verdict changed (${changed.length}):`, ...changed.slice(0, 20));
  return `${lines.join('\n')}\n`;
}
