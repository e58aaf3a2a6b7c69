import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { stringify } from 'yaml';
import { InfToolError, type Trajectory } from '@inftool/core';
import { auditRun } from '../audit/audit-run.js';
import { qualityTables, QUALITY_COLUMNS_TEXT, type QualityTable } from '../audit/format-table.js';
import { expandRecord, listRefs, TOOL_LISTS } from '../run/compact-record.js';
import { ACCEPTED, MANIFEST, parseTrajectoryLine, scanLines, ToolListReader } from '../run/read-run.js';
import type { RunManifest } from '../run/run-manifest.js';
import { toOpenAI } from './formats.js';

/** Default bound of one shard: the rows' JSON text, before Parquet encodes and compresses it. */
export const DEFAULT_SHARD_BYTES = 128 * 1024 * 1024;

/** One row of the dataset: the openai export's `{messages, tools}` with the record's id, task and kind. */
export interface HfRow {
  id: string;
  task_id: string;
  kind: string;
  difficulty: string;
  messages: Trajectory['messages'];
  /** The chat-completions tools; each `parameters` (a JSON Schema of any shape) as JSON text. */
  tools: Array<{ type: string; function: { name: string; description: string; parameters: string } }>;
}

const text = (name: string, repetition: 'REQUIRED' | 'OPTIONAL' = 'REQUIRED') => ({
  name,
  type: 'BYTE_ARRAY' as const,
  converted_type: 'UTF8' as const,
  repetition_type: repetition,
});
const list = (name: string, children: number, repetition: 'REQUIRED' | 'OPTIONAL' = 'REQUIRED') => [
  { name, repetition_type: repetition, converted_type: 'LIST' as const, num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED' as const, num_children: 1 },
  { name: 'element', repetition_type: 'REQUIRED' as const, num_children: children },
];

/**
 * The Parquet schema: nested lists and structs as Hugging Face `datasets` reads them into Python
 * lists of dicts (`messages` is what chat templates take). A field a message does not have reads as null.
 */
const SCHEMA = [
  { name: 'root', num_children: 6 },
  text('id'),
  text('task_id'),
  text('kind'),
  text('difficulty'),
  ...list('messages', 4),
  text('role'),
  text('content', 'OPTIONAL'),
  ...list('tool_calls', 3, 'OPTIONAL'),
  text('id'),
  text('type'),
  { name: 'function', repetition_type: 'REQUIRED' as const, num_children: 2 },
  text('name'),
  text('arguments'),
  text('tool_call_id', 'OPTIONAL'),
  ...list('tools', 2),
  text('type'),
  { name: 'function', repetition_type: 'REQUIRED' as const, num_children: 3 },
  text('name'),
  text('description'),
  text('parameters'),
];
const COLUMNS = ['id', 'task_id', 'kind', 'difficulty', 'messages', 'tools'] as const;

/** A record as a dataset row: `toOpenAI` (the openai export), with each tool's parameters as JSON text. */
export function hfRow(record: Trajectory): HfRow {
  const { messages, tools } = toOpenAI(record) as {
    messages: Trajectory['messages'];
    tools: Array<{ type: string; function: { name: string; description: string; parameters: unknown } }>;
  };
  return {
    id: record.id,
    task_id: record.task.id,
    kind: record.task.kind,
    difficulty: record.task.difficulty,
    messages,
    tools: tools.map((tool) => ({ type: tool.type, function: { ...tool.function, parameters: JSON.stringify(tool.function.parameters) } })),
  };
}

/** Encodes rows as one Parquet file (snappy, row groups of 1000 rows). */
export function parquetShard(rows: HfRow[]): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: COLUMNS.map((name) => ({ name, data: rows.map((row) => row[name]) })),
      schema: SCHEMA,
      rowGroupSize: 1000,
    }),
  );
}

export interface HfExportOptions {
  /**
   * Upper bound of one shard's rows as JSON text (default 128 MiB); a single larger row makes a shard
   * alone. Rows waiting for their shard, over all splits, stay under twice this: past it the largest
   * split's shard is written early.
   */
  shardBytes?: number;
  /** The license when no source's `_meta` names one (a Hub license id, e.g. `cc-by-4.0`). */
  license?: string;
  /** A name for the card's title (default: the run folder's name). */
  name?: string;
}

export interface HfExportSummary {
  out: string;
  /** Records per split (scenario kind). */
  splits: Record<string, { records: number; shards: string[] }>;
  records: number;
  licenses: string[];
}

/** Licenses by the Hub's ids, from the names specs give (`info.license.name`). */
const HUB_LICENSES: Array<[RegExp, string]> = [
  [/^apache[- ]?(license)?[- ]?(version )?2(\.0)?$/i, 'apache-2.0'],
  [/^mit( license)?$/i, 'mit'],
  [/^cc0([- ]1\.0)?$/i, 'cc0-1.0'],
  [/^cc[- ]by[- ]4\.0$/i, 'cc-by-4.0'],
  [/^cc[- ]by[- ]sa[- ]4\.0$/i, 'cc-by-sa-4.0'],
  [/^bsd[- ]3[- ]clause$/i, 'bsd-3-clause'],
  [/^gpl[- ]?3\.0$/i, 'gpl-3.0'],
];

interface SourceLicense {
  /** The Hub id, or `other` when the name maps to none. */
  id: string;
  /** As the source names it. */
  name: string;
  url?: string;
}

/** `_meta["inftool/source"].license` (or `_meta.license`) of an MCP tool: a string or `{name, identifier, url}`. */
function licenseOf(tool: unknown): SourceLicense | undefined {
  const meta = (tool as { _meta?: Record<string, unknown> } | null)?._meta;
  if (typeof meta !== 'object' || meta === null) return undefined;
  const source = meta['inftool/source'] as { license?: unknown } | undefined;
  const raw = source?.license ?? meta['license'];
  const named =
    typeof raw === 'string'
      ? { name: raw }
      : typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string'
        ? (raw as { name: string; identifier?: string; url?: string })
        : undefined;
  if (!named || named.name.trim() === '') return undefined;
  const spdx = 'identifier' in named && typeof named.identifier === 'string' ? named.identifier : named.name;
  const id = HUB_LICENSES.find(([pattern]) => pattern.test(spdx.trim()))?.[1] ?? 'other';
  return { id, name: named.name.trim(), ...('url' in named && typeof named.url === 'string' ? { url: named.url } : {}) };
}

interface Sources {
  /** Each source API (`_meta["inftool/source"].api`, else its file) and the license its metadata names. */
  apis: Map<string, SourceLicense | undefined>;
  /** Tools (by name) the run offered with no source metadata at all: their license is not known. */
  unattributed: Set<string>;
}

/** The source APIs and their licenses, from the MCP tool pages (`tools/list`) the run stored. */
async function sourcesOf(runDir: string): Promise<Sources> {
  const sources: Sources = { apis: new Map(), unattributed: new Set() };
  const folder = join(runDir, TOOL_LISTS);
  if (!existsSync(folder)) return sources;
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.json')).sort()) {
    let tools: unknown;
    try {
      tools = JSON.parse(await readFile(join(folder, file), 'utf8'));
    } catch {
      throw new InfToolError('invalid_input', `${join(folder, file)} is not JSON: the run's tool lists are torn or edited`);
    }
    if (!Array.isArray(tools)) continue;
    for (const tool of tools as Array<{
      name?: unknown;
      inputSchema?: unknown;
      _meta?: Record<string, { api?: unknown; file?: unknown }>;
    } | null>) {
      // MCP tool pages (with inputSchema) carry _meta; the offered lists in the chat form do not.
      if (typeof tool !== 'object' || tool === null || tool.inputSchema === undefined) continue;
      const source = tool._meta?.['inftool/source'];
      const api = typeof source?.api === 'string' ? source.api : typeof source?.file === 'string' ? basename(source.file) : undefined;
      if (api === undefined) {
        if (typeof tool.name === 'string') sources.unattributed.add(tool.name);
        continue;
      }
      const license = licenseOf(tool);
      if (!sources.apis.has(api) || (license && !sources.apis.get(api))) sources.apis.set(api, license);
    }
  }
  return sources;
}

/** The Hub's size bucket for a number of rows. */
export function sizeCategory(rows: number): string {
  const buckets: Array<[number, string]> = [
    [1e3, 'n<1K'],
    [1e4, '1K<n<10K'],
    [1e5, '10K<n<100K'],
    [1e6, '100K<n<1M'],
    [1e7, '1M<n<10M'],
    [1e8, '10M<n<100M'],
    [1e9, '100M<n<1B'],
  ];
  return buckets.find(([limit]) => rows < limit)?.[1] ?? 'n>1B';
}

const markdownTable = (table: QualityTable): string[] => [
  `**${table.title.replace(/:$/, '')}**`,
  '',
  `| ${table.header.join(' | ')} |`,
  `| ${table.header.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
  ...table.rows.map((row) => `| ${row.join(' | ')} |`),
  '',
  ...table.notes.map((note) => `- ${note}`),
  '',
];

/** Whether a process of this id runs (a signal 0 reaches it, or it exists under another user). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const SHARD = (kind: string, index: number, count: number) =>
  `data/${kind}-${String(index).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.parquet`;

/**
 * Writes the accepted records of a run as a Hugging Face dataset folder: Parquet shards per scenario
 * kind (one split each) and a `README.md` card. Everything is written into a temporary folder beside
 * `out` and renamed into place at the end, so an export that fails or is killed leaves no half dataset.
 */
export async function exportHfDataset(runDir: string, out: string, options: HfExportOptions = {}): Promise<HfExportSummary> {
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
  if (!Number.isInteger(shardBytes) || shardBytes < 1)
    throw new InfToolError('config', `--shard-mb must give a positive size (got ${shardBytes} bytes)`);
  const manifestFile = join(runDir, MANIFEST);
  if (!existsSync(manifestFile)) throw new InfToolError('invalid_input', `${runDir} is not a run directory (no ${MANIFEST})`);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as RunManifest;
  const target = resolve(out);
  if (existsSync(target) && (await readdir(target)).length > 0)
    throw new InfToolError('config', `--out ${out} already exists and is not empty: choose a new folder or remove it first`);
  const prefix = `.${basename(target)}.partial-`;
  const temp = join(dirname(target), `${prefix}${process.pid}`);
  // What an export killed before left beside --out (its process is gone) is removed.
  if (existsSync(dirname(target)))
    for (const name of await readdir(dirname(target)))
      if (name.startsWith(prefix) && (name === basename(temp) || !alive(Number(name.slice(prefix.length)))))
        await rm(join(dirname(target), name), { recursive: true, force: true });
  await mkdir(join(temp, 'data'), { recursive: true });
  try {
    const splits = new Map<string, { rows: HfRow[]; bytes: number; parts: string[]; records: number }>();
    const flush = async (kind: string) => {
      const split = splits.get(kind)!;
      if (split.rows.length === 0) return;
      const part = `data/${kind}.part-${split.parts.length}.parquet`;
      await writeFile(join(temp, part), parquetShard(split.rows));
      split.parts.push(part);
      split.rows = [];
      split.bytes = 0;
    };
    const file = join(runDir, ACCEPTED);
    const lists = new ToolListReader(runDir);
    await scanLines(file, async (line, number) => {
      const parsed = parseTrajectoryLine(line, file, number);
      const resolved = new Map<string, readonly unknown[]>();
      for (const ref of listRefs(parsed)) resolved.set(ref, await lists.load(ref));
      const record = expandRecord(parsed, (ref) => resolved.get(ref) as readonly unknown[]);
      if (record.outcome !== 'accepted') return;
      const row = hfRow(record);
      const bytes = Buffer.byteLength(JSON.stringify(row), 'utf8');
      let split = splits.get(row.kind);
      if (!split) splits.set(row.kind, (split = { rows: [], bytes: 0, parts: [], records: 0 }));
      if (split.rows.length > 0 && split.bytes + bytes > shardBytes) await flush(row.kind);
      split.rows.push(row);
      split.bytes += bytes;
      split.records += 1;
      let held = 0;
      for (const entry of splits.values()) held += entry.bytes;
      if (held > 2 * shardBytes) await flush([...splits].sort(([, a], [, b]) => b.bytes - a.bytes)[0]![0]);
    });
    if (splits.size === 0) throw new InfToolError('invalid_input', `${file} holds no accepted record: there is nothing to export`);
    const summary: HfExportSummary = { out: target, splits: {}, records: 0, licenses: [] };
    for (const [kind, split] of [...splits].sort(([a], [b]) => a.localeCompare(b))) {
      await flush(kind);
      const shards = split.parts.map((_, index) => SHARD(kind, index, split.parts.length));
      for (const [index, part] of split.parts.entries()) await rename(join(temp, part), join(temp, shards[index]!));
      summary.splits[kind] = { records: split.records, shards };
      summary.records += split.records;
    }
    const card = await datasetCard(runDir, manifest, summary, await sourcesOf(runDir), options);
    summary.licenses = card.licenses;
    await writeFile(join(temp, 'README.md'), card.text);
    if (existsSync(target)) await rm(target, { recursive: true });
    await rename(temp, target);
    return summary;
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

async function datasetCard(
  runDir: string,
  manifest: RunManifest,
  summary: HfExportSummary,
  { apis, unattributed }: Sources,
  options: HfExportOptions,
): Promise<{ text: string; licenses: string[] }> {
  const named = [...apis.values()].filter((license): license is SourceLicense => license !== undefined);
  // What no source's metadata covers gets the license given to the export, or `unknown`: never a guess.
  const uncovered = [...apis.values()].some((license) => license === undefined) || unattributed.size > 0 || apis.size === 0;
  const ids = [...new Set(named.map((license) => license.id))].sort();
  if (uncovered) ids.push(options.license ?? 'unknown');
  const licenses = [...new Set(ids)];
  const others = [...new Map(named.filter((license) => license.id === 'other').map((license) => [license.name, license])).values()];
  const kinds = Object.keys(summary.splits);
  const front: Record<string, unknown> = {
    license: licenses.length === 1 ? licenses[0] : licenses,
    ...(others.length > 0
      ? { license_name: others.map((license) => license.name).join(', '), ...(others[0]?.url ? { license_link: others[0].url } : {}) }
      : {}),
    language: ['en'],
    pretty_name: options.name ?? `InfTool tool-use conversations (${basename(resolve(runDir))})`,
    task_categories: ['text-generation'],
    tags: ['tool-use', 'function-calling', 'synthetic', 'mcp'],
    size_categories: [sizeCategory(summary.records)],
    configs: [
      {
        config_name: 'default',
        data_files: kinds.map((kind) => ({ split: kind, path: `data/${kind}-*.parquet` })),
      },
    ],
  };
  const models = Object.entries(manifest.models);
  const offline = models.filter(([, model]) => model === 'offline').map(([role]) => role);
  const audit = qualityTables(await auditRun(runDir));
  const plan = manifest.plan;
  const lines = [
    '---',
    stringify(front, { lineWidth: 0 }).trimEnd(),
    '---',
    '',
    `# ${front['pretty_name'] as string}`,
    '',
    `${summary.records} tool-use conversations made by InfTool from API specs: a simulated user asks, an assistant calls tools over MCP, simulated MCP servers answer, and automated checks keep a conversation only when its calls, results and final answer hold up. Only accepted conversations are here.`,
    '',
    '## Splits',
    '',
    'One split per scenario kind.',
    '',
    '| split | conversations | shards |',
    '| --- | ---: | ---: |',
    ...kinds.map((kind) => `| ${kind} | ${summary.splits[kind]!.records} | ${summary.splits[kind]!.shards.length} |`),
    '',
    '## Loading',
    '',
    '```python',
    'from datasets import load_dataset',
    '',
    'ds = load_dataset("path/or/hub-id")  # this folder, or its copy on the Hub',
    `row = ds["${kinds[0] ?? 'single'}"][0]`,
    'import json',
    'tools = [{**t, "function": {**t["function"], "parameters": json.loads(t["function"]["parameters"])}} for t in row["tools"]]',
    '```',
    '',
    '## Fields',
    '',
    '- `id`: the conversation; `task_id`: its planned task (several rollouts of one task share it); `kind`: the scenario; `difficulty`: as planned.',
    '- `messages`: the OpenAI chat form: `role`, `content` (null for an assistant turn that only calls tools), `tool_calls` (`id`, `type`, `function.name`, `function.arguments` as JSON text), `tool_call_id` on tool results. Fields a message does not have are null.',
    "- `tools`: the tools offered, in the chat-completions form; each `function.parameters` is the tool's JSON Schema as JSON text (schemas differ in shape, so Parquet keeps them as text).",
    '',
    '## Sources and license',
    '',
    apis.size === 0
      ? 'The run keeps no source metadata (`_meta["inftool/source"]`) for its tools.'
      : `The tools come from ${apis.size} API${apis.size === 1 ? '' : 's'}:`,
    '',
    ...[...apis]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([api, license]) => `- ${api}: ${license ? `${license.name}${license.url ? ` (<${license.url}>)` : ''}` : 'no license given'}`),
    ...(unattributed.size > 0
      ? [
          `- ${unattributed.size} tool${unattributed.size === 1 ? '' : 's'} with no source metadata: ${[...unattributed].sort().slice(0, 20).join(', ')}${unattributed.size > 20 ? ', …' : ''}`,
        ]
      : []),
    '',
    `License in the front matter: ${licenses.join(', ')}: ${[
      ...(named.length > 0 ? ["what the sources' metadata names"] : []),
      ...(uncovered
        ? [
            options.license
              ? `${options.license} as given to the export for the rest`
              : '`unknown` for the rest (no metadata names one; `--license` sets it)',
          ]
        : []),
    ].join(', ')}. Tool names, descriptions and schemas come from those specs; check their terms before publishing.`,
    '',
    '## Generation settings',
    '',
    '| setting | value |',
    '| --- | --- |',
    ...models.map(([role, model]) => `| ${role} model | ${model} |`),
    `| tree | ${basename(plan.tree)} |`,
    `| tree digest | ${plan.treeDigest ?? manifest.inputs?.treeSha256 ?? 'not kept'} |`,
    `| seed | ${plan.seed} |`,
    `| planned tasks | ${plan.count} (${plan.kinds.join(', ')}) |`,
    `| rollouts per task | ${plan.rollouts ?? 1} |`,
    `| judges | ${manifest.inputs?.judges ? `${manifest.inputs.judges.count}, threshold ${manifest.inputs.judges.threshold}` : 'none'} |`,
    `| reflection attempts | ${manifest.inputs?.reflect ?? 1} |`,
    `| wire kept | ${manifest.wire ?? 'full'} |`,
    `| run created | ${manifest.createdAt} |`,
    '',
    '## Quality audit',
    '',
    `From \`inftool audit\` over the run (accepted and rejected records). ${QUALITY_COLUMNS_TEXT}.`,
    '',
    ...audit.flatMap(markdownTable),
    '## Limits',
    '',
    '- Synthetic: every tool result was made by a simulated server (from the schema, a seeded world, or a model), not by the real API; values are plausible, not real.',
    ...(offline.length > 0
      ? [
          `- The ${offline.join(' and ')} role${offline.length === 1 ? ' was' : 's were'} played without a model (templated, seeded): the wording is narrower than people write.`,
        ]
      : []),
    '- Acceptance is by automated checks (and judges, when the run had them). They reject the faults they know; a conversation that passes them can still hold a mistake.',
    '- English only. Rejected conversations, the wire (JSON-RPC) and the checks are in the run directory, not here.',
    (plan.rollouts ?? 1) > 1
      ? '- Several rollouts of one task can be here (same `task_id`): split by `task_id`, not by row, when holding out data.'
      : '- One conversation per task.',
    '',
  ];
  return { text: lines.join('\n'), licenses };
}
