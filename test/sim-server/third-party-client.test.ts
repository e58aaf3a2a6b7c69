import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Simulation, serveHttp, type RunningHttpServer } from '@inftool/sim-server';
import { cliPath, demoTree, repoRoot } from '../support/sim-client.js';

/** The MCP Inspector's CLI, a published client that is not ours, drives `inftool serve`. */
const run = promisify(execFile);
const inspector = join(
  dirname(createRequire(join(repoRoot, 'package.json')).resolve('@modelcontextprotocol/inspector-cli/package.json')),
  'build',
  'index.js',
);
// inspector-cli 1.0.3 tests `existsSync("../package.json")` against the working directory but imports
// it relative to its own module: run it from a folder whose parent has a package.json (test/).
const inspect = async (...args: string[]): Promise<any> =>
  JSON.parse((await run(process.execPath, [inspector, ...args], { timeout: 20_000, cwd: join(repoRoot, 'test') })).stdout);

let server: RunningHttpServer;
beforeAll(async () => {
  server = await serveHttp(await Simulation.create({ treeFile: demoTree }), { port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('MCP Inspector CLI against inftool serve', () => {
  it('lists and calls tools over stdio', async () => {
    const serve = [process.execPath, cliPath, 'serve', '--tree', demoTree]; // the Inspector claims --log-level for itself
    const listed = await inspect(...serve, '--method', 'tools/list');
    expect(listed.tools.map((tool: { name: string }) => tool.name)).toContain('search_flights');
    const called = await inspect(...serve, '--method', 'tools/call', '--tool-name', 'get_current_weather', '--tool-arg', 'city=Quito');
    expect(called.structuredContent.city).toBe('Quito');
  });

  it('lists and calls tools over Streamable HTTP', async () => {
    const listed = await inspect(server.url, '--transport', 'http', '--method', 'tools/list');
    expect(listed.tools).toHaveLength(11);
    const called = await inspect(
      server.url,
      '--transport',
      'http',
      '--method',
      'tools/call',
      '--tool-name',
      'get_forecast',
      '--tool-arg',
      'city=Quito',
      'days=2',
    );
    expect(called.structuredContent.city).toBe('Quito');
    expect(called.structuredContent.days.length).toBeGreaterThan(0);
  });
});
