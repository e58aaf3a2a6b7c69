import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { Simulation } from '@inftool/sim-server';
import { cliPath, demoTree } from '../support/sim-client.js';

/** Every tool of this tree is broken (not an object schema): 0 tools could be served. */
const brokenTree = JSON.stringify({ tools: [{ name: 'get_a', inputSchema: { type: 'string' } }, { name: 'bad name!' }] });

describe('reloading the tree (SIGHUP)', () => {
  it('refuses a tree with no tool that can be served and keeps the previous one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inftool-reload-'));
    const tree = join(dir, 'tree.json');
    await copyFile(demoTree, tree);
    const simulation = await Simulation.create({ treeFile: tree });
    await writeFile(tree, brokenTree);
    await expect(simulation.reload()).rejects.toThrow(
      new RegExp(
        `^${tree.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} now has no tool that can be served \\(2 skipped; get_a: .*\\); still serving the previous 11 tools$`,
      ),
    );
    expect(simulation.catalog.tools).toHaveLength(11);
    await copyFile(demoTree, tree);
    expect((await simulation.reload()).tools).toHaveLength(11);
  });

  it('inftool serve logs the refusal as an error and goes on serving the previous tools', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inftool-reload-'));
    const tree = join(dir, 'tree.json');
    await copyFile(demoTree, tree);
    const child = spawn(process.execPath, [cliPath, 'serve', '--tree', tree, '--log-format', 'json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr = createInterface({ input: child.stderr });
    const stdout = createInterface({ input: child.stdout });
    const logged = (pattern: RegExp): Promise<string> =>
      new Promise((resolve) => {
        const listener = (line: string) => {
          if (pattern.test(line)) {
            stderr.off('line', listener);
            resolve(line);
          }
        };
        stderr.on('line', listener);
      });
    const replied = (): Promise<Record<string, any>> => new Promise((resolve) => stdout.once('line', (line) => resolve(JSON.parse(line))));
    await logged(/serving .* over stdio/);
    await writeFile(tree, brokenTree);
    const refusal = logged(/reload refused/);
    child.kill('SIGHUP');
    const line = JSON.parse(await refusal) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'error', tools: 11, error: expect.stringContaining('now has no tool that can be served') });
    const send = (message: unknown) => child.stdin.write(`${JSON.stringify(message)}\n`);
    const initialized = replied();
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
    });
    await initialized;
    const listed = replied();
    send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
    expect((await listed).result.tools).toHaveLength(11);
    child.stdin.end();
    await new Promise((resolve) => child.on('exit', resolve));
  }, 60_000);
});
