import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InfToolError } from '../errors.js';
import { hashValue } from '../util/canonical-json.js';

/**
 * How model calls use the record/replay cache:
 * - `read-write`: answer from the cache when the request was seen, otherwise call and record;
 * - `replay`: strict, a request never seen is an error (reproducible CI, no network);
 * - `record`: always call and overwrite.
 */
export type ReplayMode = 'read-write' | 'replay' | 'record';

export interface ReplayCacheOptions {
  dir: string;
  mode?: ReplayMode;
}

/** One JSON file per request hash under `dir/<first two hex>/<hash>.json`, written atomically. */
export class ReplayCache {
  readonly dir: string;
  readonly mode: ReplayMode;

  constructor(options: ReplayCacheOptions) {
    this.dir = options.dir;
    this.mode = options.mode ?? 'read-write';
  }

  key(request: unknown): string {
    return hashValue(request);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get<T>(key: string): Promise<T | undefined> {
    if (this.mode === 'record') return undefined;
    try {
      const text = await readFile(this.path(key), 'utf8');
      return (JSON.parse(text) as { response: T }).response;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (this.mode === 'replay') {
        throw new InfToolError('replay_miss', `replay cache has no response for request ${key} in ${this.dir}`, {
          details: { key, dir: this.dir },
        });
      }
      return undefined;
    }
  }

  async put(key: string, request: unknown, response: unknown): Promise<void> {
    const path = this.path(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, JSON.stringify({ request, response }, null, 1));
    await rename(temporary, path);
  }
}
