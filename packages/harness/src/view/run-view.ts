import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InfToolError, SchemaValidator, type Trajectory } from '@inftool/core';
import { ACCEPTED, MANIFEST, REJECTED, ToolListReader } from '../run/read-run.js';
import type { ArgumentIssue, AuditResponse, ListQuery, ListResponse, RecordResponse, RunFile, RunInfo, RunStats } from './api.js';
import { pageOf, selectionKey, selectRecords } from './filter-records.js';
import { auditPlaces, loadRecord, type RecordPlace } from './read-record.js';
import { FileIndex, type FileIndexOptions, type IndexEntry } from './run-index.js';
import { runStats } from './run-stats.js';

const RAW_PREVIEW_CHARS = 20_000;
/** Selections (filter and sort) kept per run, newest last: the pages of one list are cut from one selection. */
const KEPT_SELECTIONS = 8;
/** The compiled audit worker; absent when running from TypeScript sources (tests), where the audit runs in-thread. */
const AUDIT_WORKER = fileURLToPath(new URL('./audit-worker.js', import.meta.url));

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
  private all: { version: string; value: IndexEntry[] } | undefined;
  private readonly selections = new Map<string, readonly IndexEntry[]>();

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
    if (this.all?.version !== this.version)
      this.all = { version: this.version, value: this.files.trajectories.entries.concat(this.files.rejected.entries) };
    return this.all.value;
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

  /**
   * One page of the query's matches and their number. The selection (filter and sort over every
   * summary) is kept for the version of the files, so the next pages of a scrolling list are cut from it.
   */
  async list(query: ListQuery): Promise<ListResponse> {
    const entries = await this.entries();
    const key = `${this.version} ${selectionKey(query)}`;
    let selected = this.selections.get(key);
    if (selected === undefined) {
      selected = selectRecords(entries, query);
      if (this.selections.size >= KEPT_SELECTIONS) this.selections.delete(this.selections.keys().next().value!);
    } else this.selections.delete(key);
    this.selections.set(key, selected);
    return pageOf(selected, query);
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

  /** The audit of an even sample of the readable records, on a worker thread when the compiled worker is there. */
  private async computeAudit(entries: IndexEntry[]): Promise<AuditResponse> {
    const readable = entries.filter((entry) => entry.summary.error === undefined);
    const limit = this.options.auditLimit ?? 3000;
    const step = readable.length / Math.min(limit, readable.length);
    const sample = readable.length <= limit ? readable : Array.from({ length: limit }, (_, index) => readable[Math.floor(index * step)]!);
    const places: RecordPlace[] = sample.map(({ summary, offset, length }) => ({ file: summary.file, line: summary.line, offset, length }));
    if (!existsSync(AUDIT_WORKER)) return auditPlaces(this.dir, places, entries.length);
    return new Promise((resolve, reject) => {
      const worker = new Worker(AUDIT_WORKER, { workerData: { dir: this.dir, places, of: entries.length } });
      worker.unref(); // a viewer that closes does not wait for an audit nobody will read
      worker.once('message', (message: { response?: AuditResponse; error?: string }) => {
        if (message.response) resolve(message.response);
        else reject(new Error(message.error ?? 'the audit worker gave no answer'));
        void worker.terminate();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the audit worker stopped (exit code ${code}) before its answer`)));
    });
  }

  /** A record by its index entry, checked against the contract (see `loadRecord` for `wireLists`). */
  private readRecord(entry: IndexEntry, wireLists = true): Promise<Trajectory> {
    const { summary, offset, length } = entry;
    return loadRecord(this.lists, { file: summary.file, line: summary.line, offset, length }, wireLists);
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
