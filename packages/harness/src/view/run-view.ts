import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InfToolError, SchemaValidator, type Trajectory } from '@inftool/core';
import { auditRecords, qualityTables, QUALITY_COLUMNS_TEXT } from '../audit/index.js';
import { expandRecord, listRefs } from '../run/compact-record.js';
import { ACCEPTED, MANIFEST, REJECTED, ToolListReader, parseTrajectoryLine } from '../run/read-run.js';
import type { ArgumentIssue, AuditResponse, ListQuery, ListResponse, RecordResponse, RunFile, RunInfo, RunStats } from './api.js';
import { filterRecords } from './filter-records.js';
import { FileIndex, type FileIndexOptions, type IndexEntry } from './run-index.js';
import { runStats } from './run-stats.js';

const RAW_PREVIEW_CHARS = 20_000;

export interface RunViewOptions extends FileIndexOptions {
  /** Audit at most this many records (an even sample of a larger run). Defaults to 3000. */
  auditLimit?: number;
}

/** One run directory as the viewer sees it: its two indexed files, read on demand. */
export class RunView {
  readonly dir: string;
  private readonly files: Record<RunFile, FileIndex>;
  private readonly lists: ToolListReader;
  private readonly validator = new SchemaValidator();
  private stats: { version: string; value: RunStats } | undefined;
  private audit: { version: string; value: Promise<AuditResponse> } | undefined;

  constructor(
    dir: string,
    readonly index: number,
    private readonly options: RunViewOptions = {},
  ) {
    this.dir = resolve(dir);
    if (!existsSync(join(this.dir, ACCEPTED)) && !existsSync(join(this.dir, REJECTED)))
      throw new InfToolError('config', `${dir} holds no run: neither ${ACCEPTED} nor ${REJECTED} is there`);
    this.files = {
      trajectories: new FileIndex(this.dir, 'trajectories', options),
      rejected: new FileIndex(this.dir, 'rejected', options),
    };
    this.lists = new ToolListReader(this.dir);
  }

  /** Every entry, accepted first, after bringing the indexes up to date with the files. */
  async entries(): Promise<IndexEntry[]> {
    await Promise.all([this.files.trajectories.refresh(), this.files.rejected.refresh()]);
    return [...this.files.trajectories.entries, ...this.files.rejected.entries];
  }

  private get version(): string {
    return `${this.files.trajectories.version}.${this.files.rejected.version}`;
  }

  async info(): Promise<RunInfo> {
    const entries = await this.entries();
    if (this.stats?.version !== this.version)
      this.stats = { version: this.version, value: runStats(entries.map((entry) => entry.summary)) };
    let manifest: Record<string, unknown> | null = null;
    try {
      manifest = JSON.parse(await readFile(join(this.dir, MANIFEST), 'utf8')) as Record<string, unknown>;
    } catch {
      manifest = null;
    }
    return {
      index: this.index,
      dir: this.dir,
      name: `${basename(dirname(this.dir))}/${basename(this.dir)}`,
      manifest,
      stats: this.stats.value,
    };
  }

  async list(query: ListQuery): Promise<ListResponse> {
    return filterRecords(await this.entries(), query);
  }

  /** The `inftool audit` tables, over the whole run or an even sample of it (computed once per version of the files). */
  async auditTables(): Promise<AuditResponse> {
    const entries = await this.entries();
    if (this.audit?.version !== this.version) {
      const value = this.computeAudit(entries);
      value.catch(() => {
        this.audit = undefined;
      });
      this.audit = { version: this.version, value };
    }
    return this.audit.value;
  }

  private async computeAudit(entries: IndexEntry[]): Promise<AuditResponse> {
    const readable = entries.filter((entry) => entry.summary.error === undefined);
    const limit = this.options.auditLimit ?? 3000;
    const step = readable.length / Math.min(limit, readable.length);
    const sample = readable.length <= limit ? readable : Array.from({ length: limit }, (_, index) => readable[Math.floor(index * step)]!);
    const records: Array<{ record: Trajectory; bytes: number }> = [];
    for (const entry of sample) records.push({ record: await this.readRecord(entry), bytes: entry.length });
    const report = auditRecords(this.dir, records);
    return { audited: records.length, of: entries.length, columns: QUALITY_COLUMNS_TEXT, tables: qualityTables(report) };
  }

  /**
   * A record by its index entry, checked against the contract. `wireLists: false` resolves only the
   * offered tools and leaves the wire's `tools/list` pages as their references (a static report holds
   * many records that share those pages).
   */
  private async readRecord(entry: IndexEntry, wireLists = true): Promise<Trajectory> {
    const index = this.files[entry.summary.file];
    const line = parseTrajectoryLine(await index.readLine(entry), index.path, entry.summary.line);
    if (!wireLists && line.schemaVersion === 2)
      return { ...line, tools: (await this.lists.load(line.tools.$ref)) as Trajectory['tools'] } as unknown as Trajectory;
    const resolved = new Map<string, readonly unknown[]>();
    for (const ref of listRefs(line)) resolved.set(ref, await this.lists.load(ref));
    return expandRecord(line, (ref) => resolved.get(ref) as readonly unknown[]);
  }

  /** One record by file and line number, full (see `readRecord` for `wireLists`), with its calls checked against the offered tools; or why it cannot be read. */
  async record(file: RunFile, line: number, options: { wireLists?: boolean } = {}): Promise<RecordResponse | undefined> {
    await this.entries();
    const entry = this.files[file].entries.find((candidate) => candidate.summary.line === line);
    if (entry === undefined) return undefined;
    try {
      const record = await this.readRecord(entry, options.wireLists ?? true);
      return { file, line, bytes: entry.length, record, argumentIssues: this.argumentIssues(record) };
    } catch (error) {
      const raw = await this.files[file].readLine(entry);
      return {
        file,
        line,
        bytes: entry.length,
        record: null,
        argumentIssues: {},
        error: (error as Error).message,
        raw: raw.slice(0, RAW_PREVIEW_CHARS),
      };
    }
  }

  /** Each tool call's arguments against the parameters of the tool offered under its name. */
  private argumentIssues(record: Trajectory): Record<string, ArgumentIssue[]> {
    const issues: Record<string, ArgumentIssue[]> = {};
    const tools = new Map(record.tools.map((tool) => [tool.name, tool]));
    for (const message of record.messages) {
      if (message.role !== 'assistant') continue;
      for (const call of message.tool_calls ?? []) {
        const tool = tools.get(call.function.name);
        if (tool === undefined) {
          issues[call.id] = [{ path: '$', message: `no tool named "${call.function.name}" was offered` }];
          continue;
        }
        let value: unknown;
        try {
          value = JSON.parse(call.function.arguments);
        } catch (error) {
          issues[call.id] = [{ path: '$', message: `the arguments are not JSON (${(error as Error).message})` }];
          continue;
        }
        try {
          const result = this.validator.validate(tool.parameters, value);
          if (!result.valid) issues[call.id] = result.issues;
        } catch (error) {
          issues[call.id] = [{ path: '$', message: `the tool's parameters are not a usable JSON Schema (${(error as Error).message})` }];
        }
      }
    }
    return issues;
  }
}
