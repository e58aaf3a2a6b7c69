import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, open, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scanLines } from '../run/read-run.js';
import type { Filterable, RunFile } from './api.js';
import { readLineAt } from './read-record.js';
import { summarizeLine } from './summarize-line.js';

/** Where a run keeps the viewer's indexes (beside its files). */
export const INDEX_DIR = '.inftool-view';
const INDEX_FORMAT = 'inftool-view-index';
// 2: summaries carry taskId.
const INDEX_VERSION = 2;
const HEAD_BYTES = 4096;

/** One line of a run file: where it is, its summary and the words free text is matched against. */
export interface IndexEntry extends Filterable {
  offset: number;
  length: number;
}

interface IndexMeta {
  format: string;
  version: number;
  file: string;
  /** Bytes of the run file the index covers (complete lines only). */
  indexed: number;
  /** Lines of the run file before `indexed` (blank ones included). */
  lines: number;
  /** SHA-256 of the first bytes of the run file: another file of the same name is indexed anew. */
  head: string;
  /** Bytes of the entries file when the meta was written: a torn entries file is rebuilt. */
  entriesBytes: number;
  entries: number;
}

export interface FileIndexOptions {
  /** Keep the index in the run directory (`.inftool-view/`), so the next `view` reads it instead of the run. Defaults to true. */
  store?: boolean;
  /** Told once when the index cannot be stored (a read-only run directory): it is kept in memory. */
  onWarning?: (message: string) => void;
}

/**
 * The byte-offset index of one run file (`trajectories.jsonl` or `rejected.jsonl`). Built by one pass
 * over the file, kept beside the run, extended when the file grows (a run still writing) and rebuilt
 * when the file was replaced or cut. Records are read on demand by offset; only summaries stay in memory.
 */
export class FileIndex {
  readonly path: string;
  entries: IndexEntry[] = [];
  /** Bumps whenever the entries change. */
  version = 0;
  private indexed = 0;
  private lines = 0;
  private head = '';
  private loaded = false;
  private seen = -1;
  private store: boolean;
  private refreshing: Promise<void> | undefined;

  constructor(
    readonly runDir: string,
    readonly file: RunFile,
    private readonly options: FileIndexOptions = {},
  ) {
    this.path = join(runDir, `${file}.jsonl`);
    this.store = options.store ?? true;
  }

  private get entriesFile(): string {
    return join(this.runDir, INDEX_DIR, `${this.file}.index.jsonl`);
  }

  private get metaFile(): string {
    return join(this.runDir, INDEX_DIR, `${this.file}.index.json`);
  }

  /** Brings the index up to date with the file (one at a time; concurrent callers share the work). */
  refresh(): Promise<void> {
    this.refreshing ??= this.update().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async update(): Promise<void> {
    const size = existsSync(this.path) ? (await stat(this.path)).size : 0;
    if (!this.loaded) {
      this.loaded = true;
      await this.load(size);
    }
    // A torn last line (a run still writing it) is looked at again only once the file changes.
    if (size === this.indexed || size === this.seen) return;
    this.seen = size;
    const grown = size > this.indexed && (this.indexed === 0 || (await this.headOf(Math.min(this.indexed, HEAD_BYTES))) === this.head);
    if (!grown) {
      this.entries = [];
      this.indexed = 0;
      this.lines = 0;
    }
    const added: IndexEntry[] = [];
    const { complete, lines } = await scanLines(
      this.path,
      (text, number, offset) => {
        const { summary, text: words } = summarizeLine(text, this.file, number);
        added.push({ offset, length: summary.bytes, summary, text: words });
      },
      { offset: this.indexed, lines: this.lines },
    );
    this.entries = grown ? this.entries.concat(added) : added;
    this.indexed = complete;
    this.lines = lines;
    this.head = complete === 0 ? '' : await this.headOf(Math.min(complete, HEAD_BYTES));
    if (!grown || added.length > 0) {
      this.version += 1;
      await this.save(grown ? added : this.entries, grown);
    }
  }

  private async headOf(bytes: number): Promise<string> {
    const handle = await open(this.path, 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return createHash('sha256').update(buffer.subarray(0, bytesRead)).digest('hex');
    } finally {
      await handle.close();
    }
  }

  /** Reads a stored index when it matches the file; anything else leaves the index empty (built anew). */
  private async load(size: number): Promise<void> {
    if (!this.store || !existsSync(this.metaFile) || !existsSync(this.entriesFile)) return;
    let meta: IndexMeta;
    try {
      meta = JSON.parse(await readFile(this.metaFile, 'utf8')) as IndexMeta;
    } catch {
      return;
    }
    if (meta.format !== INDEX_FORMAT || meta.version !== INDEX_VERSION || meta.indexed > size || meta.indexed === 0) return;
    if ((await stat(this.entriesFile)).size < meta.entriesBytes) return;
    if ((await this.headOf(Math.min(meta.indexed, HEAD_BYTES))) !== meta.head) return;
    const entries: IndexEntry[] = [];
    let broken = false;
    // Entries past entriesBytes were appended by a writer that died before its meta: they are read again from the run.
    await scanLines(this.entriesFile, (text, _number, offset) => {
      if (broken || offset >= meta.entriesBytes) return;
      try {
        entries.push(JSON.parse(text) as IndexEntry);
      } catch {
        broken = true;
      }
    });
    if (broken || entries.length !== meta.entries) return;
    this.entries = entries;
    this.indexed = meta.indexed;
    this.lines = meta.lines;
    this.head = meta.head;
    this.version += 1;
  }

  private async save(entries: IndexEntry[], append: boolean): Promise<void> {
    if (!this.store) return;
    try {
      await mkdir(join(this.runDir, INDEX_DIR), { recursive: true });
      const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
      if (append && existsSync(this.entriesFile)) await appendFile(this.entriesFile, text);
      else {
        await writeFile(`${this.entriesFile}.tmp`, text);
        await rename(`${this.entriesFile}.tmp`, this.entriesFile);
      }
      const meta: IndexMeta = {
        format: INDEX_FORMAT,
        version: INDEX_VERSION,
        file: `${this.file}.jsonl`,
        indexed: this.indexed,
        lines: this.lines,
        head: this.head,
        entriesBytes: (await stat(this.entriesFile)).size,
        entries: this.entries.length,
      };
      await writeFile(`${this.metaFile}.tmp`, JSON.stringify(meta));
      await rename(`${this.metaFile}.tmp`, this.metaFile);
    } catch (error) {
      this.store = false;
      this.options.onWarning?.(
        `cannot keep the index of ${this.path} in ${join(this.runDir, INDEX_DIR)} (${(error as Error).message}); it is kept in memory`,
      );
    }
  }

  /** The raw text of one indexed line, read by its offset. */
  readLine(entry: IndexEntry): Promise<string> {
    return readLineAt(this.path, entry.offset, entry.length);
  }
}
