/** `inftool synth --server URL` over a server that requires a bearer token: --server-token / --server-header. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type RunningServe } from '../conformance/run-conformance.js';
import { cliPath, demoTree } from '../support/sim-client.js';

const run = promisify(execFile);
const TOKEN = 'synth-test-token';
let serve: RunningServe;
beforeAll(async () => {
  serve = await startServe(['--auth-token', TOKEN], demoTree);
});
afterAll(() => {
  serve?.child.kill();
});

const synth = async (args: string[]) => {
  const out = await mkdtemp(join(tmpdir(), 'inftool-synth-credentials-'));
  const result = await run(
    process.execPath,
    [
      cliPath,
      'synth',
      '--tree',
      demoTree,
      '--server',
      serve.url,
      '--count',
      '2',
      '--scenarios',
      'single',
      '--out',
      out,
      '--no-progress',
      ...args,
    ],
    { env: { ...process.env, INFTOOL_BEARER_TOKEN: '' } },
  );
  const accepted = (await readFile(join(out, 'trajectories.jsonl'), 'utf8')).split('\n').filter(Boolean);
  return { ...result, accepted };
};

describe('inftool synth --server with credentials', () => {
  it('plays over a server that requires a token, given by --server-token or an Authorization --server-header', async () => {
    for (const args of [
      ['--server-token', TOKEN],
      ['--server-header', `Authorization: Bearer ${TOKEN}`],
    ]) {
      const { accepted } = await synth(args);
      expect(accepted).toHaveLength(2);
    }
  }, 120_000);

  it('refuses --server-token without --server, and a token with an Authorization header', async () => {
    const alone = run(process.execPath, [cliPath, 'synth', '--tree', demoTree, '--out', '/tmp/x', '--server-token', TOKEN]);
    await expect(alone).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--server-token go with --server/) });
    await expect(synth(['--server-token', TOKEN, '--server-header', 'authorization: Basic eA=='])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/pass --server-token or an Authorization header, not both/),
    });
  }, 60_000);
});
