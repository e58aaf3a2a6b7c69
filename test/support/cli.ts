/** Test support: the built `inftool` CLI run as a child process. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cliPath, fixture } from './sim-client.js';

const execFileAsync = promisify(execFile);

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `inftool ARGS`; a failing exit is returned with its code and output, not thrown. */
export async function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliOutcome> {
  return execFileAsync(process.execPath, [cliPath, ...args], { encoding: 'utf8', ...options }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (thrown: { code: number; stdout?: string; stderr?: string }) => ({
      code: thrown.code,
      stdout: thrown.stdout ?? '',
      stderr: thrown.stderr ?? '',
    }),
  );
}

/** `synth` arguments over the clock fixture: COUNT tasks into OUT, then EXTRA. */
export function clockSynthArgs(out: string, count: number, extra: readonly string[] = []): string[] {
  return ['synth', '--tree', fixture('clock-tree.json'), '--count', String(count), '--out', out, ...extra];
}
