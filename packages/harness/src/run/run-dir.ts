import { existsSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { InfToolError, canonicalJson, errorMessage, type Trajectory, type WireScope } from '@inftool/core';
import { TOOL_LISTS, compactRecord, listRefs, type StoredList } from './compact-record.js';
import { ACCEPTED, MANIFEST, REJECTED, ToolListReader, parseTrajectoryLine, scanLines } from './read-run.js';

export interface RunManifest {
  /** 2: records are version 2 lines with their tool lists in `tools/` (a resumed version 1 run keeps 1). */
  schemaVersion: 1 | 2;
  createdAt: string;
  /**
   * Everything that decides which tasks are planned: a resumed run must match it. `treeDigest` (SHA-256 of
   * the tree file) makes the task ids of runs over different trees distinct (`taskIdPrefix`); a run
   * recorded before it had one keeps its ids (the seed alone) when resumed.
   */
  plan: { tree: string; kinds: string[]; count: number; seed: string; treeDigest?: string; rollouts?: number; extra?: string[] };
  /** Which part of the wire the records keep (absent: `full`). */
  wire?: WireScope;
  models: Record<string, string>;
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

  private constructor(
    readonly dir: string,
    readonly manifest: RunManifest,
  ) {}

  /** Which part of the wire records keep. */
  get wire(): WireScope {
    return this.manifest.wire ?? 'full';
  }

  static async open(dir: string, manifest: RunManifest, resume: boolean): Promise<RunDir> {
    const manifestFile = join(dir, MANIFEST);
    if (existsSync(manifestFile)) {
      if (!resume)
        throw new InfToolError('invalid_input', `${dir} already holds a run; pass --resume to continue it, or choose another --out`);
      const existing = JSON.parse(await readFile(manifestFile, 'utf8')) as RunManifest;
      // A run recorded before plans named their tree's digest is resumed as it was planned (its ids stay the seed's).
      const { treeDigest, ...undigested } = manifest.plan;
      const asked = existing.plan.treeDigest === undefined ? undigested : manifest.plan;
      if (existing.plan.treeDigest !== undefined && treeDigest !== undefined && existing.plan.treeDigest !== treeDigest) {
        throw new InfToolError(
          'invalid_input',
          `--resume: ${dir} was planned over another version of ${manifest.plan.tree} (SHA-256 ${existing.plan.treeDigest.slice(0, 12)}…, now ${treeDigest.slice(0, 12)}…); resume with the tree it was planned with, or choose another --out`,
        );
      }
      if (canonicalJson(existing.plan) !== canonicalJson(asked)) {
        throw new InfToolError(
          'invalid_input',
          `--resume: ${dir} was planned with ${canonicalJson(existing.plan)}, not ${canonicalJson(asked)}; resume with the same tree, scenarios, count and seed`,
        );
      }
      if ((existing.wire ?? 'full') !== (manifest.wire ?? 'full')) {
        throw new InfToolError(
          'invalid_input',
          `--resume: ${dir} keeps --wire ${existing.wire ?? 'full'}, not ${manifest.wire ?? 'full'}; resume with the same --wire`,
        );
      }
      const run = new RunDir(dir, existing);
      await run.recover();
      return run;
    }
    await mkdir(join(dir, TOOL_LISTS), { recursive: true });
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    return new RunDir(dir, manifest);
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
      this.handles.set(file, handle);
    }
    const { line, lists } = compactRecord(record, this.wire);
    const text = `${JSON.stringify(line)}\n`;
    const opened = handle;
    this.queue = this.queue.then(async () => {
      try {
        await this.storeLists(lists);
      } catch (error) {
        throw new InfToolError('invalid_input', `${this.dir}: cannot store the tool lists of record ${record.id}: ${errorMessage(error)}`, {
          category: 'system',
          cause: error,
        });
      }
      await (await opened).write(text);
      this.done.add(record.id);
    });
    return this.queue;
  }

  async close(): Promise<void> {
    await this.queue;
    await Promise.all([...this.handles.values()].map(async (handle) => (await handle).close()));
    this.handles.clear();
  }
}
