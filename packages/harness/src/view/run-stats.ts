import type { Histogram, RecordSummary, RunStats } from './api.js';

/** Bins for counts: 0, 1, 2, 3–4, 5–8, 9–16, … (powers of two past 2). */
function powerBins(values: number[]): Histogram {
  const edges = [0, 1, 2, 3, 5, 9, 17, 33, 65, 129, 257, 513, 1025];
  const label = (index: number): string => {
    const low = edges[index]!;
    const next = edges[index + 1];
    if (next === undefined) return `≥ ${low}`;
    return next - low === 1 ? String(low) : `${low}–${next - 1}`;
  };
  return bin(values, edges, label);
}

/** Bins scaled to the values (1–2–5 steps), about ten of them. */
function scaledBins(values: number[], unit: string): Histogram {
  if (values.length === 0) return { labels: [], counts: [] };
  const largest = values.reduce((max, value) => Math.max(max, value), 0);
  const raw = largest / 10 || 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? raw;
  const edges = Array.from({ length: Math.floor(largest / step) + 1 }, (_, index) => index * step);
  const format = (value: number) => (value >= 10_000 ? `${Math.round(value / 1000)}k` : String(value));
  return bin(values, edges, (index) => `${format(edges[index]!)}${unit}`);
}

function bin(values: number[], edges: number[], label: (index: number) => string): Histogram {
  const counts = edges.map(() => 0);
  for (const value of values) {
    let index = edges.length - 1;
    while (index > 0 && value < edges[index]!) index -= 1;
    counts[index]! += 1;
  }
  let last = counts.length;
  while (last > 1 && counts[last - 1] === 0) last -= 1;
  return { labels: edges.slice(0, last).map((_, index) => label(index)), counts: counts.slice(0, last) };
}

/** The dashboard's figures, counted over the summaries of a run. */
export function runStats(summaries: readonly RecordSummary[]): RunStats {
  const stats: RunStats = {
    records: summaries.length,
    accepted: 0,
    rejected: 0,
    unreadable: 0,
    byKind: {},
    failedChecks: {},
    tools: {},
    servers: {},
    userTurns: { labels: [], counts: [] },
    calls: { labels: [], counts: [] },
    latencyMs: { labels: [], counts: [] },
    bytes: { labels: [], counts: [] },
    tokens: {},
    reward: {},
    models: {},
  };
  const rewardSums: Record<string, { total: number; count: number }> = {};
  for (const summary of summaries) {
    if (summary.error !== undefined) stats.unreadable += 1;
    else if (summary.outcome === 'accepted') stats.accepted += 1;
    else if (summary.outcome === 'rejected') stats.rejected += 1;
    const kind = (stats.byKind[summary.kind] ??= {});
    kind[summary.outcome] = (kind[summary.outcome] ?? 0) + 1;
    for (const id of summary.failed) stats.failedChecks[id] = (stats.failedChecks[id] ?? 0) + 1;
    for (const tool of summary.tools) stats.tools[tool] = (stats.tools[tool] ?? 0) + 1;
    for (const server of summary.servers) stats.servers[server] = (stats.servers[server] ?? 0) + 1;
    for (const [role, usage] of Object.entries(summary.tokens)) {
      const total = (stats.tokens[role] ??= { prompt: 0, completion: 0 });
      total.prompt += usage.prompt;
      total.completion += usage.completion;
    }
    for (const [role, model] of Object.entries(summary.models)) {
      const byModel = (stats.models[role] ??= {});
      byModel[model] = (byModel[model] ?? 0) + 1;
    }
    for (const [part, value] of Object.entries(summary.reward ?? {})) {
      const sum = (rewardSums[part] ??= { total: 0, count: 0 });
      sum.total += value;
      sum.count += 1;
    }
  }
  const readable = summaries.filter((summary) => summary.error === undefined);
  stats.userTurns = powerBins(readable.map((summary) => summary.userTurns));
  stats.calls = powerBins(readable.map((summary) => summary.calls));
  stats.latencyMs = scaledBins(
    readable.flatMap((summary) => (summary.ms === null ? [] : [summary.ms])),
    ' ms',
  );
  stats.bytes = scaledBins(
    readable.map((summary) => summary.bytes),
    ' B',
  );
  for (const [part, sum] of Object.entries(rewardSums)) stats.reward[part] = { mean: sum.total / sum.count, count: sum.count };
  return stats;
}
