import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Simulation, serveHttp } from '@inftool/sim-server';
import { cliPath, demoTree } from '../support/sim-client.js';

/** Runs `inftool serve --transport http …` until it exits or says it is serving; the exit code (or 'serving') and stderr. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ outcome: number | 'serving'; stderr: string }> {
  const environment = { ...process.env, ...env };
  if (!('INFTOOL_AUTH_TOKEN' in env)) delete environment['INFTOOL_AUTH_TOKEN'];
  const child = spawn(process.execPath, [cliPath, 'serve', '--tree', demoTree, '--transport', 'http', '--port', '0', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: environment,
  });
  let stderr = '';
  return new Promise((resolve) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (/serving .* at http/.test(stderr)) {
        child.kill();
        resolve({ outcome: 'serving', stderr });
      }
    });
    child.on('exit', (code) => resolve({ outcome: code ?? -1, stderr }));
  });
}

describe('inftool serve: auth', () => {
  it('refuses an empty --auth-token instead of serving open while saying auth is on', async () => {
    const { outcome, stderr } = await serve(['--auth-token', '']);
    expect(outcome).toBe(2);
    expect(stderr).toMatch(/--auth-token is empty: an empty token would let every request in/);
    await expect(serveHttp(await Simulation.create({ treeFile: demoTree }), { port: 0, authToken: '' })).rejects.toThrow(
      /auth token is empty/,
    );
  }, 60_000);

  it('refuses a non-loopback --host without a token unless --insecure', async () => {
    const refused = await serve(['--host', '0.0.0.0']);
    expect(refused.outcome).toBe(2);
    expect(refused.stderr).toMatch(/--host 0\.0\.0\.0 is reachable from other machines and no auth token is set/);
    expect((await serve(['--host', '0.0.0.0', '--insecure', '--allowed-host', '*'])).outcome).toBe('serving');
    expect((await serve(['--host', '0.0.0.0', '--allowed-host', '*'], { INFTOOL_AUTH_TOKEN: 'secret' })).outcome).toBe('serving');
    expect((await serve([])).outcome).toBe('serving');
  }, 60_000);
});
