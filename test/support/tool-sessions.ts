/** Test support: in-memory sessions of a simulation serving a test file's own tools. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll } from 'vitest';
import { connectInMemory, type Connected } from './sim-client.js';

/**
 * Serves `tools` (written once as a tools/list file) to the tests of the calling file: the returned
 * `session()` opens an in-memory session with `seed`; every session opened is closed after each test.
 * Call it at the top level of a test file (it registers the file's hooks).
 */
export function toolSessions(tools: readonly unknown[], seed: string): () => Promise<Connected> {
  let treeFile = '';
  const opened: Connected[] = [];
  beforeAll(() => {
    treeFile = join(mkdtempSync(join(tmpdir(), 'inftool-tools-')), 'tools.json');
    writeFileSync(treeFile, JSON.stringify({ tools }));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((session) => session.close()));
  });
  return async () => {
    const made = await connectInMemory({ treeFile, seed });
    opened.push(made);
    return made;
  };
}
