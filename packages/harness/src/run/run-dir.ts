import { existsSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { InfToolError, errorMessage, redactKnownSecrets, type Trajectory, type WireScope } from '@inftool/core';
import { TOOL_LISTS, compactRecord, listRefs, type StoredList } from './compact-record.js';
import { ACCEPTED, MANIFEST, REJECTED, ToolListReader, parseTrajectoryLine, scanLines } from './read-run.js';
import { manifestDifferences, type RunManifest } from './run-manifest.js';

export type { RunManifest, RunInputs } from './run-manifest.js';

export interface RunDirOptions {
  /** Values never stored (API keys, tokens): replaced by `[redacted]` wherever a record line holds them. */
  secrets?: ReadonlyArray<string | undefined>;
}

/** A file-system failure as one line: what could not be done to which file, and why (with the errno code). */
export function ioError(action: string, file: string, error: unknown): InfToolError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EIO: 'input/output error',
  };
  const reason = code && reasons[code] ? `${reasons[code]} (${code})` : errorMessage(error);
  return new InfToolError('io_error', `cannot ${action} ${file}: ${reason}`, { category: 'system', details: { file, code } });
}

/** Writes all of `bytes` at the end of an append-mode file (a short write is continued, never left torn). */
async function appendAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

/**
 * The prefix of a run's task (and record) ids: the seed and the first 10 hex digits of the tree's digest
 * (`inftool-3fa9c2d1e0-000007-parallel`), so runs over different trees never share an id while the same
 * plan (tree, seed) gives the same ids, and `--resume` finds them. A run planned before the digest keeps
 * the seed alone.
 */
export function taskIdPrefix(plan: RunManifest['plan']): string {
  return plan.treeDigest === undefined ? plan.seed : `${plan.seed}-${plan.treeDigest.slice(0, 10)}`;
}

/** Writes a file whole or not at all: a temporary name first, then a rename. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** Rewrites a JSONL file without the given lines (and without a torn tail), streamed to a temporary file then renamed. */
async function rewriteWithout(file: string, dropped: ReadonlySet<number>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const out = await open(temporary, 'w');
  try {
    await scanLines(file, async (text, number) => {
      if (!dropped.has(number)) await out.write(`${text}\n`);
    });
  } finally {
    await out.close();
  }
  await rename(temporary, file);
}

/**
 * A run directory: `manifest.json`, `trajectories.jsonl` (accepted), `rejected.jsonl` (with reasons),
 * and `tools/` (each distinct tool list once, named by the SHA-256 of its bytes). A record is
 * compacted when it is written (see `compactRecord`): its tool lists are written first (atomically,
 * by rename), then its line with one `write` on the file opened once; writes are serialised. On resume
 * the ids on disk are skipped, a torn last line is cut off, leftover temporary files are removed, and
 * a line whose tool list is missing or damaged is dropped so its task is played again: a run killed
 * at any moment resumes with no duplicate and no lost task.
 */
export class RunDir {
  readonly done = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private readonly handles = new Map<string, Promise<FileHandle>>();
  /** References of the lists already in `tools/`. */
  private readonly stored = new Set<string>();

  /** What resume repaired that the user should know of (torn lines dropped), one line each. */
  readonly repaired: string[] = [];

  private constructor(
    readonly dir: string,
    readonly manifest: RunManifest,
    private readonly secrets: ReadonlyArray<string | undefined> = [],
  ) {}

  /** Which part of the wire records keep. */
  get wire(): WireScope {
    return this.manifest.wire ?? 'full';
  }

  static async open(dir: string, manifest: RunManifest, resume: boolean, options: RunDirOptions = {}): Promise<RunDir> {
    const manifestFile = join(dir, MANIFEST);
    if (existsSync(manifestFile)) {
      if (!resume)
        throw new InfToolError('invalid_input', `${dir} already holds a run; pass --resume to continue it, or choose another --out`);
      const existing = await readManifest(manifestFile);
      const differences = manifestDifferences(existing, manifest);
      if (differences.length > 0)
        throw new InfToolError(
          'invalid_input',
          `--resume: ${dir} was made with other settings: ${differences.join('; ')}. Resume with the same ones, or choose another --out`,
        );
      const run = new RunDir(dir, existing, options.secrets);
      try {
        await run.recover();
      } catch (error) {
        throw error instanceof InfToolError ? error : ioError('repair the run in', dir, error);
      }
      return run;
    }
    try {
      await mkdir(join(dir, TOOL_LISTS), { recursive: true });
      await writeAtomically(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    } catch (error) {
      throw ioError('write', manifestFile, error);
    }
    return new RunDir(dir, manifest, options.secrets);
  }

  /** Resume: removes temporary files and torn tails, checks every referenced list, keeps the ids of the sound lines. */
  private async recover(): Promise<void> {
    const folder = join(this.dir, TOOL_LISTS);
    await mkdir(folder, { recursive: true });
    for (const where of [this.dir, folder])
      for (const name of await readdir(where)) if (name.endsWith('.tmp')) await rm(join(where, name), { force: true });
    const lists = new ToolListReader(this.dir);
    const sound = async (ref: string): Promise<boolean> => {
      if (this.stored.has(ref)) return true;
      try {
        await lists.load(ref);
        this.stored.add(ref);
        return true;
      } catch {
        await rm(join(this.dir, ref), { force: true }); // damaged: written again when a record needs it
        return false;
      }
    };
    for (const name of [ACCEPTED, REJECTED]) {
      const file = join(this.dir, name);
      const dropped = new Set<number>();
      const { complete, size } = await scanLines(file, async (text, number) => {
        if (!isJson(text)) {
          // A torn write followed by later lines (a kill or a full disk in between): the task is played again.
          dropped.add(number);
          this.repaired.push(`${file} line ${number} was torn (not JSON): dropped, its task is played again`);
          return;
        }
        const line = parseTrajectoryLine(text, file, number);
        let ok = true;
        for (const ref of listRefs(line)) ok = (await sound(ref)) && ok;
        if (ok) this.done.add(line.id);
        else dropped.add(number);
      });
      if (dropped.size > 0) await rewriteWithout(file, dropped);
      else if (complete < size) await truncate(file, complete);
    }
  }

  /** Stores the lists not yet in `tools/`. */
  private async storeLists(lists: readonly StoredList[]): Promise<void> {
    for (const list of lists) {
      if (this.stored.has(list.ref.$ref)) continue;
      await writeAtomically(join(this.dir, list.ref.$ref), list.text);
      this.stored.add(list.ref.$ref);
    }
  }

  /** Compacts a record and appends it to the accepted or rejected file (opened once, in append mode); writes are serialised. */
  write(record: Trajectory): Promise<void> {
    const file = join(this.dir, record.outcome === 'accepted' ? ACCEPTED : REJECTED);
    let handle = this.handles.get(file);
    if (!handle) {
      handle = open(file, 'a');
      handle.catch(() => undefined); // reported by the write that awaits it
      this.handles.set(file, handle);
    }
    const { line, lists } = compactRecord(record, this.wire);
    const text = redactKnownSecrets(`${JSON.stringify(line)}\n`, this.secrets);
    const opened = handle;
    // After a failed write every later one fails with the same error: nothing is appended after a torn line.
    this.queue = this.queue.then(async () => {
      try {
        await this.storeLists(lists);
      } catch (error) {
        throw ioError(`store the tool lists of record ${record.id} in`, join(this.dir, TOOL_LISTS), error);
      }
      try {
        await appendAll(await opened, Buffer.from(text, 'utf8'));
      } catch (error) {
        throw ioError('write', file, error);
      }
      this.done.add(record.id);
    });
    return this.queue;
  }

  /** Waits for the pending writes (throwing the first write error) and closes the files. */
  async close(): Promise<void> {
    try {
      await this.queue;
    } finally {
      await Promise.all([...this.handles.values()].map(async (handle) => (await handle.catch(() => undefined))?.close()));
      this.handles.clear();
    }
  }
}

/** The manifest of a run, or one line saying why it cannot be read. */
async function readManifest(file: string): Promise<RunManifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw ioError('read', file, error);
  }
  try {
    const manifest = JSON.parse(text) as RunManifest;
    if (typeof manifest !== 'object' || manifest === null || typeof manifest.plan !== 'object' || manifest.plan === null)
      throw new Error('it has no "plan"');
    manifest.models ??= {};
    return manifest;
  } catch (error) {
    throw new InfToolError('invalid_input', `${file} is not a run manifest (${errorMessage(error)}): the run cannot be resumed`);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
