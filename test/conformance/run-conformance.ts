/**
 * Runs the official MCP conformance suite (which needs Node 22) against `inftool serve --transport
 * http` serving test/fixtures/conformance-tree.json. Used by the test and by `pnpm conformance`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
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
  return runConformance(['server', '--url', url, ...args]);
}

/** The client under test: `inftool agent` (or, with `--harness`, the harness's connection) through agent-client.mjs. */
export const agentClientCommand = (harness = false): string =>
  `${process.execPath} ${join(repoRoot, 'test/conformance/agent-client.mjs')}${harness ? ' --harness' : ''}`;

/**
 * Runs client scenarios against `command` (the suite appends each scenario server's URL);
 * `modelUrl` is the fake model endpoint the agent talks to.
 */
export async function runClientSuite(command: string, modelUrl: string, args: string[]): Promise<SuiteRun> {
  return runConformance(['client', '--command', command, ...args], {
    INFTOOL_CONFORMANCE_MODEL_URL: modelUrl,
    INFTOOL_CONFORMANCE_NODE: process.execPath,
  });
}

async function runConformance(args: string[], env: Record<string, string> = {}): Promise<SuiteRun> {
  const cwd = await mkdtemp(join(tmpdir(), 'inftool-conformance-'));
  const child = spawn('npm', ['exec', '--yes', '--package=node@22', '--', 'node', suiteEntry, ...args], {
    cwd,
    env: { ...process.env, ...env },
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

/** The scenarios listed under `mode:` in expected-failures.yml (a list of `  - name` lines). */
export async function expectedFailuresOf(mode: 'server' | 'client'): Promise<string[]> {
  const lines = (await readFile(expectedFailures, 'utf8')).split('\n');
  const names: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (/^\S/.test(line)) inside = line.startsWith(`${mode}:`);
    else if (inside) {
      const match = /^\s+-\s+(\S+)/.exec(line);
      if (match?.[1]) names.push(match[1]);
    }
  }
  return names;
}

/** Lines of the suite's summary, `✓ name: N passed, M failed`, as { name: passed? }. */
export function summary(output: string): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const match of output.matchAll(/^([✓✗]) ([\w/.-]+): \d+ passed, \d+ failed/gm)) result[match[2]!] = match[1] === '✓';
  return result;
}
