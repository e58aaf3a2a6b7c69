import { existsSync } from 'node:fs';
import { mkdir, open, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { InfToolError, canonicalJson, type Trajectory } from '@inftool/core';

export const MANIFEST = 'manifest.json';
export const ACCEPTED = 'trajectories.jsonl';
export const REJECTED = 'rejected.jsonl';

export interface RunManifest {
  schemaVersion: 1;
  createdAt: string;
  /** Everything that decides which tasks are planned: a resumed run must match it. */
  plan: { tree: string; kinds: string[]; count: number; seed: string; rollouts?: number; extra?: string[] };
  models: Record<string, string>;
}

/** Reads a JSONL file's complete lines; a torn last line (a run killed mid-write) is cut off the file. */
async function completeLines(file: string): Promise<string[]> {
  if (!existsSync(file)) return [];
  const text = await readFile(file, 'utf8');
  const end = text.lastIndexOf('\n') + 1;
  if (end < text.length) {
    const handle = await open(file, 'r+');
    try {
      await handle.truncate(Buffer.byteLength(text.slice(0, end)));
    } finally {
      await handle.close();
    }
  }
  return text.slice(0, end).split('\n').filter((line) => line.trim() !== '');
}

/**
 * A run directory: `manifest.json`, `trajectories.jsonl` (accepted), `rejected.jsonl` (with reasons).
 * Each record is one `appendFile` of one line, written one at a time; on resume the ids already on
 * disk are skipped and a torn last line is removed, so a run killed at any moment resumes with no
 * duplicate and no lost task.
 */
export class RunDir {
  readonly done = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private readonly handles = new Map<string, Promise<FileHandle>>();

  private constructor(readonly dir: string, readonly manifest: RunManifest) {}

  static async open(dir: string, manifest: RunManifest, resume: boolean): Promise<RunDir> {
    const manifestFile = join(dir, MANIFEST);
    if (existsSync(manifestFile)) {
      if (!resume) throw new InfToolError('invalid_input', `${dir} already holds a run; pass --resume to continue it, or choose another --out`);
      const existing = JSON.parse(await readFile(manifestFile, 'utf8')) as RunManifest;
      if (canonicalJson(existing.plan) !== canonicalJson(manifest.plan)) {
        throw new InfToolError('invalid_input', `--resume: ${dir} was planned with ${canonicalJson(existing.plan)}, not ${canonicalJson(manifest.plan)}; resume with the same tree, scenarios, count and seed`);
      }
      const run = new RunDir(dir, existing);
      for (const name of [ACCEPTED, REJECTED]) {
        for (const [index, line] of (await completeLines(join(dir, name))).entries()) {
          try {
            run.done.add((JSON.parse(line) as { id: string }).id);
          } catch {
            throw new InfToolError('invalid_input', `${join(dir, name)} line ${index + 1} is not JSON; the run directory was changed by hand`);
          }
        }
      }
      return run;
    }
    await mkdir(dir, { recursive: true });
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    return new RunDir(dir, manifest);
  }

  /** Appends a record to the accepted or rejected file (opened once, in append mode); writes are serialised. */
  write(record: Trajectory): Promise<void> {
    const file = join(this.dir, record.outcome === 'accepted' ? ACCEPTED : REJECTED);
    let handle = this.handles.get(file);
    if (!handle) {
      handle = open(file, 'a');
      this.handles.set(file, handle);
    }
    const line = `${JSON.stringify(record)}\n`;
    const opened = handle;
    this.queue = this.queue.then(async () => {
      await (await opened).write(line);
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

/** Every record of a run directory (accepted first), read line by line. */
export async function readRun(dir: string): Promise<{ accepted: Trajectory[]; rejected: Trajectory[] }> {
  if (!existsSync(join(dir, MANIFEST))) throw new InfToolError('invalid_input', `${dir} is not a run directory (no ${MANIFEST})`);
  const parse = async (name: string) => (await completeLines(join(dir, name))).map((line) => JSON.parse(line) as Trajectory);
  return { accepted: await parse(ACCEPTED), rejected: await parse(REJECTED) };
}
