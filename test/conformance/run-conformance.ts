/**
 * Runs the official MCP conformance suite (which needs Node 22) against `inftool serve --transport
 * http` serving test/fixtures/conformance-tree.json. Used by the test and by `pnpm conformance`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cliPath = join(repoRoot, 'packages/harness/dist/cli.js');
export const conformanceTree = join(repoRoot, 'test/fixtures/conformance-tree.json');
export const expectedFailures = join(repoRoot, 'test/conformance/expected-failures.yml');
const suiteEntry = join(
  dirname(createRequire(join(repoRoot, 'package.json')).resolve('@modelcontextprotocol/conformance/package.json')),
  'dist',
  'index.js',
);

export interface RunningServe {
  url: string;
  child: ChildProcess;
}

/** Starts `inftool serve --transport http --port 0` and reads its URL from the JSON log on stderr. */
export async function startServe(extra: string[] = [], tree = conformanceTree): Promise<RunningServe> {
  const child = spawn(
    process.execPath,
    [cliPath, 'serve', '--tree', tree, '--transport', 'http', '--port', '0', '--log-format', 'json', ...extra],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const lines = createInterface({ input: child.stderr! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`inftool serve exited with ${code}`)));
    lines.on('line', (line) => {
      const match = /at (http:\/\/[^"\s]+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
  });
  return { url, child };
}

export interface SuiteRun {
  code: number;
  output: string;
}

/** Runs the suite with a Node 22 binary from the npm registry (`npm exec --package=node@22`). */
export async function runSuite(url: string, args: string[]): Promise<SuiteRun> {
  const cwd = await mkdtemp(join(tmpdir(), 'inftool-conformance-'));
  const child = spawn('npm', ['exec', '--yes', '--package=node@22', '--', 'node', suiteEntry, 'server', '--url', url, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number>((resolve) => child.on('exit', (exit) => resolve(exit ?? 1)));
  return { code, output };
}

/** Lines of the suite's summary, `✓ name: N passed, M failed`, as { name: passed? }. */
export function summary(output: string): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const match of output.matchAll(/^([✓✗]) ([\w-]+): \d+ passed, \d+ failed/gm)) result[match[2]!] = match[1] === '✓';
  return result;
}
