import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { InfToolError, SOURCE_META_KEY } from '@inftool/core';
import { auditRun } from '../audit/audit-run.js';
import { qualityTables, QUALITY_COLUMNS_TEXT, type QualityTable } from '../audit/format-table.js';
import { TOOL_LISTS } from '../run/compact-record.js';
import type { RunManifest } from '../run/run-manifest.js';
import type { HfExportOptions, HfExportSummary } from './hf-dataset.js';

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
  const source = meta[SOURCE_META_KEY] as { license?: unknown } | undefined;
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

export interface Sources {
  /** Each source API (`_meta["inftool/source"].api`, else its file) and the license its metadata names. */
  apis: Map<string, SourceLicense | undefined>;
  /** Tools (by name) the run offered with no source metadata at all: their license is not known. */
  unattributed: Set<string>;
}

/** The source APIs and their licenses, from the MCP tool pages (`tools/list`) the run stored. */
export async function sourcesOf(runDir: string): Promise<Sources> {
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
      const source = tool._meta?.[SOURCE_META_KEY];
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

/** The card's licenses: what the sources' metadata names, and for the rest the one given to the export or `unknown`. */
interface CardLicenses {
  licenses: string[];
  named: SourceLicense[];
  /** Licenses the Hub has no id for, by name. */
  others: SourceLicense[];
  /** Some tools' license is named by no source. */
  uncovered: boolean;
}

function cardLicenses({ apis, unattributed }: Sources, options: HfExportOptions): CardLicenses {
  const named = [...apis.values()].filter((license): license is SourceLicense => license !== undefined);
  // What no source's metadata covers gets the license given to the export, or `unknown`: never a guess.
  const uncovered = [...apis.values()].some((license) => license === undefined) || unattributed.size > 0 || apis.size === 0;
  const ids = [...new Set(named.map((license) => license.id))].sort();
  if (uncovered) ids.push(options.license ?? 'unknown');
  const licenses = [...new Set(ids)];
  const others = [...new Map(named.filter((license) => license.id === 'other').map((license) => [license.name, license])).values()];
  return { licenses, named, others, uncovered };
}

function frontMatter(
  runDir: string,
  summary: HfExportSummary,
  { licenses, others }: CardLicenses,
  options: HfExportOptions,
): Record<string, unknown> {
  const kinds = Object.keys(summary.splits);
  return {
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
}

function splitsSection(summary: HfExportSummary): string[] {
  const kinds = Object.keys(summary.splits);
  return [
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
  ];
}

function sourcesSection({ apis, unattributed }: Sources, { licenses, named, uncovered }: CardLicenses, options: HfExportOptions): string[] {
  return [
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
  ];
}

function settingsSection(manifest: RunManifest): string[] {
  const plan = manifest.plan;
  return [
    '## Generation settings',
    '',
    '| setting | value |',
    '| --- | --- |',
    ...Object.entries(manifest.models).map(([role, model]) => `| ${role} model | ${model} |`),
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
  ];
}

async function auditSection(runDir: string): Promise<string[]> {
  const audit = qualityTables(await auditRun(runDir));
  return [
    '## Quality audit',
    '',
    `From \`inftool audit\` over the run (accepted and rejected records). ${QUALITY_COLUMNS_TEXT}.`,
    '',
    ...audit.flatMap(markdownTable),
  ];
}

function limitsSection(manifest: RunManifest): string[] {
  const offline = Object.entries(manifest.models)
    .filter(([, model]) => model === 'offline')
    .map(([role]) => role);
  return [
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
    (manifest.plan.rollouts ?? 1) > 1
      ? '- Several rollouts of one task can be here (same `task_id`): split by `task_id`, not by row, when holding out data.'
      : '- One conversation per task.',
    '',
  ];
}

/** The dataset's `README.md`: front matter for the Hub, then splits, loading, fields, sources, settings, audit and limits. */
export async function datasetCard(
  runDir: string,
  manifest: RunManifest,
  summary: HfExportSummary,
  sources: Sources,
  options: HfExportOptions,
): Promise<{ text: string; licenses: string[] }> {
  const licenses = cardLicenses(sources, options);
  const front = frontMatter(runDir, summary, licenses, options);
  const lines = [
    '---',
    stringify(front, { lineWidth: 0 }).trimEnd(),
    '---',
    '',
    `# ${front['pretty_name'] as string}`,
    '',
    `${summary.records} tool-use conversations made by InfTool from API specs: a simulated user asks, an assistant calls tools over MCP, simulated MCP servers answer, and automated checks keep a conversation only when its calls, results and final answer hold up. Only accepted conversations are here.`,
    '',
    ...splitsSection(summary),
    ...sourcesSection(sources, licenses, options),
    ...settingsSection(manifest),
    ...(await auditSection(runDir)),
    ...limitsSection(manifest),
  ];
  return { text: lines.join('\n'), licenses: licenses.licenses };
}
